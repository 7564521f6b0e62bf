/*
 * dict_fixture.h -- the set-up the coder tests repeat: an invented
 * dictionary set built from texts in memory (ew_dict_add_mem; no temporary
 * files), loaded quietly and finished.
 *
 * Header-only on purpose: the Makefile builds each tests/<comp>/test_*.c
 * alone against libeventwatch.a, so a helper comes in by #include (after
 * <cmocka.h>).  The caller owns the dictionary (ew_dict_free).
 */
#ifndef EW_TESTS_CODE_DICT_FIXTURE_H
#define EW_TESTS_CODE_DICT_FIXTURE_H

#include <string.h>

#include "core/diag.h"
#include "dict/dict.h"

/* One text per kind; NULL leaves that kind out.  A text the loader
 * rejects fails the test: fixtures must be valid dictionaries. */
static inline ew_dict *fixture_dict(const char *verbs, const char *actors,
                                    const char *agents, const char *discards)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_dict *dict = ew_dict_new();
    assert_non_null(dict);
    const struct { ew_dict_kind kind; const char *name, *text; } part[] = {
        {EW_DICT_VERBS, "verbs.txt", verbs},
        {EW_DICT_ACTORS, "actors.txt", actors},
        {EW_DICT_AGENTS, "agents.txt", agents},
        {EW_DICT_DISCARDS, "discards.txt", discards},
    };
    for (size_t i = 0; i < sizeof part / sizeof part[0]; i++)
        if (part[i].text)
            assert_int_equal(ew_dict_add_mem(dict, part[i].kind, part[i].name, part[i].text,
                                             strlen(part[i].text), &d), 0);
    ew_dict_finish(dict);
    assert_int_equal(d.errors, 0);
    return dict;
}

#endif
