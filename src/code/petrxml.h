/*
 * petrxml.h -- the <Sentence> records of a PETRARCH input file (text plus
 * Penn Treebank parse), for `eventwatch code`.
 *
 *   <Sentences><Sentence date="20080804" id="AFP..._4" ...>
 *     <Text>...</Text><Parse>(ROOT ...)</Parse></Sentence>...
 *
 * The validation suites use the same element names, but this reader keeps
 * only what coding needs.  Records without id or parse are reported
 * (file, record) and skipped; a record whose date is missing or not a real
 * YYYYMMDD ("NA") is kept with date 0 and a warning.  Whitespace in <Text> is collapsed to single
 * blanks, as PETRARCH does.
 *
 * Ownership: records and strings live in the arena passed in.
 */
#ifndef EW_CODE_PETRXML_H
#define EW_CODE_PETRXML_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/diag.h"

typedef struct ew_petr_sentence {
    const char *id;
    int32_t date;
    const char *text;
    const char *parse;
    long line;
} ew_petr_sentence;

/* Reads path; returns the number of records (>= 0) into *out, or -1 when
 * the file cannot be read or is not XML (reported). */
long ew_petrxml_read(const char *path, ew_petr_sentence **out, ew_arena *a,
                     ew_diag *diag);

#endif
