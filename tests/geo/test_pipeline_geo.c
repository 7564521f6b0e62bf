/* Pre-parsed input is geocoded: ew_pipeline_code_sentence places the
 * events of a CoNLL-U sentence with the shipped gazetteer, as the raw-text
 * pipeline does.  The dictionaries are the test's own (written to a
 * temporary directory), the sentence is invented. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "io/conllu.h"
#include "pipeline/pipeline.h"

static char dir[64];

static void put(const char *name, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/ew-test-pgeo-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    put("v.txt", "--- MEET [036] ---\nMEET\nMET\n- * WITH + [040]\n");
    put("a.txt", "KAZAKHSTAN [KAZ]\nUZBEKISTAN [UZB]\n");
    put("g.txt", "POLICE [~COP]\n");
    put("d.txt", "FOOTBALL\n");
    put("PETR_config.ini", "[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\n"
                           "agentfile_name = g.txt\ndiscardfile_name = d.txt\n");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    const char *names[] = {"v.txt", "a.txt", "g.txt", "d.txt", "PETR_config.ini"};
    char path[128];
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
    return 0;
}

static const char conllu[] =
    "# sent_id = g1\n"
    "# text = Kazakhstan met with Uzbekistan in Almaty.\n"
    "1\tKazakhstan\tKazakhstan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\twith\twith\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tUzbekistan\tUzbekistan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tAlmaty\tAlmaty\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* Codes the sentence with a pipeline opened with or without geocoding;
 * checks run on the events while the arena lives. */
static void code(int no_geo, void (*check)(const ew_event_list *))
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_pipeline_config cfg = {.dict_dir = dir, .no_geo = no_geo,
                              .cameo_path = EW_SOURCE_DIR "/data/cameo/cameo_codes.tsv",
                              .gazetteer_path = EW_SOURCE_DIR "/data/geo/gazetteer.bin"};
    ew_pipeline *p = ew_pipeline_open(&cfg, &d);
    assert_non_null(p);
    if (!no_geo && !p->gaz) {
        ew_pipeline_close(p);
        skip(); /* no shipped gazetteer in this tree */
    }
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence *s = ew_conllu_parse(conllu, strlen(conllu), &a, &d, "t", 1);
    assert_non_null(s);
    s->date = 20250405;
    /* an event already in the list (an earlier sentence's) must keep its
     * empty location: only the new events are placed */
    ew_event earlier[4] = {{.code = "010"}};
    ew_event_list ev = {earlier, 1, 4};
    ew_pipeline_code_sentence(p, s, &a, &ev);
    assert_int_equal(ev.v[0].action_geo.type, 0);
    ew_event_list mine = {ev.v + 1, ev.n - 1, ev.n - 1};
    check(&mine);
    ew_arena_free(&a);
    ew_pipeline_close(p);
}

static void placed(const ew_event_list *ev)
{
    assert_int_equal(ev->n, 1);
    const ew_event *e = &ev->v[0];
    assert_string_equal(e->code, "040");
    assert_int_equal(e->action_geo.type, 4);
    assert_string_equal(e->action_geo.country, "KZ");
    assert_non_null(strstr(e->action_geo.name, "Almaty"));
    assert_true(e->action_geo.lat > 42.0 && e->action_geo.lat < 44.0);
    /* the actors are named by their countries */
    assert_int_equal(e->actor1_geo.type, 1);
    assert_string_equal(e->actor1_geo.country, "KZ");
    assert_int_equal(e->actor2_geo.type, 1);
    assert_string_equal(e->actor2_geo.country, "UZ");
}

static void unplaced(const ew_event_list *ev)
{
    assert_int_equal(ev->n, 1);
    assert_int_equal(ev->v[0].action_geo.type, 0);
    assert_int_equal(ev->v[0].actor1_geo.type, 0);
}

static void parsed_sentence_is_geocoded(void **state)
{
    (void)state;
    code(0, placed);
}

static void no_geo_leaves_events_unplaced(void **state)
{
    (void)state;
    code(1, unplaced);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parsed_sentence_is_geocoded),
        cmocka_unit_test(no_geo_leaves_events_unplaced),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
