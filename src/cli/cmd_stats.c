/*
 * cmd_stats.c -- `eventwatch stats --db FILE`: what the store holds (rows,
 * rejected records by reason), QuadClass counts, top dyads, and with --by
 * a daily or weekly series per dyad, country, region or OSCE dimension.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/aggregate.h"
#include "analyze/regions.h"
#include "cli/options.h"
#include "core/paths.h"
#include "store/date.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: eventwatch stats --db FILE [--by dyad|country|region|dimension]\n"
            "                        [--period day|week] [--top N] [--regions FILE]\n"
            "  Without --by: row counts, QuadClass counts and the top N dyads (default 10).\n"
            "  With --by: one line per key and period: events, QuadClass 1-4, Goldstein sum, mean.\n");
}

typedef struct scan {
    ew_agg *dyads, *series;
    long quad[5], events;
} scan;

static int add(void *user, const ew_store_event *e)
{
    scan *s = user;
    ew_agg_event a;
    char buf[EW_AGG_CBUF];
    ew_agg_from_store(e, &a, buf);
    s->events++;
    s->quad[e->quad_class >= 1 && e->quad_class <= 4 ? e->quad_class : 0]++;
    if (ew_agg_add(s->dyads, &a))
        return -1;
    return s->series && ew_agg_add(s->series, &a) ? -1 : 0;
}

typedef struct tot {
    const char *key;
    long n, conflict;
} tot;

static int cmp_tot(const void *x, const void *y)
{
    const tot *a = x, *b = y;
    if (a->n != b->n)
        return (b->n > a->n) - (b->n < a->n);
    return strcmp(a->key, b->key);
}

static void top_dyads(ew_agg *a, int top)
{
    size_t n, k = 0;
    const ew_agg_cell *c = ew_agg_cells(a, &n);
    tot *t = calloc(n ? n : 1, sizeof *t);
    for (size_t i = 0; t && i < n; i++) {
        if (!k || strcmp(t[k - 1].key, c[i].key))
            t[k++].key = c[i].key;
        t[k - 1].n += c[i].total;
        t[k - 1].conflict += c[i].quad[3] + c[i].quad[4];
    }
    if (t)
        qsort(t, k, sizeof *t, cmp_tot);
    printf("top dyads (events, of which conflict):\n");
    for (size_t i = 0; t && i < k && (int)i < top; i++)
        printf("  %-14s %6ld %6ld\n", t[i].key, t[i].n, t[i].conflict);
    free(t);
}

static void series(ew_agg *a)
{
    size_t n;
    const ew_agg_cell *c = ew_agg_cells(a, &n);
    printf("key\tperiod\tevents\tq1_verbal_coop\tq2_material_coop\tq3_verbal_conflict\t"
           "q4_material_conflict\tgoldstein_sum\tgoldstein_mean\n");
    for (size_t i = 0; i < n; i++) {
        printf("%s\t%04d-%02d-%02d\t%ld\t%ld\t%ld\t%ld\t%ld\t", c[i].key, c[i].bucket / 10000,
               c[i].bucket / 100 % 100, c[i].bucket % 100, c[i].total, c[i].quad[1], c[i].quad[2],
               c[i].quad[3], c[i].quad[4]);
        if (c[i].gold_n)
            printf("%.1f\t%.2f\n", c[i].gold_sum, c[i].gold_sum / (double)c[i].gold_n);
        else
            printf("\t\n");
    }
}

int cmd_stats(int argc, char **argv)
{
    const char *db = NULL, *regions_path = NULL;
    /* the choices are in the order of ew_agg_by and ew_agg_period */
    static const char *const bys[] = {"dyad", "country", "region", "dimension", NULL};
    static const char *const periods[] = {"day", "week", NULL};
    int top = 10, by_i = -1, period_i = EW_AGG_WEEK;
    const ew_cli_opt opts[] = {
        {"--db", EW_CLI_STR, &db, NULL},           {"--top", EW_CLI_INT, &top, NULL},
        {"--regions", EW_CLI_STR, &regions_path, NULL},
        {"--period", EW_CLI_CHOICE, &period_i, periods},
        {"--by", EW_CLI_CHOICE, &by_i, bys},       {NULL, EW_CLI_STR, NULL, NULL}};
    int go = ew_cli_parse_opts(argc, argv, opts, usage);
    if (go != EW_CLI_GO)
        return go;
    int have_by = by_i >= 0;
    ew_agg_by by = have_by ? (ew_agg_by)by_i : EW_AGG_DYAD;
    ew_agg_period period = (ew_agg_period)period_i;
    if (!db) { usage(stderr); return EW_EXIT_USAGE; }
    ew_diag diag;
    ew_diag_init(&diag);
    ew_store *st = ew_store_open(db, &(ew_store_opts){.must_exist = 1}, &diag);
    if (!st)
        return EW_EXIT_FATAL;
    char rpath[4096];
    if (!regions_path) {
        snprintf(rpath, sizeof rpath, "%s/regions.tsv", ew_default_data_dir());
        regions_path = rpath;
    }
    ew_regions *regions = have_by && by == EW_AGG_REGION ? ew_regions_load(regions_path, &diag) : NULL;
    scan s = {.dyads = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL)};
    if (have_by)
        s.series = ew_agg_new(by, period, regions);
    int rc = ew_store_each_event(st, NULL, add, &s);
    ew_store_counts c;
    if (!rc && !have_by && !ew_store_count(st, &c)) {
        printf("store %s: %ld documents, %ld sentences, %ld events, %ld mentions, %ld rejected records\n",
               db, c.documents, c.sentences, c.events, c.mentions, c.rejected);
        printf("quad classes: verbal cooperation %ld, material cooperation %ld, verbal conflict %ld, "
               "material conflict %ld, unknown %ld\n", s.quad[1], s.quad[2], s.quad[3], s.quad[4], s.quad[0]);
        top_dyads(s.dyads, top);
    } else if (!rc) {
        series(s.series);
    }
    ew_agg_free(s.dyads);
    ew_agg_free(s.series);
    ew_regions_free(regions);
    ew_store_close(st);
    return rc ? EW_EXIT_FATAL : EW_EXIT_OK;
}
