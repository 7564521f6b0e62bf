/* Tests for src/analyze/mediation.c: weekly cooperation/conflict between
 * the two sides, 057 milestones, third parties engaging both sides (and
 * not those engaging one), 045 mediators, the progress index and trend. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>

#include "analyze/mediation.h"
#include "store/date.h"

static void add(ew_mediation *m, int32_t date, const char *src, const char *tgt, const char *code)
{
    ew_med_event e = {.date = date, .code = code, .src = src, .tgt = tgt};
    assert_int_equal(ew_med_add(m, &e), 0);
}

static int32_t wk(int w, int d) { return ew_date_from_days(ew_date_days(20250106) + 7 * w + d); }

static void timeline_parties_and_trend(void **state)
{
    (void)state;
    ew_mediation *m = ew_med_new("AZE", "ARM");
    /* weeks 0-3: accusations and a clash; weeks 4-9: talks and agreements */
    for (int w = 0; w < 4; w++) {
        add(m, wk(w, 1), "AZE", "ARM", "112");
        add(m, wk(w, 2), "ARM", "AZE", "190");
    }
    for (int w = 4; w < 10; w++) {
        add(m, wk(w, 1), "ARM", "AZE", "043");
        add(m, wk(w, 3), "KAZ", "ARM", "042");
        add(m, wk(w, 4), "AZE", "KAZ", "040");   /* the other side, other direction */
        add(m, wk(w, 5), "USA", "AZE", "042");   /* one side only: not a mediator */
    }
    add(m, wk(8, 2), "AZE", "ARM", "057");
    add(m, wk(9, 0), "IGO", "ARM", "045");       /* explicit mediation */
    add(m, wk(9, 0), "AZE", "ARM", "0");         /* not a CAMEO code: ignored */
    add(m, wk(9, 0), "AZE", "AZE", "190");       /* internal: not the dyad */
    assert_int_equal(ew_med_finish(m), 0);

    assert_int_equal(m->nweeks, 10);
    assert_int_equal(m->weeks[0].week, 20250106);
    assert_int_equal(m->weeks[0].conflict, 2);
    assert_int_equal(m->weeks[0].coop, 0);
    assert_int_equal(m->weeks[8].coop, 2);
    assert_int_equal(m->weeks[8].agreements, 1);
    assert_true(m->weeks[3].index < -0.99);
    assert_true(m->weeks[9].index > 0.99);
    assert_string_equal(m->trend, "improving");

    assert_int_equal(m->nparties, 2);
    assert_string_equal(m->parties[0].code, "KAZ");
    assert_int_equal(m->parties[0].with_a, 6);
    assert_int_equal(m->parties[0].with_b, 6);
    assert_int_equal(m->parties[0].first, wk(4, 3));
    assert_string_equal(m->parties[1].code, "IGO");
    assert_int_equal(m->parties[1].mediate, 1);
    ew_med_free(m);
}

static void no_events_no_data(void **state)
{
    (void)state;
    ew_mediation *m = ew_med_new("SRB", "KSV");
    add(m, 20250301, "FRA", "DEU", "042");
    assert_int_equal(ew_med_finish(m), 0);
    assert_int_equal(m->nweeks, 0);
    assert_int_equal(m->nparties, 0);
    assert_string_equal(m->trend, "no data");
    ew_med_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(timeline_parties_and_trend),
        cmocka_unit_test(no_events_no_data),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
