/*
 * sentence.h -- where sentences end, decided over the token stream.
 *
 * Rules, in order: a blank line (paragraph break, block tag) always ends a
 * sentence; a single line break ends one after sentence punctuation or
 * after a short line (a headline); '.', '!', '?', '...' end one, together
 * with the closing quotes and brackets that follow, unless what follows
 * cannot start a sentence (a lowercase word after '!', '?' or '...', a
 * comma...); an abbreviation that may end a sentence (Inc. U.S. J.) ends
 * one only when a typical sentence-initial word follows; titles (Mr. Gen.)
 * never do.  Abbreviation periods are decided by the tokenizer, so a lone
 * "." token here is always a real full stop.  A reference mark after a
 * full stop ("1921.[3]") stays with its sentence; mail sign-offs and
 * header stamps (mail.h), a full date line after a headline and a
 * numbered item after a word end one without punctuation.
 *
 * Ownership: ends[] is the caller's.  Linear time.
 */
#ifndef EW_TEXT_SENTENCE_H
#define EW_TEXT_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokenize.h"

/* Sets ends[i] = 1 when a sentence ends after token i, else 0 (ends has n
 * entries; the last token always ends one).  Returns the sentence count.
 * Rules first, then the compiled-in perceptron (split_model.h) re-scores
 * candidate gaps, then wiki headings become segments of their own
 * (heading.h) and web-page footers are cut into labels (footer.h). */
size_t ew_text_split(const ew_text_tok *t, size_t n, uint8_t *ends);

/* The same with explicit weights (NULL: rules only) -- for training. */
size_t ew_text_split_with(const ew_text_tok *t, size_t n, uint8_t *ends, const float *w);

/* The rule pass alone. */
void ew_text_split_rules(const ew_text_tok *t, size_t n, uint8_t *ends);

/* Tokens of a reference mark starting at token j -- "[17]", "[citation
 * needed]" -- or 0.  After a full stop it belongs to the sentence before
 * it (Wikipedia and wiki news copy: "in 1805.[6] He left"), like a closing
 * quote. */
size_t ew_text_citation_len(const ew_text_tok *t, size_t n, size_t j);

/* Does a full date line ("Tuesday, September 1, 2015") start after token
 * i, which is no preposition ("on") or punctuation?  Wiki news pages put
 * one between the headline and the story, with no mark before it. */
int ew_text_date_line_end(const ew_text_tok *t, size_t n, size_t i);

/* Does a numbered list item ("2) I would like ...") start after token i,
 * a word that does not lead into the list ("are", "and", "that")?  In
 * web questions the items are sentences: "for four nights 1) what island
 * ...". */
int ew_text_list_item_end(const ew_text_tok *t, size_t n, size_t i);

/* Is form an English month name ("March")? */
int ew_text_is_month_name(const char *form);

/* Is form a word that typically opens a sentence ("The", "He", "But")? */
int ew_text_is_starter(const char *form);

#endif
