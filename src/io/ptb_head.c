/*
 * ptb_head.c -- which child heads a Penn Treebank phrase.
 *
 * Collins' head table (1999) as modified by de Marneffe et al. for Stanford
 * dependencies, then bent toward UD's content-head choices:
 *   - a PP is headed by its object (the preposition becomes `case`),
 *   - an SBAR by its clause (the complementizer becomes `mark`),
 *   - a VP with auxiliaries by the inner VP (auxiliaries become `aux`),
 *   - "be" + NP/ADJP/PP predicate by the predicate (the verb becomes `cop`),
 *   - a coordination by its first conjunct.
 * Each table entry is a direction and a priority list: for each category in
 * the list, scan the kids in that direction and take the first match.
 */
#include "io/ptb_rules.h"

#include <string.h>
#include <strings.h>

static size_t cat_len(const char *l)
{
    size_t n = 0;
    if (l[0] == '-')            /* -LRB-, -NONE-: the dash is the name */
        return strlen(l);
    while (l[n] && l[n] != '-' && l[n] != '=')
        n++;
    return n;
}

int ew_ptb_cat_is(const ew_ptb_node *n, const char *cat)
{
    size_t k = cat_len(n->label);
    return strlen(cat) == k && memcmp(n->label, cat, k) == 0;
}

/* Hand-rolled (no strcspn per entry): these lists are consulted for
 * nearly every node, and the library calls dominated conversion time. */
static int in_list(const char *s, size_t k, const char *list, int nocase)
{
    const char *p = list;
    while (*p) {
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        if ((size_t)(q - p) == k && (p[0] == s[0] || nocase)
            && (nocase ? strncasecmp(s, p, k) : memcmp(s, p, k)) == 0)
            return 1;
        p = *q ? q + 1 : q;
    }
    return 0;
}

int ew_ptb_cat_in(const ew_ptb_node *n, const char *list)
{
    return in_list(n->label, cat_len(n->label), list, 0);
}

int ew_ptb_word_in(const char *word, const char *list)
{
    return word && in_list(word, strlen(word), list, 1);
}

int ew_ptb_is_punct(const ew_ptb_node *n)
{
    return n->word && ew_ptb_cat_in(n, ". , : `` '' -LRB- -RRB- HYPH NFP");
}

int ew_ptb_is_be(const char *w)
{
    return ew_ptb_word_in(w, "be is are was were been being am 's 're 'm");
}

int ew_ptb_is_neg(const char *w)
{
    return ew_ptb_word_in(w, "not n't never");
}

int ew_ptb_is_clause(const ew_ptb_node *n)
{
    return !n->word && ew_ptb_cat_in(n, "S SQ SINV SBARQ SBAR VP FRAG");
}

int ew_ptb_is_nominal(const ew_ptb_node *n)
{
    if (n->word)
        return ew_ptb_cat_in(n, "NN NNS NNP NNPS PRP CD");
    return ew_ptb_cat_in(n, "NP NML NX WHNP NAC");
}

int ew_ptb_is_verbtag(const ew_ptb_node *n)
{
    /* AUX, AUXZ, AUXD...: the TABARI-era parser tagged auxiliaries apart */
    return n->word && (strncmp(n->label, "VB", 2) == 0
                       || strncmp(n->label, "AUX", 3) == 0
                       || ew_ptb_cat_in(n, "MD TO"));
}

/* First kid (scanning left-to-right if dir>0, else right-to-left) whose
 * category is in `list`, trying list entries in priority order. */
static int scan_prio(const ew_ptb_node *n, int dir, const char *list)
{
    while (*list) {
        size_t m = 0;
        while (list[m] && list[m] != ' ')
            m++;
        for (int k = 0; k < n->nkids; k++) {
            int i = dir > 0 ? k : n->nkids - 1 - k;
            const char *l = n->kids[i]->label;
            size_t cl = cat_len(l);
            if (cl == m && memcmp(l, list, m) == 0)
                return i;
        }
        list += m;
        while (*list == ' ')
            list++;
    }
    return -1;
}

/* First kid in direction dir whose category is any of `list` (Collins'
 * "rightdis"/"leftdis": the position decides, not the list order). */
static int scan_set(const ew_ptb_node *n, int dir, const char *list)
{
    for (int k = 0; k < n->nkids; k++) {
        int i = dir > 0 ? k : n->nkids - 1 - k;
        if (ew_ptb_cat_in(n->kids[i], list))
            return i;
    }
    return -1;
}

