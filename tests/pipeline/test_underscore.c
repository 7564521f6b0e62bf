/* Tests for src/pipeline/underscore.c: PETRARCH-style joined words split
 * into tokens with their own spans; other underscores left alone. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pipeline/underscore.h"

static ew_token tok(const char *form, uint32_t start)
{
    ew_token t = {0};
    t.form = form;
    t.head = -1;
    t.start = start;
    t.end = start + (uint32_t)strlen(form);
    return t;
}

static void joined_name_is_split_with_spans(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 0);
    /* "Envoys of Vel_Morra_2 left." */
    ew_token t[] = {tok("Envoys", 0), tok("of", 7), tok("Vel_Morra_2", 10), tok("left", 22)};
    ew_sentence s = {.n = 4, .tok = t};
    assert_int_equal(ew_pipeline_split_underscores(&s, &a), 1);
    assert_int_equal(s.n, 6);
    assert_string_equal(s.tok[2].form, "Vel");
    assert_string_equal(s.tok[3].form, "Morra");
    assert_string_equal(s.tok[4].form, "2");
    assert_int_equal(s.tok[3].start, 14);
    assert_int_equal(s.tok[3].end, 19);
    assert_string_equal(s.tok[5].form, "left");
    ew_arena_free(&a);
}

static void other_underscores_stay(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_token t[] = {tok("@press_office", 0), tok("_private", 14), tok("a__b", 23),
                    tok("report_v2.pdf", 28), tok("trailing_", 42)};
    ew_sentence s = {.n = 5, .tok = t};
    assert_int_equal(ew_pipeline_split_underscores(&s, &a), 0);
    assert_int_equal(s.n, 5);
    assert_ptr_equal(s.tok, t);
    ew_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(joined_name_is_split_with_spans),
        cmocka_unit_test(other_underscores_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
