/*
 * footer.h -- web-page footers are lists of labels, not sentences.
 *
 * Wiki news pages end with a category list ("Categories: August 15, 2008
 * Canada Published North America Politics and conflicts Archived") and
 * link sections ("== Related news == * Talks postponed * Envoy recalled").
 * They carry no sentence punctuation, so neither the rules nor the
 * boundary perceptron (trained on running text) split them, and the
 * coder would read a run of country names as one clause.  Here:
 *   - a paragraph opening with "Categories:" / "Category:" is cut into
 *     one segment per label: the header, each date, each multi-word label
 *     that the list in footer.c knows ("North America", "United States"),
 *     each other capitalised word with its lowercase continuation
 *     ("Politics and conflicts", "Human rights");
 *   - a section header "Sources", "Related news", "External links",
 *     "See also" (with or without == == markup, at a line start or marked
 *     up) is a segment of its own, and each '*' item after it in the same
 *     paragraph starts a new one.
 * A sentence-final '.', '!' or '?' ends the footer: what follows is text.
 *
 * Ownership: ends[] is the caller's.  Linear time.  No errors.
 */
#ifndef EW_TEXT_FOOTER_H
#define EW_TEXT_FOOTER_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokenize.h"

/* Rewrites ends[] (1 = a sentence ends after token i) inside the footers
 * found in t[0..n); ends elsewhere are left as they are. */
void ew_text_split_footer(const ew_text_tok *t, size_t n, uint8_t *ends);

#endif
