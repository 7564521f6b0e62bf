/* Tests for src/text: tokens, sentences, datelines, offsets, repairs.
 * Every snippet is invented for these tests. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/diag.h"
#include "text/segment.h"
#include "text/sentence.h"
#include "text/tokenize.h"
#include "text/utf8.h"

#include "text_fixture.h"

/* The forms of sentence i joined by single spaces. */
static const char *forms(const ew_segmented *s, size_t i)
{
    assert_true(i < s->n);
    const ew_sentence *x = &s->sent[i];
    size_t len = 0;
    for (size_t k = 0; k < x->n; k++)
        len += strlen(x->tok[k].form) + 1;
    char *buf = ew_arena_alloc(&A, len + 1), *p = buf;
    for (size_t k = 0; k < x->n; k++)
        p += sprintf(p, k ? " %s" : "%s", x->tok[k].form);
    *p = '\0';
    return buf;
}

/* Every token's original bytes spell its form (true for clean input). */
static void assert_offsets_exact(const char *text, const ew_segmented *s)
{
    for (size_t i = 0; i < s->n; i++)
        for (size_t k = 0; k < s->sent[i].n; k++) {
            const ew_token *t = &s->sent[i].tok[k];
            size_t a = s->sent[i].text_offset + t->start, b = s->sent[i].text_offset + t->end;
            assert_true(b <= strlen(text) && a < b);
            assert_int_equal(b - a, strlen(t->form));
            assert_memory_equal(text + a, t->form, b - a);
            /* and they index the sentence text directly */
            assert_memory_equal(s->sent[i].text + t->start, t->form, b - a);
        }
}

static void assert_dateline(const ew_segmented *s, const char *place)
{
    assert_non_null(s->dateline);   /* fail, do not crash, when it is missing */
    assert_string_equal(s->dateline, place);
}

static void titles_and_months_do_not_split(void **state)
{
    (void)state;
    const char *t = "Gen. Lt. Col. Ivan Petrov met Sen. Mary Jones and Dr. Ali Khan on Jan. 5 in "
                    "St. Petersburg. Gov. Lee and Rep. Ortiz left on Feb. 2; Pres. Obi stayed.";
    ew_segmented s = seg(t);
    assert_int_equal(s.n, 2);
    assert_string_equal(forms(&s, 0), "Gen. Lt. Col. Ivan Petrov met Sen. Mary Jones and Dr. Ali Khan "
                                      "on Jan. 5 in St. Petersburg .");
    assert_string_equal(forms(&s, 1), "Gov. Lee and Rep. Ortiz left on Feb. 2 ; Pres. Obi stayed .");
    assert_offsets_exact(t, &s);
}

static void dotted_abbreviations_and_initials(void **state)
{
    (void)state;
    const char *t = "The U.S. and the U.N. agreed at 9 a.m. on a plan. Author J. R. R. Grant, "
                    "the No. 2 seed, lost to Acme Inc. The match ended early.";
    ew_segmented s = seg(t);
    assert_int_equal(s.n, 3);
    assert_string_equal(forms(&s, 0), "The U.S. and the U.N. agreed at 9 a.m. on a plan .");
    assert_string_equal(forms(&s, 1), "Author J. R. R. Grant , the No. 2 seed , lost to Acme Inc.");
    assert_string_equal(forms(&s, 2), "The match ended early .");
    assert_offsets_exact(t, &s);
}

static void abbreviation_at_sentence_end(void **state)
{
    (void)state;
    ew_segmented s = seg("Troops returned to the U.S. They were greeted by U.S. officials.");
    assert_int_equal(s.n, 2);
    assert_string_equal(forms(&s, 0), "Troops returned to the U.S.");
    /* "No" without a number is a word, its period a full stop */
    s = seg("The minister said No. Talks ended.");
    assert_int_equal(s.n, 2);
    assert_string_equal(forms(&s, 0), "The minister said No .");
}

static void contractions_and_possessives(void **state)
{
    (void)state;
    const char *t = "Kazakhstan's envoy can't come, won't call and doesn't know; they're sure "
                    "we'll see Astana\xE2\x80\x99s reply, isn\xE2\x80\x99t it? I cannot say.";
    ew_segmented s = seg(t);
    assert_int_equal(s.n, 2);
    assert_string_equal(forms(&s, 0),
                        "Kazakhstan 's envoy ca n't come , wo n't call and does n't know ; they 're sure "
                        "we 'll see Astana \xE2\x80\x99s reply , is n\xE2\x80\x99t it ?");
    assert_string_equal(forms(&s, 1), "I can not say .");
    assert_offsets_exact(t, &s);
}

