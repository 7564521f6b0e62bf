/* Tests for src/text/split_layout.c and the gap-scoring model of
 * split_model.c as shipped (compiled-in weights): layouts keep offsets,
 * firm boundaries stay with the rules, line breaks are read in context.
 * Every snippet is invented for these tests. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/segment.h"
#include "text/split_layout.h"
#include "text/split_model.h"

#include "text_fixture.h"

static void blank_lines_become_line_breaks(void **state)
{
    (void)state;
    char buf[] = "Talks began.\n\nThey ended.\n\n\nNo deal.";
    size_t len = strlen(buf);
    ew_split_relayout(buf, len, EW_LAYOUT_LINES, 0);
    assert_int_equal(strlen(buf), len);
    assert_string_equal(buf, "Talks began. \nThey ended. \n\nNo deal.");
    char same[] = "One line only.";
    ew_split_relayout(same, strlen(same), EW_LAYOUT_BLANK, 0);
    assert_string_equal(same, "One line only.");
}

static void hard_wrap_keeps_offsets(void **state)
{
    (void)state;
    const char *orig = "The envoys met in Vienna on Monday and agreed to meet again soon.\n\n"
                       "Averyveryverylongwordwithoutspaces here.";
    char buf[160];
    strcpy(buf, orig);
    size_t len = strlen(buf);
    ew_split_relayout(buf, len, EW_LAYOUT_WRAP, 20);
    assert_int_equal(strlen(buf), len);
    size_t col = 0, longest = 0;
    for (size_t i = 0; i < len; i++) {
        /* only spaces were replaced, only by line breaks */
        if (buf[i] != orig[i]) {
            assert_int_equal(orig[i], ' ');
            assert_int_equal(buf[i], '\n');
        }
        col = buf[i] == '\n' ? 0 : col + 1;
        if (col > longest && i < strlen("The envoys met in Vienna on Monday and agreed to meet again soon."))
            longest = col;
    }
    assert_true(longest <= 21);
    assert_non_null(strstr(buf, "\n\n"));   /* the paragraph break is kept */
    assert_non_null(strstr(buf, "Averyveryverylongwordwithoutspaces")); /* never cut inside a word */
}

static void firm_gaps_are_not_rescored(void **state)
{
    (void)state;
    ew_text_toks t = {0};
    const char *s = "Gen. Petrov met Ivanov on Dec. 4. He said so.";
    ew_text_tokenize(s, strlen(s), &t, &A);
    /* Gen. | Petrov | met | Ivanov | on | Dec. | 4 | . | He | said | so | . */
    assert_int_equal(t.n, 12);
    assert_false(ew_split_candidate(t.v, t.n, 0, 0));   /* title */
    assert_false(ew_split_candidate(t.v, t.n, 5, 0));   /* month */
    assert_false(ew_split_candidate(t.v, t.n, 7, 1));   /* full stop before a capital */
    assert_false(ew_split_candidate(t.v, t.n, 3, 0));   /* word before a lowercase word */
    assert_true(ew_split_candidate(t.v, t.n, 2, 0));    /* word before a capital: scored */
}

static void news_sentences_with_abbreviations(void **state)
{
    (void)state;
    ew_segmented s = seg("The ministers met on Dec. 4. Both sides said the talks were useful. "
                         "Gen. Petrov arrived later.");
    assert_int_equal(s.n, 3);
    assert_string_equal(s.sent[0].text, "The ministers met on Dec. 4.");
    assert_string_equal(s.sent[2].text, "Gen. Petrov arrived later.");
}

static void weekday_abbreviation_before_date(void **state)
{
    (void)state;
    ew_segmented s = seg("Talks resumed on Sun. Nov. 21 in Geneva. The envoys met on Fri. 3 March.");
    assert_int_equal(s.n, 2);
    assert_string_equal(s.sent[0].text, "Talks resumed on Sun. Nov. 21 in Geneva.");
}

static void long_line_without_full_stop_ends_at_line_break(void **state)
{
    (void)state;
    /* paragraphs one line break apart, the first without punctuation: the
     * rules alone joined these (a long line is taken as wrapped) */
    ew_segmented s = seg("Officials in the capital said the negotiations between the two "
                         "delegations would continue through the weekend\n"
                         "The foreign minister is expected to arrive on Sunday.");
    assert_int_equal(s.n, 2);
    assert_string_equal(s.sent[1].text, "The foreign minister is expected to arrive on Sunday.");
}

static void wrapped_line_continues_the_sentence(void **state)
{
    (void)state;
    ew_segmented s = seg("The envoys said the ceasefire, which began on Monday, was holding in most\n"
                         "areas of the region and that aid convoys had reached the city.");
    assert_int_equal(s.n, 1);
}

static void weights_are_compiled_in(void **state)
{
    (void)state;
    assert_non_null(ew_split_weights());
}

/* Which gaps of `text` the model may score, as '1'/'0' per gap. */
static const char *scored_gaps(const char *text)
{
    ew_text_toks t = {0};
    ew_text_tokenize(text, strlen(text), &t, &A);
    char *out = ew_arena_alloc(&A, t.n + 1);
    ew_split_ctx c = {0};
    size_t k = 0;
    for (size_t i = 0; i + 1 < t.n; i++) {
        ew_split_push(&c, t.v, i);
        out[k++] = (char)('0' + ew_split_scored(&c, t.v, t.n, i, 0));
    }
    out[k] = '\0';
    return out;
}

static void editorial_insertions_are_not_split(void **state)
{
    (void)state;
    /* tokens: Crews , including [ former Air Museum CEO ] Anna Berg
     * cheered; no gap from '[' to "Anna" is scored, though "former Air",
     * "Museum CEO" and "] Anna" would be (a capital follows) */
    assert_string_equal(scored_gaps("Crews, including [former Air Museum CEO] Anna Berg cheered"),
                        "00100000010");
    /* a citation after a full stop is no insertion: the gap after it stays */
    const char *g = scored_gaps("It rained. [4] Then");
    assert_int_equal(g[5], '1');   /* It rained . [ 4 ] | Then */
    /* an emoticon is no bracket */
    g = scored_gaps("so sad :( Then");
    assert_int_equal(g[strlen(g) - 1], '1');
    /* a line break is always scored */
    g = scored_gaps("Crews, including [former\nAnna] Berg");
    assert_int_equal(g[4], '1');   /* former |\n Anna */
}

static void insertion_split_end_to_end(void **state)
{
    (void)state;
    ew_segmented s = seg("Crews trained on the craft, including [former museum CEO] Anna Berg, "
                         "who flew twice.");
    assert_int_equal(s.n, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(blank_lines_become_line_breaks),
        cmocka_unit_test(hard_wrap_keeps_offsets),
        cmocka_unit_test_setup_teardown(firm_gaps_are_not_rescored, setup, teardown),
        cmocka_unit_test_setup_teardown(news_sentences_with_abbreviations, setup, teardown),
        cmocka_unit_test_setup_teardown(weekday_abbreviation_before_date, setup, teardown),
        cmocka_unit_test_setup_teardown(long_line_without_full_stop_ends_at_line_break, setup, teardown),
        cmocka_unit_test_setup_teardown(wrapped_line_continues_the_sentence, setup, teardown),
        cmocka_unit_test(weights_are_compiled_in),
        cmocka_unit_test_setup_teardown(editorial_insertions_are_not_split, setup, teardown),
        cmocka_unit_test_setup_teardown(insertion_split_end_to_end, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
