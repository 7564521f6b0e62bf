/* Tests for src/pipeline/forms.c: "US" read as "U.S." only when it is the
 * abbreviation, and a currency prefix glued to "$" is no actor. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pipeline/forms.h"

static ew_token tok(const char *form, uint32_t start, const char *xpos)
{
    ew_token t = {0};
    t.form = form;
    t.xpos = xpos;
    t.head = -1;
    t.start = start;
    t.end = start + (uint32_t)strlen(form);
    return t;
}

static void currency_prefix_is_no_actor(void **state)
{
    (void)state;
    /* "Velmora sued for AU$6 and US$5 ." */
    ew_token t[] = {tok("Velmora", 0, "NNP"), tok("sued", 8, "VBD"), tok("for", 13, "IN"),
                    tok("AU", 17, "NNP"), tok("$", 19, "$"), tok("6", 20, "CD"),
                    tok("and", 22, "CC"), tok("US", 26, "NNP"), tok("$", 28, "$"),
                    tok("5", 29, "CD")};
    ew_sentence s = {.n = 10, .tok = t};
    assert_int_equal(ew_pipeline_normalise_forms(&s), 2);
    assert_string_equal(s.tok[3].form, "AU$");
    assert_string_equal(s.tok[7].form, "US$");
    assert_string_equal(s.tok[4].form, "$");
}

static void us_apart_from_dollar_is_the_country(void **state)
{
    (void)state;
    /* "the AU and US $ 5": not glued, so the actors stay */
    ew_token t[] = {tok("the", 0, "DT"), tok("AU", 4, "NNP"), tok("and", 7, "CC"),
                    tok("US", 11, "NNP"), tok("$", 14, "$"), tok("5", 16, "CD")};
    ew_sentence s = {.n = 6, .tok = t};
    assert_int_equal(ew_pipeline_normalise_forms(&s), 1);
    assert_string_equal(s.tok[1].form, "AU");
    assert_string_equal(s.tok[3].form, "U.S.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(currency_prefix_is_no_actor),
        cmocka_unit_test(us_apart_from_dollar_is_the_country),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
