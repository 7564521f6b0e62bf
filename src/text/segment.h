/*
 * segment.h -- raw document text -> sentences of tokens.
 *
 * Input: any bytes.  Invalid UTF-8 is replaced by U+FFFD (counted through
 * diag as warnings).  Output: sentences whose tokens carry byte offsets into
 * the ORIGINAL text (ew_sentence.text_offset + token start/end), so events
 * can point back to their words.  Tokens are UD/Penn style: possessive 's and
 * n't split off, "U.S." kept whole.  Heads are -1 (not yet parsed).
 *
 * Ownership: all output in the arena.  Linear time in the input length.
 */
#ifndef EW_TEXT_SEGMENT_H
#define EW_TEXT_SEGMENT_H

#include <stddef.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"

typedef struct ew_segmented {
    ew_sentence *sent;
    size_t n;
    const char *dateline;      /* "ALMATY, Dec 4 (Agency) -" place part when found, else NULL */
    size_t invalid_utf8;       /* bytes repaired */
} ew_segmented;

int ew_text_segment(const char *text, size_t len, ew_segmented *out,
                    ew_arena *arena, ew_diag *diag);

#endif
