/*
 * match.h -- matching one verb pattern against the words around a verb.
 *
 * The lower sequence is the verb phrase after the verb, in text order; the
 * upper sequence is the words before the verb, nearest first, up to the
 * previous clause comma.  Both hold token indices of the view, with skip
 * items and removed comma clauses already left out.
 *
 * An actor location (ew_loc) is a noun phrase or a compound group.
 */
#ifndef EW_CODE_MATCH_H
#define EW_CODE_MATCH_H

#include "code/view.h"

typedef struct ew_loc {
    int np;      /* noun phrase index, or -1 */
    int grp;     /* compound group index, or -1 (then np is -1) */
} ew_loc;

#define EW_LOC_NONE ((ew_loc){-1, -1})

static inline int ew_loc_none(ew_loc l) { return l.np < 0 && l.grp < 0; }

typedef struct ew_seq {
    int *tok;
    int n;
} ew_seq;

typedef struct ew_match {
    ew_loc src, tgt;
    int score;           /* how specific the pattern is (literal elements) */
} ew_match;

/* 1 if pattern p matches (filling *m), else 0. */
int ew_match_pattern(const ew_cview *v, const ew_pattern *p,
                     const ew_seq *upper, const ew_seq *lower, ew_match *m);

#endif
