/*
 * dateline.h -- the wire-story dateline at the start of a document.
 *
 * Recognises "ALMATY, Dec 4 (Kazinform) -", "KYIV (Reuters) —",
 * "WASHINGTON —", "ASTANA, Kazakhstan, Nov. 27 (AP) --",
 * "ASTANA. November 27. KAZINFORM -": a place in capitals (or in title case
 * when an agency in parentheses follows), optional parts after ", " or ". "
 * (region, country, date, agency), an optional agency in parentheses, then
 * a dash.  The dateline is not part of the first
 * sentence's clause, so the segmenter leaves its tokens out.
 *
 * Works on clean text (text/utf8.h).  No allocation; bounded look-ahead.
 */
#ifndef EW_TEXT_DATELINE_H
#define EW_TEXT_DATELINE_H

#include <stddef.h>

typedef struct ew_dateline {
    size_t place_start, place_end;  /* the place ("ALMATY") in the clean text */
    size_t end;                     /* just after the dash: where the story begins */
} ew_dateline;

/* Returns 1 and fills *d when s[0..len) starts with a dateline, else 0. */
int ew_text_dateline(const char *s, size_t len, ew_dateline *d);

#endif
