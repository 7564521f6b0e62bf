/*
 * match.c -- backtracking match of one verb pattern (see match.h).
 *
 * Elements after the verb are matched left to right over the lower
 * sequence, elements before it right to left over the upper sequence.  An
 * element may skip any number of words unless it is joined to its
 * neighbour towards the verb by '_' (adjacency).  $ + ^ consume a whole
 * noun phrase (a compound group when the phrase belongs to one); % needs a
 * compound group.  PETRARCH-2 brackets are transparent.  A pattern word
 * that is a skip item ("THE") can never match, since the sentence side never
 * shows skip items: PETRARCH-1 behaves the same way.  Backtracking is
 * bounded by a step budget so a pathological pattern costs microseconds,
 * not seconds.
 */
#include "code/match.h"

#include <string.h>

enum { MATCH_BUDGET = 20000 };

typedef struct mctx {
    const ew_cview *v;
    const ew_pattern *p;
    const ew_seq *seq;
    int dir;             /* +1 lower, -1 upper */
    ew_loc src, tgt;
    long budget;
} mctx;

static int element_done(const mctx *c, int k)
{
    return c->dir > 0 ? k >= c->p->n : k < 0;
}

static int adjacent_required(const mctx *c, int k)
{
    if (c->dir > 0)
        return c->p->el[k].joined;
    return k + 1 < c->p->n && c->p->el[k + 1].joined;
}

static ew_loc loc_at(const ew_cview *v, int tok)
{
    int np = v->np_of[tok];
    if (np < 0)
        return EW_LOC_NONE;
    if (v->np[np].group >= 0)
        return (ew_loc){-1, v->np[np].group};
    return (ew_loc){np, -1};
}

/* First sequence index past the phrase at loc, in the match direction. */
static int past(const mctx *c, ew_loc l, int j)
{
    int lo, hi;
    if (l.grp >= 0) {
        lo = c->v->grp[l.grp].start;
        hi = c->v->grp[l.grp].end;
    } else {
        lo = c->v->np[l.np].start;
        hi = c->v->np[l.np].end;
    }
    while (j < c->seq->n && c->seq->tok[j] >= lo && c->seq->tok[j] < hi)
        j++;
    return j;
}

static int match_from(mctx *c, int k, int pos);

static int phrase_at(const mctx *c, const ew_sym *ph, int len, int j)
{
    if (j + len > c->seq->n)
        return 0;
    for (int i = 0; i < len; i++) {
        ew_sym w = c->dir > 0 ? ph[i] : ph[len - 1 - i];
        if (c->v->sym[c->seq->tok[j + i]] != w)
            return 0;
    }
    return 1;
}

static int try_synset(mctx *c, const ew_pat_elem *e, int k, int j)
{
    const ew_synset *s = ew_dict_synset(c->v->dict, e->synset);
    if (!s)
        return 0;
    for (size_t i = 0; i < s->n; i++) {
        int len = s->phrase_len[i];
        if (len > 0 && phrase_at(c, s->phrase[i], len, j) &&
            match_from(c, k + c->dir, j + len))
            return 1;
    }
    return 0;
}

/* A bare "+" after the verb does not bind a venue ("met the press at X"):
 * the pattern must name the preposition ("- * AT + ...") for that. */
static int venue_target(const mctx *c, const ew_pat_elem *e, int k, ew_loc l)
{
    if (e->kind != EW_PE_TARGET || c->dir < 0 || !ew_cview_venue_code(c->p->code))
        return 0;
    if (k > 0 && (c->p->el[k - 1].kind == EW_PE_WORD || c->p->el[k - 1].kind == EW_PE_SYNSET))
        return 0;
    return ew_cview_locative(c->v, l.grp >= 0 ? c->v->grp[l.grp].start : c->v->np[l.np].start);
}

static int try_actor(mctx *c, const ew_pat_elem *e, int k, int j)
{
    ew_loc l = loc_at(c->v, c->seq->tok[j]);
    if (ew_loc_none(l))
        return 0;
    if (e->kind == EW_PE_COMPOUND && l.grp < 0)
        return 0;
    if (venue_target(c, e, k, l))
        return 0;
    ew_loc os = c->src, ot = c->tgt;
    /* % before the verb is both sides ("Gondor and Osgiliath have met");
     * after it, the compound is the target ("agrees with X and Y") */
    if (e->kind == EW_PE_SOURCE || (e->kind == EW_PE_COMPOUND && c->dir < 0))
        c->src = l;
    if (e->kind == EW_PE_TARGET || e->kind == EW_PE_COMPOUND)
        c->tgt = l;
    if (match_from(c, k + c->dir, past(c, l, j)))
        return 1;
    c->src = os;
    c->tgt = ot;
    return 0;
}

