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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_corpus.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"

static double now(void) { return bench_clock(CLOCK_MONOTONIC); }
/* CPU time of this thread: on a shared machine the wall clock also counts
 * the time other processes held the core, which says nothing about us. */
static double cpu(void) { return bench_clock(CLOCK_THREAD_CPUTIME_ID); }

static void show(const char *what, const bench_corpus *c, double secs)
{
    bench_corpus_rate(what, 12, c, secs);
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
    bench_corpus c = {0};
    if (bench_corpus_load(argv[1], &c, &text) < 0)
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
    bench_corpus_free(&c);
    ew_arena_free(&text);
    ew_arena_free(&lemmas);
    ew_tagger_free(tg);
    ew_lemmatizer_free(lm);
    return 0;
}
