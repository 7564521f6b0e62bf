/*
 * tokenize.c -- the news tokenizer (see tokenize.h for the conventions).
 *
 * Design: the text is cut at whitespace into chunks; each chunk is peeled
 * left to right into URLs, words (with their internal connectors: 1,000.5,
 * U.S, well-known, don't, AT&T) and punctuation.  A word followed by '.'
 * keeps the period when it is an abbreviation, an initial or a dotted form;
 * contractions and possessives are split off the end of a word.  Every
 * look-ahead is bounded or consumed right after, so the whole pass is
 * linear; the URL/e-mail test runs at most once per chunk for that reason.
 */
#include "text/tokenize.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/utf8.h"

typedef struct tk {
    const char *s;
    size_t len;
    ew_text_toks *out;
    ew_arena *a;
    unsigned breaks;   /* newlines seen since the last token */
} tk;

/* ---- abbreviations ------------------------------------------------------ */

typedef struct abbrev {
    const char *w;
    uint8_t kind;      /* ew_tok_kind */
    uint8_t numeric;   /* abbreviation only before a number ("No. 2") */
} abbrev;

/* Sorted by strcmp (bsearch). */
static const abbrev abbrevs[] = {
    {"Adm", EW_TOK_TITLE, 0}, {"Ala", EW_TOK_ABBR, 0}, {"Amb", EW_TOK_TITLE, 0},
    {"Apr", EW_TOK_MONTH, 0}, {"Ariz", EW_TOK_ABBR, 0}, {"Ark", EW_TOK_ABBR, 0},
    {"Art", EW_TOK_TITLE, 1}, {"Assn", EW_TOK_ABBR, 0}, {"Atty", EW_TOK_TITLE, 0},
    {"Aug", EW_TOK_MONTH, 0}, {"Ave", EW_TOK_ABBR, 0}, {"Blvd", EW_TOK_ABBR, 0},
    {"Brig", EW_TOK_TITLE, 0}, {"Bros", EW_TOK_ABBR, 0}, {"Calif", EW_TOK_ABBR, 0},
    {"Capt", EW_TOK_TITLE, 0}, {"Cdr", EW_TOK_TITLE, 0}, {"Cmdr", EW_TOK_TITLE, 0},
    {"Co", EW_TOK_ABBR, 0}, {"Col", EW_TOK_TITLE, 0}, {"Colo", EW_TOK_ABBR, 0},
    {"Conn", EW_TOK_ABBR, 0}, {"Corp", EW_TOK_ABBR, 0}, {"Cpl", EW_TOK_TITLE, 0},
    {"Dec", EW_TOK_MONTH, 0}, {"Del", EW_TOK_ABBR, 0}, {"Dept", EW_TOK_ABBR, 0},
    {"Dr", EW_TOK_TITLE, 0}, {"Drs", EW_TOK_TITLE, 0}, {"Feb", EW_TOK_MONTH, 0},
    {"Fig", EW_TOK_TITLE, 1}, {"Fla", EW_TOK_ABBR, 0}, {"Fr", EW_TOK_TITLE, 0},
    {"Ft", EW_TOK_TITLE, 0}, {"Ga", EW_TOK_ABBR, 0}, {"Gen", EW_TOK_TITLE, 0},
    {"Gov", EW_TOK_TITLE, 0}, {"Hon", EW_TOK_TITLE, 0}, {"Ill", EW_TOK_ABBR, 0},
    {"Inc", EW_TOK_ABBR, 0}, {"Ind", EW_TOK_ABBR, 0}, {"Insp", EW_TOK_TITLE, 0},
    {"Jan", EW_TOK_MONTH, 0}, {"Jr", EW_TOK_ABBR, 0}, {"Jul", EW_TOK_MONTH, 0},
    {"Jun", EW_TOK_MONTH, 0}, {"Kan", EW_TOK_ABBR, 0}, {"Kans", EW_TOK_ABBR, 0},
    {"Ky", EW_TOK_ABBR, 0}, {"La", EW_TOK_ABBR, 0}, {"Lt", EW_TOK_TITLE, 0},
    {"Ltd", EW_TOK_ABBR, 0}, {"Maj", EW_TOK_TITLE, 0}, {"Mar", EW_TOK_MONTH, 0},
    {"Mass", EW_TOK_ABBR, 0}, {"Md", EW_TOK_ABBR, 0}, {"Messrs", EW_TOK_TITLE, 0},
    {"Mich", EW_TOK_ABBR, 0}, {"Minn", EW_TOK_ABBR, 0}, {"Miss", EW_TOK_ABBR, 0},
    {"Mlle", EW_TOK_TITLE, 0}, {"Mme", EW_TOK_TITLE, 0}, {"Mo", EW_TOK_ABBR, 0},
    {"Mont", EW_TOK_ABBR, 0}, {"Mr", EW_TOK_TITLE, 0}, {"Mrs", EW_TOK_TITLE, 0},
    {"Ms", EW_TOK_TITLE, 0}, {"Msgr", EW_TOK_TITLE, 0}, {"Mt", EW_TOK_TITLE, 0},
    {"Neb", EW_TOK_ABBR, 0}, {"Nev", EW_TOK_ABBR, 0}, {"No", EW_TOK_TITLE, 1},
    {"Nos", EW_TOK_TITLE, 1}, {"Nov", EW_TOK_MONTH, 0}, {"Oct", EW_TOK_MONTH, 0},
    {"Okla", EW_TOK_ABBR, 0}, {"Ore", EW_TOK_ABBR, 0}, {"Pa", EW_TOK_ABBR, 0},
    {"Pfc", EW_TOK_TITLE, 0}, {"Pres", EW_TOK_TITLE, 0}, {"Prof", EW_TOK_TITLE, 0},
    {"Pvt", EW_TOK_TITLE, 0}, {"Rd", EW_TOK_ABBR, 0}, {"Rep", EW_TOK_TITLE, 0},
    {"Reps", EW_TOK_TITLE, 0}, {"Rev", EW_TOK_TITLE, 0}, {"Rt", EW_TOK_TITLE, 0},
    {"Sen", EW_TOK_TITLE, 0}, {"Sens", EW_TOK_TITLE, 0}, {"Sep", EW_TOK_MONTH, 0},
    {"Sept", EW_TOK_MONTH, 0}, {"Sgt", EW_TOK_TITLE, 0}, {"Sr", EW_TOK_ABBR, 0},
    {"St", EW_TOK_TITLE, 0}, {"Ste", EW_TOK_TITLE, 0}, {"Supt", EW_TOK_TITLE, 0},
    {"Tenn", EW_TOK_ABBR, 0}, {"Tex", EW_TOK_ABBR, 0}, {"Univ", EW_TOK_ABBR, 0},
    {"Va", EW_TOK_ABBR, 0}, {"Vol", EW_TOK_TITLE, 1}, {"Vt", EW_TOK_ABBR, 0},
    {"Wash", EW_TOK_ABBR, 0}, {"Wis", EW_TOK_ABBR, 0}, {"Wyo", EW_TOK_ABBR, 0},
    {"al", EW_TOK_ABBR, 0}, {"approx", EW_TOK_ABBR, 0}, {"cf", EW_TOK_TITLE, 0},
    {"dept", EW_TOK_ABBR, 0}, {"esp", EW_TOK_ABBR, 0}, {"est", EW_TOK_ABBR, 0},
    {"etc", EW_TOK_ABBR, 0}, {"fig", EW_TOK_TITLE, 1}, {"no", EW_TOK_TITLE, 1},
    {"nos", EW_TOK_TITLE, 1}, {"pp", EW_TOK_TITLE, 1}, {"st", EW_TOK_TITLE, 0},
    {"v", EW_TOK_TITLE, 0}, {"vol", EW_TOK_TITLE, 1}, {"vs", EW_TOK_TITLE, 0},
};

