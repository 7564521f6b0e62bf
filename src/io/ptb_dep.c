/*
 * ptb_dep.c -- Penn Treebank tree -> UD v2 dependency sentence.
 *
 * Three walks over the tree (each recursive but bounded by the reader's
 * depth limit):
 *   1. leaves become tokens (form, xpos, upos from the Penn tag);
 *   2. heads: every node's lexical head, via ew_ptb_head_kid (ptb_head.c);
 *   3. labels, bottom-up: each non-head kid's head word depends on the
 *      node's head word, with a relation chosen from the categories of
 *      parent and kid.  Bottom-up matters: a VP marks its main verb passive
 *      (be + VBN) before the clause above labels the subject nsubj:pass.
 * The result is a tree by construction (one head per maximal projection).
 * The rules are the usual Stanford-dependencies ones stated in UD v2 terms;
 * they are heuristics and documented as such in tests/io/README.md.
 */
#include "io/ptb.h"
#include "io/ptb_rules.h"

#include <string.h>

typedef struct conv {
    ew_token *tok;
    int n;
    unsigned char *passive;   /* per token: main verb of a be/get passive */
    unsigned char *perfect;   /* per token: VBN under have ("has received") */
    unsigned char *existential; /* per token: "be" of "there is" */
    ew_arena *arena;
} conv;

/* Penn tag -> UPOS; verbs become AUX later when they turn out auxiliaries. */
static const struct { const char *tag; ew_upos upos; } upos_map[] = {
    {"CC", EW_UPOS_CCONJ}, {"CD", EW_UPOS_NUM}, {"DT", EW_UPOS_DET},
    {"EX", EW_UPOS_PRON}, {"FW", EW_UPOS_X}, {"IN", EW_UPOS_ADP},
    {"JJ", EW_UPOS_ADJ}, {"JJR", EW_UPOS_ADJ}, {"JJS", EW_UPOS_ADJ},
    {"LS", EW_UPOS_X}, {"MD", EW_UPOS_AUX}, {"NN", EW_UPOS_NOUN},
    {"NNS", EW_UPOS_NOUN}, {"NNP", EW_UPOS_PROPN}, {"NNPS", EW_UPOS_PROPN},
    {"PDT", EW_UPOS_DET}, {"POS", EW_UPOS_PART}, {"PRP", EW_UPOS_PRON},
    {"PRP$", EW_UPOS_PRON}, {"RB", EW_UPOS_ADV}, {"RBR", EW_UPOS_ADV},
    {"RBS", EW_UPOS_ADV}, {"RP", EW_UPOS_ADP}, {"SYM", EW_UPOS_SYM},
    {"TO", EW_UPOS_PART}, {"UH", EW_UPOS_INTJ}, {"VB", EW_UPOS_VERB},
    {"VBD", EW_UPOS_VERB}, {"VBG", EW_UPOS_VERB}, {"VBN", EW_UPOS_VERB},
    {"VBP", EW_UPOS_VERB}, {"VBZ", EW_UPOS_VERB}, {"WDT", EW_UPOS_PRON},
    {"WP", EW_UPOS_PRON}, {"WP$", EW_UPOS_PRON}, {"WRB", EW_UPOS_ADV},
    {"$", EW_UPOS_SYM}, {"#", EW_UPOS_SYM}, {"AFX", EW_UPOS_ADJ},
    {"ADD", EW_UPOS_X}, {"GW", EW_UPOS_X}, {"XX", EW_UPOS_X},
};

static ew_upos upos_of(const ew_ptb_node *leaf)
{
    if (ew_ptb_is_punct(leaf))
        return EW_UPOS_PUNCT;
    if (strncmp(leaf->label, "AUX", 3) == 0)
        return EW_UPOS_AUX;
    for (size_t i = 0; i < sizeof upos_map / sizeof upos_map[0]; i++)
        if (ew_ptb_cat_is(leaf, upos_map[i].tag))
            return upos_map[i].upos;
    return EW_UPOS_X;
}

