/*
 * enrich.c -- reference-table and issue enrichment of coded events.
 */
#include "enrich/enrich.h"

#include <stdio.h>
#include <string.h>

#define MAX_HITS 32

void ew_enricher_init(ew_enricher *e, const ew_cameo *cameo, const ew_dict *dict)
{
    e->cameo = cameo;
    e->dict = dict;
}

const char *ew_dimension_of_issue(const char *code)
{
    if (!code)
        return NULL;
    if (strncmp(code, "PM_", 3) == 0)
        return "politico-military";
    if (strncmp(code, "EE_", 3) == 0)
        return "economic-environmental";
    if (strncmp(code, "HD_", 3) == 0)
        return "human";
    return NULL;
}

static const char *dimension_of_root(const char *root)
{
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    if (r == 14)
        return "human";
    if (r >= 13 && r <= 20)
        return "politico-military";
    return NULL;
}

/* Joins distinct issue codes with ';' and picks the dimension by majority. */
static void apply_issues(ew_event *ev, const ew_issue_hit *hits, size_t n, ew_arena *a)
{
    static const char *const dims[3] = {"politico-military", "economic-environmental", "human"};
    int count[3] = {0, 0, 0};
    char buf[1024];
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i; j++)
            if (strcmp(hits[i].code, hits[j].code) == 0)
                seen = 1;
        const char *dim = ew_dimension_of_issue(hits[i].code);
        for (int k = 0; k < 3; k++)
            if (dim == dims[k])
                count[k]++;
        if (seen)
            continue;
        int w = snprintf(buf + o, sizeof buf - o, "%s%s", o ? ";" : "", hits[i].code);
        if (w < 0 || (size_t)w >= sizeof buf - o)
            break;
        o += (size_t)w;
    }
    if (o)
        ev->issues = ew_arena_strndup(a, buf, o);
    int best = -1;
    for (int k = 0; k < 3; k++)
        if (count[k] && (best < 0 || count[k] > count[best]))
            best = k;
    if (best >= 0)
        ev->dimension = dims[best];
}

int ew_enrich_event(const ew_enricher *e, ew_event *ev, ew_arena *a)
{
    if (strlen(ev->code) >= 2) {
        ev->root[0] = ev->code[0];
        ev->root[1] = ev->code[1];
        ev->root[2] = '\0';
    }
    int rc = -1;
    const ew_cameo_code *c = e->cameo ? ew_cameo_lookup(e->cameo, ev->code) : NULL;
    if (c) {
        ev->quad_class = c->quad_class;
        ev->goldstein = c->goldstein;
        ev->plover = c->plover && *c->plover ? c->plover : NULL;
        rc = strcmp(c->code, ev->code) == 0 ? 0 : -1;
    }
    if (e->dict && ev->sentence) {
        ew_issue_hit hits[MAX_HITS];
        size_t n = ew_dict_issues(e->dict, ev->sentence, hits, MAX_HITS);
        apply_issues(ev, hits, n < MAX_HITS ? n : MAX_HITS, a);
    }
    if (!ev->dimension && ev->root[0])
        ev->dimension = dimension_of_root(ev->root);
    return rc;
}
