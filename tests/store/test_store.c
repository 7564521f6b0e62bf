/* Tests for src/store: SHA-256 vectors, dates, document idempotency, the
 * dedup rule and GDELT-style counts, filters, mentions, locked database. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "store/date.h"
#include "store/hash64.h"
#include "store/sha256.h"
#include "store/store.h"
#include <sqlite3.h>

static void sha256_known_vectors(void **state)
{
    (void)state;
    uint8_t d[32];
    char hex[65];
    ew_sha256("abc", 3, d);
    ew_sha256_hex(d, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    ew_sha256("", 0, d);
    ew_sha256_hex(d, hex);
    assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    ew_sha256(m, strlen(m), d);
    ew_sha256_hex(d, hex);
    assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

/* Pinned values: keys must be identical on every machine (shards merge). */
static void hash64_is_stable(void **state)
{
    (void)state;
    assert_true(ew_hash64("", 0) == 0x552d3fb62b3c344full);
    const char *k = "20250301|AZEGOV|ARMGOV|042|";
    assert_true(ew_hash64(k, strlen(k)) == 0x6f0b89f0c69ec514ull);
    assert_true(ew_hash64("a", 1) != ew_hash64("b", 1));
}

static void dates(void **state)
{
    (void)state;
    assert_int_equal(ew_date_days(19700101), 0);
    assert_int_equal(ew_date_from_days(ew_date_days(20240229)), 20240229);
    assert_false(ew_date_valid(20230229));
    assert_false(ew_date_valid(20250431));
    assert_int_equal(ew_date_week_start(20250302), 20250224); /* Sunday -> Monday before */
    assert_int_equal(ew_date_week_start(20250303), 20250303);
    assert_int_equal(ew_date_parse("2025-03-01"), 20250301);
    assert_int_equal(ew_date_parse("2025-03-01T10:00:00Z"), 20250301);
    assert_int_equal(ew_date_parse("20250301"), 20250301);
    assert_int_equal(ew_date_parse("2025-13-01"), 0);
    assert_int_equal(ew_date_parse("yesterday"), 0);
    assert_int_equal(ew_date_parse_rfc822("Sat, 01 Mar 2025 10:00:00 GMT"), 20250301);
    assert_int_equal(ew_date_parse_rfc822("1 Mar 2025"), 20250301);
    assert_int_equal(ew_date_parse_rfc822("Sat, 41 Mar 2025"), 0);
}

static char dbpath[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dbpath, sizeof dbpath, "/tmp/ew-test-store-%d.db", (int)getpid());
    unlink(dbpath);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char p[80];
    unlink(dbpath);
    snprintf(p, sizeof p, "%s-wal", dbpath);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", dbpath);
    unlink(p);
    return 0;
}

static ew_event make_event(const char *src, const char *tgt, const char *code, int32_t date,
                           const char *sent_id)
{
    ew_event e;
    memset(&e, 0, sizeof e);
    e.doc_id = "d";
    e.sent_id = sent_id;
    e.date = date;
    e.source.code = src;
    e.source.country = src;
    e.target.code = tgt;
    e.target.country = tgt;
    snprintf(e.code, sizeof e.code, "%s", code);
    e.sentence = "Azerbaijan and Armenia met.";
    e.verb.start = 3;
    e.verb.end = 7;
    return e;
}

static int count_events(void *user, const ew_store_event *e)
{
    (void)e;
    (*(int *)user)++;
    return 0;
}

static int64_t add_doc(ew_store *s, const char *text, const char *source)
{
    ew_store_doc d = {.ext_id = "x", .date = 20250301, .source = source, .text = text};
    int64_t key;
    assert_true(ew_store_add_document(s, &d, &key) >= 0);
    return key;
}

static void documents_are_idempotent(void **state)
{
    (void)state;
    ew_diag diag;
    ew_diag_init(&diag);
    diag.quiet = 1;
    ew_store *s = ew_store_open(dbpath, NULL, &diag);
    assert_non_null(s);
    ew_store_doc d = {.ext_id = "a1", .date = 20250301, .source = "Wire", .text = "Talks  resumed\nin Vienna."};
    int64_t k1, k2;
    assert_int_equal(ew_store_add_document(s, &d, &k1), 1);
    d.text = " Talks resumed in   Vienna. ";  /* same text once white space is normalised */
    assert_int_equal(ew_store_add_document(s, &d, &k2), 0);
    assert_true(k1 == k2);
    assert_int_equal(ew_store_has_document(s, k1), 1);
    assert_int_equal(ew_store_has_document(s, k1 ^ 1), 0);
    ew_store_counts c;
    assert_int_equal(ew_store_count(s, &c), 0);
    assert_int_equal(c.documents, 1);
    ew_store_close(s);
}

