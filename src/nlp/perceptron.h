/*
 * perceptron.h -- averaged perceptron over hashed features.
 *
 * Shared by the tagger, the lemmatizer and (optionally) the parser.  A
 * feature is a 64-bit hash (ew_feat_hash*), computed on the fly from a
 * template id and the bytes it looks at, so extracting features allocates
 * nothing.  Two halves:
 *
 *  - ew_ptrain: the trainer.  Features map to dense rows of per-class
 *    weights, allocated the first time a feature is updated (in practice only
 *    features seen on mistakes get a row).  Averaging uses the "w - u/c"
 *    trick (Daume III), so an update touches only the updated weights.
 *
 *  - ew_perceptron: the compiled, read-only model.  Averaged weights are
 *    quantised to 24 bits and stored sparsely: each feature owns a contiguous
 *    run of 32-bit entries (class in the low 8 bits, weight in the high 24),
 *    so a typical feature (a handful of non-zero classes) costs one cache
 *    line, and scoring is integer adds.  It can live inside a model file's
 *    payload and is used in place (no copy); any number of threads may score
 *    with it concurrently.
 *
 * Limits: at most 255 classes (class ids are bytes).
 * Errors: allocation failure aborts (as the arena does); a malformed payload
 * is reported through ew_diag and refused.
 */
#ifndef EW_NLP_PERCEPTRON_H
#define EW_NLP_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

#define EW_PERCEPTRON_MAX_CLASSES 255

/* ---- feature hashing (FNV-1a 64 seeded by the template id) ---- */

static inline uint64_t ew_feat_start(uint32_t tmpl)
{
    return (14695981039346656037ULL ^ (uint64_t)tmpl) * 1099511628211ULL;
}

static inline uint64_t ew_feat_add(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    /* a separator byte so ("ab","c") and ("a","bc") differ */
    h ^= 0xff;
    return h * 1099511628211ULL;
}

static inline uint64_t ew_feat_add_int(uint64_t h, uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        h ^= (v >> (8 * i)) & 0xff;
        h *= 1099511628211ULL;
    }
    return h;
}

/* ---- training ---- */

typedef struct ew_ptrain ew_ptrain;

/* nclass in 1..255.  Never NULL. Free with ew_ptrain_free. */
ew_ptrain *ew_ptrain_new(int nclass);
void ew_ptrain_free(ew_ptrain *t);

/* scores[0..nclass) = sum of current weights of the features. */
void ew_ptrain_scores(const ew_ptrain *t, const uint64_t *f, size_t nf, float *scores);

/* Perceptron update for one example: +1 on gold, -1 on guess (nothing if
 * equal).  Call ew_ptrain_tick once per example, after the update. */
void ew_ptrain_update(ew_ptrain *t, const uint64_t *f, size_t nf, int gold, int guess);
void ew_ptrain_tick(ew_ptrain *t);

/* Weights whose averaged magnitude is below min_abs (in perceptron update
 * units) are left out of the compiled model: most features are rare and
 * their weights tiny, and dropping them halves the model (less cache
 * traffic when scoring) for ~0.05 points of accuracy.  Default 0. */
void ew_ptrain_set_prune(ew_ptrain *t, double min_abs);

/* Averages, drops weights that quantise to 0 and serialises the compiled
 * model into a malloc'd buffer (*n bytes), suitable as (part of) a model
 * payload.  Its size is a multiple of 8. */
void *ew_ptrain_compile(const ew_ptrain *t, size_t *n);

/* ---- prediction ---- */

/* One hash slot: the key and where its weights are, in 16 bytes so a probe
 * touches one cache line. */
typedef struct ew_pslot {
    uint64_t key;             /* feature hash; 0 = empty */
    uint32_t span;            /* offset << 8 | count into entries */
    uint32_t reserved;
} ew_pslot;

typedef struct ew_perceptron {
    uint32_t nclass;
    uint32_t mask;            /* slots - 1 (slots is a power of two) */
    const ew_pslot *slot;
    const uint32_t *entries;  /* weight << 8 | class */
} ew_perceptron;

/* Points m into a compiled buffer produced by ew_ptrain_compile (which must
 * stay alive and 8-byte aligned).  *used receives the bytes consumed.
 * Returns 0, or -1 after a diag report (file = name) if the buffer is
 * malformed. */
int ew_perceptron_view(ew_perceptron *m, const void *buf, size_t n, size_t *used,
                       const char *name, ew_diag *diag);

/* scores[0..nclass) = integer sum of the features' quantised weights.
 * Memory-bound by design (one slot + one entry run per feature), so the
 * features are looked up in batches with prefetching: all slots first, then
 * all weight runs, then the sums. */
void ew_perceptron_scores(const ew_perceptron *m, const uint64_t *f, size_t nf,
                          int32_t *scores);

#endif
