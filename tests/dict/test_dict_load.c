/*
 * Tests for src/dict: every dictionary format, from invented entries, and the
 * error paths (each rejected line reported with its line number).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "dict/cameo.h"
#include "dict/dict.h"
#include "dict/lint.h"

/* Collects reports so tests can assert on file:line and reason. */
typedef struct reports {
    int n;
    long line[32];
    char msg[32][256];
} reports;

static void collect(void *user, ew_severity sev, const char *file, long line,
                    const char *record, const char *msg)
{
    (void)sev; (void)file; (void)record;
    reports *r = user;
    if (r->n < 32) {
        r->line[r->n] = line;
        snprintf(r->msg[r->n], sizeof r->msg[0], "%s", msg);
    }
    r->n++;
}

static ew_diag diag_for(reports *r)
{
    ew_diag d;
    ew_diag_init(&d);
    memset(r, 0, sizeof *r);
    d.fn = collect;
    d.user = r;
    return d;
}

static ew_sym *words(const ew_dict *d, const char *sentence, size_t *n)
{
    static ew_sym w[64];
    char buf[512];
    snprintf(buf, sizeof buf, "%s", sentence);
    *n = 0;
    for (char *t = strtok(buf, " "); t && *n < 64; t = strtok(NULL, " "))
        w[(*n)++] = ew_dict_sym(d, t, strlen(t));
    return w;
}

static const char VERBS[] =
    "<!-- a comment\n spanning lines -->\n"
    "&ARMS_\n+WEAPON\n+SMALL_ARMS\n\n"
    "&TALKS\n+NEGOTIATION\n+PEACE TALK\n\n"
    "--- PLEDGE [030] ---\n"
    "PLEDGE  # a comment\n"
    "VOW {VOWED}\n"
    "+HAMMER_OUT {+HAMMERED_OUT} [057]\n"
    "- * + TO &TALKS [036]\n"
    "- $ * SUPPORT_FOR + [051]\n"
    "- * {MILITARY AID} (FOR +) [0331]\n"
    "\n"
    "SEIZE [---]\n"
    "- * &ARMS [1721]\n"
    "- * BROKEN [ 99 \n"          /* line 21: malformed code */
    "- * &NOSUCH [040]\n"          /* line 22: undefined synset */
    "- * (IN + [040]\n"            /* line 23: unbalanced */
    "~ a (a b SEIZE) PLEDGE = a b 138\n";

static void verbs_both_syntaxes(void **state)
{
    (void)state;
    reports r;
    ew_diag dg = diag_for(&r);
    ew_dict *d = ew_dict_new();
    assert_int_equal(ew_dict_add_mem(d, EW_DICT_VERBS, "v.txt", VERBS, strlen(VERBS), &dg), 0);
    ew_dict_finish(d);
    assert_int_equal(r.n, 3);
    assert_int_equal(r.line[0], 21);
    assert_int_equal(r.line[1], 22);
    assert_non_null(strstr(r.msg[1], "undefined synset"));
    assert_int_equal(r.line[2], 23);
    const ew_dict_stats *s = ew_dict_get_stats(d);
    assert_int_equal(s->lines_rejected, 3);
    assert_int_equal(s->verb_blocks, 2);
    assert_int_equal(s->patterns, 4);
    assert_int_equal(s->synsets, 2);
    assert_int_equal(s->transformations, 1);

    /* regular forms generated, irregular taken as given */
    size_t n;
    const ew_verb_form *const *f = ew_dict_verb_forms(d, ew_dict_sym(d, "pledges", 7), &n);
    assert_int_equal(n, 1);
    assert_string_equal(f[0]->code, "030");
    assert_string_equal(f[0]->block->name, "PLEDGE");
    assert_int_equal(f[0]->block->n_pat, 3);
    f = ew_dict_verb_forms(d, ew_dict_sym(d, "vowed", 5), &n);
    assert_int_equal(n, 1);
    f = ew_dict_verb_forms(d, ew_dict_sym(d, "vowing", 6), &n);
    assert_int_equal(n, 1);
    /* multi-word verb: head is HAMMER, own code */
    f = ew_dict_verb_forms(d, ew_dict_sym(d, "hammered", 8), &n);
    assert_int_equal(n, 1);
    assert_int_equal(f[0]->n, 2);
    assert_int_equal(f[0]->head, 0);
    assert_string_equal(f[0]->code, "057");
    /* a verb after a blank line following patterns opens a new block */
    f = ew_dict_verb_forms(d, ew_dict_sym(d, "seized", 6), &n);
    assert_int_equal(n, 1);
    assert_string_equal(f[0]->block->name, "SEIZE");
    assert_string_equal(f[0]->code, "---");

    /* pattern elements */
    const ew_verb_block *b = f[0]->block;
    assert_int_equal(b->n_pat, 1);
    const ew_pattern *p = &b->pat[0];
    assert_int_equal(p->n, 2);
    assert_int_equal(p->el[0].kind, EW_PE_VERB);
    assert_int_equal(p->el[1].kind, EW_PE_SYNSET);
    const ew_synset *arms = ew_dict_synset(d, p->el[1].synset);
    assert_string_equal(arms->name, "&ARMS");
    assert_int_equal(arms->n, 2); /* label ends in '_': no plurals */
    const ew_synset *talks = ew_dict_synset(d, 1);
    assert_int_equal(talks->n, 4); /* NEGOTIATION(S), PEACE TALK(S) */
    const ew_verb_block *pb = ew_dict_verb_forms(d, ew_dict_sym(d, "pledge", 6), &n)[0]->block;
    const ew_pattern *p2 = &pb->pat[2];
    assert_int_equal(p2->syntax, 2);
    assert_int_equal(p2->el[1].kind, EW_PE_NP_OPEN);
    assert_int_equal(p2->el[4].kind, EW_PE_NP_CLOSE);
    assert_int_equal(p2->el[5].kind, EW_PE_PP_OPEN);
    const ew_pattern *p1 = &pb->pat[1];
    assert_int_equal(p1->syntax, 1);
    assert_int_equal(p1->el[0].kind, EW_PE_SOURCE);
    assert_int_equal(p1->verb_at, 1);
    assert_int_equal(p1->el[3].kind, EW_PE_WORD);
    assert_int_equal(p1->el[3].joined, 1); /* FOR is joined to SUPPORT */
    assert_string_equal(p1->code, "051");
    assert_int_equal(p1->line, 16);
    ew_dict_free(d);
}