static void dedup_counts_like_gdelt(void **state)
{
    (void)state;
    ew_store *s = ew_store_open(dbpath, NULL, NULL);
    assert_non_null(s);
    assert_int_equal(ew_store_begin(s), 0);
    int64_t d1 = add_doc(s, "story one", "Wire A");
    int64_t d2 = add_doc(s, "story two", "Wire A");
    int64_t d3 = add_doc(s, "story three", "Wire B");
    ew_event e = make_event("AZE", "ARM", "042", 20250301, "1");
    int64_t id1, id2;
    assert_int_equal(ew_store_add_event(s, d1, "Wire A", &e, &id1), 1);
    assert_int_equal(ew_store_add_event(s, d1, "Wire A", &e, &id2), 2); /* same mention */
    assert_true(id1 == id2);
    e.sent_id = "2";
    assert_int_equal(ew_store_add_event(s, d1, "Wire A", &e, NULL), 0); /* 2nd mention, same doc */
    e.sent_id = "1";
    assert_int_equal(ew_store_add_event(s, d2, "Wire A", &e, NULL), 0); /* 2nd article */
    assert_int_equal(ew_store_add_event(s, d3, "Wire B", &e, NULL), 0); /* 2nd source */
    ew_event other = make_event("AZE", "ARM", "042", 20250302, "1"); /* next day: new row */
    assert_int_equal(ew_store_add_event(s, d3, "Wire B", &other, NULL), 1);
    ew_event rev = make_event("ARM", "AZE", "042", 20250301, "1"); /* direction matters */
    assert_int_equal(ew_store_add_event(s, d3, "Wire B", &rev, NULL), 1);
    assert_int_equal(ew_store_commit(s), 0);

    ew_store_counts c;
    ew_store_count(s, &c);
    assert_int_equal(c.events, 3);
    assert_int_equal(c.mentions, 6);
    ew_store_filter f = {.date_from = 20250301, .date_to = 20250301, .actor_a = "AZE", .actor_b = "ARM"};
    int n = 0;
    assert_int_equal(ew_store_each_event(s, &f, count_events, &n), 0);
    assert_int_equal(n, 2); /* both directions on 1 March */
    ew_store_close(s);
}

struct seen { int mentions, articles, sources, quad; };

static int grab(void *user, const ew_store_event *e)
{
    struct seen *x = user;
    x->mentions = e->num_mentions;
    x->articles = e->num_articles;
    x->sources = e->num_sources;
    x->quad = e->quad_class;
    return !strcmp(e->src_country, "AZE"); /* stop at the AZE->ARM row */
}

static void counts_are_exact(void **state)
{
    (void)state;
    dedup_counts_like_gdelt(state);
    ew_store *s = ew_store_open(dbpath, NULL, NULL);
    ew_store_filter f = {.date_from = 20250301, .date_to = 20250301, .actor_a = "AZE", .code_prefix = "04"};
    struct seen x = {0};
    assert_int_equal(ew_store_each_event(s, &f, grab, &x), 1);
    assert_int_equal(x.mentions, 4);
    assert_int_equal(x.articles, 3);
    assert_int_equal(x.sources, 2);
    assert_int_equal(x.quad, 1); /* derived from root 04 */
    ew_store_close(s);
}

static int count_mentions(void *user, const ew_store_mention *m)
{
    assert_non_null(m->sentence);
    (*(int *)user)++;
    return 0;
}

