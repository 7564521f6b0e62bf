/*
 * nlp_eval.h -- scoring the analysis models against gold CoNLL-U with gold
 * tokenization (what `eventwatch eval-parse` prints).
 *
 * Each gold sentence is copied with its annotations erased, analysed
 * (tagger, lemmatizer, then parser when loaded, each seeing only the
 * previous stages' predictions) and compared: UPOS, XPOS and lemma
 * accuracy over all words; UAS and LAS (full label, "nsubj:pass") over all
 * words, punctuation included, as in CoNLL 2018.  Speeds count the
 * analysis only, not reading or scoring, in thread CPU time (so other jobs
 * on the machine do not distort them).
 *
 * Ownership: the caller owns everything; nothing is kept.
 */
#ifndef EW_NLP_NLP_EVAL_H
#define EW_NLP_NLP_EVAL_H

#include <stddef.h>
#include <stdio.h>

#include "core/diag.h"
#include "core/sentence.h"
#include "nlp/nlp.h"

typedef struct ew_nlp_scores {
    size_t sentences, tokens;
    double upos, xpos, lemma;       /* percent */
    int parsed;                     /* 1 when UAS/LAS are meaningful */
    double uas, las;                /* percent */
    double tag_seconds;             /* tagger + lemmatizer */
    double parse_seconds;           /* parser alone */
} ew_nlp_scores;

/* Scores sent[0..n) (gold, untouched).  pred: if non-NULL, each analysed
 * sentence is also written there as CoNLL-U (the prediction, for error
 * analysis or the CoNLL 2018 evaluation script). */
void ew_nlp_eval_corpus(const ew_nlp_models *m, const ew_sentence *sent, size_t n,
                        FILE *pred, ew_nlp_scores *out);

/* Reads path (CoNLL-U) and scores it.  docs_file: if non-NULL, a list of
 * document names (one per line, as GUM's files.test) and only sentences
 * whose sent_id is "<doc>-<n>" for a listed doc are scored.  Returns 0, or
 * -1 after a diag report (unreadable file, no sentence). */
int ew_nlp_eval_file(const ew_nlp_models *m, const char *path, const char *docs_file,
                     FILE *pred, ew_nlp_scores *out, ew_diag *diag);

#endif