static const char ACTORS[] =
    "ARNOR_ [ARN]\n+ARNORIAN\n\n"
    "LORD ELROND\n+ELROND_HALFELVEN\n"
    "\t[RIVGOV 20150101-20191231]\n"
    "\t[RIVELI >20200101]\n"
    "\t[RIV]\n"
    "STRAY_NAME\n"                     /* line 9: no code, lends to next record */
    "GONDOR  [GON]\n"
    "OLD_KINGDOM\t[OLD <950601][NEW]\n" /* line 11: inline dated codes, YYMMDD */
    "BAD_DATES\n\t[XXX 20200230-20210101]\n" /* line 13: impossible date */
    "+ORPHAN\n";                        /* attaches to BAD_DATES: fine */

static void actors_dates_and_synonyms(void **state)
{
    (void)state;
    reports r;
    ew_diag dg = diag_for(&r);
    ew_dict *d = ew_dict_new();
    ew_dict_add_mem(d, EW_DICT_ACTORS, "a.txt", ACTORS, strlen(ACTORS), &dg);
    ew_dict_finish(d);
    assert_int_equal(r.n, 3);
    assert_int_equal(r.line[0], 13);
    assert_non_null(strstr(r.msg[0], "impossible"));
    /* BAD_DATES and ORPHAN never got a usable code: each phrase reported */
    assert_int_equal(r.line[1], 12);
    assert_int_equal(r.line[2], 14);

    size_t n, len;
    ew_sym *w = words(d, "the arnorian envoy", &n);
    const ew_actor *a = ew_dict_match_actor(d, w, n, 1, &len);
    assert_non_null(a);
    assert_int_equal(len, 1);
    assert_string_equal(ew_actor_code_on(a, 20200101), "ARN");

    w = words(d, "Lord Elrond said", &n);
    a = ew_dict_match_actor(d, w, n, 0, &len);
    assert_non_null(a);
    assert_int_equal(len, 2);
    assert_string_equal(ew_actor_code_on(a, 20170505), "RIVGOV");
    assert_string_equal(ew_actor_code_on(a, 20240101), "RIVELI");
    assert_string_equal(ew_actor_code_on(a, 20100101), "RIV");
    assert_string_equal(ew_actor_code_on(a, 0), "RIV");

    w = words(d, "stray name", &n);
    a = ew_dict_match_actor(d, w, n, 0, &len);
    assert_non_null(a);
    assert_string_equal(ew_actor_code_on(a, 0), "GON");

    w = words(d, "old kingdom", &n);
    a = ew_dict_match_actor(d, w, n, 0, &len);
    assert_non_null(a);
    assert_string_equal(ew_actor_code_on(a, 19900101), "OLD");
    assert_string_equal(ew_actor_code_on(a, 19950602), "NEW");
    ew_dict_free(d);
}

