/*
 * store.c -- SQLite backend of the event store (contract in store.h,
 * schema and dedup rule in docs/schema.md).
 *
 * Speed comes from three choices: WAL with synchronous=NORMAL (a commit is
 * one append, fsync only at checkpoints, still crash-safe), statements
 * prepared once at open, and the fast path for a new event (two inserts:
 * the event row with counts 1/1/1 and its mention).  Only merges into an
 * existing row pay for the "is this document / news source new for this
 * event?" lookups, which walk the mentions primary key of that one event.
 */
#include "store/store_impl.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/schema.h"
#include "store/hash64.h"
#include "store/sha256.h"

static const char *const q_sql[Q_COUNT] = {
    [Q_BEGIN] = "BEGIN",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
    [Q_HAS_DOC] = "SELECT 1 FROM documents WHERE id=?1",
    [Q_ADD_DOC] = "INSERT INTO documents(id,sha256,ext_id,date,source,url,title,text,file,line,added)"
                  " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11) ON CONFLICT(id) DO NOTHING",
    [Q_ADD_SENT] = "INSERT INTO sentences(id,doc,sent_id,offset,text) VALUES(?1,?2,?3,?4,?5)"
                   " ON CONFLICT(id) DO NOTHING",
    [Q_ADD_EVENT] = "INSERT INTO events(id,date,code,base_code,root_code,quad_class,goldstein,"
                    "plover,dimension,issues,src_code,src_name,src_country,src_agent,"
                    "tgt_code,tgt_name,tgt_country,tgt_agent,geo_type,geo_name,geo_country,"
                    "geo_adm1,geo_lat,geo_lon,geo_feature,is_root,num_mentions,num_sources,"
                    "num_articles,first_doc,first_sentence,added,a1_geo_type,a1_geo_name,"
                    "a1_geo_country,a1_geo_adm1,a1_geo_lat,a1_geo_lon,a1_geo_feature,"
                    "a2_geo_type,a2_geo_name,a2_geo_country,a2_geo_adm1,a2_geo_lat,a2_geo_lon,"
                    "a2_geo_feature) VALUES(?1,?2,?3,?4,?5,?6,?7,"
                    "?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,"
                    "?26,1,1,1,?27,?28,?29,?30,?31,?32,?33,?34,?35,?36,?37,?38,?39,?40,?41,"
                    "?42,?43) ON CONFLICT(id) DO NOTHING",
    [Q_DOC_SEEN] = "SELECT 1 FROM mentions WHERE event=?1 AND doc=?2 LIMIT 1",
    [Q_SRC_SEEN] = "SELECT 1 FROM mentions WHERE event=?1 AND news_source IS ?2 LIMIT 1",
    [Q_MENTION_SEEN] = "SELECT 1 FROM mentions WHERE event=?1 AND doc=?2 AND sent_id=?3"
                       " AND verb_start=?4",
    [Q_ADD_MENTION] = "INSERT INTO mentions(event,doc,sent_id,verb_start,verb_end,sentence,"
                      "news_source,date,src_start,src_end,tgt_start,tgt_end,pattern,"
                      "pattern_file,pattern_line,confidence) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,"
                      "?9,?10,?11,?12,?13,?14,?15,?16) ON CONFLICT DO NOTHING",
    [Q_BUMP] = "UPDATE events SET num_mentions=num_mentions+1, num_articles=num_articles+?2,"
               " num_sources=num_sources+?3, date=min(date,?4) WHERE id=?1",
    [Q_FIND_DOC] = "SELECT id, source FROM documents WHERE ext_id=?1 ORDER BY added, id LIMIT 1",
    [Q_REJECT] = "INSERT INTO ingest_log(file,line,record,reason,at) VALUES(?1,?2,?3,?4,?5)",
};

int ew_store_fail(ew_store *s, const char *what)
{
    int code = s->db ? sqlite3_errcode(s->db) & 0xff : SQLITE_NOMEM;
    const char *hint = code == SQLITE_BUSY || code == SQLITE_LOCKED
                           ? " (another process is writing to it; retry when it is done)"
                       : code == SQLITE_FULL ? " (no space left: free some and re-run; "
                                               "what was committed is kept)"
                                             : "";
    ew_diag_report(s->diag, EW_ERROR, s->path, 0, NULL, "%s: %s%s", what,
                   s->db ? sqlite3_errmsg(s->db) : "out of memory", hint);
    return -1;
}

/* SOURCE_DATE_EPOCH pins the timestamp so test databases compare equal. */
static void session_time(char out[16])
{
    const char *env = getenv("SOURCE_DATE_EPOCH");
    time_t t = env && *env ? (time_t)strtoll(env, NULL, 10) : time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 16, "%Y%m%d%H%M%S", &tm);
}

