/*
 * bench_segment.c -- speed of the text stage (ew_text_segment) on a JSON
 * Lines corpus: MB/s and sentences/s on one core, texts preloaded so only
 * segmentation is timed.  Time is the thread's CPU time, so other jobs on a
 * shared machine distort the figure less than wall-clock time would.
 *
 *   build/bench/bench_segment FILE.jsonl [ROUNDS]
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "text/segment.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: the shared machine is often loaded */
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_segment FILE.jsonl [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 5;
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    char **text = NULL, *line = NULL;
    size_t *len = NULL, n = 0, cap = 0, lcap = 0, bytes = 0;
    ssize_t r;
    while ((r = getline(&line, &lcap, f)) > 0) {
        json_t *j = json_loads(line, 0, NULL);
        json_t *t = j ? json_object_get(j, "text") : NULL;
        if (json_is_string(t)) {
            if (n == cap) {
                cap = cap ? 2 * cap : 1024;
                text = realloc(text, cap * sizeof *text);
                len = realloc(len, cap * sizeof *len);
            }
            len[n] = json_string_length(t);
            text[n] = malloc(len[n] + 1);
            memcpy(text[n], json_string_value(t), len[n] + 1);
            bytes += len[n++];
        }
        json_decref(j);
    }
    free(line);
    fclose(f);
    ew_arena a;
    ew_arena_init(&a, 1 << 20);
    size_t sentences = 0, tokens = 0;
    double best = 1e30;
    for (int k = 0; k < rounds; k++) {
        size_t s = 0, tk = 0;
        double t0 = now();
        for (size_t i = 0; i < n; i++) {
            ew_segmented seg;
            ew_text_segment(text[i], len[i], &seg, &a, NULL);
            s += seg.n;
            for (size_t j = 0; j < seg.n; j++)
                tk += seg.sent[j].n;
            ew_arena_reset(&a);
        }
        double dt = now() - t0;
        if (dt < best)
            best = dt;
        sentences = s;
        tokens = tk;
    }
    printf("documents %zu  bytes %zu  sentences %zu  tokens %zu  (best of %d rounds)\n",
           n, bytes, sentences, tokens, rounds);
    printf("segment: %.1f MB/s  %.0f sentences/s  %.0f tokens/s\n", (double)bytes / 1e6 / best,
           (double)sentences / best, (double)tokens / best);
    ew_arena_free(&a);
    for (size_t i = 0; i < n; i++)
        free(text[i]);
    free(text);
    free(len);
    return 0;
}
