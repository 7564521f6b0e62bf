/*
 * perceptron.c -- averaged perceptron trainer and compiled scorer
 * (see perceptron.h for the design).
 */
#include "nlp/perceptron.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ew_ptrain {
    int nclass;
    uint64_t *keys;     /* open addressing; 0 = empty */
    uint32_t *row;      /* row index per slot */
    size_t slots, used;
    float *w;           /* rows x nclass current weights */
    double *u;          /* rows x nclass sum of c*delta, for averaging */
    size_t rows, rows_cap;
    double c;           /* example counter, starts at 1 */
    double prune;       /* compile drops averaged weights below this */
};

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fprintf(stderr, "eventwatch: out of memory\n");
        abort();
    }
    return p;
}

static void *xrealloc(void *p, size_t size)
{
    p = realloc(p, size);
    if (!p) {
        fprintf(stderr, "eventwatch: out of memory\n");
        abort();
    }
    return p;
}

static inline uint64_t fix_key(uint64_t k)
{
    return k ? k : 1; /* 0 marks an empty slot */
}

ew_ptrain *ew_ptrain_new(int nclass)
{
    ew_ptrain *t = xcalloc(1, sizeof *t);
    t->nclass = nclass;
    t->slots = 1 << 16;
    t->keys = xcalloc(t->slots, sizeof *t->keys);
    t->row = xcalloc(t->slots, sizeof *t->row);
    t->c = 1;
    return t;
}

void ew_ptrain_free(ew_ptrain *t)
{
    if (!t)
        return;
    free(t->keys);
    free(t->row);
    free(t->w);
    free(t->u);
    free(t);
}

static long find_row(const ew_ptrain *t, uint64_t key)
{
    key = fix_key(key);
    size_t mask = t->slots - 1;
    for (size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 20) & mask;; i = (i + 1) & mask) {
        if (t->keys[i] == key)
            return t->row[i];
        if (!t->keys[i])
            return -1;
    }
}

static void insert_slot(uint64_t *keys, uint32_t *row, size_t slots, uint64_t key, uint32_t r)
{
    size_t mask = slots - 1;
    size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 20) & mask;
    while (keys[i])
        i = (i + 1) & mask;
    keys[i] = key;
    row[i] = r;
}

static void grow_slots(ew_ptrain *t)
{
    size_t ns = t->slots * 2;
    uint64_t *k = xcalloc(ns, sizeof *k);
    uint32_t *r = xcalloc(ns, sizeof *r);
    for (size_t i = 0; i < t->slots; i++)
        if (t->keys[i])
            insert_slot(k, r, ns, t->keys[i], t->row[i]);
    free(t->keys);
    free(t->row);
    t->keys = k;
    t->row = r;
    t->slots = ns;
}

static size_t get_row(ew_ptrain *t, uint64_t key)
{
    long r = find_row(t, key);
    if (r >= 0)
        return (size_t)r;
    if ((t->used + 1) * 2 > t->slots)
        grow_slots(t);
    if (t->rows == t->rows_cap) {
        t->rows_cap = t->rows_cap ? t->rows_cap * 2 : 4096;
        t->w = xrealloc(t->w, t->rows_cap * t->nclass * sizeof *t->w);
        t->u = xrealloc(t->u, t->rows_cap * t->nclass * sizeof *t->u);
    }
    size_t nr = t->rows++;
    memset(t->w + nr * t->nclass, 0, t->nclass * sizeof *t->w);
    memset(t->u + nr * t->nclass, 0, t->nclass * sizeof *t->u);
    insert_slot(t->keys, t->row, t->slots, fix_key(key), (uint32_t)nr);
    t->used++;
    return nr;
}

void ew_ptrain_scores(const ew_ptrain *t, const uint64_t *f, size_t nf, float *scores)
{
    memset(scores, 0, t->nclass * sizeof *scores);
    for (size_t i = 0; i < nf; i++) {
        long r = find_row(t, f[i]);
        if (r < 0)
            continue;
        const float *w = t->w + (size_t)r * t->nclass;
        for (int k = 0; k < t->nclass; k++)
            scores[k] += w[k];
    }
}

void ew_ptrain_update(ew_ptrain *t, const uint64_t *f, size_t nf, int gold, int guess)
{
    if (gold == guess)
        return;
    for (size_t i = 0; i < nf; i++) {
        size_t r = get_row(t, f[i]) * t->nclass;
        t->w[r + gold] += 1;
        t->u[r + gold] += t->c;
        t->w[r + guess] -= 1;
        t->u[r + guess] -= t->c;
    }
}

void ew_ptrain_tick(ew_ptrain *t)
{
    t->c += 1;
}

void ew_ptrain_set_prune(ew_ptrain *t, double min_abs)
{
    t->prune = min_abs;
}

/* ---- compilation ---- */

/* Compiled layout, all little-endian host words (models are loaded on the
 * architecture family they were built for: x86-64/arm64, both LE):
 *   u32 nclass, u32 slots, u32 nentries, u32 reserved
 *   ew_pslot slot[slots], u32 entries[nentries] (padded to 8) */

static double avg_weight(const ew_ptrain *t, size_t i)
{
    return t->w[i] - t->u[i] / t->c;
}

static double max_abs_weight(const ew_ptrain *t)
{
    double m = 0;
    for (size_t i = 0; i < t->rows * t->nclass; i++)
        m = fmax(m, fabs(avg_weight(t, i)));
    return m;
}

/* Quantised weight of cell i (0 = dropped). */
static int32_t quant(const ew_ptrain *t, size_t i, double scale)
{
    double w = avg_weight(t, i);
    return fabs(w) < t->prune ? 0 : (int32_t)lrint(w * scale);
}

