/* Tests for src/serve/api*.c against a small store written with the
 * store API from invented sentences: every endpoint, filters, paging by
 * cursor, full-text search, the event detail with spans, static files and
 * the 4xx answers. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <jansson.h>

#include <pthread.h>

#include "serve/api_internal.h"
#include "store/store.h"

typedef struct fx_event {
    int32_t date;
    const char *text, *src, *src_c, *tgt, *tgt_c, *code, *dim;
    int quad;
    double gold;
    const char *src_words, *verb, *tgt_words;
} fx_event;

static const fx_event FX[] = {
    {20250303, "Kazakhstan hosted talks between Armenia and Azerbaijan in Almaty on Monday.",
     "KAZGOV", "KAZ", "ARMGOV", "ARM", "043", NULL, 1, 2.8, "Kazakhstan", "hosted", "Armenia"},
    {20250303, "Kazakhstan hosted talks between Armenia and Azerbaijan in Almaty on Monday.",
     "KAZGOV", "KAZ", "AZEGOV", "AZE", "043", NULL, 1, 2.8, "Kazakhstan", "hosted", "Azerbaijan"},
    {20250304, "Azerbaijani troops shelled Armenian border posts overnight, the ministry said.",
     "AZEMIL", "AZE", "ARMMIL", "ARM", "194", "politico-military", 4, -10.0, "Azerbaijani troops", "shelled",
     "Armenian border posts"},
    {20250310, "Moldova's parliament criticised Russia over the cut in gas supplies.",
     "MDALEG", "MDA", "RUSGOV", "RUS", "111", NULL, 3, -2.0, "Moldova's parliament", "criticised", "Russia"},
    {20250311, "Protesters in Tbilisi demanded that the government free jailed reporters.",
     "GEOCVL", "GEO", "GEOGOV", "GEO", "1411", "human", 4, -6.5, "Protesters in Tbilisi", "demanded",
     "the government"},
};
#define NFX (sizeof FX / sizeof FX[0])

static char db_path[256];
static ew_api *api;

static ew_span span_of(const char *text, const char *words)
{
    const char *p = strstr(text, words);
    ew_span s = {0, 0};
    if (p) {
        s.start = (uint32_t)(p - text);
        s.end = s.start + (uint32_t)strlen(words);
    }
    return s;
}

static void add_fixture(ew_store *st, const fx_event *f, int i)
{
    char id[32];
    snprintf(id, sizeof id, "fixture-%d", i);
    ew_store_doc d = {.ext_id = id, .date = f->date, .source = "Test Wire", .text = f->text};
    int64_t key;
    assert_true(ew_store_add_document(st, &d, &key) >= 0);
    ew_event ev;
    memset(&ev, 0, sizeof ev);
    ev.doc_id = id;
    ev.sent_id = "1";
    ev.date = f->date;
    ev.source = (ew_event_actor){.code = f->src, .country = f->src_c, .span = span_of(f->text, f->src_words)};
    ev.target = (ew_event_actor){.code = f->tgt, .country = f->tgt_c, .span = span_of(f->text, f->tgt_words)};
    snprintf(ev.code, sizeof ev.code, "%s", f->code);
    snprintf(ev.root, sizeof ev.root, "%.2s", f->code);
    ev.verb = span_of(f->text, f->verb);
    ev.sentence = f->text;
    ev.pattern = "* fixture";
    ev.quad_class = f->quad;
    ev.goldstein = f->gold;
    ev.dimension = f->dim;
    assert_true(ew_store_add_event(st, key, "Test Wire", &ev, NULL) >= 0);
}

static int setup(void **state)
{
    (void)state;
    snprintf(db_path, sizeof db_path, "/tmp/ew-test-api-%d.db", (int)getpid());
    unlink(db_path);
    ew_store *st = ew_store_open(db_path, NULL, NULL);
    if (!st)
        return -1;
    ew_store_begin(st);
    for (size_t i = 0; i < NFX; i++)
        add_fixture(st, &FX[i], (int)i);
    ew_store_commit(st);
    ew_store_index(st);
    ew_store_close(st);
    const char *root = getenv("EW_ROOT");
    char web[512];
    snprintf(web, sizeof web, "%s/web", root && *root ? root : EW_SOURCE_DIR);
    ew_api_config cfg = {.db_path = db_path, .web_dir = web, .no_explain = 1, .pool = 2};
    api = ew_api_open(&cfg, NULL);
    return api ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ew_api_close(api);
    char wal[300];
    unlink(db_path);
    snprintf(wal, sizeof wal, "%s-wal", db_path);
    unlink(wal);
    snprintf(wal, sizeof wal, "%s-shm", db_path);
    unlink(wal);
    return 0;
}

/* Runs one GET and returns the parsed JSON (caller decrefs) and status. */
static json_t *get(const char *path, const char *query, int *status)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_query q;
    ew_query_init(&q, &a);
    json_t *doc = NULL;
    ew_api_response r;
    if (ew_query_parse(&q, query, strlen(query))) {
        *status = -1;
    } else {
        ew_api_handle(api, "GET", path, &q, &r);
        *status = r.status;
        if (r.type && !strcmp(r.type, "application/json"))
            doc = json_loadb(r.body, r.len, 0, NULL);
        ew_api_response_free(&r);
    }
    ew_arena_free(&a);
    return doc;
}

