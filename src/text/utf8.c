/*
 * utf8.c -- UTF-8 decoding, repair and the clean text the segmenter reads.
 *
 * Design: one left-to-right pass over the original bytes.  Each source unit
 * (a code point, an invalid byte, an entity, a tag, a CR LF pair) emits zero
 * or more clean bytes, and every clean byte records the original offset of
 * its unit.  Because the map is monotone, a token [s,e) in the clean text is
 * [map[s], map[e]) in the original.  Units that emit nothing (soft hyphen,
 * zero-width space, BOM) simply fold into the span of the token before them.
 *
 * Output size: only invalid bytes grow (1 byte -> 3 bytes of U+FFFD); every
 * other unit emits at most as many bytes as it consumes, so a first counting
 * pass over invalid bytes bounds the buffer exactly enough.
 */
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

size_t ew_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp, int *invalid)
{
    unsigned c = s[0];
    *invalid = 0;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; v = c & 0x07; min = 0x10000; }
    else goto bad;
    if (len < n)
        goto bad;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            goto bad;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        goto bad;
    *cp = v;
    return n;
bad:
    *cp = EW_UTF8_REPLACEMENT;
    *invalid = 1;
    return 1;
}

size_t ew_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ---- cleaning state ---------------------------------------------------- */

typedef struct cleaner {
    const unsigned char *in;
    size_t len, pos;
    ew_utf8_clean *out;
    size_t comment_end;   /* offset of the next "-->" at or after pos (cache), SIZE_MAX: none */
    int comment_known;
} cleaner;

static void emit(cleaner *c, const char *bytes, size_t n, size_t orig)
{
    for (size_t i = 0; i < n; i++) {
        c->out->text[c->out->len] = bytes[i];
        c->out->map[c->out->len++] = (uint32_t)orig;
    }
}

static void emit_cp(cleaner *c, uint32_t cp, size_t orig)
{
    char buf[4];
    emit(c, buf, ew_utf8_encode(cp, buf), orig);
}

/* ---- entities ---------------------------------------------------------- */

static const struct { const char *name; uint32_t cp; } entity_names[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", ' '}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"hellip", 0x2026}, {"laquo", 0x00AB}, {"raquo", 0x00BB},
    {"euro", 0x20AC}, {"pound", 0x00A3}, {"copy", 0x00A9}, {"shy", 0x00AD},
};

/* Parses "&name;" or "&#N;" / "&#xH;" at s; returns bytes consumed (0 when
 * it is not an entity) and the code point. */
static size_t parse_entity(const unsigned char *s, size_t len, uint32_t *cp)
{
    size_t i = 1;
    if (len > 2 && s[1] == '#') {
        int hex = len > 3 && (s[2] == 'x' || s[2] == 'X');
        uint32_t v = 0;
        size_t digits = 0;
        for (i = hex ? 3 : 2; i < len && i < 12; i++, digits++) {
            int d;
            if (s[i] >= '0' && s[i] <= '9') d = s[i] - '0';
            else if (hex && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f') d = (s[i] | 0x20) - 'a' + 10;
            else break;
            v = v * (hex ? 16 : 10) + (uint32_t)d;
        }
        if (!digits || i >= len || s[i] != ';')
            return 0;
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            v = EW_UTF8_REPLACEMENT;
        *cp = v;
        return i + 1;
    }
    while (i < len && i < 10 && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
        i++;
    if (i == 1 || i >= len || s[i] != ';')
        return 0;
    for (size_t k = 0; k < sizeof entity_names / sizeof entity_names[0]; k++)
        if (strlen(entity_names[k].name) == i - 1 && !strncmp((const char *)s + 1, entity_names[k].name, i - 1)) {
            *cp = entity_names[k].cp;
            return i + 1;
        }
    return 0;
}

/* ---- tags -------------------------------------------------------------- */

/* Tags that end a paragraph: they become "\n\n" so splitting breaks there. */
static const char *const block_tags[] = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "blockquote", "hr", "section", "article", "header",
    "footer", "title", "dd", "dt", "pre", "figure", "figcaption", "body", "html", "head",
};
/* Inline tags: blanked to one space. */
static const char *const inline_tags[] = {
    "a", "b", "i", "u", "em", "strong", "span", "font", "img", "sup", "sub",
    "small", "big", "code", "td", "th", "abbr", "cite", "q", "s", "strike",
    "tt", "meta", "link", "script", "style", "tbody", "thead", "center", "nobr", "wbr",
};

static int tag_in(const char *const *list, size_t n, const unsigned char *name, size_t len)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(list[k]) == len && !strncasecmp((const char *)name, list[k], len))
            return 1;
    return 0;
}

/* Recognises "<tag ...>", "</tag>", "<tag/>" or "<!-- ... -->" at s.
 * Returns bytes consumed (0: not markup, keep the '<' as text); *block is
 * set for paragraph-ending tags.  Bounded look-ahead keeps this linear. */
/* "<!-- ... -->" at c->pos: the end is found with one forward search that
 * is cached, so a text full of unclosed "<!--" stays linear. */
static size_t parse_comment(cleaner *c)
{
    size_t from = c->pos + 4;
    if (!c->comment_known || (c->comment_end != SIZE_MAX && c->comment_end < from)) {
        const void *e = memmem(c->in + from, c->len - from, "-->", 3);
        c->comment_end = e ? (size_t)((const unsigned char *)e - c->in) : SIZE_MAX;
        c->comment_known = 1;
    }
    if (c->comment_end == SIZE_MAX || c->comment_end - c->pos > 4096)
        return 0;
    return c->comment_end + 3 - c->pos;
}

