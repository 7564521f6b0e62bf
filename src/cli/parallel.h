/*
 * parallel.h -- the worker pool the coding commands share (`code` on
 * parsed input and on raw text): items 0..n-1 handed out in order by an
 * atomic counter to `threads` threads (the caller's one included), each
 * with its own arena and a diagnostics sink that forwards to the run's
 * ew_diag under a lock (reports are rare, so the lock costs nothing).
 *
 * Output order is the caller's business: items are finished in any order,
 * so callers buffer per item (or per worker with offsets) and write in
 * input order afterwards, which keeps output byte-identical for any -j.
 * Ownership: the worker struct, its arena and diag belong to the pool and
 * live for the run; the arena is reset after every item.
 */
#ifndef EW_CLI_PARALLEL_H
#define EW_CLI_PARALLEL_H

#include "core/arena.h"
#include "core/diag.h"

#define EW_CLI_MAX_THREADS 64

typedef struct ew_cli_worker {
    int index;          /* 0..threads-1, stable for the run */
    ew_arena arena;     /* 1 MiB blocks: any ordinary item fits one, so
                           reset() keeps the steady state malloc-free */
    ew_diag diag;       /* forwards to the run's diag */
    void *ctx;          /* the caller's */
} ew_cli_worker;

typedef void (*ew_cli_item_fn)(ew_cli_worker *w, long item);

/* Runs fn on every item; returns when all are done.  threads is clamped
 * to 1..EW_CLI_MAX_THREADS; a thread that cannot be started leaves its
 * share to the others. */
void ew_cli_parallel(int threads, long n, ew_cli_item_fn fn, void *ctx, ew_diag *diag);

#endif
