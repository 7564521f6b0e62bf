/*
 * ptb_rules.h -- internal to the Penn Treebank converter (ptb_*.c): phrase
 * categories, word classes and head choice.  Not a public interface.
 */
#ifndef EW_IO_PTB_RULES_H
#define EW_IO_PTB_RULES_H

#include <stddef.h>

#include "io/ptb.h"

/* True when the node's category (label without function tags: "NP-SBJ-1"
 * and "NP=2" are NP, "-LRB-" stays whole) is `cat`. */
int ew_ptb_cat_is(const ew_ptb_node *n, const char *cat);
/* True when the category is one of a space-separated list. */
int ew_ptb_cat_in(const ew_ptb_node *n, const char *list);
/* True when `word` equals one of a space-separated list, ignoring case. */
int ew_ptb_word_in(const char *word, const char *list);

int ew_ptb_is_punct(const ew_ptb_node *n);
int ew_ptb_is_be(const char *word);      /* forms of "be" */
int ew_ptb_is_neg(const char *word);     /* not, n't, never */
/* Clause, nominal phrase and verb-tag predicates on categories. */
int ew_ptb_is_clause(const ew_ptb_node *n);   /* S SQ SINV SBARQ SBAR VP FRAG */
int ew_ptb_is_nominal(const ew_ptb_node *n);  /* NP NML NX WHNP NAC + PRP/NN* */
int ew_ptb_is_verbtag(const ew_ptb_node *n);  /* VB* MD TO preterminals */

/* Index of the kid that heads n (content heads, UD style: the noun in a PP,
 * the clause in an SBAR, the main verb under auxiliaries, the predicate of
 * a copula, the first conjunct of a coordination).  n has >= 1 kid. */
int ew_ptb_head_kid(const ew_ptb_node *n);

/* Index of the first conjunct when n is a coordination (X CC Y), else -1. */
int ew_ptb_coord_first(const ew_ptb_node *n);

/* Index of the reported clause when n is "S , NP VP" with a fronted clause
 * ("X happened, an official said"): UD makes the report the head and the
 * speech verb its parataxis.  Else -1. */
int ew_ptb_reported_kid(const ew_ptb_node *n);

/* Index of the copula kid when n is a VP whose head is a non-verbal
 * predicate ("is (NP a port)"), else -1. */
int ew_ptb_copula_kid(const ew_ptb_node *n);

/* ew_ptb_align (span alignment) is public: see io/ptb.h. */

#endif
