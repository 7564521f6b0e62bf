/*
 * coder_fixture.h -- the set-up the coder tests repeat: an invented
 * dictionary set built from texts in memory (ew_dict_add_mem; no temporary
 * files), cmocka setup/teardown around it, and coding one sentence -- a
 * Penn tree (through the tree or its dependency conversion) or an
 * ew_sentence -- into "SRC TGT CODE;..." for string comparison.
 *
 * Header-only on purpose: the Makefile builds each tests/<comp>/test_*.c
 * alone against libeventwatch.a, so a helper comes in by #include (after
 * <cmocka.h>).  The fixture owns the dictionary; strings returned live in
 * the caller's arena.
 */
#ifndef EW_TESTS_CODE_CODER_FIXTURE_H
#define EW_TESTS_CODE_CODER_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/coder.h"
#include "core/diag.h"
#include "dict/dict.h"
#include "io/ptb.h"

typedef struct fixture {
    ew_dict *dict;
} fixture;

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

/* For a test file's setup(): *state becomes a fixture over these texts. */
static inline int fixture_setup(void **state, const char *verbs, const char *actors,
                                const char *agents, const char *discards)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (!fx)
        return -1;
    fx->dict = fixture_dict(verbs, actors, agents, discards);
    *state = fx;
    return 0;
}

static inline int teardown(void **state)
{
    fixture *fx = *state;
    ew_dict_free(fx->dict);
    free(fx);
    return 0;
}

/* "SRC TGT CODE;" per event, in the arena. */
static inline const char *fixture_events_text(const ew_event_list *ev, ew_arena *a)
{
    char buf[1024] = "";
    for (size_t i = 0; i < ev->n; i++)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s %s %s;",
                 ev->v[i].source.code, ev->v[i].target.code, ev->v[i].code);
    return ew_arena_strdup(a, buf);
}

/* Codes s with the default options; its events in the arena. */
static inline ew_event_list fixture_code(const fixture *fx, ew_sentence *s, ew_arena *a)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_coder c = {fx->dict, {0}, NULL, NULL, &d};
    ew_code_options_default(&c.opt);
    ew_event_list ev = {0};
    ew_code_sentence(&c, s, a, &ev);
    return ev;
}

/* Codes s; returns "SRC TGT CODE;..." in the arena. */
static inline const char *fixture_code_text(const fixture *fx, ew_sentence *s, ew_arena *a)
{
    ew_event_list ev = fixture_code(fx, s, a);
    return fixture_events_text(&ev, a);
}

/* Codes a Penn tree through the tree (use_ptb) or its dependencies only;
 * returns "SRC TGT CODE;..." in the arena. */
static inline const char *fixture_code_ptb(const fixture *fx, const char *tree,
                                           const char *text, int32_t date, ew_arena *a,
                                           int use_ptb)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_ptb_node *root = ew_ptb_parse(tree, a, &d, "test", 1, "t");
    assert_non_null(root);
    ew_sentence *s = ew_ptb_to_sentence(root, text, a, &d);
    assert_non_null(s);
    s->date = date;
    s->text = text;
    if (!use_ptb)
        s->ptb = NULL;
    return fixture_code_text(fx, s, a);
}

#endif
