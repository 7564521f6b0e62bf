/* Tests for src/store/ingest.c with a stand-in coder (the hook is all
 * ingest knows of coding): events reach the store attached to their
 * documents; -j1 and -j4 give identical content; re-ingest changes
 * nothing; duplicates inside one batch are coded once; rejects are logged;
 * the JSON Lines reader counts each rejection reason. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "io/doc_reader.h"
#include "store/ingest.h"

/* Stand-in coder: one event per word "attacked"/"met" in the text, the
 * actors taken from fixed words, deterministic in the text alone. */
static int fake_code(void *coder, const ew_doc *doc, ew_arena *a, ew_event_list *out, ew_diag *diag)
{
    (void)coder;
    (void)diag;
    out->cap = 8;
    out->n = 0;
    out->v = ew_arena_calloc(a, out->cap, sizeof *out->v);
    const char *p = doc->text;
    int k = 0;
    while (out->n < out->cap && (p = strpbrk(p, "am"))) {
        int attack = !strncmp(p, "attacked", 8), meet = !strncmp(p, "met", 3);
        if (attack || meet) {
            ew_event *e = &out->v[out->n++];
            e->doc_id = doc->id;
            e->sent_id = ew_arena_printf(a, "%d", k++);
            e->date = doc->date;
            e->source.code = strstr(doc->text, "Kyrgyz") ? "KGZ" : "ARM";
            e->target.code = strstr(doc->text, "Tajik") ? "TJK" : "AZE";
            snprintf(e->code, sizeof e->code, "%s", attack ? "190" : "043");
            e->sentence = doc->text;
            e->verb.start = (uint32_t)(p - doc->text);
            e->verb.end = e->verb.start + 3;
        }
        p++;
    }
    return 0;
}

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/ew-test-ingest-%d", (int)getpid());
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir -p %s", dir, dir);
    return system(cmd) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void write_input(const char *path, int n)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    for (int i = 0; i < n; i++)
        fprintf(f, "{\"id\":\"d%d\",\"date\":\"2025-03-%02d\",\"source\":\"Wire %d\",\"text\":\"%s %d: %s\"}\n",
                i, 1 + i % 28, i % 3, i % 2 ? "Kyrgyz guards attacked Tajik posts" : "Armenian envoys met",
                i, i % 5 ? "then met again" : "and attacked");
    fprintf(f, "{\"id\":\"bad\",\"date\":\"March\",\"text\":\"x\"}\n");
    fprintf(f, "{\"id\":\"d0copy\",\"date\":\"2025-03-01\",\"text\":\"Armenian envoys met 0: and attacked\"}\n");
    fclose(f);
}

typedef struct summary {
    long docs, events, mentions, rejected;
    long long idsum, mention_sum;
} summary;

static int sum_event(void *user, const ew_store_event *e)
{
    summary *s = user;
    s->idsum += e->id % 1000003;
    s->mention_sum += e->num_mentions * 7 + e->num_articles * 3 + e->num_sources;
    return 0;
}

static summary ingest(const char *db, const char *in, int threads, const ew_ingest_stats **out_stats,
                      ew_ingest_stats *copy)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_store *s = ew_store_open(db, NULL, &d);
    assert_non_null(s);
    ew_ingest_opts o = {.threads = threads, .batch = 16, .code = fake_code};
    ew_ingest *g = ew_ingest_new(s, &o, &d);
    assert_int_equal(ew_ingest_file(g, in), 0);
    assert_int_equal(ew_ingest_finish(g), 0);
    *copy = *ew_ingest_get_stats(g);
    if (out_stats)
        *out_stats = copy;
    ew_ingest_free(g);
    summary sm = {0};
    ew_store_counts c;
    assert_int_equal(ew_store_count(s, &c), 0);
    sm.docs = c.documents;
    sm.events = c.events;
    sm.mentions = c.mentions;
    sm.rejected = c.rejected;
    assert_int_equal(ew_store_each_event(s, NULL, sum_event, &sm), 0);
    ew_store_close(s);
    return sm;
}

static void threads_do_not_change_the_result(void **state)
{
    (void)state;
    char in[128], a[128], b[128];
    snprintf(in, sizeof in, "%s/in.jsonl", dir);
    snprintf(a, sizeof a, "%s/a.db", dir);
    snprintf(b, sizeof b, "%s/b.db", dir);
    write_input(in, 200);
    ew_ingest_stats st1, st4;
    summary s1 = ingest(a, in, 1, NULL, &st1);
    summary s4 = ingest(b, in, 4, NULL, &st4);
    assert_int_equal(s1.docs, 201);        /* d0copy has d0's text: one document */
    assert_int_equal(st1.duplicates, 1);
    assert_int_equal(st1.docs.rejected[EW_REJ_DATE], 0); /* kept, date unknown */
    assert_int_equal(st1.docs.undated, 1);
    assert_int_equal(s1.rejected, 0);      /* a warning, not a rejection */
    assert_true(s1.events > 0);
    assert_int_equal(st1.events, s1.mentions);
    assert_int_equal(s1.events, s4.events);
    assert_int_equal(s1.mentions, s4.mentions);
    assert_true(s1.idsum == s4.idsum);
    assert_true(s1.mention_sum == s4.mention_sum);
    /* again: nothing new */
    ew_ingest_stats st2;
    summary s2 = ingest(a, in, 2, NULL, &st2);
    assert_int_equal(st2.stored, 0);
    assert_int_equal(st2.duplicates, 202); /* the undated "bad" one too */
    assert_int_equal(s2.events, s1.events);
    assert_int_equal(s2.mentions, s1.mentions);
    assert_true(s2.mention_sum == s1.mention_sum);
}

static int count_doc(void *user, const ew_doc *d)
{
    assert_true(d->text_len > 0);
    (*(int *)user)++;
    return 0;
}

static void jsonl_reader_counts_reasons(void **state)
{
    (void)state;
    const char buf[] =
        "{\"id\":\"a\",\"date\":\"2025-01-02\",\"text\":\"ok\"}\n"
        "{\"id\":\"b\",\"date\":\"2025-01-32\",\"text\":\"bad date\"}\n"
        "\n"
        "{\"id\":\"c\",\"date\":\"2025-01-02\",\"text\":\"\"}\n"
        "{\"id\":\"d\",\"date\":\"2025-01-02\"\n"
        "[1,2,3]\n"
        "{\"id\":7,\"date\":\"20250103\",\"text\":\"numeric id, compact date\"}\n"
        "{\"id\":\"e\",\"date\":\"2025-01-02\",\"text\":\"" "0123456789012345678901234567890123456789" "\"}";
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_doc_stats st = {0};
    ew_doc_opts o = {.max_bytes = 60};
    int n = 0;
    assert_int_equal(ew_doc_read_jsonl_mem(buf, sizeof buf - 1, "mem", &o, count_doc, &n, &d, &st), 0);
    assert_int_equal(n, 3);
    assert_int_equal(st.read, 3);
    assert_int_equal(st.rejected[EW_REJ_DATE], 0); /* "2025-01-32": kept, warned */
    assert_int_equal(st.undated, 1);
    assert_int_equal(d.warnings, 1);
    assert_int_equal(st.rejected[EW_REJ_EMPTY], 1);
    assert_int_equal(st.rejected[EW_REJ_SYNTAX], 2);
    assert_int_equal(st.rejected[EW_REJ_SIZE], 1);
    assert_int_equal(d.errors, 4);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(threads_do_not_change_the_result, setup, teardown),
        cmocka_unit_test(jsonl_reader_counts_reasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