static void collect_leaves(conv *c, const ew_ptb_node *nd)
{
    if (nd->word) {
        if (nd->first >= 0 && nd->first < c->n) {
            ew_token *t = &c->tok[nd->first];
            t->form = nd->word;
            t->xpos = nd->label;
            t->upos = (uint8_t)upos_of(nd);
        }
        return;
    }
    for (int i = 0; i < nd->nkids; i++)
        collect_leaves(c, nd->kids[i]);
}

/* "There were clashes": UD keeps the verb as head (expl + nsubj), so the
 * copula analysis chosen for the VP chain below is undone.  Returns the
 * (possibly new) head token of vp. */
static int undo_copula(conv *c, ew_ptb_node *vp)
{
    /* malformed input can leave a VP without a head child ("(VP word)") */
    if (vp->nkids == 0 || vp->head_kid < 0 || vp->head_kid >= vp->nkids)
        return vp->head;
    ew_ptb_node *k = vp->kids[vp->head_kid];
    int cop = ew_ptb_copula_kid(vp);
    if (!k->word && ew_ptb_cat_is(k, "VP") && vp->head_kid != cop) {
        undo_copula(c, k);
    } else if (cop >= 0) {
        vp->head_kid = cop;
        if (vp->kids[cop]->head >= 0 && vp->kids[cop]->head < c->n)
            c->existential[vp->kids[cop]->head] = 1;
    }
    vp->head = vp->kids[vp->head_kid]->head;
    return vp->head;
}

/* Is the subject before the clause's VP the expletive "there"? */
static int expletive_subject(conv *c, const ew_ptb_node *s)
{
    for (int i = 0; i < s->nkids; i++) {
        const ew_ptb_node *k = s->kids[i];
        if (ew_ptb_cat_is(k, "VP"))
            return 0;
        if (k->head >= 0 && k->head < c->n && c->tok[k->head].xpos
            && strcmp(c->tok[k->head].xpos, "EX") == 0)
            return 1;
    }
    return 0;
}

/* The tree belongs to the caller's arena and was built writable by
 * ew_ptb_parse; filling in heads is part of the documented contract. */
static void find_heads(conv *c, ew_ptb_node *nd)
{
    if (nd->word) {
        nd->head = nd->first;
        return;
    }
    for (int i = 0; i < nd->nkids; i++)
        find_heads(c, nd->kids[i]);
    nd->head_kid = ew_ptb_head_kid(nd);
    if (ew_ptb_cat_in(nd, "S SQ SINV") && expletive_subject(c, nd)) {
        for (int i = 0; i < nd->nkids; i++)
            if (ew_ptb_cat_is(nd->kids[i], "VP")) {
                undo_copula(c, nd->kids[i]);
                break;
            }
    }
    nd->head = nd->kids[nd->head_kid]->head;
}

static int is_passive_aux(const char *w)
{
    return ew_ptb_is_be(w) || ew_ptb_word_in(w, "get gets got gotten getting");
}

/* Voice of every verb before any labelling: the by-phrase deep inside a VP
 * is labelled before the VP above it sees the auxiliary. */
static void mark_voice(conv *c, const ew_ptb_node *nd)
{
    if (nd->word)
        return;
    for (int i = 0; i < nd->nkids; i++)
        mark_voice(c, nd->kids[i]);
    if (!ew_ptb_cat_is(nd, "VP") || nd->head < 0 || nd->head >= c->n)
        return;
    int hc = nd->head_kid;
    const char *x = c->tok[nd->head].xpos;
    if (!x || strcmp(x, "VBN") != 0)
        return;
    for (int i = 0; i < hc; i++) {
        const char *w = nd->kids[i]->word;
        if (!w || !ew_ptb_is_verbtag(nd->kids[i]))
            continue;
        if (is_passive_aux(w))
            c->passive[nd->head] = 1;
        else if (ew_ptb_word_in(w, "have has had having 've 'd"))
            c->perfect[nd->head] = 1;
    }
}

static void attach(conv *c, int dep, int head, ew_rel rel, const char *sub)
{
    if (dep < 0 || dep >= c->n || head < 0 || head >= c->n || dep == head)
        return;
    c->tok[dep].head = head + 1;
    c->tok[dep].rel = (uint8_t)rel;
    c->tok[dep].subrel = sub;
}