static size_t pow2_at_least(size_t n)
{
    size_t s = 16;
    while (s < n)
        s *= 2;
    return s;
}

static inline size_t slot_of(uint64_t key, size_t mask)
{
    return (size_t)(key * 0x9E3779B97F4A7C15ULL >> 20) & mask;
}

void *ew_ptrain_compile(const ew_ptrain *t, size_t *n)
{
    double mx = max_abs_weight(t);
    /* 2^23-1 is the largest 24-bit signed magnitude; a sum of up to 255
     * such weights still fits in int32 (callers pass far fewer features). */
    double scale = mx > 0 ? 8388607.0 / mx : 1.0;
    size_t nent = 0, nfeat = 0;
    for (size_t r = 0; r < t->rows; r++) {
        size_t before = nent;
        for (int k = 0; k < t->nclass; k++)
            nent += quant(t, r * t->nclass + k, scale) != 0;
        nfeat += nent > before;
    }
    size_t slots = pow2_at_least(nfeat * 2);
    size_t bytes = 16 + slots * sizeof(ew_pslot) + nent * 4;
    bytes = (bytes + 7) & ~(size_t)7;
    unsigned char *buf = xcalloc(bytes, 1);
    uint32_t *hdr = (uint32_t *)buf;
    hdr[0] = (uint32_t)t->nclass;
    hdr[1] = (uint32_t)slots;
    hdr[2] = (uint32_t)nent;
    ew_pslot *slot = (ew_pslot *)(buf + 16);
    uint32_t *ent = (uint32_t *)(slot + slots);
    size_t e = 0;
    for (size_t s = 0; s < t->slots; s++) {
        if (!t->keys[s])
            continue;
        size_t r = t->row[s], start = e;
        for (int k = 0; k < t->nclass; k++) {
            int32_t q = quant(t, r * t->nclass + k, scale);
            if (q)
                ent[e++] = ((uint32_t)q << 8) | (uint32_t)k;
        }
        if (e == start)
            continue;
        size_t i = slot_of(t->keys[s], slots - 1);
        while (slot[i].key)
            i = (i + 1) & (slots - 1);
        slot[i].key = t->keys[s];
        slot[i].span = (uint32_t)(start << 8 | (e - start));
    }
    *n = bytes;
    return buf;
}

int ew_perceptron_view(ew_perceptron *m, const void *buf, size_t n, size_t *used,
                       const char *name, ew_diag *diag)
{
    const uint32_t *hdr = buf;
    if (n < 16 || ((uintptr_t)buf & 7))
        goto bad;
    uint32_t slots = hdr[1], nent = hdr[2];
    if (hdr[0] == 0 || hdr[0] > EW_PERCEPTRON_MAX_CLASSES || slots == 0 || (slots & (slots - 1)))
        goto bad;
    size_t bytes = 16 + (size_t)slots * sizeof(ew_pslot) + (size_t)nent * 4;
    bytes = (bytes + 7) & ~(size_t)7;
    if (bytes > n)
        goto bad;
    m->nclass = hdr[0];
    m->mask = slots - 1;
    m->slot = (const ew_pslot *)((const char *)buf + 16);
    m->entries = (const uint32_t *)(m->slot + slots);
    uint32_t empty = 0; /* probes stop at an empty slot: there must be one */
    for (uint32_t i = 0; i < slots; i++) {
        uint32_t sp = m->slot[i].span;
        empty += !m->slot[i].key;
        if (m->slot[i].key && ((sp >> 8) + (sp & 0xff) > nent || (sp & 0xff) > hdr[0]))
            goto bad;
    }
    if (!empty)
        goto bad;
    for (uint32_t i = 0; i < nent; i++)
        if ((m->entries[i] & 0xff) >= hdr[0])
            goto bad;
    *used = bytes;
    return 0;
bad:
    ew_diag_report(diag, EW_ERROR, name, 0, NULL, "malformed perceptron weights in model");
    return -1;
}

/* The slot holding key, or NULL. */
static const ew_pslot *find_slot(const ew_perceptron *m, uint64_t key, size_t i)
{
    for (;; i = (i + 1) & m->mask) {
        if (m->slot[i].key == key)
            return &m->slot[i];
        if (!m->slot[i].key)
            return NULL;
    }
}

#define BATCH 64

void ew_perceptron_scores(const ew_perceptron *m, const uint64_t *f, size_t nf,
                          int32_t *scores)
{
    memset(scores, 0, m->nclass * sizeof *scores);
    for (size_t base = 0; base < nf; base += BATCH) {
        size_t nb = nf - base < BATCH ? nf - base : BATCH;
        size_t idx[BATCH];
        uint32_t span[BATCH];
        for (size_t j = 0; j < nb; j++) {
            idx[j] = slot_of(fix_key(f[base + j]), m->mask);
            __builtin_prefetch(&m->slot[idx[j]]);
        }
        for (size_t j = 0; j < nb; j++) {
            const ew_pslot *s = find_slot(m, fix_key(f[base + j]), idx[j]);
            span[j] = s ? s->span : 0;
            if (span[j])
                __builtin_prefetch(m->entries + (span[j] >> 8));
        }
        for (size_t j = 0; j < nb; j++) {
            const uint32_t *e = m->entries + (span[j] >> 8);
            for (uint32_t k = 0, c = span[j] & 0xff; k < c; k++)
                scores[e[k] & 0xff] += (int32_t)e[k] >> 8;
        }
    }
}
