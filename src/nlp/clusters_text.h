/*
 * clusters_text.h -- the unlabeled text the word clusters learn from.
 *
 * The UD training sentences (exactly the tagger/parser training set,
 * ud_corpus.h) plus every article of a JSON Lines corpus ("text" field),
 * segmented by eventwatch's own tokenizer (text/segment.h).  Articles that
 * share any 8-word sequence (normalised words) with held-out text -- EWT
 * dev and test and all GUM test documents -- are dropped: GUM's news
 * documents are Wikinews articles, and a cluster model that saw test
 * sentences would flatter the test figures.
 *
 * The result is a stream of normalised-word hashes (ew_word_norm_hash),
 * 0 after every sentence, as ew_clusters_train() expects.
 * Ownership: t->s is malloc'd, freed by ew_clusters_text_free.
 * Errors: an unreadable UD folder or text file is reported through diag and
 * makes the build return -1; an article whose JSON or text is bad is
 * reported and skipped.
 */
#ifndef EW_NLP_CLUSTERS_TEXT_H
#define EW_NLP_CLUSTERS_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

typedef struct ew_clusters_text {
    uint64_t *s;
    size_t n, cap;
    size_t ud_sentences, text_sentences;
    size_t articles, dropped;     /* articles read / dropped for overlap */
} ew_clusters_text;

/* jsonl may be NULL (UD training text only). */
int ew_clusters_text_build(ew_clusters_text *t, const char *ud_dir, const char *jsonl,
                           ew_diag *diag);

void ew_clusters_text_free(ew_clusters_text *t);

#endif
