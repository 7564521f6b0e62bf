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
#include <string.h>

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
    return h;
}

static uint32_t since_bucket(size_t since)
{
    return since <= 1 ? 1 : since <= 2 ? 2 : since <= 4 ? 3 : since <= 8 ? 4
         : since <= 16 ? 5 : since <= 32 ? 6 : 7;
}

size_t ew_split_features(const ew_text_tok *t, size_t n, size_t i, int rule, size_t since,
                         uint32_t *f, ew_split_ctx *c)
{
    const uint32_t NONE = 0x5A5A5A5Au, END = 0xA5A5A5A5u;   /* no token there */
    const ew_split_tokhash *h0 = tokhash(c, t, i), *h1 = tokhash(c, t, i + 1);
    uint32_t w0 = h0->word, s0 = h0->shape, w1 = h1->word, s1 = h1->shape;
    uint32_t wp = NONE, sp = NONE, s2 = END;
    if (i > 0 && !t[i].breaks_before) {
        const ew_split_tokhash *hp = tokhash(c, t, i - 1);
        wp = hp->word;
        sp = hp->shape;
    }
    if (i + 2 < n && !t[i + 2].breaks_before)
        s2 = tokhash(c, t, i + 2)->shape;
    uint32_t k0 = t[i].kind, k1 = t[i + 1].kind, r = (uint32_t)rule;
    size_t m = 0;
    f[m++] = feat(0, 0, 0, 0);
    f[m++] = feat(1, r, 0, 0);
    f[m++] = feat(2, k0, k1, 0);
    f[m++] = feat(3, r, k0, 0);
    f[m++] = feat(4, w0, 0, 0);
    f[m++] = feat(5, w1, 0, 0);
    f[m++] = feat(6, s0, s1, 0);
    f[m++] = feat(7, w0, s1, 0);
    f[m++] = feat(8, s0, w1, 0);
    f[m++] = feat(9, wp, w0, 0);
    f[m++] = feat(10, sp, s0, s1);
    f[m++] = feat(11, s0, s1, s2);
    f[m++] = feat(12, since_bucket(since), s1, 0);
    f[m++] = feat(13, h1->starter, k0, 0);
    f[m++] = feat(14, r, s1, 0);
    f[m++] = feat(15, w0, w1, 0);
    f[m++] = feat(16, r, w1, 0);
    return m;
}

int ew_split_candidate(const ew_text_tok *t, size_t n, size_t i, int rule)
{
    if (i + 1 >= n || t[i + 1].breaks_before || !t[i].space_after)
        return 0;
    if (rule || t[i + 1].upper)
        return 1;
    if (t[i].form[0] == ',' || t[i].form[0] == ';')
        return 0;   /* the commonest tokens, and almost never a sentence end */
    switch (t[i].kind) {
    case EW_TOK_END: case EW_TOK_PUNCT: case EW_TOK_SYM: case EW_TOK_CLOSE:
    case EW_TOK_QUOTE: case EW_TOK_NUM: case EW_TOK_URL:
        return 1;
    default:
        break;
    }
    switch (t[i + 1].kind) {
    case EW_TOK_NUM: case EW_TOK_OPEN: case EW_TOK_QUOTE: case EW_TOK_SYM: case EW_TOK_URL:
        return 1;
    default:
        return 0;
    }
}

float ew_split_gap_score(const float *w, const uint32_t *f, size_t nf, int rule)
{
    float s = rule ? EW_SPLIT_RULE_PRIOR : -EW_SPLIT_RULE_PRIOR;
    if (w)
        for (size_t k = 0; k < nf; k++)
            s += w[f[k]];
    return s;
}
