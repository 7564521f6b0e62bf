/*
 * query_scan.c -- the date-bounded event scans that series, alerts and
 * mediation aggregate (see query.h).  Each selection is one or two index
 * range scans (docs/api.md lists the indexes), never an OR across two
 * columns, which SQLite would turn into a skip-scan of a whole index.
 */
#include "store/query.h"
#include "store/reader_impl.h"

#include <string.h>

#define ROW_COLS "SELECT date, src_country, tgt_country, quad_class, goldstein, dimension," \
                 " src_code, tgt_code, code FROM events WHERE date >= ?1 AND date <= ?2"

/* A row of ROW_COLS as the store's event struct (the fields analysis reads). */
static void row_event(sqlite3_stmt *st, ew_store_event *e)
{
    memset(e, 0, sizeof *e);
    e->date = sqlite3_column_int(st, 0);
    e->src_country = (const char *)sqlite3_column_text(st, 1);
    e->tgt_country = (const char *)sqlite3_column_text(st, 2);
    e->quad_class = sqlite3_column_int(st, 3);
    e->has_goldstein = sqlite3_column_type(st, 4) != SQLITE_NULL;
    e->goldstein = sqlite3_column_double(st, 4);
    e->dimension = (const char *)sqlite3_column_text(st, 5);
    e->src_code = (const char *)sqlite3_column_text(st, 6);
    e->tgt_code = (const char *)sqlite3_column_text(st, 7);
    e->code = (const char *)sqlite3_column_text(st, 8);
}

typedef struct scan {
    ew_store_event_fn fn;
    void *user;
} scan;

static int scan_row(void *ctx, sqlite3_stmt *st)
{
    const scan *sc = ctx;
    ew_store_event e;
    row_event(st, &e);
    return sc->fn(sc->user, &e);
}

/* Runs sql (ROW_COLS + a key condition binding ?3 and ?4) and feeds fn. */
static int each_row(ew_store_reader *r, const char *sql, int32_t from, int32_t to,
                    const char *k1, const char *k2, ew_store_event_fn fn, void *user)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(ew_store_reader_begin(r), sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return ew_store_reader_fail(r, rc);
    sqlite3_bind_int(st, 1, from ? from : 0);
    sqlite3_bind_int(st, 2, to ? to : 99991231);
    if (k1)
        sqlite3_bind_text(st, 3, k1, -1, SQLITE_STATIC);
    if (k2)
        sqlite3_bind_text(st, 4, k2, -1, SQLITE_STATIC);
    scan sc = {fn, user};
    return ew_store_reader_step(r, st, scan_row, &sc);
}

int ew_store_scan_all(ew_store_reader *r, int32_t from, int32_t to, int coded_only,
                      ew_store_event_fn fn, void *user)
{
    return each_row(r, coded_only ? ROW_COLS " AND quad_class >= 0" : ROW_COLS, from, to, NULL,
                    NULL, fn, user);
}

int ew_store_scan_dyad(ew_store_reader *r, int32_t from, int32_t to, const char *a,
                       const char *b, ew_store_event_fn fn, void *user)
{
    /* the dyad is undirected: both directions, each served by an index */
    int rc = each_row(r, ROW_COLS " AND src_country = ?3 AND tgt_country = ?4", from, to, a, b, fn, user);
    return rc ? rc : each_row(r, ROW_COLS " AND src_country = ?4 AND tgt_country = ?3", from, to, a, b, fn, user);
}

int ew_store_scan_country(ew_store_reader *r, int32_t from, int32_t to, const char *c,
                          ew_store_event_fn fn, void *user)
{
    /* domestic events only in the first scan */
    int rc = each_row(r, ROW_COLS " AND src_country = ?3", from, to, c, NULL, fn, user);
    return rc ? rc : each_row(r, ROW_COLS " AND tgt_country = ?3 AND (src_country IS NULL OR src_country <> ?3)",
                              from, to, c, NULL, fn, user);
}

int ew_store_scan_dimension(ew_store_reader *r, int32_t from, int32_t to, const char *dim,
                            ew_store_event_fn fn, void *user)
{
    if (!dim)
        return each_row(r, ROW_COLS " AND dimension IS NULL", from, to, NULL, NULL, fn, user);
    return each_row(r, ROW_COLS " AND dimension = ?3", from, to, dim, NULL, fn, user);
}

int ew_store_scan_pair(ew_store_reader *r, int32_t from, int32_t to, const char *a,
                       const char *b, ew_store_event_fn fn, void *user)
{
    int rc = each_row(r, ROW_COLS " AND src_country IN (?3, ?4)", from, to, a, b, fn, user);
    return rc ? rc : each_row(r, ROW_COLS " AND tgt_country IN (?3, ?4) AND (src_country IS NULL OR src_country NOT IN (?3, ?4))",
                              from, to, a, b, fn, user);
}