static void mentions_and_search(void **state)
{
    (void)state;
    ew_store *s = ew_store_open(dbpath, NULL, NULL);
    int64_t d = add_doc(s, "mediation story", "Wire C");
    ew_event e = make_event("RUS", "AZE", "045", 20250310, "s1");
    e.sentence = "Moscow offered to mediate between the parties.";
    int64_t id;
    assert_int_equal(ew_store_add_event(s, d, "Wire C", &e, &id), 1);
    int n = 0;
    assert_int_equal(ew_store_each_mention(s, id, count_mentions, &n), 0);
    assert_int_equal(n, 1);
    n = 0;
    int rc = ew_store_search(s, "mediate", 10, count_mentions, &n);
    if (rc == 0)
        assert_int_equal(n, 1);
    ew_store_close(s);
}

static int name_of(void *user, const ew_store_event *e)
{
    snprintf(user, 64, "%s", e->src_name ? e->src_name : "(null)");
    return 1;
}

static void broken_utf8_names_are_cleaned(void **state)
{
    (void)state;
    ew_store *s = ew_store_open(dbpath, NULL, NULL);
    int64_t d = add_doc(s, "utf8", "W");
    ew_event e = make_event("KGZ", "TJK", "112", 20250301, "1");
    e.source.text = "\x80\x99s border guards\xe2\x80"; /* a span that cut a quote mark */
    assert_int_equal(ew_store_add_event(s, d, "W", &e, NULL), 1);
    char name[64];
    ew_store_each_event(s, NULL, name_of, name);
    assert_string_equal(name, "s border guards");
    ew_store_close(s);
}

static void window_merges_a_bucket(void **state)
{
    (void)state;
    ew_store_opts o = {.window_days = 7};
    ew_store *s = ew_store_open(dbpath, &o, NULL);
    assert_non_null(s);
    int64_t d = add_doc(s, "weekly window", "W");
    /* 1970-01-01 is day 0: buckets are [Thu 1 Jan + 7k, +7) */
    ew_event a = make_event("SRB", "KSV", "112", 20250102, "1"); /* day 20090: bucket 2870 */
    ew_event b = make_event("SRB", "KSV", "112", 20250108, "2"); /* day 20096: same bucket */
    ew_event c = make_event("SRB", "KSV", "112", 20250109, "3"); /* day 20097: next bucket */
    ew_event old = make_event("SRB", "KSV", "112", 19500101, "4");
    int64_t ia, ib, ic, io;
    assert_int_equal(ew_store_add_event(s, d, "W", &a, &ia), 1);
    assert_int_equal(ew_store_add_event(s, d, "W", &b, &ib), 0);
    assert_int_equal(ew_store_add_event(s, d, "W", &c, &ic), 1);
    assert_int_equal(ew_store_add_event(s, d, "W", &old, &io), 1);
    assert_true(ia == ib);
    assert_true(ia != ic);
    assert_true(io > 0 && io < ia); /* ids sort by date */
    ew_store_close(s);
    /* the window is a property of the database: reopening with another
     * option keeps 7 */
    ew_store_opts o1 = {.window_days = 1};
    s = ew_store_open(dbpath, &o1, NULL);
    ew_event b2 = make_event("SRB", "KSV", "112", 20250107, "5");
    assert_int_equal(ew_store_add_event(s, d, "W", &b2, &ib), 0);
    assert_true(ia == ib);
    ew_store_close(s);
}

/* Row strings live only during the callback: checks run inside it. */
static int check_actor_geo(void *user, const ew_store_event *r)
{
    (void)user;
    assert_int_equal(r->geo_type, 0);
    assert_int_equal(r->actor1_geo.type, 4);
    assert_string_equal(r->actor1_geo.name, "Astana, Kazakhstan");
    assert_string_equal(r->actor1_geo.country, "KZ");
    assert_string_equal(r->actor1_geo.adm1, "KZ05");
    assert_true(r->actor1_geo.lat > 51.17 && r->actor1_geo.lon < 71.46);
    assert_int_equal(r->actor1_geo.feature, 1526273);
    assert_int_equal(r->actor2_geo.type, 1);
    assert_string_equal(r->actor2_geo.country, "UZ");
    assert_null(r->actor2_geo.adm1);
    assert_int_equal(r->actor2_geo.feature, 0);
    return 1;
}

static int check_old_row(void *user, const ew_store_event *r)
{
    (void)user;
    assert_string_equal(r->code, "057");
    assert_int_equal(r->actor1_geo.type, 0);
    assert_null(r->actor1_geo.name);
    return 1;
}

/* Actor locations are stored next to the action location and read back;
 * they do not split the dedup key (only the action location does). */
