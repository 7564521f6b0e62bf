/*
 * clusters.c -- exchange-algorithm word classes merged into a binary tree
 * (see clusters.h).
 *
 * Objective (class-bigram log likelihood up to terms that do not depend on
 * the classes):  sum N(c,d) log N(c,d) - sum Nl(c) log Nl(c)
 * - sum Nr(d) log Nr(d), with N(c,d) the count of class c followed by
 * class d, Nl/Nr its row/column sums.  Moving one word changes one row and
 * one column, so a move is scored in time proportional to the number of
 * classes next to that word.  x log x is a table lookup (counts are
 * integers up to the stream length).
 *
 * Payload (version 1, little-endian): u32 words, u32 slots (power of two),
 * u32 classes, u32 reserved; then slots x {u64 key (0 = empty), u64 code}.
 * The table is used in place after loading.
 */
#include "nlp/clusters.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nlp/model_io.h"
#include "nlp/word_features.h"

struct ew_clusters {
    void *payload;            /* owned */
    size_t size;
    uint32_t words, mask, classes;
    const uint64_t *slot;     /* [2 * slots]: key, code */
    uint64_t id;
    char *path;               /* owned; the file it was loaded from, NULL when trained */
};

/* ---- lookup, save, load ---- */

uint64_t ew_clusters_code(const ew_clusters *c, uint64_t key)
{
    if (!c || !c->words)
        return 0;
    key = key ? key : 1;
    for (uint32_t i = (uint32_t)(ew_wf_mix(key) & c->mask);; i = (i + 1) & c->mask) {
        if (c->slot[2 * i] == key)
            return c->slot[2 * i + 1];
        if (!c->slot[2 * i])
            return 0;
    }
}

void ew_clusters_prefetch(const ew_clusters *c, uint64_t key)
{
    if (c && c->words)
        __builtin_prefetch(&c->slot[2 * ((uint32_t)ew_wf_mix(key ? key : 1) & c->mask)]);
}

size_t ew_clusters_words(const ew_clusters *c) { return c ? c->words : 0; }
uint64_t ew_clusters_id(const ew_clusters *c) { return c ? c->id : 0; }

static int view(ew_clusters *c)
{
    const uint32_t *h = c->payload;
    if (c->size < 16)
        return -1;
    uint32_t slots = h[1];
    if (!slots || (slots & (slots - 1)) || h[0] >= slots ||
        c->size != 16 + (size_t)slots * 16)
        return -1;
    c->words = h[0];
    c->mask = slots - 1;
    c->classes = h[2];
    c->slot = (const uint64_t *)((const unsigned char *)c->payload + 16);
    c->id = ew_model_fnv1a(c->payload, c->size);
    /* lookups probe until an empty slot: a damaged file without one would
     * make them loop forever */
    for (uint32_t i = 0; i < slots; i++)
        if (!c->slot[2 * i])
            return 0;
    return -1;
}

int ew_clusters_save(const ew_clusters *c, const char *path, ew_diag *diag)
{
    return ew_model_write(path, EW_CLUSTERS_KIND, EW_CLUSTERS_VERSION, c->payload,
                          c->size, diag);
}

ew_clusters *ew_clusters_load(const char *path, ew_diag *diag)
{
    ew_clusters *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->payload = ew_model_read(path, EW_CLUSTERS_KIND, EW_CLUSTERS_VERSION, &c->size, diag);
    if (!c->payload) {
        free(c);
        return NULL;
    }
    if (view(c)) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "malformed clusters model");
        ew_clusters_free(c);
        return NULL;
    }
    c->path = strdup(path);   /* only names the file in reports: NULL is no error */
    return c;
}

int ew_clusters_check_for(const ew_clusters *c, const char *model_path, const char *who,
                          uint64_t id, ew_diag *diag)
{
    if (c && ew_clusters_id(c) == id)
        return 0;
    ew_diag_report(diag, EW_ERROR, model_path, 0, NULL,
                   "%s was trained with other word clusters than %s: retrain it", who,
                   c && c->path ? c->path : "the ones given");
    return -1;
}

