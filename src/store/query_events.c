/*
 * query_events.c -- event pages, one event, its mentions, actor and dyad
 * tables for the API server (see query.h).
 *
 * Filters become one WHERE clause of constant SQL fragments with every
 * value bound, never pasted, so no parameter can change the statement.
 */
#include "store/query.h"
#include "store/reader_impl.h"

#include <stdio.h>
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

static void where_actor(sqlb *q, const ew_store_query *f, char *hi, size_t size)
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

static void build_where(sqlb *q, const ew_store_query *f, bufs *b)
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

const char *const ew_store_event_cols[EW_STORE_EVENT_NCOLS] = {
    "id", "date", "code", "root", "quad_class", "goldstein", "plover", "dimension",
    "issues", "src_code", "src_name", "src_country", "tgt_code", "tgt_name",
    "tgt_country", "geo_name", "geo_country", "geo_lat", "geo_lon", "num_mentions",
    "num_sources", "num_articles"};

/* Prepares the built statement, binds it and streams its rows. */
static int run(ew_store_reader *r, const sqlb *q, ew_store_row_fn fn, void *user)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(ew_store_reader_begin(r), q->s, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return ew_store_reader_fail(r, rc);
    bind_all(st, q);
    return ew_store_reader_rows(r, st, fn, user);
}

int ew_store_query_events(ew_store_reader *r, const ew_store_query *f, int use_page_index,
                          ew_store_row_fn fn, void *user)
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
    if (use_page_index && !f->dyad_a[0] && !f->fts)
        add(&q, " INDEXED BY serve_events_page");
    /* the page's ids first (often from an index alone), then the rows and
     * their sentences for those ids only: sorting whole rows with their
     * subqueries for every match of a busy dyad costs 30 times more */
    build_where(&q, f, &b);
    add(&q, " ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?) ORDER BY e.date DESC, e.id DESC");
    bi(&q, f->limit + 1);
    bi(&q, f->offset);
    return run(r, &q, fn, user);
}

/* A fixed statement with one parameter: the event id. */
static int by_id(ew_store_reader *r, const char *sql, int64_t id, ew_store_row_fn fn, void *user)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(ew_store_reader_begin(r), sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return ew_store_reader_fail(r, rc);
    sqlite3_bind_int64(st, 1, id);
    return ew_store_reader_rows(r, st, fn, user);
}

int ew_store_query_event(ew_store_reader *r, int64_t id, ew_store_row_fn fn, void *user)
{
    return by_id(r, "SELECT " EVENT_COLS ", e.src_agent, e.tgt_agent, e.geo_adm1,"
                    " e.is_root, e.added FROM events e WHERE e.id = ?", id, fn, user);
}

int ew_store_query_mentions(ew_store_reader *r, int64_t id, ew_store_row_fn fn, void *user)
{
    return by_id(r,
        "SELECT d.ext_id, d.url, d.title, m.news_source, m.date, m.sent_id, m.pattern,"
        " m.pattern_file, m.pattern_line, m.confidence, s.text, m.src_start, m.src_end,"
        " m.tgt_start, m.tgt_end, m.verb_start, m.verb_end"
        " FROM mentions m LEFT JOIN documents d ON d.id = m.doc"
        " LEFT JOIN sentences s ON s.id = m.sentence WHERE m.event = ? LIMIT 200",
        id, fn, user);
}

int ew_store_query_actors(ew_store_reader *r, const char *country, long limit,
                          ew_store_row_fn fn, void *user)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(ew_store_reader_begin(r),
        "SELECT code, max(name), max(country), sum(n) FROM ("
        " SELECT src_code code, src_name name, src_country country, count(*) n FROM events"
        "  WHERE src_code IS NOT NULL AND (?1 IS NULL OR src_country = ?1) GROUP BY src_code"
        " UNION ALL"
        " SELECT tgt_code, tgt_name, tgt_country, count(*) FROM events"
        "  WHERE tgt_code IS NOT NULL AND (?1 IS NULL OR tgt_country = ?1) GROUP BY tgt_code)"
        " GROUP BY code ORDER BY 4 DESC, 1 LIMIT ?2", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return ew_store_reader_fail(r, rc);
    if (country)
        sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, limit);
    return ew_store_reader_rows(r, st, fn, user);
}

int ew_store_query_dyads(ew_store_reader *r, const ew_store_query *f, ew_store_row_fn fn,
                         void *user)
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
    return run(r, &q, fn, user);
}
