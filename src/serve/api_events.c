/*
 * api_events.c -- /api/events (filtered, paged event list), /api/event/{id}
 * (one event with every sentence behind it and the spans to highlight) and
 * /api/actors.
 *
 * Paging: rows come newest first, ordered by (date, id) descending; each
 * page carries next_cursor "YYYYMMDD_ID" of its last row, and the next
 * page is everything strictly after it, so pages neither skip nor repeat
 * rows however deep one goes (offset is accepted too, up to 10,000, for
 * jumping).  Ids are 63-bit, beyond what a JavaScript number holds
 * exactly, so they travel as strings.
 */
#include "serve/api_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A WHERE clause under construction: constant SQL fragments, values bound. */
typedef struct sqlb {
    char s[3072];
    size_t n;
    struct { int text; const char *t; int64_t i; } b[32];
    int nb;
} sqlb;

static void add(sqlb *q, const char *frag)
{
    size_t l = strlen(frag);
    if (q->n + l < sizeof q->s) {
        memcpy(q->s + q->n, frag, l + 1);
        q->n += l;
    }
}

static void bt(sqlb *q, const char *t) { q->b[q->nb].text = 1; q->b[q->nb++].t = t; }
static void bi(sqlb *q, int64_t i) { q->b[q->nb].text = 0; q->b[q->nb++].i = i; }

static void bind_all(sqlite3_stmt *st, const sqlb *q)
{
    for (int i = 0; i < q->nb; i++) {
        if (q->b[i].text)
            sqlite3_bind_text(st, i + 1, q->b[i].t, -1, SQLITE_STATIC);
        else
            sqlite3_bind_int64(st, i + 1, q->b[i].i);
    }
}

/* Code prefix as a range, so an index on the column can serve it. */
static void prefix(sqlb *q, const char *col, const char *p, char *hi, size_t size)
{
    snprintf(hi, size, "%s\x7f", p);
    char frag[96];
    snprintf(frag, sizeof frag, " AND %s >= ? AND %s < ?", col, col);
    add(q, frag);
    bt(q, p);
    bt(q, hi);
}

static void where_actor(sqlb *q, const ew_api_filter *f, char *hi, size_t size)
{
    snprintf(hi, size, "%s\x7f", f->actor);
    add(q, " AND ((e.src_code >= ? AND e.src_code < ?) OR (e.tgt_code >= ? AND e.tgt_code < ?))");
    bt(q, f->actor); bt(q, hi); bt(q, f->actor); bt(q, hi);
}

static void where_quad(sqlb *q, int mask)
{
    add(q, " AND e.quad_class IN (");
    int first = 1;
    for (int c = 1; c <= 4; c++)
        if (mask & (1 << c)) {
            add(q, first ? "?" : ",?");
            bi(q, c);
            first = 0;
        }
    add(q, ")");
}

typedef struct bufs { char actor[40], code[8]; } bufs;

static void build_where(sqlb *q, const ew_api_filter *f, bufs *b)
{
    add(q, " WHERE 1");
    if (f->from) { add(q, " AND e.date >= ?"); bi(q, f->from); }
    if (f->to) { add(q, " AND e.date <= ?"); bi(q, f->to); }
    if (f->country) {
        /* unary + keeps the country indexes out of it: walking the date
         * index newest first and stopping after one page beats collecting
         * and sorting every event of a busy country */
        add(q, " AND (+e.src_country = ? OR +e.tgt_country = ?)");
        bt(q, f->country); bt(q, f->country);
    }
    if (f->dyad_a[0]) {
        add(q, " AND ((e.src_country = ? AND e.tgt_country = ?) OR (e.src_country = ? AND e.tgt_country = ?))");
        bt(q, f->dyad_a); bt(q, f->dyad_b); bt(q, f->dyad_b); bt(q, f->dyad_a);
    }
    if (f->actor)
        where_actor(q, f, b->actor, sizeof b->actor);
    if (f->code)
        prefix(q, "e.code", f->code, b->code, sizeof b->code);
    if (f->root) { add(q, " AND e.root_code = printf('%02d', ?)"); bi(q, f->root); }
    if (f->quad_mask)
        where_quad(q, f->quad_mask);
    if (f->dimension) { add(q, " AND e.dimension = ?"); bt(q, f->dimension); }
    if (f->theme) {
        add(q, " AND (';' || e.issues || ';') LIKE ('%;' || ? || ';%')");
        bt(q, f->theme);
    }
    if (f->fts) {
        add(q, " AND e.id IN (SELECT m.event FROM mentions m WHERE m.sentence IN"
               " (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))");
        bt(q, f->fts);
    }
    if (f->has_cursor) {
        add(q, " AND (e.date < ? OR (e.date = ? AND e.id < ?))");
        bi(q, f->cur_date); bi(q, f->cur_date); bi(q, f->cur_id);
    }
}