static const char *word_at(conv *c, int t)
{
    return t >= 0 && t < c->n ? c->tok[t].form : "";
}

static int xpos_is(conv *c, int t, const char *tag)
{
    return t >= 0 && t < c->n && c->tok[t].xpos && strcmp(c->tok[t].xpos, tag) == 0;
}

/* Has the clause its own subject (an NP before its VP)? */
static int has_subject(const ew_ptb_node *s)
{
    if (ew_ptb_cat_in(s, "SINV SQ"))
        return 1;
    if (ew_ptb_cat_is(s, "SBAR")) {
        for (int i = 0; i < s->nkids; i++)
            if (ew_ptb_cat_in(s->kids[i], "S SQ SINV"))
                return has_subject(s->kids[i]);
        return 0;
    }
    for (int i = 0; i < s->nkids; i++) {
        if (ew_ptb_cat_is(s->kids[i], "VP"))
            return 0;
        if (ew_ptb_is_nominal(s->kids[i]) && !strstr(s->kids[i]->label, "-TMP"))
            return 1;
    }
    return 0;
}

static int is_temporal(conv *c, const ew_ptb_node *d)
{
    if (strstr(d->label, "-TMP"))
        return 1;
    return ew_ptb_word_in(word_at(c, d->head),
        "monday tuesday wednesday thursday friday saturday sunday today "
        "yesterday tomorrow tonight week weeks weekend month months year "
        "years day days morning afternoon evening night decade decades "
        "january february march april june july august september october "
        "november december");
}

/* First preposition word of a PP ("by" of "by the army"). */
static const char *prep_of(const ew_ptb_node *pp)
{
    for (int i = 0; i < pp->nkids; i++)
        if (pp->kids[i]->word && ew_ptb_cat_in(pp->kids[i], "IN TO"))
            return pp->kids[i]->word;
    return NULL;
}

/* Complementizer of an SBAR, NULL when none. */
static const char *mark_of(const ew_ptb_node *sb)
{
    for (int i = 0; i < sb->nkids; i++)
        if (sb->kids[i]->word && ew_ptb_cat_in(sb->kids[i], "IN DT"))
            return sb->kids[i]->word;
    return NULL;
}

static int has_wh(const ew_ptb_node *sb)
{
    for (int i = 0; i < sb->nkids; i++)
        if (ew_ptb_cat_in(sb->kids[i], "WHNP WHADVP WHPP WHADJP"))
            return 1;
    return 0;
}

#define CLAUSE_CATS "S SQ SINV SBARQ"
#define NOMINAL_CATS "NP NML NX WHNP NAC"

