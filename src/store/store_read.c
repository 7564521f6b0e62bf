/*
 * store_read.c -- the read half of the store: event walks with filters,
 * mentions of an event, row counts, full-text search.  Statements here are
 * prepared per call (reads are per command, not per event, so the cost is
 * irrelevant) and built from fixed fragments with bound parameters only.
 */
#include "store/store_impl.h"

#include <stdio.h>
#include <string.h>

static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

#define EVENT_COLS \
    "e.id,e.date,e.code,e.base_code,e.root_code,e.quad_class,e.goldstein,e.plover," \
    "e.dimension,e.issues,e.src_code,e.src_name,e.src_country,e.src_agent,e.tgt_code," \
    "e.tgt_name,e.tgt_country,e.tgt_agent,e.geo_type,e.geo_name,e.geo_country,e.geo_adm1," \
    "e.geo_lat,e.geo_lon,e.geo_feature,e.is_root,e.num_mentions,e.num_sources," \
    "e.num_articles,d.url,d.ext_id,s.sent_id,s.text,d.source,e.added," \
    "e.a1_geo_type,e.a1_geo_name,e.a1_geo_country,e.a1_geo_adm1,e.a1_geo_lat," \
    "e.a1_geo_lon,e.a1_geo_feature,e.a2_geo_type,e.a2_geo_name,e.a2_geo_country," \
    "e.a2_geo_adm1,e.a2_geo_lat,e.a2_geo_lon,e.a2_geo_feature"

/* Seven columns from i: type, name, country, ADM1, lat, lon, feature. */
static void read_geo(sqlite3_stmt *st, int i, ew_store_geo *g)
{
    g->type = sqlite3_column_int(st, i);
    g->name = col_text(st, i + 1);
    g->country = col_text(st, i + 2);
    g->adm1 = col_text(st, i + 3);
    g->lat = sqlite3_column_double(st, i + 4);
    g->lon = sqlite3_column_double(st, i + 5);
    g->feature = (long)sqlite3_column_int64(st, i + 6);
}

static void read_event(sqlite3_stmt *st, ew_store_event *e)
{
    memset(e, 0, sizeof *e);
    e->id = sqlite3_column_int64(st, 0);
    e->date = sqlite3_column_int(st, 1);
    e->code = col_text(st, 2);
    e->base_code = col_text(st, 3);
    e->root_code = col_text(st, 4);
    e->quad_class = sqlite3_column_int(st, 5);
    e->has_goldstein = sqlite3_column_type(st, 6) != SQLITE_NULL;
    e->goldstein = sqlite3_column_double(st, 6);
    e->plover = col_text(st, 7);
    e->dimension = col_text(st, 8);
    e->issues = col_text(st, 9);
    const char **actor[8] = {&e->src_code, &e->src_name, &e->src_country, &e->src_agent,
                             &e->tgt_code, &e->tgt_name, &e->tgt_country, &e->tgt_agent};
    for (int i = 0; i < 8; i++)
        *actor[i] = col_text(st, 10 + i);
    e->geo_type = sqlite3_column_int(st, 18);
    e->geo_name = col_text(st, 19);
    e->geo_country = col_text(st, 20);
    e->geo_adm1 = col_text(st, 21);
    e->geo_lat = sqlite3_column_double(st, 22);
    e->geo_lon = sqlite3_column_double(st, 23);
    e->geo_feature = (long)sqlite3_column_int64(st, 24);
    e->is_root = sqlite3_column_int(st, 25);
    e->num_mentions = sqlite3_column_int(st, 26);
    e->num_sources = sqlite3_column_int(st, 27);
    e->num_articles = sqlite3_column_int(st, 28);
    e->url = col_text(st, 29);
    e->doc_id = col_text(st, 30);
    e->sent_id = col_text(st, 31);
    e->sentence = col_text(st, 32);
    e->news_source = col_text(st, 33);
    e->added = col_text(st, 34);
    read_geo(st, 35, &e->actor1_geo);
    read_geo(st, 42, &e->actor2_geo);
}

/* "actor matches side X": its country, or its code starting with the
 * given text (so "AZE" finds AZEGOV and "IGOUNO" finds itself). */
#define SIDE(x, p) "(e." x "_country=" p " OR substr(e." x "_code,1,length(" p "))=" p ")"

static void build_where(char *sql, size_t size, const ew_store_filter *f)
{
    size_t n = strlen(sql);
    n += (size_t)snprintf(sql + n, size - n, " WHERE 1=1");
    if (f && f->date_from)
        n += (size_t)snprintf(sql + n, size - n, " AND e.date>=?1");
    if (f && f->date_to)
        n += (size_t)snprintf(sql + n, size - n, " AND e.date<=?2");
    if (f && f->code_prefix)
        n += (size_t)snprintf(sql + n, size - n, " AND substr(e.code,1,length(?3))=?3");
    if (f && f->actor_a && f->actor_b)
        n += (size_t)snprintf(sql + n, size - n, " AND ((" SIDE("src", "?4") " AND " SIDE("tgt", "?5")
                              ") OR (" SIDE("src", "?5") " AND " SIDE("tgt", "?4") "))");
    else if (f && f->actor_a)
        n += (size_t)snprintf(sql + n, size - n, " AND (" SIDE("src", "?4") " OR " SIDE("tgt", "?4") ")");
    snprintf(sql + n, size - n, " ORDER BY e.date, e.id");
}

