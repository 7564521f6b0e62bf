/*
 * bench_nlp.c -- speed of the tagger and lemmatizer (ew_nlp_tag) on one
 * core, and model load time.
 *
 * Segments every document of a JSON Lines corpus first (not timed), then
 * tags and lemmatises all its sentences, best of ROUNDS, and prints
 * sentences/s and tokens/s for the tagger alone and for tagger+lemmatizer,
 * from thread CPU time (robust to other jobs on the machine), and the wall
 * time for comparison.
 * Lemmas go to an arena reset per round, as a worker would per document.
 *
 *   build/bench/bench_nlp FILE.jsonl MODELS_DIR [ROUNDS]
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"
#include "text/segment.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of this thread: on a shared machine the wall clock also counts
 * the time other processes held the core, which says nothing about us. */
static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct corpus {
    ew_sentence *s;
    size_t n, cap, tokens;
} corpus;

static void add_sentences(corpus *c, const char *text, size_t len, ew_arena *a)
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

static int load_corpus(const char *path, corpus *c, ew_arena *a)
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
            add_sentences(c, json_string_value(t), json_string_length(t), a);
        json_decref(j);
    }
    free(line);
    fclose(f);
    return 0;
}

static void show(const char *what, const corpus *c, double secs)
{
    printf("%-12s %9.0f sentences/s %10.0f tokens/s  (%.3f s)\n", what,
           (double)c->n / secs, (double)c->tokens / secs, secs);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_nlp FILE.jsonl MODELS_DIR [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? atoi(argv[3]) : 3;
    char tp[4096], lp[4096];
    snprintf(tp, sizeof tp, "%s/tagger.bin", argv[2]);
    snprintf(lp, sizeof lp, "%s/lemmatizer.bin", argv[2]);
    ew_diag d;
    ew_diag_init(&d);
    double t0 = now();
    ew_tagger *tg = ew_tagger_load(tp, &d);
    double t1 = now();
    ew_lemmatizer *lm = ew_lemmatizer_load(lp, &d);
    double t2 = now();
    if (!tg || !lm) {
        ew_tagger_free(tg);
        ew_lemmatizer_free(lm);
        return 1;
    }
    printf("load: tagger %.0f ms, lemmatizer %.0f ms\n", (t1 - t0) * 1e3, (t2 - t1) * 1e3);
    ew_arena text, lemmas;
    ew_arena_init(&text, 1 << 20);
    ew_arena_init(&lemmas, 1 << 20);
    corpus c = {0};
    if (load_corpus(argv[1], &c, &text) < 0)
        return 1;
    printf("corpus: %zu sentences, %zu tokens (%.1f tokens/sentence)\n", c.n, c.tokens,
           c.n ? (double)c.tokens / (double)c.n : 0.0);
    double best_tag = 1e30, best_lem = 1e30, wall = 1e30;
    for (int r = 0; r < rounds; r++) {
        ew_arena_reset(&lemmas);
        double w0 = now(), a0 = cpu();
        for (size_t i = 0; i < c.n; i++)
            ew_tagger_tag(tg, &c.s[i]);
        double a1 = cpu();
        for (size_t i = 0; i < c.n; i++)
            ew_lemmatizer_sentence(lm, &c.s[i], &lemmas);
        double a2 = cpu(), w1 = now();
        best_tag = a1 - a0 < best_tag ? a1 - a0 : best_tag;
        best_lem = a2 - a1 < best_lem ? a2 - a1 : best_lem;
        wall = w1 - w0 < wall ? w1 - w0 : wall;
    }
    printf("CPU time, best of %d rounds:\n", rounds);
    show("tag", &c, best_tag);
    show("lemma", &c, best_lem);
    show("tag+lemma", &c, best_tag + best_lem);
    printf("wall clock (includes time other processes held the core):\n");
    show("tag+lemma", &c, wall);
    free(c.s);
    ew_arena_free(&text);
    ew_arena_free(&lemmas);
    ew_tagger_free(tg);
    ew_lemmatizer_free(lm);
    return 0;
}
