/*
 * view_dep.c -- noun phrases, compounds and verb phrases from the
 * dependency tree alone (CoNLL-U input, our own parser).
 *
 * A noun phrase is a nominal head that is not itself an internal modifier of
 * another nominal, plus its internal dependents (det, amod, compound, flat,
 * fixed, nummod, nmod with their case words, possessives), cut down to the
 * contiguous run around the head.  That is what a Penn NP without clauses
 * covers, and what PETRARCH-1 turned into an "NE".  Conjoined nominals form
 * a compound group.  A verb phrase ends with the last token of the verb's
 * post-verbal dependents, leaving out conjoined and paratactic clauses,
 * which the Penn tree puts in VPs of their own.
 */
#include "code/view.h"

#include "code/dep_repair.h"

#include <string.h>
#include <strings.h>

typedef struct dep_tree {
    int n;
    int *first, *next;   /* child lists: first[h], next[c] (-1 ends) */
    int *sub_lo, *sub_hi; /* subtree span */
    int *case_of;        /* first "case" dependent, or -1 */
    int *subj_of;        /* first subject dependent, or -1 */
} dep_tree;

static int tok_head(const ew_sentence *s, int i)
{
    int h = s->tok[i].head - 1;
    return (h >= 0 && h < (int)s->n && h != i) ? h : -1;
}

static int is_nominal(const ew_token *t)
{
    switch (t->upos) {
    case EW_UPOS_NOUN: case EW_UPOS_PROPN: case EW_UPOS_PRON: case EW_UPOS_NUM:
        return 1;
    case EW_UPOS_X: case EW_UPOS_SYM:
        return t->xpos && (!strncmp(t->xpos, "NN", 2) || !strcmp(t->xpos, "PRP"));
    default:
        /* a capitalised subject or object is a name whatever its tag:
         * taggers call unknown names verbs ("Pyongyang/VBG fired") */
        return (t->rel == EW_REL_NSUBJ || t->rel == EW_REL_OBJ || t->rel == EW_REL_IOBJ) &&
               t->form[0] >= 'A' && t->form[0] <= 'Z';
    }
}

static int is_verb(const ew_token *t)
{
    if (t->xpos && t->xpos[0])
        return strncmp(t->xpos, "VB", 2) == 0;
    return t->upos == EW_UPOS_VERB || t->upos == EW_UPOS_AUX;
}

/* Relations that keep a dependent inside its nominal head's phrase. */
static int np_internal(const ew_token *t, int at_head)
{
    switch (t->rel) {
    case EW_REL_DET: case EW_REL_AMOD: case EW_REL_COMPOUND: case EW_REL_FLAT:
    case EW_REL_FIXED: case EW_REL_NUMMOD: case EW_REL_NMOD: case EW_REL_CLF:
    case EW_REL_GOESWITH:
        return 1;
    case EW_REL_CASE:
        /* the head's own preposition belongs to the verb phrase ("with
         * Gondor"), but the possessive 's and the prepositions of nested
         * nominal modifiers ("president of Gondor") stay inside */
        return !at_head || (t->xpos && strcmp(t->xpos, "POS") == 0);
    case EW_REL_ADVMOD:
        return !at_head;
    case EW_REL_CONJ: case EW_REL_CC: case EW_REL_PUNCT:
        /* coordinated modifiers stay inside ("Eriador's death and injury
         * toll", "complete, full ties"); coordinated heads make compound
         * groups instead */
        return !at_head;
    default:
        return 0;
    }
}

/* The preposition of nominal c, or NULL. */
static const char *case_word(const dep_tree *t, const ew_sentence *s, int c)
{
    return t->case_of[c] >= 0 ? s->tok[t->case_of[c]].form : NULL;
}

/* An apposition written without a comma ("head Minerva McGonagall",
 * "Deputy Prime Minister Telemar") is one noun phrase with its head, as a
 * Penn parse brackets it; so is a name the parser hung on a nominal as
 * parataxis or dep.  Nothing but the apposition's own words may lie
 * between the two. */
