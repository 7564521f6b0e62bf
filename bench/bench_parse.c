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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_corpus.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

static double now(void) { return bench_clock(CLOCK_PROCESS_CPUTIME_ID); }

static void report(const char *what, const bench_corpus *c, double secs)
{
    bench_corpus_rate(what, 10, c, secs);
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
    bench_corpus c = {0};
    if (bench_corpus_load(argv[1], &c, &a) < 0)
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
    bench_corpus_free(&c);
    ew_arena_free(&a);
    ew_tagger_free(tg);
    ew_parser_free(p);
    return 0;
}
