/*
 * Tests for the project's own actor, agent, discard and issue dictionaries
 * (data/dict/eventwatch.*.txt): they load through the real loader with no
 * rejected line and lint clean; every ISO 3166-1 country has its code; date
 * ranges are sane and never overlap within a record; and the actors of the
 * seed story resolve to the codes docs/actor-codes.md promises.
 *
 * The data files are read in place from the source tree (EW_ROOT, else the
 * tree this test was compiled in).  The ISO list comes from Debian's
 * iso-codes package; that check is skipped when the package is absent.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <cmocka.h>

#include <jansson.h>

#include "dict/dict.h"
#include "dict/dict_internal.h"
#include "dict/lint.h"

#define ISO_JSON "/usr/share/iso-codes/json/iso_3166-1.json"

static const char *const ACTOR_FILES[] = {
    "eventwatch.countries.actors.txt", "eventwatch.igos.actors.txt",
    "eventwatch.leaders.actors.txt", "eventwatch.nonstate.actors.txt",
};

typedef struct fixture {
    ew_dict *d;
    ew_diag diag;
} fixture;

static void data_path(char *buf, size_t size, const char *name)
{
    const char *root = getenv("EW_ROOT");
    snprintf(buf, size, "%s/data/dict/%s", root && *root ? root : EW_SOURCE_DIR, name);
}

static int add(fixture *f, ew_dict_kind kind, const char *name)
{
    char path[4096];
    data_path(path, sizeof path, name);
    return ew_dict_add_file(f->d, kind, path, &f->diag);
}

/* Loads every shipped file of this area once for all tests. */
static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    ew_diag_init(&f->diag);
    f->diag.max_print = 20; /* a broken file should not flood the log */
    f->d = ew_dict_new();
    int rc = 0;
    for (size_t i = 0; i < sizeof ACTOR_FILES / sizeof *ACTOR_FILES; i++)
        rc |= add(f, EW_DICT_ACTORS, ACTOR_FILES[i]);
    rc |= add(f, EW_DICT_AGENTS, "eventwatch.agents.txt");
    rc |= add(f, EW_DICT_DISCARDS, "eventwatch.discards.txt");
    rc |= add(f, EW_DICT_ISSUES, "eventwatch.issues.txt");
    ew_dict_finish(f->d);
    *state = f;
    return rc;
}

static int teardown(void **state)
{
    fixture *f = *state;
    ew_dict_free(f->d);
    free(f);
    return 0;
}

/* ---- loading and lint ----------------------------------------------- */

static void files_load_with_no_rejected_line(void **state)
{
    fixture *f = *state;
    const ew_dict_stats *s = ew_dict_get_stats(f->d);
    assert_int_equal(s->lines_rejected, 0);
    assert_int_equal(f->diag.errors, 0);
    assert_true(s->actors > 1000);
    assert_true(s->agents > 300);
    assert_true(s->discards > 50);
    assert_true(s->issues > 200);
}

static void files_lint_clean(void **state)
{
    fixture *f = *state;
    ew_diag quiet;
    ew_diag_init(&quiet);
    quiet.max_print = 20;
    assert_int_equal(ew_dict_lint(f->d, NULL, &quiet), 0);
}

/* ---- coverage and date sanity ---------------------------------------- */

static int has_default_code(const ew_dict *d, const char *code)
{
    for (size_t i = 0; i < d->actors.n; i++) {
        const char *c = d->actors.v[i]->default_code;
        if (c && strcmp(c, code) == 0)
            return 1;
    }
    return 0;
}

static void every_iso_alpha3_code_present(void **state)
{
    fixture *f = *state;
    json_error_t err;
    json_t *root = json_load_file(ISO_JSON, 0, &err);
    if (!root)
        skip();
    json_t *list = json_object_get(root, "3166-1");
    size_t i, missing = 0;
    json_t *entry;
    json_array_foreach(list, i, entry) {
        const char *code = json_string_value(json_object_get(entry, "alpha_3"));
        if (code && !has_default_code(f->d, code)) {
            print_message("no actor coded %s\n", code);
            missing++;
        }
    }
    assert_true(json_array_size(list) >= 249);
    json_decref(root);
    assert_int_equal(missing, 0);
}