static const char AGENTS[] =
    "!PERSON! = MAN, WOMAN\n"
    "FOREIGN_MINISTER [~GOV]\n"
    "POLICE {} [~COP]\n"
    "CONGRESS!PERSON! [~LEG]\n"
    "RIGHTS GROUP [NGO~]\n"
    "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
    "BROKEN [GOV]\n"                   /* line 7: no ~ */
    "UNDEFINED!THING! [~X]\n";         /* line 8 */

static void agents_plurals_and_substitutions(void **state)
{
    (void)state;
    reports r;
    ew_diag dg = diag_for(&r);
    ew_dict *d = ew_dict_new();
    ew_dict_add_mem(d, EW_DICT_AGENTS, "g.txt", AGENTS, strlen(AGENTS), &dg);
    ew_dict_finish(d);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.line[0], 7);
    assert_int_equal(r.line[1], 8);
    size_t n, len;
    ew_sym *w = words(d, "foreign ministers", &n);
    const ew_agent *g = ew_dict_match_agent(d, w, n, 0, 0, &len);
    assert_non_null(g);
    assert_string_equal(g->code, "GOV");
    assert_int_equal(g->code_first, 0);
    w = words(d, "congresswoman", &n);
    assert_non_null(ew_dict_match_agent(d, w, n, 0, 0, &len));
    w = words(d, "polices", &n);
    assert_null(ew_dict_match_agent(d, w, n, 0, 0, &len));
    w = words(d, "attorneys general", &n);
    assert_non_null(ew_dict_match_agent(d, w, n, 0, 0, &len));
    /* a blank allows words in between; '_' does not */
    w = words(d, "rights watchdog group", &n);
    g = ew_dict_match_agent(d, w, n, 0, 2, &len);
    assert_non_null(g);
    assert_int_equal(len, 3);
    assert_int_equal(g->code_first, 1);
    assert_string_equal(g->code, "NGO");
    w = words(d, "foreign affairs minister", &n);
    assert_null(ew_dict_match_agent(d, w, n, 0, 2, &len));
    ew_dict_free(d);
}

static void discards_and_issues(void **state)
{
    (void)state;
    reports r;
    ew_diag dg = diag_for(&r);
    ew_dict *d = ew_dict_new();
    const char *disc = "WORLD CUP\n+FOOTBALL_\nBASKET\n";
    const char *iss = "<ISSUE CATEGORY=\"X\">\nn:election [HD_ELECT]\nwater v:share [EE_WATER]\n"
                      "arms+control [PM_ARMS]\n~election game\n</ISSUE>\nnocode\n";
    ew_dict_add_mem(d, EW_DICT_DISCARDS, "d.txt", disc, strlen(disc), &dg);
    ew_dict_add_mem(d, EW_DICT_ISSUES, "i.txt", iss, strlen(iss), &dg);
    ew_dict_finish(d);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.line[0], 7);
    ew_discard_scope scope;
    assert_non_null(ew_dict_discard_match(d, "Fans cheered as the World Cup began.", &scope));
    assert_int_equal(scope, EW_DISCARD_SENTENCE);
    assert_null(ew_dict_discard_match(d, "Footballers met.", &scope)); /* '_': whole word */
    assert_non_null(ew_dict_discard_match(d, "A football match.", &scope));
    assert_int_equal(scope, EW_DISCARD_STORY);
    assert_non_null(ew_dict_discard_match(d, "Basketball results", &scope)); /* stem */
    assert_null(ew_dict_discard_match(d, "The minister met envoys.", &scope));

    ew_issue_hit hits[8];
    const char *t = "Elections and arms-control talks; water sharing.";
    size_t n = ew_dict_issues(d, t, hits, 8);
    assert_int_equal(n, 3);
    assert_string_equal(hits[0].code, "HD_ELECT");
    assert_int_equal(hits[0].start, 0);
    assert_int_equal(hits[0].end, 9);
    assert_string_equal(hits[1].code, "PM_ARMS");
    assert_memory_equal(t + hits[1].start, "arms-control", 12);
    assert_string_equal(hits[2].code, "EE_WATER");
    /* an ignore phrase cancels issue coding for the sentence */
    assert_int_equal(ew_dict_issues(d, "the election game was rigged", hits, 8), 0);
    ew_dict_free(d);
}

