/*
 * view_ptb.c -- noun phrases and verb phrases from the Penn tree, when the
 * sentence came with one.  These are PETRARCH-1's own rules (read_TreeBank):
 *   - an NP without NPs inside is a noun phrase;
 *   - a possessive NP ((NP ... 's) ...) and an NP with a prepositional
 *     modifier ((NP ...) (PP ...)) are one noun phrase;
 *   - an NP whose NP children are joined by a conjunction is a compound
 *     group of those children;
 *   - any other NP is looked into;
 *   - a VP whose first child is a verb is a verb phrase; a passive VP
 *     (auxiliary be + VBN + "by") is coded at its participle.
 */
#include "code/view.h"
#include "io/ptb.h"

#include <string.h>

/* Exactly "NP": PETRARCH-1 leaves function-tagged phrases such as NP-TMP
 * ("said today") alone, so they never hold an actor. */
static int is_np(const ew_ptb_node *x)
{
    return x && !x->word && x->label && x->label[0] == 'N' && x->label[1] == 'P' &&
           !x->label[2];
}

/* Label equality ignoring function tags ("NP-SBJ" is "NP"); the first
 * byte is compared inline because this runs for every node many times. */
static int label_is(const ew_ptb_node *x, const char *l)
{
    if (!x || !x->label || x->label[0] != l[0])
        return 0;
    size_t i = 1;
    while (l[i] && x->label[i] == l[i])
        i++;
    return !l[i] && (x->label[i] == 0 || x->label[i] == '-');
}

static int has_np_below(const ew_ptb_node *x)
{
    for (int i = 0; i < x->nkids; i++)
        if (is_np(x->kids[i]) || has_np_below(x->kids[i]))
            return 1;
    return 0;
}

static int ends_possessive(const ew_ptb_node *x)
{
    return x->nkids > 0 && label_is(x->kids[x->nkids - 1], "POS");
}

static int is_compound(const ew_ptb_node *x)
{
    int nps = 0, cc = 0;
    for (int i = 0; i < x->nkids; i++) {
        if (is_np(x->kids[i]) || label_is(x->kids[i], "NNP") || label_is(x->kids[i], "NN") ||
            label_is(x->kids[i], "NNS") || label_is(x->kids[i], "NNPS"))
            nps++;
        else if (label_is(x->kids[i], "CC"))
            cc = 1;
    }
    return cc && nps >= 2;
}

static int has_compound_below(const ew_ptb_node *x)
{
    for (int i = 0; i < x->nkids; i++)
        if ((is_np(x->kids[i]) && is_compound(x->kids[i])) || has_compound_below(x->kids[i]))
            return 1;
    return 0;
}

static int has_label_below(const ew_ptb_node *x, const char *l)
{
    for (int i = 0; i < x->nkids; i++)
        if (label_is(x->kids[i], l) || has_label_below(x->kids[i], l))
            return 1;
    return 0;
}

static void walk(ew_cview *v, const ew_ptb_node *x, ew_arena *a);
static int np(ew_cview *v, const ew_ptb_node *x, ew_arena *a);

static int is_nounish(const ew_ptb_node *k)
{
    return is_np(k) || (k->word && k->label && k->label[0] == 'N');
}

/* Collects the members of compound x into mem (nested compounds are
 * flattened: "satisfaction toward Gondor and Arnor's Elrond, and Gondor's
 * cooperation" is one compound of three). */
static void compound_members(ew_cview *v, const ew_ptb_node *x, ew_arena *a,
                             int pre_start, int pre_end, int *mem, int *m,
                             int depth)
{
    /* words before the first member are shared by all ("Danish media and
     * government") */
    int lead = 0;
    while (lead < x->nkids && !is_nounish(x->kids[lead]))
        lead++;
    if (pre_end <= pre_start && lead > 0 && lead < x->nkids) {
        pre_start = x->first;
        pre_end = x->kids[lead]->first;
    }
    for (int i = lead; i < x->nkids && *m < 256; i++) {
        const ew_ptb_node *k = x->kids[i];
        if (!is_nounish(k)) {
            walk(v, k, a);
            continue;
        }
        if (is_np(k) && is_compound(k) && depth < 8) {
            compound_members(v, k, a, pre_start, pre_end, mem, m, depth + 1);
            continue;
        }
        int id = is_np(k) ? np(v, k, a)
                          : ew_cview_add_np(v, k->first, k->last + 1, k->head, a);
        if (id >= 0) {
            v->np[id].pre_start = pre_start;
            v->np[id].pre_end = pre_end;
            mem[(*m)++] = id;
        }
    }
}

/* Members of a compound NP become noun phrases of one group; members with
 * structure of their own (possessives, prepositional modifiers) are one
 * phrase each as long as np() makes them whole. */