static void numbers_dates_money(void **state)
{
    (void)state;
    const char *t = "Exports grew 3.5% to $4bn, or 1,000.5 units, by 2026-11-28 at 10:30 "
                    "(see 12/04/2026).";
    ew_segmented s = seg(t);
    assert_int_equal(s.n, 1);
    assert_string_equal(forms(&s, 0), "Exports grew 3.5 % to $ 4bn , or 1,000.5 units , by 2026-11-28 "
                                      "at 10:30 ( see 12/04/2026 ) .");
    assert_offsets_exact(t, &s);
}

static void urls_emails_hyphens_dashes(void **state)
{
    (void)state;
    const char *t = "Read http://news.example.org/a?id=7. Write to press.office@example.kz "
                    "about the well-known cease-fire\xE2\x80\x94or the pro-Kremlin -- rally.";
    ew_segmented s = seg(t);
    assert_int_equal(s.n, 2);
    assert_string_equal(forms(&s, 0), "Read http://news.example.org/a?id=7 .");
    assert_string_equal(forms(&s, 1), "Write to press.office@example.kz about the well-known "
                                      "cease-fire \xE2\x80\x94 or the pro-Kremlin -- rally .");
    assert_offsets_exact(t, &s);
}

static void quotes_close_sentences(void **state)
{
    (void)state;
    const char *t = "He said: \"We will stay.\" Then he left. \xE2\x80\x9CNever again,\xE2\x80\x9D she "
                    "replied. \xE2\x80\x9CWhy?\xE2\x80\x9D asked a reporter. \"Why?\" she asked.";
    ew_segmented s = seg(t);
    assert_int_equal(s.n, 5);
    assert_string_equal(forms(&s, 0), "He said : \" We will stay . \"");
    assert_string_equal(forms(&s, 1), "Then he left .");
    assert_string_equal(forms(&s, 2), "\xE2\x80\x9C Never again , \xE2\x80\x9D she replied .");
    assert_string_equal(forms(&s, 3), "\xE2\x80\x9C Why ? \xE2\x80\x9D asked a reporter .");
    assert_string_equal(forms(&s, 4), "\" Why ? \" she asked .");
    assert_offsets_exact(t, &s);
}

static void question_exclamation_ellipsis(void **state)
{
    (void)state;
    ew_segmented s = seg("Is it over?! Nobody knows... but talks go on. Really!!! Yes.");
    assert_int_equal(s.n, 4);
    assert_string_equal(forms(&s, 0), "Is it over ?!");
    assert_string_equal(forms(&s, 1), "Nobody knows ... but talks go on .");
    assert_string_equal(forms(&s, 2), "Really !!!");
}

static void paragraphs_and_headlines(void **state)
{
    (void)state;
    ew_segmented s = seg("Ceasefire holds in border town\nThe ceasefire held overnight, officials "
                         "said\n\nA second paragraph without a full stop\n\nLast one.");
    assert_int_equal(s.n, 4);
    assert_string_equal(forms(&s, 0), "Ceasefire holds in border town");
    assert_string_equal(forms(&s, 1), "The ceasefire held overnight , officials said");
}

static void datelines(void **state)
{
    (void)state;
    const char *t = "ALMATY, Dec 4 (Kazinform) - Kazakhstan's President met envoys. They talked.";
    ew_segmented s = seg(t);
    assert_non_null(s.dateline);
    assert_dateline(&s, "ALMATY");
    assert_int_equal(s.dateline_start, 0);
    assert_int_equal(s.dateline_end, strlen("ALMATY, Dec 4 (Kazinform) -"));
    assert_int_equal(s.n, 2);
    assert_string_equal(forms(&s, 0), "Kazakhstan 's President met envoys .");
    assert_offsets_exact(t, &s);

    s = seg("KYIV (Reuters) \xE2\x80\x94 Air raid sirens sounded.");
    assert_dateline(&s, "KYIV");
    assert_string_equal(forms(&s, 0), "Air raid sirens sounded .");

    s = seg("WASHINGTON \xE2\x80\x94 The Senate voted.");
    assert_dateline(&s, "WASHINGTON");
    assert_string_equal(forms(&s, 0), "The Senate voted .");

    s = seg("NEW YORK, Nov. 27, 2026 (AP) -- Markets fell.");
    assert_dateline(&s, "NEW YORK");
    assert_string_equal(forms(&s, 0), "Markets fell .");

    s = seg("Bishkek, March 3 (AKIpress) - Talks resumed.");
    assert_dateline(&s, "Bishkek");

    s = seg("ASTANA. November 27. KAZINFORM - The Senate met.");
    assert_dateline(&s, "ASTANA");
    assert_string_equal(forms(&s, 0), "The Senate met .");

    s = seg("US. The envoy - a veteran - left.");
    assert_null(s.dateline);
    s = seg("NATO. The alliance - or most of it - agreed.");
    assert_null(s.dateline);
    s = seg("U.S. officials - two of them - resigned.");
    assert_null(s.dateline);
    s = seg("TASHKENT. Dec 4 - Uzbekistan voted.");
    assert_dateline(&s, "TASHKENT");

    /* no dash, or ordinary sentence starts: no dateline */
    s = seg("NATO said on Friday it would meet.");
    assert_null(s.dateline);
    s = seg("Officials - at least three - resigned.");
    assert_null(s.dateline);
    assert_string_equal(forms(&s, 0), "Officials - at least three - resigned .");
}