static void load_dir_and_strict(void **state)
{
    (void)state;
    char dir[] = "/tmp/ewdictXXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/PETR_config.ini", dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt, a2.txt\n[Options]\nx = 1\n");
    fclose(f);
    snprintf(path, sizeof path, "%s/v.txt", dir);
    f = fopen(path, "w");
    fprintf(f, "MEET [040]\n- * WITH + [044]\n- BAD [\n");
    fclose(f);
    snprintf(path, sizeof path, "%s/a.txt", dir);
    f = fopen(path, "w");
    fprintf(f, "ROHAN [ROH]\n");
    fclose(f);
    reports r;
    ew_diag dg = diag_for(&r);
    /* a2.txt is missing: the load fails and says which file */
    assert_null(ew_dict_load_dir(dir, NULL, &dg));
    snprintf(path, sizeof path, "%s/a2.txt", dir);
    f = fopen(path, "w");
    fprintf(f, "GONDOR [GON]\n");
    fclose(f);
    dg = diag_for(&r);
    ew_dict *d = ew_dict_load_dir(dir, NULL, &dg);
    assert_non_null(d);
    assert_int_equal(ew_dict_get_stats(d)->lines_rejected, 1);
    assert_int_equal(ew_dict_get_stats(d)->actors, 2);
    ew_dict_free(d);
    ew_dict_options strict = {1};
    dg = diag_for(&r);
    assert_null(ew_dict_load_dir(dir, &strict, &dg));
    assert_null(ew_dict_load_dir("/nonexistent/dir", NULL, &dg));
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static void lint_finds_problems(void **state)
{
    (void)state;
    reports r;
    ew_diag dg = diag_for(&r);
    ew_dict *d = ew_dict_new();
    const char *v = "MEET [040]\n- * WITH + [044]\n- * WITH + [045]\n- * + [999]\n\nGREET [040]\nMEET [041]\n";
    const char *a = "ROHAN [ROH]\nROHAN_ [RHN]\nTHEODEN\n\t[ROHGOV 20000101-20101231]\n\t[ROHELI 20100101-20201231]\nX [bad]\n";
    ew_dict_add_mem(d, EW_DICT_VERBS, "v.txt", v, strlen(v), &dg);
    ew_dict_add_mem(d, EW_DICT_ACTORS, "a.txt", a, strlen(a), &dg);
    ew_dict_finish(d);
    assert_int_equal(r.n, 0);
    char tsv[] = "/tmp/ewcameoXXXXXX";
    int fd = mkstemp(tsv);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "code\tname\tgoldstein\tquad_class\tplover\n04\tConsult\t1.0\t1\tCONSULT\n"
               "040\tConsult\t1.0\t1\tCONSULT\n041\tPhone\t1.0\t1\tCONSULT\n044\tMeet\t2.5\t1\tCONSULT\n"
               "045\tMediate\t5.0\t1\tCONSULT\n9x\tbad\t1\t1\t\n");
    fclose(f);
    ew_cameo *c = ew_cameo_load(tsv, &dg);
    assert_non_null(c);
    assert_int_equal(r.n, 1); /* the malformed row */
    assert_int_equal(ew_cameo_count(c), 5);
    assert_string_equal(ew_cameo_lookup(c, "0441")->code, "044");
    dg = diag_for(&r);
    size_t n = ew_dict_lint(d, c, &dg);
    /* 999 unknown, duplicate pattern, MEET in two blocks, ROHAN duplicate,
     * overlapping ranges, malformed code 'bad' */
    assert_int_equal(n, 6);
    ew_cameo_free(c);
    unlink(tsv);
    ew_dict_free(d);
}

static void shared_dictionaries_load(void **state)
{
    (void)state;
    const char *shared = getenv("EW_SHARED");
    if (!shared || !*shared)
        skip();
    char dir[1024];
    reports r;
    ew_diag dg = diag_for(&r);
    snprintf(dir, sizeof dir, "%s/petrarch2/validate", shared);
    ew_dict *d = ew_dict_load_dir(dir, NULL, &dg);
    assert_non_null(d);
    assert_int_equal(ew_dict_get_stats(d)->lines_rejected, 0);
    ew_dict_free(d);
    snprintf(dir, sizeof dir, "%s/petrarch2/phoenix", shared);
    dg = diag_for(&r);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    d = ew_dict_load_dir(dir, NULL, &dg);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    assert_non_null(d);
    /* the Phoenix files contain 27 lines with real errors (impossible dates
     * such as 20200230, undefined synsets, unbalanced groups, codeless
     * issue phrases); each is reported, nothing else is */
    assert_int_equal(ew_dict_get_stats(d)->lines_rejected, 27);
    assert_true(ew_dict_get_stats(d)->actors > 20000);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    print_message("phoenix load: %.1f ms\n", s * 1e3);
    ew_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verbs_both_syntaxes),
        cmocka_unit_test(actors_dates_and_synonyms),
        cmocka_unit_test(agents_plurals_and_substitutions),
        cmocka_unit_test(discards_and_issues),
        cmocka_unit_test(load_dir_and_strict),
        cmocka_unit_test(lint_finds_problems),
        cmocka_unit_test(shared_dictionaries_load),
    };
    return cmocka_run_group_tests_name("dict/load", tests, NULL, NULL);
}
