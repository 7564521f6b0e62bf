/*
 * export_format.h -- writing stored events in the column sets of the
 * public event datasets: GDELT 1.0 events (58 columns), GDELT 2.0 events
 * (61), Phoenix (26), ICEWS (20), plus eventwatch's own CSV and JSON Lines.
 *
 * Column names and order follow the datasets' codebooks exactly; columns
 * eventwatch does not produce (religion, ethnic and known-group codes,
 * AvgTone, actor geography, ADM2 ...) are written empty, never invented.
 * Conventions and per-column sources are in docs/schema.md ("Exports").
 *
 * GDELT, Phoenix and ICEWS are tab-separated: tabs and line breaks inside a
 * value become spaces (the datasets do the same), so a row is always one
 * line.  CSV follows RFC 4180 quoting.  A header line with the codebook
 * names is written unless opts.no_header (raw GDELT/Phoenix files have
 * none).
 *
 * Ownership: the caller owns the store and the FILE; nothing is retained.
 * Errors: -1 after a report to diag (database or write error); 0 otherwise.
 */
#ifndef EW_IO_EXPORT_FORMAT_H
#define EW_IO_EXPORT_FORMAT_H

#include <stddef.h>
#include <stdio.h>

#include "core/diag.h"
#include "store/store.h"

typedef enum ew_export_format {
    EW_EXPORT_GDELT1,
    EW_EXPORT_GDELT2,
    EW_EXPORT_PHOENIX,
    EW_EXPORT_ICEWS,
    EW_EXPORT_CSV,
    EW_EXPORT_JSONL,
} ew_export_format;

typedef struct ew_export_opts {
    int no_header;
    const ew_store_filter *filter;   /* NULL: every event */
} ew_export_opts;

/* "gdelt1", "gdelt2", "phoenix", "icews", "csv", "jsonl" ("gdelt" means
 * gdelt2).  Returns 0 and sets *f, or -1 for an unknown name. */
int ew_export_format_parse(const char *name, ew_export_format *f);

/* The column names of a tabular format, in order; *n receives the count.
 * Returns NULL (and *n = 0) for JSON Lines.  Static storage. */
const char *const *ew_export_columns(ew_export_format f, size_t *n);

/* Writes every selected event of the store to out.  *rows (may be NULL)
 * receives the number of events written. */
int ew_export_write(ew_store *s, ew_export_format f, const ew_export_opts *opts,
                    FILE *out, ew_diag *diag, long *rows);

#endif
