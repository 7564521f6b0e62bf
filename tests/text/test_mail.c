/* Tests for src/text/mail.c: e-mail sign-offs end a sentence before the
 * sender's name, header stamps before what follows.  Every snippet is
 * invented. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/mail.h"
#include "text/segment.h"

#include "text_fixture.h"

/* Index of the first "," token of text for which ew_text_signoff_end()
 * holds, or -1. */
static int signoff_at(const char *text)
{
    ew_text_toks t = {0};
    ew_text_tokenize(text, strlen(text), &t, &A);
    for (size_t i = 0; i < t.n; i++)
        if (ew_text_signoff_end(t.v, t.n, i))
            return (int)i;
    return -1;
}

static void signoffs_are_found(void **state)
{
    (void)state;
    assert_int_equal(signoff_at("Best regards, Dana Whitfield"), 2);
    assert_int_equal(signoff_at("See you then. Regards, Dana"), 5);
    assert_int_equal(signoff_at("Call me.\nthank you, Omar Haddad"), 5);
    assert_int_equal(signoff_at("All the best, Rui"), 3);
}

static void addressed_thanks_and_text_are_not(void **state)
{
    (void)state;
    assert_int_equal(signoff_at("Thanks, Kim."), -1);            /* thanks addressed to Kim */
    assert_int_equal(signoff_at("Thanks, I know you are busy"), -1);
    assert_int_equal(signoff_at("He sent his regards, Dana said"), -1); /* not at a sentence start */
    assert_int_equal(signoff_at("Regards, and see you"), -1);     /* no name follows */
    assert_int_equal(signoff_at("Best, Worst and Average"), 1);   /* the shape alone decides */
}

static void segmenter_splits_before_the_name(void **state)
{
    (void)state;
    const char *text = "I attached the draft. Kind regards, Dana Whitfield";
    ew_segmented s;
    assert_int_equal(ew_text_segment(text, strlen(text), &s, &A, NULL), 0);
    assert_int_equal(s.n, 3);
    assert_string_equal(s.sent[1].text, "Kind regards,");
    assert_string_equal(s.sent[2].text, "Dana Whitfield");
}

/* Index of the first token of text that ends a header stamp, or -1. */
static int stamp_at(const char *text)
{
    ew_text_toks t = {0};
    ew_text_tokenize(text, strlen(text), &t, &A);
    for (size_t i = 0; i < t.n; i++)
        if (ew_text_stamp_end(t.v, t.n, i))
            return (int)i;
    return -1;
}

static void header_stamps_end_a_sentence(void **state)
{
    (void)state;
    assert_int_equal(stamp_at("Omar Haddad 02/13/2001 08:02 PM Please call"), 4);
    assert_int_equal(stamp_at("02/13/01 8:02PM see below"), 1);
    assert_int_equal(stamp_at("on 04/25/01 12:42:55 We moved"), 2);
    assert_int_equal(stamp_at("on 04/25/01 12:42:55 and then"), -1);   /* no capital */
    assert_int_equal(stamp_at("at 08:02 PM Please call"), -1);          /* no date */
    assert_int_equal(stamp_at("02/13/2001 08:02 PM"), -1);              /* nothing after */
    assert_int_equal(stamp_at("02/13/2001 08:02 PM\nPlease call"), -1); /* the line ends anyway */
    assert_int_equal(stamp_at("1/2 08:02 PM Please"), -1);              /* a fraction, no date */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(signoffs_are_found),
        cmocka_unit_test(addressed_thanks_and_text_are_not),
        cmocka_unit_test(segmenter_splits_before_the_name),
        cmocka_unit_test(header_stamps_end_a_sentence),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