static int np_compound(ew_cview *v, const ew_ptb_node *x, ew_arena *a,
                       int pre_start, int pre_end)
{
    int mem[256], m = 0;
    compound_members(v, x, a, pre_start, pre_end, mem, &m, 0);
    ew_cview_add_group(v, mem, m, a);
    return -1;
}

/* "Lawmakers and officials in Fornost and Gondor": every head member with
 * every place member, one compound of four. */
static void np_cross(ew_cview *v, const ew_ptb_node *heads,
                     const ew_ptb_node *places, ew_arena *a)
{
    int hs[16], nh = 0, ps[64], np_ = 0, mem[256], m = 0;
    for (int i = 0; i < heads->nkids && nh < 16; i++)
        if (is_nounish(heads->kids[i]))
            hs[nh++] = i;
    for (int i = 0; i < places->nkids && np_ < 64; i++) {
        const ew_ptb_node *k = places->kids[i];
        if (!is_nounish(k))
            continue;
        int id = ew_cview_add_np(v, k->first, k->last + 1, k->head, a);
        if (id >= 0)
            ps[np_++] = id;
    }
    for (int h = 0; h < nh; h++)
        for (int p = 0; p < np_ && m < 256; p++) {
            int id = h == 0 ? ps[p] : ew_cview_copy_np(v, ps[p], a);
            if (id < 0)
                continue;
            v->np[id].pre_start = heads->kids[hs[h]]->first;
            v->np[id].pre_end = heads->kids[hs[h]]->last + 1;
            mem[m++] = id;
        }
    ew_cview_add_group(v, mem, m, a);
}

/* The NP child of a PP, or NULL. */
static const ew_ptb_node *pp_object(const ew_ptb_node *pp)
{
    for (int i = 0; i < pp->nkids; i++)
        if (is_np(pp->kids[i]))
            return pp->kids[i];
    return NULL;
}

/* Returns the noun phrase made of x when x is one phrase, else -1. */
static int np(ew_cview *v, const ew_ptb_node *x, ew_arena *a)
{
    if (is_compound(x))
        return np_compound(v, x, a, 0, 0);
    if (!has_np_below(x))
        return ew_cview_add_np(v, x->first, x->last + 1, x->head, a);
    if (x->nkids >= 1 && is_np(x->kids[0])) {
        const ew_ptb_node *k0 = x->kids[0];
        if (ends_possessive(k0) && !is_compound(k0))
            return ew_cview_add_np(v, x->first, x->last + 1, x->head, a);
        /* a second level of prepositional phrase: PETRARCH-1 makes the
         * pieces separate phrases ("the parliament" / "Gondor in Eriador") */
        const ew_ptb_node *o = x->nkids >= 2 && label_is(x->kids[1], "PP")
                                   ? pp_object(x->kids[1]) : NULL;
        if (o && has_label_below(o, "PP")) {
            for (int i = 0; i < x->nkids; i++)
                walk(v, x->kids[i], a);
            return -1;
        }
        if (x->nkids >= 2 && label_is(x->kids[1], "PP") && !has_np_below(k0)) {
            const ew_ptb_node *obj = pp_object(x->kids[1]);
            if (!obj || (!is_compound(obj) && !has_compound_below(x->kids[1])))
                return ew_cview_add_np(v, x->first, x->last + 1, x->head, a);
            if (!is_compound(obj)) {
                /* a compound deeper down: phrases one level at a time */
                for (int i = 0; i < x->nkids; i++)
                    walk(v, x->kids[i], a);
                return -1;
            }
            if (is_compound(k0)) {
                np_cross(v, k0, obj, a);
                for (int i = 2; i < x->nkids; i++)
                    walk(v, x->kids[i], a);
                return -1;
            }
            /* "lawmakers in Fornost and Gondor": each member of the
             * compound is coded together with "lawmakers in" */
            np_compound(v, obj, a, x->first, obj->first);
            for (int i = 2; i < x->nkids; i++)
                walk(v, x->kids[i], a);
            return -1;
        }
    }
    for (int i = 0; i < x->nkids; i++)
        walk(v, x->kids[i], a);
    return -1;
}

static int is_verb_leaf(const ew_ptb_node *x)
{
    return x && x->word && x->label && !strncmp(x->label, "VB", 2);
}