/* A nominal kid d of p (NP, or a bare noun/pronoun tag). */
static void label_nominal(conv *c, const ew_ptb_node *p, int hc, int i)
{
    const ew_ptb_node *d = p->kids[i];
    int dt = d->head, ht = p->head;
    if (ew_ptb_cat_in(p, CLAUSE_CATS)) {
        /* "Yesterday , Rohan left": a nominal nearer the verb is the subject */
        int nearer = 0;
        for (int j = i + 1; j < hc; j++)
            nearer |= ew_ptb_is_nominal(p->kids[j]);
        if (xpos_is(c, dt, "EX"))
            attach(c, dt, ht, EW_REL_EXPL, NULL);
        else if (is_temporal(c, d) && (i > hc || nearer || strstr(d->label, "-TMP")))
            attach(c, dt, ht, EW_REL_OBL, "tmod");
        else if (nearer && i < hc)
            attach(c, dt, ht, EW_REL_OBL, "npmod");
        else if (i < hc || ew_ptb_cat_is(p, "SINV"))
            attach(c, dt, ht, EW_REL_NSUBJ, c->passive[ht] ? "pass" : NULL);
        else
            attach(c, dt, ht, EW_REL_OBJ, NULL);
    } else if (ew_ptb_cat_is(p, "VP")) {
        int later = 0;
        for (int j = i + 1; j < p->nkids; j++)
            later += ew_ptb_is_nominal(p->kids[j]) && !is_temporal(c, p->kids[j]);
        if (c->existential[ht] && i > hc && !is_temporal(c, d))
            attach(c, dt, ht, EW_REL_NSUBJ, NULL);   /* there were (NP clashes) */
        else if (is_temporal(c, d) && i > hc)
            attach(c, dt, ht, EW_REL_OBL, "tmod");
        else if (i < hc)
            attach(c, dt, ht, EW_REL_OBL, NULL);
        else
            attach(c, dt, ht, later ? EW_REL_IOBJ : EW_REL_OBJ, NULL);
    } else if (ew_ptb_cat_in(p, NOMINAL_CATS)) {
        int poss = !d->word && d->nkids && ew_ptb_cat_is(d->kids[d->nkids - 1], "POS");
        if (poss)
            attach(c, dt, ht, EW_REL_NMOD, "poss");
        else if (i < hc)
            attach(c, dt, ht, EW_REL_COMPOUND, NULL);
        else if (is_temporal(c, d))
            attach(c, dt, ht, EW_REL_NMOD, "tmod");
        else
            attach(c, dt, ht, EW_REL_APPOS, NULL);
    } else if (ew_ptb_cat_in(p, "ADJP ADVP QP SBAR")) {
        attach(c, dt, ht, EW_REL_OBL, is_temporal(c, d) ? "tmod" : "npmod");
    } else {
        attach(c, dt, ht, ew_ptb_cat_in(p, "PP WHPP") ? EW_REL_NMOD : EW_REL_DEP, NULL);
    }
}

/* A verb, modal or "to" under a VP or inverted clause: aux, aux:pass, cop
 * or mark, and the passive flag of the main verb. */
static void label_verbal(conv *c, const ew_ptb_node *p, int i)
{
    const ew_ptb_node *d = p->kids[i];
    int dt = d->head, ht = p->head;
    if (ew_ptb_cat_is(d, "TO")) {
        attach(c, dt, ht, EW_REL_MARK, NULL);
        return;
    }
    if (xpos_is(c, ht, "VBN") && is_passive_aux(d->word)) {
        c->passive[ht] = 1;
        attach(c, dt, ht, EW_REL_AUX, "pass");
    } else if (ew_ptb_copula_kid(p) == i) {
        attach(c, dt, ht, EW_REL_COP, NULL);
    } else {
        attach(c, dt, ht, EW_REL_AUX, NULL);
    }
}

static void label_leaf(conv *c, const ew_ptb_node *p, int hc, int i)
{
    const ew_ptb_node *d = p->kids[i], *h = p->kids[hc];
    int dt = d->head, ht = p->head;
    if (ew_ptb_cat_in(d, "DT PDT WDT"))
        attach(c, dt, ht, ew_ptb_cat_is(p, "SBAR") ? EW_REL_MARK : EW_REL_DET, NULL);
    else if (ew_ptb_cat_in(d, "PRP$ WP$"))
        attach(c, dt, ht, EW_REL_NMOD, "poss");
    else if (ew_ptb_cat_is(d, "POS"))
        attach(c, dt, ht, EW_REL_CASE, NULL);
    else if (ew_ptb_cat_in(d, "RB RBR RBS WRB"))
        attach(c, dt, ht, EW_REL_ADVMOD, ew_ptb_is_neg(d->word) ? "neg" : NULL);
    else if (ew_ptb_cat_in(d, "JJ JJR JJS VBN VBG") && ew_ptb_cat_in(p, NOMINAL_CATS " ADJP"))
        attach(c, dt, ht, EW_REL_AMOD, NULL);
    else if (ew_ptb_cat_in(d, "JJ JJR JJS"))
        attach(c, dt, ht, ew_ptb_cat_is(p, "VP") ? EW_REL_XCOMP : EW_REL_AMOD, NULL);
    else if (ew_ptb_is_verbtag(d) && ew_ptb_cat_in(p, "PP WHPP"))
        attach(c, dt, ht, EW_REL_CASE, NULL);   /* "according (PP to ...)" */
    else if (ew_ptb_cat_is(d, "TO") && ew_ptb_cat_in(p, "PP WHPP QP"))
        attach(c, dt, ht, ew_ptb_is_clause(h) ? EW_REL_MARK : EW_REL_CASE, NULL);
    else if (ew_ptb_is_verbtag(d))
        label_verbal(c, p, i);
    else if (ew_ptb_cat_in(d, "IN"))
        attach(c, dt, ht, ew_ptb_is_clause(h) || ew_ptb_cat_is(p, "SBAR")
               ? EW_REL_MARK : EW_REL_CASE, NULL);
    else if (ew_ptb_cat_is(d, "CD"))
        attach(c, dt, ht, EW_REL_NUMMOD, NULL);
    else if (ew_ptb_cat_is(d, "RP"))
        attach(c, dt, ht, EW_REL_COMPOUND, "prt");
    else if (ew_ptb_cat_is(d, "EX"))
        attach(c, dt, ht, EW_REL_EXPL, NULL);
    else if (ew_ptb_cat_is(d, "UH"))
        attach(c, dt, ht, EW_REL_DISCOURSE, NULL);
    else if (ew_ptb_is_nominal(d))
        label_nominal(c, p, hc, i);
    else
        attach(c, dt, ht, EW_REL_DEP, NULL);
}