/* First (dir>0) or last non-punctuation kid; 0 if all are punctuation. */
static int edge_kid(const ew_ptb_node *n, int dir)
{
    for (int k = 0; k < n->nkids; k++) {
        int i = dir > 0 ? k : n->nkids - 1 - k;
        if (!ew_ptb_is_punct(n->kids[i]))
            return i;
    }
    return dir > 0 ? 0 : n->nkids - 1;
}

static const struct { const char *cat; int dir; const char *prio; } table[] = {
    {"ADJP", 1, "NNS QP NN $ ADVP JJ VBN VBG ADJP JJR NP JJS DT FW RBR RBS SBAR RB"},
    {"ADVP", -1, "RB RBR RBS FW ADVP TO CD JJR JJ IN NP JJS NN"},
    {"CONJP", -1, "CC RB IN"},
    {"LST", -1, "LS :"},
    {"PRT", -1, "RP"},
    {"QP", -1, "CD NNS NN $ JJ QP NCD JJR JJS DT RB IN"},
    {"RRC", -1, "VP NP ADVP ADJP PP"},
    {"S", 1, "VP S SINV SBAR FRAG ADJP UCP NP TO IN"},
    {"SBARQ", 1, "SQ S SINV SBARQ FRAG"},
    {"SINV", 1, "VP S SINV ADJP NP VBZ VBD VBP VB MD"},
    {"SQ", 1, "VP SQ ADJP NP VBZ VBD VBP VB MD"},
    {"VP", 1, "TO VBD VBN MD VBZ VB VBG VBP VP ADJP JJ NN NNS NP"},
    {"WHADJP", 1, "JJ ADJP WRB CC"},
    {"WHADVP", -1, "WRB CC"},
    {"WHPP", 1, "WHNP NP IN TO FW"},
};

/* NP-like: rightmost noun, else leftmost NP/pronoun, else fallbacks;
 * a trailing POS never heads (it is the possessor's `case`). */
static int np_head(const ew_ptb_node *n)
{
    static const struct { int dir; const char *prio; } steps[] = {
        {-1, "NN NNP NNPS NNS NML NX JJR"},
        {1, "NP PRP WP WDT"},
        {-1, "$ ADJP PRN FW"},
        {-1, "CD"},
        {-1, "JJ JJS RB QP DT RBR ADVP WP$ EX"},
    };
    for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++) {
        int i = scan_set(n, steps[s].dir, steps[s].prio);
        if (i >= 0)
            return i;
    }
    int last = edge_kid(n, -1);
    if (last > 0 && ew_ptb_cat_is(n->kids[last], "POS"))
        return last - 1;
    return last;
}

/* PP: the first content kid after the preposition; the preposition itself
 * when it stands alone ("(PP (IN out))"). */
static int pp_head(const ew_ptb_node *n)
{
    int p = scan_prio(n, 1, "IN TO RP VBG VBN");
    if (p < 0)
        return edge_kid(n, 1);
    for (int i = p + 1; i < n->nkids; i++) {
        const ew_ptb_node *k = n->kids[i];
        if (!ew_ptb_is_punct(k) && !ew_ptb_cat_in(k, "CC CONJP RB ADVP"))
            return i;
    }
    return p;
}

static int sbar_head(const ew_ptb_node *n)
{
    int i = scan_prio(n, 1, "S SQ SINV SBAR FRAG VP");
    return i >= 0 ? i : edge_kid(n, 1);
}

/* Auxiliaries proper: modals, infinitival "to", be/have/do/get.  Other
 * verbs before a VP ("help (VP win)") head it and take it as xcomp. */
static int has_own_subject(const ew_ptb_node *s);

static int is_aux_like(const ew_ptb_node *k)
{
    if (!ew_ptb_is_verbtag(k))
        return 0;
    return ew_ptb_cat_in(k, "MD TO") || strncmp(k->label, "AUX", 3) == 0
        || ew_ptb_is_be(k->word)
        || ew_ptb_word_in(k->word, "have has had having 've 'd do does did "
                          "get gets got gotten getting 'll wo ca will would shall "
                          "should can could may might must");
}

/* A clause with its own subject: an NP before its VP. */
static int has_own_subject(const ew_ptb_node *s)
{
    if (ew_ptb_cat_in(s, "SINV SBARQ"))
        return 1;
    for (int i = 0; i < s->nkids; i++) {
        if (ew_ptb_cat_is(s->kids[i], "VP"))
            return 0;
        if (ew_ptb_is_nominal(s->kids[i]))
            return 1;
    }
    return 0;
}

