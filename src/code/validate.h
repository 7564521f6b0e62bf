/*
 * validate.h -- coding one validation-suite record and judging it.
 *
 * A record passes when the set of coded (source, target, code) triples is
 * exactly the set it expects: every expected coding and nothing else
 * (duplicates count once; a record marked noevents or error= expects none).
 * The record's <Config> options are applied on top of the coder's.
 *
 * Ownership: the sentence and events live in arena a.
 */
#ifndef EW_CODE_VALIDATE_H
#define EW_CODE_VALIDATE_H

#include "code/coder.h"
#include "io/suite.h"

typedef enum ew_parse_source {
    EW_PARSE_PTB = 0,     /* the record's Penn Treebank parse */
    EW_PARSE_CONLLU = 1,  /* the record's CoNLL-U parse */
    EW_PARSE_OWN = 2,     /* the record's text, analysed by the analyser set below */
} ew_parse_source;

/* Builds an analysed sentence from a record's raw text (eventwatch's own
 * tokenizer, tagger and parser: src/pipeline).  The coder does not depend
 * on the analysis components; the command that wants EW_PARSE_OWN installs
 * this hook once, before coding starts (it is then only read). */
typedef ew_sentence *(*ew_validate_analyser_fn)(void *user, const ew_suite_record *r,
                                                ew_arena *a, ew_diag *diag);
void ew_validate_set_analyser(ew_validate_analyser_fn fn, void *user);

typedef enum ew_verdict {
    EW_VERDICT_PASS = 0,
    EW_VERDICT_FAIL = 1,
    EW_VERDICT_NOPARSE = 2,  /* the record has no usable parse of that kind (reported) */
} ew_verdict;

/* Builds the record's sentence from the chosen parse; NULL if missing or
 * malformed (reported through diag with the record id). */
ew_sentence *ew_validate_sentence(const ew_suite_record *r, ew_parse_source p,
                                  ew_arena *a, ew_diag *diag);

/* Codes r and compares.  *events receives what was coded. */
ew_verdict ew_validate_record(const ew_coder *c, const ew_suite_record *r,
                              ew_parse_source p, ew_arena *a, ew_diag *diag,
                              ew_event_list *events);

/* Applies the record's options to o (unknown ones reported as notes). */
void ew_validate_options(ew_code_options *o, const ew_suite_record *r, ew_diag *diag);

#endif
