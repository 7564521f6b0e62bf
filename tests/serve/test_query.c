/* Tests for src/serve/query.c and the parameter checks of api_params.c:
 * decoding, limits, duplicates, and the 400 reasons naming parameters. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "serve/api_internal.h"
#include "serve/query.h"

typedef struct fx { ew_arena a; ew_query q; } fx;

static int setup(void **state)
{
    static fx f;
    ew_arena_init(&f.a, 0);
    ew_query_init(&f.q, &f.a);
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    ew_arena_free(&f->a);
    return 0;
}

static int parse(fx *f, const char *raw)
{
    ew_arena_reset(&f->a);
    ew_query_init(&f->q, &f->a);
    return ew_query_parse(&f->q, raw, strlen(raw));
}

static void decodes_plus_and_percent(void **state)
{
    fx *f = *state;
    assert_int_equal(parse(f, "q=border+clash%2C%20Tavush&limit=5&&flag"), 0);
    assert_string_equal(ew_query_get(&f->q, "q"), "border clash, Tavush");
    assert_string_equal(ew_query_get(&f->q, "limit"), "5");
    assert_string_equal(ew_query_get(&f->q, "flag"), "");
    assert_null(ew_query_unused(&f->q));
    assert_null(ew_query_get(&f->q, "absent"));
}

static void refuses_broken_input(void **state)
{
    fx *f = *state;
    assert_int_equal(parse(f, "q=%zz"), -1);
    assert_non_null(strstr(f->q.error, "%-escape"));
    assert_int_equal(parse(f, "q=%2"), -1);
    assert_int_equal(parse(f, "q=a%00b"), -1);
    assert_non_null(strstr(f->q.error, "NUL"));
    assert_int_equal(parse(f, "limit=1&limit=2"), -1);
    assert_non_null(strstr(f->q.error, "'limit': given twice"));
    assert_int_equal(parse(f, "bad-name=1"), -1);
    assert_int_equal(parse(f, "=1"), -1);
}

static void enforces_limits(void **state)
{
    fx *f = *state;
    char big[EW_QUERY_MAX_VALUE + 16];
    memcpy(big, "q=", 2);
    memset(big + 2, 'x', EW_QUERY_MAX_VALUE + 1);
    big[EW_QUERY_MAX_VALUE + 3] = '\0';
    assert_int_equal(parse(f, big), -1);
    assert_non_null(strstr(f->q.error, "too long"));
    char many[EW_QUERY_MAX_PARAMS * 8 + 16] = "";
    for (int i = 0; i <= EW_QUERY_MAX_PARAMS; i++)
        sprintf(many + strlen(many), "p%d=1&", i);
    assert_int_equal(parse(f, many), -1);
    assert_non_null(strstr(f->q.error, "too many"));
}

static void reports_unknown_parameter(void **state)
{
    fx *f = *state;
    assert_int_equal(parse(f, "country=KAZ&colour=red"), 0);
    ew_api_filter flt;
    char msg[200];
    assert_int_equal(ew_api_filter_parse(&f->q, &flt, msg, sizeof msg), 0);
    assert_string_equal(flt.country, "KAZ");
    assert_string_equal(ew_query_unused(&f->q), "colour");
}

static void filter_values_are_checked(void **state)
{
    fx *f = *state;
    static const struct { const char *raw, *needle; } bad[] = {
        {"from=2025-02-30", "'from'"},     {"to=yesterday", "'to'"},
        {"country=kaz", "'country'"},      {"country=KAZA", "'country'"},
        {"dyad=ARM_AZE", "'dyad'"},        {"code=1a", "'code'"},
        {"code=12345", "'code'"},          {"root=21", "'root'"},
        {"quad=5", "'quad'"},              {"limit=501", "'limit'"},
        {"limit=-1", "'limit'"},           {"offset=10001", "'offset'"},
        {"cursor=abc", "'cursor'"},        {"actor=RUS%27--", "'actor'"},
        {"dimension=Human", "'dimension'"}, {"q=%22%22", "'q'"},
        {"from=2025-03-01&to=2025-02-01", "'to'"}, {"limit=1e3", "'limit'"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(parse(f, bad[i].raw), 0);
        ew_api_filter flt;
        char msg[200] = "";
        assert_int_equal(ew_api_filter_parse(&f->q, &flt, msg, sizeof msg), -1);
        if (!strstr(msg, bad[i].needle))
            fail_msg("%s: message '%s' does not name %s", bad[i].raw, msg, bad[i].needle);
    }
}

static void filter_accepts_good_values(void **state)
{
    fx *f = *state;
    assert_int_equal(parse(f, "from=2025-01-01&to=20250131&dyad=ARM-AZE&code=0431&root=4&quad=3,4"
                              "&q=peace+%22talks&limit=500&offset=0&cursor=20250105_42&dimension=human"), 0);
    ew_api_filter flt;
    char msg[200] = "";
    assert_int_equal(ew_api_filter_parse(&f->q, &flt, msg, sizeof msg), 0);
    assert_int_equal(flt.from, 20250101);
    assert_int_equal(flt.to, 20250131);
    assert_string_equal(flt.dyad_a, "ARM");
    assert_string_equal(flt.dyad_b, "AZE");
    assert_int_equal(flt.root, 4);
    assert_int_equal(flt.quad_mask, (1 << 3) | (1 << 4));
    /* user text becomes quoted FTS strings: no FTS syntax gets through */
    assert_string_equal(flt.fts, "\"peace\" \"talks\"");
    assert_int_equal(flt.limit, 500);
    assert_int_equal(flt.has_cursor, 1);
    assert_int_equal(flt.cur_date, 20250105);
    assert_int_equal(flt.cur_id, 42);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(decodes_plus_and_percent, setup, teardown),
        cmocka_unit_test_setup_teardown(refuses_broken_input, setup, teardown),
        cmocka_unit_test_setup_teardown(enforces_limits, setup, teardown),
        cmocka_unit_test_setup_teardown(reports_unknown_parameter, setup, teardown),
        cmocka_unit_test_setup_teardown(filter_values_are_checked, setup, teardown),
        cmocka_unit_test_setup_teardown(filter_accepts_good_values, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
