/*
 * bench_corpus.h -- what the benchmarks share (bench_nlp.c, bench_parse.c,
 * bench_nlp_load.c, bench_geo_cost.c): a JSON Lines corpus segmented into
 * sentences before any timing, the clocks, the resident-memory probe and
 * the one-line rate report.
 *
 * Header-only on purpose: every C file in bench/ is built as its own
 * program (Makefile), so shared code lives in static functions here rather
 * than in another C file there, which would need a main().  The sentences live in the arena
 * passed in; bench_corpus_free() frees only the array.
 */
#ifndef EW_BENCH_CORPUS_H
#define EW_BENCH_CORPUS_H

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "text/segment.h"

typedef struct bench_corpus {
    ew_sentence *s;
    size_t n, cap, tokens;
} bench_corpus;

static inline double bench_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Resident set of this process in kB (Linux /proc), -1 when unknown. */
static inline long bench_rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, "VmRSS:", 6))
            kb = atol(line + 6);
    if (f)
        fclose(f);
    return kb;
}

/* Segments one document and appends its sentences (bad text is skipped:
 * the benchmark measures speed, the tests check errors). */
static inline void bench_corpus_add(bench_corpus *c, const char *text, size_t len, ew_arena *a)
{
    ew_segmented seg;
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    if (ew_text_segment(text, len, &seg, a, &d) < 0)
        return;
    for (size_t i = 0; i < seg.n; i++) {
        if (c->n == c->cap) {
            c->cap = c->cap ? 2 * c->cap : 4096;
            c->s = realloc(c->s, c->cap * sizeof *c->s);
            if (!c->s)
                abort();
        }
        c->s[c->n++] = seg.sent[i];
        c->tokens += seg.sent[i].n;
    }
}

/* Reads every "text" of a JSON Lines file.  0, or -1 (printed) when the
 * file cannot be opened. */
static inline int bench_corpus_load(const char *path, bench_corpus *c, ew_arena *a)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_t *j = json_loads(line, 0, NULL);
        json_t *t = j ? json_object_get(j, "text") : NULL;
        if (json_is_string(t))
            bench_corpus_add(c, json_string_value(t), json_string_length(t), a);
        json_decref(j);
    }
    free(line);
    fclose(f);
    return 0;
}

static inline void bench_corpus_free(bench_corpus *c)
{
    free(c->s);
    c->s = NULL;
    c->n = c->cap = c->tokens = 0;
}

/* "<what> N sentences/s M tokens/s (secs s)", what padded to width. */
static inline void bench_corpus_rate(const char *what, int width, const bench_corpus *c, double secs)
{
    printf("%-*s %9.0f sentences/s %10.0f tokens/s  (%.3f s)\n", width, what,
           (double)c->n / secs, (double)c->tokens / secs, secs);
}

#endif
