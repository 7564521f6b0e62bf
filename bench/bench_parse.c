/*
 * bench_parse.c -- speed of tagging + dependency parsing on one core.
 *
 * Segments every document of a JSON Lines corpus first (not timed), then
 * times the tagger and the parser over all its sentences, best of ROUNDS,
 * and prints sentences/s and tokens/s for tag+parse and for each stage,
 * plus model load times.  Tags come from tagger.bin; the lemmatizer is not
 * part of this figure (ew_nlp_tag would add it).  Times are CPU time of
 * this process (CLOCK_PROCESS_CPUTIME_ID): on a shared machine wall time
 * measures the neighbours, and the bar is about one core.
 *
 *   build/bench/bench_parse FILE.jsonl MODELS_DIR [ROUNDS]
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "text/segment.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct corpus {
    ew_sentence *s;
    size_t n, cap, tokens;
} corpus;

static void add_document(corpus *c, const char *text, size_t len, ew_arena *a)
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

static int read_corpus(const char *path, corpus *c, ew_arena *a)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return -1;
    }
    char *line = NULL;
    size_t lcap = 0;
    while (getline(&line, &lcap, f) > 0) {
        json_t *j = json_loads(line, 0, NULL);
        json_t *t = j ? json_object_get(j, "text") : NULL;
        if (json_is_string(t))
            add_document(c, json_string_value(t), json_string_length(t), a);
        json_decref(j);
    }
    free(line);
    fclose(f);
    return 0;
}

static void report(const char *what, const corpus *c, double secs)
{
    printf("%-10s %9.0f sentences/s %10.0f tokens/s  (%.3f s)\n", what,
           (double)c->n / secs, (double)c->tokens / secs, secs);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_parse FILE.jsonl MODELS_DIR [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? atoi(argv[3]) : 3;
    char tpath[4096], ppath[4096];
    snprintf(tpath, sizeof tpath, "%s/tagger.bin", argv[2]);
    snprintf(ppath, sizeof ppath, "%s/parser.bin", argv[2]);
    ew_diag d;
    ew_diag_init(&d);
    double t0 = now();
    ew_tagger *tg = ew_tagger_load(tpath, &d);
    double t1 = now();
    ew_parser *p = ew_parser_load(ppath, &d);
    double t2 = now();
    if (!tg || !p) {
        ew_tagger_free(tg);
        ew_parser_free(p);
        return 1;
    }
    printf("load: tagger %.0f ms, parser %.0f ms\n", (t1 - t0) * 1e3, (t2 - t1) * 1e3);
    ew_arena a;
    ew_arena_init(&a, 1 << 20);
    corpus c = {0};
    if (read_corpus(argv[1], &c, &a) < 0)
        return 1;
    printf("corpus: %zu sentences, %zu tokens (%.1f tokens/sentence)\n", c.n,
           c.tokens, c.n ? (double)c.tokens / (double)c.n : 0.0);
    double best_tag = 1e30, best_parse = 1e30;
    for (int r = 0; r < rounds; r++) {
        double a0 = now();
        for (size_t i = 0; i < c.n; i++)
            ew_tagger_tag(tg, &c.s[i]);
        double a1 = now();
        for (size_t i = 0; i < c.n; i++)
            ew_parser_parse(p, &c.s[i]);
        double a2 = now();
        best_tag = a1 - a0 < best_tag ? a1 - a0 : best_tag;
        best_parse = a2 - a1 < best_parse ? a2 - a1 : best_parse;
    }
    report("tag", &c, best_tag);
    report("parse", &c, best_parse);
    report("tag+parse", &c, best_tag + best_parse);
    free(c.s);
    ew_arena_free(&a);
    ew_tagger_free(tg);
    ew_parser_free(p);
    return 0;
}