ew_clusters *ew_clusters_load_for(const char *model_path, const char *who, uint64_t id,
                                  ew_diag *diag)
{
    char cpath[4096];
    const char *slash = strrchr(model_path, '/');
    snprintf(cpath, sizeof cpath, "%.*s%sclusters.bin", slash ? (int)(slash - model_path) : 0,
             slash ? model_path : "", slash ? "/" : "");
    ew_clusters *c = ew_clusters_load(cpath, diag);
    if (!c) {
        ew_diag_report(diag, EW_ERROR, model_path, 0, NULL,
                       "%s needs its word clusters %s (eventwatch train clusters)", who, cpath);
        return NULL;
    }
    if (ew_clusters_check_for(c, model_path, who, id, diag)) {
        ew_clusters_free(c);   /* a mismatching file is of no use to anyone */
        return NULL;
    }
    return c;
}

void ew_clusters_free(ew_clusters *c)
{
    if (!c)
        return;
    free(c->payload);
    free(c->path);
    free(c);
}

/* ---- vocabulary ---- */

typedef struct vocab {
    uint64_t *key;            /* open addressing, 0 = empty */
    uint32_t *idx, mask;
    uint64_t *word;           /* by index: hash (UNK = 1, boundary = 0) */
    size_t *count, n;
} vocab;

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        abort();
    return p;
}

static uint32_t vocab_slot(const vocab *v, uint64_t key)
{
    uint32_t i = (uint32_t)(ew_wf_mix(key) & v->mask);
    while (v->key[i] && v->key[i] != key)
        i = (i + 1) & v->mask;
    return i;
}

typedef struct wc {
    uint64_t key;
    size_t count;
} wc;

static int cmp_wc(const void *a, const void *b)
{
    const wc *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return (x->key > y->key) - (x->key < y->key);
}

/* Counts the stream's words; index 0 is the boundary, 1 the rare words,
 * then words with >= min_count occurrences by falling frequency. */
static void vocab_build(vocab *v, const uint64_t *s, size_t n, size_t min_count)
{
    uint32_t slots = 1024;
    while (slots < 2 * n + 2 && slots < (1u << 30))
        slots *= 2;
    uint64_t *key = xcalloc(slots, sizeof *key);
    size_t *cnt = xcalloc(slots, sizeof *cnt);
    vocab tmp = {.key = key, .mask = slots - 1};
    for (size_t i = 0; i < n; i++) {
        if (!s[i] || s[i] == 1)
            continue;
        uint32_t k = vocab_slot(&tmp, s[i]);
        key[k] = s[i];
        cnt[k]++;
    }
    wc *all = xcalloc(slots, sizeof *all);
    size_t m = 0;
    for (uint32_t k = 0; k < slots; k++)
        if (key[k] && cnt[k] >= min_count)
            all[m++] = (wc){key[k], cnt[k]};
    qsort(all, m, sizeof *all, cmp_wc);
    v->n = m + 2;
    v->word = xcalloc(v->n, sizeof *v->word);
    v->count = xcalloc(v->n, sizeof *v->count);
    v->word[1] = 1;
    memset(key, 0, slots * sizeof *key);
    v->key = key;
    v->mask = slots - 1;
    v->idx = xcalloc(slots, sizeof *v->idx);
    for (size_t i = 0; i < m; i++) {
        v->word[i + 2] = all[i].key;
        uint32_t k = vocab_slot(v, all[i].key);
        v->key[k] = all[i].key;
        v->idx[k] = (uint32_t)(i + 2);
    }
    free(all);
    free(cnt);
}

static uint32_t vocab_index(const vocab *v, uint64_t key)
{
    if (!key)
        return 0;
    uint32_t k = vocab_slot(v, key);
    return v->key[k] ? v->idx[k] : 1;
}

static void vocab_free(vocab *v)
{
    free(v->key);
    free(v->idx);
    free(v->word);
    free(v->count);
}

/* ---- word bigrams, both directions (CSR) ---- */

typedef struct adj {
    size_t *off;              /* [nw + 1] */
    uint32_t *nb, *cnt;       /* neighbour, count */
} adj;

