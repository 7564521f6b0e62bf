/*
 * dateline.c -- recognising "PLACE, Date (Agency) -" at a story's start.
 *
 * A small hand-written matcher rather than a regex library: the grammar is
 * tiny, it must run before tokenizing, and it must never look further than
 * EW_DATELINE_MAX bytes so that a document that does not start with a
 * dateline costs nothing.
 */
#include "text/dateline.h"

#include <string.h>

#include "text/utf8.h"

#define EW_DATELINE_MAX 160

typedef struct cur {
    const char *s;
    size_t len, p;
} cur;

static uint32_t peek(const cur *c, size_t *n)
{
    int bad;
    uint32_t cp;
    if (c->p >= c->len) {
        *n = 0;
        return 0;
    }
    *n = ew_utf8_decode((const unsigned char *)c->s + c->p, c->len - c->p, &cp, &bad);
    return cp;
}

static void skip_spaces(cur *c)
{
    while (c->p < c->len && c->s[c->p] == ' ')
        c->p++;
}

/* One place word: letters (upper only when caps_only) with . ' - inside.
 * Returns 1 when a word was read. */
static int place_word(cur *c, int caps_only)
{
    size_t start = c->p, n, letters = 0;
    for (;;) {
        uint32_t cp = peek(c, &n);
        if (n == 0)
            break;
        if (ew_utf8_is_upper(cp)) {
            letters++;
        } else if (ew_utf8_is_lower(cp)) {
            if (caps_only || c->p == start)
                return c->p = start, 0;
            letters++;
        } else if (!(letters && (cp == '.' || cp == '\'' || cp == '-' || cp == 0x2019))) {
            break;
        }
        c->p += n;
    }
    if (letters == 0 || (caps_only && c->p - start < 2 && letters < 2))
        return c->p = start, 0;
    return 1;
}

/* Place: one to four words.  Returns the number of words. */
static int place(cur *c, int caps_only)
{
    int words = 0;
    size_t after_word = c->p;
    while (words < 4) {
        size_t start = c->p;
        if (words > 0) {
            /* another word needs exactly one space before it */
            if (c->p >= c->len || c->s[c->p] != ' ')
                break;
            c->p++;
        }
        if (!place_word(c, caps_only)) {
            c->p = start;
            break;
        }
        words++;
        after_word = c->p;
        if (c->s[c->p - 1] == '.')
            break;   /* "ASTANA." ends the place */
    }
    c->p = after_word;
    return words;
}

/* ", part" with letters, digits, spaces and '.' only ("Dec 4", "Kazakhstan"). */
static int comma_part(cur *c)
{
    size_t save = c->p;
    if (c->p + 1 < c->len && c->s[c->p] == ',' && c->s[c->p + 1] == ' ')
        c->p += 2;
    else if (c->p > 0 && c->p < c->len && c->s[c->p - 1] == '.' && c->s[c->p] == ' ')
        c->p += 1;   /* Kazinform style: "ASTANA. November 27. KAZINFORM -" */
    else
        return 0;
    size_t start = c->p, n;
    for (;;) {
        uint32_t cp = peek(c, &n);
        if (n == 0 || !(ew_utf8_is_alnum(cp) || cp == ' ' || cp == '.'))
            break;
        c->p += n;
    }
    while (c->p > start && c->s[c->p - 1] == ' ')
        c->p--;
    if (c->p == start || c->p - start > 40)
        return c->p = save, 0;
    return 1;
}

/* "(Agency)" */
static int agency(cur *c)
{
    size_t save = c->p;
    skip_spaces(c);
    if (c->p >= c->len || c->s[c->p] != '(')
        return c->p = save, 0;
    const char *close = memchr(c->s + c->p, ')', c->len - c->p);
    if (!close || close - (c->s + c->p) > 40 || close - (c->s + c->p) < 2)
        return c->p = save, 0;
    c->p = (size_t)(close - c->s) + 1;
    return 1;
}

/* "-", "--", en dash or em dash, followed by a space. */
static int dash(cur *c)
{
    skip_spaces(c);
    size_t n;
    uint32_t cp = peek(c, &n);
    if (cp == '-') {
        c->p++;
        if (c->p < c->len && c->s[c->p] == '-')
            c->p++;
    } else if (cp == 0x2013 || cp == 0x2014) {
        c->p += n;
    } else {
        return 0;
    }
    return c->p < c->len && (c->s[c->p] == ' ' || c->s[c->p] == '\n');
}

/* Does s[0..n) hold a digit or a word of at least 4 capitals (KAZINFORM)? */
static int date_or_agency(const char *s, size_t n)
{
    size_t caps = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
        caps = (s[i] >= 'A' && s[i] <= 'Z') ? caps + 1 : 0;
        if (caps >= 4)
            return 1;
    }
    return 0;
}

static int try_match(const char *s, size_t len, int caps_only, ew_dateline *d)
{
    cur c = {s, len, 0};
    while (c.p < c.len && (s[c.p] == ' ' || s[c.p] == '\n'))
        c.p++;
    d->place_start = c.p;
    if (!place(&c, caps_only))
        return 0;
    d->place_end = c.p;
    int dotted = s[c.p - 1] == '.';
    if (dotted) {
        /* "ASTANA. ..." -- the period ends the place; "U.S." does not */
        d->place_end--;
        if (d->place_end - d->place_start < 3 || !caps_only ||
            memchr(s + d->place_start, '.', d->place_end - d->place_start))
            return 0;
    }
    int parts = 0;
    while (parts < 3 && comma_part(&c))
        parts++;
    int has_agency = agency(&c);
    if (!caps_only && !has_agency)
        return 0;
    size_t before_dash = c.p;
    if (!dash(&c))
        return 0;
    /* "NATO. The alliance - ..." is a sentence, not a dateline: the
     * period form needs a date or an agency in capitals before the dash */
    if (dotted && !has_agency && !date_or_agency(s + d->place_end, before_dash - d->place_end))
        return 0;
    d->end = c.p;
    return 1;
}

int ew_text_dateline(const char *s, size_t len, ew_dateline *d)
{
    if (len > EW_DATELINE_MAX)
        len = EW_DATELINE_MAX;
    return try_match(s, len, 1, d) || try_match(s, len, 0, d);
}