static int tight_appos(const ew_sentence *s, int c)
{
    const ew_token *t = &s->tok[c];
    int h = tok_head(s, c);
    if (h < 0 || h >= c)
        return 0;
    int loose = t->rel == EW_REL_PARATAXIS || t->rel == EW_REL_DEP || t->rel == EW_REL_LIST;
    if (t->rel != EW_REL_APPOS &&
        !(loose && t->upos == EW_UPOS_PROPN && is_nominal(&s->tok[h])))
        return 0;
    for (int i = h + 1; i < c; i++) {
        if (s->tok[i].upos == EW_UPOS_PUNCT)
            return 0;
        int x = tok_head(s, i);
        for (int steps = 0; x >= 0 && x != c && steps < (int)s->n; steps++)
            x = tok_head(s, x);
        if (x != c)
            return 0;
    }
    return 1;
}

/* "with the new Gondor government": a preposition and a noun with only
 * its own determiners, adjectives and name parts between them (parses
 * that hang possessives and measures there are not trusted to split). */
static int plain_pp(const dep_tree *tr, const ew_sentence *s, int c)
{
    int k = tr->case_of[c];
    if (k < 0 || k > c)
        return 0;
    for (int i = k + 1; i < c; i++) {
        const ew_token *t = &s->tok[i];
        if (tok_head(s, i) != c || (t->rel != EW_REL_DET && t->rel != EW_REL_AMOD &&
                                    t->rel != EW_REL_COMPOUND && t->rel != EW_REL_FLAT &&
                                    t->rel != EW_REL_NUMMOD))
            return 0;
    }
    return 1;
}

/* Is c part of its head's noun phrase?  As np_internal, except that a
 * prepositional modifier other than "of" of a verb's object, or of such
 * a modifier, starts a phrase of its own ("warned their populations |
 * about the Prince", "celebrated Eid | at Osgiliath | with Gondor"):
 * parsers attach such phrases to the noun where Penn
 * parses put them in the verb phrase, and the patterns are written for
 * the latter. */
/* h is a prepositional phrase (not "of") on the verb's object, which this
 * rule has already split off ("celebrated Eid | at Osgiliath"). */
static int object_pp(const dep_tree *tr, const ew_sentence *s, int h)
{
    const char *cw = case_word(tr, s, h);
    int g = tok_head(s, h);
    return cw && strcasecmp(cw, "of") && s->tok[h].rel == EW_REL_NMOD && g >= 0 &&
           s->tok[g].rel == EW_REL_OBJ;
}

static int inside(const dep_tree *tr, const ew_sentence *s, int c)
{
    const ew_token *t = &s->tok[c];
    if (t->rel == EW_REL_APPOS || t->rel == EW_REL_PARATAXIS || t->rel == EW_REL_DEP ||
        t->rel == EW_REL_LIST)
        return tight_appos(s, c);
    if (!np_internal(t, 0))
        return 0;
    if (t->rel != EW_REL_NMOD || (t->subrel && strcmp(t->subrel, "poss") == 0))
        return 1;
    int h = tok_head(s, c);
    /* the object's, or a prepositional phrase's ("at Osgiliath | with
     * Gondor": Penn puts the second PP beside the first, in the VP) */
    if (h < 0 || (s->tok[h].rel != EW_REL_OBJ && !(object_pp(tr, s, h) && plain_pp(tr, s, c))))
        return 1;
    const char *cw = case_word(tr, s, c);
    return !cw || strcasecmp(cw, "of") == 0;
}

static void tree_build(dep_tree *t, const ew_sentence *s, ew_arena *a)
{
    int n = (int)s->n;
    t->n = n;
    t->first = ew_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    t->next = ew_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    t->sub_lo = ew_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    t->sub_hi = ew_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    t->case_of = ew_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    t->subj_of = ew_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        t->first[i] = t->next[i] = -1;
        t->case_of[i] = t->subj_of[i] = -1;
        t->sub_lo[i] = t->sub_hi[i] = i;
    }
    for (int i = n - 1; i >= 0; i--) {   /* children in text order */
        int h = tok_head(s, i);
        if (h >= 0) {
            t->next[i] = t->first[h];
            t->first[h] = i;
            if (s->tok[i].rel == EW_REL_CASE)
                t->case_of[h] = i;
            if (s->tok[i].rel == EW_REL_NSUBJ || s->tok[i].rel == EW_REL_CSUBJ)
                t->subj_of[h] = i;
        }
    }
    /* subtree spans: walk each token up to the root (depth bounded by n,
     * which also survives a cyclic tree from bad input) */
    for (int i = 0; i < n; i++) {
        int h = tok_head(s, i);
        for (int steps = 0; h >= 0 && steps < n; steps++, h = tok_head(s, h)) {
            if (i < t->sub_lo[h]) t->sub_lo[h] = i;
            if (i > t->sub_hi[h]) t->sub_hi[h] = i;
        }
    }
}

