/*
 * bench_geo.c -- geocoding accuracy and speed on the evaluation set
 * (tests/geo/eval.tsv, written for this project).
 *
 *   build/bench/bench_geo [--check] [--gazetteer FILE] [--models DIR|--no-models] [EVAL.tsv]
 *
 * Rebuilds each document from its sentences, segments and tags it, finds
 * and resolves its places (src/geo), and scores every gold mention:
 *   exact    right kind and country, and within 25 km (city) or 250 km
 *            (region: gold is an approximate centroid) of the gold point;
 *            countries by code;
 *   country  right country;
 *   km       distance to gold, median over mentions found;
 *   role     metonymy: gold actor <-> predicted actor;
 *   none     words that are not places here must not be recognised.
 * Prints the figures, every miss (the confusions) and the speed.  --check
 * exits 1 when a bar is missed (exact >= 90%, country >= 98%, median <= 25 km).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "core/diag.h"
#include "geo/geocode.h"
#include "nlp/nlp.h"
#include "text/segment.h"

typedef struct gold {
    char *doc, *sent, *mention, *role, *kind, *cc;
    double lat, lon;
    size_t off;                 /* byte offset in the document */
} gold;

typedef struct doc {
    char *id, *text;
    size_t len;
    gold *g;
    size_t ng;
} doc;

static double km(double la1, double lo1, double la2, double lo2)
{
    double r = M_PI / 180, dla = (la2 - la1) * r, dlo = (lo2 - lo1) * r;
    double h = sin(dla / 2) * sin(dla / 2) + cos(la1 * r) * cos(la2 * r) * sin(dlo / 2) * sin(dlo / 2);
    return 2 * 6371 * asin(sqrt(h < 1 ? h : 1));
}

static int cmpd(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Splits the TSV into documents; sentences of a doc joined by spaces. */
static doc *read_eval(const char *path, size_t *nd)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    doc *d = NULL;
    size_t n = 0;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || !strncmp(line, "doc\t", 4))
            continue;
        line[strcspn(line, "\n")] = 0;
        char *c[8];
        char *p = line;
        int k = 0;
        for (; k < 8 && p; k++) {
            c[k] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = 0;
        }
        if (k < 8)
            continue;
        if (!n || strcmp(d[n - 1].id, c[0])) {
            d = realloc(d, (n + 1) * sizeof *d);
            memset(&d[n], 0, sizeof *d);
            d[n].id = strdup(c[0]);
            d[n].text = strdup("");
            n++;
        }
        doc *cur = &d[n - 1];
        char *at = strstr(cur->text, c[1]);
        if (!at) {
            size_t l = strlen(cur->text), sl = strlen(c[1]);
            cur->text = realloc(cur->text, l + sl + 2);
            if (l)
                cur->text[l++] = ' ';
            memcpy(cur->text + l, c[1], sl + 1);
            at = cur->text + l;
        }
        char *m = strstr(at, c[2]);
        cur->g = realloc(cur->g, (cur->ng + 1) * sizeof *cur->g);
        gold *g = &cur->g[cur->ng++];
        *g = (gold){strdup(c[0]), strdup(c[1]), strdup(c[2]), strdup(c[3]), strdup(c[4]),
                    strdup(c[5]), atof(c[6]), atof(c[7]), m ? (size_t)(m - cur->text) : 0};
        cur->len = strlen(cur->text);
    }
    fclose(f);
    *nd = n;
    return d;
}

static const ew_geo_mention *predicted(const ew_segmented *seg, const ew_geo_doc *gd,
                                       const gold *g)
{
    size_t g1 = g->off + strlen(g->mention);
    for (size_t i = 0; i < gd->n; i++) {
        const ew_geo_mention *m = &gd->m[i];
        size_t base = m->sent == SIZE_MAX ? 0 : seg->sent[m->sent].text_offset;
        size_t s = base + m->span.start, e = base + m->span.end;
        if (s < g1 && e > g->off)
            return m;
    }
    return NULL;
}

static int kind_of(const char *k)
{
    return !strcmp(k, "country") ? EW_GEO_COUNTRY : !strcmp(k, "adm1") ? EW_GEO_ADM1 : EW_GEO_PLACE;
}

typedef struct score {
    size_t n, found, exact, country, actors, actor_ok, role_ok, none, none_fp;
    double *dist;
    size_t ndist;
} score;

