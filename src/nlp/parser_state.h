/*
 * parser_state.h -- arc-hybrid configurations, transitions and the dynamic
 * oracle (internal to the parser: parser.c, parser_train.c,
 * parse_features.c).
 *
 * Positions: words are 1..n, the artificial root is n+1 and sits at the end
 * of the buffer, 0 is the "nothing here" sentinel whose word, tag and label
 * are fixed null values (so feature code never branches on absence).
 * Transitions:
 *   SHIFT  moves b0 onto the stack (never the root);
 *   LEFT   makes b0 the head of s0 and pops s0 (with b0 = root only when s0
 *          is the last stack item, which keeps exactly one root word);
 *   RIGHT  makes s1 the head of s0 and pops s0.
 * A popped word never gets another child, so it is complete when it gets
 * its head: the label classifier may look at all its children.
 *
 * Ownership: ew_pstate_init() carves every array from one caller-supplied
 * block of ew_pstate_bytes(n) bytes; nothing is allocated here.
 */
#ifndef EW_NLP_PARSER_STATE_H
#define EW_NLP_PARSER_STATE_H

#include <stddef.h>
#include <stdint.h>

enum { EW_PT_SHIFT = 0, EW_PT_LEFT = 1, EW_PT_RIGHT = 2, EW_PT_COUNT = 3 };

/* Label id meaning "no label yet / no child"; real ids are < EW_PLAB_NONE. */
#define EW_PLAB_NONE 127

typedef struct ew_pstate {
    int n;
    const uint64_t *word;   /* [n+2] hashed normalised forms; [0] null, [n+1] root */
    const uint64_t *tag;    /* [n+2] hashed xpos */
    const uint64_t *upos;   /* [n+2] hashed upos */
    const uint64_t *suf;    /* [n+2] hashed 3-letter suffix: a tag-free hint of the word class */
    const uint64_t *clus;   /* [n+2] word-cluster code (clusters.h), 0 = none */
    int *stack, sp;         /* stack[0..sp) */
    int b;                  /* buffer front, 1..n+1 */
    int *head;              /* [n+2] 0 = none yet (words); root never gets one */
    int *lab;               /* [n+2] label id or EW_PLAB_NONE */
    int *lc1, *lc2, *rc1, *rc2; /* leftmost/second leftmost, rightmost/second rightmost child */
    int *nl, *nr;           /* number of left/right children */
    uint64_t *lset, *rset;  /* bit per label id of left/right children */
} ew_pstate;

/* Bytes needed for a sentence of n words (arrays only). */
size_t ew_pstate_bytes(int n);

/* Values per position: EW_PVALUES arrays of n+2 entries, one after the
 * other: word, tag, upos, suffix, cluster code. */
#define EW_PVALUES 5

/* Prepares the initial configuration over the value arrays (indexed
 * 0..n+1 as above) using mem (ew_pstate_bytes(n) bytes, aligned for
 * uint64_t). */
void ew_pstate_init(ew_pstate *st, int n, const uint64_t *values, void *mem);

static inline int ew_pstate_final(const ew_pstate *st)
{
    return st->sp == 0 && st->b == st->n + 1;
}

/* Bit t set when transition t is allowed. Never 0 on a non-final state. */
unsigned ew_pstate_legal(const ew_pstate *st);

/* The dependent and head that transition t (LEFT or RIGHT) would link. */
void ew_pstate_arc(const ew_pstate *st, int t, int *dep, int *head);

/* Applies legal transition t; label is used by LEFT/RIGHT. */
void ew_pstate_apply(ew_pstate *st, int t, int label);

/* Dynamic oracle (Goldberg & Nivre 2013): number of gold arcs that become
 * unreachable if transition t is taken, given gold heads gh[1..n] in the
 * same numbering (root = n+1).  Exact for projective gold trees. */
int ew_pstate_cost(const ew_pstate *st, int t, const int *gh);

#endif
