/*
 * reader.h -- read-only access to a store for servers: one connection that
 * answers queries under a deadline, plus the typed row values the query
 * functions (store/query.h) hand to their callbacks.
 *
 * A writer (ew_store, store.h) and any number of readers may use the same
 * database at once (WAL).  The API server keeps a pool of readers, one per
 * concurrent request; nothing above src/store sees SQL or SQLite types, so
 * another backend can answer the same calls.
 *
 * Deadlines: ew_store_reader_deadline() arms an absolute CLOCK_MONOTONIC
 * time; a query still running then stops with -1 and
 * ew_store_reader_timed_out() returns 1.  That caps a slow query without a
 * watchdog thread.
 *
 * Errors: functions returning int give 0 on success, -1 on failure; the
 * reason stays available from ew_store_reader_errmsg() until the next call.
 * Ownership: ew_store_reader_open() allocates, ew_store_reader_close()
 * frees.  Values handed to callbacks are valid only during the callback.
 * Thread use: one thread at a time per reader.
 */
#ifndef EW_STORE_READER_H
#define EW_STORE_READER_H

#include <stdint.h>

#include "core/diag.h"

typedef struct ew_store_reader ew_store_reader;

/* What a store offers, read at open. */
typedef struct ew_store_reader_info {
    long events;            /* rows in events */
    int has_fts;            /* full-text index over sentences */
    int has_page_index;     /* the API's page index (ew_store_create_api_indexes) */
} ew_store_reader_info;

/* Opens path read-only (never creates it).  Reports to diag and returns
 * NULL when it cannot be opened or is not an eventwatch store. */
ew_store_reader *ew_store_reader_open(const char *path, ew_diag *diag);
void ew_store_reader_close(ew_store_reader *r);

/* Fills *info (counts events: call once, at start).  0 or -1 (reported
 * to diag: "not an eventwatch database"). */
int ew_store_reader_info_get(ew_store_reader *r, ew_store_reader_info *info, ew_diag *diag);

/* Queries stop after deadline_ns (CLOCK_MONOTONIC; 0: no deadline). */
void ew_store_reader_deadline(ew_store_reader *r, int64_t deadline_ns);

/* After a failed query: 1 if it was stopped by the deadline. */
int ew_store_reader_timed_out(const ew_store_reader *r);
/* After a failed query: the backend's reason ("database is locked"). */
const char *ew_store_reader_errmsg(const ew_store_reader *r);

/* Creates the indexes the API's queries use (events by date, by country
 * pair, by dimension; the covering page index; mentions by sentence) and
 * refreshes the planner's statistics.  Opens path read-write; idempotent.
 * 0, or -1 reported to diag. */
int ew_store_create_api_indexes(const char *path, ew_diag *diag);

/* One value of a result row, typed as stored (so a JSON writer can keep
 * null, integer, real and text apart). */
typedef enum ew_store_vtype {
    EW_SV_NULL = 0, EW_SV_INT, EW_SV_REAL, EW_SV_TEXT
} ew_store_vtype;

typedef struct ew_store_val {
    ew_store_vtype type;
    int64_t i;              /* EW_SV_INT (also set, truncated, for REAL) */
    double d;               /* EW_SV_REAL (also set for INT) */
    const char *s;          /* EW_SV_TEXT, NUL-terminated */
} ew_store_val;

/* A row: n values in the order of the query's documented column names.
 * Return nonzero to stop (the query then returns -1 with errmsg
 * "stopped by the caller"). */
typedef int (*ew_store_row_fn)(void *user, const ew_store_val *v, int n);

#endif