static size_t count_events(const char *query)
{
    int st;
    json_t *d = get("/api/events", query, &st);
    assert_int_equal(st, 200);
    size_t n = json_array_size(json_object_get(d, "events"));
    json_decref(d);
    return n;
}

static void health(void **state)
{
    (void)state;
    int st;
    json_t *d = get("/api/health", "", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_integer_value(json_object_get(d, "events")), (json_int_t)NFX);
    assert_true(json_is_false(json_object_get(d, "explain")));
    json_decref(d);
}

static void events_filters(void **state)
{
    (void)state;
    assert_int_equal(count_events(""), NFX);
    assert_int_equal(count_events("country=ARM"), 2);
    assert_int_equal(count_events("dyad=ARM-AZE"), 1);
    assert_int_equal(count_events("dyad=AZE-ARM"), 1);
    assert_int_equal(count_events("actor=KAZ"), 2);
    assert_int_equal(count_events("actor=ARMMIL"), 1);
    assert_int_equal(count_events("code=04"), 2);
    assert_int_equal(count_events("root=19"), 1);
    assert_int_equal(count_events("quad=3,4"), 3);
    assert_int_equal(count_events("dimension=human"), 1);
    assert_int_equal(count_events("from=2025-03-04&to=2025-03-10"), 2);
    assert_int_equal(count_events("q=shelled"), 1);
    assert_int_equal(count_events("q=gas+supplies"), 1);
    assert_int_equal(count_events("q=submarine"), 0);
    assert_int_equal(count_events("q=NOT+AND+%22%28"), 0); /* FTS syntax is only searched for */
}

static void events_rows_carry_spans(void **state)
{
    (void)state;
    int st;
    json_t *d = get("/api/events", "root=19", &st);
    json_t *e = json_array_get(json_object_get(d, "events"), 0);
    assert_string_equal(json_string_value(json_object_get(e, "date")), "2025-03-04");
    assert_string_equal(json_string_value(json_object_get(e, "src_code")), "AZEMIL");
    assert_true(json_is_string(json_object_get(e, "id")));
    const char *s = json_string_value(json_object_get(e, "sentence"));
    json_t *verb = json_object_get(json_object_get(e, "spans"), "verb");
    assert_non_null(s);
    size_t a = (size_t)json_integer_value(json_array_get(verb, 0)), b = (size_t)json_integer_value(json_array_get(verb, 1));
    assert_int_equal(b - a, 7);
    assert_memory_equal(s + a, "shelled", 7);
    json_decref(d);
}

static void paging_by_cursor(void **state)
{
    (void)state;
    char query[96] = "limit=2";
    char seen[NFX][24];
    size_t n = 0;
    for (int page = 0; page < 5; page++) {
        int st;
        json_t *d = get("/api/events", query, &st);
        assert_int_equal(st, 200);
        json_t *list = json_object_get(d, "events"), *e;
        size_t i;
        json_array_foreach(list, i, e) {
            assert_true(n < NFX);
            snprintf(seen[n], sizeof seen[n], "%s", json_string_value(json_object_get(e, "id")));
            for (size_t k = 0; k < n; k++)
                assert_string_not_equal(seen[k], seen[n]);
            n++;
        }
        json_t *cur = json_object_get(d, "next_cursor");
        if (json_is_null(cur)) {
            json_decref(d);
            break;
        }
        snprintf(query, sizeof query, "limit=2&cursor=%s", json_string_value(cur));
        json_decref(d);
    }
    assert_int_equal(n, NFX);
    assert_int_equal(count_events("limit=2&offset=4"), 1);
}