static void invalid_utf8_repaired_and_counted(void **state)
{
    (void)state;
    const char t[] = "Caf\xC3\xA9 owner \xFF\xFEsaid \xC3 and \xED\xA0\x80 ok. Next.";
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_segmented s;
    assert_int_equal(ew_text_segment(t, sizeof t - 1, &s, &A, &d), 0);
    assert_int_equal(s.invalid_utf8, 6);   /* FF FE C3 ED A0 80 */
    assert_int_equal(d.warnings, 1);
    assert_int_equal(s.n, 2);
    assert_string_equal(forms(&s, 0), "Caf\xC3\xA9 owner \xEF\xBF\xBD\xEF\xBF\xBD said \xEF\xBF\xBD and "
                                      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD ok .");
    /* the repaired token still points at the original bad bytes */
    const ew_token *bad = &s.sent[0].tok[2];
    assert_int_equal(s.sent[0].text_offset + bad->start, 12);
    assert_int_equal(s.sent[0].text_offset + bad->end, 14);
}

static void markup_entities_controls(void **state)
{
    (void)state;
    const char *t = "<p>AT&amp;T and Smith &amp; Wesson met.</p><p>Second\x01 par&#233;graph "
                    "<b>bold</b> text.</p>";
    ew_segmented s = seg(t);
    assert_int_equal(s.n, 2);
    assert_string_equal(forms(&s, 0), "AT&T and Smith & Wesson met .");
    assert_string_equal(forms(&s, 1), "Second par\xC3\xA9graph bold text .");
    /* "&amp;" token spans the whole entity in the original */
    const ew_token *amp = &s.sent[0].tok[3];
    size_t a = s.sent[0].text_offset + amp->start, b = s.sent[0].text_offset + amp->end;
    assert_int_equal(b - a, 5);
    assert_memory_equal(t + a, "&amp;", 5);
    /* a stray '<' that is not a tag stays text */
    s = seg("Turnout was < 40% in 3 < 5 regions.");
    assert_int_equal(s.n, 1);
    assert_string_equal(forms(&s, 0), "Turnout was < 40 % in 3 < 5 regions .");
}

static void comments_removed_and_unclosed_ones_linear(void **state)
{
    (void)state;
    ew_segmented s = seg("Talks<!-- editor: check --> resumed.");
    assert_string_equal(forms(&s, 0), "Talks resumed .");
    size_t reps = 200000, len = reps * 4;
    char *buf = ew_arena_alloc(&A, len + 1);
    for (size_t i = 0; i < reps; i++)
        memcpy(buf + 4 * i, "<!--", 4);
    buf[len] = '\0';
    clock_t t0 = clock();
    ew_segmented u;
    assert_int_equal(ew_text_segment(buf, len, &u, &A, NULL), 0);
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
    assert_int_equal(u.n, 1);
}

static void nfc_normalised_forms(void **state)
{
    (void)state;
    /* "e" + combining acute becomes precomposed U+00E9 in the form only */
    const char *t = "Cafe\xCC\x81 talks.";
    ew_segmented s = seg(t);
    assert_string_equal(s.sent[0].tok[0].form, "Caf\xC3\xA9");
    assert_int_equal(s.sent[0].tok[0].end - s.sent[0].tok[0].start, 6);
}

static void empty_and_whitespace(void **state)
{
    (void)state;
    ew_segmented s = seg("");
    assert_int_equal(s.n, 0);
    s = seg("   \n\n\t \r\n  ");
    assert_int_equal(s.n, 0);
    s = seg("<p></p>&nbsp;");
    assert_int_equal(s.n, 0);
    assert_int_equal(ew_text_segment(NULL, 0, &s, &A, NULL), 0);
    assert_int_equal(s.n, 0);
}

static double segment_seconds(size_t words)
{
    size_t len = words * 6;
    char *buf = ew_arena_alloc(&A, len + 1);
    for (size_t i = 0; i < words; i++)
        memcpy(buf + 6 * i, i % 7 == 6 ? "and,  " : "word  ", 6);
    buf[len - 1] = '\0';
    ew_arena run;
    ew_arena_init(&run, 0);
    ew_segmented s;
    clock_t t0 = clock();
    ew_text_segment(buf, len - 1, &s, &run, NULL);
    double dt = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_int_equal(s.n, 1);
    ew_arena_free(&run);
    return dt;
}

static void run_on_sentence_is_linear(void **state)
{
    (void)state;
    double small = segment_seconds(10000), big = segment_seconds(100000);
    /* 10,000 tokens well within a second even under sanitizers, and ten
     * times the input costs about ten times the time, not a hundred. */
    assert_true(small < 1.0);
    assert_true(big < 40 * (small + 0.002));
}

static void abbreviation_table_lookups(void **state)
{
    (void)state;
    /* the table is binary-searched: every class must be found */
    assert_int_equal(ew_text_abbrev_class("Adm", 3), EW_TOK_TITLE);
    assert_int_equal(ew_text_abbrev_class("Wyo", 3), EW_TOK_ABBR);
    assert_int_equal(ew_text_abbrev_class("vs", 2), EW_TOK_TITLE);
    assert_int_equal(ew_text_abbrev_class("Sept", 4), EW_TOK_MONTH);
    assert_int_equal(ew_text_abbrev_class("Inc", 3), EW_TOK_ABBR);
    assert_int_equal(ew_text_abbrev_class("Moscow", 6), EW_TOK_WORD);
}

/* A reference mark after a full stop belongs to the sentence before it. */
static void citation_marks_stay_with_their_sentence(void **state)
{
    (void)state;
    ew_segmented s = seg("She moved to Porto in 1921.[3] [7] Later she taught there. "
                         "It closed.[citation needed] A school opened.");
    assert_int_equal(s.n, 4);
    assert_string_equal(forms(&s, 0), "She moved to Porto in 1921 . [ 3 ] [ 7 ]");
    assert_string_equal(forms(&s, 1), "Later she taught there .");
    assert_string_equal(forms(&s, 2), "It closed . [ citation needed ]");
}

/* A headline runs into the page's date line with no mark between them. */
static void date_line_after_headline(void **state)
{
    (void)state;
    ew_segmented s = seg("Envoys agree on river treaty Tuesday, March 4, 2025 The talks ended.");
    assert_true(s.n >= 2);
    assert_string_equal(forms(&s, 0), "Envoys agree on river treaty");
    /* after "on" the date is an object */
    s = seg("The report is due on Monday, March 3, 2025 at noon.");
    assert_int_equal(s.n, 1);
}

/* Numbered items of a web question are sentences, unless a word leads
 * into the list. */
static void numbered_items_after_a_word(void **state)
{
    (void)state;
    ew_text_toks t = {0};
    const char *text = "I stay five nights 1) which island is best and 2) what";
    ew_text_tokenize(text, strlen(text), &t, &A);
    assert_true(ew_text_list_item_end(t.v, t.n, 3));    /* nights | 1) */
    assert_false(ew_text_list_item_end(t.v, t.n, 9));   /* and | 2) */
    assert_false(ew_text_list_item_end(t.v, t.n, 0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(titles_and_months_do_not_split, setup, teardown),
        cmocka_unit_test_setup_teardown(dotted_abbreviations_and_initials, setup, teardown),
        cmocka_unit_test_setup_teardown(abbreviation_at_sentence_end, setup, teardown),
        cmocka_unit_test_setup_teardown(contractions_and_possessives, setup, teardown),
        cmocka_unit_test_setup_teardown(numbers_dates_money, setup, teardown),
        cmocka_unit_test_setup_teardown(urls_emails_hyphens_dashes, setup, teardown),
        cmocka_unit_test_setup_teardown(quotes_close_sentences, setup, teardown),
        cmocka_unit_test_setup_teardown(question_exclamation_ellipsis, setup, teardown),
        cmocka_unit_test_setup_teardown(paragraphs_and_headlines, setup, teardown),
        cmocka_unit_test_setup_teardown(datelines, setup, teardown),
        cmocka_unit_test_setup_teardown(invalid_utf8_repaired_and_counted, setup, teardown),
        cmocka_unit_test_setup_teardown(markup_entities_controls, setup, teardown),
        cmocka_unit_test_setup_teardown(comments_removed_and_unclosed_ones_linear, setup, teardown),
        cmocka_unit_test_setup_teardown(nfc_normalised_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(empty_and_whitespace, setup, teardown),
        cmocka_unit_test_setup_teardown(run_on_sentence_is_linear, setup, teardown),
        cmocka_unit_test_setup_teardown(abbreviation_table_lookups, setup, teardown),
        cmocka_unit_test_setup_teardown(citation_marks_stay_with_their_sentence, setup, teardown),
        cmocka_unit_test_setup_teardown(date_line_after_headline, setup, teardown),
        cmocka_unit_test_setup_teardown(numbered_items_after_a_word, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
