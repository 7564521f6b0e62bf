/*
 * mediation.c -- mediation tracking (mediation.h; method in docs/alerts.md).
 *
 * Dyad events are collected as (date, class) pairs and bucketed into weeks
 * at the end; third parties are a small linear table (a process has a
 * handful of mediators, not thousands).
 */
#include "analyze/mediation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/date.h"

enum { C_COOP = 1, C_AGREE = 2, C_CONFLICT = 4, C_MEDIATE = 8 };

typedef struct hit {
    int32_t date;
    int cls;
} hit;

typedef struct priv {
    ew_mediation pub;
    hit *hits;
    size_t nhits, caphits;
    ew_med_party *all;       /* every third party seen */
    size_t nall, capall;
} priv;

ew_mediation *ew_med_new(const char *a, const char *b)
{
    priv *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    snprintf(p->pub.a, sizeof p->pub.a, "%s", a);
    snprintf(p->pub.b, sizeof p->pub.b, "%s", b);
    p->pub.trend = "no data";
    return &p->pub;
}

void ew_med_free(ew_mediation *m)
{
    if (!m)
        return;
    priv *p = (priv *)m;
    free(p->hits);
    free(p->all);
    free(m->weeks);
    free(m);
}

static int root_of(const char *code)
{
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return -1;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

static int classify(const char *code)
{
    int r = root_of(code);
    if (r == 5 && !strncmp(code, "057", 3))
        return C_COOP | C_AGREE;
    if (r == 3 || r == 4 || r == 5 || r == 8)
        return C_COOP | (!strncmp(code, "045", 3) ? C_MEDIATE : 0);
    return r >= 10 && r <= 20 ? C_CONFLICT : 0;
}

static int same(const char *x, const char *y) { return x && y && !strcmp(x, y); }

static ew_med_party *party(priv *p, const char *code)
{
    for (size_t i = 0; i < p->nall; i++)
        if (!strcmp(p->all[i].code, code))
            return &p->all[i];
    if (p->nall == p->capall) {
        size_t c = p->capall ? p->capall * 2 : 16;
        ew_med_party *nv = realloc(p->all, c * sizeof *nv);
        if (!nv)
            return NULL;
        p->all = nv;
        p->capall = c;
    }
    ew_med_party *x = &p->all[p->nall++];
    memset(x, 0, sizeof *x);
    snprintf(x->code, sizeof x->code, "%s", code);
    return x;
}

static int third_party(priv *p, const ew_med_event *e, const char *me, const char *my_code,
                       const char *other)
{
    int r = root_of(e->code);
    int side_a = same(other, p->pub.a), side_b = same(other, p->pub.b);
    if (r != 4 || !(side_a || side_b) || !me || same(me, p->pub.a) || same(me, p->pub.b))
        return 0;
    ew_med_party *x = party(p, my_code && *my_code ? my_code : me);
    if (!x)
        return -1;
    x->with_a += side_a;
    x->with_b += side_b;
    x->mediate += !strncmp(e->code, "045", 3);
    if (!x->first || e->date < x->first)
        x->first = e->date;
    if (e->date > x->last)
        x->last = e->date;
    return 0;
}

int ew_med_add(ew_mediation *m, const ew_med_event *e)
{
    priv *p = (priv *)m;
    if (!ew_date_valid(e->date))
        return 0;
    int dyad = (same(e->src, m->a) && same(e->tgt, m->b)) || (same(e->src, m->b) && same(e->tgt, m->a));
    if (!dyad) {
        if (third_party(p, e, e->src, e->src_code, e->tgt))
            return -1;
        return third_party(p, e, e->tgt, e->tgt_code, e->src);
    }
    int cls = classify(e->code);
    if (!cls)
        return 0;
    if (p->nhits == p->caphits) {
        size_t c = p->caphits ? p->caphits * 2 : 64;
        hit *nv = realloc(p->hits, c * sizeof *nv);
        if (!nv)
            return -1;
        p->hits = nv;
        p->caphits = c;
    }
    p->hits[p->nhits++] = (hit){e->date, cls};
    return 0;
}

static int cmp_party(const void *x, const void *y)
{
    const ew_med_party *a = x, *b = y;
    long na = a->with_a + a->with_b + 3 * a->mediate, nb = b->with_a + b->with_b + 3 * b->mediate;
    if (na != nb)
        return (nb > na) - (nb < na);
    return strcmp(a->code, b->code);
}

static double ratio(long coop, long conflict)
{
    return coop + conflict ? (double)(coop - conflict) / (double)(coop + conflict) : 0.0;
}

/* Progress index of week i: the balance over weeks i-3..i together, so a
 * single quiet or noisy week does not swing it. */
static void indicator(ew_mediation *m)
{
    for (size_t i = 0; i < m->nweeks; i++) {
        long co = 0, cf = 0;
        for (size_t j = i >= 3 ? i - 3 : 0; j <= i; j++) {
            co += m->weeks[j].coop;
            cf += m->weeks[j].conflict;
        }
        m->weeks[i].balance = ratio(m->weeks[i].coop, m->weeks[i].conflict);
        m->weeks[i].index = ratio(co, cf);
    }
    if (!m->nweeks)
        return;
    m->index_start = m->weeks[m->nweeks < 4 ? m->nweeks - 1 : 3].index;
    m->index_end = m->weeks[m->nweeks - 1].index;
    double d = m->index_end - m->index_start;
    m->trend = d > 0.2 ? "improving" : d < -0.2 ? "deteriorating" : "stable";
}

int ew_med_finish(ew_mediation *m)
{
    priv *p = (priv *)m;
    size_t w = 0;
    for (size_t i = 0; i < p->nall; i++)
        if ((p->all[i].with_a && p->all[i].with_b) || p->all[i].mediate)
            p->all[w++] = p->all[i];
    if (w)
        qsort(p->all, w, sizeof *p->all, cmp_party);
    m->parties = p->all;
    m->nparties = w;
    if (!p->nhits)
        return 0;
    long lo = ew_date_days(ew_date_week_start(p->hits[0].date)), hi = lo;
    for (size_t i = 0; i < p->nhits; i++) {
        long d = ew_date_days(ew_date_week_start(p->hits[i].date));
        lo = d < lo ? d : lo;
        hi = d > hi ? d : hi;
    }
    m->nweeks = (size_t)((hi - lo) / 7 + 1);
    m->weeks = calloc(m->nweeks, sizeof *m->weeks);
    if (!m->weeks)
        return -1;
    for (size_t i = 0; i < m->nweeks; i++)
        m->weeks[i].week = ew_date_from_days(lo + 7 * (long)i);
    for (size_t i = 0; i < p->nhits; i++) {
        ew_med_week *wk = &m->weeks[(ew_date_days(ew_date_week_start(p->hits[i].date)) - lo) / 7];
        int c = p->hits[i].cls;
        wk->coop += !!(c & C_COOP);
        wk->agreements += !!(c & C_AGREE);
        wk->conflict += !!(c & C_CONFLICT);
        wk->mediation += !!(c & C_MEDIATE);
    }
    indicator(m);
    return 0;
}
