/*
 * alerts.c -- robust z-score detector (see alerts.h and docs/alerts.md).
 *
 * Each dyad's cells are expanded onto the full weekly timeline (weeks
 * without events are zeros: silence is data), then every week is tested
 * against the median and MAD of the `window` weeks before it.  Median/MAD
 * rather than mean/SD so that one earlier burst does not mask the next,
 * and a floor of 1+sqrt(mean) on the scale (the Poisson standard deviation,
 * plus one for the error of a mean taken over few weeks) because weekly counts
 * are small integers whose MAD is often 0.
 */
#include "analyze/alerts.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/date.h"

void ew_alert_params_default(ew_alert_params *p)
{
    p->window = 8;
    p->min_history = 4;
    p->z_min = 3.5;
    p->min_count = 5;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

double ew_alerts_median(double *v, size_t n)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int push(ew_alert_list *l, const ew_alert *a)
{
    if (l->n == l->cap) {
        size_t c = l->cap ? l->cap * 2 : 16;
        ew_alert *nv = realloc(l->v, c * sizeof *nv);
        if (!nv)
            return -1;
        l->v = nv;
        l->cap = c;
    }
    l->v[l->n++] = *a;
    return 0;
}

/* Tests week index t of one dyad's expanded series. */
static int test_week(const double *c, const ew_agg_cell *cell, long t, const ew_alert_params *p,
                     const char *dyad, int32_t week, ew_alert_list *out)
{
    double base[64], dev[64], mean = 0;
    int w = p->window < 64 ? p->window : 64;
    for (int i = 0; i < w; i++)
        mean += base[i] = c[t - w + i];
    mean /= w;
    double med = ew_alerts_median(base, (size_t)w);
    for (int i = 0; i < w; i++)
        dev[i] = fabs(c[t - w + i] - med);
    double mad = ew_alerts_median(dev, (size_t)w);
    double scale = fmax(1.4826 * mad, 1 + sqrt(mean));
    double z = (c[t] - med) / scale;
    if (z < p->z_min || c[t] < (double)p->min_count)
        return 0;
    ew_alert a = {.dyad = dyad, .week = week, .conflict = (long)c[t], .median = med,
                  .mad = mad, .scale = scale, .z = z, .total = cell ? cell->total : 0};
    a.has_gold = cell && cell->gold_n > 0;
    a.gold_mean = a.has_gold ? cell->gold_sum / (double)cell->gold_n : NAN;
    return push(out, &a);
}

static int cmp_alert(const void *x, const void *y)
{
    const ew_alert *a = x, *b = y;
    if (a->week != b->week)
        return (a->week > b->week) - (a->week < b->week);
    return strcmp(a->dyad, b->dyad);
}

/* Expands cells [i0,i1) of one dyad onto weeks [first,last] and tests. */
static int one_dyad(const ew_agg_cell *cells, size_t i0, size_t i1, long first, long nweeks,
                    const ew_alert_params *p, double *c, const ew_agg_cell **at, ew_alert_list *out)
{
    memset(c, 0, (size_t)nweeks * sizeof *c);
    memset(at, 0, (size_t)nweeks * sizeof *at);
    for (size_t i = i0; i < i1; i++) {
        long k = (ew_date_days(cells[i].bucket) - first) / 7;
        if (k >= 0 && k < nweeks) {
            c[k] = (double)(cells[i].quad[3] + cells[i].quad[4]);
            at[k] = &cells[i];
        }
    }
    long start = p->window > p->min_history ? p->window : p->min_history;
    for (long t = start; t < nweeks; t++)
        if (c[t] > 0 && test_week(c, at[t], t, p, cells[i0].key,
                                  ew_date_from_days(first + 7 * t), out))
            return -1;
    return 0;
}

int ew_alerts_detect(const ew_agg_cell *cells, size_t n, int32_t first_week, int32_t last_week,
                     const ew_alert_params *pp, ew_alert_list *out)
{
    ew_alert_params p;
    if (pp)
        p = *pp;
    else
        ew_alert_params_default(&p);
    if (p.window < 1 || p.window > 64)
        p.window = 8;
    if (!n || !ew_date_valid(first_week) || !ew_date_valid(last_week))
        return 0;
    long first = ew_date_days(first_week);
    long nweeks = (ew_date_days(last_week) - first) / 7 + 1;
    if (nweeks <= 0)
        return 0;
    double *c = malloc((size_t)nweeks * sizeof *c);
    const ew_agg_cell **at = malloc((size_t)nweeks * sizeof *at);
    int rc = c && at ? 0 : -1;
    for (size_t i = 0; i < n && !rc;) {
        size_t j = i;
        while (j < n && !strcmp(cells[j].key, cells[i].key))
            j++;
        rc = one_dyad(cells, i, j, first, nweeks, &p, c, at, out);
        i = j;
    }
    free(c);
    free(at);
    if (!rc && out->n)
        qsort(out->v, out->n, sizeof *out->v, cmp_alert);
    return rc;
}

void ew_alert_list_free(ew_alert_list *l)
{
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}
