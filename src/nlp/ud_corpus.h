/*
 * ud_corpus.h -- Universal Dependencies training/evaluation corpora.
 *
 * Loads CoNLL-U files into ew_sentence arrays (gold form, lemma, UPOS, XPOS,
 * head, relation) and knows the project's split: EWT train plus the CC BY
 * GUM genres minus the documents listed in en_gum_cc_by/files.test for
 * training; EWT dev for tuning; EWT test and GUM test documents for figures.
 * Sentences are read by the project's CoNLL-U reader (src/io/conllu.h):
 * multiword-token ranges (3-4) and empty nodes (8.1) are skipped, so models
 * see syntactic words, as the tokenizer produces them; invalid sentences are
 * reported and left out.
 *
 * Ownership: the corpus owns every sentence and string (one arena); free it
 * with ew_ud_corpus_free.  Errors: malformed sentences are reported through
 * ew_diag (file, line, reason) and dropped; an unreadable file is reported
 * and makes the load return -1.
 */
#ifndef EW_NLP_UD_CORPUS_H
#define EW_NLP_UD_CORPUS_H

#include <stddef.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"

typedef struct ew_ud_corpus {
    ew_arena arena;
    ew_sentence *sent;
    size_t n, cap;
    size_t tokens;
} ew_ud_corpus;

void ew_ud_corpus_init(ew_ud_corpus *c);
void ew_ud_corpus_free(ew_ud_corpus *c);

/* Which sentences of a file to keep, by GUM document ("GUM_news_nasa", the
 * sent_id up to its last '-'):  EW_UD_ALL keeps everything, EW_UD_TRAIN
 * drops the listed documents, EW_UD_TEST keeps only them. */
typedef enum ew_ud_filter { EW_UD_ALL, EW_UD_TRAIN, EW_UD_TEST } ew_ud_filter;

/* Appends the sentences of one CoNLL-U file.  docs/ndocs: the document list
 * for the filter (ignored for EW_UD_ALL).  Returns 0 or -1. */
int ew_ud_corpus_add(ew_ud_corpus *c, const char *path, ew_ud_filter filter,
                     char *const *docs, size_t ndocs, ew_diag *diag);

/* The training set: <ud>/en_ewt/en_ewt-ud-train.conllu plus every
 * <ud>/en_gum_cc_by/gum_*.conllu minus the files.test documents. */
int ew_ud_corpus_training(ew_ud_corpus *c, const char *ud_dir, ew_diag *diag);

/* GUM test documents of one genre ("news"), or of all genres if genre is
 * NULL. */
int ew_ud_corpus_gum_test(ew_ud_corpus *c, const char *ud_dir, const char *genre,
                          ew_diag *diag);

#endif
