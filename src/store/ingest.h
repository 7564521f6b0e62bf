/*
 * ingest.h -- documents in, events stored: read (src/io/doc_reader.h),
 * skip what is already stored, code on worker threads, store in input order.
 *
 * Determinism: documents are taken in batches; a batch is coded in
 * parallel (each worker owns an arena; dictionaries are read-only) and
 * written by the calling thread in input order, one transaction per batch.
 * Since keys are content hashes and writes are ordered, -j1 and -jN give
 * the same database.
 *
 * Crash safety: a document is committed together with all its events; a
 * killed run loses at most the open batch, and re-running the same ingest
 * skips the stored documents and codes the rest (0 lost, 0 duplicated).
 *
 * Coding is a hook (ew_ingest_opts.code): ingest knows nothing about the
 * coder, so it works, and is tested, with any function that turns a
 * document into events.  NULL stores documents only.
 *
 * Errors: rejected records are reported through diag (file, line, reason),
 * logged in the store's ingest_log and counted; reading goes on.  A store
 * error (disk full, database locked) rolls back the open batch, is
 * reported, and makes ew_ingest_file/ew_ingest_finish return -1; batches
 * committed before are kept.
 *
 * Ownership: the caller owns the store, opts, the coder context and diag;
 * they must outlive the ew_ingest.
 */
#ifndef EW_STORE_INGEST_H
#define EW_STORE_INGEST_H

#include "core/arena.h"
#include "core/diag.h"
#include "core/event.h"
#include "io/doc_reader.h"
#include "store/store.h"

/* Codes one document: appends events (allocated in arena) to out.
 * Called from worker threads, concurrently with other documents; must not
 * touch shared mutable state.  diag is per worker.  Returns 0, or -1 when
 * the document cannot be coded (reported, document still stored). */
typedef int (*ew_ingest_code_fn)(void *coder, const ew_doc *doc, ew_arena *arena,
                                 ew_event_list *out, ew_diag *diag);

typedef struct ew_ingest_stats {
    ew_doc_stats docs;       /* read and rejected by reason */
    long stored;             /* new documents stored */
    long duplicates;         /* documents already in the store, skipped */
    long coded;              /* documents coded */
    long code_failed;        /* documents the coder could not code */
    long events;             /* event mentions stored (new ones only) */
    long new_events;         /* of which created a new event row */
    long event_lines, event_rejected; /* --events input */
} ew_ingest_stats;

/* Called after each committed batch (progress display). */
typedef void (*ew_ingest_progress_fn)(void *user, const ew_ingest_stats *st);

typedef struct ew_ingest_opts {
    int threads;             /* coding threads; <= 0 -> 1 */
    int batch;               /* documents per transaction; <= 0 -> 256 */
    ew_ingest_code_fn code;  /* NULL: store documents only */
    void *coder;
    ew_doc_opts doc;
    ew_ingest_progress_fn progress;
    void *progress_user;
    int dry_run;             /* read and code, store nothing (the baseline
                                that ingest throughput is measured against) */
} ew_ingest_opts;

typedef struct ew_ingest ew_ingest;

/* NULL only when out of memory. */
ew_ingest *ew_ingest_new(ew_store *s, const ew_ingest_opts *opts, ew_diag *diag);

/* Reads, codes and stores one input file ("-" = stdin).  Returns 0, or -1
 * after a store error (stop: the database refuses writes) -- an
 * unreadable input file is counted and reported but returns 0. */
int ew_ingest_file(ew_ingest *in, const char *path);

/* Stores pre-coded events (doc_events.h format).  An event whose doc_id
 * names a stored document is attached to it; otherwise to a stub document
 * keyed by "events:<doc_id>".  Same returns. */
int ew_ingest_events_file(ew_ingest *in, const char *path);

/* Codes and stores what is still buffered.  0 or -1. */
int ew_ingest_finish(ew_ingest *in);

const ew_ingest_stats *ew_ingest_get_stats(const ew_ingest *in);

void ew_ingest_free(ew_ingest *in);

#endif