static int ranges_overlap(const ew_dated_code *a, const ew_dated_code *b)
{
    return a->from <= b->to && b->from <= a->to;
}

static void date_ranges_sane_and_disjoint(void **state)
{
    fixture *f = *state;
    size_t bad = 0;
    for (size_t i = 0; i < f->d->actors.n; i++) {
        const ew_actor *a = f->d->actors.v[i];
        for (size_t k = 0; k < a->n_dated; k++) {
            if (a->dated[k].from > a->dated[k].to) {
                print_message("%s:%ld: range ends before it starts\n", a->file, a->line);
                bad++;
            }
            for (size_t j = k + 1; j < a->n_dated; j++)
                if (ranges_overlap(&a->dated[k], &a->dated[j])) {
                    print_message("%s:%ld: %s ranges overlap\n", a->file, a->line, a->primary);
                    bad++;
                }
        }
    }
    assert_int_equal(bad, 0);
}

/* ---- resolution ------------------------------------------------------ */

/* Splits on blanks into symbols of d (EW_SYM_NONE for unknown words). */
static size_t words(const ew_dict *d, const char *text, ew_sym *w, size_t max)
{
    char buf[512];
    size_t n = 0;
    snprintf(buf, sizeof buf, "%s", text);
    for (char *save = NULL, *t = strtok_r(buf, " ", &save); t && n < max;
         t = strtok_r(NULL, " ", &save))
        w[n++] = ew_dict_sym(d, t, strlen(t));
    return n;
}

/* Code of the actor phrase that must span all of text, on a date. */
static const char *actor_code(const ew_dict *d, const char *text, int32_t date)
{
    ew_sym w[64];
    size_t n = words(d, text, w, 64), len = 0;
    const ew_actor *a = ew_dict_match_actor(d, w, n, 0, &len);
    if (!a || len != n)
        return NULL;
    const char *c = ew_actor_code_on(a, date);
    return c ? c : "---";
}

static void assert_actor(const ew_dict *d, const char *text, int32_t date,
                         const char *want)
{
    const char *got = actor_code(d, text, date);
    if (!got || strcmp(got, want) != 0)
        print_message("'%s' on %d: got %s, want %s\n", text, date,
                      got ? got : "(no match)", want);
    assert_non_null(got);
    assert_string_equal(got, want);
}

static void seed_countries_and_regions(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    assert_actor(d, "Kazakhstan", 20251211, "KAZ");
    assert_actor(d, "Kazakh", 20251211, "KAZ");
    assert_actor(d, "Republic of Kazakhstan", 20251211, "KAZ");
    assert_actor(d, "Astana", 20251211, "KAZ");
    assert_actor(d, "Azerbaijan", 20251211, "AZE");
    assert_actor(d, "Armenia", 20251211, "ARM");
    assert_actor(d, "Ukraine", 20251211, "UKR");
    assert_actor(d, "Central Asia", 20251211, "CAS");
    assert_actor(d, "Central Asian countries", 20251211, "CAS");
    assert_actor(d, "Middle East", 20251211, "MEA");
    assert_actor(d, "Afghanistan", 20251211, "AFG");
    assert_actor(d, "Kyrgyz Republic", 20251211, "KGZ");
    assert_actor(d, "Turkiye", 20251211, "TUR");
    assert_actor(d, "T\xc3\xbcrkiye", 20251211, "TUR");   /* UTF-8, any case */
    assert_actor(d, "People's Republic of China", 20251211, "CHN");
    assert_actor(d, "Czechia", 20251211, "CZE");
    assert_actor(d, "North Macedonia", 20251211, "MKD");
    /* a document named after a capital is not that country */
    assert_actor(d, "Helsinki Final Act", 20251211, "---");
}

