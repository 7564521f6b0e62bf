/*
 * bench_dict_load.c -- how long loading the shipped dictionaries takes.
 *
 *   build/bench/bench_dict_load [data-dir] [runs]
 *
 * Loads DATA/PETR_config.ini (verbs, actors, agents, discards, issues) RUNS
 * times (default 5) and prints the fastest and median wall time, the sizes,
 * the rejected-line count and the lint problem count against
 * DATA/cameo/cameo_codes.tsv.  Issue 4's bar: loading takes <= 200 ms.
 * The best of several runs is reported because the CI machine is shared.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/diag.h"
#include "dict/cameo.h"
#include "dict/dict.h"
#include "dict/lint.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : EW_SOURCE_DIR "/data";
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    if (runs < 1 || runs > 100)
        runs = 5;
    double ms[100];
    ew_dict *d = NULL;
    ew_diag diag;
    ew_diag_init(&diag);
    diag.max_print = 10;
    for (int i = 0; i < runs; i++) {
        ew_dict_free(d);
        ew_dict_options o = {0};
        double t0 = now();
        d = ew_dict_load_dir(dir, &o, &diag);
        ms[i] = (now() - t0) * 1000.0;
        if (!d) {
            fprintf(stderr, "bench_dict_load: cannot load %s\n", dir);
            return 1;
        }
    }
    qsort(ms, (size_t)runs, sizeof *ms, cmp_double);
    const ew_dict_stats *s = ew_dict_get_stats(d);
    char path[4096];
    snprintf(path, sizeof path, "%s/cameo/cameo_codes.tsv", dir);
    ew_cameo *cameo = ew_cameo_load(path, &diag);
    ew_diag quiet;
    ew_diag_init(&quiet);
    quiet.max_print = 10;
    size_t problems = ew_dict_lint(d, cameo, &quiet);
    printf("dict load: best %.1f ms, median %.1f ms over %d runs\n", ms[0], ms[runs / 2], runs);
    printf("dict sizes: %zu verb blocks, %zu verb forms, %zu patterns, %zu synsets, "
           "%zu actors, %zu agents, %zu discards, %zu issues\n",
           s->verb_blocks, s->verb_forms, s->patterns, s->synsets, s->actors, s->agents,
           s->discards, s->issues);
    printf("dict rejected lines: %zu\n", s->lines_rejected);
    printf("dict lint problems: %zu\n", problems);
    ew_cameo_free(cameo);
    ew_dict_free(d);
    return 0;
}
