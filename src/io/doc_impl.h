/*
 * doc_impl.h -- private to the doc_*.c readers: the reading context that
 * carries options, counters and the callback, and the shared reject/accept
 * helpers that keep every reader's reporting identical.
 */
#ifndef EW_IO_DOC_IMPL_H
#define EW_IO_DOC_IMPL_H

#include <stdio.h>

#include "io/doc_reader.h"

typedef struct ew_doc_ctx {
    const char *name;     /* file name for messages */
    const char *base;     /* its last path component, for generated ids */
    ew_doc_opts opts;
    size_t max_bytes;
    ew_doc_fn fn;
    void *user;
    ew_diag *diag;
    ew_doc_stats *stats;
    ew_doc_stats local;   /* used when the caller passed no stats */
    int32_t feed_date;    /* the RSS/Atom feed's own date, 0 if none */
} ew_doc_ctx;

void ew_doc_ctx_init(ew_doc_ctx *c, const char *name, const ew_doc_opts *opts,
                     ew_doc_fn fn, void *user, ew_diag *diag, ew_doc_stats *stats);

/* Reports "reason" at name:line [record], counts it; returns 0 so the
 * reader goes on. */
int ew_doc_reject_rec(ew_doc_ctx *c, long line, const char *record, ew_doc_reject why,
                      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Counts and hands over an accepted document; returns the callback's value. */
int ew_doc_accept(ew_doc_ctx *c, const ew_doc *d);

/* d's own date (raw, may be NULL) did not parse: dates d by the fallback
 * rule of doc_reader.h (dateline, feed, default, unknown), sets
 * d->date_from, warns with file, line and record, counts it. */
void ew_doc_date_fallback(ew_doc_ctx *c, ew_doc *d, const char *raw);

/* 1 if s holds something other than white space. */
int ew_doc_has_text(const char *s);

int ew_doc_jsonl_stream(ew_doc_ctx *c, FILE *f);
/* XML: RSS 2.0, Atom or PETRARCH <Sentences>, told apart by the root. */
int ew_doc_xml_mem(ew_doc_ctx *c, const char *buf, size_t n);

#endif
