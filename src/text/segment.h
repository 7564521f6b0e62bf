/*
 * segment.h -- raw document text -> sentences of tokens.
 *
 * Input: any bytes.  Invalid UTF-8 is replaced by U+FFFD (counted, and
 * reported through diag as one warning per document).  HTML entities are
 * decoded, markup tags and control characters count as whitespace (block
 * tags such as <p> as a paragraph break).  Output: sentences whose tokens
 * carry byte offsets into the ORIGINAL text: token i of sentence s covers
 * original bytes [s.text_offset + tok[i].start, s.text_offset + tok[i].end).
 * ew_sentence.text is the CLEANED text of the sentence (valid UTF-8,
 * entities decoded); it equals the original bytes whenever the original
 * was valid UTF-8 without markup or control characters -- only then do the
 * token offsets also index ew_sentence.text directly.  Token forms are NFC.
 * Tokens are UD/Penn style (text/tokenize.h): possessive 's and n't split
 * off, "U.S." kept whole.  Heads are -1 (not yet parsed), sentence ids
 * "1", "2", ... (doc_id NULL: the caller sets it).
 *
 * A dateline at the start ("ALMATY, Dec 4 (Kazinform) -") is not part of any
 * sentence: its place goes to `dateline`, its original span to
 * dateline_start/dateline_end.
 *
 * Returns 0, or -1 when the text is too large (>= 4 GiB, offsets are 32-bit;
 * reported through diag).  Empty or whitespace-only text gives n == 0.
 * Ownership: all output in the arena.  Linear time in the input length.
 */
#ifndef EW_TEXT_SEGMENT_H
#define EW_TEXT_SEGMENT_H

#include <stddef.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"
#include "text/tokenize.h"
#include "text/utf8.h"

typedef struct ew_segmented {
    ew_sentence *sent;
    size_t n;
    const char *dateline;      /* "ALMATY, Dec 4 (Agency) -" place part when found, else NULL */
    size_t invalid_utf8;       /* bytes repaired */
    uint32_t dateline_start;   /* original span of the whole dateline (place .. dash) */
    uint32_t dateline_end;     /* 0,0 when there is none */
} ew_segmented;

int ew_text_segment(const char *text, size_t len, ew_segmented *out,
                    ew_arena *arena, ew_diag *diag);

/* The steps of ew_text_segment() before sentence splitting, for tools that
 * need the token stream itself (splitter training and evaluation): clean
 * text with its offset map, all tokens, and the index of the first token
 * after the dateline (out->dateline* are filled).  Same errors and
 * ownership as ew_text_segment(). */
typedef struct ew_text_prepared {
    ew_utf8_clean clean;
    ew_text_toks toks;
    size_t first;
} ew_text_prepared;

int ew_text_prepare(const char *text, size_t len, ew_text_prepared *p, ew_segmented *out,
                    ew_arena *arena, ew_diag *diag);

#endif
