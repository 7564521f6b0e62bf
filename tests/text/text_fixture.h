/*
 * text_fixture.h -- the set-up the text tests repeat: one arena per test
 * (cmocka setup/teardown) and the segmentation of a literal text.
 *
 * Header-only on purpose: the Makefile builds each tests/<comp>/test_*.c
 * alone against libeventwatch.a, so a helper comes in by #include (after
 * <cmocka.h>).  Everything allocated from A lives until the test ends.
 */
#ifndef EW_TESTS_TEXT_FIXTURE_H
#define EW_TESTS_TEXT_FIXTURE_H

#include <string.h>

#include "core/arena.h"
#include "text/segment.h"

static ew_arena A;

static inline int setup(void **state)
{
    (void)state;
    ew_arena_init(&A, 0);
    return 0;
}

static inline int teardown(void **state)
{
    (void)state;
    ew_arena_free(&A);
    return 0;
}

/* The sentences of text, segmented with no diagnostics sink. */
static inline ew_segmented seg(const char *text)
{
    ew_segmented s;
    assert_int_equal(ew_text_segment(text, strlen(text), &s, &A, NULL), 0);
    return s;
}

#endif
