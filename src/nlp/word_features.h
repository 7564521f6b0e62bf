/*
 * word_features.h -- per-word hashes shared by the tagger and lemmatizer
 * (internal to src/nlp).
 *
 * A word is looked at once: its normalised form (ASCII lower-case, digits
 * folded to '0', so "1984"/"2024" and "The"/"the" share weights), its
 * prefixes, suffixes and shape ("Obama" -> "Xx", "U.S." -> "X.X.") are
 * hashed into an ew_winfo, and feature templates combine those hashes.
 * Nothing is allocated.
 */
#ifndef EW_NLP_WORD_FEATURES_H
#define EW_NLP_WORD_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#define EW_WORD_MAX 64      /* bytes of a word looked at; longer words are cut */
#define EW_WSUF 5           /* suffixes 1..EW_WSUF */

typedef struct ew_winfo {
    uint64_t exact;         /* the form as written */
    uint64_t norm;          /* normalised form */
    uint64_t suf[EW_WSUF];  /* suf[k]: last k+1 bytes of the normalised form */
    uint64_t pre1, pre3;
    uint64_t shape;
    uint64_t clus;          /* word-cluster code (clusters.h), 0 = none; set by
                             * the caller, ew_winfo_make leaves it 0 */
    uint8_t upper_first;    /* first byte is an ASCII capital */
    uint8_t len;            /* bytes, capped at 255 */
} ew_winfo;

/* Fills w from form (NUL-terminated UTF-8). */
void ew_winfo_make(ew_winfo *w, const char *form);

/* Hash of the normalised form: equals ew_winfo.norm (the key of the
 * cluster model, clusters.h). */
uint64_t ew_word_norm_hash(const char *form);

/* A sentinel word (sentence start/end padding). */
void ew_winfo_sentinel(ew_winfo *w, uint64_t which);

/* Normalises form into buf (size >= EW_WORD_MAX + 1); returns the length. */
size_t ew_word_norm(const char *form, char *buf);

/* Feature = template id mixed with one or two values. */
static inline uint64_t ew_wf_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

static inline uint64_t ew_wf1(uint32_t tmpl, uint64_t a)
{
    return ew_wf_mix(a ^ ((uint64_t)tmpl * 0x9E3779B97F4A7C15ULL));
}

static inline uint64_t ew_wf2(uint32_t tmpl, uint64_t a, uint64_t b)
{
    return ew_wf_mix(ew_wf1(tmpl, a) ^ (b * 0xD6E8FEB86659FD93ULL));
}

#endif
