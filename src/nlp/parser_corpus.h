/*
 * parser_corpus.h -- the parser's private CoNLL-U reading (internal).
 *
 * Kept minimal on purpose: it reads only what training and evaluation need
 * (id, form, upos, xpos, head, deprel, sent_id), skips multiword-token
 * ranges and empty nodes, and will give way to the project's CoNLL-U reader
 * (src/io/conllu.h) once that exists.
 *
 * Ownership: sentences, tokens and strings live in the caller's arena; the
 * ew_pcorpus struct's array is malloc'd and released by ew_pcorpus_free().
 * Errors: a malformed line is reported (file, line) and its sentence
 * skipped; an unreadable file returns -1 after a report.
 */
#ifndef EW_NLP_PARSER_CORPUS_H
#define EW_NLP_PARSER_CORPUS_H

#include <stddef.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"

typedef struct ew_pcorpus {
    ew_sentence *sent;
    size_t n, cap;
} ew_pcorpus;

/* Decides whether a sentence (by sent_id, may be NULL) is kept. */
typedef int (*ew_pcorpus_keep_fn)(void *user, const char *sent_id);

/* Appends the sentences of path to c. keep may be NULL (keep all). */
int ew_pcorpus_read(ew_pcorpus *c, const char *path, ew_arena *a,
                    ew_pcorpus_keep_fn keep, void *user, ew_diag *diag);

void ew_pcorpus_free(ew_pcorpus *c);

#endif
