/*
 * heading.h -- a wiki section heading is a segment of its own.
 *
 * Wiki news copy keeps its section headings as markup ("== Background ==",
 * "===Israel and Palestine===") and, once flattened to one line, runs them
 * into the sentence after them.  A heading has no sentence punctuation, so
 * neither the rules nor the boundary perceptron cut it off, and the coder
 * reads the heading's names as part of the next clause: "===Israel and
 * Palestine=== Mr Blair called on the United States ..." gave Israel and
 * Palestine as the callers (and whether Mr Blair stayed among them depended
 * on how the parser happened to hang him).  Here a pair of equal rules
 * ("==" ... "==", "===" ... "===", at most six '=') around 1 to
 * EW_HEADING_MAX_TOKS tokens with at least one word, each rule apart from
 * the text outside it (whitespace), becomes one segment: a boundary before
 * the opening rule and after the closing one, none inside.  Rules that do
 * not pair up are left to the splitter.
 *
 * Ownership: ends[] is the caller's.  Linear time.  No errors.
 */
#ifndef EW_TEXT_HEADING_H
#define EW_TEXT_HEADING_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokenize.h"

/* Longer runs between two rules are taken for text (the longest Wikinews
 * heading seen has 7 tokens). */
#define EW_HEADING_MAX_TOKS 12

/* Wiki headings have levels 2 to 6 ("==" to "======"); longer runs of '='
 * are separator lines (e-mail, plain-text reports) whose text between two of
 * them is no heading. */
#define EW_HEADING_MAX_LEVEL 6

/* 1 when t is wiki heading markup: 2 to EW_HEADING_MAX_LEVEL '=' and
 * nothing else. */
int ew_text_is_heading_rule(const ew_text_tok *t);

/* Rewrites ends[] (1 = a sentence ends after token i) around and inside
 * the headings found in t[0..n); ends elsewhere are left as they are. */
void ew_text_split_headings(const ew_text_tok *t, size_t n, uint8_t *ends);

#endif
