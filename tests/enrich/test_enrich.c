/* Tests for src/enrich: table lookup with hierarchy fallback, issues and
 * the dimension rule. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "enrich/enrich.h"

static ew_cameo *table(void)
{
    char path[] = "/tmp/ewenrichXXXXXX";
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "code\tname\tgoldstein\tquad_class\tplover\n"
               "05\tEngage in diplomatic cooperation\t3.5\t1\tCOOPERATE\n"
               "051\tPraise or endorse\t3.4\t1\tCOOPERATE\n"
               "19\tFight\t-10.0\t4\tASSAULT\n"
               "190\tUse conventional military force\t-10.0\t4\tASSAULT\n"
               "14\tProtest\t-6.5\t3\tPROTEST\n140\tProtest\t-6.5\t3\tPROTEST\n");
    fclose(f);
    ew_diag d;
    ew_diag_init(&d);
    ew_cameo *c = ew_cameo_load(path, &d);
    unlink(path);
    return c;
}

static ew_dict *issues(void)
{
    ew_diag d;
    ew_diag_init(&d);
    ew_dict *x = ew_dict_new();
    const char *s = "n:election [HD_ELECT]\nwater n:scarcity [EE_WATER]\nn:border [PM_BORDER]\n"
                    "n:river [EE_WATER]\n";
    ew_dict_add_mem(x, EW_DICT_ISSUES, "issues.txt", s, strlen(s), &d);
    ew_dict_finish(x);
    return x;
}

static void table_and_issues(void **state)
{
    (void)state;
    ew_cameo *c = table();
    ew_dict *d = issues();
    ew_enricher e;
    ew_enricher_init(&e, c, d);
    ew_arena a;
    ew_arena_init(&a, 0);

    ew_event ev = {0};
    snprintf(ev.code, sizeof ev.code, "051");
    ev.sentence = "The minister praised the elections and the talks on water scarcity and rivers.";
    assert_int_equal(ew_enrich_event(&e, &ev, &a), 0);
    assert_string_equal(ev.root, "05");
    assert_int_equal(ev.quad_class, 1);
    assert_true(ev.goldstein > 3.3 && ev.goldstein < 3.5);
    assert_string_equal(ev.plover, "COOPERATE");
    assert_string_equal(ev.issues, "HD_ELECT;EE_WATER");
    /* two water hits against one election hit */
    assert_string_equal(ev.dimension, "economic-environmental");

    /* unknown 4-digit code falls back to its parent, and says so */
    ew_event ev2 = {0};
    snprintf(ev2.code, sizeof ev2.code, "0514");
    assert_int_equal(ew_enrich_event(&e, &ev2, &a), -1);
    assert_int_equal(ev2.quad_class, 1);
    assert_null(ev2.dimension);

    /* no issues: material conflict is politico-military, protest human */
    ew_event ev3 = {0};
    snprintf(ev3.code, sizeof ev3.code, "190");
    ev3.sentence = "Troops shelled the town.";
    ew_enrich_event(&e, &ev3, &a);
    assert_string_equal(ev3.dimension, "politico-military");
    assert_int_equal(ev3.quad_class, 4);
    ew_event ev4 = {0};
    snprintf(ev4.code, sizeof ev4.code, "140");
    ew_enrich_event(&e, &ev4, &a);
    assert_string_equal(ev4.dimension, "human");

    ew_arena_free(&a);
    ew_dict_free(d);
    ew_cameo_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_and_issues),
    };
    return cmocka_run_group_tests_name("enrich", tests, NULL, NULL);
}