static void one_event_with_mentions(void **state)
{
    (void)state;
    int st;
    json_t *d = get("/api/events", "dimension=human", &st);
    char path[64];
    snprintf(path, sizeof path, "/api/event/%s",
             json_string_value(json_object_get(json_array_get(json_object_get(d, "events"), 0), "id")));
    json_decref(d);
    d = get(path, "", &st);
    assert_int_equal(st, 200);
    assert_string_equal(json_string_value(json_object_get(d, "code")), "1411");
    json_t *m = json_array_get(json_object_get(d, "mentions"), 0);
    assert_string_equal(json_string_value(json_object_get(m, "doc_id")), "fixture-4");
    assert_string_equal(json_string_value(json_object_get(m, "pattern")), "* fixture");
    json_t *src = json_object_get(json_object_get(m, "spans"), "source");
    assert_int_equal(json_integer_value(json_array_get(src, 0)), 0);
    assert_int_equal(json_integer_value(json_array_get(src, 1)), 21);
    json_decref(d);
    d = get("/api/event/12345", "", &st);
    assert_int_equal(st, 404);
    json_decref(d);
    d = get("/api/event/12x", "", &st);
    assert_int_equal(st, 400);
    json_decref(d);
}

static void series_alerts_mediation_actors_dyads(void **state)
{
    (void)state;
    int st;
    json_t *d = get("/api/series", "by=dyad&key=ARM-AZE", &st);
    assert_int_equal(st, 200);
    json_t *b = json_array_get(json_object_get(d, "buckets"), 0);
    assert_int_equal(json_array_size(json_object_get(d, "buckets")), 1);
    assert_string_equal(json_string_value(json_object_get(b, "date")), "2025-03-03");
    assert_int_equal(json_integer_value(json_array_get(json_object_get(b, "quad"), 3)), 1);
    json_decref(d);
    d = get("/api/series", "by=country&key=ARM&interval=day", &st);
    assert_int_equal(json_array_size(json_object_get(d, "buckets")), 2);
    json_decref(d);
    d = get("/api/series", "by=all", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_array_size(json_object_get(d, "buckets")), 2); /* two ISO weeks */
    json_decref(d);
    d = get("/api/series", "by=dimension&key=human", &st);
    assert_int_equal(json_array_size(json_object_get(d, "buckets")), 1);
    json_decref(d);
    d = get("/api/alerts", "", &st);
    assert_int_equal(st, 200);
    assert_true(json_is_array(json_object_get(d, "alerts")));
    json_decref(d);
    d = get("/api/mediation", "dyad=ARM-AZE", &st);
    assert_int_equal(st, 200);
    json_t *p = json_array_get(json_object_get(d, "parties"), 0);
    assert_string_equal(json_string_value(json_object_get(p, "code")), "KAZ");
    assert_int_equal(json_integer_value(json_object_get(p, "with_a")), 1);
    assert_int_equal(json_integer_value(json_object_get(p, "with_b")), 1);
    json_decref(d);
    d = get("/api/actors", "", &st);
    json_t *a = json_array_get(json_object_get(d, "actors"), 0);
    assert_string_equal(json_string_value(json_object_get(a, "code")), "KAZGOV");
    assert_int_equal(json_integer_value(json_object_get(a, "events")), 2);
    json_decref(d);
    d = get("/api/dyads", "", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_array_size(json_object_get(d, "dyads")), 4); /* GEO-GEO is domestic */
    json_decref(d);
}