typedef struct key { const char *w; size_t n; } key;

static int abbrev_cmp(const void *k, const void *e)
{
    const key *kk = k;
    const char *w = ((const abbrev *)e)->w;
    size_t wn = strlen(w), m = kk->n < wn ? kk->n : wn;
    int c = strncmp(kk->w, w, m);
    if (c)
        return c;
    return (kk->n > wn) - (kk->n < wn);
}

static const abbrev *abbrev_find(const char *w, size_t n)
{
    if (n == 0 || n > 6)
        return NULL;
    key k = {w, n};
    return bsearch(&k, abbrevs, sizeof abbrevs / sizeof abbrevs[0], sizeof abbrevs[0], abbrev_cmp);
}

ew_tok_kind ew_text_abbrev_class(const char *w, size_t n)
{
    const abbrev *ab = abbrev_find(w, n);
    return ab ? (ew_tok_kind)ab->kind : EW_TOK_WORD;
}

/* ---- helpers ------------------------------------------------------------ */

static uint32_t cp_at(const tk *t, size_t i, size_t *n)
{
    unsigned char b = (unsigned char)t->s[i];
    if (b < 0x80) {
        *n = 1;
        return b;
    }
    uint32_t cp;
    int bad;
    *n = ew_utf8_decode((const unsigned char *)t->s + i, t->len - i, &cp, &bad);
    return cp;
}