static int exec(ew_store *s, const char *sql, const char *what)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK)
        return 0;
    return ew_store_fail(s, what);
}

/* The stored schema version, or 0 when the database is new.  A read: it
 * works while another process holds the write lock. */
static int schema_present(ew_store *s)
{
    sqlite3_stmt *st;
    int v = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key='schema_version'", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

/* Creates tables and settings in a new database (the only write at open,
 * so readers -- stats, alerts, export -- open a database another process
 * is ingesting into without waiting for its lock). */
static int create(ew_store *s, const ew_store_opts *o)
{
    if (exec(s, ew_store_schema_sql, "create schema"))
        return -1;
    if (!(o && o->no_fts) && sqlite3_compileoption_used("ENABLE_FTS5"))
        exec(s, ew_store_fts_sql, "create full-text index");
    char sql[160];
    snprintf(sql, sizeof sql, "INSERT OR IGNORE INTO meta VALUES('schema_version','%s');"
             "INSERT OR IGNORE INTO meta VALUES('window_days','%d');",
             EW_STORE_SCHEMA_VERSION, o && o->window_days > 0 ? o->window_days : 1);
    return exec(s, sql, "write settings");
}

/* True when the events table already has the actor location columns. */
static int has_actor_geo(ew_store *s)
{
    sqlite3_stmt *st;
    int has = sqlite3_prepare_v2(s->db, "SELECT a1_geo_type FROM events LIMIT 0", -1, &st, NULL) == SQLITE_OK;
    sqlite3_finalize(st);
    return has;
}

/* A version-1 database gains the actor location columns, once.  The check
 * is repeated under the write lock (BEGIN IMMEDIATE) so two processes
 * opening the same old database do not both add them. */
static int migrate(ew_store *s)
{
    if (has_actor_geo(s))
        return 0;
    if (exec(s, "BEGIN IMMEDIATE", "upgrade schema"))
        return -1;
    if (!has_actor_geo(s) && exec(s, ew_store_migrate_2_sql, "upgrade schema to version 2")) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return exec(s, "COMMIT", "upgrade schema");
}

static int setup(ew_store *s, const ew_store_opts *o)
{
    /* busy_timeout: a writer briefly holding the lock is waited for; a
     * database locked for longer gives "database is locked", not a hang. */
    sqlite3_busy_timeout(s->db, 5000);
    /* page_size only takes effect on a new database: larger pages, shallower
     * B-trees, fewer descents per insert */
    if (exec(s, "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144; PRAGMA mmap_size=1073741824;", "set pragmas"))
        return -1;
    int version = schema_present(s);
    if (!version && create(s, o))
        return -1;
    if (version == 1 && migrate(s))
        return -1;
    sqlite3_stmt *st;
    s->has_fts = sqlite3_prepare_v2(s->db, "SELECT rowid FROM sentences_fts LIMIT 0", -1, &st, NULL) == SQLITE_OK;
    sqlite3_finalize(st);
    /* The window is a property of the database: merging with another
     * window would make the same event two rows. */
    s->window_days = 1;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key='window_days'", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            s->window_days = sqlite3_column_int(st, 0) > 0 ? sqlite3_column_int(st, 0) : 1;
        sqlite3_finalize(st);
    }
    for (int i = 0; i < Q_COUNT; i++)
        if (sqlite3_prepare_v3(s->db, q_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->q[i], NULL) != SQLITE_OK)
            return ew_store_fail(s, "prepare statement");
    return 0;
}

ew_store *ew_store_open(const char *path, const ew_store_opts *opts, ew_diag *diag)
{
    ew_store *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->diag = diag;
    s->path = strdup(path);
    session_time(s->added);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                (opts && opts->must_exist ? 0 : SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path, &s->db, flags, NULL);
    if (rc != SQLITE_OK || !s->path || setup(s, opts)) {
        if (rc != SQLITE_OK)
            ew_store_fail(s, "open database");
        ew_store_close(s);
        return NULL;
    }
    return s;
}

void ew_store_close(ew_store *s)
{
    if (!s)
        return;
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(s->q[i]);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

/* Runs a statement that returns no rows; resets it for reuse. */
int ew_store_run(ew_store *s, int q, const char *what)
{
    sqlite3_stmt *st = s->q[q];
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : ew_store_fail(s, what);
}

/* 1 if the query yields a row, 0 if not, -1 on error. */
int ew_store_exists(ew_store *s, int q, const char *what)
{
    sqlite3_stmt *st = s->q[q];
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc == SQLITE_ROW)
        return 1;
    return rc == SQLITE_DONE ? 0 : ew_store_fail(s, what);
}

int ew_store_index(ew_store *s)
{
    return exec(s, ew_store_index_sql, "build indexes");
}

