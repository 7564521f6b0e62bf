/*
 * doc_reader.h -- reading news documents for ingest: JSON Lines
 * ({"id","date","source","url","title","text"}), plain text (one file =
 * one document), RSS 2.0 and Atom feeds, and PETRARCH XML (<Sentence>
 * records, one document each).  The format is chosen from the content.
 *
 * Readers stream: each accepted document is handed to a callback and is
 * valid only during it (copy what you keep).  Every rejected record is
 * reported through ew_diag with file, line and reason, counted by reason,
 * and skipped; reading goes on.
 *
 * Rejection reasons (ew_doc_reject): broken JSON or XML record, bad or
 * missing date, empty text, over the size limit (10 MB by default).
 *
 * Ownership: the caller owns opts, stats and diag; the reader allocates
 * only for its own use and frees it before returning.
 */
#ifndef EW_IO_DOC_READER_H
#define EW_IO_DOC_READER_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

typedef struct ew_doc {
    const char *id;       /* the input's id; generated "<file>:<line>" when absent */
    int32_t date;         /* YYYYMMDD (0 only for plain text without --date) */
    const char *source, *url, *title, *lang;
    const char *text;     /* never empty */
    size_t text_len;
    const char *file;
    long line;            /* line (JSONL) or record number (XML) */
} ew_doc;

typedef enum ew_doc_reject {
    EW_REJ_SYNTAX,        /* broken JSON line / XML record */
    EW_REJ_DATE,          /* bad or missing date */
    EW_REJ_EMPTY,         /* empty text */
    EW_REJ_SIZE,          /* over max_bytes */
    EW_REJ_IO,            /* file cannot be read */
    EW_REJ_COUNT
} ew_doc_reject;

typedef struct ew_doc_stats {
    long read;                      /* documents accepted */
    long rejected[EW_REJ_COUNT];
} ew_doc_stats;

typedef struct ew_doc_opts {
    size_t max_bytes;     /* 0 -> 10 MB */
    int32_t default_date; /* for plain text; 0 -> unknown */
    const char *source;   /* default news source name, may be NULL */
} ew_doc_opts;

/* Return nonzero to stop reading (the reader returns that value). */
typedef int (*ew_doc_fn)(void *user, const ew_doc *d);

/* Reads one file ("-" = stdin, read as JSON Lines).  Returns 0 when the
 * whole file was read (some records may have been rejected), the
 * callback's nonzero value if it stopped, -1 when the file cannot be read
 * (reported, counted as EW_REJ_IO). */
int ew_doc_read_file(const char *path, const ew_doc_opts *opts, ew_doc_fn fn,
                     void *user, ew_diag *diag, ew_doc_stats *stats);

/* Reads JSON Lines from a memory buffer (fuzzing, tests).  name labels
 * messages. */
int ew_doc_read_jsonl_mem(const char *buf, size_t n, const char *name,
                          const ew_doc_opts *opts, ew_doc_fn fn, void *user,
                          ew_diag *diag, ew_doc_stats *stats);

/* Short text of a reason ("broken JSON", "bad date"...). */
const char *ew_doc_reject_name(ew_doc_reject r);

#endif