/* A comma of head x between two of its adjectives ("complete , full
 * ties", the comma hung on the noun). */
static int between_modifiers(const ew_sentence *s, int x, int c)
{
    return c > 0 && c + 1 < x && tok_head(s, c - 1) == x && tok_head(s, c + 1) == x &&
           s->tok[c - 1].rel == EW_REL_AMOD && s->tok[c + 1].rel == EW_REL_AMOD;
}

/* Marks the phrase members of nominal head h in `in`. */
static void collect_np(const dep_tree *t, const ew_sentence *s, int x,
                       int at_head, uint8_t *in, int depth)
{
    in[x] = 1;
    if (depth > 64)
        return;
    for (int c = t->first[x]; c >= 0; c = t->next[c]) {
        const ew_token *ct = &s->tok[c];
        /* commas inside lists of modifiers ("complete, full ties"), not
         * the comma opening an aside ("minister, in remarks ...") */
        if (ct->rel == EW_REL_PUNCT && between_modifiers(s, x, c)) {
            in[c] = 1;
            continue;
        }
        if (ct->rel == EW_REL_PUNCT && s->tok[x].rel != EW_REL_AMOD &&
            s->tok[x].rel != EW_REL_COMPOUND && s->tok[x].rel != EW_REL_CONJ)
            continue;
        if ((np_internal(ct, at_head) && (ct->rel != EW_REL_NMOD || inside(t, s, c))) ||
            tight_appos(s, c))
            collect_np(t, s, c, 0, in, depth + 1);
    }
}

/* A bare temporal noun phrase: "tmod" (UD v1 and older v2), or a common
 * noun as unmarked oblique of a predicate ("said today", "next week"), the
 * label newer UD gives bare time expressions.  Names are left out: parsers
 * give the label to "U.S." in "U.S.-led" too. */
static int temporal(const ew_token *t)
{
    if (!t->subrel)
        return 0;
    return !strcmp(t->subrel, "tmod") ||
           (t->rel == EW_REL_OBL && t->upos == EW_UPOS_NOUN && !strcmp(t->subrel, "unmarked"));
}

static int np_root(const dep_tree *t, const ew_sentence *s, int i)
{
    if (!is_nominal(&s->tok[i]))
        return 0;
    /* temporal modifiers ("said today") hold no actor: the Penn path leaves
     * NP-TMP alone for the same reason */
    if (temporal(&s->tok[i]) && !case_word(t, s, i))
        return 0;
    int h = tok_head(s, i);
    if (h < 0)
        return 1;
    if (s->tok[i].rel == EW_REL_CONJ) {
        /* conjoined with a phrase head: a compound member of its own;
         * conjoined with a modifier: part of that modifier's phrase */
        for (int steps = 0; steps < 64 && s->tok[h].rel == EW_REL_CONJ; steps++) {
            int hh = tok_head(s, h);
            if (hh < 0)
                break;
            h = hh;
        }
        return !is_nominal(&s->tok[h]) || tok_head(s, h) < 0 || !inside(t, s, h) ||
               temporal(&s->tok[h]);
    }
    return !inside(t, s, i);
}

/* A nominal modifier after head h that is conjoined with others ("the
 * ambassadors of Arnor, Osgiliath and Gondor"), or -1. */
static int split_child_at(const dep_tree *t, const ew_sentence *s, int h, int depth)
{
    for (int c = t->first[h]; c >= 0 && depth < 8; c = t->next[c]) {
        if (c < h || s->tok[c].rel != EW_REL_NMOD || !is_nominal(&s->tok[c]) ||
            !inside(t, s, c))
            continue;
        for (int k = t->first[c]; k >= 0; k = t->next[k])
            if (s->tok[k].rel == EW_REL_CONJ && is_nominal(&s->tok[k]))
                return c;
        /* deeper: "resumption of ties between Arnor and Gondor" */
        int d = split_child_at(t, s, c, depth + 1);
        if (d >= 0)
            return d;
    }
    return -1;
}

static int split_child(const dep_tree *t, const ew_sentence *s, int h)
{
    return split_child_at(t, s, h, 0);
}

