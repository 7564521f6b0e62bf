/*
 * diag.h -- how every component reports bad input.
 *
 * The library never prints and never exits.  A reader, loader or coder that
 * meets something it cannot accept calls ew_diag_report() with where (file,
 * line, record id) and why, then skips that item and goes on.  The CLI owns
 * the ew_diag, decides where messages go (stderr by default), and turns the
 * counters into the exit status and the end-of-run summary.
 *
 * Ownership: the caller owns the ew_diag; it holds no heap memory.
 * Thread use: one ew_diag per thread, or external locking (the counters are
 * plain integers on purpose: reports are rare, locking them is the caller's
 * business).
 */
#ifndef EW_DIAG_H
#define EW_DIAG_H

#include <stddef.h>
#include <stdio.h>

typedef enum ew_severity {
    EW_NOTE = 0,    /* informational, e.g. a skipped comment block */
    EW_WARN = 1,    /* item accepted with a repair (e.g. invalid UTF-8 replaced) */
    EW_ERROR = 2,   /* item rejected and skipped */
} ew_severity;

typedef void (*ew_diag_fn)(void *user, ew_severity sev, const char *file,
                           long line, const char *record, const char *msg);

typedef struct ew_diag {
    ew_diag_fn fn;       /* NULL: print "file:line: [record] error: msg" to out */
    void *user;
    FILE *out;           /* used when fn is NULL; NULL means stderr */
    int quiet;           /* count but do not print */
    size_t max_print;    /* stop printing after this many (0 = unlimited); counts go on */
    size_t notes, warnings, errors;
} ew_diag;

/* Zeroes counters, prints to stderr. */
void ew_diag_init(ew_diag *d);

/* Reports one problem.  file may be NULL, line <= 0 means unknown, record
 * may be NULL.  d may be NULL (then the report is dropped: for callers that
 * only want the return code). */
void ew_diag_report(ew_diag *d, ew_severity sev, const char *file, long line,
                    const char *record, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

#endif
