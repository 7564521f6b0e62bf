/*
 * clusters.h -- Brown-style word clusters learned from unlabeled text, as
 * extra features for the tagger and the parser (Koo, Carreras & Collins
 * 2008: prefixes of a word's bit path generalise from words seen in
 * training to words seen only in raw text).
 *
 * Training (clusters.c): the exchange algorithm (Martin, Liermann & Ney
 * 1998) moves each word to the class that most improves the class-bigram
 * likelihood, from a deterministic start (the word of frequency rank r in
 * class r mod K, so the K most frequent words start apart); the K classes are
 * then merged greedily, the pair that loses the least likelihood first,
 * into a binary tree.  A word's code is its class's path from the root
 * (left = 0, right = 1), stored with a leading 1 bit so that a path and
 * its length fit one integer and prefixes of different lengths never
 * collide.
 *
 * Words are keys only: the model maps the hash of the normalised form
 * (ew_word_norm_hash(), word_features.h: ASCII lower-case, digits folded to
 * 0) to a code; no word strings are stored.
 *
 * Ownership: ew_clusters_train/_load return a model freed with
 * ew_clusters_free; read-only afterwards (any number of threads).
 * Errors: load/save report through ew_diag naming the file and return
 * NULL / -1; training never fails (an empty stream gives an empty model).
 */
#ifndef EW_NLP_CLUSTERS_H
#define EW_NLP_CLUSTERS_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

#define EW_CLUSTERS_KIND "clusters"
#define EW_CLUSTERS_VERSION 1u

typedef struct ew_clusters ew_clusters;

typedef struct ew_clusters_opts {
    int classes;        /* [256] K, classes of the exchange algorithm (>= 2) */
    int min_count;      /* [3] rarer words get no code (and share one context slot) */
    int iterations;     /* [8] exchange passes at most (stops early when no word moves) */
    /* called after each exchange pass: words moved, seconds so far */
    void (*progress)(void *user, int pass, size_t moved, double secs);
    void *user;
} ew_clusters_opts;

/* Trains on stream[0..n): normalised-word hashes, 0 = sentence boundary.
 * Deterministic for given stream and opts.  opts may be NULL. */
ew_clusters *ew_clusters_train(const uint64_t *stream, size_t n, const ew_clusters_opts *opts);

int ew_clusters_save(const ew_clusters *c, const char *path, ew_diag *diag);
ew_clusters *ew_clusters_load(const char *path, ew_diag *diag);

/* The clusters a tagger or parser model at model_path was trained with:
 * clusters.bin in the model's directory, whose ew_clusters_id() must be id.
 * who ("tagger", "parser") names the model in the report.  NULL when the
 * file is missing, malformed or another one (reported, naming both files). */
ew_clusters *ew_clusters_load_for(const char *model_path, const char *who, uint64_t id,
                                  ew_diag *diag);

/* For clusters loaded once and lent to several models (ew_nlp_load): 0 when
 * c is the one a model at model_path was trained with (ew_clusters_id(c) ==
 * id), else -1 after a report naming the model and c's file.  c may be NULL
 * (refused). */
int ew_clusters_check_for(const ew_clusters *c, const char *model_path, const char *who,
                          uint64_t id, ew_diag *diag);
void ew_clusters_free(ew_clusters *c);

/* Code of a word (by ew_word_norm_hash), 0 when unknown.  NULL c gives 0. */
uint64_t ew_clusters_code(const ew_clusters *c, uint64_t norm_hash);

/* Starts loading the slot ew_clusters_code(c, norm_hash) will probe first,
 * so a caller with other lookups to do can overlap their cache misses.
 * No effect on results; c may be NULL. */
void ew_clusters_prefetch(const ew_clusters *c, uint64_t norm_hash);

/* Words with a code. */
size_t ew_clusters_words(const ew_clusters *c);

/* Fingerprint of the model (checksum of its payload): taggers and parsers
 * record the one they were trained with and refuse another. */
uint64_t ew_clusters_id(const ew_clusters *c);

/* The first `bits` bits of a code's path (the whole code when it is
 * shorter); 0 stays 0.  Distinct lengths give distinct values. */
static inline uint64_t ew_clusters_prefix(uint64_t code, int bits)
{
    if (!code)
        return 0;
    int len = 63 - __builtin_clzll(code);
    return len <= bits ? code : code >> (len - bits);
}

#endif
