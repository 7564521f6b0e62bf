/* Tests for src/io/suite_xml.c: records, cumulative <Config> state, codings,
 * rejected records, documents that are not suites, and the shared files
 * (read in place when EW_SHARED is set). */
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

static const char suite[] =
    "<Validation>\n"
    "<Environment>\n"
    "  <Verbfile>verbs.txt</Verbfile>\n"
    "  <Config option=\"stop_on_error\" value=\"True\"></Config>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<Sentence date=\"20210304\" id=\"TRY-01\" category=\"TRY\" sentence=\"true\">\n"
    "<!-- two events -->\n"
    "<EventCoding sourcecode=\"ROH\" targetcode=\"GON\" eventcode=\"042\"></EventCoding>\n"
    "<EventCoding sourcecode=\"GON\" targetcode=\"ROH\" eventcode=\"043\"></EventCoding>\n"
    "<Text>\n  Rohan visited   Gondor\n  and Gondor visited Rohan.\n</Text>\n"
    "<Parse>\n(ROOT (S (NP (NNP Rohan)) (VP (VBD visited) (NP (NNP Gondor)))))\n</Parse>\n"
    "</Sentence>\n"
    "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
    "<Sentence date=\"210305\" id=\"TRY-02\" valid=\"false\">\n"
    "<EventCoding noevents=\"True\"></EventCoding>\n"
    "<Text>Nothing at all.</Text>\n"
    "</Sentence>\n"
    "<Sentence id=\"TRY-03\"><Text>No date here.</Text></Sentence>\n"
    "<Config option=\"require_dyad\" value=\"true\"/>\n"
    "<Config option=\"comma_max\" value=\"6\"/>\n"
    "<Sentence date=\"20210306\" id=\"TRY-04\">\n"
    "<EventCoding error=\"storydiscard\"></EventCoding><Skip/>\n"
    "<Text>Football results.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"20210307\" id=\"TRY-05\"></Sentence>\n"
    "<Sentence date=\"20210308\" id=\"TRY-06\"><Text>No coding given.</Text></Sentence>\n"
    "<Stop></Stop>\n"
    "<Sentence date=\"20210309\" id=\"TRY-07\"><Text>After the stop.</Text></Sentence>\n"
    "</Sentences>\n"
    "</Validation>\n";

static void reads_records_and_config_state(void **state)
{
    (void)state;
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 1);
    ew_suite s;
    assert_int_equal(ew_suite_parse_xml(suite, strlen(suite), "mem.xml", &s, &a, &d), 0);
    assert_int_equal(s.n, 4);
    assert_int_equal(d.errors, 2); /* TRY-03 (no date), TRY-05 (no text) */
    ew_suite_record *r = &s.rec[0];
    assert_string_equal(r->id, "TRY-01");
    assert_string_equal(r->category, "TRY");
    assert_int_equal(r->date, 20210304);
    assert_int_equal(r->line, 7);
    assert_int_equal(r->sentence, 1);
    assert_int_equal(r->valid, -1);
    assert_string_equal(r->text, "Rohan visited Gondor and Gondor visited Rohan.");
    assert_string_equal(r->ptb, "(ROOT (S (NP (NNP Rohan)) (VP (VBD visited) (NP (NNP Gondor)))))");
    assert_int_equal(r->n_expected, 2);
    assert_string_equal(r->expected[1].source, "GON");
    assert_string_equal(r->expected[1].code, "043");
    assert_int_equal(r->noevents, 0);
    assert_string_equal(ew_suite_option_get(r, "stop_on_error"), "True");
    assert_null(ew_suite_option_get(r, "require_dyad"));

    r = &s.rec[1];
    assert_int_equal(r->date, 20210305);
    assert_string_equal(r->category, "TRY");
    assert_int_equal(r->valid, 0);
    assert_int_equal(r->noevents, 1);
    assert_null(r->ptb);
    assert_string_equal(ew_suite_option_get(r, "require_dyad"), "false");

    r = &s.rec[2];
    assert_string_equal(r->id, "TRY-04");
    assert_string_equal(r->error, "storydiscard");
    assert_int_equal(r->skip, 1);
    assert_int_equal(r->n_expected, 0);
    assert_string_equal(ew_suite_option_get(r, "require_dyad"), "true");
    assert_string_equal(ew_suite_option_get(r, "comma_max"), "6");
    assert_string_equal(ew_suite_option_get(r, "stop_on_error"), "True");
    /* the state a record saw is not changed by later <Config> */
    assert_string_equal(ew_suite_option_get(&s.rec[1], "require_dyad"), "false");

    r = &s.rec[3];
    assert_string_equal(r->id, "TRY-06");
    assert_int_equal(r->noevents, 1); /* no <EventCoding> in a suite */
    ew_arena_free(&a);
}

static void plain_sentences_document(void **state)
{
    (void)state;
    static const char in[] =
        "<!-- a few invented wire sentences -->\n"
        "<Sentences>\n"
        "<Sentence date = \"20200102\" id =\"WIRE_1\" source = \"XYZ\" sentence = \"True\">\n"
        "<Text>\nThe council of Bree met on Tuesday.\n</Text>\n"
        "<Parse>\n( (S (NP (DT The) (NN council)) (VP (VBD met))) )\n</Parse>\n"
        "</Sentence>\n"
        "</Sentences>\n";
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 0);
    ew_suite s;
    assert_int_equal(ew_suite_parse_xml(in, strlen(in), "wire.xml", &s, &a, &d), 0);
    assert_int_equal(s.n, 1);
    assert_int_equal(d.errors, 0);
    assert_string_equal(s.rec[0].source, "XYZ");
    assert_int_equal(s.rec[0].noevents, 0); /* plain input expects nothing either way */
    assert_null(s.rec[0].category);         /* no '-' in the id */
    assert_int_equal(s.rec[0].n_options, 0);
    assert_int_equal(s.rec[0].line, 3);
    ew_arena_free(&a);
}