#define EVENT_COLS                                                                      \
    "e.id, e.date, e.code, e.root_code, e.quad_class, e.goldstein, e.plover, e.dimension," \
    " e.issues, e.src_code, e.src_name, e.src_country, e.tgt_code, e.tgt_name,"         \
    " e.tgt_country, e.geo_name, e.geo_country, e.geo_lat, e.geo_lon, e.num_mentions,"  \
    " e.num_sources, e.num_articles"

static const char *const event_names[] = {
    "id", "date", "code", "root", "quad_class", "goldstein", "plover", "dimension",
    "issues", "src_code", "src_name", "src_country", "tgt_code", "tgt_name",
    "tgt_country", "geo_name", "geo_country", "geo_lat", "geo_lon", "num_mentions",
    "num_sources", "num_articles", NULL};

static void put_id(json_t *o, const char *name, int64_t id)
{
    char b[24];
    snprintf(b, sizeof b, "%lld", (long long)id);
    json_object_set_new(o, name, json_string(b));
}

/* The event columns (0..21) of a row as an object. */
static json_t *event_object(sqlite3_stmt *st)
{
    json_t *o = json_object();
    put_id(o, "id", sqlite3_column_int64(st, 0));
    json_object_set_new(o, "date", ew_api_date(sqlite3_column_int(st, 1)));
    for (int i = 2; event_names[i]; i++)
        json_object_set_new(o, event_names[i], ew_api_col(st, i));
    return o;
}

static json_t *span(sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL || sqlite3_column_int(st, i + 1) <= sqlite3_column_int(st, i))
        return json_null();
    return json_pack("[ii]", sqlite3_column_int(st, i), sqlite3_column_int(st, i + 1));
}

/* Sentence text and the source/target/verb spans of a mention row. */
static void put_spans(json_t *o, sqlite3_stmt *st, int i)
{
    json_object_set_new(o, "sentence", ew_api_col(st, i));
    json_t *sp = json_object();
    json_object_set_new(sp, "source", span(st, i + 1));
    json_object_set_new(sp, "target", span(st, i + 3));
    json_object_set_new(sp, "verb", span(st, i + 5));
    json_object_set_new(o, "spans", sp);
}

static int run_events(sqlite3 *db, const ew_api_filter *f, int page_index, json_t *list, json_t *doc)
{
    sqlb q = {0};
    bufs b;
    add(&q, "SELECT " EVENT_COLS ", (SELECT text FROM sentences WHERE id = e.first_sentence),"
            " (SELECT json_array(src_start, src_end, tgt_start, tgt_end, verb_start, verb_end)"
            " FROM mentions WHERE event = e.id AND sentence = e.first_sentence LIMIT 1)"
            " FROM events e WHERE e.id IN (SELECT e.id FROM events e");
    /* SQLite's planner prefers the plain date index, which costs a table
     * lookup per row it skips; the covering page index answers the
     * filters itself.  Dyads and text search have better paths. */
    if (page_index && !f->dyad_a[0] && !f->fts)
        add(&q, " INDEXED BY serve_events_page");
    /* the page's ids first (often from an index alone), then the rows and
     * their sentences for those ids only: sorting whole rows with their
     * subqueries for every match of a busy dyad costs 30 times more */
    build_where(&q, f, &b);
    add(&q, " ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?) ORDER BY e.date DESC, e.id DESC");
    bi(&q, f->limit + 1);
    bi(&q, f->offset);
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, q.s, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    bind_all(st, &q);
    int n = 0;
    int32_t last_date = 0;
    int64_t last_id = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n++ == f->limit) {
            char cur[48];
            snprintf(cur, sizeof cur, "%d_%lld", (int)last_date, (long long)last_id);
            json_object_set_new(doc, "next_cursor", json_string(cur));
            continue;
        }
        json_t *o = event_object(st);
        json_object_set_new(o, "sentence", ew_api_col(st, 22));
        const char *sp = (const char *)sqlite3_column_text(st, 23);
        json_t *a = sp ? json_loads(sp, 0, NULL) : NULL;
        json_t *spans = json_object();
        const char *names[] = {"source", "target", "verb"};
        for (int k = 0; k < 3; k++) {
            json_t *x = a ? json_array_get(a, (size_t)k * 2) : NULL, *y = a ? json_array_get(a, (size_t)k * 2 + 1) : NULL;
            int ok = json_is_integer(x) && json_is_integer(y) && json_integer_value(y) > json_integer_value(x);
            json_object_set_new(spans, names[k], ok ? json_pack("[OO]", x, y) : json_null());
        }
        json_decref(a);
        json_object_set_new(o, "spans", spans);
        json_array_append_new(list, o);
        last_date = sqlite3_column_int(st, 1);
        last_id = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The cache key of a filtered request: every field that shapes the answer. */
