/*
 * suite.h -- validation-suite records: the PETRARCH unit-test XML and its
 * merged JSON Lines edition (../shared/petrarch2/unit-tests.jsonl).
 *
 * A record is one sentence with its expected codings, its parses and the
 * <Config> options in force when it was read.  Readers: suite_xml.c (libxml2)
 * and suite_jsonl.c (jansson).  Both report malformed records through ew_diag
 * with file, line and record id, skip them, and go on.
 *
 * Ownership: records and all their strings live in the arena passed to the
 * reader.
 */
#ifndef EW_IO_SUITE_H
#define EW_IO_SUITE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/arena.h"
#include "core/diag.h"

typedef struct ew_expected_coding {
    const char *source;  /* sourcecode, e.g. "ARN" */
    const char *target;  /* targetcode */
    const char *code;    /* eventcode, e.g. "064" */
} ew_expected_coding;

/* A <Config option=... value=...> in force for a record. */
typedef struct ew_suite_option {
    const char *name;
    const char *value;
} ew_suite_option;

typedef struct ew_suite_record {
    const char *id;           /* "DEMO-00" */
    const char *category;     /* "DEMO" (id prefix before the last '-') */
    int32_t date;             /* YYYYMMDD */
    const char *text;
    const char *ptb;          /* Penn Treebank bracketed parse, or NULL */
    const char *conllu;       /* CoNLL-U parse, or NULL */
    ew_expected_coding *expected;
    size_t n_expected;
    int noevents;             /* explicitly expects nothing */
    const char *error;        /* error= attribute (a record expected to fail), or NULL */
    ew_suite_option *options; /* options in force (cumulative <Config> state) */
    size_t n_options;
    const char *file;         /* where it came from, for messages */
    long line;
    /* PETRARCH XML extras (0/NULL from the JSONL reader): */
    const char *source;       /* source= attribute ("AFP"), or NULL */
    int sentence;             /* sentence= attribute: 1 true, 0 false, -1 absent */
    int valid;                /* valid= attribute: 1 true, 0 false, -1 absent */
    int skip;                 /* the record holds <Skip>: not to be coded */
} ew_suite_record;

typedef struct ew_suite {
    ew_suite_record *rec;
    size_t n;
} ew_suite;

/* Reads a suite file; picks the format from the content (XML starts with '<').
 * Returns 0 on success (possibly with skipped records, counted in diag),
 * -1 if the file cannot be read at all. */
int ew_suite_read(const char *path, ew_suite *out, ew_arena *arena, ew_diag *diag);

/* Value of an option for a record, or NULL. Case-insensitive name. */
const char *ew_suite_option_get(const ew_suite_record *r, const char *name);

/* Format-specific readers, for callers that know the format or hold the
 * bytes in memory (fuzzers, stdin).  Same contract as ew_suite_read: *out is
 * overwritten (not appended to), bad records are reported and skipped, -1
 * only when nothing could be read at all.  `name` labels diagnostics and
 * ew_suite_record.file; it must outlive the records (a string literal or an
 * arena copy). */
int ew_suite_read_jsonl(const char *path, ew_suite *out, ew_arena *arena,
                        ew_diag *diag);
int ew_suite_parse_jsonl(const char *buf, size_t len, const char *name,
                         ew_suite *out, ew_arena *arena, ew_diag *diag);
int ew_suite_read_xml(const char *path, ew_suite *out, ew_arena *arena,
                      ew_diag *diag);
int ew_suite_parse_xml(const char *buf, size_t len, const char *name,
                       ew_suite *out, ew_arena *arena, ew_diag *diag);

/* Reader helper: empties out and opens path for binary reading; NULL when
 * it cannot be opened (reported as an error with the reason).  The caller
 * fcloses. */
FILE *ew_suite_open(const char *path, ew_suite *out, ew_diag *diag);

/* Reader helper: appends one zeroed record to s (capacity tracked in *cap,
 * storage in the arena; earlier record pointers may move). */
ew_suite_record *ew_suite_push(ew_suite *s, size_t *cap, ew_arena *arena);

/* Reader helper: "YYYYMMDD", "YYYY-MM-DD" or "YYMMDD" (PETRARCH, 19xx for
 * years >= 50) -> YYYYMMDD; 0 when not a date. */
int32_t ew_suite_parse_date(const char *s);

#endif