static void seed_organisations(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    assert_actor(d, "OSCE", 20251211, "IGOOSC");
    assert_actor(d, "Organization for Security and Cooperation in Europe", 20251211, "IGOOSC");
    assert_actor(d, "Council of Foreign Ministers of the Organization for Security "
                    "and Cooperation in Europe", 20251211, "IGOOSC");
    assert_actor(d, "ODIHR", 20251211, "IGOOSCODI");
    assert_actor(d, "UN Regional Center for the Sustainable Development Goals for "
                    "Central Asia and Afghanistan", 20251211, "IGOUNOSDG");
    /* the Chairpersonship is the chair country's government, by year */
    assert_actor(d, "Swiss Chairpersonship", 20251211, "CHEGOV");
    assert_actor(d, "Finnish Chairpersonship", 20251211, "FINGOV");
    assert_actor(d, "OSCE Chairpersonship", 20250601, "FINGOV");
    assert_actor(d, "OSCE Chairpersonship", 20260601, "CHEGOV");
    assert_actor(d, "OSCE Chairpersonship", 20150601, "SRBGOV");
    assert_actor(d, "OSCE Chairpersonship", 20300101, "IGOOSCCIO");
}

static void seed_office_holders_by_date(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    assert_actor(d, "Kosherbayev", 20251211, "KAZGOV");
    assert_actor(d, "Yermek Kosherbayev", 20251211, "KAZGOV");
    assert_actor(d, "Kosherbayev", 20150101, "KAZELI");
    assert_actor(d, "Tokayev", 20251211, "KAZGOV");
    assert_actor(d, "Tokaev", 20251211, "KAZGOV");
    assert_actor(d, "Nazarbayev", 20251211, "KAZELI");
    assert_actor(d, "Nazarbayev", 20150101, "KAZGOV");
    assert_actor(d, "Zelenskyy", 20251211, "UKRGOV");
    assert_actor(d, "Zelensky", 20150101, "UKRELI");
    assert_actor(d, "Ignazio Cassis", 20251211, "CHEGOV");
    assert_actor(d, "Trump", 20190101, "USAGOV");
    assert_actor(d, "Trump", 20220101, "USAELI");
    assert_actor(d, "Trump", 20251211, "USAGOV");
    assert_actor(d, "Kaja Kallas", 20251211, "IGOEUREAS");
    assert_actor(d, "Taliban", 20200101, "AFGINSTAL");
    assert_actor(d, "Taliban", 20220101, "AFGGOV");
}

/* A surname two office holders share codes by date only (gen_leaders.py
 * shared_phrases): Guinea's Lansana Conte 1984-2008, Italy's Giuseppe
 * Conte 2018-2021, nobody in between.  The Niger Delta is Nigeria's. */
static void shared_surname_by_date_and_delta(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    assert_actor(d, "Conte", 20050101, "GINGOV");
    assert_actor(d, "Conte", 20200101, "ITAGOV");
    assert_actor(d, "Conte", 20120101, "---");
    assert_actor(d, "Giuseppe Conte", 20050101, "ITAELI");
    assert_actor(d, "Lansana Conte", 20050101, "GINGOV");
    assert_actor(d, "Niger Delta", 20050101, "NGA");
    assert_actor(d, "Niger", 20050101, "NER");
}

/* "Kazakh Foreign Minister": country actor, then the agent adds GOV. */
static void seed_actor_with_agent(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    ew_sym w[8];
    size_t n = words(d, "Kazakh Foreign Minister", w, 8), len = 0;
    const ew_actor *a = ew_dict_match_actor(d, w, n, 0, &len);
    assert_non_null(a);
    assert_int_equal(len, 1);
    const ew_agent *g = ew_dict_match_agent(d, w, n, 1, 0, &len);
    assert_non_null(g);
    assert_int_equal(len, 2);
    assert_false(g->code_first);
    char full[32];
    snprintf(full, sizeof full, "%s%s", ew_actor_code_on(a, 20251211), g->code);
    assert_string_equal(full, "KAZGOV");

    n = words(d, "Minister of Foreign Affairs", w, 8);
    g = ew_dict_match_agent(d, w, n, 0, 0, &len);
    assert_non_null(g);
    assert_int_equal(len, 4);
    assert_string_equal(g->code, "GOV");
}

