/*
 * resolve.c -- picking one gazetteer entry for a mention (geo_internal.h).
 *
 * Score = log10(population) + capital/seat bonus + kind preference +
 * document-context bonus.  Population alone already sends "Astana" to
 * Kazakhstan and "Alexandria" to Egypt; the context bonus (a country the
 * document names elsewhere, its dateline, its actors) is larger than the
 * population gap between an ambiguous pair, so "Alexandria" in a story from
 * Virginia, or "Georgia" next to Atlanta, flips.  Confidence grows with the
 * margin over the best candidate elsewhere.
 */
#include "geo/geo_internal.h"
#include "geo/normalize.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define CONTEXT_BONUS 4.0
#define DATELINE_BONUS 1.0

int ew_geo_cc_index(const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* A city with region status (Almaty, Kyiv City, Sevastopol): "the Almaty
 * region" means the region around it, which has its own record. */
static int city_region(const ew_geo_place *p)
{
    const char *c = strstr(p->name, "City");
    if (c && (c == p->name || c[-1] == ' '))
        return 1;
    return p->flags & EW_GEO_CITY_REGION;
}

/* The kind preference: "X region" wants a region, "city of X" a place;
 * a bare name prefers a country, then a place, then a region of that name
 * (news says "in Kherson" for the city, "the Kherson region" otherwise). */
static int kind_score(const ew_geo_mention *m, const ew_geo_place *p, double *s)
{
    if (m->want == EW_GEO_ADM1) {
        *s += p->kind == EW_GEO_ADM1 ? 0 : p->kind == EW_GEO_PLACE ? -3 : -50;
        if (p->kind == EW_GEO_ADM1 && city_region(p))
            *s -= 2;
        return p->kind != EW_GEO_COUNTRY;
    }
    if (m->want == EW_GEO_PLACE) { /* a preference: "the main town of Gorno-Badakhshan" */
        *s += p->kind == EW_GEO_PLACE ? 0 : p->kind == EW_GEO_ADM1 ? -3 : -6;
        return 1;
    }
    if (p->kind == EW_GEO_COUNTRY) /* "Lebanon" is the country, Georgia too unless US context */
        *s += 4;
    return 1;
}

/* A region whose own name is not what was written ("Almaty" for "Almaty
 * Region"), or that holds a place of that very name (Kherson oblast and
 * Kherson), gives way to the place unless the text says "region". */
static int region_defers(const ew_gazetteer *g, const ew_geo_mention *m, const ew_geo_place *p,
                         const uint32_t *idx, size_t n)
{
    char k[EW_GEO_KEY_MAX + 1];
    if (ew_geo_normalize(p->name, strlen(p->name), k, sizeof k) <= 0 || strcmp(k, m->key))
        return 1;
    for (size_t i = 0; i < n; i++) {
        const ew_geo_place *q = ew_gaz_place(g, idx[i]);
        if (q->kind == EW_GEO_PLACE && !strcmp(q->adm1, p->adm1))
            return 1;
    }
    return 0;
}

/* Qualifier "X, Virginia": +10 for places inside a region or country of
 * that name. */
static double qual_score(const ew_gazetteer *g, const ew_geo_mention *m, const ew_geo_place *p)
{
    uint32_t idx[EW_GEO_MAX_CAND];
    size_t n = m->qual ? ew_gaz_lookup(g, m->qual, idx, EW_GEO_MAX_CAND) : 0;
    for (size_t i = 0; i < n && i < EW_GEO_MAX_CAND; i++) {
        const ew_geo_place *q = ew_gaz_place(g, idx[i]);
        if (q->kind == EW_GEO_COUNTRY && !strcmp(q->cc, p->cc))
            return 10;
        if (q->kind == EW_GEO_ADM1 && !strcmp(q->adm1, p->adm1))
            return 10;
    }
    return 0;
}

static double score(const ew_gazetteer *g, const ew_geo_context *ctx, const ew_geo_mention *m,
                    const ew_geo_place *p, const uint32_t *idx, size_t n, int *ok)
{
    double s = log10((double)p->pop + 10.0) + qual_score(g, m, p);
    *ok = kind_score(m, p, &s);
    if (p->kind == EW_GEO_ADM1 && !m->want && region_defers(g, m, p, idx, n))
        s -= 2;
    if (p->flags & EW_GEO_CAPITAL)
        s += 1.5;
    else if (p->flags & EW_GEO_SEAT)
        s += 0.5;
    int ci = ew_geo_cc_index(p->cc);
    if (ctx && ci >= 0 && ctx->w[ci] > 0)
        s += CONTEXT_BONUS;
    if (ctx && ci >= 0 && ci == ctx->dateline_cc)
        s += DATELINE_BONUS;
    return s;
}

static const char *kind_name(int k)
{
    return k == EW_GEO_COUNTRY ? "country" : k == EW_GEO_ADM1 ? "region" : "place";
}

void ew_geo_resolve(const ew_gazetteer *g, const ew_geo_context *ctx, ew_geo_mention *m)
{
    uint32_t idx[EW_GEO_MAX_CAND];
    size_t n = ew_gaz_lookup(g, m->key, idx, EW_GEO_MAX_CAND);
    if (n > EW_GEO_MAX_CAND)
        n = EW_GEO_MAX_CAND;
    const ew_geo_place *best = NULL;
    double b1 = -1e9, b2 = -1e9;    /* best, best in another country */
    size_t ncand = 0;
    for (size_t i = 0; i < n; i++) {
        const ew_geo_place *p = ew_gaz_place(g, idx[i]);
        int ok;
        double s = score(g, ctx, m, p, idx, n, &ok);
        if (!ok)
            continue;
        ncand++;
        if (s > b1) {
            if (best && strcmp(best->cc, p->cc))
                b2 = b1;
            b1 = s;
            best = p;
        } else if (s > b2 && strcmp(best->cc, p->cc)) {
            b2 = s;
        }
    }
    m->place = best;
    if (!best)
        return;
    double margin = b2 < -1e8 ? 6.0 : b1 - b2;
    m->margin = margin;
    m->confidence = 0.5 + 0.45 * (1.0 - exp(-margin));
    if (!m->cue && m->role != EW_GEO_ROLE_DATELINE)
        m->confidence *= 0.9;
    int ci = ew_geo_cc_index(best->cc);
    m->ncand = (uint32_t)ncand;
    m->in_context = ctx && ci >= 0 && ctx->w[ci] > 0;
    m->dateline_country = ctx && ci >= 0 && ci == ctx->dateline_cc;
}

/* Formatted on demand: printf for every mention of every document was a
 * good part of the step's time, and only `eventwatch geocode` shows it. */
const char *ew_geo_why(const ew_geo_mention *m, ew_arena *a)
{
    const ew_geo_place *p = m->place;
    if (!p)
        return "no candidate fits";
    return ew_arena_printf(a, "%u candidate%s; %s, pop %u%s%s%s; margin %.1f", m->ncand,
                           m->ncand == 1 ? "" : "s", kind_name(p->kind), p->pop,
                           p->flags & EW_GEO_CAPITAL ? ", capital" : "",
                           m->in_context ? ", country in context" : "",
                           m->dateline_country ? ", dateline country" : "", m->margin);
}

int ew_geo_one_country(const ew_gazetteer *g, const ew_geo_mention *m)
{
    uint32_t idx[EW_GEO_MAX_CAND];
    size_t n = ew_gaz_lookup(g, m->key, idx, EW_GEO_MAX_CAND);
    if (n == 0 || n > EW_GEO_MAX_CAND)
        return 0;
    const ew_geo_place *first = ew_gaz_place(g, idx[0]);
    for (size_t i = 1; i < n; i++) {
        const ew_geo_place *p = ew_gaz_place(g, idx[i]);
        if (strcmp(p->cc, first->cc))
            return 0;
    }
    return 1;
}
