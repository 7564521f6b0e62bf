/*
 * aggregate.c -- series building.  Cells are appended per event and merged
 * once by sorting (key pointer order is made stable by interning keys and
 * comparing the strings), which beats a hash of (key, bucket) in code size
 * and is fast enough: one sort of at most two cells per event.
 */
#include "analyze/aggregate.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "store/date.h"

struct ew_agg {
    ew_agg_by by;
    ew_agg_period period;
    const ew_regions *regions;
    ew_agg_cell *v;
    size_t n, cap;
    int merged;
    char **keys;          /* interned key strings */
    size_t nkeys, capkeys;
};

ew_agg *ew_agg_new(ew_agg_by by, ew_agg_period period, const ew_regions *regions)
{
    ew_agg *a = calloc(1, sizeof *a);
    if (a) {
        a->by = by;
        a->period = period;
        a->regions = regions;
    }
    return a;
}

void ew_agg_free(ew_agg *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->nkeys; i++)
        free(a->keys[i]);
    free(a->keys);
    free(a->v);
    free(a);
}

/* Linear intern: the number of distinct keys is small (dyads seen, ~200
 * countries, a dozen regions); the last hit is checked first. */
static const char *intern(ew_agg *a, const char *k)
{
    for (size_t i = a->nkeys; i-- > 0;)
        if (!strcmp(a->keys[i], k))
            return a->keys[i];
    if (a->nkeys == a->capkeys) {
        size_t c = a->capkeys ? a->capkeys * 2 : 64;
        char **nk = realloc(a->keys, c * sizeof *nk);
        if (!nk)
            return NULL;
        a->keys = nk;
        a->capkeys = c;
    }
    char *s = strdup(k);
    if (s)
        a->keys[a->nkeys++] = s;
    return s;
}

int32_t ew_agg_bucket(ew_agg_period p, int32_t date)
{
    return p == EW_AGG_WEEK && ew_date_valid(date) ? ew_date_week_start(date) : date;
}

const char *ew_agg_dyad_key(const char *x, const char *y, char buf[EW_AGG_CBUF])
{
    if (strcmp(x, y) > 0) {
        const char *t = x;
        x = y;
        y = t;
    }
    snprintf(buf, EW_AGG_CBUF, "%.6s-%.6s", x, y);
    return buf;
}

static int push(ew_agg *a, const char *key, const ew_agg_event *e)
{
    const char *k = intern(a, key);
    if (!k)
        return -1;
    if (a->n == a->cap) {
        size_t c = a->cap ? a->cap * 2 : 1024;
        ew_agg_cell *nv = realloc(a->v, c * sizeof *nv);
        if (!nv)
            return -1;
        a->v = nv;
        a->cap = c;
    }
    ew_agg_cell *c = &a->v[a->n++];
    memset(c, 0, sizeof *c);
    c->key = k;
    c->bucket = ew_agg_bucket(a->period, e->date);
    c->total = 1;
    c->quad[e->quad_class >= 1 && e->quad_class <= 4 ? e->quad_class : 0] = 1;
    if (e->has_goldstein) {
        c->gold_sum = e->goldstein;
        c->gold_n = 1;
    }
    a->merged = 0;
    return 0;
}

int ew_agg_add(ew_agg *a, const ew_agg_event *e)
{
    char buf[EW_AGG_CBUF];
    const char *s = e->src, *t = e->tgt;
    if (!ew_date_valid(e->date)) /* no bucket for an unknown date */
        return 0;
    switch (a->by) {
    case EW_AGG_DYAD:
        if (!s || !t || !strcmp(s, t))
            return 0;
        return push(a, ew_agg_dyad_key(s, t, buf), e);
    case EW_AGG_COUNTRY:
        if (s && push(a, s, e))
            return -1;
        return t && (!s || strcmp(s, t)) ? push(a, t, e) : 0;
    case EW_AGG_REGION: {
        const char *rs = s ? ew_regions_of(a->regions, s) : NULL;
        const char *rt = t ? ew_regions_of(a->regions, t) : NULL;
        if (rs && push(a, rs, e))
            return -1;
        return rt && (!rs || strcmp(rs, rt)) ? push(a, rt, e) : 0;
    }
    case EW_AGG_DIMENSION:
        return push(a, e->dimension && *e->dimension ? e->dimension : "unassigned", e);
    }
    return 0;
}

static int cmp_cell(const void *x, const void *y)
{
    const ew_agg_cell *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    if (c)
        return c;
    return (a->bucket > b->bucket) - (a->bucket < b->bucket);
}

const ew_agg_cell *ew_agg_cells(ew_agg *a, size_t *n)
{
    if (!a->merged && a->n) {
        qsort(a->v, a->n, sizeof *a->v, cmp_cell);
        size_t w = 0;
        for (size_t i = 1; i < a->n; i++) {
            ew_agg_cell *d = &a->v[w], *c = &a->v[i];
            if (c->key == d->key && c->bucket == d->bucket) {
                d->total += c->total;
                for (int q = 0; q < 5; q++)
                    d->quad[q] += c->quad[q];
                d->gold_sum += c->gold_sum;
                d->gold_n += c->gold_n;
            } else {
                a->v[++w] = *c;
            }
        }
        a->n = w + 1;
    }
    a->merged = 1;
    *n = a->n;
    return a->v;
}

static int letters3(const char *s)
{
    return s && isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]) &&
           isupper((unsigned char)s[2]);
}

/* Organisations are told apart by the three letters after their prefix. */
static int organisation(const char *code)
{
    static const char *const prefix[] = {"IGO", "NGO", "IMG", "MNC", "NGM"};
    if (strlen(code) < 6 || !letters3(code) || !letters3(code + 3))
        return 0;
    for (size_t i = 0; i < sizeof prefix / sizeof prefix[0]; i++)
        if (!strncmp(code, prefix[i], 3))
            return 1;
    return 0;
}

/* "---" (the coder's unresolved actor) is no country. */
static const char *country_of(const char *country, const char *code, char *buf)
{
    if (code && organisation(code)) {
        memcpy(buf, code, 6);
        buf[6] = 0;
        return buf;
    }
    if (country && strlen(country) == 3 && letters3(country))
        return country;
    if (letters3(code)) {
        memcpy(buf, code, 3);
        buf[3] = 0;
        return buf;
    }
    return NULL;
}

int ew_agg_add_store(ew_agg *a, const ew_store_event *e, int32_t *lo, int32_t *hi)
{
    ew_agg_event x;
    char buf[EW_AGG_CBUF];
    ew_agg_from_store(e, &x, buf);
    if (!ew_date_valid(e->date)) /* undated: in no series, so not in the range */
        return 0;
    if (!*lo || e->date < *lo)
        *lo = e->date;
    if (e->date > *hi)
        *hi = e->date;
    return ew_agg_add(a, &x) ? -1 : 0;
}

int ew_agg_scan_event(void *scan, const ew_store_event *e)
{
    ew_agg_scan *s = scan;
    return ew_agg_add_store(s->agg, e, &s->lo, &s->hi);
}

void ew_agg_from_store(const ew_store_event *s, ew_agg_event *out, char cbuf[EW_AGG_CBUF])
{
    memset(out, 0, sizeof *out);
    out->date = s->date;
    out->src = country_of(s->src_country, s->src_code, cbuf);
    out->tgt = country_of(s->tgt_country, s->tgt_code, cbuf + EW_AGG_CBUF / 2);
    out->quad_class = s->quad_class;
    out->has_goldstein = s->has_goldstein;
    out->goldstein = s->goldstein;
    out->dimension = s->dimension;
}
