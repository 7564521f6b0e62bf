/*
 * split_model.c -- features, scores and the compiled-in weights of the
 * sentence-boundary perceptron (see split_model.h).
 *
 * Features are strings hashed (FNV-1a) into EW_SPLIT_DIM buckets: no
 * vocabulary to store, no allocation per gap.  The weights ship as sparse
 * (index, value) pairs and are expanded into a dense table once.
 */
#include "text/split_model.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "text/mail.h"
#include "text/sentence.h"

/* Bias the rule decision carries: the model must outweigh it to disagree. */
#define EW_SPLIT_RULE_PRIOR 1.0f

typedef struct split_weight {
    uint32_t index;
    float value;
} split_weight;

static const split_weight sparse_weights[] = {
#include "text/split_weights.inc"
};

static float dense[EW_SPLIT_DIM];
static pthread_once_t dense_once = PTHREAD_ONCE_INIT;
static int have_weights;

static void expand(void)
{
    size_t n = sizeof sparse_weights / sizeof sparse_weights[0];
    for (size_t i = 0; i < n; i++)
        if (sparse_weights[i].index < EW_SPLIT_DIM) {
            dense[sparse_weights[i].index] = sparse_weights[i].value;
            have_weights = 1;
        }
}

const float *ew_split_weights(void)
{
    pthread_once(&dense_once, expand);
    return have_weights ? dense : NULL;
}

/* ---- features ------------------------------------------------------------ */

