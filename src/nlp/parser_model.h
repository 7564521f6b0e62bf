/*
 * parser_model.h -- in-memory layout of a loaded parser model (internal to
 * parser.c and parser_train.c).
 *
 * Two hashed weight tables, quantised to int16 at the end of training:
 *  - tw: 2^tbits buckets of 4 int16 (SHIFT, LEFT, RIGHT, padding) -- one
 *    feature is 8 bytes, 8 features share a cache line;
 *  - lw: 2^lbits buckets of nlab int16 (padded to 64 in memory), consulted
 *    only when an arc is built (n times per sentence instead of 2n).
 * A feature hash selects its bucket by its top bits.
 *
 * Payload (little-endian, after the model_io header):
 *   u32 tbits, lbits, nlab, root_label
 *   u64 id of the word clusters trained with (0 = none; clusters.bin is
 *   then loaded from the model's directory)
 *   nlab x char[EW_PLABEL_LEN] label strings ("nsubj:pass")
 *   table tw, then table lw, each as: bitmap of non-zero buckets
 *   (2^bits / 8 bytes), then the non-zero buckets' int16 weights in order.
 * The sparse encoding keeps the committed file small; the tables are
 * expanded at load so that scoring is a plain indexed read.
 */
#ifndef EW_NLP_PARSER_MODEL_H
#define EW_NLP_PARSER_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"
#include "nlp/clusters.h"
#include "nlp/parser.h"
#include "nlp/parser_state.h"

#define EW_PLABEL_LEN 32
#define EW_PLABEL_MAX 64      /* label sets are 64-bit masks */

struct ew_parser {
    uint32_t tbits, lbits, nlab, root_label;
    int16_t *tw;              /* [2^tbits][4] */
    int16_t *lw;              /* [2^lbits][lstride] */
    uint32_t lstride;         /* nlab while training; EW_PLABEL_MAX once loaded,
                                 so a row is two aligned cache lines */
    char label[EW_PLABEL_MAX][EW_PLABEL_LEN];
    uint8_t rel[EW_PLABEL_MAX];
    const char *subrel[EW_PLABEL_MAX]; /* into label[] */
    const ew_clusters *clus;  /* word clusters the features use; NULL = none */
    ew_clusters *clus_own;    /* loaded with the model; NULL when borrowed
                               * (the trainer's or ew_parser_load_with's) */
};

/* Fills rel/subrel from label[]. */
void ew_parser_index_labels(ew_parser *p);

/* Serialises p into a malloc'd payload of *n bytes. */
void *ew_parser_encode(const ew_parser *p, size_t *n);

/* Hashes the words and tags of s (and looks up the words' cluster codes
 * in c, which may be NULL, unless codes[0..s->n) already holds them) into
 * the EW_PVALUES value arrays of s->n + 2 entries each (position 0 the
 * null sentinel, n+1 the root). */
void ew_parser_fill_values(const ew_clusters *c, const ew_sentence *s, const uint64_t *codes,
                           uint64_t *values);

/* Parses with the feature arrays already filled; used by ew_parser_parse
 * and by training-time evaluation; results are in st->head and st->lab. */
void ew_parser_run(const ew_parser *p, ew_pstate *st);

#endif