static int is_space(char c)
{
    return c == ' ' || c == '\n';
}

static void push(tk *t, size_t start, size_t end, ew_tok_kind kind)
{
    ew_text_toks *o = t->out;
    if (o->n == o->cap) {
        size_t cap = o->cap ? 2 * o->cap : 256;
        ew_text_tok *v = ew_arena_alloc(t->a, cap * sizeof *v);
        if (o->n)
            memcpy(v, o->v, o->n * sizeof *v);
        o->v = v;
        o->cap = cap;
    }
    ew_text_tok *k = &o->v[o->n++];
    size_t n;
    uint32_t first = cp_at(t, start, &n);
    k->form = ew_utf8_nfc(t->s + start, end - start, t->a);
    k->start = (uint32_t)start;
    k->end = (uint32_t)end;
    k->kind = (uint8_t)kind;
    k->space_after = end >= t->len || is_space(t->s[end]);
    k->breaks_before = (uint8_t)(t->breaks > 2 ? 2 : t->breaks);
    k->upper = (uint8_t)ew_utf8_is_upper(first);
    k->lower = (uint8_t)ew_utf8_is_lower(first);
    t->breaks = 0;
}

/* ---- URLs and e-mail ---------------------------------------------------- */

static int url_char(unsigned char c)
{
    return c > 0x20 && c != '<' && c != '>' && c != '"';
}

static int url_scheme(const char *s, size_t n)
{
    char c0 = (char)(s[0] | 0x20);
    if (c0 != 'h' && c0 != 'f' && c0 != 'w')
        return 0;   /* cheap filter: this runs once per whitespace chunk */
    return (n > 7 && !strncasecmp(s, "http://", 7)) || (n > 8 && !strncasecmp(s, "https://", 8)) ||
           (n > 6 && !strncasecmp(s, "ftp://", 6)) || (n > 4 && !strncasecmp(s, "www.", 4));
}

/* Length of a URL or e-mail address starting at p (0 if none).  Trailing
 * sentence punctuation and an unbalanced ')' are left out. */
static size_t url_at(const tk *t, size_t p, size_t e)
{
    const char *s = t->s + p;
    size_t n = e - p, i = 0;
    if (n < 5)
        return 0;
    if (url_scheme(s, n)) {
        while (i < n && url_char((unsigned char)s[i]))
            i++;
    } else {
        size_t at = 0, dot = 0;
        for (i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == '@' && !at && i > 0) at = i;
            else if (c == '.' && at && i > at + 1) dot = i;
            else if (!(c < 0x80 && (ew_utf8_is_alnum(c) || strchr("._%+-", c))))
                break;
        }
        if (!at || !dot)
            return 0;
    }
    int opens = 0;
    for (size_t k = 0; k < i; k++)
        opens += s[k] == '(';
    while (i > 0 && (strchr(".,;:!?'\"]}", s[i - 1]) || (s[i - 1] == ')' && !opens)))
        i--;
    return i > 4 ? i : 0;
}

/* ---- words -------------------------------------------------------------- */

/* ASCII letters and digits, answered from a table: the hot loop. */
static const uint8_t ascii_alnum[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};

static size_t alnum_run(const tk *t, size_t p, size_t e)
{
    size_t q = p, n;
    for (;;) {
        while (q < e && (unsigned char)t->s[q] < 0x80 && ascii_alnum[(unsigned char)t->s[q]])
            q++;
        if (q >= e || (unsigned char)t->s[q] < 0x80 || !ew_utf8_is_alnum(cp_at(t, q, &n)))
            break;
        q += n;
    }
    return q - p;
}

static int is_tld(const char *s, size_t n)
{
    static const char *const tld[] = {"com", "org", "net", "gov", "edu", "int", "info", "io", "uk", "ru", "kz", "mil"};
    for (size_t k = 0; k < sizeof tld / sizeof *tld; k++)
        if (strlen(tld[k]) == n && !strncmp(s, tld[k], n))
            return 1;
    return 0;
}

