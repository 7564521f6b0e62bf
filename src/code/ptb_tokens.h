/*
 * ptb_tokens.h -- a sentence straight from a Penn tree, for coding only.
 *
 * When the input comes with Penn Treebank parses, the coder reads phrase
 * boundaries and subjects from the tree itself (view_ptb.c) and needs from
 * the sentence only its tokens: forms, tags and byte spans.  Building just
 * those skips the dependency conversion (io/ptb.h ew_ptb_to_sentence), which
 * costs about twice as much as coding.  Heads are all 0 and relations
 * "dep": callers that want the dependency tree (explain, the store, the
 * analysis stages) use ew_ptb_to_sentence instead.
 *
 * Ownership: the sentence and its tokens live in arena a; token strings
 * point into the tree.  Returns NULL for an empty tree.
 */
#ifndef EW_CODE_PTB_TOKENS_H
#define EW_CODE_PTB_TOKENS_H

#include "core/arena.h"
#include "core/sentence.h"
#include "io/ptb.h"

ew_sentence *ew_code_ptb_sentence(const ew_ptb_node *root, const char *text,
                                  ew_arena *a);

#endif
