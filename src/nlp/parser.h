/*
 * parser.h -- greedy transition-based labelled dependency parser (UD v2).
 *
 * Arc-hybrid transitions with the root token at the END of the buffer
 * (Ballesteros & Nivre 2013), so every word gets exactly one head and the
 * tree has exactly one root word without any post-processing.  Trained with
 * the dynamic oracle of Goldberg & Nivre (2013) and an averaged perceptron
 * over hashed Zhang & Nivre (2011)-style features.
 *
 * Fast by design: the unlabelled transition (3 classes) and the relation
 * label are two classifiers.  A transition feature's three weights are
 * 8 contiguous bytes, so one feature costs one cache line; the label is
 * predicted only when an arc is built, at which moment (arc-hybrid) the
 * dependent already has all its children, so label features can look at
 * them.  Parsing is linear (2n transitions), allocates nothing per token.
 *
 * Ownership: ew_parser_load() and ew_parser_load_with() return a model the
 * caller frees with ew_parser_free() (clusters given to _with are borrowed,
 * never freed by the parser); it is read-only afterwards, so any number of
 * threads may call ew_parser_parse() on it concurrently.  Token subrel pointers written
 * by ew_parser_parse() point into the model: the model must outlive the
 * sentences it parsed (or the caller copies the strings).
 *
 * Errors: reported through ew_diag_report() naming the file; functions
 * return NULL / -1 and never print or exit.
 */
#ifndef EW_NLP_PARSER_H
#define EW_NLP_PARSER_H

#include <stddef.h>

#include "core/diag.h"
#include "core/sentence.h"

typedef struct ew_parser ew_parser;
struct ew_clusters;               /* nlp/clusters.h */

/* Payload format version inside the model file (model_io.h kind "parser"). */
#define EW_PARSER_VERSION 3u

/* Loads models/parser.bin (or any path).  NULL after a diag report when the
 * file is missing, truncated, from another version or malformed, or when
 * it was trained with word clusters and clusters.bin (the same, by id) is
 * not in its directory. */
ew_parser *ew_parser_load(const char *path, ew_diag *diag);

/* ew_parser_load with the word clusters given instead of read from the
 * model's directory, so that models sharing them (ew_nlp_load) hold one
 * copy.  Borrowed: clusters must outlive the model (free it first).  A
 * model trained with other clusters (by id) is refused, the report naming
 * the model and the clusters' file.  clusters NULL: as ew_parser_load.  A
 * model trained without clusters ignores them. */
ew_parser *ew_parser_load_with(const char *path, const struct ew_clusters *clusters,
                               ew_diag *diag);

/* Parses s in place: sets tok[i].head (0 = root, 1..n), rel and subrel for
 * every token.  Tokens must carry form and xpos (and upos) from the tagger;
 * a NULL xpos is treated as an unknown tag.  Returns 0, or -1 when p or s is
 * NULL.  An empty sentence is a no-op. */
int ew_parser_parse(const ew_parser *p, ew_sentence *s);

/* ew_parser_parse with the words' cluster codes given (clus[0..s->n),
 * from ew_tagger_tag_clus), which must come from the clusters whose id is
 * ew_parser_clusters_id(p) (0: the parser has none); clus NULL: looked up. */
int ew_parser_parse_clus(const ew_parser *p, ew_sentence *s, const uint64_t *clus);
uint64_t ew_parser_clusters_id(const ew_parser *p);
/* The clusters the model uses (its own or borrowed), NULL when none. */
const struct ew_clusters *ew_parser_clusters(const ew_parser *p);

void ew_parser_free(ew_parser *p);

/* Progress callback for training: called after each epoch of the first
 * ensemble member with the scores on the development set (in percent), and
 * once more with epoch 0 for the averaged model that is saved. */
typedef void (*ew_parser_progress_fn)(void *user, int epoch, double uas,
                                      double las, double seconds);

/* Optional retagger: called on every sentence read for training or
 * evaluation to replace gold tags by predicted ones (e.g. the tagger).
 * Returns 0 on success.  Without it, training tags its data itself by
 * jackknifing (ew_tagger) unless opts->jackknife < 0. */
typedef int (*ew_parser_retag_fn)(void *user, ew_sentence *s);

typedef struct ew_parser_train_opts {
    int epochs;               /* 0: 15 */
    unsigned long seed;       /* 0: 1; shuffling and exploration */
    double explore;           /* probability to follow a wrong prediction; <0: none, 0: 0.9 */
    int explore_from;         /* first epoch (1-based) with exploration; 0: 2 */
    ew_parser_progress_fn progress;
    ew_parser_retag_fn retag;
    void *user;               /* passed to progress and retag */
    int jackknife;            /* folds of jackknifed tagger tags for training; 0: 10;
                                 < 0: keep the gold tags (ignored when retag is set) */
    int no_gum;               /* 1: EWT train only (tests, quick runs) */
    unsigned table_bits;      /* 0: 21; log2 of transition weight buckets
                                 (labels use 4 bits fewer); small for tests */
    const char *train_file;   /* non-NULL: train on this one CoNLL-U file instead of ud_dir */
    const char *dev_file;     /* non-NULL: dev file instead of EWT dev */
    const struct ew_clusters *clusters; /* word clusters (clusters.h) for the parser's
                                 and the jackknife taggers' features; NULL: none.
                                 The model records their id; borrowed */
    int members;              /* 0: EW_PARSER_MEMBERS; models trained with different
                                 seeds (two at a time, on two threads) whose
                                 best-dev-epoch weights are averaged */
} ew_parser_train_opts;

#define EW_PARSER_MEMBERS 3

/* Trains on ud_dir/en_ewt/en_ewt-ud-train.conllu plus every
 * ud_dir/en_gum_cc_by/gum_*.conllu sentence whose document (sent_id
 * "GUM_<genre>_<name>-<n>") is not listed in en_gum_cc_by/files.test,
 * checks on ud_dir/en_ewt/en_ewt-ud-dev.conllu, and writes the model to
 * out_path.  Deterministic for given opts.  opts may be NULL.
 * Returns 0, or -1 after a diag report. */
int ew_parser_train(const char *ud_dir, const char *out_path,
                    const ew_parser_train_opts *opts, ew_diag *diag);

/* Attachment scores over a CoNLL-U file with gold tokenization (all words,
 * punctuation included, as in CoNLL 2018).  las counts the full label
 * ("nsubj:pass"), las_base only the universal part. */
typedef struct ew_parser_scores {
    size_t sentences, words;
    double uas, las, las_base;   /* percent */
    double seconds;              /* parsing time only */
} ew_parser_scores;

/* Parses every sentence of path (after retag, if given) and scores it.
 * doc_filter: if non-NULL, a list of document names separated by commas,
 * spaces or newlines (e.g. the GUM files.test lines); only sentences whose
 * sent_id is "<document>-<number>" for one of them are scored.
 * Returns 0, or -1 after a diag report. */
int ew_parser_eval_file(const ew_parser *p, const char *path,
                        const char *doc_filter, ew_parser_retag_fn retag,
                        void *user, ew_parser_scores *out, ew_diag *diag);

#endif
