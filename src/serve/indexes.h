/*
 * indexes.h -- the secondary indexes that make the API's filtered queries
 * index lookups instead of table scans (country, dyad, dimension, mentions
 * by sentence for full-text search).
 *
 * The server opens the store read-only, so it cannot build them itself:
 * `eventwatch serve --create-indexes` (an operator's action, before
 * serving) calls ew_serve_create_indexes, which opens the database
 * read-write once, creates what is missing (IF NOT EXISTS) and closes it.
 * Errors: -1 after a report naming the file and the store's reason.
 */
#ifndef EW_SERVE_INDEXES_H
#define EW_SERVE_INDEXES_H

#include "core/diag.h"

int ew_serve_create_indexes(const char *db_path, ew_diag *diag);

#endif
