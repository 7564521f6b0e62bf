/* Tests for src/pipeline/demonyms.c: a country name and a lone suffix cut
 * apart by wiki markup ("Velmora n") become the demonym when the dictionaries
 * know it; an article after a name stays an article. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/diag.h"
#include "pipeline/demonyms.h"

static ew_token tok(const char *form, uint32_t start)
{
    ew_token t = {0};
    t.form = form;
    t.head = -1;
    t.start = start;
    t.end = start + (uint32_t)strlen(form);
    return t;
}

static ew_dict *small_dict(void)
{
    static const char actors[] = "VELMORA [VLM]\n+VELMORAN\n+VELMORANS\nKASTRIA [KST]\n+KASTRIAN\n";
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_dict *dict = ew_dict_new();
    assert_int_equal(ew_dict_add_mem(dict, EW_DICT_ACTORS, "actors", actors,
                                     sizeof actors - 1, &d), 0);
    ew_dict_finish(dict);
    return dict;
}

static void split_demonym_is_joined(void **state)
{
    (void)state;
    ew_dict *dict = small_dict();
    ew_arena a;
    ew_arena_init(&a, 0);
    /* "The Velmora n police met Kastria n envoys ." */
    ew_token t[] = {tok("The", 0), tok("Velmora", 4), tok("n", 12), tok("police", 14),
                    tok("met", 21), tok("Kastria", 25), tok("n", 33), tok("envoys", 35)};
    ew_sentence s = {.n = 8, .tok = t};
    assert_int_equal(ew_pipeline_join_demonyms(dict, &s, &a), 2);
    assert_int_equal(s.n, 6);
    assert_string_equal(s.tok[1].form, "Velmoran");
    assert_int_equal(s.tok[1].start, 4);
    assert_int_equal(s.tok[1].end, 13);
    assert_string_equal(s.tok[2].form, "police");
    assert_string_equal(s.tok[4].form, "Kastrian");
    assert_string_equal(s.tok[5].form, "envoys");
    ew_arena_free(&a);
    ew_dict_free(dict);
}

static void article_after_name_stays(void **state)
{
    (void)state;
    ew_dict *dict = small_dict();
    ew_arena a;
    ew_arena_init(&a, 0);
    /* "gave Velmora an offer", "Velmora ns" is no word, "velmora n" not a name */
    ew_token t[] = {tok("gave", 0), tok("Velmora", 5), tok("an", 13), tok("offer", 16),
                    tok("Kastria", 22), tok("ns", 30), tok("velmora", 33), tok("n", 41)};
    ew_sentence s = {.n = 8, .tok = t};
    assert_int_equal(ew_pipeline_join_demonyms(dict, &s, &a), 0);
    assert_int_equal(s.n, 8);
    assert_string_equal(s.tok[2].form, "an");
    ew_arena_free(&a);
    ew_dict_free(dict);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(split_demonym_is_joined),
        cmocka_unit_test(article_after_name_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