/* Apostrophe at q (ASCII ' or U+2019)?  Returns its byte length or 0. */
static size_t apos_len(const tk *t, size_t q, size_t e)
{
    if (q < e && t->s[q] == '\'')
        return 1;
    if (q + 2 < e && !memcmp(t->s + q, "\xE2\x80\x99", 3))
        return 3;
    return 0;
}

/* Does the connector at q (after alnum segment of `seg` bytes) join the
 * word with what follows?  Returns the connector length or 0. */
static size_t connector(const tk *t, size_t q, size_t e, size_t seg, size_t word_start)
{
    char c = t->s[q];
    size_t n, al = apos_len(t, q, e);
    if (al && q + al < e && ew_utf8_is_alpha(cp_at(t, q + al, &n)))
        return al;
    if (q + 1 >= e)
        return 0;
    uint32_t prev = (unsigned char)t->s[q - 1], next = cp_at(t, q + 1, &n);
    int pd = prev >= '0' && prev <= '9', nd = next >= '0' && next <= '9';
    switch (c) {
    case '-': case '/': case '_':
        return ew_utf8_is_alnum(next) ? 1 : 0;
    case ':':
        return pd && nd;
    case ',':
        return pd && nd && alnum_run(t, q + 1, e) == 3;
    case '&':
        return prev >= 'A' && prev <= 'Z' && next >= 'A' && next <= 'Z';
    case '.': {
        if (pd && nd)
            return 1;
        if (!ew_utf8_is_alpha(next))
            return 0;
        size_t after = alnum_run(t, q + 1, e);
        if (is_tld(t->s + q + 1, after) && q - word_start >= 2)
            return 1;
        if (seg <= 3 && after <= 2)
            return 1;          /* U.S  e.g  Ph.D  a.m */
        /* file names, newsgroups, domains: "report.doc", "alt.animals";
         * but a missing space between sentences, "end.The", is not one */
        return !(ew_utf8_is_lower((unsigned char)t->s[q - 1]) && ew_utf8_is_upper(next) &&
                 q + 2 < e && ew_utf8_is_lower((unsigned char)t->s[q + 2]));
    }
    default:
        return 0;
    }
}

/* Splits a contraction or possessive off the end of word [p,q). */
static void push_word(tk *t, size_t p, size_t q, int has_apos)
{
    const char *w = t->s + p;
    size_t n = q - p;
    ew_tok_kind kind = (w[0] >= '0' && w[0] <= '9') ? EW_TOK_NUM : EW_TOK_WORD;
    static const struct { const char *w; size_t len, cut; } fused[] = {
        {"cannot", 6, 3}, {"gonna", 5, 3}, {"gotta", 5, 3}, {"wanna", 5, 3},
    };
    if (n == 5 || n == 6)
        for (size_t k = 0; k < sizeof fused / sizeof *fused; k++)
            if (fused[k].len == n && !strncasecmp(w, fused[k].w, n)) {
                push(t, p, p + fused[k].cut, EW_TOK_WORD);
                push(t, p + fused[k].cut, q, EW_TOK_WORD);
                return;
            }
    if (!has_apos) {
        push(t, p, q, kind);
        return;
    }
    /* n't: "don't" -> do n't, "can't" -> ca n't */
    for (size_t al = 1; al <= 3; al += 2) {
        if (n > al + 2 && (w[n - al - 2] | 0x20) == 'n' && (w[n - 1] | 0x20) == 't' &&
            apos_len(t, q - 1 - al, q) == al) {
            push(t, p, q - al - 2, EW_TOK_WORD);
            push(t, q - al - 2, q, EW_TOK_WORD);
            return;
        }
    }
    static const char *const clitic[] = {"s", "re", "ve", "ll", "d", "m"};
    for (size_t k = 0; k < sizeof clitic / sizeof *clitic; k++) {
        size_t cl = strlen(clitic[k]);
        for (size_t al = 1; al <= 3; al += 2) {
            if (n > cl + al && !strncasecmp(w + n - cl, clitic[k], cl) &&
                apos_len(t, q - cl - al, q) == al) {
                push(t, p, q - cl - al, kind);
                push(t, q - cl - al, q, EW_TOK_WORD);
                return;
            }
        }
    }
    push(t, p, q, kind);
}

/* Should word [p,q) keep the '.' at q? Returns the token kind, or
 * EW_TOK_WORD when the period is separate punctuation. */