int ew_store_begin(ew_store *s) { return ew_store_run(s, Q_BEGIN, "begin transaction"); }
int ew_store_commit(ew_store *s) { return ew_store_run(s, Q_COMMIT, "commit"); }

void ew_store_rollback(ew_store *s)
{
    s->last_sentence = NULL;
    s->last_sentence_key = 0;
    if (!sqlite3_get_autocommit(s->db)) {
        sqlite3_step(s->q[Q_ROLLBACK]);
        sqlite3_reset(s->q[Q_ROLLBACK]);
    }
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* Normalisation before hashing: runs of ASCII white space become one
 * space, leading and trailing space is dropped.  The same story re-fetched
 * with different line wrapping is thus the same document. */
int64_t ew_store_doc_key(const char *text, char hex[65])
{
    ew_sha256_ctx c;
    ew_sha256_init(&c);
    const char *p = text;
    int pending_space = 0, started = 0;
    for (; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') {
            pending_space = started;
            continue;
        }
        const char *run_start = p;
        while (p[1] && !strchr(" \t\n\r\f\v", p[1]))
            p++;
        if (pending_space)
            ew_sha256_update(&c, " ", 1);
        ew_sha256_update(&c, run_start, (size_t)(p - run_start + 1));
        pending_space = 0;
        started = 1;
    }
    uint8_t dig[32];
    ew_sha256_final(&c, dig);
    if (hex)
        ew_sha256_hex(dig, hex);
    return ew_sha256_key63(dig);
}

int ew_store_has_document(ew_store *s, int64_t key)
{
    sqlite3_bind_int64(s->q[Q_HAS_DOC], 1, key);
    return ew_store_exists(s, Q_HAS_DOC, "look up document");
}

int ew_store_add_document(ew_store *s, const ew_store_doc *d, int64_t *doc_key)
{
    char hex[65];
    int64_t key = ew_store_doc_key(d->key_text ? d->key_text : d->text ? d->text : "", hex);
    if (doc_key)
        *doc_key = key;
    sqlite3_stmt *st = s->q[Q_ADD_DOC];
    sqlite3_bind_int64(st, 1, key);
    sqlite3_bind_text(st, 2, hex, 64, SQLITE_TRANSIENT);
    bind_text(st, 3, d->ext_id);
    if (d->date)
        sqlite3_bind_int(st, 4, d->date);
    bind_text(st, 5, d->source);
    bind_text(st, 6, d->url);
    bind_text(st, 7, d->title);
    bind_text(st, 8, d->text ? d->text : "");
    bind_text(st, 9, d->file);
    if (d->line > 0)
        sqlite3_bind_int64(st, 10, d->line);
    bind_text(st, 11, s->added);
    if (ew_store_run(s, Q_ADD_DOC, "store document"))
        return -1;
    return sqlite3_changes(s->db) > 0;
}

int64_t ew_store_sentence_key(int64_t doc_key, const char *sent_id)
{
    char buf[256];
    int n = snprintf(buf, sizeof buf, "%lld:%s", (long long)doc_key, sent_id ? sent_id : "");
    if (n < 0)
        n = 0;
    return (int64_t)(ew_hash64(buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1) >> 1);
}

int ew_store_add_sentence(ew_store *s, int64_t doc_key, const char *sent_id,
                          uint32_t offset, const char *text)
{
    sqlite3_stmt *st = s->q[Q_ADD_SENT];
    sqlite3_bind_int64(st, 1, ew_store_sentence_key(doc_key, sent_id));
    sqlite3_bind_int64(st, 2, doc_key);
    bind_text(st, 3, sent_id ? sent_id : "");
    sqlite3_bind_int64(st, 4, offset);
    bind_text(st, 5, text);
    return ew_store_run(s, Q_ADD_SENT, "store sentence");
}

int ew_store_log_reject(ew_store *s, const char *file, long line,
                        const char *record, const char *reason)
{
    sqlite3_stmt *st = s->q[Q_REJECT];
    bind_text(st, 1, file);
    if (line > 0)
        sqlite3_bind_int64(st, 2, line);
    bind_text(st, 3, record);
    bind_text(st, 4, reason ? reason : "?");
    bind_text(st, 5, s->added);
    return ew_store_run(s, Q_REJECT, "log rejected record");
}

int ew_store_find_document(ew_store *s, const char *ext_id, int64_t *doc_key,
                           char *source, size_t size)
{
    sqlite3_stmt *st = s->q[Q_FIND_DOC];
    sqlite3_bind_text(st, 1, ext_id ? ext_id : "", -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *doc_key = sqlite3_column_int64(st, 0);
        const char *src = (const char *)sqlite3_column_text(st, 1);
        if (source && size)
            snprintf(source, size, "%s", src ? src : "");
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc == SQLITE_ROW)
        return 1;
    return rc == SQLITE_DONE ? 0 : ew_store_fail(s, "find document");
}