typedef struct bigrams {
    adj right, left;          /* right: words following w; left: preceding */
    size_t *selfc;            /* (w, w) counts, kept out of the lists */
    size_t *nl, *nr;          /* occurrences as left / right element */
} bigrams;

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* pairs: sorted (first << 32 | second); fills the CSR of `first`. */
static void adj_build(adj *a, const uint64_t *pairs, size_t np, size_t nw)
{
    a->off = xcalloc(nw + 1, sizeof *a->off);
    a->nb = xcalloc(np, sizeof *a->nb);
    a->cnt = xcalloc(np, sizeof *a->cnt);
    size_t m = 0;
    for (size_t i = 0; i < np;) {
        size_t j = i;
        while (j < np && pairs[j] == pairs[i])
            j++;
        a->off[(pairs[i] >> 32) + 1]++;
        a->nb[m] = (uint32_t)pairs[i];
        a->cnt[m++] = (uint32_t)(j - i);
        i = j;
    }
    for (size_t w = 0; w < nw; w++)
        a->off[w + 1] += a->off[w];
}

static void bigrams_build(bigrams *b, const uint32_t *ids, size_t n, size_t nw)
{
    uint64_t *p = xcalloc(n, sizeof *p), *q = xcalloc(n, sizeof *q);
    size_t np = 0;
    b->selfc = xcalloc(nw, sizeof *b->selfc);
    b->nl = xcalloc(nw, sizeof *b->nl);
    b->nr = xcalloc(nw, sizeof *b->nr);
    for (size_t i = 0; i + 1 < n; i++) {
        uint32_t x = ids[i], y = ids[i + 1];
        b->nl[x]++;
        b->nr[y]++;
        if (x == y) {
            b->selfc[x]++;
            continue;
        }
        p[np] = (uint64_t)x << 32 | y;
        q[np++] = (uint64_t)y << 32 | x;
    }
    qsort(p, np, sizeof *p, cmp_u64);
    qsort(q, np, sizeof *q, cmp_u64);
    adj_build(&b->right, p, np, nw);
    adj_build(&b->left, q, np, nw);
    free(p);
    free(q);
}

static void adj_free(adj *a)
{
    free(a->off);
    free(a->nb);
    free(a->cnt);
}

static void bigrams_free(bigrams *b)
{
    adj_free(&b->right);
    adj_free(&b->left);
    free(b->selfc);
    free(b->nl);
    free(b->nr);
}

/* ---- exchange ---- */

typedef struct xstate {
    int k;
    size_t nw;
    uint32_t *cls;            /* [nw] */
    size_t *size;             /* [k] words per class */
    int64_t *N, *NL, *NR;     /* [k*k], [k], [k] */
    const double *f;          /* x log x, [0..total] */
    /* scratch: class counts of the word's neighbours */
    int64_t *R, *L;
    int *tr, *tl, ntr, ntl;
} xstate;

static double flog(const xstate *x, int64_t v) { return x->f[v]; }

/* Gathers R/L (neighbour counts by class, self excluded) for word w. */
static void gather(xstate *x, const bigrams *b, size_t w)
{
    x->ntr = x->ntl = 0;
    for (size_t i = b->right.off[w]; i < b->right.off[w + 1]; i++) {
        int c = (int)x->cls[b->right.nb[i]];
        if (!x->R[c])
            x->tr[x->ntr++] = c;
        x->R[c] += b->right.cnt[i];
    }
    for (size_t i = b->left.off[w]; i < b->left.off[w + 1]; i++) {
        int c = (int)x->cls[b->left.nb[i]];
        if (!x->L[c])
            x->tl[x->ntl++] = c;
        x->L[c] += b->left.cnt[i];
    }
}

static void clear(xstate *x)
{
    for (int i = 0; i < x->ntr; i++)
        x->R[x->tr[i]] = 0;
    for (int i = 0; i < x->ntl; i++)
        x->L[x->tl[i]] = 0;
}

/* Adds (sign +1) or removes (-1) word w's counts to/from class a. */
static void move(xstate *x, const bigrams *b, size_t w, int a, int sign)
{
    int k = x->k;
    for (int i = 0; i < x->ntr; i++)
        x->N[(size_t)a * k + x->tr[i]] += sign * x->R[x->tr[i]];
    for (int i = 0; i < x->ntl; i++)
        x->N[(size_t)x->tl[i] * k + a] += sign * x->L[x->tl[i]];
    x->N[(size_t)a * k + a] += sign * (int64_t)b->selfc[w];
    x->NL[a] += sign * (int64_t)b->nl[w];
    x->NR[a] += sign * (int64_t)b->nr[w];
    x->size[a] += sign > 0 ? 1 : (size_t)-1;
}

