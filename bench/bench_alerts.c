/*
 * bench_alerts.c -- precision and recall of the alert detector over a sweep
 * of injected effect sizes.
 *
 *   build/bench/bench_alerts [dyads] [weeks] [seed] [z_min]
 *
 * For each effect size k: `dyads` synthetic dyads get Poisson weekly
 * conflict counts (rate 0.5..6, different per dyad) for `weeks` weeks; half
 * of them get k extra conflict events in one random week after the warm-up.
 * TP = alert on an injected (dyad, week); FP = any other alert; FN = an
 * injected week without alert.  Default parameters of analyze/alerts.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/aggregate.h"
#include "analyze/alerts.h"
#include "store/date.h"

#include "../tests/analyze/synth.h"

static uint64_t rng;

#define START 20250106

static void name(int d, char out[4])
{
    out[0] = (char)('A' + d / 676 % 26);
    out[1] = (char)('A' + d / 26 % 26);
    out[2] = (char)('A' + d % 26);
    out[3] = 0;
}

int main(int argc, char **argv)
{
    int dyads = argc > 1 ? atoi(argv[1]) : 400;
    int weeks = argc > 2 ? atoi(argv[2]) : 30;
    uint64_t seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 12345;
    static const int effects[] = {0, 2, 4, 6, 8, 10, 12, 15, 20, 30};
    ew_alert_params p;
    ew_alert_params_default(&p);
    if (argc > 4)
        p.z_min = atof(argv[4]);
    printf("alert sweep: %d dyads (half injected), %d weeks, window %d, z >= %.1f, min count %ld\n",
           dyads, weeks, p.window, p.z_min, p.min_count);
    printf("%8s %6s %6s %6s %10s %8s\n", "effect", "TP", "FP", "FN", "precision", "recall");
    int *hot = malloc((size_t)dyads * sizeof *hot);
    for (size_t e = 0; e < sizeof effects / sizeof *effects; e++) {
        rng = seed + e * 7919;
        ew_agg *a = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL);
        for (int d = 0; d < dyads; d++) {
            char s[4], t[4];
            name(2 * d, s);
            name(2 * d + 1, t);
            double lambda = 0.5 + 5.5 * synth_uniform(&rng);
            hot[d] = d % 2 ? p.window + (int)(synth_uniform(&rng) * (weeks - p.window)) : -1;
            for (int w = 0; w < weeks; w++) {
                int n = synth_poisson(&rng, lambda) + (w == hot[d] ? effects[e] : 0);
                for (int i = 0; i < n; i++) {
                    ew_agg_event ev = {.date = ew_date_from_days(ew_date_days(START) + 7 * w),
                                       .src = s, .tgt = t, .quad_class = 4};
                    ew_agg_add(a, &ev);
                }
            }
        }
        size_t n;
        const ew_agg_cell *c = ew_agg_cells(a, &n);
        ew_alert_list l = {0};
        ew_alerts_detect(c, n, START, ew_date_from_days(ew_date_days(START) + 7 * (weeks - 1)), &p, &l);
        long tp = 0, fp = 0;
        for (size_t i = 0; i < l.n; i++) {
            char s[4];
            memcpy(s, l.v[i].dyad, 3);
            s[3] = 0;
            int d = ((s[0] - 'A') * 676 + (s[1] - 'A') * 26 + (s[2] - 'A')) / 2;
            int w = (int)((ew_date_days(l.v[i].week) - ew_date_days(START)) / 7);
            if (effects[e] > 0 && hot[d] == w)
                tp++;
            else
                fp++;
        }
        long injected = effects[e] > 0 ? dyads / 2 : 0;
        long fn = injected - tp;
        printf("%8d %6ld %6ld %6ld %10.3f %8.3f\n", effects[e], tp, fp, fn,
               tp + fp ? (double)tp / (double)(tp + fp) : 1.0,
               injected ? (double)tp / (double)injected : 0.0);
        ew_alert_list_free(&l);
        ew_agg_free(a);
    }
    free(hot);
    return 0;
}
