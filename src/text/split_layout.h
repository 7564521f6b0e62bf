/*
 * split_layout.h -- one document in the other layouts plain text comes in,
 * with every byte offset kept, for training and scoring the splitter.
 *
 * Documents rebuilt from UD gold separate paragraphs by a blank line, and
 * a blank line always ends a sentence.  Real input often has paragraphs
 * separated by a single line break (JSON Lines news), or lines hard-wrapped
 * mid-sentence (e-mail, plain-text files).  A splitter trained only on the
 * first layout learns that a line break is rare and treats the other two
 * badly; training on all three teaches it what a line break means.
 *
 * Each rewrite replaces one whitespace byte by another, so the gold end
 * offsets of the original stay valid.  Ownership: the caller's buffer,
 * rewritten in place.  No errors.
 */
#ifndef EW_TEXT_SPLIT_LAYOUT_H
#define EW_TEXT_SPLIT_LAYOUT_H

#include <stddef.h>

typedef enum ew_split_layout {
    EW_LAYOUT_BLANK = 0,   /* as rebuilt: paragraphs separated by a blank line */
    EW_LAYOUT_LINES,       /* paragraphs separated by one line break */
    EW_LAYOUT_WRAP,        /* blank lines kept, lines hard-wrapped at `width` columns */
} ew_split_layout;

/* Rewrites buf[0..len) into layout `how` (width: columns for EW_LAYOUT_WRAP). */
void ew_split_relayout(char *buf, size_t len, ew_split_layout how, size_t width);

#endif
