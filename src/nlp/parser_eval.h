/*
 * parser_eval.h -- scoring a parser on sentences already in memory
 * (internal: training reports dev scores through it).
 */
#ifndef EW_NLP_PARSER_EVAL_H
#define EW_NLP_PARSER_EVAL_H

#include <stddef.h>

#include "nlp/parser.h"

/* Parses copies of sent[0..nsent) (the gold trees are left untouched) and
 * fills out. */
void ew_parser_eval_corpus(const ew_parser *p, const ew_sentence *sent,
                           size_t nsent, ew_parser_scores *out);

#endif
