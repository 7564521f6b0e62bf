/*
 * cmd_alerts.c -- `eventwatch alerts --db FILE`: escalations per dyad and
 * week (src/analyze/alerts.h, method in docs/alerts.md), each with its
 * numbers and the events and sentences behind it.
 */
#include "cli/commands.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/aggregate.h"
#include "analyze/alerts.h"
#include "cli/options.h"
#include "store/date.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: eventwatch alerts --db FILE [--from DATE] [--to DATE] [--window WEEKS]\n"
            "                         [--z Z] [--min-count N] [--show N] [--limit N]\n"
            "  Weekly conflict events per dyad against the median/MAD of the previous\n"
            "  WEEKS (1-64, default 8); alert when z >= Z (3.5) and count >= N (5).\n"
            "  --show N: events listed per alert (default 5); --limit N: only the latest N alerts.\n");
}

static void fmt_date(int32_t d, char out[16])
{
    snprintf(out, 16, "%04d-%02d-%02d", d / 10000 % 10000, d / 100 % 100, d % 100);
}

/* The conflict events of an alert, kept as printed lines so they can be
 * ordered by how widely they were reported. */
typedef struct evline {
    int articles;
    long long id;
    char *line;
} evline;

typedef struct evlines {
    evline v[512];
    int n;
} evlines;

static int collect_conflict(void *user, const ew_store_event *e)
{
    evlines *L = user;
    if (e->quad_class < 3 || L->n == 512)
        return 0;
    char d[16], *line = NULL;
    fmt_date(e->date, d);
    int n = asprintf(&line, "    %s %s -> %s %s (%d article%s, %d source%s)%s%.200s%s%s%s%s\n", d,
                     e->src_code ? e->src_code : "---", e->tgt_code ? e->tgt_code : "---", e->code,
                     e->num_articles, e->num_articles == 1 ? "" : "s", e->num_sources,
                     e->num_sources == 1 ? "" : "s", e->sentence ? ": \"" : "",
                     e->sentence ? e->sentence : "", e->sentence ? "\"" : "",
                     e->doc_id ? " [" : "", e->doc_id ? e->doc_id : "", e->doc_id ? "]" : "");
    if (n < 0)
        return -1;
    L->v[L->n].articles = e->num_articles;
    L->v[L->n].id = (long long)e->id;
    L->v[L->n++].line = line;
    return 0;
}

static int cmp_lines(const void *x, const void *y)
{
    const evline *a = x, *b = y;
    if (a->articles != b->articles)
        return b->articles - a->articles;
    return (a->id > b->id) - (a->id < b->id);
}

static void print_alert(ew_store *st, const ew_alert *a, int show)
{
    char d[16];
    fmt_date(a->week, d);
    printf("ALERT %s week of %s: %ld conflict events (baseline median %.1f, MAD %.1f, scale %.2f, "
           "z = %.1f); %ld events in all", a->dyad, d, a->conflict, a->median, a->mad, a->scale,
           a->z, a->total);
    if (a->has_gold)
        printf(", mean Goldstein %.1f", a->gold_mean);
    printf("\n");
    char x[4], y[4];
    snprintf(x, sizeof x, "%.3s", a->dyad);
    snprintf(y, sizeof y, "%.3s", a->dyad + 4);
    ew_store_filter f = {.date_from = a->week,
                         .date_to = ew_date_from_days(ew_date_days(a->week) + 6),
                         .actor_a = x, .actor_b = y};
    static evlines L;
    L.n = 0;
    ew_store_each_event(st, &f, collect_conflict, &L);
    qsort(L.v, (size_t)L.n, sizeof L.v[0], cmp_lines);
    for (int i = 0; i < L.n; i++) {
        if (i < show)
            fputs(L.v[i].line, stdout);
        free(L.v[i].line);
    }
    char end[16];
    fmt_date(f.date_to, end);
    if (L.n > show)
        printf("    ... and %d more (eventwatch export --format csv --dyad %s --from %s --to %s)\n",
               L.n - show, a->dyad, d, end);
}

int cmd_alerts(int argc, char **argv)
{
    const char *db = NULL;
    ew_alert_params p;
    ew_alert_params_default(&p);
    ew_store_filter f = {0};
    int show = 5, limit = 0;
    const ew_cli_opt opts[] = {
        {"--db", EW_CLI_STR, &db, NULL},           {"--from", EW_CLI_DATE, &f.date_from, NULL},
        {"--to", EW_CLI_DATE, &f.date_to, NULL},   {"--window", EW_CLI_INT, &p.window, NULL},
        {"--z", EW_CLI_DOUBLE, &p.z_min, NULL},    {"--min-count", EW_CLI_LONG, &p.min_count, NULL},
        {"--show", EW_CLI_INT, &show, NULL},       {"--limit", EW_CLI_INT, &limit, NULL},
        {NULL, EW_CLI_STR, NULL, NULL}};
    int go = ew_cli_parse_opts(argc, argv, opts, usage);
    if (go != EW_CLI_GO)
        return go;
    /* the detector takes 1..64 baseline weeks (it would use 8 instead and
     * the heading would name the wrong window) */
    if (!db || p.window < 1 || p.window > 64) { usage(stderr); return EW_EXIT_USAGE; }
    ew_diag diag;
    ew_diag_init(&diag);
    ew_store *st = ew_store_open(db, &(ew_store_opts){.must_exist = 1}, &diag);
    if (!st)
        return EW_EXIT_FATAL;
    ew_agg_scan s = {.agg = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL)};
    int rc = s.agg ? ew_store_each_event(st, &f, ew_agg_scan_event, &s) : -1;
    ew_alert_list l = {0};
    if (!rc && s.lo) {
        size_t n;
        const ew_agg_cell *c = ew_agg_cells(s.agg, &n);
        rc = ew_alerts_detect(c, n, ew_date_week_start(s.lo), ew_date_week_start(s.hi), &p, &l);
    }
    if (!rc) {
        printf("alerts: %zu escalation%s (weekly conflict events per dyad; window %d weeks, "
               "z >= %.1f, at least %ld events)\n", l.n, l.n == 1 ? "" : "s", p.window, p.z_min, p.min_count);
        /* newest first when limited: the latest escalations matter most */
        size_t from = limit > 0 && l.n > (size_t)limit ? l.n - (size_t)limit : 0;
        if (from)
            printf("(showing the latest %d)\n", limit);
        for (size_t i = from; i < l.n; i++)
            print_alert(st, &l.v[i], show);
    }
    ew_alert_list_free(&l);
    ew_agg_free(s.agg);
    ew_store_close(st);
    return rc ? EW_EXIT_FATAL : EW_EXIT_OK;
}