static void label_pp(conv *c, const ew_ptb_node *p, const ew_ptb_node *d)
{
    int dt = d->head, ht = p->head;
    const ew_ptb_node *content = d->kids[d->head_kid];
    int nominal_parent = ew_ptb_cat_in(p, NOMINAL_CATS " QP");
    if (ew_ptb_is_clause(content) && content != d)
        attach(c, dt, ht, nominal_parent ? EW_REL_ACL : EW_REL_ADVCL, NULL);
    else if (nominal_parent)
        attach(c, dt, ht, EW_REL_NMOD, NULL);
    else if (ew_ptb_word_in(prep_of(d), "by") && xpos_is(c, ht, "VBN") && !c->perfect[ht])
        attach(c, dt, ht, EW_REL_OBL, "agent");
    else
        attach(c, dt, ht, EW_REL_OBL, NULL);
}

static void label_sbar(conv *c, const ew_ptb_node *p, const ew_ptb_node *d)
{
    int dt = d->head, ht = p->head;
    const char *m = mark_of(d);
    int wh = has_wh(d);
    int comp = !m || ew_ptb_word_in(m, "that whether");
    /* Penn tags relative "that" WDT (inside WHNP) and the complementizer
     * IN: "claims (SBAR (IN that) ...)" is a complement clause, acl */
    if (ew_ptb_cat_in(p, NOMINAL_CATS))
        attach(c, dt, ht, EW_REL_ACL, wh || !m ? "relcl" : NULL);
    else if (ew_ptb_cat_in(p, "VP ADJP") && (comp || wh))
        attach(c, dt, ht, EW_REL_CCOMP, NULL);
    else
        attach(c, dt, ht, EW_REL_ADVCL, NULL);
}

static void label_clause(conv *c, const ew_ptb_node *p, int hc, int i)
{
    const ew_ptb_node *d = p->kids[i];
    int dt = d->head, ht = p->head;
    int subj = has_subject(d);
    int comma_before = i > 0 && ew_ptb_is_punct(p->kids[i - 1]);
    if (ew_ptb_cat_in(p, NOMINAL_CATS))
        attach(c, dt, ht, EW_REL_ACL, NULL);
    else if (ew_ptb_cat_in(p, "VP ADJP")) {
        if (subj)
            attach(c, dt, ht, EW_REL_CCOMP, NULL);
        else if (comma_before && (xpos_is(c, dt, "VBG") || xpos_is(c, dt, "VBN")))
            attach(c, dt, ht, EW_REL_ADVCL, NULL);
        else
            attach(c, dt, ht, EW_REL_XCOMP, NULL);
    } else if (ew_ptb_cat_in(p, CLAUSE_CATS)) {
        if (!subj)
            attach(c, dt, ht, EW_REL_ADVCL, NULL);
        else
            attach(c, dt, ht, i < hc ? EW_REL_CCOMP : EW_REL_PARATAXIS, NULL);
    } else {
        attach(c, dt, ht, EW_REL_DEP, NULL);
    }
}