static void filter_key(const char *what, const ew_api_filter *f, char *key, size_t size)
{
    snprintf(key, size, "%s %d %d %s %s %s-%s %s %d %d %s %s %s %d %d %d %d %lld", what, (int)f->from, (int)f->to,
             f->actor ? f->actor : "", f->country ? f->country : "", f->dyad_a, f->dyad_b,
             f->code ? f->code : "", f->root, f->quad_mask, f->dimension ? f->dimension : "",
             f->theme ? f->theme : "", f->fts ? f->fts : "", f->limit, f->offset, f->has_cursor,
             (int)f->cur_date, (long long)f->cur_id);
}

void ew_api_events(ew_api *api, ew_query *q, ew_api_response *out)
{
    ew_api_filter f;
    char msg[200];
    if (ew_api_filter_parse(q, &f, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    if (f.fts && !api->has_fts) {
        ew_api_error(out, 400, "parameter 'q': this database has no full-text index");
        return;
    }
    /* pages are cached like aggregates: every open dashboard asks for
     * the same newest-first pages (60 s expiry; --no-cache turns it off) */
    char key[1024]; /* fits the longest filters: q <= 200 bytes */
    filter_key("events", &f, key, sizeof key);
    if (ew_api_cache_get(api, key, out))
        return;
    json_t *doc = json_object(), *list = json_array();
    json_object_set_new(doc, "events", list);
    ew_api_conn *c = ew_api_acquire(api, api->cfg.query_ms);
    int rc = run_events(c->db, &f, api->has_page_index, list, doc);
    if (rc != SQLITE_OK) {
        ew_api_db_error(out, c->db, rc);
        json_decref(doc);
    } else {
        json_object_set_new(doc, "limit", json_integer(f.limit));
        json_object_set_new(doc, "offset", json_integer(f.offset));
        if (!json_object_get(doc, "next_cursor"))
            json_object_set_new(doc, "next_cursor", json_null());
        ew_api_json(out, doc);
    }
    ew_api_release(api, c);
    ew_api_cache_put(api, key, out);
}

/* ---- one event ---- */

static int event_row(sqlite3 *db, int64_t id, json_t **out)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT " EVENT_COLS ", e.src_agent, e.tgt_agent, e.geo_adm1,"
                                    " e.is_root, e.added FROM events e WHERE e.id = ?", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    *out = NULL;
    if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = event_object(st);
        const char *more[] = {"src_agent", "tgt_agent", "geo_adm1", "is_root", "added"};
        for (int i = 0; i < 5; i++)
            json_object_set_new(*out, more[i], ew_api_col(st, 22 + i));
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int mentions(sqlite3 *db, int64_t id, json_t *list)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db,
        "SELECT d.ext_id, d.url, d.title, m.news_source, m.date, m.sent_id, m.pattern,"
        " m.pattern_file, m.pattern_line, m.confidence, s.text, m.src_start, m.src_end,"
        " m.tgt_start, m.tgt_end, m.verb_start, m.verb_end"
        " FROM mentions m LEFT JOIN documents d ON d.id = m.doc"
        " LEFT JOIN sentences s ON s.id = m.sentence WHERE m.event = ? LIMIT 200", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    const char *names[] = {"doc_id", "url", "title", "news_source", "date", "sent_id", "pattern",
                           "pattern_file", "pattern_line", "confidence"};
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        json_t *o = json_object();
        for (int i = 0; i < 10; i++)
            json_object_set_new(o, names[i], i == 4 ? ew_api_date(sqlite3_column_int(st, 4)) : ew_api_col(st, i));
        put_spans(o, st, 10);
        json_array_append_new(list, o);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

void ew_api_event(ew_api *api, const char *idtext, ew_query *q, ew_api_response *out)
{
    char *end;
    long long id = strtoll(idtext, &end, 10);
    if (!*idtext || *end || id <= 0 || strspn(idtext, "0123456789") != strlen(idtext) || strlen(idtext) > 19) {
        ew_api_error(out, 400, "event id: not a number (ids are the 'id' strings of /api/events)");
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    ew_api_conn *c = ew_api_acquire(api, api->cfg.query_ms);
    json_t *ev = NULL;
    int rc = event_row(c->db, id, &ev);
    if (rc == SQLITE_OK && ev) {
        json_t *list = json_array();
        json_object_set_new(ev, "mentions", list);
        rc = mentions(c->db, id, list);
    }
    if (rc != SQLITE_OK) {
        ew_api_db_error(out, c->db, rc);
        json_decref(ev);
    } else if (!ev)
        ew_api_error(out, 404, "no event with this id");
    else
        ew_api_json(out, ev);
    ew_api_release(api, c);
}

/* ---- actors ---- */

static int actors(sqlite3 *db, const char *country, long limit, json_t *list)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db,
        "SELECT code, max(name), max(country), sum(n) FROM ("
        " SELECT src_code code, src_name name, src_country country, count(*) n FROM events"
        "  WHERE src_code IS NOT NULL AND (?1 IS NULL OR src_country = ?1) GROUP BY src_code"
        " UNION ALL"
        " SELECT tgt_code, tgt_name, tgt_country, count(*) FROM events"
        "  WHERE tgt_code IS NOT NULL AND (?1 IS NULL OR tgt_country = ?1) GROUP BY tgt_code)"
        " GROUP BY code ORDER BY 4 DESC, 1 LIMIT ?2", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    if (country)
        sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, limit);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        json_array_append_new(list, json_pack("{s:o,s:o,s:o,s:o}", "code", ew_api_col(st, 0), "name",
                                              ew_api_col(st, 1), "country", ew_api_col(st, 2),
                                              "events", ew_api_col(st, 3)));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

void ew_api_actors(ew_api *api, ew_query *q, ew_api_response *out)
{
    char msg[200], key[64];
    long limit;
    const char *country = ew_query_get(q, "country");
    if (country && (strlen(country) != 3 || strspn(country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3)) {
        ew_api_error(out, 400, "parameter 'country': not a 3-letter country code (e.g. KAZ)");
        return;
    }
    if (ew_api_int_param(q, "limit", 1, 500, 100, &limit, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    snprintf(key, sizeof key, "actors %s %ld", country ? country : "-", limit);
    if (ew_api_cache_get(api, key, out))
        return;
    json_t *doc = json_object(), *list = json_array();
    json_object_set_new(doc, "actors", list);
    ew_api_conn *c = ew_api_acquire(api, api->cfg.global_ms);
    int rc = actors(c->db, country, limit, list);
    if (rc != SQLITE_OK) {
        ew_api_db_error(out, c->db, rc);
        json_decref(doc);
    } else {
        ew_api_json(out, doc);
    }
    ew_api_release(api, c);
    ew_api_cache_put(api, key, out);
}

/* ---- dyads ---- */

/* The busiest undirected country pairs under the event filters, with
 * their conflict share and mean Goldstein: the dashboard's dyad table. */
static int dyads(sqlite3 *db, const ew_api_filter *f, json_t *list)
{
    sqlb q = {0};
    bufs b;
    add(&q, "SELECT min(e.src_country, e.tgt_country) a, max(e.src_country, e.tgt_country) b, count(*),"
            " sum(e.quad_class >= 3), avg(e.goldstein) FROM events e");
    build_where(&q, f, &b);
    /* real countries (or CAMEO blocs such as IGO), not the unknown "---" */
    add(&q, " AND e.src_country GLOB '[A-Z][A-Z][A-Z]' AND e.tgt_country GLOB '[A-Z][A-Z][A-Z]'"
            " AND e.src_country <> e.tgt_country"
            " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?");
    bi(&q, f->limit);
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, q.s, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    bind_all(st, &q);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        char key[16];
        snprintf(key, sizeof key, "%.3s-%.3s", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
        json_array_append_new(list, json_pack("{s:s,s:o,s:o,s:o}", "dyad", key, "events", ew_api_col(st, 2),
                                              "conflict", ew_api_col(st, 3), "goldstein_mean", ew_api_col(st, 4)));
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

void ew_api_dyads(ew_api *api, ew_query *q, ew_api_response *out)
{
    ew_api_filter f;
    char msg[200], key[1024];
    if (ew_api_filter_parse(q, &f, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (f.has_cursor || f.offset) {
        ew_api_error(out, 400, f.offset ? "parameter 'offset': not used by /api/dyads" : "parameter 'cursor': not used by /api/dyads");
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    if (!ew_query_get(q, "limit"))
        f.limit = 20;
    filter_key("dyads", &f, key, sizeof key);
    if (ew_api_cache_get(api, key, out))
        return;
    json_t *doc = json_object(), *list = json_array();
    json_object_set_new(doc, "dyads", list);
    ew_api_conn *c = ew_api_acquire(api, api->cfg.global_ms);
    int rc = dyads(c->db, &f, list);
    if (rc != SQLITE_OK) {
        ew_api_db_error(out, c->db, rc);
        json_decref(doc);
    } else {
        ew_api_json(out, doc);
    }
    ew_api_release(api, c);
    ew_api_cache_put(api, key, out);
}
