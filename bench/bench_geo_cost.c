/*
 * bench_geo_cost.c -- what geocoding costs the end-to-end pipeline.
 *
 *   build/bench/bench_geo_cost [DOCS.jsonl] [ROUNDS]
 *
 * Opens the pipeline without the gazetteer, measures resident memory
 * before and after loading it, then codes every document (JSON Lines with
 * "text", default data/sample/news.jsonl) ROUNDS times with and without
 * the geocoding step, alternating so both see the same machine load.
 * Prints documents/s both ways, the slowdown, the RSS added, and how many
 * events got an ActionGeo / ActorGeo.  One thread.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_corpus.h"
#include "geo/geocode.h"
#include "pipeline/pipeline.h"

static const ew_gazetteer *g_only;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

typedef struct counts {
    size_t events, action, in_sentence, actor;
    double geo_s;       /* time in the geocoding step alone */
} counts;

static double code_all(const ew_pipeline *p, json_t **docs, size_t n, ew_arena *a, counts *c)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        const char *t = json_string_value(json_object_get(docs[i], "text"));
        ew_doc_result r;
        ew_arena_reset(a);
        if (!t || ew_pipeline_code_text(p, NULL, 20250101, t, strlen(t), a, &r, &d))
            continue;
        if (c && g_only) { /* the step as the pipeline runs it, timed on its own */
            double t1 = now();
            ew_geo_doc gd;
            ew_geo_find(g_only, &r.seg, &r.events, a, &gd);
            ew_geo_assign(g_only, &gd, &r.seg, &r.events, a);
            c->geo_s += now() - t1;
        }
        for (size_t k = 0; c && k < r.events.n; k++) {
            c->events++;
            c->action += r.events.v[k].action_geo.type > 0;
            c->in_sentence += r.events.v[k].action_geo.span.end > 0;
            c->actor += r.events.v[k].actor1_geo.type > 0 || r.events.v[k].actor2_geo.type > 0;
        }
    }
    return now() - t0;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : EW_SOURCE_DIR "/data/sample/news.jsonl";
    int rounds = argc > 2 ? atoi(argv[2]) : 3;
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "bench_geo_cost: cannot open %s\n", path);
        return 2;
    }
    json_t **docs = NULL;
    size_t n = 0;
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_t *o = json_loads(line, 0, NULL);
        if (!json_is_object(o)) {
            json_decref(o);
            continue;
        }
        docs = realloc(docs, (n + 1) * sizeof *docs);
        docs[n++] = o;
    }
    free(line);
    fclose(f);
    ew_diag d;
    ew_diag_init(&d);
    ew_pipeline_config cfg = {0};
    cfg.need_models = 1;
    cfg.no_geo = 1;
    ew_pipeline *p = ew_pipeline_open(&cfg, &d);
    if (!p)
        return 2;
    ew_arena a;
    ew_arena_init(&a, 0);
    code_all(p, docs, n, &a, NULL); /* warm up */
    long before = bench_rss_kb();
    ew_gazetteer *g = ew_gaz_load(NULL, &d);
    long after = bench_rss_kb();
    if (!g)
        return 2;
    double with = 0, without = 0, only = 0, base = 0;
    counts c = {0};
    for (int r = 0; r < rounds; r++) {
        p->gaz = NULL;
        without += code_all(p, docs, n, &a, NULL);
        p->gaz = g;
        with += code_all(p, docs, n, &a, r == 0 ? &c : NULL);
        counts t = {0};
        p->gaz = NULL;
        g_only = g;
        base += code_all(p, docs, n, &a, &t) - t.geo_s;
        only += t.geo_s;
        g_only = NULL;
    }
    long peak = bench_rss_kb();
    printf("documents             %zu x %d rounds (%s)\n", n, rounds, path);
    printf("without geocoding     %.1f documents/s\n", n * rounds / without);
    printf("with geocoding        %.1f documents/s\n", n * rounds / with);
    printf("end-to-end difference %.1f%%   (noisy on a shared machine)\n", 100.0 * (with - without) / without);
    printf("geocoding step        %.3f ms/document = %.1f%% of coding time   (bar <= 10%%)\n",
           1000.0 * only / (n * rounds), 100.0 * only / base);
    printf("gazetteer RSS         +%.1f MB  (bar <= 100 MB; RSS %.0f -> %.0f MB, %.0f MB after coding)\n",
           (after - before) / 1024.0, before / 1024.0, after / 1024.0, peak / 1024.0);
    printf("events                %zu: ActionGeo %zu (%.0f%%; %zu from the sentence, the rest from "
           "the dateline), an ActorGeo %zu (%.0f%%)\n", c.events, c.action,
           c.events ? 100.0 * c.action / c.events : 0, c.in_sentence, c.actor,
           c.events ? 100.0 * c.actor / c.events : 0);
    p->gaz = g; /* freed with the pipeline */
    ew_arena_free(&a);
    ew_pipeline_close(p);
    for (size_t i = 0; i < n; i++)
        json_decref(docs[i]);
    free(docs);
    return 0;
}
