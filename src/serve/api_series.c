/*
 * api_series.c -- /api/series, /api/alerts and /api/mediation: the rows
 * come from the store's scans (store/query.h), the arithmetic is the
 * analysis component's own (analyze/aggregate.h, alerts.h, mediation.h),
 * so the dashboard shows exactly what `eventwatch stats/alerts/mediation`
 * print.
 */
#include "serve/api_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/aggregate.h"
#include "analyze/alerts.h"
#include "analyze/mediation.h"
#include "store/date.h"

static json_t *cell_json(const ew_agg_cell *c)
{
    json_t *o = json_object();
    json_object_set_new(o, "date", ew_api_date(c->bucket));
    json_object_set_new(o, "total", json_integer(c->total));
    json_object_set_new(o, "quad", json_pack("[IIII]", (json_int_t)c->quad[1], (json_int_t)c->quad[2],
                                             (json_int_t)c->quad[3], (json_int_t)c->quad[4]));
    json_object_set_new(o, "goldstein_mean", c->gold_n ? json_real(c->gold_sum / (double)c->gold_n) : json_null());
    json_object_set_new(o, "goldstein_n", json_integer(c->gold_n));
    return o;
}

static int cmp_bucket(const void *x, const void *y)
{
    const ew_agg_cell *a = x, *b = y;
    return (a->bucket > b->bucket) - (a->bucket < b->bucket);
}

/* Whole-store series: the per-dimension cells summed per bucket. */
static void sum_buckets(const ew_agg_cell *cells, size_t n, json_t *list)
{
    ew_agg_cell *v = n ? malloc(n * sizeof *v) : NULL;
    if (!v)
        return;
    memcpy(v, cells, n * sizeof *v);
    qsort(v, n, sizeof *v, cmp_bucket);
    size_t o = 0;
    for (size_t i = 1; i < n; i++) {
        if (v[i].bucket != v[o].bucket) {
            v[++o] = v[i];
            continue;
        }
        v[o].total += v[i].total;
        for (int k = 0; k < 5; k++)
            v[o].quad[k] += v[i].quad[k];
        v[o].gold_sum += v[i].gold_sum;
        v[o].gold_n += v[i].gold_n;
    }
    for (size_t i = 0; i < o + 1; i++)
        json_array_append_new(list, cell_json(&v[i]));
    free(v);
}

typedef struct series_req {
    ew_agg_by by;
    ew_agg_period period;
    const char *key;
    int all;
    char a[4], b[4];
    int32_t from, to;
} series_req;

/* "all" is the whole store (per dimension underneath, summed). */
static const char *by_names[] = {"dyad", "country", "region", "dimension", "all", NULL};
#define BY_ALL 4