static void actor_geo_round_trip(void **state)
{
    (void)state;
    ew_store *s = ew_store_open(dbpath, NULL, NULL);
    int64_t d = add_doc(s, "actor places", "W");
    ew_event e = make_event("KAZ", "UZB", "036", 20250401, "1");
    e.actor1_geo = (ew_location){.type = 4, .name = "Astana, Kazakhstan", .country = "KZ",
                                 .adm1 = "KZ05", .lat = 51.18, .lon = 71.45, .feature_id = 1526273};
    e.actor2_geo = (ew_location){.type = 1, .name = "Uzbekistan", .country = "UZ",
                                 .lat = 41.0, .lon = 64.0};
    assert_int_equal(ew_store_add_event(s, d, "W", &e, NULL), 1);
    ew_event f = e;
    f.sent_id = "2";
    f.actor1_geo.type = 0; /* another placing of actor 1: same event row */
    assert_int_equal(ew_store_add_event(s, d, "W", &f, NULL), 0);
    assert_int_equal(ew_store_each_event(s, NULL, check_actor_geo, NULL), 1);
    ew_store_close(s);
}

/* A schema-1 database (no actor location columns) is upgraded at open and
 * keeps its rows. */
static void version_1_database_is_upgraded(void **state)
{
    (void)state;
    ew_store *s = ew_store_open(dbpath, NULL, NULL);
    int64_t d = add_doc(s, "old row", "W");
    ew_event e = make_event("TKM", "AFG", "057", 20250402, "1");
    assert_int_equal(ew_store_add_event(s, d, "W", &e, NULL), 1);
    ew_store_close(s);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    const char *cols[] = {"type", "name", "country", "adm1", "lat", "lon", "feature"};
    for (int a = 1; a <= 2; a++)
        for (int i = 0; i < 7; i++) {
            char sql[96];
            snprintf(sql, sizeof sql, "ALTER TABLE events DROP COLUMN a%d_geo_%s", a, cols[i]);
            assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
        }
    assert_int_equal(sqlite3_exec(db, "UPDATE meta SET value='1' WHERE key='schema_version'",
                                  NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    s = ew_store_open(dbpath, NULL, NULL);
    assert_non_null(s);
    assert_int_equal(ew_store_each_event(s, NULL, check_old_row, NULL), 1);
    ew_event f = make_event("TKM", "AFG", "057", 20250403, "1");
    f.actor2_geo = (ew_location){.type = 1, .name = "Afghanistan", .country = "AF"};
    assert_int_equal(ew_store_add_event(s, d, "W", &f, NULL), 1);
    ew_store_close(s);
}

static void locked_database_is_reported(void **state)
{
    (void)state;
    ew_store *a = ew_store_open(dbpath, NULL, NULL);
    assert_int_equal(ew_store_begin(a), 0);
    add_doc(a, "holding the write lock", "W");
    ew_diag diag;
    ew_diag_init(&diag);
    diag.quiet = 1;
    /* busy_timeout is 5 s; this test waits it out once, at open (schema
     * writes) or at the first insert */
    ew_store *b = ew_store_open(dbpath, NULL, &diag);
    if (b) {
        ew_store_doc d = {.text = "second writer"};
        assert_int_equal(ew_store_add_document(b, &d, NULL), -1);
    }
    assert_true(diag.errors >= 1);
    ew_store_rollback(a);
    ew_store_close(a);
    ew_store_close(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sha256_known_vectors),
        cmocka_unit_test(hash64_is_stable),
        cmocka_unit_test(dates),
        cmocka_unit_test_setup_teardown(documents_are_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(dedup_counts_like_gdelt, setup, teardown),
        cmocka_unit_test_setup_teardown(counts_are_exact, setup, teardown),
        cmocka_unit_test_setup_teardown(mentions_and_search, setup, teardown),
        cmocka_unit_test_setup_teardown(window_merges_a_bucket, setup, teardown),
        cmocka_unit_test_setup_teardown(broken_utf8_names_are_cleaned, setup, teardown),
        cmocka_unit_test_setup_teardown(actor_geo_round_trip, setup, teardown),
        cmocka_unit_test_setup_teardown(version_1_database_is_upgraded, setup, teardown),
        cmocka_unit_test_setup_teardown(locked_database_is_reported, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