static void not_a_suite_and_broken_xml(void **state)
{
    (void)state;
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 1);
    ew_suite s;
    static const char none[] = "<Validation><Environment/></Validation>";
    assert_int_equal(ew_suite_parse_xml(none, strlen(none), "x.xml", &s, &a, &d), -1);
    assert_int_equal(d.errors, 1);
    assert_int_equal(ew_suite_parse_xml("", 0, "x.xml", &s, &a, &d), -1);
    assert_int_equal(s.n, 0);
    /* a broken tag late in the file: reported, the records before survive */
    static const char broken[] =
        "<Sentences>\n"
        "<Sentence date=\"20200101\" id=\"A-1\"><Text>One.</Text></Sentence>\n"
        "<Sentence date=\"20200101\" id=\"A-2\"><Text>Two.</Text></Sentence>\n"
        "<Sentence date=\"20200101\" id=\"A-3\"><Text>Three.</Sentence>\n";
    size_t before = d.errors;
    assert_int_equal(ew_suite_parse_xml(broken, strlen(broken), "b.xml", &s, &a, &d), 0);
    assert_true(d.errors > before);
    assert_true(s.n >= 2);
    assert_string_equal(s.rec[0].id, "A-1");
    assert_int_equal(ew_suite_read_xml("/nonexistent/suite.xml", &s, &a, &d), -1);
    ew_arena_free(&a);
}

static void no_network_entities(void **state)
{
    (void)state;
    static const char in[] =
        "<!DOCTYPE Sentences [<!ENTITY ext SYSTEM \"http://example.invalid/x\">]>\n"
        "<Sentences><Sentence date=\"20200101\" id=\"E-1\"><Text>&ext;Hi.</Text>"
        "</Sentence></Sentences>";
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 1);
    ew_suite s;
    assert_int_equal(ew_suite_parse_xml(in, strlen(in), "e.xml", &s, &a, &d), 0);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.rec[0].text, "Hi.");
    ew_arena_free(&a);
}

/* Found by fuzz_suite_xml: libxml2 printed encoding errors on stderr
 * through its generic handler; the library must stay silent. */
static void never_prints(void **state)
{
    (void)state;
    static const char in[] = "\0\0\0<\0\0\0\0\0\0\0\0\xff\xfe\0\0";
    char path[] = "/tmp/ew_xml_stderr_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 1);
    ew_suite s;
    ew_suite_parse_xml(in, sizeof in - 1, "enc.xml", &s, &a, &d);
    ew_suite_read_xml("/nonexistent/dir/x.xml", &s, &a, &d);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    off_t size = lseek(fd, 0, SEEK_END);
    close(fd);
    unlink(path);
    assert_true(d.errors >= 2);
    assert_int_equal(size, 0);
    ew_arena_free(&a);
}

static void shared_files(void **state)
{
    (void)state;
    char path[4096];
    io_shared(path, sizeof path, "petrarch2/PETR.UnitTest.records.xml");
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 0);
    ew_suite x, j, g;
    assert_int_equal(ew_suite_read(path, &x, &a, &d), 0);
    io_shared(path, sizeof path, "petrarch2/unit-tests.jsonl");
    assert_int_equal(ew_suite_read(path, &j, &a, &d), 0);
    io_shared(path, sizeof path, "petrarch2/GigaWord.sample.PETR.xml");
    assert_int_equal(ew_suite_read(path, &g, &a, &d), 0);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 0);
    assert_int_equal(x.n, 284);
    assert_int_equal(g.n, 76);
    /* the two editions of the suite agree record by record */
    assert_int_equal(j.n, x.n);
    for (size_t i = 0; i < x.n; i++) {
        assert_string_equal(x.rec[i].id, j.rec[i].id);
        assert_string_equal(x.rec[i].text, j.rec[i].text);
        assert_int_equal(x.rec[i].date, j.rec[i].date);
        assert_int_equal(x.rec[i].n_expected, j.rec[i].n_expected);
        assert_int_equal(x.rec[i].noevents, j.rec[i].noevents);
        for (size_t k = 0; k < x.rec[i].n_expected; k++)
            assert_string_equal(x.rec[i].expected[k].code, j.rec[i].expected[k].code);
        assert_non_null(x.rec[i].ptb);
    }
    for (size_t i = 0; i < g.n; i++) {
        assert_non_null(g.rec[i].text);
        assert_non_null(g.rec[i].ptb);
        assert_int_equal(g.rec[i].n_expected, 0);
    }
    ew_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_records_and_config_state),
        cmocka_unit_test(plain_sentences_document),
        cmocka_unit_test(not_a_suite_and_broken_xml),
        cmocka_unit_test(no_network_entities),
        cmocka_unit_test(never_prints),
        cmocka_unit_test(shared_files),
    };
    return cmocka_run_group_tests_name("io/suite_xml", tests, NULL, NULL);
}