static int try_at(mctx *c, const ew_pat_elem *e, int k, int j)
{
    switch (e->kind) {
    case EW_PE_WORD:
        return c->v->sym[c->seq->tok[j]] == e->word && match_from(c, k + c->dir, j + 1);
    case EW_PE_SYNSET:
        return try_synset(c, e, k, j);
    case EW_PE_SOURCE: case EW_PE_TARGET: case EW_PE_COMPOUND: case EW_PE_SKIP:
        return try_actor(c, e, k, j);
    default:
        return 0;
    }
}

static int match_from(mctx *c, int k, int pos)
{
    if (element_done(c, k))
        return 1;
    const ew_pat_elem *e = &c->p->el[k];
    switch (e->kind) {
    case EW_PE_NP_OPEN: case EW_PE_NP_CLOSE: case EW_PE_PP_OPEN:
    case EW_PE_PP_CLOSE: case EW_PE_VERB:
        return match_from(c, k + c->dir, pos);
    default:
        break;
    }
    int adj = adjacent_required(c, k);
    for (int j = pos; j < c->seq->n; j++) {
        if (--c->budget <= 0)
            return 0;
        int skip = c->v->skip[c->seq->tok[j]];
        if ((!skip || e->kind == EW_PE_WORD) && try_at(c, e, k, j))
            return 1;
        if (adj && !skip)
            break;      /* skip items never break adjacency */
    }
    return 0;
}

static int score_of(const ew_pattern *p)
{
    int s = 0;
    for (int i = 0; i < p->n; i++) {
        switch (p->el[i].kind) {
        case EW_PE_WORD: case EW_PE_SYNSET:
            s += 2;
            break;
        case EW_PE_SOURCE: case EW_PE_TARGET: case EW_PE_COMPOUND: case EW_PE_SKIP:
            s += 1;
            break;
        default:
            break;
        }
    }
    return s;
}

/* Cheap rejection: every literal word of the pattern must occur somewhere
 * in the sentence.  Most of a big verb block's patterns fail here. */
static int in_bloom(const ew_cview *v, ew_sym w)
{
    return (v->sym_bloom[(w >> 6) & 15] >> (w & 63)) & 1;
}

/* Some phrase of the synset may start in this sentence.  Remembered per
 * sentence (the view is private to one coding call). */
static int synset_possible(const ew_cview *v, uint32_t index)
{
    uint32_t *memo = &((ew_cview *)v)->synset_memo[index & 63];
    if (*memo >> 1 == index + 1)
        return *memo & 1;
    const ew_synset *s = ew_dict_synset(v->dict, index);
    int ok = 0;
    for (size_t i = 0; s && i < s->n && !ok; i++)
        ok = s->phrase_len[i] > 0 && in_bloom(v, s->phrase[i][0]);
    *memo = (index + 1) << 1 | (uint32_t)ok;
    return ok;
}

static int words_present(const ew_cview *v, const ew_pattern *p)
{
    for (int i = 0; i < p->n; i++) {
        if (p->el[i].kind == EW_PE_SYNSET && !synset_possible(v, p->el[i].synset))
            return 0;
        if (p->el[i].kind != EW_PE_WORD)
            continue;
        ew_sym w = p->el[i].word;
        if (!in_bloom(v, w))
            return 0;
        int found = 0;
        for (int t = 0; t < v->n && !found; t++)
            found = v->sym[t] == p->el[i].word;
        if (!found)
            return 0;
    }
    return 1;
}

int ew_match_pattern(const ew_cview *v, const ew_pattern *p,
                     const ew_seq *upper, const ew_seq *lower, ew_match *m)
{
    if (!words_present(v, p))
        return 0;
    int va = p->verb_at < p->n ? p->verb_at : -1;
    mctx c = {v, p, lower, +1, EW_LOC_NONE, EW_LOC_NONE, MATCH_BUDGET};
    /* patterns without '*' are all "after the verb" */
    if (!match_from(&c, va + 1, 0))
        return 0;
    if (va > 0) {
        mctx u = {v, p, upper, -1, c.src, c.tgt, MATCH_BUDGET};
        if (!match_from(&u, va - 1, 0))
            return 0;
        c.src = u.src;
        c.tgt = u.tgt;
    }
    m->src = c.src;
    m->tgt = c.tgt;
    m->score = score_of(p);
    return 1;
}