static uint32_t fnv(uint32_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* murmur3 finaliser: spreads combined hashes over the table */
static uint32_t mix(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

static uint32_t feat(uint32_t tmpl, uint32_t a, uint32_t b, uint32_t c)
{
    return mix(tmpl * 0x9E3779B1u + a * 0x85EBCA77u + (b ^ (c * 0x27D4EB2Fu)) * 0xC2B2AE3Du) &
           (EW_SPLIT_DIM - 1);
}

/* Word shape: X upper, x lower, d digit, u non-ASCII, other bytes as is;
 * runs collapsed, at most 4 symbols ("Xx", "X.X.", "d,d"). */
static void shape(const ew_text_tok *k, char out[8])
{
    size_t o = 0;
    char last = 0;
    for (const unsigned char *p = (const unsigned char *)k->form; *p && o < 4; p++) {
        char c = (*p >= 'A' && *p <= 'Z') ? 'X' : (*p >= 'a' && *p <= 'z') ? 'x'
               : (*p >= '0' && *p <= '9') ? 'd' : (*p >= 0x80) ? 'u' : (char)*p;
        if (c != last)
            out[o++] = c;
        last = c;
    }
    out[o] = '\0';
}

/* Hash of the lowercased form, truncated: long rare words carry little. */
static uint32_t word_hash(const ew_text_tok *k)
{
    uint32_t h = 2166136261u;
    size_t o = 0;
    for (const char *p = k->form; *p && o < 15; p++, o++)
        h = (h ^ (unsigned char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p)) * 16777619u;
    return h;
}

/* A word that makes a string of words a clause rather than a name, a
 * header or a list item: auxiliaries, common verbs, -ed forms.  Cheap and
 * rough -- the tagger runs after splitting -- but e-mail headers, sign-offs
 * and table cells have none.  Sorted by strcmp (bsearch). */
static const char *const verbs[] = {
    "'d", "'ll", "'m", "'re", "'s", "'ve", "am", "are", "be", "been", "can",
    "could", "did", "do", "does", "get", "go", "got", "had", "has", "have",
    "is", "know", "let", "like", "look", "make", "may", "might", "must",
    "need", "said", "say", "says", "see", "should", "take", "think", "thought",
    "want", "was", "were", "will", "would",
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static uint32_t verb_like(const ew_text_tok *k)
{
    if (!k->lower && k->form[0] != '\'')
        return 0;
    size_t len = strlen(k->form);
    if (len > 4 && !strcmp(k->form + len - 2, "ed"))
        return 1;
    return bsearch(&k->form, verbs, sizeof verbs / sizeof *verbs, sizeof *verbs, cmp_str) != NULL;
}

static const ew_split_tokhash *tokhash(ew_split_ctx *c, const ew_text_tok *t, size_t i)
{
    ew_split_tokhash *h = &c->ring[i & 3];
    if (h->valid && h->index == i)
        return h;
    char sh[8];
    shape(&t[i], sh);
    h->index = i;
    h->valid = 1;
    h->word = word_hash(&t[i]);
    h->shape = fnv(2166136261u, sh);
    h->starter = (uint32_t)(t[i].upper && ew_text_is_starter(t[i].form)); /* starters are capitalised */
    h->verb = verb_like(&t[i]);
    return h;
}

static uint32_t bucket(size_t v)
{
    return v <= 1 ? (uint32_t)v : v <= 2 ? 2 : v <= 4 ? 3 : v <= 8 ? 4
         : v <= 16 ? 5 : v <= 32 ? 6 : 7;
}

/* Tracks the brackets of the current sentence (see ew_split_scored()). */
static void track_brackets(ew_split_ctx *c, const ew_text_tok *t, size_t i)
{
    if (t[i].breaks_before >= 2)
        c->depth = 0;   /* a bracket left open does not outlive its paragraph */
    char ch = t[i].form[0];
    /* a bracket typed as one: space before, none after ("(", not ":(") */
    int opens = t[i].kind == EW_TOK_OPEN && (ch == '(' || ch == '[') && !t[i].form[1] &&
                !t[i].space_after && (i == 0 || t[i - 1].space_after);
    if (opens) {
        if (c->depth++ == 0) {
            c->open_at = i;
            c->open_since = c->since;
            /* an insertion follows a word; "done. [4]" is a citation */
            c->open_after_word = i > 0 && (t[i - 1].kind == EW_TOK_WORD || t[i - 1].kind == EW_TOK_NUM);
        }
    } else if (t[i].kind == EW_TOK_CLOSE && (ch == ')' || ch == ']') && c->depth > 0) {
        if (--c->depth == 0) {
            c->closed_at = i + 1;
            /* square brackets only: "(see file.doc) Regards" is often the
             * end of a line typed without a full stop */
            c->closed_plain = ch == ']' && t[i - 1].kind != EW_TOK_END && c->open_after_word;
        }
    }
}

void ew_split_push(ew_split_ctx *c, const ew_text_tok *t, size_t i)
{
    if (c->since == 0)
        c->first = word_hash(&t[i]);
    track_brackets(c, t, i);
    c->since++;
    c->lowers += t[i].lower;
    if (!c->verbs)   /* only "has one" is a feature: stop looking once found */
        c->verbs = verb_like(&t[i]);
}

void ew_split_cut(ew_split_ctx *c)
{
    c->since = 0;
    c->lowers = c->verbs = 0;
    c->depth = 0;
    c->closed_at = 0;
}

/* Brings [line_start, line_end) to the line of token i.  Gaps are visited
 * in order, so every token is looked at a bounded number of times. */
static void find_line(ew_split_ctx *c, const ew_text_tok *t, size_t n, size_t i)
{
    if (c->line_end > i && c->line_seen)
        return;
    size_t k = c->line_seen ? c->line_end : 0;
    c->line_start = k;
    for (; k <= i; k++)
        if (k > 0 && t[k].breaks_before)
            c->line_start = k;
    while (k < n && !t[k].breaks_before)
        k++;
    c->line_end = k;
    c->line_seen = 1;
}

/* Is the line [a, i] wider than text is ever hard-wrapped (80 columns,
 * counted in bytes)?  Finer classes would learn the training wrap width. */
static uint32_t line_width(const ew_text_tok *t, size_t a, size_t i)
{
    return t[i].end - t[a].start > 80;
}

size_t ew_split_features(const ew_text_tok *t, size_t n, size_t i, int rule,
                         uint32_t *f, ew_split_ctx *c)
{
    const uint32_t NONE = 0x5A5A5A5Au, END = 0xA5A5A5A5u;   /* no token there */
    const ew_split_tokhash *h0 = tokhash(c, t, i), *h1 = tokhash(c, t, i + 1);
    uint32_t w0 = h0->word, s0 = h0->shape, w1 = h1->word, s1 = h1->shape;
    uint32_t wp = NONE, sp = NONE, s2 = END, w2 = END;
    if (i > 0 && !t[i].breaks_before) {
        const ew_split_tokhash *hp = tokhash(c, t, i - 1);
        wp = hp->word;
        sp = hp->shape;
    }
    if (i + 2 < n && !t[i + 2].breaks_before) {
        const ew_split_tokhash *h2 = tokhash(c, t, i + 2);
        s2 = h2->shape;
        w2 = h2->word;
    }
    find_line(c, t, n, i);
    uint32_t k0 = t[i].kind, k1 = t[i + 1].kind, r = (uint32_t)rule;
    uint32_t lb = t[i + 1].breaks_before, sb = bucket(c->since);
    uint32_t pos = bucket(i + 1 - c->line_start), left = bucket(c->line_end - i - 1);
    uint32_t vb = c->verbs ? 1 : 0, lw = bucket(c->lowers);
    size_t m = 0;
    f[m++] = feat(0, 0, 0, 0);
    f[m++] = feat(1, r, lb, 0);
    f[m++] = feat(2, k0, k1, lb);
    f[m++] = feat(3, r, k0, 0);
    f[m++] = feat(4, w0, 0, 0);
    f[m++] = feat(5, w1, 0, 0);
    f[m++] = feat(6, s0, s1, lb);
    f[m++] = feat(7, w0, s1, 0);
    f[m++] = feat(8, s0, w1, 0);
    f[m++] = feat(9, wp, w0, 0);
    f[m++] = feat(10, sp, s0, s1);
    f[m++] = feat(11, s0, s1, s2);
    f[m++] = feat(12, sb, s1, 0);
    f[m++] = feat(13, h1->starter, k0, 0);
    f[m++] = feat(14, r, s1, 0);
    f[m++] = feat(15, w0, w1, 0);
    f[m++] = feat(16, r, w1, 0);
    f[m++] = feat(17, w1, w2, 0);
    f[m++] = feat(18, lb, w0, 0);
    f[m++] = feat(19, lb, w1, 0);
    f[m++] = feat(20, lb, pos, s1);
    f[m++] = feat(21, lb, left, s0);
    f[m++] = feat(22, c->first, sb, 0);
    f[m++] = feat(23, vb, lw, s1);
    f[m++] = feat(24, vb, lb, k0);
    f[m++] = feat(25, vb, sb, s1);
    f[m++] = feat(26, c->first, w1, 0);
    f[m++] = feat(27, s0, w1, w2);
    f[m++] = feat(28, r, vb, h1->verb);
    /* a line longer than any hard-wrap width is a paragraph of its own:
     * its line break ends it, even without a full stop */
    if (lb)
        f[m++] = feat(29, line_width(t, c->line_start, i), k0, s1);
    return m;
}

/* A full stop, '!' or '?' (possibly followed by a closing quote or
 * bracket) before a word that is not lowercase: in news nearly always a
 * boundary, and the rules already said so. */
static int firm_end(const ew_text_tok *t, size_t i, int rule)
{
    if (!rule || t[i + 1].lower)
        return 0;
    if (t[i].kind == EW_TOK_END)
        return 1;
    if (t[i].form[0] == ']' && i >= 3 && ew_text_citation_len(t, i + 1, i - 2) == 3 &&
        (t[i - 3].kind == EW_TOK_END || t[i - 3].kind == EW_TOK_CLOSE))
        return 1;   /* "1805.[6] He": the rules moved the end past the mark */
    return i > 0 && t[i - 1].kind == EW_TOK_END &&
           (t[i].kind == EW_TOK_CLOSE || t[i].kind == EW_TOK_QUOTE);
}

/* A full stop before a reference mark: the mark belongs to its sentence. */
static int before_citation(const ew_text_tok *t, size_t n, size_t i)
{
    return (t[i].kind == EW_TOK_END || t[i].kind == EW_TOK_CLOSE) &&
           ew_text_citation_len(t, n, i + 1) > 0;
}

/* An abbreviation inside a date or a name ("Gen. Petrov", "Dec. 4",
 * "Jan. 2005", "U.S. Sen."): the tokenizer's lists know better. */
static int firm_abbrev(const ew_text_tok *t, size_t i)
{
    switch (t[i].kind) {
    case EW_TOK_TITLE: case EW_TOK_MONTH:
        return 1;
    case EW_TOK_ABBR:
        switch (t[i + 1].kind) {
        case EW_TOK_MONTH: case EW_TOK_NUM: case EW_TOK_TITLE: case EW_TOK_ABBR:
            return 1;
        default:
            return 0;
        }
    default:
        return 0;
    }
}

int ew_split_candidate(const ew_text_tok *t, size_t n, size_t i, int rule)
{
    if (i + 1 >= n || t[i + 1].breaks_before >= 2)
        return 0;
    if (firm_end(t, i, rule) || firm_abbrev(t, i) || before_citation(t, n, i))
        return 0;
    if (rule && ((t[i].form[0] == ',' && ew_text_signoff_end(t, n, i)) ||
                 ew_text_stamp_end(t, n, i) || ew_text_date_line_end(t, n, i)))
        return 0;   /* mail.h, sentence.h: sign-offs, header stamps, date lines */
    if (rule || t[i + 1].breaks_before)
        return 1;
    if (!t[i].space_after)
        return 0;
    if (t[i + 1].lower && (t[i].kind == EW_TOK_WORD || t[i].form[0] == ',' || t[i].form[0] == ';'))
        return 0;
    return 1;
}

float ew_split_gap_score(const float *w, const uint32_t *f, size_t nf, int rule)
{
    float s = rule ? EW_SPLIT_RULE_PRIOR : -EW_SPLIT_RULE_PRIOR;
    if (w)
        for (size_t k = 0; k < nf; k++)
            s += w[f[k]];
    return s;
}

/* An insertion longer than this is more likely an unclosed bracket. */
#define EW_SPLIT_MAX_INSERT 40

int ew_split_scored(const ew_split_ctx *c, const ew_text_tok *t, size_t n, size_t i, int rule)
{
    if (!ew_split_candidate(t, n, i, rule))
        return 0;
    if (rule || t[i + 1].breaks_before)
        return 1;   /* only boundaries the rules did not make are held back */
    if (c->depth > 0 && c->open_since > 0 && i - c->open_at < EW_SPLIT_MAX_INSERT)
        return 0;
    return !(c->closed_at == i + 1 && c->closed_plain);
}