/* Likelihood gain of adding w (already removed, R/L gathered) to class c. */
static double gain(const xstate *x, const bigrams *b, size_t w, int c)
{
    int k = x->k;
    const int64_t *row = x->N + (size_t)c * k;
    double g = 0;
    for (int i = 0; i < x->ntr; i++) {
        int d = x->tr[i];
        if (d != c)
            g += flog(x, row[d] + x->R[d]) - flog(x, row[d]);
    }
    for (int i = 0; i < x->ntl; i++) {
        int d = x->tl[i];
        int64_t v = x->N[(size_t)d * k + c];
        if (d != c)
            g += flog(x, v + x->L[d]) - flog(x, v);
    }
    int64_t cc = row[c];
    g += flog(x, cc + x->R[c] + x->L[c] + (int64_t)b->selfc[w]) - flog(x, cc);
    g -= flog(x, x->NL[c] + (int64_t)b->nl[w]) - flog(x, x->NL[c]);
    g -= flog(x, x->NR[c] + (int64_t)b->nr[w]) - flog(x, x->NR[c]);
    return g;
}

/* One pass over the words in frequency order; returns how many moved. */
static size_t exchange_pass(xstate *x, const bigrams *b)
{
    size_t moved = 0;
    for (size_t w = 0; w < x->nw; w++) {
        int a = (int)x->cls[w];
        if (x->size[a] == 1)
            continue;
        gather(x, b, w);
        move(x, b, w, a, -1);
        int best = a;
        double bg = gain(x, b, w, a);
        for (int c = 0; c < x->k; c++) {
            double g = c == a ? bg : gain(x, b, w, c);
            if (g > bg + 1e-9) {
                bg = g;
                best = c;
            }
        }
        move(x, b, w, best, +1);
        x->cls[w] = (uint32_t)best;
        moved += best != a;
        clear(x);
    }
    return moved;
}

static void xstate_init(xstate *x, const uint32_t *ids, size_t n, size_t nw, int k,
                        const double *f)
{
    memset(x, 0, sizeof *x);
    x->k = k;
    x->nw = nw;
    x->f = f;
    x->cls = xcalloc(nw, sizeof *x->cls);
    x->size = xcalloc((size_t)k, sizeof *x->size);
    x->N = xcalloc((size_t)k * k, sizeof *x->N);
    x->NL = xcalloc((size_t)k, sizeof *x->NL);
    x->NR = xcalloc((size_t)k, sizeof *x->NR);
    x->R = xcalloc((size_t)k, sizeof *x->R);
    x->L = xcalloc((size_t)k, sizeof *x->L);
    x->tr = xcalloc((size_t)k, sizeof *x->tr);
    x->tl = xcalloc((size_t)k, sizeof *x->tl);
    /* deterministic start: words spread by frequency rank (index order),
     * so the k most frequent start in classes of their own */
    for (size_t w = 0; w < nw; w++) {
        x->cls[w] = (uint32_t)(w % (size_t)k);
        x->size[x->cls[w]]++;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        x->N[(size_t)x->cls[ids[i]] * k + x->cls[ids[i + 1]]]++;
        x->NL[x->cls[ids[i]]]++;
        x->NR[x->cls[ids[i + 1]]]++;
    }
}

static void xstate_free(xstate *x)
{
    free(x->cls);
    free(x->size);
    free(x->N);
    free(x->NL);
    free(x->NR);
    free(x->R);
    free(x->L);
    free(x->tr);
    free(x->tl);
}

/* ---- agglomerative merge into a tree ---- */