/* WHNP/WHADVP in a relative or question: the gap decides subject/object. */
static void label_wh(conv *c, const ew_ptb_node *p, int hc, const ew_ptb_node *d)
{
    int dt = d->head, ht = p->head;
    if (ew_ptb_cat_is(d, "WHNP"))
        attach(c, dt, ht, has_subject(p->kids[hc]) ? EW_REL_OBJ : EW_REL_NSUBJ,
               !has_subject(p->kids[hc]) && c->passive[ht] ? "pass" : NULL);
    else if (ew_ptb_cat_is(d, "WHPP"))
        attach(c, dt, ht, EW_REL_OBL, NULL);
    else
        attach(c, dt, ht, EW_REL_ADVMOD, NULL);
}

static void label_phrase(conv *c, const ew_ptb_node *p, int hc, int i)
{
    const ew_ptb_node *d = p->kids[i];
    int dt = d->head, ht = p->head;
    if (ew_ptb_cat_is(p, "SBAR") && ew_ptb_cat_in(d, "WHNP WHADVP WHPP WHADJP"))
        label_wh(c, p, hc, d);
    else if (ew_ptb_is_nominal(d))
        label_nominal(c, p, hc, i);
    else if (ew_ptb_cat_in(d, "PP WHPP"))
        label_pp(c, p, d);
    else if (ew_ptb_cat_is(d, "SBAR"))
        label_sbar(c, p, d);
    else if (ew_ptb_cat_in(d, CLAUSE_CATS))
        label_clause(c, p, hc, i);
    else if (ew_ptb_cat_in(d, "ADJP WHADJP"))
        attach(c, dt, ht, ew_ptb_cat_in(p, NOMINAL_CATS) ? EW_REL_AMOD
               : ew_ptb_cat_is(p, "VP") ? EW_REL_XCOMP
               : ew_ptb_cat_in(p, CLAUSE_CATS) ? EW_REL_ADVCL : EW_REL_AMOD, NULL);
    else if (ew_ptb_cat_in(d, "ADVP WHADVP"))
        attach(c, dt, ht, EW_REL_ADVMOD, ew_ptb_is_neg(word_at(c, dt)) ? "neg" : NULL);
    else if (ew_ptb_cat_is(d, "VP"))
        attach(c, dt, ht, ew_ptb_cat_in(p, NOMINAL_CATS) ? EW_REL_ACL
               : ew_ptb_cat_is(p, "VP") ? EW_REL_XCOMP : EW_REL_DEP, NULL);
    else if (ew_ptb_cat_is(d, "QP"))
        attach(c, dt, ht, EW_REL_NUMMOD, NULL);
    else if (ew_ptb_cat_is(d, "PRT"))
        attach(c, dt, ht, EW_REL_COMPOUND, "prt");
    else if (ew_ptb_cat_is(d, "CONJP"))
        attach(c, dt, ht, EW_REL_CC, NULL);
    else if (ew_ptb_cat_is(d, "INTJ"))
        attach(c, dt, ht, EW_REL_DISCOURSE, NULL);
    else if (ew_ptb_cat_is(d, "PRN"))
        attach(c, dt, ht, ew_ptb_cat_in(p, NOMINAL_CATS)
               && ew_ptb_is_nominal(d->kids[d->head_kid])
               ? EW_REL_APPOS : EW_REL_PARATAXIS, NULL);
    else
        attach(c, dt, ht, EW_REL_DEP, NULL);
}

static void label_kid(conv *c, const ew_ptb_node *p, int hc, int i)
{
    const ew_ptb_node *d = p->kids[i];
    if (ew_ptb_is_punct(d))
        attach(c, d->head, p->head, EW_REL_PUNCT, NULL);
    else if (ew_ptb_cat_is(d, "CC"))
        attach(c, d->head, p->head, EW_REL_CC, NULL);
    else if (d->word)
        label_leaf(c, p, hc, i);
    else
        label_phrase(c, p, hc, i);
}

