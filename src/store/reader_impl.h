/*
 * reader_impl.h -- private to the reader sources of src/store (reader.c,
 * query_events.c, query_scan.c): the read-only connection and the helpers
 * that step a statement and hand typed rows to a callback.
 */
#ifndef EW_STORE_READER_IMPL_H
#define EW_STORE_READER_IMPL_H

#include <sqlite3.h>

#include "store/reader.h"

struct ew_store_reader {
    sqlite3 *db;
    int64_t deadline_ns;    /* the progress handler interrupts after this */
    int last_rc;            /* SQLite code of the last failure */
    const char *stopped;    /* non-NULL: the last query was stopped by its caller */
};

/* Starts a query: clears the last failure.  Returns r->db. */
sqlite3 *ew_store_reader_begin(ew_store_reader *r);

/* Steps st to the end, calling row(ctx, st) on each row until it returns
 * nonzero (the caller stopped); finalizes st.  0, or -1 with the reason
 * kept in r. */
int ew_store_reader_step(ew_store_reader *r, sqlite3_stmt *st,
                         int (*row)(void *ctx, sqlite3_stmt *st), void *ctx);

/* ew_store_reader_step handing each row (all its columns, typed) to fn. */
int ew_store_reader_rows(ew_store_reader *r, sqlite3_stmt *st, ew_store_row_fn fn, void *user);

/* Records a failed prepare/step (rc) and returns -1. */
int ew_store_reader_fail(ew_store_reader *r, int rc);

#endif
