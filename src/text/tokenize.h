/*
 * tokenize.h -- clean news text -> Penn/UD-style tokens.
 *
 * Input is the clean text of ew_utf8_clean_text() (valid UTF-8, whitespace
 * only ' ' and '\n').  Output tokens carry byte spans into that clean text;
 * segment.c maps them back to the original.
 *
 * Conventions (those of UD English EWT, except where news needs otherwise):
 *   - abbreviations keep their period: Mr. Gen. Jan. U.S. e.g. J. "No." before a number;
 *   - possessive 's / ’s and contractions split: "Kazakhstan's" -> Kazakhstan 's,
 *     "don't" -> do n't, "can't" -> ca n't, "won't" -> wo n't, "cannot" -> can not;
 *   - numbers stay whole: 1,000.5  3.5 (then %)  10:30  2026-11-28  12/04;
 *   - hyphenated words stay whole (the task's choice; EWT splits them);
 *   - URLs and e-mail addresses are one token;
 *   - runs of the same sentence punctuation ("...", "?!", "!!!") are one token.
 *
 * Ownership: token array and forms in the arena.  Linear time: every byte
 * is examined a bounded number of times.
 */
#ifndef EW_TEXT_TOKENIZE_H
#define EW_TEXT_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

typedef enum ew_tok_kind {
    EW_TOK_WORD = 0,   /* letters (possibly with digits, hyphens, apostrophes) */
    EW_TOK_NUM,        /* starts with a digit */
    EW_TOK_ABBR,       /* ends in '.', may end a sentence (Inc. U.S. J.) */
    EW_TOK_TITLE,      /* ends in '.', never ends a sentence (Mr. Gen. No.) */
    EW_TOK_MONTH,      /* Jan. ... Dec. */
    EW_TOK_END,        /* . ! ? ... and runs of them */
    EW_TOK_PUNCT,      /* other punctuation */
    EW_TOK_OPEN,       /* opening quote or bracket */
    EW_TOK_CLOSE,      /* closing quote or bracket */
    EW_TOK_QUOTE,      /* straight quote " or ' : direction unknown */
    EW_TOK_URL,        /* URL or e-mail address */
    EW_TOK_SYM,        /* $ % & + etc. */
} ew_tok_kind;

typedef struct ew_text_tok {
    const char *form;       /* NUL-terminated, NFC */
    uint32_t start, end;    /* byte span in the clean text */
    uint8_t kind;           /* ew_tok_kind */
    uint8_t space_after;    /* whitespace follows in the text */
    uint8_t breaks_before;  /* newlines between the previous token and this one, capped at 2 */
    uint8_t upper;          /* first code point is an uppercase letter */
    uint8_t lower;          /* first code point is a lowercase letter */
} ew_text_tok;

typedef struct ew_text_toks {
    ew_text_tok *v;
    size_t n, cap;
} ew_text_toks;

/* Appends the tokens of s[0..len) to *out (which may start zeroed). */
void ew_text_tokenize(const char *s, size_t len, ew_text_toks *out, ew_arena *a);

/* Abbreviation class of word w[0..n) (without its period): EW_TOK_TITLE,
 * EW_TOK_MONTH, EW_TOK_ABBR, or EW_TOK_WORD when it is not one. */
ew_tok_kind ew_text_abbrev_class(const char *w, size_t n);

#endif
