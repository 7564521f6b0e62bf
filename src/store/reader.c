/*
 * reader.c -- the read-only connection of servers (see reader.h): opening
 * with the pragmas a long-lived reader wants, what the store offers, the
 * deadline, typed rows, and the API's indexes.
 */
#include "store/reader_impl.h"

#include <stdlib.h>
#include <time.h>

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Called by SQLite every 1000 VM steps: nonzero interrupts the statement,
 * which is how a slow query is capped without a watchdog thread. */
static int progress(void *user)
{
    const ew_store_reader *r = user;
    return r->deadline_ns && now_ns() > r->deadline_ns;
}

ew_store_reader *ew_store_reader_open(const char *path, ew_diag *diag)
{
    ew_store_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    int rc = sqlite3_open_v2(path, &r->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(r->db, "PRAGMA query_only=1; PRAGMA cache_size=-16000; PRAGMA mmap_size=1073741824;",
                          NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "%s: %s",
                       rc == SQLITE_NOTADB ? "not an eventwatch database" : "cannot open the database read-only",
                       r->db ? sqlite3_errmsg(r->db) : sqlite3_errstr(rc));
        ew_store_reader_close(r);
        return NULL;
    }
    sqlite3_busy_timeout(r->db, 2000);
    sqlite3_progress_handler(r->db, 1000, progress, r);
    return r;
}

void ew_store_reader_close(ew_store_reader *r)
{
    if (!r)
        return;
    sqlite3_close(r->db);
    free(r);
}

int ew_store_reader_info_get(ew_store_reader *r, ew_store_reader_info *info, ew_diag *diag)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(r->db, "SELECT count(*) FROM events", -1, &st, NULL);
    if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        info->events = (long)sqlite3_column_int64(st, 0);
    else {
        ew_diag_report(diag, EW_ERROR, sqlite3_db_filename(r->db, "main"), 0, NULL,
                       "not an eventwatch database: %s", sqlite3_errmsg(r->db));
        sqlite3_finalize(st);
        return -1;
    }
    sqlite3_finalize(st);
    info->has_fts = sqlite3_prepare_v2(r->db, "SELECT rowid FROM sentences_fts LIMIT 0", -1, &st, NULL) == SQLITE_OK;
    sqlite3_finalize(st);
    st = NULL;
    info->has_page_index = 0;
    if (sqlite3_prepare_v2(r->db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'serve_events_page'",
                           -1, &st, NULL) == SQLITE_OK)
        info->has_page_index = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return 0;
}

void ew_store_reader_deadline(ew_store_reader *r, int64_t deadline_ns)
{
    r->deadline_ns = deadline_ns;
}

int ew_store_reader_timed_out(const ew_store_reader *r)
{
    return !r->stopped && r->last_rc == SQLITE_INTERRUPT;
}

const char *ew_store_reader_errmsg(const ew_store_reader *r)
{
    return r->stopped ? r->stopped : sqlite3_errmsg(r->db);
}

sqlite3 *ew_store_reader_begin(ew_store_reader *r)
{
    r->last_rc = SQLITE_OK;
    r->stopped = NULL;
    return r->db;
}

int ew_store_reader_fail(ew_store_reader *r, int rc)
{
    r->last_rc = rc;
    return -1;
}

static void value(sqlite3_stmt *st, int i, ew_store_val *v)
{
    *v = (ew_store_val){0};
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        v->type = EW_SV_INT;
        v->i = sqlite3_column_int64(st, i);
        v->d = (double)v->i;
        break;
    case SQLITE_FLOAT:
        v->type = EW_SV_REAL;
        v->d = sqlite3_column_double(st, i);
        v->i = (int64_t)v->d;
        break;
    case SQLITE_NULL:
        break;
    default:
        v->type = EW_SV_TEXT;
        v->s = (const char *)sqlite3_column_text(st, i);
        break;
    }
}

int ew_store_reader_step(ew_store_reader *r, sqlite3_stmt *st,
                         int (*row)(void *ctx, sqlite3_stmt *st), void *ctx)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (row(ctx, st)) {
            r->stopped = "stopped by the caller";
            break;
        }
    sqlite3_finalize(st);
    if (r->stopped)
        return -1;
    return rc == SQLITE_DONE ? 0 : ew_store_reader_fail(r, rc);
}

typedef struct typed {
    ew_store_row_fn fn;
    void *user;
} typed;

static int typed_row(void *ctx, sqlite3_stmt *st)
{
    const typed *t = ctx;
    ew_store_val v[40];
    int n = sqlite3_column_count(st);
    if (n > 40)
        n = 40;
    for (int i = 0; i < n; i++)
        value(st, i, &v[i]);
    return t->fn(t->user, v, n);
}

int ew_store_reader_rows(ew_store_reader *r, sqlite3_stmt *st, ew_store_row_fn fn, void *user)
{
    typed t = {fn, user};
    return ew_store_reader_step(r, st, typed_row, &t);
}

/* Each index leads with the filtered column and ends with date, so the
 * newest-first event pages and the date-bounded series read only their
 * own rows. */
static const char api_indexes[] =
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
    /* covering: a dyad or country series reads only the index */
    "CREATE INDEX IF NOT EXISTS serve_events_src ON events(src_country, tgt_country, date,"
    " quad_class, goldstein, dimension, src_code, tgt_code, code);\n"
    "CREATE INDEX IF NOT EXISTS serve_events_tgt ON events(tgt_country, date, src_country,"
    " quad_class, goldstein, dimension, src_code, tgt_code, code);\n"
    "CREATE INDEX IF NOT EXISTS serve_events_dim ON events(dimension, date);\n"
    /* newest-first pages: the filters are checked in the index itself,
     * without a table lookup per skipped row */
    "CREATE INDEX IF NOT EXISTS serve_events_page ON events(date, src_country, tgt_country, code,"
    " root_code, quad_class, dimension, src_code, tgt_code);\n"
    "CREATE INDEX IF NOT EXISTS serve_mentions_sentence ON mentions(sentence);\n"
    "ANALYZE;\n";

int ew_store_create_api_indexes(const char *path, ew_diag *diag)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, api_indexes, NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot create the API indexes: %s",
                       db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}
