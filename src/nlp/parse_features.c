/*
 * parse_features.c -- transition and label feature templates (see
 * parse_features.h).
 *
 * Each feature costs a few multiplications and one final mix: the values
 * combined are already hashes (words, tags) or small integers (labels,
 * distances, valencies), so a linear combination with distinct odd
 * constants separates them and the mix spreads the result over the table.
 * Template ids are the running index of the F() calls, so adding a template
 * in the middle changes every id: bump EW_PARSER_VERSION when editing.
 */
#include "nlp/parse_features.h"

#include "nlp/clusters.h"

#include <assert.h>
#include <ctype.h>
#include <string.h>

static inline uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

static inline uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static inline uint64_t fh(unsigned t, uint64_t a, uint64_t b, uint64_t c)
{
    return mix(a * 0x9E3779B97F4A7C15ULL + rotl(b, 21) * 0xD6E8FEB86659FD93ULL +
               rotl(c, 42) * 0xA0761D6478BD642FULL + (uint64_t)(t + 1) * 0xE7037ED1A0B428DBULL);
}

uint64_t ew_pfeat_word(const char *form)
{
    uint64_t h = 14695981039346656037ULL;
    for (const unsigned char *p = (const unsigned char *)form; p && *p; p++) {
        unsigned c = isdigit(*p) ? '0' : (unsigned)tolower(*p);
        h = (h ^ c) * 1099511628211ULL;
    }
    return mix(h);
}

uint64_t ew_pfeat_suffix(const char *form)
{
    size_t n = form ? strlen(form) : 0;
    const char *p = n > 3 ? form + n - 3 : form;
    return ew_pfeat_word(p) ^ (n > 3 ? 0x737566ULL : 0x77686fULL);
}