static int series_parse(ew_query *q, series_req *r, char *msg, size_t size)
{
    const char *by = ew_query_get(q, "by"), *iv = ew_query_get(q, "interval");
    r->key = ew_query_get(q, "key");
    int i = 0;
    while (by && by_names[i] && strcmp(by, by_names[i]))
        i++;
    if (!by || !by_names[i])
        return snprintf(msg, size, "parameter 'by': one of dyad, country, region, dimension, all"), -1;
    r->all = i == BY_ALL;
    r->by = r->all ? EW_AGG_DIMENSION : (ew_agg_by)i;
    if (r->all && !r->key)
        r->key = "all";
    if (iv && strcmp(iv, "day") && strcmp(iv, "week"))
        return snprintf(msg, size, "parameter 'interval': day or week"), -1;
    r->period = iv && !strcmp(iv, "day") ? EW_AGG_DAY : EW_AGG_WEEK;
    if (!r->key || !*r->key || strlen(r->key) > 60 ||
        strspn(r->key, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -,.&'()") != strlen(r->key))
        return snprintf(msg, size, "parameter 'key': missing or not a %s", by), -1;
    if (r->by == EW_AGG_DYAD && ew_api_dyad_param(r->key, r->a, r->b))
        return snprintf(msg, size, "parameter 'key': not a country pair AAA-BBB (e.g. ARM-AZE)"), -1;
    if (r->by == EW_AGG_COUNTRY && (strlen(r->key) != 3 || strspn(r->key, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3))
        return snprintf(msg, size, "parameter 'key': not a 3-letter country code"), -1;
    if (ew_api_date_param(q, "from", &r->from, msg, size) || ew_api_date_param(q, "to", &r->to, msg, size))
        return -1;
    return 0;
}

static int series_rows(ew_store_reader *rd, const series_req *r, ew_agg_scan *a)
{
    switch (r->by) {
    case EW_AGG_DYAD:
        return ew_store_scan_dyad(rd, r->from, r->to, r->a, r->b, ew_agg_scan_event, a);
    case EW_AGG_COUNTRY:
        return ew_store_scan_country(rd, r->from, r->to, r->key, ew_agg_scan_event, a);
    case EW_AGG_DIMENSION:
        if (r->all)
            return ew_store_scan_all(rd, r->from, r->to, 0, ew_agg_scan_event, a);
        return ew_store_scan_dimension(rd, r->from, r->to, strcmp(r->key, "unassigned") ? r->key : NULL,
                                       ew_agg_scan_event, a);
    default:
        return ew_store_scan_all(rd, r->from, r->to, 0, ew_agg_scan_event, a);
    }
}

void ew_api_series(ew_api *api, ew_query *q, ew_api_response *out)
{
    series_req r = {0};
    char msg[200];
    if (series_parse(q, &r, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    char key[160];
    snprintf(key, sizeof key, "series %d %d %s %d %d %d", r.all, (int)r.by, r.key, (int)r.period, (int)r.from, (int)r.to);
    /* every series is cached: the store is read-only for us and the same
     * few series are asked for again and again by every open dashboard */
    int global = r.all || r.by == EW_AGG_REGION;
    if (ew_api_cache_get(api, key, out))
        return;
    ew_agg_scan a = {.agg = ew_agg_new(r.by, r.period, api->regions)};
    if (!a.agg) {
        ew_api_error(out, 500, "out of memory");
        ew_api_cache_put(api, key, out);
        return;
    }
    ew_api_conn *c = ew_api_acquire(api, global ? api->cfg.global_ms : api->cfg.query_ms);
    int rc = series_rows(c->r, &r, &a);
    if (rc != 0)
        ew_api_db_error(out, c->r);
    ew_api_release(api, c);
    if (rc == 0) {
        json_t *doc = json_pack("{s:s,s:s,s:s}", "by", by_names[r.all ? BY_ALL : (int)r.by], "key", r.key, "interval",
                                r.period == EW_AGG_DAY ? "day" : "week");
        json_t *list = json_array();
        size_t n;
        const ew_agg_cell *cells = ew_agg_cells(a.agg, &n);
        if (r.all)
            sum_buckets(cells, n, list);
        for (size_t i = 0; i < n && !r.all; i++)
            if (!strcmp(cells[i].key, r.key))
                json_array_append_new(list, cell_json(&cells[i]));
        json_object_set_new(doc, "buckets", list);
        ew_api_json(out, doc);
    }
    ew_api_cache_put(api, key, out);
    ew_agg_free(a.agg);
}

/* ---- alerts ---- */

static json_t *alert_json(const ew_alert *al)
{
    json_t *o = json_object();
    json_object_set_new(o, "dyad", json_string(al->dyad));
    json_object_set_new(o, "week", ew_api_date(al->week));
    json_object_set_new(o, "week_end", ew_api_date(ew_date_from_days(ew_date_days(al->week) + 6)));
    json_object_set_new(o, "conflict", json_integer(al->conflict));
    json_object_set_new(o, "total", json_integer(al->total));
    json_object_set_new(o, "median", json_real(al->median));
    json_object_set_new(o, "mad", json_real(al->mad));
    json_object_set_new(o, "z", json_real(round(al->z * 100) / 100));
    json_object_set_new(o, "goldstein_mean", al->has_gold && isfinite(al->gold_mean) ? json_real(al->gold_mean) : json_null());
    return o;
}

/* 0 done, 1 timed out, 2 failed otherwise. */
static int alerts_compute(ew_api *api, int32_t from, int32_t to, long limit, json_t *list)
{
    ew_agg_scan a = {.agg = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL)};
    if (!a.agg)
        return 2;
    ew_api_conn *c = ew_api_acquire(api, api->cfg.global_ms);
    int rc = ew_store_scan_all(c->r, from, to, 1, ew_agg_scan_event, &a);
    if (rc)
        rc = ew_store_reader_timed_out(c->r) ? 1 : 2;
    ew_api_release(api, c);
    ew_alert_list l = {0};
    ew_alert_params p;
    ew_alert_params_default(&p);
    if (rc == 0 && a.lo) {
        size_t n;
        const ew_agg_cell *cells = ew_agg_cells(a.agg, &n);
        if (ew_alerts_detect(cells, n, ew_date_week_start(a.lo), ew_date_week_start(a.hi), &p, &l))
            rc = 2;
    }
    /* newest first: the latest escalations matter most */
    for (size_t i = l.n; rc == 0 && i-- > 0 && (long)(l.n - 1 - i) < limit;)
        json_array_append_new(list, alert_json(&l.v[i]));
    ew_alert_list_free(&l);
    ew_agg_free(a.agg);
    return rc;
}

void ew_api_alerts(ew_api *api, ew_query *q, ew_api_response *out)
{
    char msg[200], key[96];
    int32_t from, to;
    long limit;
    if (ew_api_date_param(q, "from", &from, msg, sizeof msg) || ew_api_date_param(q, "to", &to, msg, sizeof msg) ||
        ew_api_int_param(q, "limit", 1, 500, 100, &limit, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    snprintf(key, sizeof key, "alerts %d %d %ld", (int)from, (int)to, limit);
    if (ew_api_cache_get(api, key, out))
        return;
    json_t *list = json_array();
    int rc = alerts_compute(api, from, to, limit, list);
    if (rc != 0) {
        json_decref(list);
        ew_api_error(out, 503, rc == 1 ? "query took too long" : "alerts could not be computed");
        ew_api_cache_put(api, key, out);
        return;
    }
    ew_alert_params p;
    ew_alert_params_default(&p);
    json_t *doc = json_pack("{s:o,s:{s:i,s:f,s:I}}", "alerts", list, "params", "window", p.window,
                            "z_min", p.z_min, "min_count", (json_int_t)p.min_count);
    ew_api_json(out, doc);
    ew_api_cache_put(api, key, out);
}

/* ---- mediation ---- */

static int med_row(void *user, const ew_store_event *e)
{
    ew_agg_event a;
    char buf[EW_AGG_CBUF];
    ew_agg_from_store(e, &a, buf);
    ew_med_event m = {.date = e->date, .code = e->code, .src = a.src, .tgt = a.tgt,
                      .src_code = e->src_country ? NULL : e->src_code,
                      .tgt_code = e->tgt_country ? NULL : e->tgt_code};
    return ew_med_add(user, &m);
}

static json_t *med_json(const ew_mediation *m)
{
    json_t *weeks = json_array(), *parties = json_array();
    for (size_t i = 0; i < m->nweeks; i++) {
        const ew_med_week *w = &m->weeks[i];
        json_array_append_new(weeks, json_pack("{s:o,s:I,s:I,s:I,s:I,s:f,s:f}", "week", ew_api_date(w->week),
            "coop", (json_int_t)w->coop, "agreements", (json_int_t)w->agreements, "conflict",
            (json_int_t)w->conflict, "mediation", (json_int_t)w->mediation, "balance", w->balance, "index", w->index));
    }
    for (size_t i = 0; i < m->nparties; i++) {
        const ew_med_party *p = &m->parties[i];
        json_array_append_new(parties, json_pack("{s:s,s:I,s:I,s:I,s:o,s:o}", "code", p->code, "with_a",
            (json_int_t)p->with_a, "with_b", (json_int_t)p->with_b, "mediate", (json_int_t)p->mediate,
            "first", ew_api_date(p->first), "last", ew_api_date(p->last)));
    }
    return json_pack("{s:s,s:s,s:o,s:o,s:f,s:f,s:s}", "a", m->a, "b", m->b, "weeks", weeks, "parties",
                     parties, "index_start", m->index_start, "index_end", m->index_end, "trend",
                     m->trend ? m->trend : "no data");
}

void ew_api_mediation(ew_api *api, ew_query *q, ew_api_response *out)
{
    char msg[200], a[4], b[4];
    int32_t from, to;
    const char *dyad = ew_query_get(q, "dyad");
    if (!dyad || ew_api_dyad_param(dyad, a, b)) {
        ew_api_error(out, 400, "parameter 'dyad': missing or not a country pair AAA-BBB (e.g. ARM-AZE)");
        return;
    }
    if (ew_api_date_param(q, "from", &from, msg, sizeof msg) || ew_api_date_param(q, "to", &to, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    ew_mediation *m = ew_med_new(a, b);
    if (!m) {
        ew_api_error(out, 500, "out of memory");
        return;
    }
    ew_api_conn *c = ew_api_acquire(api, api->cfg.query_ms);
    /* as for country series: two range scans, each event once */
    int rc = ew_store_scan_pair(c->r, from, to, a, b, med_row, m);
    if (rc != 0)
        ew_api_db_error(out, c->r);
    ew_api_release(api, c);
    if (rc == 0 && ew_med_finish(m))
        ew_api_error(out, 500, "out of memory");
    else if (rc == 0)
        ew_api_json(out, med_json(m));
    ew_med_free(m);
}