int ew_ptb_reported_kid(const ew_ptb_node *n)
{
    if (!ew_ptb_cat_in(n, "S SINV") || ew_ptb_coord_first(n) >= 0)
        return -1;
    int vp = scan_set(n, 1, "VP");
    for (int i = 0; i < vp; i++) {
        if (!ew_ptb_cat_in(n->kids[i], "S SINV SBARQ") || !has_own_subject(n->kids[i]))
            continue;
        for (int j = i + 1; j < vp; j++)
            if (ew_ptb_is_punct(n->kids[j]))
                return i;
        return -1;
    }
    return -1;
}

int ew_ptb_copula_kid(const ew_ptb_node *n)
{
    if (!ew_ptb_cat_is(n, "VP") || scan_prio(n, 1, "VP") >= 0)
        return -1;
    for (int i = 0; i < n->nkids; i++) {
        const ew_ptb_node *k = n->kids[i];
        if (!k->word || !ew_ptb_is_verbtag(k))
            continue;
        if (!ew_ptb_is_be(k->word))
            return -1;
        for (int j = i + 1; j < n->nkids; j++) {
            const ew_ptb_node *q = n->kids[j];
            if (ew_ptb_cat_in(q, "NP ADJP PP") && !strstr(q->label, "-TMP"))
                return i;
        }
        return -1;
    }
    return -1;
}

/* VP: main verb under auxiliaries, predicate under a copula, else Collins. */
static int vp_head(const ew_ptb_node *n)
{
    int cop = ew_ptb_copula_kid(n);
    if (cop >= 0) {
        for (int j = cop + 1; j < n->nkids; j++)
            if (ew_ptb_cat_in(n->kids[j], "NP ADJP") && !strstr(n->kids[j]->label, "-TMP"))
                return j;
        for (int j = cop + 1; j < n->nkids; j++)
            if (ew_ptb_cat_is(n->kids[j], "PP"))
                return j;
    }
    int seen_aux = 0, modal = 0;
    for (int i = 0; i < n->nkids; i++) {
        const ew_ptb_node *k = n->kids[i];
        if (is_aux_like(k)) {
            seen_aux = 1;
            modal |= ew_ptb_cat_is(k, "MD");
        } else if (seen_aux && ew_ptb_cat_is(k, "VP")) {
            return i;
        } else if (modal && ew_ptb_cat_is(k, "S") && !has_own_subject(k)) {
            return i;   /* "would (S (VP acting ...))": a mis-bracketed VP */
        }
    }
    int i = scan_prio(n, 1, "TO VBD VBN MD VBZ VB VBG VBP VP ADJP JJ NN NNS NP");
    return i >= 0 ? i : edge_kid(n, 1);
}

int ew_ptb_coord_first(const ew_ptb_node *n)
{
    int first = -1, last = edge_kid(n, -1), cc = -1;
    for (int i = 0; i < n->nkids; i++) {
        const ew_ptb_node *k = n->kids[i];
        if (ew_ptb_is_punct(k))
            continue;
        if (ew_ptb_cat_in(k, "CC CONJP")) {
            if (first >= 0)
                cc = i;
        } else if (first < 0 && !ew_ptb_word_in(k->word, "both either neither")) {
            first = i;
        }
    }
    if (cc < 0 || first < 0 || first >= cc || last <= cc)
        return -1;
    /* "French and German officials": one kid after the CC is a conjunct,
     * more than one means the CC joins modifiers, not the phrase */
    int after = 0;
    for (int i = cc + 1; i <= last; i++)
        after += !ew_ptb_is_punct(n->kids[i]) && !ew_ptb_cat_in(n->kids[i], "ADVP RB");
    return after == 1 ? first : -1;
}

int ew_ptb_head_kid(const ew_ptb_node *n)
{
    if (n->nkids == 1)
        return 0;
    int c = ew_ptb_coord_first(n);
    if (c >= 0)
        return c;
    c = ew_ptb_reported_kid(n);
    if (c >= 0)
        return c;
    if (ew_ptb_cat_in(n, "NP NML NX NAC WHNP"))
        return np_head(n);
    if (ew_ptb_cat_in(n, "PP WHPP"))
        return pp_head(n);
    if (ew_ptb_cat_is(n, "SBAR"))
        return sbar_head(n);
    if (ew_ptb_cat_is(n, "VP"))
        return vp_head(n);
    for (size_t t = 0; t < sizeof table / sizeof table[0]; t++) {
        if (ew_ptb_cat_is(n, table[t].cat)) {
            int i = scan_prio(n, table[t].dir, table[t].prio);
            return i >= 0 ? i : edge_kid(n, table[t].dir);
        }
    }
    /* ROOT, PRN, FRAG, UCP, INTJ, X...: the first real word or phrase */
    return edge_kid(n, 1);
}
