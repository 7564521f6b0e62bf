/*
 * split_model.h -- the learned part of sentence splitting.
 *
 * The rules of sentence.c decide most boundaries; web and e-mail text (and
 * lists; a page's category trailer is footer.h's) also end sentences without
 * punctuation, where rules can only guess.  A binary averaged perceptron
 * re-scores nearly every gap inside a paragraph from hashed features of
 * the tokens on both sides, the sentence so far, the line and the rule's
 * own decision; with all weights zero it reproduces the rules exactly.
 *
 * Weights are compiled in (split_weights.inc, made by
 * `eventwatch eval-split --train ...`, see bench/README.md for the
 * exact command), read-only, so threads share them.  They are learned from
 * UD English EWT train (CC BY-SA 4.0) and the GUM CC BY genres minus GUM's
 * test documents, so the share-alike licence applies to split_weights.inc.
 */
#ifndef EW_TEXT_SPLIT_MODEL_H
#define EW_TEXT_SPLIT_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokenize.h"

#define EW_SPLIT_DIM (1u << 16)   /* hashed feature space (256 KiB of floats) */
#define EW_SPLIT_MAXF 32          /* features per gap */

/* Is the gap after token i (i + 1 < n) one the model scores?  `rule` is
 * the rules' decision there.  Every gap inside a paragraph (a space or a
 * single line break between the tokens) is, except:
 *   - firm ones, left to the rules for news precision: '.', '!' or '?'
 *     (with closing quotes) before a token that is not lowercase, and an
 *     abbreviation inside a date or name ("Dec. 4", "Gen. Petrov");
 *   - a word, comma or semicolon before a lowercase word on the same line:
 *     about half of all gaps, never a boundary in the training data;
 *   - tokens glued together with no space (unless the rules split there). */
int ew_split_candidate(const ew_text_tok *t, size_t n, size_t i, int rule);

/* Per-token hashes, cached for the few tokens around the current gap:
 * gaps are scored left to right, so each token is hashed about once. */
typedef struct ew_split_tokhash {
    size_t index;
    int valid;
    uint32_t word, shape, starter, verb;
} ew_split_tokhash;

/* State of one left-to-right pass: the token cache, the sentence decided
 * so far (its length, first word, whether it has a verb-like word) and
 * the current line.  Zero-initialise one per token sequence, call
 * ew_split_push() for every token in order and ew_split_cut() after every
 * token that ends a sentence. */
typedef struct ew_split_ctx {
    ew_split_tokhash ring[4];
    size_t since;            /* tokens in the current sentence */
    uint32_t first;          /* word hash of its first token */
    uint32_t lowers, verbs;  /* lowercase and verb-like words in it */
    size_t line_start, line_end, line_seen;   /* current line [start, end) */
    size_t open_at, open_since;   /* outermost open ( or [ of the sentence, its position in it */
    size_t closed_at;             /* token that closed the last bracket, + 1 (0: none) */
    unsigned depth;               /* brackets open in the current sentence */
    int closed_plain;             /* that bracket closed without a terminator before it */
    int open_after_word;          /* the outermost open bracket followed a word */
} ew_split_ctx;

void ew_split_push(ew_split_ctx *c, const ew_text_tok *t, size_t i);
void ew_split_cut(ew_split_ctx *c);

/* Does the model score the gap after token i?  ew_split_candidate(), minus
 * the gaps of an editorial insertion: inside a bracket opened after the
 * sentence's first token ("including [former museum CEO] Bonnie"), and
 * right after a square bracket that followed a word closes with no
 * terminator before it.  There the model may not add a boundary the rules
 * did not make (gaps at a line break stay scored; a citation "[4]" after
 * a full stop is no insertion).  Call after ew_split_push(i). */
int ew_split_scored(const ew_split_ctx *c, const ew_text_tok *t, size_t n, size_t i, int rule);

/* Feature indices for the gap after token i (after ew_split_push(i)).
 * Returns the count (<= EW_SPLIT_MAXF). */
size_t ew_split_features(const ew_text_tok *t, size_t n, size_t i, int rule,
                         uint32_t *f, ew_split_ctx *c);

/* Score of a gap: > 0 means a boundary.  w may be NULL (rules only). */
float ew_split_gap_score(const float *w, const uint32_t *f, size_t nf, int rule);

/* The compiled-in weights (EW_SPLIT_DIM floats), or NULL when none were
 * trained in.  Thread-safe, built once. */
const float *ew_split_weights(void);

#endif
