/*
 * parse_features.h -- feature templates of the dependency parser (internal).
 *
 * Features are 64-bit hashes of (template id, values); the weight tables
 * index them by their top bits.  Nothing is allocated: callers pass an
 * array of EW_PFEAT_TRANS_MAX / EW_PFEAT_LABEL_MAX slots.
 *
 * Transition features follow Zhang & Nivre (2011), transposed to
 * arc-hybrid: s1 plays the part of the head of s0, b0 only has left
 * children.  Label features describe the arc being built: dependent,
 * head, direction, distance, the dependent's (complete) children and the
 * head's children so far.  Both add word-cluster path prefixes
 * (clusters.h; Koo, Carreras & Collins 2008) of the words involved.
 */
#ifndef EW_NLP_PARSE_FEATURES_H
#define EW_NLP_PARSE_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "nlp/parser_state.h"

#define EW_PFEAT_TRANS_MAX 144
#define EW_PFEAT_LABEL_MAX 64

/* Fills f with the transition features of st; returns how many. */
size_t ew_pfeat_trans(const ew_pstate *st, uint64_t *f);

/* Fills f with the label features of the arc head -> dep; returns how many. */
size_t ew_pfeat_label(const ew_pstate *st, int dep, int head, uint64_t *f);

/* Hash of a word form, lower-cased with digits folded to 0, so "1984" and
 * "2024" share weights and sentence-initial capitals do not split words. */
uint64_t ew_pfeat_word(const char *form);

/* Hash of the last three letters (lower-cased) of words longer than
 * three letters; shorter words get their whole form's hash. */
uint64_t ew_pfeat_suffix(const char *form);

/* Hash of a tag string (NULL gives the "unknown" value). */
uint64_t ew_pfeat_tag(const char *tag);

/* Values of the sentinel positions. */
#define EW_PFEAT_NULL 0x6e756c6cULL
#define EW_PFEAT_ROOT 0x726f6f74ULL

#endif