/* ---- possessives ------------------------------------------------------ */

/* Drops a possessive at the end of a word: PEOPLE'S -> PEOPLE, WORKERS' ->
 * WORKERS.  Penn and UD tokenisers split "'s" off and the coder skips it,
 * so only the possessive-free form of a phrase can match parsed text. */
static void strip_possessive(const char *in, char *out, size_t size)
{
    size_t o = 0;
    for (size_t i = 0; in[i] && o + 1 < size; i++) {
        int end = in[i + 1] == '_' || in[i + 1] == ' ' || in[i + 1] == 0;
        if (in[i] == '\'' && i > 0 && end)
            continue;                                   /* WORKERS' */
        if (in[i] == '\'' && i > 0 && (in[i + 1] == 'S' || in[i + 1] == 's') &&
            (in[i + 2] == '_' || in[i + 2] == ' ' || in[i + 2] == 0)) {
            i++;                                        /* PEOPLE'S */
            continue;
        }
        out[o++] = in[i];
    }
    out[o] = 0;
}

static const ew_actor *whole_phrase(const ew_dict *d, const char *phrase)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", phrase);
    for (char *p = buf; *p; p++)
        if (*p == '_')
            *p = ' ';
    ew_sym w[64];
    size_t n = words(d, buf, w, 64), len = 0;
    const ew_actor *a = ew_dict_match_actor(d, w, n, 0, &len);
    return a && len == n ? a : NULL;
}

/* Checks one phrase line; returns 1 if its possessive-free twin is missing. */
static int twin_missing(const ew_dict *d, const char *path, long lineno, char *line)
{
    char *p = line + (line[0] == '+');
    p[strcspn(p, "[#;\n")] = 0;
    for (size_t n = strlen(p); n && (p[n - 1] == ' ' || p[n - 1] == '\t'); n--)
        p[n - 1] = 0;
    char twin[512];
    strip_possessive(p, twin, sizeof twin);
    if (!*p || strcmp(p, twin) == 0)
        return 0;
    const ew_actor *a = whole_phrase(d, twin);
    if (a && a == whole_phrase(d, p))
        return 0;
    print_message("%s:%ld: '%s' has no possessive-free twin '%s'\n", path, lineno, p, twin);
    return 1;
}

static void possessive_phrases_have_a_parsable_twin(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    size_t missing = 0;
    for (size_t i = 0; i < sizeof ACTOR_FILES / sizeof *ACTOR_FILES; i++) {
        char path[4096], line[1024];
        data_path(path, sizeof path, ACTOR_FILES[i]);
        FILE *f = fopen(path, "r");
        assert_non_null(f);
        for (long no = 1; fgets(line, sizeof line, f); no++)
            if (line[0] != '#' && line[0] != '\t' && line[0] != '\n')
                missing += (size_t)twin_missing(d, path, no, line);
        fclose(f);
    }
    assert_int_equal(missing, 0);
}

/* ---- discards and issues --------------------------------------------- */

static void political_prose_is_not_discarded(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    ew_discard_scope scope;
    /* invented sentences in the register of the seed story */
    assert_null(ew_dict_discard_match(d, "The minister welcomed progress on border "
        "issues and the Sustainable Development Goals.", &scope));
    assert_null(ew_dict_discard_match(d, "After marathon talks the envoys rolled "
        "out a new ceasefire plan.", &scope));
    const char *hit = ew_dict_discard_match(d, "The club from Manchester won the "
        "Premier League on Sunday.", &scope);
    assert_non_null(hit);
    assert_int_equal(scope, EW_DISCARD_STORY);
}