/* The participle of a passive VP with a by-phrase, or NULL. */
static const ew_ptb_node *passive_of(const ew_cview *v, const ew_ptb_node *vp)
{
    const ew_ptb_node *aux = vp->kids[0];
    const char *w = v->upper[aux->first];
    if (strcmp(w, "WAS") && strcmp(w, "IS") && strcmp(w, "BEEN") && strcmp(w, "WERE") &&
        strcmp(w, "ARE") && strcmp(w, "BE") && strcmp(w, "BEING"))
        return NULL;
    /* descend through VPs to the VBN */
    const ew_ptb_node *x = vp;
    for (int depth = 0; depth < 8; depth++) {
        const ew_ptb_node *next = NULL;
        for (int i = 1; i < x->nkids; i++)
            if (label_is(x->kids[i], "VP")) {
                next = x->kids[i];
                break;
            }
        if (!next || next->nkids == 0)
            return NULL;
        if (label_is(next->kids[0], "VBN")) {
            for (int k = next->kids[0]->first + 1; k <= vp->last; k++)
                if (!strcmp(v->upper[k], "BY"))
                    return next->kids[0];
            return NULL;
        }
        if (!is_verb_leaf(next->kids[0]))
            return NULL;
        x = next;
    }
    return NULL;
}

static void vp(ew_cview *v, const ew_ptb_node *x, ew_arena *a)
{
    if (x->nkids > 0 && is_verb_leaf(x->kids[0])) {
        const ew_ptb_node *p = passive_of(v, x);
        if (p)
            ew_cview_add_verb(v, p->first, x->last + 1, 1, -1, a);
        ew_cview_add_verb(v, x->kids[0]->first, x->last + 1, 0, -1, a);
    }
    for (int i = 0; i < x->nkids; i++)
        walk(v, x->kids[i], a);
}

static void walk(ew_cview *v, const ew_ptb_node *x, ew_arena *a)
{
    if (!x || x->word)
        return;
    if (is_np(x))
        np(v, x, a);
    else if (label_is(x, "VP"))
        vp(v, x, a);
    else
        for (int i = 0; i < x->nkids; i++)
            walk(v, x->kids[i], a);
}

/* A token inside the phrase a subject NP names: descend through leading
 * NPs to the innermost one ("(NP (NP the president) (PP of ...))" -> the
 * president), so a trailing clause never lends its words. */
static int subject_token(const ew_ptb_node *x)
{
    for (int depth = 0; depth < 64 && x->nkids > 0 && is_np(x->kids[0]) &&
                        has_np_below(x); depth++)
        x = x->kids[0];
    return x->last;
}

static int is_clause(const ew_ptb_node *x)
{
    return x->label && x->label[0] == 'S' &&
           (label_is(x, "S") || label_is(x, "SINV") || label_is(x, "SQ"));
}

/* Subjects from the tree: an S's NP child before its VP is the subject of
 * the verbs below that VP, also through auxiliary and coordinated VPs and
 * subjectless infinitives ("Arnor is about to restore"); relative clauses
 * and noun phrases start afresh. */
static void subjects(ew_cview *v, const ew_ptb_node *x, int subj, int *out,
                     int depth)
{
    if (!x || x->word || depth > 200)
        return;
    if (label_is(x, "SBAR") || is_np(x))
        subj = -1;
    int here = subj;
    for (int i = 0; i < x->nkids; i++) {
        const ew_ptb_node *k = x->kids[i];
        if (is_clause(x) && is_np(k))
            here = subject_token(k);
        if (label_is(k, "VP") && k->nkids > 0 && is_verb_leaf(k->kids[0]))
            out[k->kids[0]->first] = here;
        subjects(v, k, label_is(k, "VP") || is_clause(k) ? here : subj, out,
                 depth + 1);
    }
}

static int cmp_verb(const void *pa, const void *pb)
{
    const ew_cv_verb *x = pa, *y = pb;
    if (x->tok != y->tok)
        return x->tok - y->tok;
    return y->passive - x->passive;     /* passive reading first */
}

void ew_cview_from_ptb(ew_cview *v, ew_arena *a)
{
    const ew_ptb_node *root = v->s->ptb;
    if (!root || root->last + 1 != v->n) {
        ew_cview_from_dep(v, a);        /* tree and tokens disagree */
        return;
    }
    walk(v, root, a);
    int *subj = ew_arena_alloc(a, sizeof(int) * (size_t)v->n);
    for (int i = 0; i < v->n; i++)
        subj[i] = -1;
    subjects(v, root, -1, subj, 0);
    for (int i = 0; i < v->n_verb; i++) {
        int t = v->verb[i].tok;
        /* a passive is listed at its participle; its subject is that of
         * the auxiliary's VP, found one level up */
        v->verb[i].subj = subj[t];
        for (int k = t - 1; v->verb[i].subj < 0 && k >= 0 && k >= t - 4; k--)
            if (v->verb[i].passive && subj[k] >= 0)
                v->verb[i].subj = subj[k];
    }
    /* verbs in text order; a passive VP is listed at its participle, so
     * sort (stable for equal keys thanks to the tie-break) */
    for (int i = 1; i < v->n_verb; i++)
        for (int j = i; j > 0 && cmp_verb(&v->verb[j - 1], &v->verb[j]) > 0; j--) {
            ew_cv_verb t = v->verb[j];
            v->verb[j] = v->verb[j - 1];
            v->verb[j - 1] = t;
        }
}
