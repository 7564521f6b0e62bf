/* Tests for src/io/suite_jsonl.c and suite_read.c: fields, defaults, bad
 * lines skipped with their line number, the shared suite when present. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "io/suite.h"

#include "io_fixture.h"

/* Remembers the line of the last error, so tests can check where. */
typedef struct seen { long line; int n; } seen;
static void remember(void *user, ew_severity sev, const char *file, long line,
                     const char *record, const char *msg)
{
    (void)file; (void)record; (void)msg;
    seen *s = user;
    if (sev == EW_ERROR) {
        s->line = line;
        s->n++;
    }
}

static const char good[] =
    "{\"id\": \"TEST-01\", \"date\": \"20240315\", \"category\": \"TEST\","
    " \"text\": \"Rohan praised Gondor.\", \"expected\": [{\"sourcecode\":"
    " \"ROH\", \"targetcode\": \"GON\", \"eventcode\": \"051\"}],"
    " \"noevents\": false, \"ptb_parse\": \"(ROOT (S (NP (NNP Rohan))))\","
    " \"conllu_udpipe\": null}\n"
    "\n"
    "{\"id\": \"TEST-02\", \"text\": \"Nothing happened.\", \"noevents\": true}\n";

static void reads_fields_and_defaults(void **state)
{
    (void)state;
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 1);
    ew_suite s;
    assert_int_equal(ew_suite_parse_jsonl(good, strlen(good), "mem", &s, &a, &d), 0);
    assert_int_equal(s.n, 2);
    assert_int_equal(d.errors, 0);
    ew_suite_record *r = &s.rec[0];
    assert_string_equal(r->id, "TEST-01");
    assert_int_equal(r->date, 20240315);
    assert_string_equal(r->category, "TEST");
    assert_int_equal(r->n_expected, 1);
    assert_string_equal(r->expected[0].source, "ROH");
    assert_string_equal(r->expected[0].target, "GON");
    assert_string_equal(r->expected[0].code, "051");
    assert_non_null(r->ptb);
    assert_null(r->conllu);
    assert_int_equal(r->line, 1);
    r = &s.rec[1];
    assert_int_equal(r->line, 3);
    assert_true(r->noevents);
    assert_string_equal(r->category, "TEST"); /* from the id */
    assert_int_equal(r->date, 0);
    ew_arena_free(&a);
}

static void bad_lines_are_reported_and_skipped(void **state)
{
    (void)state;
    static const char in[] =
        "{\"id\": \"A-1\", \"text\": \"ok\"}\n"
        "{\"id\": \"A-2\", \"text\": \n"                    /* broken JSON */
        "[1, 2]\n"                                         /* not an object */
        "{\"id\": \"A-3\"}\n"                              /* no text */
        "{\"id\": \"A-4\", \"text\": \"x\", \"expected\": 5}\n"
        "{\"id\": \"A-5\", \"text\": 7}\n"
        "{\"id\": \"A-6\", \"text\": \"last\"}";           /* no final newline */
    ew_arena a;
    ew_arena_init(&a, 0);
    seen sn = {0, 0};
    ew_diag d;
    ew_diag_init(&d);
    d.fn = remember;
    d.user = &sn;
    ew_suite s;
    assert_int_equal(ew_suite_parse_jsonl(in, strlen(in), "mem", &s, &a, &d), 0);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.rec[0].id, "A-1");
    assert_string_equal(s.rec[1].id, "A-6");
    assert_int_equal(s.rec[1].line, 7);
    assert_int_equal(sn.n, 5);
    assert_int_equal(sn.line, 6);
    ew_arena_free(&a);
}

static void read_dispatches_on_content(void **state)
{
    (void)state;
    char path[] = "/tmp/ew_suite_jsonl_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("  \n", f);
    fputs(good, f);
    fclose(f);
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 1);
    ew_suite s;
    assert_int_equal(ew_suite_read(path, &s, &a, &d), 0);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.rec[0].line, 2);
    assert_string_equal(s.rec[0].file, path);
    unlink(path);
    assert_int_equal(ew_suite_read(path, &s, &a, &d), -1);
    assert_int_equal(d.errors, 1);
    ew_arena_free(&a);
}

static void dates(void **state)
{
    (void)state;
    assert_int_equal(ew_suite_parse_date("19950101"), 19950101);
    assert_int_equal(ew_suite_parse_date("2001-09-30"), 20010930);
    assert_int_equal(ew_suite_parse_date("950104"), 19950104);
    assert_int_equal(ew_suite_parse_date("120104"), 20120104);
    assert_int_equal(ew_suite_parse_date("19951301"), 0);
    assert_int_equal(ew_suite_parse_date("soon"), 0);
    assert_int_equal(ew_suite_parse_date(NULL), 0);
}

static void option_lookup_latest_wins(void **state)
{
    (void)state;
    ew_suite_option o[] = {{"require_dyad", "True"}, {"comma_min", "2"},
                           {"Require_Dyad", "false"}};
    ew_suite_record r = {0};
    r.options = o;
    r.n_options = 3;
    assert_string_equal(ew_suite_option_get(&r, "REQUIRE_DYAD"), "false");
    assert_string_equal(ew_suite_option_get(&r, "comma_min"), "2");
    assert_null(ew_suite_option_get(&r, "comma_max"));
}

static void shared_suite(void **state)
{
    (void)state;
    char path[4096];
    io_shared(path, sizeof path, "petrarch2/unit-tests.jsonl");
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 0);
    ew_suite s;
    assert_int_equal(ew_suite_read(path, &s, &a, &d), 0);
    assert_int_equal(s.n, 284);
    assert_int_equal(d.errors, 0);
    size_t with_ptb = 0;
    for (size_t i = 0; i < s.n; i++)
        with_ptb += s.rec[i].ptb != NULL;
    assert_int_equal(with_ptb, 284);
    ew_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_fields_and_defaults),
        cmocka_unit_test(bad_lines_are_reported_and_skipped),
        cmocka_unit_test(read_dispatches_on_content),
        cmocka_unit_test(dates),
        cmocka_unit_test(option_lookup_latest_wins),
        cmocka_unit_test(shared_suite),
    };
    return cmocka_run_group_tests_name("io/suite_jsonl", tests, NULL, NULL);
}
