/*
 * bench_nlp_load.c -- how long ew_nlp_load() takes (tagger, lemmatizer,
 * parser and the word clusters they share) and how much memory the loaded
 * models keep resident.
 *
 * Loads and frees the models RUNS times and prints the minimum and mean of
 * the CPU time (process clock: on a shared machine wall time also counts
 * the neighbours) and of the wall time, then VmRSS with one set loaded.
 * Peak RSS of a whole run: /usr/bin/time -v build/bench/bench_nlp_load ...
 *
 *   build/bench/bench_nlp_load [MODELS_DIR] [RUNS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_corpus.h"
#include "nlp/nlp.h"

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : NULL;
    int runs = argc > 2 ? atoi(argv[2]) : 10;
    if (runs < 1) {
        fprintf(stderr, "usage: bench_nlp_load [MODELS_DIR] [RUNS >= 1]\n");
        return 2;
    }
    double cpu_min = 1e30, cpu_sum = 0, wall_min = 1e30, wall_sum = 0;
    long loaded = -1;
    for (int r = 0; r < runs; r++) {
        ew_diag d;
        ew_diag_init(&d);
        double c0 = bench_clock(CLOCK_PROCESS_CPUTIME_ID), w0 = bench_clock(CLOCK_MONOTONIC);
        ew_nlp_models *m = ew_nlp_load(dir, &d);
        double c = bench_clock(CLOCK_PROCESS_CPUTIME_ID) - c0;
        double w = bench_clock(CLOCK_MONOTONIC) - w0;
        if (!m)
            return 1;
        if (r == 0)
            loaded = bench_rss_kb();
        ew_nlp_free(m);
        cpu_min = c < cpu_min ? c : cpu_min;
        wall_min = w < wall_min ? w : wall_min;
        cpu_sum += c;
        wall_sum += w;
    }
    printf("ew_nlp_load x%d: CPU min %.1f ms, mean %.1f ms; wall min %.1f ms, mean %.1f ms\n",
           runs, cpu_min * 1e3, cpu_sum / runs * 1e3, wall_min * 1e3, wall_sum / runs * 1e3);
    printf("resident with the models loaded: %ld kB\n", loaded);
    return 0;
}
