/*
 * io_fixture.h -- the set-up the suite readers' tests repeat: an arena and
 * a diagnostics sink per test, and the path of a reference file read in
 * place under $EW_SHARED (the test skips when it is not set).
 *
 * Header-only on purpose: the Makefile builds each tests/<comp>/test_*.c
 * alone against libeventwatch.a, so a helper comes in by #include (after
 * <cmocka.h>).  The caller frees the arena with ew_arena_free().
 */
#ifndef EW_TESTS_IO_FIXTURE_H
#define EW_TESTS_IO_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "core/arena.h"
#include "core/diag.h"

/* A fresh arena and diagnostics; quiet keeps the reports a test provokes
 * on purpose off stderr (they are still counted). */
static inline void io_begin(ew_arena *a, ew_diag *d, int quiet)
{
    ew_arena_init(a, 0);
    ew_diag_init(d);
    d->quiet = quiet;
}

/* "$EW_SHARED/rel" in buf; skips the calling test when EW_SHARED is unset
 * or empty (cmocka's skip() leaves the test from here). */
static inline const char *io_shared(char *buf, size_t size, const char *rel)
{
    const char *sh = getenv("EW_SHARED");
    if (!sh || !*sh)
        skip();
    snprintf(buf, size, "%s/%s", sh, rel);
    return buf;
}

#endif
