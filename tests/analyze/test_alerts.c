/* Tests for src/analyze: regions, and the alert detector on synthetic
 * series (aggregation itself: test_aggregate.c): an
 * injected escalation fires on its dyad and week; flat and noisy series
 * without one stay silent. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "analyze/aggregate.h"
#include "analyze/alerts.h"
#include "store/date.h"

#include "synth.h"

static uint64_t rng = 88172645463325252ull;

#define START 20250106 /* a Monday */

static void add_n(ew_agg *a, const char *s, const char *t, int week, int n, int quad, double gold)
{
    for (int i = 0; i < n; i++) {
        ew_agg_event e = {.date = ew_date_from_days(ew_date_days(START) + 7 * week + i % 7),
                          .src = s, .tgt = t, .quad_class = quad, .has_goldstein = 1, .goldstein = gold};
        assert_int_equal(ew_agg_add(a, &e), 0);
    }
}

static void detect(ew_agg *a, int weeks, ew_alert_list *out)
{
    size_t n;
    const ew_agg_cell *c = ew_agg_cells(a, &n);
    memset(out, 0, sizeof *out);
    int32_t last = ew_date_from_days(ew_date_days(START) + 7 * (weeks - 1));
    assert_int_equal(ew_alerts_detect(c, n, START, last, NULL, out), 0);
}

static void regions_table(void **state)
{
    (void)state;
    ew_regions *r = ew_regions_load(EW_SOURCE_DIR "/data/regions.tsv", NULL);
    assert_non_null(r);
    assert_string_equal(ew_regions_of(r, "KAZ"), "Central Asia");
    assert_string_equal(ew_regions_of(r, "AZEGOV"), "South Caucasus");
    assert_string_equal(ew_regions_of(r, "ZZZ"), "Other");
    assert_true(ew_regions_is_osce(r, "MNG"));
    assert_false(ew_regions_is_osce(r, "AFG"));
    ew_agg *a = ew_agg_new(EW_AGG_REGION, EW_AGG_WEEK, r);
    ew_agg_event e = {.date = 20250107, .src = "KGZ", .tgt = "TJK", .quad_class = 4};
    ew_agg_add(a, &e);
    size_t n;
    const ew_agg_cell *c = ew_agg_cells(a, &n);
    assert_int_equal(n, 1); /* both in Central Asia: counted once */
    assert_string_equal(c[0].key, "Central Asia");
    ew_agg_free(a);
    ew_regions_free(r);
}

static void injected_escalation_fires_on_its_week(void **state)
{
    (void)state;
    ew_agg *a = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL);
    const int weeks = 24, hot = 15;
    for (int w = 0; w < weeks; w++) {
        add_n(a, "AZE", "ARM", w, synth_poisson(&rng, 2.0), 4, -9);
        add_n(a, "AZE", "ARM", w, synth_poisson(&rng, 4.0), 1, 3); /* cooperation noise */
        add_n(a, "KAZ", "UZB", w, synth_poisson(&rng, 3.0), 3, -2);
        if (w == hot)
            add_n(a, "ARM", "AZE", w, 14, 4, -10); /* the escalation */
    }
    ew_alert_list l;
    detect(a, weeks, &l);
    int found = 0;
    for (size_t i = 0; i < l.n; i++) {
        int32_t want = ew_date_from_days(ew_date_days(START) + 7 * hot);
        if (!strcmp(l.v[i].dyad, "ARM-AZE") && l.v[i].week == want)
            found = 1;
        else
            fail_msg("unexpected alert %s %d z=%.2f", l.v[i].dyad, l.v[i].week, l.v[i].z);
    }
    assert_true(found);
    ew_alert_list_free(&l);
    ew_agg_free(a);
}

static void flat_series_stay_silent(void **state)
{
    (void)state;
    ew_agg *a = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL);
    const char *pairs[][2] = {{"AZE", "ARM"}, {"RUS", "UKR"}, {"SRB", "KSV"}, {"KGZ", "TJK"}};
    for (int w = 0; w < 30; w++)
        for (int p = 0; p < 4; p++)
            add_n(a, pairs[p][0], pairs[p][1], w, 6, 4, -9);
    ew_alert_list l;
    detect(a, 30, &l);
    assert_int_equal(l.n, 0);
    ew_alert_list_free(&l);
    ew_agg_free(a);
}

static void noisy_series_stay_silent(void **state)
{
    (void)state;
    static const char *c[] = {"ALB", "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "RUS", "SRB", "TJK", "UKR"};
    ew_agg *a = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL);
    for (int w = 0; w < 30; w++)
        for (int d = 0; d < 10; d++)
            add_n(a, c[d], c[d + 2], w, synth_poisson(&rng, 1.0 + d * 0.5), d % 2 ? 3 : 4, -5);
    ew_alert_list l;
    detect(a, 30, &l);
    for (size_t i = 0; i < l.n; i++)
        print_message("false alarm %s %d z=%.2f c=%ld\n", l.v[i].dyad, l.v[i].week, l.v[i].z, l.v[i].conflict);
    assert_int_equal(l.n, 0);
    ew_alert_list_free(&l);
    ew_agg_free(a);
}

static void first_weeks_are_not_tested(void **state)
{
    (void)state;
    ew_agg *a = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL);
    add_n(a, "AZE", "ARM", 1, 30, 4, -10); /* burst before any baseline exists */
    ew_alert_list l;
    detect(a, 12, &l);
    assert_int_equal(l.n, 0);
    ew_alert_list_free(&l);
    ew_agg_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(regions_table),
        cmocka_unit_test(injected_escalation_fires_on_its_week),
        cmocka_unit_test(flat_series_stay_silent),
        cmocka_unit_test(noisy_series_stay_silent),
        cmocka_unit_test(first_weeks_are_not_tested),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
