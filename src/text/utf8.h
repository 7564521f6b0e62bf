/*
 * utf8.h -- decoding, repair and cleaning of raw document bytes.
 *
 * The segmenter never works on the raw bytes directly.  ew_utf8_clean()
 * turns them into a "clean" copy that is valid UTF-8 (invalid sequences
 * become U+FFFD), has HTML entities decoded, markup tags and control
 * characters turned into whitespace (block tags such as <p> into a
 * paragraph break "\n\n"), and only ' ' and '\n' as whitespace.  Next to it
 * sits a map from every clean byte back to the byte of the ORIGINAL text it
 * came from, so tokens found in the clean text can report original offsets.
 *
 * Ownership: everything is allocated in the caller's arena.
 * Errors: none besides length; repairs are counted, not reported (the
 * caller decides how to report them).
 */
#ifndef EW_TEXT_UTF8_H
#define EW_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define EW_UTF8_REPLACEMENT 0xFFFDu

/* Decodes one code point at s[0..len), len >= 1.  Returns the number of
 * bytes consumed (1..4).  An invalid, overlong, surrogate or truncated
 * sequence consumes exactly one byte and yields U+FFFD with *invalid = 1,
 * so a decoder that resynchronises byte by byte never skips valid text. */
size_t ew_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp, int *invalid);

/* Encodes cp (<= 0x10FFFF, not a surrogate) into out[0..4); returns length. */
size_t ew_utf8_encode(uint32_t cp, char *out);

typedef struct ew_utf8_clean {
    char *text;        /* clean text, NUL-terminated, valid UTF-8 */
    size_t len;        /* bytes in text */
    uint32_t *map;     /* len+1 entries: original offset of each clean byte; map[len] = original length */
    size_t invalid;    /* original bytes that were invalid UTF-8 (each became U+FFFD) */
    size_t entities;   /* HTML entities decoded */
    size_t tags;       /* markup tags blanked out */
    size_t controls;   /* control characters blanked out */
} ew_utf8_clean;

/* Cleans in[0..len) (see above).  len must be < UINT32_MAX; returns -1
 * (and leaves *out empty) otherwise, 0 on success.  Linear time. */
int ew_utf8_clean_text(const char *in, size_t len, ew_utf8_clean *out, ew_arena *a);

/* Original offset where the clean byte range ending at clean offset `end`
 * stops: the start of the next clean byte's source, or the original length. */
static inline uint32_t ew_utf8_orig_end(const ew_utf8_clean *c, size_t end)
{
    return c->map[end];
}

/* Code-point classes used by the tokenizer (Unicode categories through
 * utf8proc; ASCII answered without a table lookup). */
int ew_utf8_is_alpha(uint32_t cp);   /* letters and combining marks */
int ew_utf8_is_upper(uint32_t cp);   /* Lu, Lt */
int ew_utf8_is_lower(uint32_t cp);   /* Ll */
int ew_utf8_is_digit(uint32_t cp);   /* Nd, Nl, No */
int ew_utf8_is_alnum(uint32_t cp);

/* Returns a NUL-terminated NFC copy of s[0..n) in the arena.  ASCII input
 * is copied as is (the common case costs no normalisation call). */
const char *ew_utf8_nfc(const char *s, size_t n, ew_arena *a);

#endif
