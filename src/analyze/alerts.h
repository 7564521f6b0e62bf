/*
 * alerts.h -- early warning: weekly conflict counts per dyad against a
 * rolling robust baseline (method, parameters and their reasons in
 * docs/alerts.md).
 *
 * For every dyad and week t (with at least min_history weeks of data
 * before it in the store's timeline), with c_t = material + verbal
 * conflict events (QuadClass 3 and 4) of the dyad that week:
 *   med   = median(c_{t-window} .. c_{t-1})     (weeks without events = 0)
 *   mad   = median |c - med| over the same weeks
 *   mean  = mean of the same weeks
 *   scale = max(1.4826 * mad, 1 + sqrt(mean))    (Poisson floor: counts are
 *                                                 sparse, MAD is often 0)
 *   z     = (c_t - med) / scale
 * An alert fires when z >= z_min and c_t >= min_count.
 *
 * Ownership: ew_alerts_detect() fills a caller-owned list whose storage it
 * allocates; ew_alert_list_free() releases it.  Keys point into the
 * ew_agg cells, which must outlive the list.
 */
#ifndef EW_ANALYZE_ALERTS_H
#define EW_ANALYZE_ALERTS_H

#include <stddef.h>
#include <stdint.h>

#include "analyze/aggregate.h"

typedef struct ew_alert_params {
    int window;        /* baseline weeks (default 8) */
    int min_history;   /* weeks of timeline needed before t (default 4) */
    double z_min;      /* default 3.5 */
    long min_count;    /* default 5 conflict events in the week */
} ew_alert_params;

void ew_alert_params_default(ew_alert_params *p);

typedef struct ew_alert {
    const char *dyad;      /* "ARM-AZE" */
    int32_t week;          /* Monday, YYYYMMDD */
    long conflict;         /* c_t */
    long total;            /* all events of the dyad that week */
    double median, mad, scale, z;
    double gold_mean;      /* mean Goldstein of the week, NAN when none scored */
    int has_gold;
} ew_alert;

typedef struct ew_alert_list {
    ew_alert *v;
    size_t n, cap;
} ew_alert_list;

/* cells: weekly dyad cells from ew_agg_cells() (sorted by key, week).
 * first_week/last_week: the timeline of the whole store (Mondays); weeks
 * outside it are not tested.  Alerts come out sorted by (week, dyad).
 * Returns 0, or -1 when out of memory. */
int ew_alerts_detect(const ew_agg_cell *cells, size_t n, int32_t first_week, int32_t last_week,
                     const ew_alert_params *p, ew_alert_list *out);

void ew_alert_list_free(ew_alert_list *l);

/* Median of v[0..n) (v is reordered).  0 for n == 0. */
double ew_alerts_median(double *v, size_t n);

#endif