/* Likelihood change of merging classes p and q (both active). */
static double merge_gain(const xstate *x, const uint8_t *active, int p, int q)
{
    int k = x->k;
    const int64_t *N = x->N;
    double g = 0;
    for (int c = 0; c < k; c++) {
        if (!active[c] || c == p || c == q)
            continue;
        int64_t a = N[(size_t)p * k + c], b = N[(size_t)q * k + c];
        if (a && b)
            g += flog(x, a + b) - flog(x, a) - flog(x, b);
        a = N[(size_t)c * k + p];
        b = N[(size_t)c * k + q];
        if (a && b)
            g += flog(x, a + b) - flog(x, a) - flog(x, b);
    }
    int64_t pp = N[(size_t)p * k + p], pq = N[(size_t)p * k + q];
    int64_t qp = N[(size_t)q * k + p], qq = N[(size_t)q * k + q];
    g += flog(x, pp + pq + qp + qq) - flog(x, pp) - flog(x, pq) - flog(x, qp) - flog(x, qq);
    g -= flog(x, x->NL[p] + x->NL[q]) - flog(x, x->NL[p]) - flog(x, x->NL[q]);
    g -= flog(x, x->NR[p] + x->NR[q]) - flog(x, x->NR[p]) - flog(x, x->NR[q]);
    return g;
}

/* Folds class q into p. */
static void merge_into(xstate *x, int p, int q)
{
    int k = x->k;
    for (int c = 0; c < k; c++) {
        x->N[(size_t)p * k + c] += x->N[(size_t)q * k + c];
        x->N[(size_t)q * k + c] = 0;
    }
    for (int c = 0; c < k; c++) {
        x->N[(size_t)c * k + p] += x->N[(size_t)c * k + q];
        x->N[(size_t)c * k + q] = 0;
    }
    x->NL[p] += x->NL[q];
    x->NR[p] += x->NR[q];
    x->NL[q] = x->NR[q] = 0;
}

static double hpair(const xstate *x, int64_t a, int64_t b)
{
    return a && b ? flog(x, a + b) - flog(x, a) - flog(x, b) : 0;
}

/* The part of merge_gain(x, y) that depends on class c's row and column. */
static double cterm(const xstate *x, int a, int b, int c)
{
    int k = x->k;
    const int64_t *N = x->N;
    return hpair(x, N[(size_t)a * k + c], N[(size_t)b * k + c]) +
           hpair(x, N[(size_t)c * k + a], N[(size_t)c * k + b]);
}

/* Merges q into p and updates the cached gains G[a*k+b] (a < b): a pair
 * without p or q changes only in its terms for columns/rows p and q
 * (Brown et al. 1992), so a merge costs O(K^2) instead of O(K^3). */
static void merge_step(xstate *x, uint8_t *active, double *G, int p, int q)
{
    int k = x->k;
    for (int a = 0; a < k; a++)
        for (int b = a + 1; active[a] && b < k; b++)
            if (active[b] && a != p && a != q && b != p && b != q)
                G[(size_t)a * k + b] -= cterm(x, a, b, p) + cterm(x, a, b, q);
    merge_into(x, p, q);
    active[q] = 0;
    for (int a = 0; a < k; a++)
        for (int b = a + 1; active[a] && b < k; b++) {
            if (!active[b])
                continue;
            if (a == p || b == p)
                G[(size_t)a * k + b] = merge_gain(x, active, a, b);
            else
                G[(size_t)a * k + b] += cterm(x, a, b, p);
        }
}

/* Builds the tree over the non-empty classes; code[c] receives class c's
 * path with a leading 1 (63 bits at most: deeper paths keep their top). */