/* Next conjunct after kid i (not CC, punctuation or adverb), or -1. */
static int next_conjunct(const ew_ptb_node *p, int i)
{
    for (int j = i + 1; j < p->nkids; j++)
        if (!ew_ptb_is_punct(p->kids[j]) && !ew_ptb_cat_in(p->kids[j], "CC CONJP ADVP RB"))
            return j;
    return -1;
}

/* X , Y CC Z: Y and Z are conj of X; CC and commas attach to the conjunct
 * that follows them (UD v2), preconjuncts ("both") to the first. */
static void label_coord(conv *c, const ew_ptb_node *p, int first)
{
    int ht = p->head;
    for (int i = 0; i < p->nkids; i++) {
        const ew_ptb_node *d = p->kids[i];
        int next = next_conjunct(p, i);
        int nt = next >= 0 ? p->kids[next]->head : ht;
        if (i == first)
            continue;
        if (i < first)
            attach(c, d->head, ht, ew_ptb_is_punct(d) ? EW_REL_PUNCT : EW_REL_CC,
                   ew_ptb_is_punct(d) ? NULL : "preconj");
        else if (ew_ptb_is_punct(d))
            attach(c, d->head, nt, EW_REL_PUNCT, NULL);
        else if (ew_ptb_cat_in(d, "CC CONJP"))
            attach(c, d->head, nt, EW_REL_CC, NULL);
        else if (ew_ptb_cat_in(d, "ADVP RB"))
            attach(c, d->head, nt, EW_REL_ADVMOD, NULL);
        else
            attach(c, d->head, ht, EW_REL_CONJ, NULL);
    }
}

/* "French and German officials": Y after CC joins the modifier X before. */
static void local_coord(conv *c, const ew_ptb_node *p, int hc)
{
    for (int i = 1; i + 1 < p->nkids; i++) {
        if (!ew_ptb_cat_is(p->kids[i], "CC") || i - 1 == hc || i + 1 == hc)
            continue;
        if ((i - 1 < hc) != (i + 1 < hc) || ew_ptb_is_punct(p->kids[i - 1])
            || ew_ptb_is_punct(p->kids[i + 1]))
            continue;
        int x = p->kids[i - 1]->head, y = p->kids[i + 1]->head;
        attach(c, y, x, EW_REL_CONJ, NULL);
        attach(c, p->kids[i]->head, y, EW_REL_CC, NULL);
    }
}

/* "X happened , an official said": the speech verb is parataxis of the
 * report and keeps its own subject. */
static void label_reported(conv *c, const ew_ptb_node *p, int rep)
{
    int vp = -1;
    for (int i = rep + 1; i < p->nkids && vp < 0; i++)
        if (ew_ptb_cat_is(p->kids[i], "VP"))
            vp = i;
    int vt = p->kids[vp]->head;
    for (int i = 0; i < p->nkids; i++) {
        const ew_ptb_node *d = p->kids[i];
        if (i == rep)
            continue;
        if (i == vp)
            attach(c, vt, p->head, EW_REL_PARATAXIS, NULL);
        else if (i > rep && ew_ptb_is_nominal(d))
            attach(c, d->head, vt, EW_REL_NSUBJ, NULL);
        else
            label_kid(c, p, rep, i);
    }
}

/* Flat possessive "(NP (NNP Gondor) (POS 's) (NN king))": the word
 * before 's is the possessor. */
static void flat_possessive(conv *c, const ew_ptb_node *p, int hc)
{
    for (int i = 1; i < p->nkids; i++) {
        if (!ew_ptb_cat_is(p->kids[i], "POS") || i - 1 == hc || i == hc)
            continue;
        int owner = p->kids[i - 1]->head;
        if (!ew_ptb_is_nominal(p->kids[i - 1]) || i - 1 > hc)
            continue;
        attach(c, owner, p->head, EW_REL_NMOD, "poss");
        attach(c, p->kids[i]->head, owner, EW_REL_CASE, NULL);
    }
}

