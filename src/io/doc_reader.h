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
 * Rejection reasons (ew_doc_reject): broken JSON or XML record, empty
 * text, over the size limit (10 MB by default).  A bad or missing date
 * ("NA", "", "2025-02-30") does not reject the document: it is kept with a
 * warning (file, line, record, what was used) and dated from its dateline,
 * else the feed's date, else opts.default_date, else left unknown (0; its
 * events are written with "date": null); ew_doc.date_from says which.
 *
 * Ownership: the caller owns opts, stats and diag; the reader allocates
 * only for its own use and frees it before returning.
 */
#ifndef EW_IO_DOC_READER_H
#define EW_IO_DOC_READER_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

/* Where ew_doc.date came from. */
typedef enum ew_doc_date_from {
    EW_DATE_RECORD = 0,   /* the record's own date (or --date for plain text) */
    EW_DATE_DATELINE,     /* the record's date was bad: the story's dateline */
    EW_DATE_FEED,         /* ... the feed's <lastBuildDate>/<pubDate>/<updated> */
    EW_DATE_DEFAULT,      /* ... opts.default_date */
    EW_DATE_UNKNOWN,      /* ... nothing: date is 0 */
} ew_doc_date_from;

typedef struct ew_doc {
    const char *id;       /* the input's id; generated "<file>:<line>" when absent */
    int32_t date;         /* YYYYMMDD; 0 unknown (see date_from) */
    ew_doc_date_from date_from;
    const char *source, *url, *title, *lang;
    const char *text;     /* never empty */
    size_t text_len;
    const char *file;
    long line;            /* line (JSONL) or record number (XML) */
} ew_doc;

typedef enum ew_doc_reject {
    EW_REJ_SYNTAX,        /* broken JSON line / XML record */
    EW_REJ_DATE,          /* no longer used: bad dates are repaired (kept for ABI) */
    EW_REJ_EMPTY,         /* empty text */
    EW_REJ_SIZE,          /* over max_bytes */
    EW_REJ_IO,            /* file cannot be read */
    EW_REJ_COUNT
} ew_doc_reject;

typedef struct ew_doc_stats {
    long read;                      /* documents accepted */
    long rejected[EW_REJ_COUNT];
    long redated;                   /* accepted with a repaired date (warned) */
    long undated;                   /* accepted with date unknown (warned) */
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

/* The date a story gives at its start, YYYYMMDD, or 0: in a wire-story
 * dateline ("ASTANA, Nov. 27, 2025 (AP) -", "KYIV, 27 November (Reuters) -")
 * or, without a dateline, a full date (with year) starting within the first
 * 24 bytes and followed by markup, a line break or a capital ("'''December
 * 25, 2004''' Officials said"; never "said on May 2, 2005 that").  A dateline date without a
 * year takes the year putting it nearest to ref (YYYYMMDD; ref 0: such a
 * dateline gives 0).  Pure; reads at most the dateline or 56 bytes. */
int32_t ew_doc_text_date(const char *text, size_t len, int32_t ref);

/* Short text of a reason ("broken JSON", "empty text"...). */
const char *ew_doc_reject_name(ew_doc_reject r);

#endif
