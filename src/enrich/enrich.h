/*
 * enrich.h -- what a coded event gains after coding: CAMEO root, quad class,
 * Goldstein score and PLOVER type from the reference table, and the OSCE
 * dimension and themes from the issues dictionary.
 *
 * Dimension rule (documented in docs/enrichment.md):
 *   1. issue codes found in the event's sentence carry their dimension in
 *      their prefix: PM_* politico-military, EE_* economic-environmental,
 *      HD_* human; the most frequent prefix wins, ties in that order;
 *   2. without issues, material conflict and coercion (CAMEO roots 13-20
 *      other than 14 protest) are politico-military; 14 (protest) is human;
 *   3. otherwise the dimension stays unknown (NULL) rather than guessed.
 *
 * Ownership: the enricher borrows the table and dictionary (both outlive
 * it); strings it writes into events point into them or into the arena.
 * Thread-safe: read-only after ew_enricher_init.
 */
#ifndef EW_ENRICH_ENRICH_H
#define EW_ENRICH_ENRICH_H

#include "core/arena.h"
#include "core/event.h"
#include "dict/cameo.h"
#include "dict/dict.h"

typedef struct ew_enricher {
    const ew_cameo *cameo;   /* may be NULL: then only root and dimension from issues */
    const ew_dict *dict;     /* may be NULL: no issues */
} ew_enricher;

void ew_enricher_init(ew_enricher *e, const ew_cameo *cameo, const ew_dict *dict);

/* Fills root, quad_class, goldstein, plover, issues and dimension of ev
 * from its code and the sentence text (ev->sentence, may be NULL).
 * Returns 0, or -1 when the code is not in the table (fields stay unknown). */
int ew_enrich_event(const ew_enricher *e, ew_event *ev, ew_arena *a);

/* The dimension name for an issue code prefix, or NULL. */
const char *ew_dimension_of_issue(const char *issue_code);

#endif
