/*
 * geo_internal.h -- the steps of geocode.c shared between its files:
 * recognising candidate mentions in one sentence (recognize.c) and
 * resolving a mention against the gazetteer with document context
 * (resolve.c).  Not a public interface.
 */
#ifndef EW_GEO_INTERNAL_H
#define EW_GEO_INTERNAL_H

#include "geo/geocode.h"

#define EW_GEO_MAX_CAND 256     /* candidates considered per name */
#define EW_GEO_MAX_NGRAM 6      /* longest name, in tokens */

/* Document context: weight per country (alpha-2 as index 0..675). */
typedef struct ew_geo_context {
    float w[26 * 26];
    int dateline_cc;            /* index of the dateline's country, -1 none */
} ew_geo_context;

int ew_geo_cc_index(const char *cc);

/* Appends the candidate mentions of sentence si of seg to out (grown in a;
 * *cap is its capacity).  Mentions are unresolved (place NULL). */
void ew_geo_scan_sentence(const ew_gazetteer *g, const ew_sentence *s, size_t si,
                          ew_arena *a, ew_geo_doc *out, size_t *cap);

/* Appends one zeroed mention to out, growing its array in a (*cap is the
 * capacity; earlier mention pointers may move). */
ew_geo_mention *ew_geo_push_mention(ew_arena *a, ew_geo_doc *out, size_t *cap);

/* Resolves m->key against the gazetteer (m->want and m->role restrict the
 * kinds); ctx may be NULL.  Sets place, confidence, margin and the
 * facts ew_geo_why reports. */
void ew_geo_resolve(const ew_gazetteer *g, const ew_geo_context *ctx, ew_geo_mention *m);

/* 1 when every candidate of m->key lies in one country (an unambiguous
 * mention that may serve as context for the others). */
int ew_geo_one_country(const ew_gazetteer *g, const ew_geo_mention *m);

/* 0 when a resolved mention is too weak to keep: a bare small place, a
 * village "speaking" for a government. */
int ew_geo_plausible(const ew_geo_mention *m);

#endif
