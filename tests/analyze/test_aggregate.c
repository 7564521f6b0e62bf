/* Tests for src/analyze/aggregate.c: dyad and country keys, day and week
 * buckets, quad counts and Goldstein sums; ew_agg_add_store puts a stored
 * event in its dyad's weekly cell and widens the date range, as alerts and
 * the API's series use it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>

#include "analyze/aggregate.h"

static void aggregates_by_dyad_and_week(void **state)
{
    (void)state;
    ew_agg *a = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL);
    ew_agg_event e1 = {.date = 20250107, .src = "AZE", .tgt = "ARM", .quad_class = 4, .has_goldstein = 1, .goldstein = -10};
    ew_agg_event e2 = {.date = 20250112, .src = "ARM", .tgt = "AZE", .quad_class = 1, .has_goldstein = 1, .goldstein = 3};
    ew_agg_event e3 = {.date = 20250113, .src = "ARM", .tgt = "AZE", .quad_class = 3};
    ew_agg_event self = {.date = 20250113, .src = "ARM", .tgt = "ARM", .quad_class = 3};
    ew_agg_add(a, &e1);
    ew_agg_add(a, &e2);
    ew_agg_add(a, &e3);
    ew_agg_add(a, &self);
    size_t n;
    const ew_agg_cell *c = ew_agg_cells(a, &n);
    assert_int_equal(n, 2);
    assert_string_equal(c[0].key, "ARM-AZE");
    assert_int_equal(c[0].bucket, 20250106);
    assert_int_equal(c[0].total, 2);
    assert_int_equal(c[0].quad[4], 1);
    assert_int_equal(c[0].quad[1], 1);
    assert_int_equal(c[0].gold_n, 2);
    assert_true(fabs(c[0].gold_sum - -7.0) < 1e-9);
    assert_int_equal(c[1].bucket, 20250113);
    assert_int_equal(c[1].quad[3], 1);
    ew_agg_free(a);

    a = ew_agg_new(EW_AGG_COUNTRY, EW_AGG_DAY, NULL);
    ew_agg_add(a, &e1);
    ew_agg_add(a, &self);
    c = ew_agg_cells(a, &n);
    assert_int_equal(n, 3); /* ARM 0107, ARM 0113 (self once), AZE 0107 */
    assert_string_equal(c[0].key, "ARM");
    assert_int_equal(c[1].total, 1);
    ew_agg_free(a);
}

static void stored_events_fill_cells_and_range(void **state)
{
    (void)state;
    ew_agg *a = ew_agg_new(EW_AGG_DYAD, EW_AGG_WEEK, NULL);
    assert_non_null(a);
    ew_store_event e;
    memset(&e, 0, sizeof e);
    e.src_code = "ARMGOV";
    e.tgt_code = "AZEMIL";
    e.quad_class = 4;
    e.has_goldstein = 1;
    e.goldstein = -10;
    int32_t lo = 0, hi = 0;
    e.date = 20250305;
    assert_int_equal(ew_agg_add_store(a, &e, &lo, &hi), 0);
    e.date = 20250303; /* same ISO week, earlier day */
    assert_int_equal(ew_agg_add_store(a, &e, &lo, &hi), 0);
    e.date = 20250312;
    e.src_code = "AZEGOV"; /* the other direction: the same dyad */
    e.tgt_code = "ARMGOV";
    assert_int_equal(ew_agg_add_store(a, &e, &lo, &hi), 0);
    e.date = 0; /* an undated document's event: no bucket, range unchanged */
    assert_int_equal(ew_agg_add_store(a, &e, &lo, &hi), 0);
    assert_int_equal(lo, 20250303);
    assert_int_equal(hi, 20250312);
    size_t n;
    const ew_agg_cell *c = ew_agg_cells(a, &n);
    assert_int_equal(n, 2);
    assert_string_equal(c[0].key, "ARM-AZE");
    assert_int_equal(c[0].bucket, 20250303);
    assert_int_equal(c[0].total, 2);
    assert_int_equal(c[0].quad[4], 2);
    assert_int_equal(c[1].bucket, 20250310);
    assert_int_equal(c[1].total, 1);
    ew_agg_free(a);
}

/* ew_agg_scan_event is the store-scan callback form of ew_agg_add_store. */
static void scan_callback_feeds_its_aggregation(void **state)
{
    (void)state;
    ew_agg_scan s = {.agg = ew_agg_new(EW_AGG_COUNTRY, EW_AGG_DAY, NULL)};
    assert_non_null(s.agg);
    ew_store_event e;
    memset(&e, 0, sizeof e);
    e.src_code = "KAZGOV";
    e.tgt_code = "UZB";
    e.quad_class = 1;
    e.date = 20250410;
    ew_store_event_fn fn = ew_agg_scan_event;
    assert_int_equal(fn(&s, &e), 0);
    e.date = 20250402;
    assert_int_equal(fn(&s, &e), 0);
    assert_int_equal(s.lo, 20250402);
    assert_int_equal(s.hi, 20250410);
    size_t n;
    ew_agg_cells(s.agg, &n);
    assert_int_equal(n, 4); /* KAZ and UZB on each of the two days */
    ew_agg_free(s.agg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(aggregates_by_dyad_and_week),
        cmocka_unit_test(stored_events_fill_cells_and_range),
        cmocka_unit_test(scan_callback_feeds_its_aggregation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
