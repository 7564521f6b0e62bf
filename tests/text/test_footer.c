/* Tests for src/text/footer.c: web-page category lists and link sections
 * become one segment per label.  Every snippet is invented. */
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
    ew_segmented s;
    assert_int_equal(ew_text_segment(text, strlen(text), &s, &A, NULL), 0);
    char *buf = ew_arena_alloc(&A, 4 * strlen(text) + 16), *p = buf;
    *p = '\0';
    for (size_t i = 0; i < s.n; i++)
        for (size_t k = 0; k < s.sent[i].n; k++)
            p += sprintf(p, "%s%s", k ? " " : i ? " | " : "", s.sent[i].tok[k].form);
    return buf;
}

static void category_list_is_cut_into_labels(void **state)
{
    (void)state;
    assert_string_equal(
        split("The mayor resigned on Friday.\n\n"
              "Categories: March 7, 2025 Portugal Published South America Crime and law "
              "Human rights United Nations Archived"),
        "The mayor resigned on Friday . | Categories : | March 7 , 2025 | Portugal | Published | "
        "South America | Crime and law | Human rights | United Nations | Archived");
    /* day before month, a name joined by "and", a paragraph of its own */
    assert_string_equal(split("Categories: 4 May 2024 Trinidad and Tobago Chile Weather"),
                        "Categories : | 4 May 2024 | Trinidad and Tobago | Chile | Weather");
}

static void category_list_across_single_line_breaks(void **state)
{
    (void)state;
    assert_string_equal(split("Rain fell.\nCategories: Chile\nPeru Weather"),
                        "Rain fell . | Categories : | Chile | Peru | Weather");
}

static void one_category_path_stays_whole(void **state)
{
    (void)state;
    assert_string_equal(split("Category: Sport > Sailing"), "Category : Sport > Sailing");
}

static void running_text_is_no_category_list(void **state)
{
    (void)state;
    /* a sentence-final mark, or two lowercase words in a row, in the rest
     * of the paragraph: the header is not a footer */
    assert_string_equal(split("Categories: Chile Peru Bolivia. They met."),
                        "Categories : Chile Peru Bolivia . | They met .");
    assert_string_equal(split("Categories: Chile Prime Minister Vega has strong support"),
                        "Categories : Chile Prime Minister Vega has strong support");
}

static void link_sections_split_before_items(void **state)
{
    (void)state;
    assert_string_equal(
        split("Voting closed at noon. == Related news == * Polls open in the north "
              "* Turnout low in the capital"),
        "Voting closed at noon . | == Related news == | * Polls open in the north | "
        "* Turnout low in the capital");
    assert_string_equal(split("Rain fell.\n\nSee also:\nDrought in the south"),
                        "Rain fell . | See also : | Drought in the south");
}

static void section_words_in_text_are_left_alone(void **state)
{
    (void)state;
    assert_string_equal(split("Sources say the minister resigned."),
                        "Sources say the minister resigned .");
    assert_string_equal(split("He left. See also the annex"), "He left . | See also the annex");
    /* an opening rule with no closing one is no heading */
    assert_string_equal(split("== Sources of water in the region"),
                        "== Sources of water in the region");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(category_list_is_cut_into_labels),
        cmocka_unit_test(category_list_across_single_line_breaks),
        cmocka_unit_test(one_category_path_stays_whole),
        cmocka_unit_test(running_text_is_no_category_list),
        cmocka_unit_test(link_sections_split_before_items),
        cmocka_unit_test(section_words_in_text_are_left_alone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