static void bad_requests_get_4xx(void **state)
{
    (void)state;
    static const struct { const char *path, *query, *needle; int status; } bad[] = {
        {"/api/events", "colour=red", "unknown parameter 'colour'", 400},
        {"/api/events", "limit=1000", "'limit'", 400},
        {"/api/series", "by=dyad", "'key'", 400},
        {"/api/series", "by=dyad&key=ARM-AZE&interval=month", "'interval'", 400},
        {"/api/series", "by=galaxy&key=X", "'by'", 400},
        {"/api/mediation", "", "'dyad'", 400},
        {"/api/explain", "", "'text'", 400},
        {"/api/explain", "text=hello", "not available", 503},
        {"/api/health", "verbose=1", "'verbose'", 400},
        {"/api/nope", "", "no such endpoint", 404},
        {"/../../etc/passwd", "", "not found", 404},
        {"/vendor/../index.html", "", "not found", 404},
        {"/.git/config", "", "not found", 404},
        {"/package-lock.json%00", "", "not found", 404},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int st;
        json_t *d = get(bad[i].path, bad[i].query, &st);
        const char *err = json_string_value(json_object_get(d, "error"));
        if (st != bad[i].status || !err || !strstr(err, bad[i].needle))
            fail_msg("%s?%s: %d '%s'", bad[i].path, bad[i].query, st, err ? err : "");
        json_decref(d);
    }
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_query q;
    ew_query_init(&q, &a);
    ew_api_response r;
    ew_api_handle(api, "POST", "/api/events", &q, &r);
    assert_int_equal(r.status, 405);
    assert_string_equal(r.allow, "GET, HEAD");
    ew_api_response_free(&r);
    ew_arena_free(&a);
}

static void static_files(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_query q;
    ew_query_init(&q, &a);
    ew_api_response r;
    ew_api_handle(api, "GET", "/", &q, &r);
    assert_int_equal(r.status, 200);
    assert_string_equal(r.type, "text/html; charset=utf-8");
    assert_true(r.is_static);
    assert_non_null(strstr(r.body, "<title>eventwatch dashboard</title>"));
    ew_api_response_free(&r);
    ew_api_handle(api, "GET", "/style.css", &q, &r);
    assert_int_equal(r.status, 200);
    assert_string_equal(r.type, "text/css; charset=utf-8");
    ew_api_response_free(&r);
    ew_api_handle(api, "GET", "/vendor.sh", &q, &r);   /* not a served type */
    assert_int_equal(r.status, 404);
    ew_api_response_free(&r);
    ew_arena_free(&a);
}

/* The response cache: a miss must be followed by a put; an error put
 * leaves nothing behind, so the next request computes again instead of
 * waiting; concurrent requests for one key all get the same answer. */
static void cache_single_flight(void **state)
{
    (void)state;
    ew_api_response r = {0};
    assert_int_equal(ew_api_cache_get(api, "k-test", &r), 0);
    ew_api_error(&r, 503, "boom");
    ew_api_cache_put(api, "k-test", &r);
    ew_api_response_free(&r);
    assert_int_equal(ew_api_cache_get(api, "k-test", &r), 0);   /* not stuck pending */
    ew_api_json(&r, json_pack("{s:i}", "x", 1));
    ew_api_cache_put(api, "k-test", &r);
    ew_api_response_free(&r);
    memset(&r, 0, sizeof r);
    assert_int_equal(ew_api_cache_get(api, "k-test", &r), 1);
    assert_string_equal(r.body, "{\"x\":1}");
    ew_api_response_free(&r);
}

static void *series_thread(void *arg)
{
    int st;
    json_t *d = get("/api/series", "by=all&interval=day", &st);
    *(char **)arg = st == 200 ? json_dumps(d, JSON_SORT_KEYS) : NULL;
    json_decref(d);
    return NULL;
}

static void concurrent_requests_share_one_answer(void **state)
{
    (void)state;
    pthread_t t[8];
    char *out[8];
    for (int i = 0; i < 8; i++)
        pthread_create(&t[i], NULL, series_thread, &out[i]);
    for (int i = 0; i < 8; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 8; i++) {
        assert_non_null(out[i]);
        assert_string_equal(out[i], out[0]);
    }
    for (int i = 0; i < 8; i++)
        free(out[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(health),
        cmocka_unit_test(events_filters),
        cmocka_unit_test(events_rows_carry_spans),
        cmocka_unit_test(paging_by_cursor),
        cmocka_unit_test(one_event_with_mentions),
        cmocka_unit_test(series_alerts_mediation_actors_dyads),
        cmocka_unit_test(bad_requests_get_4xx),
        cmocka_unit_test(static_files),
        cmocka_unit_test(cache_single_flight),
        cmocka_unit_test(concurrent_requests_share_one_answer),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