/* Penn puts "almost" beside "five" inside the NP; UD hangs it on the
 * number. */
static void adverb_on_number(conv *c, const ew_ptb_node *p, int hc)
{
    for (int i = 0; i + 1 < p->nkids; i++)
        if (i != hc && i + 1 != hc && ew_ptb_cat_in(p->kids[i], "RB ADVP")
            && ew_ptb_cat_in(p->kids[i + 1], "CD QP"))
            attach(c, p->kids[i]->head, p->kids[i + 1]->head, EW_REL_ADVMOD,
                   ew_ptb_is_neg(word_at(c, p->kids[i]->head)) ? "neg" : NULL);
}

static void label_tree(conv *c, const ew_ptb_node *nd)
{
    if (nd->word)
        return;
    for (int i = 0; i < nd->nkids; i++)
        label_tree(c, nd->kids[i]);
    if (nd->nkids < 2)
        return;
    int first = ew_ptb_coord_first(nd);
    if (first >= 0) {
        label_coord(c, nd, first);
        return;
    }
    int rep = ew_ptb_reported_kid(nd);
    if (rep >= 0) {
        label_reported(c, nd, rep);
        return;
    }
    int hc = nd->head_kid;
    for (int i = 0; i < nd->nkids; i++)
        if (i != hc)
            label_kid(c, nd, hc, i);
    local_coord(c, nd, hc);
    if (ew_ptb_cat_in(nd, NOMINAL_CATS " QP"))
        adverb_on_number(c, nd, hc);
    if (ew_ptb_cat_in(nd, NOMINAL_CATS))
        flat_possessive(c, nd, hc);
}

/* Auxiliaries are AUX, complementizers SCONJ, once relations are known. */
static void fix_upos(conv *c)
{
    for (int i = 0; i < c->n; i++) {
        ew_token *t = &c->tok[i];
        if ((t->rel == EW_REL_AUX || t->rel == EW_REL_COP) && t->upos == EW_UPOS_VERB)
            t->upos = EW_UPOS_AUX;
        else if (t->rel == EW_REL_MARK && t->upos == EW_UPOS_ADP)
            t->upos = EW_UPOS_SCONJ;
        else if (t->rel == EW_REL_CASE && t->upos == EW_UPOS_PART && t->xpos
                 && strcmp(t->xpos, "TO") == 0)
            t->upos = EW_UPOS_ADP;
    }
}

ew_sentence *ew_ptb_to_sentence(const ew_ptb_node *root, const char *text,
                                ew_arena *arena, ew_diag *diag)
{
    if (!root || root->first < 0 || root->last < root->first) {
        ew_diag_report(diag, EW_ERROR, NULL, 0, NULL, "Penn tree has no words");
        return NULL;
    }
    conv c = {0};
    c.n = root->last + 1;
    c.arena = arena;
    c.tok = ew_arena_calloc(arena, (size_t)c.n, sizeof *c.tok);
    c.passive = ew_arena_calloc(arena, (size_t)c.n, 1);
    c.perfect = ew_arena_calloc(arena, (size_t)c.n, 1);
    c.existential = ew_arena_calloc(arena, (size_t)c.n, 1);
    for (int i = 0; i < c.n; i++) {
        c.tok[i].form = "";
        c.tok[i].head = -1;
    }
    collect_leaves(&c, root);
    find_heads(&c, (ew_ptb_node *)root);
    mark_voice(&c, root);
    label_tree(&c, root);
    if (root->head >= 0 && root->head < c.n) {
        c.tok[root->head].head = 0;
        c.tok[root->head].rel = EW_REL_ROOT;
        c.tok[root->head].subrel = NULL;
    }
    fix_upos(&c);
    ew_sentence *s = ew_arena_calloc(arena, 1, sizeof *s);
    s->text = text;
    s->n = (size_t)c.n;
    s->tok = c.tok;
    s->ptb = root;
    if (text)
        ew_ptb_align(c.tok, s->n, text);
    return s;
}
