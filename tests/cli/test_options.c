/* Tests for src/cli/options.c: values of each kind, help, and the usage
 * errors (unknown option, missing or invalid value, positional word). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

/* The CLI's objects are not in libeventwatch.a (only the eventwatch binary
 * links them), so the one file under test is compiled in here. */
#include "cli/options.c"

static void quiet_usage(FILE *out)
{
    (void)out;
}

typedef struct vals {
    const char *db;
    int n, choice, flag;
    long big;
    double z;
    int32_t from;
} vals;

static const char *const colours[] = {"red", "green", "blue", NULL};

static int parse(vals *v, int argc, char **argv)
{
    const ew_cli_opt opts[] = {{"--db", EW_CLI_STR, &v->db, NULL},
                               {"--n", EW_CLI_INT, &v->n, NULL},
                               {"--big", EW_CLI_LONG, &v->big, NULL},
                               {"--z", EW_CLI_DOUBLE, &v->z, NULL},
                               {"--from", EW_CLI_DATE, &v->from, NULL},
                               {"--colour", EW_CLI_CHOICE, &v->choice, colours},
                               {"--flag", EW_CLI_FLAG, &v->flag, NULL},
                               {NULL, EW_CLI_STR, NULL, NULL}};
    return ew_cli_parse_opts(argc, argv, opts, quiet_usage);
}

#define PARSE(v, ...)                                                                   \
    parse((v), (int)(sizeof(char *[]){"cmd", __VA_ARGS__} / sizeof(char *)),            \
          (char *[]){"cmd", __VA_ARGS__})

static void every_kind_is_stored(void **state)
{
    (void)state;
    vals v = {.choice = -1};
    assert_int_equal(PARSE(&v, "--db", "x.db", "--n", "-7", "--big", "9000000000", "--z",
                           "2.5", "--from", "2025-03-01", "--colour", "blue", "--flag"),
                     EW_CLI_GO);
    assert_string_equal(v.db, "x.db");
    assert_int_equal(v.n, -7);
    assert_true(v.big == 9000000000L || sizeof(long) < 8);
    assert_true(v.z == 2.5);
    assert_int_equal(v.from, 20250301);
    assert_int_equal(v.choice, 2);
    assert_int_equal(v.flag, 1);
}

static void untouched_without_options(void **state)
{
    (void)state;
    vals v = {.n = 10, .choice = -1};
    assert_int_equal(parse(&v, 1, (char *[]){"cmd"}), EW_CLI_GO);
    assert_int_equal(v.n, 10);
    assert_int_equal(v.choice, -1);
    assert_null(v.db);
}

static void last_value_wins(void **state)
{
    (void)state;
    vals v = {0};
    assert_int_equal(PARSE(&v, "--n", "1", "--n", "2"), EW_CLI_GO);
    assert_int_equal(v.n, 2);
}

static void help_returns_ok(void **state)
{
    (void)state;
    vals v = {0};
    assert_int_equal(PARSE(&v, "--n", "1", "-h"), EW_EXIT_OK);
    assert_int_equal(PARSE(&v, "--help"), EW_EXIT_OK);
}

static void bad_input_is_a_usage_error(void **state)
{
    (void)state;
    vals v = {0};
    assert_int_equal(PARSE(&v, "--nope", "1"), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "--db"), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "stray"), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "--n", "12abc"), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "--n", ""), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "--n", "99999999999"), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "--z", "fast"), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "--z", "inf"), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "--from", "2025-02-30"), EW_EXIT_USAGE);
    assert_int_equal(PARSE(&v, "--colour", "Red"), EW_EXIT_USAGE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_kind_is_stored),
        cmocka_unit_test(untouched_without_options),
        cmocka_unit_test(last_value_wins),
        cmocka_unit_test(help_returns_ok),
        cmocka_unit_test(bad_input_is_a_usage_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