/* Contiguous run of phrase members around x. */
static void phrase_span(const dep_tree *t, const ew_sentence *s, int x,
                        uint8_t *in, int n, int *lo, int *hi)
{
    memset(in, 0, (size_t)n);
    collect_np(t, s, x, 1, in, 0);
    *lo = *hi = x;
    while (*lo > 0 && in[*lo - 1]) (*lo)--;
    while (*hi + 1 < n && in[*hi + 1]) (*hi)++;
}

/* Noun phrases for the nominal conjuncts of m (and theirs). */
static void add_conjuncts(ew_cview *v, const dep_tree *t, int m, int *np_at,
                          uint8_t *in, ew_arena *a)
{
    const ew_sentence *s = v->s;
    for (int c = t->first[m]; c >= 0; c = t->next[c]) {
        if (s->tok[c].rel != EW_REL_CONJ || !is_nominal(&s->tok[c]) || np_at[c] >= 0)
            continue;
        int lo, hi;
        phrase_span(t, s, c, in, v->n, &lo, &hi);
        np_at[c] = ew_cview_add_np(v, lo, hi + 1, c, a);
        add_conjuncts(v, t, c, np_at, in, a);
    }
}

static int is_modifier_rel(const ew_token *t)
{
    return t->rel == EW_REL_AMOD || t->rel == EW_REL_COMPOUND || t->rel == EW_REL_NMOD ||
           t->rel == EW_REL_FLAT;
}

/* A modifier before head h conjoined with others ("Eriadori and
 * Calenardhon leaders"), or -1. */
/* A name-like modifier: a nominal, or a capitalised adjective
 * ("Eriadori"); plain adjectives ("full and formal ties") never make a
 * compound of actors. */
static int name_like(const ew_token *t)
{
    return is_nominal(t) || (t->form[0] >= 'A' && t->form[0] <= 'Z');
}

static int split_modifier(const dep_tree *t, const ew_sentence *s, int h)
{
    for (int c = t->first[h]; c >= 0 && c < h; c = t->next[c]) {
        if (!is_modifier_rel(&s->tok[c]) || !name_like(&s->tok[c]))
            continue;
        for (int k = t->first[c]; k >= 0; k = t->next[k])
            if (s->tok[k].rel == EW_REL_CONJ && k < h && name_like(&s->tok[k]))
                return c;
    }
    return -1;
}

/* Members m and its conjuncts, each coded with the head's words after the
 * last conjunct (post) and before m (pre). */
static void add_modifier_split(ew_cview *v, const dep_tree *t, int m, int lo,
                               int hi, int *np_at, uint8_t *in, ew_arena *a)
{
    const ew_sentence *s = v->s;
    int mem[64], n = 0, last = m;
    for (int c = t->first[m]; c >= 0; c = t->next[c])
        if (s->tok[c].rel == EW_REL_CONJ && c > last)
            last = c;
    int mlo, mhi;
    phrase_span(t, s, m, in, v->n, &mlo, &mhi);
    mem[n++] = ew_cview_add_np(v, mlo, mhi + 1, m, a);
    for (int c = t->first[m]; c >= 0 && n < 64; c = t->next[c]) {
        if (s->tok[c].rel != EW_REL_CONJ)
            continue;
        int clo, chi;
        phrase_span(t, s, c, in, v->n, &clo, &chi);
        mem[n++] = np_at[c] = ew_cview_add_np(v, clo, chi + 1, c, a);
    }
    int plo, phi;
    phrase_span(t, s, last, in, v->n, &plo, &phi);
    for (int k = 0; k < n; k++) {
        if (mem[k] < 0)
            continue;
        v->np[mem[k]].pre_start = lo;
        v->np[mem[k]].pre_end = mlo;
        v->np[mem[k]].post_start = phi + 1;
        v->np[mem[k]].post_end = hi + 1;
    }
    ew_cview_add_group(v, mem, n, a);
}

/* A multi-word actor name that starts inside [lo,hi] and runs past hi
 * ("the Council of Foreign Ministers of the Organization | for Security
 * and Cooperation in Europe") stretches the phrase to its end, when the
 * words it takes belong to no phrase yet.  Parsers often attach the tail of
 * a long name elsewhere; the dictionary knows the name is one unit. */