static void judge(const ew_segmented *seg, const ew_geo_doc *gd, const gold *g, score *s)
{
    const ew_geo_mention *m = predicted(seg, gd, g);
    if (!strcmp(g->role, "none")) {
        s->none++;
        if (m) {
            s->none_fp++;
            printf("  false place  %-5s %-28s -> %s\n", g->doc, g->mention, m->place->name);
        }
        return;
    }
    s->n++;
    int actor = !strcmp(g->role, "actor");
    s->actors += actor;
    if (!m) {
        printf("  not found    %-5s %-28s gold %s %s\n", g->doc, g->mention, g->kind, g->cc);
        return;
    }
    const ew_geo_place *p = m->place;
    double d = km(p->lat, p->lon, g->lat, g->lon);
    int kind = kind_of(g->kind), cc_ok = !strcmp(p->cc, g->cc);
    int ok = cc_ok && p->kind == kind &&
             (kind == EW_GEO_COUNTRY || d <= (kind == EW_GEO_ADM1 ? 250 : 25));
    int pactor = m->role == EW_GEO_ROLE_ACTOR;
    s->found++;
    s->exact += ok;
    s->country += cc_ok;
    s->role_ok += pactor == actor;
    s->actor_ok += actor && pactor;
    if (kind != EW_GEO_COUNTRY)
        s->dist[s->ndist++] = d;
    if (!ok)
        printf("  wrong place  %-5s %-28s gold %s %s -> %s (%s, kind %d) %.0f km\n", g->doc,
               g->mention, g->kind, g->cc, p->name, p->cc, p->kind, d);
    if (pactor != actor)
        printf("  wrong role   %-5s %-28s gold %s -> %s\n", g->doc, g->mention, g->role,
               pactor ? "actor" : "not actor");
}

int main(int argc, char **argv)
{
    const char *eval = EW_SOURCE_DIR "/tests/geo/eval.tsv", *gpath = NULL, *mdir = NULL;
    int check = 0, no_models = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--check"))
            check = 1;
        else if (!strcmp(argv[i], "--no-models"))
            no_models = 1;
        else if (!strcmp(argv[i], "--gazetteer") && i + 1 < argc)
            gpath = argv[++i];
        else if (!strcmp(argv[i], "--models") && i + 1 < argc)
            mdir = argv[++i];
        else
            eval = argv[i];
    }
    ew_diag diag;
    ew_diag_init(&diag);
    clock_t t0 = clock();
    ew_gazetteer *gz = ew_gaz_load(gpath, &diag);
    double load_s = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ew_nlp_models *nlp = no_models ? NULL : ew_nlp_load(mdir, &diag);
    size_t nd = 0;
    doc *docs = read_eval(eval, &nd);
    if (!gz || !docs) {
        fprintf(stderr, "bench_geo: cannot load the gazetteer or %s\n", eval);
        return 2;
    }
    score s = {0};
    s.dist = calloc(100000, sizeof *s.dist);
    ew_arena a;
    ew_arena_init(&a, 0);
    double geo_s = 0;
    size_t tokens = 0;
    printf("misses and confusions:\n");
    for (size_t i = 0; i < nd; i++) {
        ew_segmented seg;
        ew_arena_reset(&a);
        if (ew_text_segment(docs[i].text, docs[i].len, &seg, &a, &diag))
            continue;
        for (size_t k = 0; k < seg.n; k++) {
            if (nlp)
                ew_nlp_analyse(nlp, &seg.sent[k], &a);
            tokens += seg.sent[k].n;
        }
        ew_geo_doc gd;
        clock_t t1 = clock();
        for (int r = 0; r < 20; r++)
            ew_geo_find(gz, &seg, NULL, &a, &gd);
        geo_s += (double)(clock() - t1) / CLOCKS_PER_SEC / 20;
        for (size_t k = 0; k < docs[i].ng; k++)
            judge(&seg, &gd, &docs[i].g[k], &s);
    }
    qsort(s.dist, s.ndist, sizeof *s.dist, cmpd);
    double med = s.ndist ? s.dist[s.ndist / 2] : 0, p90 = s.ndist ? s.dist[s.ndist * 9 / 10] : 0;
    double exact = s.n ? 100.0 * s.exact / s.n : 0, country = s.n ? 100.0 * s.country / s.n : 0;
    printf("\nplace mentions        %zu in %zu documents (%zu metonymic actors)\n", s.n, nd, s.actors);
    printf("found                 %zu (%.1f%%)\n", s.found, s.n ? 100.0 * s.found / s.n : 0);
    printf("exact place           %.1f%%   (bar >= 90%%)\n", exact);
    printf("country               %.1f%%   (bar >= 98%%)\n", country);
    printf("median error          %.1f km  (bar <= 25 km; cities and regions found, p90 %.0f km)\n", med, p90);
    printf("role (actor or not)   %.1f%% of found; metonymy recall %zu/%zu\n",
           s.found ? 100.0 * s.role_ok / s.found : 0, s.actor_ok, s.actors);
    printf("non-places recognised %zu of %zu\n", s.none_fp, s.none);
    printf("gazetteer load        %.3f s (%zu places)\n", load_s, ew_gaz_count(gz));
    printf("geocoding speed       %.0f documents/s, %.0f tokens/s (find + resolve, 1 core)\n",
           geo_s > 0 ? nd / geo_s : 0, geo_s > 0 ? tokens / geo_s : 0);
    int bad = exact < 90 || country < 98 || med > 25;
    ew_arena_free(&a);
    for (size_t i = 0; i < nd; i++) {
        for (size_t k = 0; k < docs[i].ng; k++) {
            gold *g = &docs[i].g[k];
            free(g->doc), free(g->sent), free(g->mention), free(g->role), free(g->kind), free(g->cc);
        }
        free(docs[i].g), free(docs[i].id), free(docs[i].text);
    }
    free(docs);
    free(s.dist);
    ew_nlp_free(nlp);
    ew_gaz_free(gz);
    return check && bad ? 1 : 0;
}
