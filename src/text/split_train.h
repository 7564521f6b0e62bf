/*
 * split_train.h -- training the sentence-boundary perceptron
 * (split_model.h) on documents rebuilt from UD gold files.
 *
 * Deterministic: documents are visited in the order given, every epoch.
 * The result is written as the C initialiser split_weights.inc that
 * split_model.c compiles in.
 *
 * Ownership: the trainer owns its buffers (ew_split_trainer_free).
 */
#ifndef EW_TEXT_SPLIT_TRAIN_H
#define EW_TEXT_SPLIT_TRAIN_H

#include <stddef.h>
#include <stdio.h>

typedef struct ew_split_trainer {
    float *w;          /* current weights */
    double *u;         /* sum of (step * update), for averaging */
    double step;       /* candidates seen so far */
    size_t candidates, errors;   /* of the current epoch */
} ew_split_trainer;

void ew_split_trainer_init(ew_split_trainer *tr);
void ew_split_trainer_free(ew_split_trainer *tr);

/* Column at which training documents are hard-wrapped (split_layout.h). */
#define EW_SPLIT_TRAIN_WRAP 72

/* One perceptron pass over one document with its gold end offsets, then
 * over the same document with paragraphs one line break apart, then
 * hard-wrapped at EW_SPLIT_TRAIN_WRAP columns (split_layout.h). */
void ew_split_train_doc(ew_split_trainer *tr, const char *text, size_t len,
                        const size_t *gold_ends, size_t n_gold);

/* Averaged weights into out[EW_SPLIT_DIM]. */
void ew_split_trainer_average(const ew_split_trainer *tr, float *out);

/* Writes the non-negligible weights as "{index, value}," lines with a
 * header comment naming `provenance`.  Returns the number written. */
size_t ew_split_write_weights(FILE *f, const float *w, const char *provenance);

#endif