static void stretch_to_actor(const ew_cview *v, int lo, int *hi)
{
    if (!v->dict)
        return;
    for (int k = lo; k <= *hi; k++) {
        if (v->sym[k] == EW_SYM_NONE)
            continue;
        size_t len = 0;
        if (!ew_dict_match_actor(v->dict, v->sym, (size_t)v->n, (size_t)k, &len) || len < 2)
            continue;
        int end = k + (int)len - 1;
        if (end <= *hi)
            continue;
        int free_run = 1;
        for (int j = *hi + 1; j <= end; j++)
            if (v->np_of[j] >= 0)
                free_run = 0;
        if (free_run)
            *hi = end;
    }
}

/* Noun phrases of m and of its conjuncts (breadth first), at most max. */
static int conj_members(const ew_cview *v, const dep_tree *t, int m,
                        const int *np_at, int *out, int max)
{
    int tok[64], n = 0, k = 0;
    tok[n++] = m;
    for (int q = 0; q < n && n < 64; q++)
        for (int c = t->first[tok[q]]; c >= 0 && n < 64; c = t->next[c])
            if (v->s->tok[c].rel == EW_REL_CONJ)
                tok[n++] = c;
    for (int q = 0; q < n && k < max; q++)
        if (np_at[tok[q]] >= 0)
            out[k++] = np_at[tok[q]];
    return k;
}

/* "Lawmakers and officials in Fornost and Gondor": conjoined heads i, c...
 * sharing a compound modifier multiply out, one member per head and place,
 * each coded with its own head's words. */
static void multiply_heads(ew_cview *v, const dep_tree *t, int i, int m,
                           int *np_at, uint8_t *in, ew_arena *a)
{
    const ew_sentence *s = v->s;
    int heads[16], nh = 0;
    for (int c = t->first[i]; c >= 0 && nh < 16; c = t->next[c])
        if (c < m && s->tok[c].rel == EW_REL_CONJ && is_nominal(&s->tok[c]) && np_at[c] < 0)
            heads[nh++] = c;
    int places[64], np = conj_members(v, t, m, np_at, places, 64);
    if (nh == 0 || np == 0)
        return;
    int mem[1024], n = 0, lo, hi;
    phrase_span(t, s, i, in, v->n, &lo, &hi);
    for (int k = 0; k < np; k++) {
        v->np[places[k]].pre_start = lo;
        v->np[places[k]].pre_end = hi + 1;
        mem[n++] = places[k];
    }
    for (int h = 0; h < nh; h++) {
        phrase_span(t, s, heads[h], in, v->n, &lo, &hi);
        for (int k = 0; k < np && n < 1024; k++) {
            int id = ew_cview_copy_np(v, places[k], a);
            v->np[id].pre_start = lo;
            v->np[id].pre_end = hi + 1;
            mem[n++] = np_at[heads[h]] = id;
        }
    }
    ew_cview_add_group(v, mem, n, a);
}

static void add_nps(ew_cview *v, const dep_tree *t, int *np_at, ew_arena *a)
{
    const ew_sentence *s = v->s;
    uint8_t *in = ew_arena_calloc(a, (size_t)v->n + 1, 1);
    for (int i = 0; i < v->n; i++)
        np_at[i] = -1;
    for (int i = 0; i < v->n; i++) {
        if (np_at[i] >= 0 || !np_root(t, s, i))
            continue;
        int lo, hi, m = split_child(t, s, i);
        phrase_span(t, s, i, in, v->n, &lo, &hi);
        int mm = m < 0 ? split_modifier(t, s, i) : -1;
        if (mm >= 0) {
            add_modifier_split(v, t, mm, lo, hi, np_at, in, a);
            continue;
        }
        if (m < 0) {
            stretch_to_actor(v, lo, &hi);
            np_at[i] = ew_cview_add_np(v, lo, hi + 1, i, a);
            continue;
        }
        /* the head's words are shared by every member of the compound, as
         * PETRARCH-1 does with the Penn tree ("lawmakers in" X and Y) */
        int mlo, mhi;
        phrase_span(t, s, m, in, v->n, &mlo, &mhi);
        np_at[m] = ew_cview_add_np(v, mlo, mhi + 1, m, a);
        if (np_at[m] >= 0) {
            v->np[np_at[m]].pre_start = lo;
            v->np[np_at[m]].pre_end = mlo;
        }
        add_conjuncts(v, t, m, np_at, in, a);
        multiply_heads(v, t, i, m, np_at, in, a);
    }
}

