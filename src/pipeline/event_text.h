/*
 * event_text.h -- the words of an event's source and target, from its tokens.
 *
 * Token offsets index the ORIGINAL document (text/segment.h), while
 * ew_sentence.text is the CLEANED sentence (entities decoded, markup
 * blanked).  The coder cuts an actor's words out of the sentence text by
 * token offsets, which is right only when the two agree: after a "&quot;"
 * every later cut is five bytes off ("ov told" for "Karimov told") and may
 * split a UTF-8 sequence.  The pipeline rewrites each side's text from the
 * forms of the tokens its span covers, joined by a blank where the
 * original had space.  Spans are unchanged.
 *
 * Errors: none.  Ownership: new texts in arena a.
 */
#ifndef EW_PIPELINE_EVENT_TEXT_H
#define EW_PIPELINE_EVENT_TEXT_H

#include <stddef.h>

#include "core/arena.h"
#include "core/event.h"
#include "core/sentence.h"

/* Rewrites source.text and target.text of events [first, out->n). */
void ew_pipeline_event_texts(const ew_sentence *s, ew_event_list *out, size_t first,
                             ew_arena *a);

#endif