static void merge_tree(xstate *x, uint64_t *code)
{
    int k = x->k;
    uint8_t *active = xcalloc((size_t)k, 1);
    int *node = xcalloc((size_t)k, sizeof *node);      /* tree node of class */
    int *parent = xcalloc(2 * (size_t)k, sizeof *parent), *side = xcalloc(2 * (size_t)k, sizeof *side);
    double *G = xcalloc((size_t)k * k, sizeof *G);
    int nodes = k, live = 0;
    for (int c = 0; c < k; c++) {
        active[c] = x->size[c] > 0;
        live += active[c];
        node[c] = c;
        parent[c] = -1;
    }
    for (int p = 0; p < k; p++)
        for (int q = p + 1; active[p] && q < k; q++)
            if (active[q])
                G[(size_t)p * k + q] = merge_gain(x, active, p, q);
    while (live > 1) {
        int bp = -1, bq = -1;
        double bg = -INFINITY;
        for (int p = 0; p < k; p++)
            for (int q = p + 1; active[p] && q < k; q++)
                if (active[q] && G[(size_t)p * k + q] > bg + 1e-9) {
                    bg = G[(size_t)p * k + q];
                    bp = p;
                    bq = q;
                }
        merge_step(x, active, G, bp, bq);
        parent[node[bp]] = parent[node[bq]] = nodes;
        side[node[bp]] = 0;
        side[node[bq]] = 1;
        parent[nodes] = -1;
        node[bp] = nodes++;
        live--;
    }
    for (int c = 0; c < k; c++) {
        uint64_t bits = 0;
        int depth = 0;
        for (int v = c; parent[v] >= 0; v = parent[v], depth++)
            if (depth < 63)
                bits |= (uint64_t)side[v] << depth;
            else
                bits = (bits >> 1) | ((uint64_t)side[v] << 62);
        int len = depth < 63 ? depth : 63;
        code[c] = x->size[c] ? ((uint64_t)1 << len) | bits : 0;
    }
    free(G);
    free(active);
    free(node);
    free(parent);
    free(side);
}

/* ---- training ---- */

static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The payload: every word with a code (not the boundary, not UNK). */
static ew_clusters *make_model(const vocab *v, const uint32_t *cls, const uint64_t *code, int k)
{
    size_t words = 0;
    for (size_t w = 2; w < v->n; w++)
        words += code[cls[w]] != 0;
    uint32_t slots = 16;
    while (slots < words + words / 2) /* load <= 2/3: short probes, half the size of 2x */
        slots *= 2;
    ew_clusters *c = xcalloc(1, sizeof *c);
    c->size = 16 + (size_t)slots * 16;
    c->payload = xcalloc(1, c->size);
    uint32_t *h = c->payload;
    h[0] = (uint32_t)words;
    h[1] = slots;
    h[2] = (uint32_t)k;
    uint64_t *slot = (uint64_t *)((unsigned char *)c->payload + 16);
    for (size_t w = 2; w < v->n; w++) {
        uint64_t key = v->word[w];
        if (!code[cls[w]])
            continue;
        uint32_t i = (uint32_t)(ew_wf_mix(key) & (slots - 1));
        while (slot[2 * i])
            i = (i + 1) & (slots - 1);
        slot[2 * i] = key;
        slot[2 * i + 1] = code[cls[w]];
    }
    if (view(c))
        abort(); /* we just built it */
    return c;
}

ew_clusters *ew_clusters_train(const uint64_t *stream, size_t n, const ew_clusters_opts *o)
{
    int k = o && o->classes >= 2 ? o->classes : 256;
    size_t minc = o && o->min_count > 0 ? (size_t)o->min_count : 3;
    int iters = o && o->iterations > 0 ? o->iterations : 8;
    double t0 = now_sec();
    vocab v = {0};
    vocab_build(&v, stream, n, minc);
    uint32_t *ids = xcalloc(n + 2, sizeof *ids);
    size_t m = 0;
    ids[m++] = 0; /* a boundary before the first sentence */
    for (size_t i = 0; i < n; i++)
        ids[m++] = vocab_index(&v, stream[i]);
    ids[m++] = 0;
    if ((size_t)k > v.n)
        k = (int)v.n;
    double *f = xcalloc(m + 1, sizeof *f);
    for (size_t i = 1; i <= m; i++)
        f[i] = (double)i * log((double)i);
    bigrams b;
    bigrams_build(&b, ids, m, v.n);
    xstate x;
    xstate_init(&x, ids, m, v.n, k, f);
    for (int it = 1; it <= iters; it++) {
        size_t moved = exchange_pass(&x, &b);
        if (o && o->progress)
            o->progress(o->user, it, moved, now_sec() - t0);
        if (!moved)
            break;
    }
    uint64_t *code = xcalloc((size_t)k, sizeof *code);
    uint32_t *cls = xcalloc(v.n, sizeof *cls);
    memcpy(cls, x.cls, v.n * sizeof *cls);
    merge_tree(&x, code);
    ew_clusters *c = make_model(&v, cls, code, k);
    free(code);
    free(cls);
    xstate_free(&x);
    bigrams_free(&b);
    free(f);
    free(ids);
    vocab_free(&v);
    return c;
}