int ew_store_each_event(ew_store *s, const ew_store_filter *f, ew_store_event_fn fn, void *user)
{
    char sql[2048] = "SELECT " EVENT_COLS " FROM events e"
                     " LEFT JOIN documents d ON d.id=e.first_doc"
                     " LEFT JOIN sentences s ON s.id=e.first_sentence";
    build_where(sql, sizeof sql, f);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return ew_store_fail(s, "query events");
    if (f) {
        if (f->date_from) sqlite3_bind_int(st, 1, f->date_from);
        if (f->date_to) sqlite3_bind_int(st, 2, f->date_to);
        if (f->code_prefix) sqlite3_bind_text(st, 3, f->code_prefix, -1, SQLITE_STATIC);
        if (f->actor_a) sqlite3_bind_text(st, 4, f->actor_a, -1, SQLITE_STATIC);
        if (f->actor_b) sqlite3_bind_text(st, 5, f->actor_b, -1, SQLITE_STATIC);
    }
    int rc, ret = 0;
    ew_store_event e;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        read_event(st, &e);
        if ((ret = fn(user, &e)) != 0)
            break;
    }
    if (!ret && rc != SQLITE_DONE)
        ret = ew_store_fail(s, "read events");
    sqlite3_finalize(st);
    return ret;
}

static void read_mention(sqlite3_stmt *st, ew_store_mention *m)
{
    memset(m, 0, sizeof *m);
    m->event_id = sqlite3_column_int64(st, 0);
    m->doc_id = col_text(st, 1);
    m->url = col_text(st, 2);
    m->news_source = col_text(st, 3);
    m->sent_id = col_text(st, 4);
    m->sentence = col_text(st, 5);
    m->pattern = col_text(st, 6);
    m->doc_date = sqlite3_column_int(st, 7);
    m->source.start = (uint32_t)sqlite3_column_int(st, 8);
    m->source.end = (uint32_t)sqlite3_column_int(st, 9);
    m->target.start = (uint32_t)sqlite3_column_int(st, 10);
    m->target.end = (uint32_t)sqlite3_column_int(st, 11);
    m->verb.start = (uint32_t)sqlite3_column_int(st, 12);
    m->verb.end = (uint32_t)sqlite3_column_int(st, 13);
}

static int walk_mentions(ew_store *s, sqlite3_stmt *st, ew_store_mention_fn fn, void *user)
{
    int rc, ret = 0;
    ew_store_mention m;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        read_mention(st, &m);
        if ((ret = fn(user, &m)) != 0)
            break;
    }
    if (!ret && rc != SQLITE_DONE)
        ret = ew_store_fail(s, "read mentions");
    sqlite3_finalize(st);
    return ret;
}

int ew_store_each_mention(ew_store *s, int64_t event_id, ew_store_mention_fn fn, void *user)
{
    static const char sql[] =
        "SELECT m.event,d.ext_id,d.url,m.news_source,m.sent_id,s.text,m.pattern,d.date,"
        "m.src_start,m.src_end,m.tgt_start,m.tgt_end,m.verb_start,m.verb_end"
        " FROM mentions m JOIN documents d ON d.id=m.doc"
        " LEFT JOIN sentences s ON s.id=m.sentence"
        " WHERE m.event=?1 ORDER BY d.date, d.ext_id, m.sent_id, m.verb_start";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return ew_store_fail(s, "query mentions");
    sqlite3_bind_int64(st, 1, event_id);
    return walk_mentions(s, st, fn, user);
}

int ew_store_search(ew_store *s, const char *query, int limit, ew_store_mention_fn fn, void *user)
{
    if (!s->has_fts) {
        ew_diag_report(s->diag, EW_ERROR, s->path, 0, NULL, "full-text search needs SQLite with FTS5");
        return -1;
    }
    static const char sql[] =
        "SELECT 0,d.ext_id,d.url,d.source,s.sent_id,s.text,NULL,d.date,0,0,0,0,0,0"
        " FROM sentences_fts f JOIN sentences s ON s.id=f.rowid"
        " JOIN documents d ON d.id=s.doc WHERE sentences_fts MATCH ?1 ORDER BY rank LIMIT ?2";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return ew_store_fail(s, "full-text search");
    sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, limit > 0 ? limit : 20);
    return walk_mentions(s, st, fn, user);
}

int ew_store_count(ew_store *s, ew_store_counts *out)
{
    static const char sql[] =
        "SELECT (SELECT count(*) FROM documents),(SELECT count(*) FROM sentences),"
        "(SELECT count(*) FROM events),(SELECT count(*) FROM mentions),"
        "(SELECT count(*) FROM ingest_log)";
    sqlite3_stmt *st;
    memset(out, 0, sizeof *out);
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return ew_store_fail(s, "count rows");
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->documents = (long)sqlite3_column_int64(st, 0);
        out->sentences = (long)sqlite3_column_int64(st, 1);
        out->events = (long)sqlite3_column_int64(st, 2);
        out->mentions = (long)sqlite3_column_int64(st, 3);
        out->rejected = (long)sqlite3_column_int64(st, 4);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : ew_store_fail(s, "count rows");
}
