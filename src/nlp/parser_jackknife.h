/*
 * parser_jackknife.h -- jackknifed part-of-speech tags for parser training
 * (internal to parser_train.c; see parser_jackknife.c for why).
 */
#ifndef EW_NLP_PARSER_JACKKNIFE_H
#define EW_NLP_PARSER_JACKKNIFE_H

#include <stddef.h>

#include "core/arena.h"
#include "core/sentence.h"
#include "nlp/tagger.h"

/* Replaces upos/xpos of s[0..n) by the predictions of taggers trained on
 * the other folds (folds >= 2; fewer leaves the tags alone), each trained
 * with topts (NULL: defaults; e.g. the word clusters).  New xpos
 * strings live in arena a.  Returns a tagger trained on all of s (before
 * retagging), for tagging the dev set; the caller frees it. */
ew_tagger *ew_parser_jackknife(ew_sentence *s, size_t n, int folds, ew_arena *a,
                               const ew_tagger_opts *topts);

#endif
