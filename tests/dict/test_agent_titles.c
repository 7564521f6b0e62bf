/*
 * Tests for the titles, departments and seats of government the shipped
 * dictionaries turn into agents and actors (data/dict/eventwatch.agents.txt
 * and the metonyms of scripts/dictgen/gen_countries.py): a noun phrase is
 * coded the way the coder codes it (ew_code_phrase: first actor, then every
 * agent outside it), so "the UK forces" must give GBRMIL, not GBR.
 *
 * The phrases are invented; the data files are read in place from the
 * source tree (EW_ROOT, else the tree this test was compiled in).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "code/actor.h"
#include "core/arena.h"
#include "dict/dict.h"

#define DATE 20070601

static const char *const FILES[] = {
    "eventwatch.countries.actors.txt", "eventwatch.igos.actors.txt",
    "eventwatch.leaders.actors.txt", "eventwatch.nonstate.actors.txt",
};

typedef struct fixture {
    ew_dict *d;
    ew_diag diag;
    ew_arena arena;
} fixture;

static int add(fixture *f, ew_dict_kind kind, const char *name)
{
    char path[4096];
    const char *root = getenv("EW_ROOT");
    snprintf(path, sizeof path, "%s/data/dict/%s",
             root && *root ? root : EW_SOURCE_DIR, name);
    return ew_dict_add_file(f->d, kind, path, &f->diag);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    ew_diag_init(&f->diag);
    f->diag.max_print = 20;
    f->d = ew_dict_new();
    int rc = 0;
    for (size_t i = 0; i < sizeof FILES / sizeof *FILES; i++)
        rc |= add(f, EW_DICT_ACTORS, FILES[i]);
    rc |= add(f, EW_DICT_AGENTS, "eventwatch.agents.txt");
    ew_dict_finish(f->d);
    ew_arena_init(&f->arena, 4096);
    *state = f;
    return rc;
}

static int teardown(void **state)
{
    fixture *f = *state;
    ew_arena_free(&f->arena);
    ew_dict_free(f->d);
    free(f);
    return 0;
}

/* The coder's code of the noun phrase text (words split on blanks). */
static void assert_np(fixture *f, const char *text, const char *want)
{
    char buf[512];
    ew_sym w[32];
    size_t n = 0;
    snprintf(buf, sizeof buf, "%s", text);
    for (char *save = NULL, *t = strtok_r(buf, " ", &save); t && n < 32;
         t = strtok_r(NULL, " ", &save))
        w[n++] = ew_dict_sym(f->d, t, strlen(t));
    const char *got = ew_code_phrase(f->d, w, n, DATE, &f->arena, NULL);
    if (strcmp(got, want) != 0)
        print_message("'%s': got %s, want %s\n", text, got, want);
    assert_string_equal(got, want);
}

/* "forces" alone are armed forces; rebel and opposition forces are not. */
static void forces_are_military(void **state)
{
    fixture *f = *state;
    assert_np(f, "the UK forces", "GBRMIL");
    assert_np(f, "Freedonian forces", "---MIL");
    assert_np(f, "American forces", "USAMIL");
    assert_np(f, "rebel forces", "---REB");
    assert_np(f, "opposition forces", "---OPP");
    assert_np(f, "Peruvian security forces", "PERMIL");
    assert_np(f, "coalition forces", "---MIL");
    /* forces named by who they are keep that sector */
    assert_np(f, "secessionist forces", "---SEP");
    assert_np(f, "paramilitary forces", "---UAF");
    assert_np(f, "Taliban forces", "AFGINSTAL");
    assert_np(f, "Hamas forces", "PSEINSHMS");
}

/* Ranks, clergy and media before a name or alone. */
static void titles_give_agents(void **state)
{
    fixture *f = *state;
    assert_np(f, "Colonel Jim Smith", "---MIL");
    assert_np(f, "Lt. Col. Jim Smith", "---MIL");
    assert_np(f, "a Chilean colonel", "CHLMIL");
    assert_np(f, "Sgt. Jim Smith", "---MIL");
    assert_np(f, "the Reverend Jim Smith", "---REL");
    assert_np(f, "Rev. Jim Smith", "---REL");
    assert_np(f, "a British tabloid", "GBRMED");
    assert_np(f, "Rep. Jim Smith", "---LEG");
    assert_np(f, "a Dutch MEP", "NLDLEG");
    assert_np(f, "Prince Jim", "---ELI");
    assert_np(f, "the Israeli PM", "ISRGOV");
    assert_np(f, "5:30 pm", "---");   /* a clock time, not the title */
    assert_np(f, "11 pm", "---");
    assert_np(f, "Spain former PM Jim Smith", "ESPELI");
    assert_np(f, "Iraq 's election commission", "IRQGOV");
    assert_np(f, "a Philippine congressional committee", "PHLLEG");
    assert_np(f, "an Iraqi security force", "IRQMIL");
}

/* Titles that end in 'General' are no generals; a deputy of an executive
 * office is GOV, not LEG; police speakers stay COP. */
static void compound_titles(void **state)
{
    fixture *f = *state;
    assert_np(f, "the Canadian Governor General Jane Roe", "CANGOV");
    assert_np(f, "the Auditor General", "---GOV");
    assert_np(f, "Solicitor General Jim Smith", "---JUD");
    assert_np(f, "General Jim Smith", "---MIL");
    assert_np(f, "the Freedonian Deputy Fisheries Minister", "---GOV");
    assert_np(f, "the Brazilian Deputy Jim Smith", "BRALEG");
    assert_np(f, "a police spokesman", "---COP");
    assert_np(f, "the Senate Majority Leader", "---LEG");
    assert_np(f, "U.S. Energy Secretary Jim Smith", "USAGOV");
    assert_np(f, "the British Education Secretary", "GBRGOV");
}

/* Departments and seats of government: the US names alone are the US
 * government; after another country's word, that country's. */
static void departments_and_seats(void **state)
{
    fixture *f = *state;
    assert_np(f, "the State Department", "USAGOV");
    assert_np(f, "the United States State Department", "USAGOV");
    assert_np(f, "the Defense Department", "USAGOV");
    assert_np(f, "the U.S. Department of Justice", "USAGOV");
    assert_np(f, "the Australian Defence Department", "AUSGOV");
    assert_np(f, "the Irish Department of Foreign Affairs", "IRLGOV");
    assert_np(f, "the Home Office", "GBRGOV");
    assert_np(f, "the Foreign Office", "GBRGOV");
    assert_np(f, "the Pentagon", "USAMIL");
    assert_np(f, "a Pentagon spokesman", "USAMIL");
    assert_np(f, "the Kremlin", "RUSGOV");
    assert_np(f, "Downing Street", "GBRGOV");
    assert_np(f, "the White House", "USAGOV");
    assert_np(f, "the Elysee", "FRAGOV");
    assert_np(f, "Scotland Yard", "GBRCOP");
    assert_np(f, "Capitol Hill", "USALEG");
    /* a leaked memo named for the seat of government is no speaker */
    assert_np(f, "the Downing Street memo", "---");
    /* 'general' is a rank, but not in 'a general election' */
    assert_np(f, "a general election", "---");
    assert_np(f, "a general strike", "---");
    assert_np(f, "Pentagon officials", "USAMIL");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(forces_are_military),
        cmocka_unit_test(titles_give_agents),
        cmocka_unit_test(compound_titles),
        cmocka_unit_test(departments_and_seats),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
