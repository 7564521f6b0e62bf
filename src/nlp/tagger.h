/*
 * tagger.h -- averaged-perceptron part-of-speech tagger (Penn XPOS + UPOS).
 *
 * One classifier predicts the joint tag "XPOS|UPOS" (e.g. "VBZ|AUX"), so the
 * two tag sets never disagree and tagging costs one prediction per token.
 * Greedy left to right; features: the word (lower-cased, digits folded),
 * prefixes, suffixes, shape, the two words either side, the two previous
 * predicted tags and, for a model trained with them, the word-cluster path
 * prefixes of the word and its neighbours (clusters.h).  Frequent words that always carry the same tag in the
 * training data skip the classifier (tag dictionary).  A second pass
 * re-tags the words the first was unsure of, seeing the first pass's tags
 * of the next two words (tagger.c explains).
 *
 * Ownership: ew_tagger_load/_load_with/_train return a model the caller
 * frees with ew_tagger_free (clusters given to _load_with or in the training
 * options are borrowed, never freed by the tagger).  The model is read-only
 * after loading: any number of threads may tag with one model.  The xpos
 * strings written into tokens point into the model and live as long as it
 * does.
 * Errors: reported through ew_diag naming the file; NULL / -1 returned.
 */
#ifndef EW_NLP_TAGGER_H
#define EW_NLP_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"
#include "core/sentence.h"

#define EW_TAGGER_KIND "tagger"
#define EW_TAGGER_VERSION 4u

typedef struct ew_tagger ew_tagger;

/* Training options; zero means the default in brackets. */
typedef struct ew_tagger_opts {
    int epochs;             /* [12] passes over the training data (EWT dev plateaus there) */
    unsigned long seed;     /* [1] shuffling seed */
    int retag_pct;          /* [10] share (percent) of classifier-tagged dev words
                             * (every 8th training sentence without dev) whose
                             * pass-1 margin is low enough for pass 2 (chosen on
                             * EWT dev: more costs time, gains nothing);
                             * -1: one pass only (4x faster training) */
    int folds;              /* [4] jackknife folds giving pass 2 its pass-1 tags */
    const struct ew_clusters *clusters; /* [NULL] word clusters (clusters.h); the
                             * model records their id and, once saved, loads
                             * clusters.bin from its own directory.  Borrowed:
                             * must outlive the returned model. */
    /* called after each epoch with dev accuracy (UPOS, XPOS in percent; -1
     * when there is no dev set); epochs after `epochs` are pass 2's (scored
     * with every classifier-tagged word re-tagged) */
    void (*progress)(void *user, int epoch, double upos, double xpos, double secs);
    void *user;
} ew_tagger_opts;

/* Trains on sents[0..n) (gold form, upos, xpos); dev may be NULL. Never
 * NULL (training data with no tags gives a model that tags everything X). */
ew_tagger *ew_tagger_train(const ew_sentence *sents, size_t n,
                           const ew_sentence *dev, size_t ndev,
                           const ew_tagger_opts *opts);

/* ew_tagger_tag, also storing in clus[0..s->n) each word's cluster code
 * (clusters.h), which the tagger looks up anyway: the parser takes them
 * from there (ew_parser_parse_clus) instead of hashing and looking every
 * word up again.  0 for every word when the model has no clusters; clus
 * may be NULL.  The id of the clusters used is ew_tagger_clusters_id(). */
int ew_tagger_tag_clus(const ew_tagger *t, ew_sentence *s, uint64_t *clus);
uint64_t ew_tagger_clusters_id(const ew_tagger *t);
/* The clusters the model uses (its own or borrowed), NULL when none. */
const struct ew_clusters *ew_tagger_clusters(const ew_tagger *t);

/* Writes/reads a model file (model_io.h, kind "tagger").  A model trained
 * with clusters needs clusters.bin (the same, by id) in its directory:
 * load refuses it otherwise, naming the file. */
int ew_tagger_save(const ew_tagger *t, const char *path, ew_diag *diag);
ew_tagger *ew_tagger_load(const char *path, ew_diag *diag);
/* ew_tagger_load with the word clusters given instead of read from the
 * model's directory, so that models sharing them (ew_nlp_load) hold one
 * copy.  Borrowed: clusters must outlive the model (free it first).  A
 * model trained with other clusters (by id) is refused, the report naming
 * the model and the clusters' file.  clusters NULL: as ew_tagger_load.  A
 * model trained without clusters ignores them. */
ew_tagger *ew_tagger_load_with(const char *path, const struct ew_clusters *clusters,
                               ew_diag *diag);
void ew_tagger_free(ew_tagger *t);

/* Sets upos and xpos of every token of s from its forms.  Allocates nothing
 * (~25 KB of stack).  The second pass covers the first 254 words of a
 * sentence; later words keep their first-pass tags.
 * Returns 0, or -1 when t or s is NULL. */
int ew_tagger_tag(const ew_tagger *t, ew_sentence *s);

/* Accuracy on gold-tagged sentences (tags a scratch copy of each token
 * array; gold stays untouched).  Percentages; NULL outputs are skipped. */
void ew_tagger_accuracy(const ew_tagger *t, const ew_sentence *gold, size_t n,
                        double *upos, double *xpos);

#endif