uint64_t ew_pfeat_tag(const char *tag)
{
    if (!tag)
        return 0x756e6bULL;
    uint64_t h = 14695981039346656037ULL;
    for (const unsigned char *p = (const unsigned char *)tag; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return mix(h ^ 0x7461);
}

/* Distance buckets: exact up to 4, then coarse; arcs to the root apart. */
static uint64_t dist_bucket(int a, int b, int root)
{
    if (a == 0 || b == 0)
        return 0;
    if (a == root || b == root)
        return 15;
    int d = a > b ? a - b : b - a;
    return d <= 4 ? (uint64_t)d : d <= 6 ? 5 : d <= 10 ? 6 : d <= 20 ? 7 : 8;
}

static uint64_t val_bucket(int v)
{
    return v > 5 ? 5 : (uint64_t)v;
}

typedef struct fctx {
    const ew_pstate *st;
    uint64_t *f;
    unsigned t;
} fctx;

#define F(a, b, c) (x.f[x.t] = fh(x.t, (a), (b), (c)), x.t++)

/* Word-cluster prefixes (Koo, Carreras & Collins 2008): 4 and 6 bits stand
 * in for a coarse tag, the full path for a word; alone and paired with
 * tags, for the words that take part in the next arc. */
static inline uint64_t k4(const ew_pstate *st, int i) { return ew_clusters_prefix(st->clus[i], 4); }
static inline uint64_t k6(const ew_pstate *st, int i) { return ew_clusters_prefix(st->clus[i], 6); }

static void trans_clusters(fctx *xp, int s0, int s1, int b0, int b1)
{
    fctx x = *xp;
    const ew_pstate *st = x.st;
    const uint64_t *P = st->tag, *K = st->clus;
    F(k4(st, s0), 0, 0); F(k6(st, s0), 0, 0); F(K[s0], 0, 0);
    F(k4(st, b0), 0, 0); F(k6(st, b0), 0, 0); F(K[b0], 0, 0);
    F(k4(st, s1), 0, 0); F(K[s1], 0, 0); F(k4(st, b1), 0, 0);
    F(k4(st, s0), k4(st, b0), 0); F(k6(st, s0), P[b0], 0); F(P[s0], k6(st, b0), 0);
    F(k4(st, s1), k4(st, s0), 0); F(k6(st, s1), P[s0], 0); F(P[s1], k6(st, s0), 0);
    F(K[s0], P[b0], 0); F(P[s0], K[b0], 0);
    *xp = x;
}

static void label_clusters(fctx *xp, int dep, int head, uint64_t dir)
{
    fctx x = *xp;
    const ew_pstate *st = x.st;
    const uint64_t *P = st->tag, *K = st->clus;
    F(k4(st, dep), dir, 0); F(K[dep], dir, 0); F(K[head], dir, 0);
    F(k6(st, dep), P[head], dir); F(P[dep], k6(st, head), dir);
    F(k4(st, dep), k4(st, head), dir);
    *xp = x;
}

size_t ew_pfeat_trans(const ew_pstate *st, uint64_t *f)
{
    fctx x = {st, f, 0};
    const uint64_t *W = st->word, *P = st->tag, *U = st->upos;
    const int *lab = st->lab;
    int root = st->n + 1;
    int s0 = st->sp >= 1 ? st->stack[st->sp - 1] : 0;
    int s1 = st->sp >= 2 ? st->stack[st->sp - 2] : 0;
    int s2 = st->sp >= 3 ? st->stack[st->sp - 3] : 0;
    int b0 = st->b, b1 = b0 + 1 <= root ? b0 + 1 : 0, b2 = b0 + 2 <= root ? b0 + 2 : 0;
    int s0l1 = st->lc1[s0], s0l2 = st->lc2[s0], s0r1 = st->rc1[s0], s0r2 = st->rc2[s0];
    int s1l1 = st->lc1[s1], s1r1 = st->rc1[s1], s1r2 = st->rc2[s1];
    int b0l1 = st->lc1[b0], b0l2 = st->lc2[b0];
    uint64_t d = dist_bucket(s0, b0, root), d1 = dist_bucket(s1, s0, root);
    uint64_t s0wp = W[s0] ^ rotl(P[s0], 7), s1wp = W[s1] ^ rotl(P[s1], 7);
    uint64_t b0wp = W[b0] ^ rotl(P[b0], 7);

    F(0, 0, 0); /* bias */
    /* unigrams */
    F(W[s0], 0, 0); F(P[s0], 0, 0); F(s0wp, 0, 0); F(U[s0], 0, 0);
    F(W[s1], 0, 0); F(P[s1], 0, 0); F(s1wp, 0, 0);
    F(W[s2], 0, 0); F(P[s2], 0, 0);
    F(W[b0], 0, 0); F(P[b0], 0, 0); F(b0wp, 0, 0); F(U[b0], 0, 0);
    F(W[b1], 0, 0); F(P[b1], 0, 0); F(W[b1], P[b1], 0);
    F(W[b2], 0, 0); F(P[b2], 0, 0);
    /* pairs s0-b0 and s1-s0 */
    F(s0wp, b0wp, 0); F(s0wp, W[b0], 0); F(W[s0], b0wp, 0); F(s0wp, P[b0], 0);
    F(P[s0], b0wp, 0); F(W[s0], W[b0], 0); F(P[s0], P[b0], 0); F(P[b0], P[b1], 0);
    F(s1wp, s0wp, 0); F(W[s1], W[s0], 0); F(P[s1], P[s0], 0); F(s1wp, P[s0], 0);
    F(P[s1], s0wp, 0); F(P[s1], P[b0], 0); F(W[s1], P[b0], 0); F(P[s1], W[b0], 0);
    F(U[s1], U[s0], U[b0]);
    /* triples of tags */
    F(P[b0], P[b1], P[b2]); F(P[s0], P[b0], P[b1]); F(P[s1], P[s0], P[b0]);
    F(P[s2], P[s1], P[s0]); F(P[s1], P[s0], P[b1]);
    F(P[s0], P[s0l1], P[b0]); F(P[s0], P[s0r1], P[b0]); F(P[s0], P[b0], P[b0l1]);
    F(P[s1], P[s1r1], P[s0]); F(P[s1], P[s0], P[s0l1]); F(P[s1], P[s0], P[s0r1]);
    F(P[s1], P[s1l1], P[s0]);
    /* distance */
    F(W[s0], d, 0); F(P[s0], d, 0); F(W[b0], d, 0); F(P[b0], d, 0);
    F(W[s0], W[b0], d); F(P[s0], P[b0], d); F(P[s1], P[s0], d1); F(W[s1], W[s0], d1);
    F(P[s1], P[b0], d1 * 16 + d);
    /* valency */
    F(W[s0], val_bucket(st->nr[s0]), 0); F(P[s0], val_bucket(st->nr[s0]), 0);
    F(W[s0], val_bucket(st->nl[s0]), 1); F(P[s0], val_bucket(st->nl[s0]), 1);
    F(W[b0], val_bucket(st->nl[b0]), 0); F(P[b0], val_bucket(st->nl[b0]), 0);
    F(P[s1], val_bucket(st->nr[s1]), val_bucket(st->nl[s1]));
    /* children unigrams */
    F(W[s0l1], 0, 0); F(P[s0l1], 0, 0); F((uint64_t)lab[s0l1], 0, 0);
    F(W[s0r1], 0, 0); F(P[s0r1], 0, 0); F((uint64_t)lab[s0r1], 0, 0);
    F(W[b0l1], 0, 0); F(P[b0l1], 0, 0); F((uint64_t)lab[b0l1], 0, 0);
    F(W[s1r1], 0, 0); F(P[s1r1], 0, 0); F((uint64_t)lab[s1r1], 0, 0);
    F(P[s1l1], (uint64_t)lab[s1l1], 0);
    /* second-order children */
    F(W[s0l2], 0, 0); F(P[s0l2], 0, 0); F((uint64_t)lab[s0l2], 0, 0);
    F(W[s0r2], 0, 0); F(P[s0r2], 0, 0); F((uint64_t)lab[s0r2], 0, 0);
    F(W[b0l2], 0, 0); F(P[b0l2], 0, 0); F((uint64_t)lab[b0l2], 0, 0);
    F(P[s0], P[s0l1], P[s0l2]); F(P[s0], P[s0r1], P[s0r2]);
    F(P[b0], P[b0l1], P[b0l2]); F(P[s1], P[s1r1], P[s1r2]);
    /* label sets */
    F(W[s0], st->rset[s0], 0); F(P[s0], st->rset[s0], 0);
    F(W[s0], st->lset[s0], 1); F(P[s0], st->lset[s0], 1);
    F(W[b0], st->lset[b0], 0); F(P[b0], st->lset[b0], 0);
    F(P[s1], st->lset[s1], st->rset[s1]);
    /* s0 word with neighbours' tags: attachment preferences of prepositions etc. */
    F(W[s0], P[s1], P[b0]); F(W[b0], P[s0], P[b1]); F(W[s1], P[s0], P[b0]);
    /* tag-free evidence: suffixes and word pairs still work when the
     * tagger is wrong (about one word in twenty) */
    const uint64_t *S = st->suf;
    F(S[s0], 0, 0); F(S[s1], 0, 0); F(S[b0], 0, 0); F(S[b1], 0, 0);
    F(S[s0], S[b0], 0); F(S[s1], S[s0], 0); F(S[s0], W[b0], 0); F(W[s0], S[b0], 0);
    F(W[b0], W[b1], 0); F(W[s0], W[b1], 0); F(W[s1], W[b0], 0); F(W[s1], W[s0], W[b0]);
    F(W[s0], W[s0l1], 0); F(W[s0], W[s0r1], 0); F(W[b0], W[b0l1], 0); F(W[s1], W[s1r1], 0);
    F(U[s0], U[b0], U[b1]); F(U[s1], U[s0], W[b0]); F(W[s0], U[b0], 0); F(U[s0], W[b0], 0);
    trans_clusters(&x, s0, s1, b0, b1);
    assert(x.t <= EW_PFEAT_TRANS_MAX);
    return x.t;
}

size_t ew_pfeat_label(const ew_pstate *st, int dep, int head, uint64_t *f)
{
    fctx x = {st, f, 0};
    const uint64_t *W = st->word, *P = st->tag, *U = st->upos;
    const int *lab = st->lab;
    int root = st->n + 1;
    uint64_t dir = head > dep ? 1 : 2;
    uint64_t dist = dist_bucket(dep, head, root);
    int dl1 = st->lc1[dep], dl2 = st->lc2[dep], dr1 = st->rc1[dep];
    int hl1 = st->lc1[head], hr1 = st->rc1[head];
    int dprev = dep - 1, dnext = dep + 1 <= root ? dep + 1 : 0;
    int hprev = head - 1 >= 0 ? head - 1 : 0, hnext = head + 1 <= root ? head + 1 : 0;
    uint64_t dwp = W[dep] ^ rotl(P[dep], 7), hwp = W[head] ^ rotl(P[head], 7);

    F(0, 0, 0);
    F(W[dep], 0, 0); F(P[dep], 0, 0); F(dwp, 0, 0); F(U[dep], dir, 0);
    F(W[head], 0, 0); F(P[head], 0, 0); F(hwp, 0, 0);
    F(P[dep], P[head], dir); F(W[dep], P[head], dir); F(P[dep], W[head], dir);
    F(W[dep], W[head], dir); F(P[dep], P[head], dir * 16 + dist); F(dir, dist, 0);
    F(U[dep], U[head], dir * 16 + dist);
    F(P[dep], (uint64_t)lab[dl1], (uint64_t)lab[dr1]); F(P[dep], st->lset[dep], 0);
    F(P[dep], st->rset[dep], 1); F(U[dep], st->lset[dep], st->rset[dep]);
    F(W[dl1], P[dep], 0); F(W[dl1], P[head], dir); F(W[dl2], P[dep], 0);
    F(W[dr1], P[dep], 0); F(W[dl1], W[dl2], U[dep]);
    F(P[dep], P[dprev], 0); F(P[dep], P[dnext], 0); F(P[dep], P[dnext], P[head]);
    F(P[head], P[hprev], dir); F(P[head], P[hnext], dir);
    F(P[dep], P[head], (uint64_t)lab[hl1] * 128 + (uint64_t)lab[hr1]);
    F(P[dep], P[head], st->lset[head] ^ rotl(st->rset[head], 32));
    F(P[dep], val_bucket(st->nl[dep]), val_bucket(st->nr[dep]));
    F(W[dep], dir, 0); F(W[head], dir, 0); F(W[head], P[dep], U[dep]);
    F(P[dep], P[head], head == root);
    const uint64_t *S = st->suf;
    F(S[dep], dir, 0); F(S[dep], P[head], dir); F(S[head], P[dep], dir); F(S[dep], S[head], dir);
    F(W[dep], W[dl1], 0); F(W[head], W[dl1], dir);
    label_clusters(&x, dep, head, dir);
    assert(x.t <= EW_PFEAT_LABEL_MAX);
    return x.t;
}
