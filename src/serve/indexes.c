/*
 * indexes.c -- CREATE INDEX statements for the API's queries (indexes.h).
 * Each index leads with the filtered column and ends with date, so the
 * newest-first event pages and the date-bounded series read only their
 * own rows.
 */
#include "serve/indexes.h"

#include <sqlite3.h>

static const char sql[] =
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

int ew_serve_create_indexes(const char *db_path, ew_diag *diag)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        ew_diag_report(diag, EW_ERROR, db_path, 0, NULL, "cannot create the API indexes: %s",
                       db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}
