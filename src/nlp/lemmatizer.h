/*
 * lemmatizer.h -- lemmas learned from Universal Dependencies.
 *
 * A lemma is the form plus an edit script: optionally lower-case the form
 * (ASCII), strip k bytes from its end, append a short string
 * ("studies"/NNS -> lower, strip 3, append "y").  Two sources pick the
 * script:
 *   1. an exception lexicon learned from the training data: (form, XPOS)
 *      and (lower-cased form, XPOS) -> the script seen most often.  It holds
 *      every word seen in training, irregulars included (was -> be, went ->
 *      go, children -> child, best -> good), since for those the script is
 *      just "strip everything, append the lemma";
 *   2. for unseen words, an averaged-perceptron classifier over the frequent
 *      scripts, from suffixes, prefix, shape, XPOS and UPOS; only scripts
 *      that fit the word (k <= its length) are considered.
 *
 * Ownership: models from ew_lemmatizer_train/load are freed with
 * ew_lemmatizer_free and are read-only afterwards (thread-safe).  Lemmas
 * equal to the form are the form pointer itself; others are allocated in
 * the caller's arena (one short string, nothing else).
 * Errors: reported through ew_diag naming the file; NULL / -1 returned.
 */
#ifndef EW_NLP_LEMMATIZER_H
#define EW_NLP_LEMMATIZER_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"

#define EW_LEMMATIZER_KIND "lemmatizer"
#define EW_LEMMATIZER_VERSION 2u
#define EW_LEMMA_APPEND_MAX 13   /* longest appended string, bytes */

typedef struct ew_lemma_script {
    uint8_t lower;        /* 1: ASCII lower-case the form first */
    uint8_t strip;        /* bytes removed from the end */
    char append[EW_LEMMA_APPEND_MAX + 1];
} ew_lemma_script;

/* The script turning form into lemma, preferring (on equal cost) the
 * lower-casing one.  Returns 0, or -1 when the lemma needs a longer append
 * than EW_LEMMA_APPEND_MAX or a strip > 255. */
int ew_lemma_script_of(const char *form, const char *lemma, ew_lemma_script *out);

/* Applies sc to form, writing at most size bytes (NUL included) into buf.
 * Returns the lemma length, or -1 when the script does not fit the form or
 * the buffer. */
int ew_lemma_script_apply(const ew_lemma_script *sc, const char *form, char *buf, size_t size);

typedef struct ew_lemmatizer ew_lemmatizer;

typedef struct ew_lemmatizer_opts {
    int epochs;             /* [5] */
    unsigned long seed;     /* [1] */
} ew_lemmatizer_opts;

/* Trains from gold form, xpos, upos and lemma.  Never NULL. */
ew_lemmatizer *ew_lemmatizer_train(const ew_sentence *sents, size_t n,
                                   const ew_lemmatizer_opts *opts);
int ew_lemmatizer_save(const ew_lemmatizer *m, const char *path, ew_diag *diag);
ew_lemmatizer *ew_lemmatizer_load(const char *path, ew_diag *diag);
void ew_lemmatizer_free(ew_lemmatizer *m);

/* The lemma of one word: form itself or a string in arena a. */
const char *ew_lemmatizer_lemma(const ew_lemmatizer *m, const char *form,
                                const char *xpos, int upos, ew_arena *a);

/* Sets tok[i].lemma for every token (from form, xpos, upos).  Returns 0, or
 * -1 when m or s is NULL. */
int ew_lemmatizer_sentence(const ew_lemmatizer *m, ew_sentence *s, ew_arena *a);

#endif
