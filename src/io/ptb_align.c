/*
 * ptb_align.c -- byte spans of Penn tokens inside the raw sentence.
 *
 * Parsers rewrite what they read: quotes become `` and '', brackets
 * -LRB-, "can't" is split into "ca" + "n't", and sometimes words are
 * normalised beyond recognition.  The aligner walks the text left to right
 * with one cursor and tries the form and its known spellings at the cursor,
 * then a little further on (parsers also drop characters).  A token that
 * cannot be found keeps start=end=0 and the cursor stays put, so one odd
 * token never throws off the ones after it.
 */
#include "io/ptb_rules.h"

#include <string.h>

/* How far past the cursor a token may start (dropped characters, odd
 * spacing).  Small, so a repeated word is not matched a clause later. */
#define EW_ALIGN_SLACK 12

/* Other spellings a token may have in the raw text. */
static const char *const quote_alts[] = {"\"", "``", "''", "\xe2\x80\x9c", "\xe2\x80\x9d",
                                         "'", "\xe2\x80\x98", "\xe2\x80\x99", NULL};
static const char *const lrb_alts[] = {"(", "[", "{", NULL};
static const char *const rrb_alts[] = {")", "]", "}", NULL};
static const char *const dash_alts[] = {"--", "\xe2\x80\x94", "\xe2\x80\x93", "-", NULL};
static const char *const dots_alts[] = {"...", "\xe2\x80\xa6", ". . .", NULL};

static const char *const *alternatives(const char *form)
{
    if (!strcmp(form, "\"") || !strcmp(form, "`") || !strcmp(form, "'")
        || !strcmp(form, "``") || !strcmp(form, "''"))
        return quote_alts;
    if (!strcmp(form, "(") || !strcmp(form, "[") || !strcmp(form, "{"))
        return lrb_alts;
    if (!strcmp(form, ")") || !strcmp(form, "]") || !strcmp(form, "}"))
        return rrb_alts;
    if (!strcmp(form, "--"))
        return dash_alts;
    if (!strcmp(form, "..."))
        return dots_alts;
    return NULL;
}

/* Length of the spelling of `form` that starts at p, or 0. */
static size_t match_at(const char *p, const char *form)
{
    size_t n = strlen(form);
    if (n && strncmp(p, form, n) == 0)
        return n;
    /* "n't" also appears with a typographic apostrophe */
    if (form[0] == 'n' && !strcmp(form, "n't") && !strncmp(p, "n\xe2\x80\x99t", 5))
        return 5;
    const char *const *alt = alternatives(form);
    for (; alt && *alt; alt++) {
        size_t m = strlen(*alt);
        if (strncmp(p, *alt, m) == 0)
            return m;
    }
    return 0;
}

void ew_ptb_align(ew_token *tok, size_t n, const char *text)
{
    size_t len = strlen(text), cur = 0;
    for (size_t i = 0; i < n; i++) {
        tok[i].start = tok[i].end = 0;
        while (cur < len && (text[cur] == ' ' || text[cur] == '\t'
                             || text[cur] == '\n' || text[cur] == '\r'))
            cur++;
        if (!tok[i].form || !tok[i].form[0])
            continue;
        for (size_t k = 0; k <= EW_ALIGN_SLACK && cur + k < len; k++) {
            size_t m = match_at(text + cur + k, tok[i].form);
            if (m) {
                tok[i].start = (uint32_t)(cur + k);
                tok[i].end = (uint32_t)(cur + k + m);
                cur += k + m;
                break;
            }
        }
    }
}