static size_t parse_tag(const unsigned char *s, size_t len, int *block)
{
    *block = 0;
    size_t i = 1;
    if (i < len && s[i] == '/')
        i++;
    size_t name = i;
    while (i < len && i < 16 && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
        i++;
    if (i < len && i < 16 && s[i] >= '1' && s[i] <= '6')
        i++;
    size_t nlen = i - name;
    if (!nlen || i >= len || !(s[i] == '>' || s[i] == ' ' || s[i] == '/' || s[i] == '\t' || s[i] == '\n'))
        return 0;
    if (tag_in(block_tags, sizeof block_tags / sizeof *block_tags, s + name, nlen))
        *block = 1;
    else if (!tag_in(inline_tags, sizeof inline_tags / sizeof *inline_tags, s + name, nlen))
        return 0;
    for (; i < len && i < 512; i++) {
        if (s[i] == '>')
            return i + 1;
        if (s[i] == '<')
            return 0;
    }
    return 0;
}

/* ---- code points -------------------------------------------------------- */

/* Emits the clean form of one decoded code point. */
static void clean_cp(cleaner *c, uint32_t cp, size_t orig, size_t n)
{
    if (cp == '\t' || cp == ' ')
        emit(c, " ", 1, orig);
    else if (cp == '\n' || cp == 0x0B || cp == 0x85 || cp == 0x2028)
        emit(c, "\n", 1, orig);
    else if (cp == '\f' || cp == 0x2029)
        emit(c, "\n\n", n >= 2 ? 2 : 1, orig);
    else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
        emit(c, " ", 1, orig);
        c->out->controls++;
    } else if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
               cp == 0x202F || cp == 0x205F || cp == 0x3000)
        emit(c, " ", 1, orig);
    else if (cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF)
        ; /* invisible: folds into the neighbouring token's span */
    else if (n == 1)
        emit(c, (const char *)c->in + orig, 1, orig);
    else
        emit(c, (const char *)c->in + orig, n, orig);
}

/* One source unit starting at c->pos. */
static void clean_unit(cleaner *c)
{
    const unsigned char *s = c->in + c->pos;
    size_t rest = c->len - c->pos, orig = c->pos;
    if (s[0] == '&') {
        uint32_t cp;
        size_t n = parse_entity(s, rest, &cp);
        if (n) {
            c->out->entities++;
            c->pos += n;
            if (cp == 0xA0 || cp == ' ')
                emit(c, " ", 1, orig);
            else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
                emit(c, " ", 1, orig);
            else if (cp != 0xAD)
                emit_cp(c, cp, orig);
            return;
        }
    } else if (s[0] == '<') {
        int block = 0;
        size_t n = (rest >= 4 && !memcmp(s, "<!--", 4)) ? parse_comment(c) : parse_tag(s, rest, &block);
        if (n) {
            c->out->tags++;
            c->pos += n;
            emit(c, block ? "\n\n" : " ", block ? 2 : 1, orig);
            return;
        }
    } else if (s[0] == '\r') {
        c->pos += (rest > 1 && s[1] == '\n') ? 2 : 1;
        emit(c, "\n", 1, orig);
        return;
    }
    uint32_t cp;
    int bad;
    size_t n = ew_utf8_decode(s, rest, &cp, &bad);
    c->pos += n;
    if (bad) {
        c->out->invalid++;
        emit_cp(c, EW_UTF8_REPLACEMENT, orig);
    } else {
        clean_cp(c, cp, orig, n);
    }
}

static size_t count_invalid(const unsigned char *s, size_t len)
{
    size_t bad = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        int inv;
        i += ew_utf8_decode(s + i, len - i, &cp, &inv);
        bad += (size_t)inv;
    }
    return bad;
}

int ew_utf8_clean_text(const char *in, size_t len, ew_utf8_clean *out, ew_arena *a)
{
    memset(out, 0, sizeof *out);
    if (len >= UINT32_MAX || (!in && len)) {
        out->text = ew_arena_strdup(a, "");
        out->map = ew_arena_calloc(a, 1, sizeof *out->map);
        return -1;
    }
    size_t cap = len + 2 * count_invalid((const unsigned char *)in, len) + 1;
    out->text = ew_arena_alloc(a, cap);
    out->map = ew_arena_alloc(a, cap * sizeof *out->map);
    cleaner c = {.in = (const unsigned char *)in, .len = len, .out = out};
    while (c.pos < len) {
        /* fast path for plain ASCII text, the bulk of any news feed */
        unsigned char b = c.in[c.pos];
        if (b >= 0x20 && b < 0x7F && b != '&' && b != '<') {
            out->text[out->len] = (char)b;
            out->map[out->len++] = (uint32_t)c.pos++;
            continue;
        }
        clean_unit(&c);
    }
    out->text[out->len] = '\0';
    out->map[out->len] = (uint32_t)len;
    return 0;
}

/* ---- classes ------------------------------------------------------------ */

int ew_utf8_is_alpha(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)cp);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME);
}

int ew_utf8_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)cp);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

int ew_utf8_is_lower(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

int ew_utf8_is_digit(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)cp);
    return k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO;
}

int ew_utf8_is_alnum(uint32_t cp)
{
    return ew_utf8_is_alpha(cp) || ew_utf8_is_digit(cp);
}

const char *ew_utf8_nfc(const char *s, size_t n, ew_arena *a)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n)
        return ew_arena_strndup(a, s, n);
    utf8proc_uint8_t *d = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &d,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (r < 0) {
        free(d);
        return ew_arena_strndup(a, s, n);
    }
    const char *copy = ew_arena_strndup(a, (const char *)d, (size_t)r);
    free(d);
    return copy;
}