static int has_issue(const ew_issue_hit *h, size_t n, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(h[i].code, code) == 0)
            return 1;
    return 0;
}

static void issues_tag_osce_dimensions(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    ew_issue_hit h[32];
    const char *text = "Officials discussed climate change, water scarcity and the "
        "shrinking Aral Sea, media freedom, gender equality and border delimitation.";
    size_t n = ew_dict_issues(d, text, h, 32);
    if (n > 32)
        n = 32;
    assert_true(has_issue(h, n, "EE_CLIMATE"));
    assert_true(has_issue(h, n, "EE_WATER"));
    assert_true(has_issue(h, n, "EE_ARAL"));
    assert_true(has_issue(h, n, "HD_MEDIA"));
    assert_true(has_issue(h, n, "HD_GENDER"));
    assert_true(has_issue(h, n, "PM_BORDER"));
}

/* The seed story (read in place from ../shared, never copied) must not be
 * discarded, and its themes must be tagged. */
static char *read_seed(void)
{
    const char *shared = getenv("EW_SHARED");
    if (!shared || !*shared)
        return NULL;
    char dir[4096], path[8192];
    snprintf(dir, sizeof dir, "%s/seed", shared);
    DIR *dp = opendir(dir);
    if (!dp)
        return NULL;
    path[0] = 0;
    for (struct dirent *e; (e = readdir(dp));) {   /* the first story file */
        size_t n = strlen(e->d_name);
        if (n > 4 && strcmp(e->d_name + n - 4, ".txt") == 0) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            break;
        }
    }
    closedir(dp);
    FILE *f = path[0] ? fopen(path, "rb") : NULL;
    if (!f)
        return NULL;
    char *buf = calloc(1, 1 << 16);
    size_t n = buf ? fread(buf, 1, (1 << 16) - 1, f) : 0;
    (void)n;
    fclose(f);
    return buf;
}

static void seed_story_kept_and_tagged(void **state)
{
    const ew_dict *d = ((fixture *)*state)->d;
    char *text = read_seed();
    if (!text)
        skip();
    ew_discard_scope scope;
    const char *hit = ew_dict_discard_match(d, text, &scope);
    if (hit)
        print_message("seed story discarded by '%s'\n", hit);
    ew_issue_hit h[256];
    size_t n = ew_dict_issues(d, text, h, 256);
    if (n > 256)
        n = 256;
    static const char *const want[] = {
        "EE_ARAL", "EE_CASPIAN", "EE_DESERT", "EE_CLIMATE", "EE_WATER",
        "EE_CONNECT", "EE_GREEN", "HD_RIGHTS", "HD_LAW", "HD_GENDER",
        "HD_DEMOCRACY", "PM_CONFLICT", "PM_BORDER", "XD_OSCE",
    };
    size_t missing = 0;
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        if (!has_issue(h, n, want[i])) {
            print_message("seed story lacks issue %s\n", want[i]);
            missing++;
        }
    free(text);
    assert_null(hit);
    assert_int_equal(missing, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(files_load_with_no_rejected_line),
        cmocka_unit_test(files_lint_clean),
        cmocka_unit_test(every_iso_alpha3_code_present),
        cmocka_unit_test(date_ranges_sane_and_disjoint),
        cmocka_unit_test(seed_countries_and_regions),
        cmocka_unit_test(seed_organisations),
        cmocka_unit_test(seed_office_holders_by_date),
        cmocka_unit_test(shared_surname_by_date_and_delta),
        cmocka_unit_test(seed_actor_with_agent),
        cmocka_unit_test(possessive_phrases_have_a_parsable_twin),
        cmocka_unit_test(political_prose_is_not_discarded),
        cmocka_unit_test(issues_tag_osce_dimensions),
        cmocka_unit_test(seed_story_kept_and_tagged),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