static ew_tok_kind period_kind(const tk *t, size_t p, size_t q, size_t e, int dotted)
{
    if (q + 1 < e && t->s[q + 1] == '.')
        return EW_TOK_WORD;        /* "..." follows: an ellipsis, not an abbreviation */
    unsigned char last = (unsigned char)t->s[q - 1];
    if (dotted && !(last >= '0' && last <= '9'))
        return EW_TOK_ABBR;        /* U.S.  e.g.  Ph.D. */
    if (q - p == 1 && last >= 'A' && last <= 'Z')
        return EW_TOK_ABBR;        /* initial */
    const abbrev *ab = abbrev_find(t->s + p, q - p);
    if (!ab)
        return EW_TOK_WORD;
    if (ab->numeric) {
        size_t r = q + 1;
        while (r < t->len && t->s[r] == ' ')
            r++;
        if (r >= t->len || t->s[r] < '0' || t->s[r] > '9')
            return EW_TOK_WORD;
    }
    return (ew_tok_kind)ab->kind;
}

/* Scans the word starting at p; returns where the next piece starts. */
static size_t word(tk *t, size_t p, size_t e)
{
    size_t q = p;
    int dotted = 0, has_apos = 0;
    for (;;) {
        size_t seg = alnum_run(t, q, e);
        q += seg;
        if (q >= e)
            break;
        size_t c = connector(t, q, e, seg, p);
        if (!c)
            break;
        dotted |= t->s[q] == '.' && !(t->s[q - 1] >= '0' && t->s[q - 1] <= '9');
        has_apos |= t->s[q] == '\'' || (unsigned char)t->s[q] == 0xE2;
        q += c;
    }
    if (q < e && t->s[q] == '.') {
        ew_tok_kind k = period_kind(t, p, q, e, dotted);
        if (k != EW_TOK_WORD) {
            push(t, p, q + 1, k);
            return q + 1;
        }
    }
    push_word(t, p, q, has_apos);
    return q;
}

/* ---- punctuation -------------------------------------------------------- */

static int is_end_cp(uint32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static ew_tok_kind punct_kind(uint32_t c)
{
    switch (c) {
    case '(': case '[': case '{': case 0x201C: case 0x2018: case 0xAB: case 0x201E: case '`':
        return EW_TOK_OPEN;
    case ')': case ']': case '}': case 0x201D: case 0x2019: case 0xBB:
        return EW_TOK_CLOSE;
    case '"': case '\'':
        return EW_TOK_QUOTE;
    case ',': case ';': case ':': case '-': case 0x2013: case 0x2014: case 0x2012: case 0x2015:
        return EW_TOK_PUNCT;
    default:
        return EW_TOK_SYM;
    }
}

/* One punctuation token at p: runs of sentence enders or of one repeated
 * character ("--", "**", "``") stay together. */
static size_t punct(tk *t, size_t p, size_t e)
{
    size_t n, q = p;
    uint32_t c = cp_at(t, p, &n);
    if (is_end_cp(c)) {
        while (q < e && is_end_cp(cp_at(t, q, &n)))
            q += n;
        push(t, p, q, EW_TOK_END);
        return q;
    }
    ew_tok_kind k = punct_kind(c);
    q += n;
    if (k == EW_TOK_SYM || k == EW_TOK_PUNCT || c == '`') {
        size_t m;
        while (q < e && cp_at(t, q, &m) == c)
            q += m;
    }
    if (k == EW_TOK_SYM && ew_utf8_is_alnum(c))
        k = EW_TOK_WORD;
    push(t, p, q, k);
    return q;
}

static void chunk(tk *t, size_t p, size_t e)
{
    int tried_url = 0;
    while (p < e) {
        size_t n;
        uint32_t c = cp_at(t, p, &n);
        if (ew_utf8_is_alnum(c)) {
            if (!tried_url) {
                tried_url = 1;
                size_t u = url_at(t, p, e);
                if (u) {
                    push(t, p, p + u, EW_TOK_URL);
                    p += u;
                    continue;
                }
            }
            p = word(t, p, e);
        } else {
            p = punct(t, p, e);
        }
    }
}

void ew_text_tokenize(const char *s, size_t len, ew_text_toks *out, ew_arena *a)
{
    tk t = {s, len, out, a, 0};
    size_t i = 0;
    while (i < len) {
        if (s[i] == ' ') {
            i++;
        } else if (s[i] == '\n') {
            t.breaks++;
            i++;
        } else {
            size_t e = i;
            while (e < len && !is_space(s[e]))
                e++;
            chunk(&t, i, e);
            i = e;
        }
    }
}
