/* Tests for src/text/heading.c: a wiki section heading is a segment of its
 * own, also when the page was flattened onto one line; separator lines and
 * rules glued to other marks are not headings.  Every snippet is invented. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/segment.h"

#include "text_fixture.h"

/* The sentences of text, their forms joined by ' ', sentences by " | ". */
static const char *split(const char *text)
{
    ew_segmented s = seg(text);
    char *buf = ew_arena_alloc(&A, 4 * strlen(text) + 16), *p = buf;
    *p = '\0';
    for (size_t i = 0; i < s.n; i++)
        for (size_t k = 0; k < s.sent[i].n; k++)
            p += sprintf(p, "%s%s", k ? " " : i ? " | " : "", s.sent[i].tok[k].form);
    return buf;
}

/* The case that was coded wrong: the heading's names became the callers. */
static void heading_inside_a_line_is_cut_off(void **state)
{
    (void)state;
    assert_string_equal(
        split("\"We do not always agree.\" ===Kastria and Oberland=== The envoy called on "
              "Varnia to talk."),
        "\" We do not always agree . \" | === Kastria and Oberland === | "
        "The envoy called on Varnia to talk .");
    assert_string_equal(split("Polls closed at noon. == Reaction == Crowds gathered in the square."),
                        "Polls closed at noon . | == Reaction == | Crowds gathered in the square .");
}

static void headings_in_a_row_and_at_the_start(void **state)
{
    (void)state;
    assert_string_equal(split("== Background == === Early talks === Envoys met twice."),
                        "== Background == | === Early talks === | Envoys met twice .");
}

static void heading_on_lines_of_its_own(void **state)
{
    (void)state;
    assert_string_equal(split("Envoys met twice.\n\n==Aftermath==\nThe border reopened."),
                        "Envoys met twice . | == Aftermath == | The border reopened .");
}

/* Only equal rules of 2 to 6 '=' that stand apart pair up. */
static void not_headings(void **state)
{
    (void)state;
    /* unequal rules, and nothing but marks between two rules */
    assert_string_equal(split("== Talks === resumed in Varnia today"),
                        "== Talks === resumed in Varnia today");
    /* a separator line is not a heading rule: the splitter decides alone */
    const char *sep = "Please reply soon.\n"
                      "====================\nThe file is attached.\n====================\n";
    assert_string_equal(split(sep),
                        "Please reply soon . | ==================== | The file is attached . | "
                        "====================");
    /* a signature between glued marks: no boundary inside the line */
    assert_string_equal(
        split("My request is real. ----== Posted via Example News==---- The best service"),
        "My request is real . | ---- == Posted via Example News == ---- | The best service");
    /* more than EW_HEADING_MAX_TOKS tokens between the rules is text */
    assert_string_equal(
        split("== the talks went on and on for many hours in the old hall of the town =="),
        "== the talks went on and on for many hours in the old hall of the town ==");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(heading_inside_a_line_is_cut_off, setup, teardown),
        cmocka_unit_test_setup_teardown(headings_in_a_row_and_at_the_start, setup, teardown),
        cmocka_unit_test_setup_teardown(heading_on_lines_of_its_own, setup, teardown),
        cmocka_unit_test_setup_teardown(not_headings, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
