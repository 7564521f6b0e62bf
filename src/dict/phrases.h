/*
 * phrases.h -- word-sequence tables for actors and agents.
 *
 * Phrases are added during loading, then ew_phrases_build() sorts them into
 * a compressed index by first word: for a symbol s, the phrases starting with
 * s sit contiguously, longest first, then in file order.  So the first phrase
 * that matches at a position is the longest, and ties go to the earlier line,
 * which is the rule PETRARCH users expect.
 *
 * Ownership: the table owns its arrays (heap); phrase words and payloads
 * belong to the caller (the dictionary arena).
 */
#ifndef EW_DICT_PHRASES_H
#define EW_DICT_PHRASES_H

#include <stddef.h>
#include <stdint.h>

typedef struct ew_phrase {
    const uint32_t *w;      /* symbols */
    const uint8_t *joined;  /* joined[k]: w[k] must directly follow w[k-1]; NULL = all joined */
    uint16_t n;
    uint32_t order;         /* insertion order, for stable ties */
    const void *payload;
} ew_phrase;

typedef struct ew_phrases {
    ew_phrase *v;
    size_t n, cap;
    uint32_t *first;        /* first[s]..first[s+1]: phrases starting with s (after build) */
    uint32_t nsym;
} ew_phrases;

void ew_phrases_init(ew_phrases *t);
void ew_phrases_add(ew_phrases *t, const uint32_t *w, const uint8_t *joined,
                    uint16_t n, const void *payload);
/* nsym: number of symbols in the symbol table (ids are < nsym). */
void ew_phrases_build(ew_phrases *t, uint32_t nsym);
void ew_phrases_free(ew_phrases *t);

/* Longest phrase matching words[start..]; non-joined elements may skip up to
 * max_gap intervening words in total.  Returns the phrase or NULL; *len =
 * words spanned. */
const ew_phrase *ew_phrases_match(const ew_phrases *t, const uint32_t *words,
                                  size_t n, size_t start, size_t max_gap,
                                  size_t *len);

/* All phrases that begin with symbol s: *count receives how many. */
const ew_phrase *ew_phrases_starting(const ew_phrases *t, uint32_t s, size_t *count);

#endif
