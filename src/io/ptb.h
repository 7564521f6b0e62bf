/*
 * ptb.h -- Penn Treebank bracketed trees, and their conversion into the
 * dependency form every other stage uses (core/sentence.h).
 *
 *   ew_ptb_parse()   "(ROOT (S (NP (NNP Arnor)) (VP ...)))" -> node tree
 *   ew_ptb_to_sentence()  node tree -> ew_sentence with UD v2 relations,
 *                    chosen by head rules (Collins/de Marneffe style):
 *                    nsubj, nsubj:pass, obl:agent, obj, iobj, obl, nmod,
 *                    case, advmod:neg, conj, cc, appos, ccomp, xcomp,
 *                    compound, amod, det, aux, aux:pass, cop, mark, ...
 *
 * The sentence keeps a pointer to the constituency tree (ew_sentence.ptb) so
 * a coder may also consult phrase boundaries.
 *
 * Ownership: everything in the arena passed in.  Malformed input (unbalanced
 * brackets, empty labels, too deep) returns NULL and reports through diag.
 *
 * Reader details: nesting is limited to 400 levels (iterative reader, no C
 * stack use); words are unescaped (-LRB- -> "(", `` and '' -> '"', \/ -> /)
 * while labels keep their Penn spelling; -NONE- empty elements and the
 * phrases they leave empty are dropped; an unlabelled outer bracket
 * "( (S ...) )" becomes ROOT; one tree per call (trailing text is an error).
 * The converter's choices and their agreement with UDPipe are documented in
 * tests/io/README.md.
 */
#ifndef EW_IO_PTB_H
#define EW_IO_PTB_H

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"

typedef struct ew_ptb_node {
    const char *label;               /* "NP", "VBD"; function tags kept ("NP-SBJ") */
    const char *word;                /* leaves (preterminals) only, else NULL */
    struct ew_ptb_node **kids;
    int nkids;
    int first, last;                 /* token index range covered (0-based, inclusive) */
    int head;                        /* 0-based token index of the lexical head */
    int head_kid;                    /* index in kids[] of the heading child (UD
                                      * content heads), -1 for preterminals */
} ew_ptb_node;

ew_ptb_node *ew_ptb_parse(const char *text, ew_arena *arena, ew_diag *diag,
                          const char *file, long line, const char *record);

/* Builds the dependency sentence.  `text` (may be NULL) is the raw sentence:
 * when given, token byte spans are aligned to it.  Also fills `head` and
 * `head_kid` on every node of the tree (first/last are set by the reader);
 * the sentence's `ptb` points at the tree. */
ew_sentence *ew_ptb_to_sentence(const ew_ptb_node *root, const char *text,
                                ew_arena *arena, ew_diag *diag);

/* Sets tok[i].start/end to the byte span of tok[i].form in `text` (NUL-
 * terminated).  Knows Penn's rewritings: quotes (`` '' for any of " “ ” '),
 * brackets (for ( [ {), "--" and "..." variants, split contractions
 * ("ca" + "n't").  Scans left to right with a small slack; a token that
 * cannot be found gets start = end = 0 and does not move the cursor.
 * Never fails; forms must be non-NULL. */
void ew_ptb_align(ew_token *tok, size_t n, const char *text);

#endif