/* Conjoined nominals: the head and every conj below it (flattened). */
static void add_groups(ew_cview *v, const dep_tree *t, const int *np_at,
                       ew_arena *a)
{
    const ew_sentence *s = v->s;
    int *mem = ew_arena_alloc(a, sizeof(int) * (size_t)(v->n + 1));
    for (int i = 0; i < v->n; i++) {
        if (np_at[i] < 0 || s->tok[i].rel == EW_REL_CONJ)
            continue;
        int m = 0;
        mem[m++] = np_at[i];
        /* breadth-first over conj children of members */
        for (int k = 0; k < m && m < v->n; k++) {
            int h = v->np[mem[k]].head;
            for (int c = t->first[h]; c >= 0; c = t->next[c])
                if (s->tok[c].rel == EW_REL_CONJ && np_at[c] >= 0 && m < v->n)
                    mem[m++] = np_at[c];
        }
        const ew_cv_np *first = &v->np[mem[0]];
        for (int k = 1; k < m; k++) {
            ew_cv_np *o = &v->np[mem[k]];
            if (o->pre_end > o->pre_start)
                continue;
            /* shared head words ("ambassadors of" A, B and C).  The first
             * member's own modifiers are not spread ("Ithilen's sheep and
             * goats of Gondor"): the suite's Penn trees disagree on it
             * (COMPOUND-25/27 vs COMPOUND-26) and a dependency tree cannot
             * tell the two readings apart */
            if (first->pre_end > first->pre_start) {
                o->pre_start = first->pre_start;
                o->pre_end = first->pre_end;
            }
        }
        ew_cview_add_group(v, mem, m, a);
    }
}

static int lower_excluded(const ew_token *t)
{
    switch (t->rel) {
    case EW_REL_CONJ: case EW_REL_CC: case EW_REL_PUNCT: case EW_REL_PARATAXIS:
    case EW_REL_NSUBJ: case EW_REL_CSUBJ: case EW_REL_AUX: case EW_REL_EXPL:
        return 1;
    default:
        return 0;
    }
}

static int word_is(const ew_cview *v, int i, const char *w)
{
    return strcmp(v->upper[i], w) == 0;
}

/* The subject of verb tok: its own, or that of the verb it is conjoined
 * with or complements (climbing conj/xcomp, bounded: bad trees may cycle). */
static int subject(const dep_tree *t, const ew_sentence *s, int tok)
{
    for (int steps = 0; tok >= 0 && tok < (int)s->n && steps < 16; steps++) {
        if (t->subj_of[tok] >= 0)
            return t->subj_of[tok];
        const ew_token *k = &s->tok[tok];
        if (k->rel != EW_REL_CONJ && k->rel != EW_REL_XCOMP)
            return -1;
        tok = tok_head(s, tok);
    }
    return -1;
}

static void add_verbs(ew_cview *v, const dep_tree *t, ew_arena *a)
{
    const ew_sentence *s = v->s;
    for (int i = 0; i < v->n; i++) {
        if (!is_verb(&s->tok[i]))
            continue;
        int end = i + 1, pass = 0;
        for (int c = t->first[i]; c >= 0; c = t->next[c]) {
            const ew_token *ct = &s->tok[c];
            if (ct->subrel && !strcmp(ct->subrel, "pass"))
                pass |= 1;
            if (c > i && !lower_excluded(ct) && t->sub_hi[c] + 1 > end)
                end = t->sub_hi[c] + 1;
        }
        /* a passive only counts with its by-phrase, as in PETRARCH-1 */
        int by = 0;
        for (int k = i + 1; k < end; k++)
            by |= word_is(v, k, "BY");
        ew_cview_add_verb(v, i, end, pass && by, subject(t, s, i), a);
    }
}

void ew_cview_from_dep(ew_cview *v, ew_arena *a)
{
    if (v->n == 0)
        return;
    for (int i = 0; i < v->n; i++)
        if (v->s->tok[i].head < 0)
            return;     /* unparsed: nothing to code */
    /* parsers' coordination mistakes cost whole events: undo them first */
    v->s = ew_code_repair_tree(v->s, a);
    dep_tree t;
    tree_build(&t, v->s, a);
    int *np_at = ew_arena_alloc(a, sizeof(int) * (size_t)v->n);
    add_nps(v, &t, np_at, a);
    add_groups(v, &t, np_at, a);
    add_verbs(v, &t, a);
}
