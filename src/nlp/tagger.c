/*
 * tagger.c -- joint XPOS|UPOS averaged-perceptron tagger (see tagger.h).
 *
 * Trained and loaded models share one representation: a payload buffer in
 * the model-file layout, viewed in place.  Training builds that buffer
 * (also once per epoch, to measure the averaged model on dev), so the code
 * that tags after `train` is exactly the code that tags after `load`.
 *
 * Two passes.  Pass 1 is greedy left to right; it cannot see the tags to
 * the right, which decide "police arrested three men" (VBD) against "men
 * arrested in May" (VBN) or "that" IN/DT/WDT.  Pass 2 is a second perceptron
 * with pass 1's features plus pass 1's tags of the word and of the next two
 * words; it revisits only the words whose pass-1 margin (best score minus
 * runner-up) is below a threshold, so it costs ~15% of the tagging time
 * instead of 100%.  Pass 2 learns from jackknifed pass-1 tags (each quarter
 * of the training data tagged by a pass-1 model trained on the rest), so
 * it sees pass 1 as wrong as it will be on new text.
 *
 * Word clusters (clusters.h): the cluster path prefixes of the word and of
 * its neighbours generalise from training words to words seen only in
 * unlabeled text.  The model records the id of the clusters it was trained
 * with and loads clusters.bin from its own directory.
 *
 * Payload layout (version 4, host little-endian words):
 *   u32 nclass, u32 dict_slots, u32 lex_slots, u32 retag (0 = one pass)
 *   u64 clusters id (0 = trained without clusters)
 *   ew_tclass cls[nclass]                    16 bytes each
 *   u64 dict_keys[dict_slots] (0 = empty)    exact-form hash
 *   u8  dict_class[dict_slots], padded to 8
 *   u64 lex_keys[lex_slots], u32 lex_val[lex_slots], padded to 8
 *   perceptron blob (perceptron.h), pass 1
 *   perceptron blob, pass 2 (only when retag != 0)
 */
#include "nlp/tagger.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nlp/clusters.h"
#include "nlp/model_io.h"
#include "nlp/perceptron.h"
#include "nlp/word_features.h"

#define XPOS_MAX 11

typedef struct ew_tclass {
    char xpos[XPOS_MAX + 1];
    uint8_t upos;
    uint8_t pad[3];
} ew_tclass;

struct ew_tagger {
    void *payload;            /* owned */
    size_t size;
    uint32_t nclass;
    const ew_tclass *cls;
    uint32_t dmask;
    const uint64_t *dkeys;
    const uint8_t *dval;
    uint32_t lmask;           /* lexicon: normalised form -> ambiguity class */
    const uint64_t *lkeys;
    const uint32_t *lval;
    ew_perceptron pm;
    uint32_t retag;           /* pass-1 margin below which pass 2 re-tags; 0 = one pass */
    ew_perceptron pm2;        /* pass 2: sees pass 1's tags to the right */
    const ew_clusters *clus;  /* word clusters, NULL = none */
    ew_clusters *clus_own;    /* loaded with the model (else borrowed: the trainer's
                               * or ew_tagger_load_with's) */
    uint64_t clus_id;
};

#define HEAD 24               /* payload header bytes */

enum {
    T_BIAS = 1, T_W, T_S1, T_S2, T_S3, T_S4, T_S5, T_P1, T_P3, T_SHAPE,
    T_T1, T_T2, T_T12, T_T1W, T_WM1, T_SM1, T_WM2, T_WP1, T_SP1, T_WP2,
    T_FIRST, T_WM1W, T_WWP1, T_SHP1, T_SHM1, T_T1S3, T_SM2P1,
    T_A0, T_A1, T_A2, T_T1A0, T_A0A1, T_AM1A0, T_X0, T_X1, T_T1X0,
    T_C0, T_R1, T_R2, T_R12, T_T1R1, T_R1W, T_R1S3, T_R1A0, T_C0R1,
    T_K4, T_K6, T_KF, T_KM1, T_KP1, T_KM2, T_KP2, T_T1K, T_KM1K,
};

#define NFEAT_MAX 64   /* >= the features tag2_features() emits (54) */

#define TAG_START 256u
#define TAG_START2 257u
#define TAG_END 258u
#define TAG_END2 259u

/* Words of a sentence the second pass can revisit: their word hashes are
 * kept on the stack while pass 1 runs (longer sentences keep pass-1 tags
 * from there on). */
#define TAG_CACHE 256

typedef struct wcache {
    ew_winfo w[TAG_CACHE];
    uint32_t lex[TAG_CACHE], lexx[TAG_CACHE];
} wcache;

/* Sliding window over a sentence: win[2] is token i; lex[k] is the
 * lexicon value (ambiguity class) of win[k]. */
typedef struct window {
    ew_winfo win[5];
    uint32_t lex[5];          /* by normalised form */
    uint32_t lexx[5];         /* by exact form ("Bush" vs "bush") */
    /* training only: lexicon values computed leave-one-out from the word
     * counts, so that training words look as (un)known as test words do */
    const struct wcount *loo;
    const uint8_t *gold;
    wcache *cache;            /* tagging: filled for the second pass */
    uint64_t *clus_out;       /* tagging: each word's cluster code, or NULL */
    int clusters;             /* the model has word clusters: emit their features
                               * (a model without them keeps version 3's features) */
} window;

static uint32_t loo_lex(const struct wcount *wc, uint64_t key, int gold);

/* Cluster path prefixes of the word and its neighbours (Koo et al. 2008
 * use 4 and 6 bits and the full path). */
static size_t cluster_features(const window *wd, uint32_t p1, uint64_t *f)
{
    const ew_winfo *win = wd->win;
    uint64_t c = win[2].clus;
    size_t n = 0;
    f[n++] = ew_wf1(T_K4, ew_clusters_prefix(c, 4));
    f[n++] = ew_wf1(T_K6, ew_clusters_prefix(c, 6));
    f[n++] = ew_wf1(T_KF, c);
    f[n++] = ew_wf1(T_KM1, win[1].clus);
    f[n++] = ew_wf1(T_KP1, win[3].clus);
    f[n++] = ew_wf1(T_KM2, ew_clusters_prefix(win[0].clus, 6));
    f[n++] = ew_wf1(T_KP2, ew_clusters_prefix(win[4].clus, 6));
    f[n++] = ew_wf2(T_T1K, p1, ew_clusters_prefix(c, 6));
    f[n++] = ew_wf2(T_KM1K, ew_clusters_prefix(win[1].clus, 6), c);
    return n;
}

/* Features of the word in the middle of the window (positions i-2..i+2). */
static size_t tag_features(const window *wd, int first, uint32_t p1, uint32_t p2,
                           uint64_t *f)
{
    const ew_winfo *win = wd->win, *w = &wd->win[2];
    const uint32_t *lx = wd->lex;
    size_t n = 0;
    f[n++] = ew_wf1(T_BIAS, 0);
    f[n++] = ew_wf1(T_W, w->norm);
    for (int k = 0; k < 5; k++)
        f[n++] = ew_wf1(T_S1 + k, w->suf[k]);
    f[n++] = ew_wf1(T_P1, w->pre1);
    f[n++] = ew_wf1(T_P3, w->pre3);
    f[n++] = ew_wf1(T_SHAPE, w->shape);
    f[n++] = ew_wf1(T_T1, p1);
    f[n++] = ew_wf1(T_T2, p2);
    f[n++] = ew_wf2(T_T12, p1, p2);
    f[n++] = ew_wf2(T_T1W, p1, w->norm);
    f[n++] = ew_wf1(T_WM1, win[1].norm);
    f[n++] = ew_wf1(T_SM1, win[1].suf[2]);
    f[n++] = ew_wf1(T_WM2, win[0].norm);
    f[n++] = ew_wf1(T_WP1, win[3].norm);
    f[n++] = ew_wf1(T_SP1, win[3].suf[2]);
    f[n++] = ew_wf1(T_WP2, win[4].norm);
    f[n++] = ew_wf2(T_FIRST, (uint64_t)first, w->shape);
    f[n++] = ew_wf2(T_WM1W, win[1].norm, w->norm);
    f[n++] = ew_wf2(T_WWP1, w->norm, win[3].norm);
    f[n++] = ew_wf1(T_SHP1, win[3].shape);
    f[n++] = ew_wf1(T_SHM1, win[1].shape);
    f[n++] = ew_wf2(T_T1S3, p1, w->suf[2]);
    f[n++] = ew_wf2(T_SM2P1, win[1].suf[1], win[3].suf[1]);
    f[n++] = ew_wf1(T_A0, lx[2]);
    f[n++] = ew_wf1(T_A1, lx[3]);
    f[n++] = ew_wf1(T_A2, lx[4]);
    f[n++] = ew_wf2(T_T1A0, p1, lx[2]);
    f[n++] = ew_wf2(T_A0A1, lx[2], lx[3]);
    f[n++] = ew_wf2(T_AM1A0, lx[1], lx[2]);
    f[n++] = ew_wf1(T_X0, wd->lexx[2]);
    f[n++] = ew_wf1(T_X1, wd->lexx[3]);
    f[n++] = ew_wf2(T_T1X0, p1, wd->lexx[2]);
    if (wd->clusters)
        n += cluster_features(wd, p1, f + n);
    assert(n <= NFEAT_MAX);
    return n;
}

/* Pass 2: pass 1's features plus pass 1's tag of this word (c0) and of the
 * next two (r1, r2), which a left-to-right pass cannot see. */
static size_t tag2_features(const window *wd, int first, uint32_t p1, uint32_t p2,
                            uint32_t c0, uint32_t r1, uint32_t r2, uint64_t *f)
{
    size_t n = tag_features(wd, first, p1, p2, f);
    const ew_winfo *w = &wd->win[2];
    f[n++] = ew_wf1(T_C0, c0);
    f[n++] = ew_wf1(T_R1, r1);
    f[n++] = ew_wf1(T_R2, r2);
    f[n++] = ew_wf2(T_R12, r1, r2);
    f[n++] = ew_wf2(T_T1R1, p1, r1);
    f[n++] = ew_wf2(T_R1W, r1, w->norm);
    f[n++] = ew_wf2(T_R1S3, r1, w->suf[2]);
    f[n++] = ew_wf2(T_R1A0, r1, wd->lex[2]);
    f[n++] = ew_wf2(T_C0R1, c0, r1);
    assert(n <= NFEAT_MAX);
    return n;
}

#define LEX_UNKNOWN 0xfffffffeu

static uint32_t lex_lookup(const ew_tagger *t, uint64_t key)
{
    if (!t->lmask)
        return LEX_UNKNOWN;
    key = key ? key : 1;
    for (uint32_t i = (uint32_t)(ew_wf_mix(key) & t->lmask);; i = (i + 1) & t->lmask) {
        if (t->lkeys[i] == key)
            return t->lval[i];
        if (!t->lkeys[i])
            return LEX_UNKNOWN;
    }
}

/* The first slot (key and value of vsize bytes) a probe of a table reads. */
static void prefetch_probe(const uint64_t *keys, const void *vals, size_t vsize,
                           uint32_t mask, uint64_t key)
{
    if (!mask)
        return;
    uint32_t i = (uint32_t)ew_wf_mix(key ? key : 1) & mask;
    __builtin_prefetch(&keys[i]);
    __builtin_prefetch((const char *)vals + (size_t)i * vsize);
}

/* A new word's table lookups (clusters, lexicon by both forms, the tag
 * dictionary two words later) each miss the cache: started together they
 * cost about one miss instead of three in a row. */
static void window_prefetch(const ew_tagger *t, const ew_winfo *wi)
{
    ew_clusters_prefetch(t->clus, wi->norm);
    prefetch_probe(t->lkeys, t->lval, sizeof *t->lval, t->lmask, wi->norm);
    prefetch_probe(t->lkeys, t->lval, sizeof *t->lval, t->lmask, wi->exact);
    prefetch_probe(t->dkeys, t->dval, 1, t->dmask, wi->exact);
}

static void window_fill(const ew_tagger *t, window *w, const ew_sentence *s, size_t pos, int slot)
{
    if (pos < s->n) {
        ew_winfo_make(&w->win[slot], s->tok[pos].form);
        if (!w->loo)
            window_prefetch(t, &w->win[slot]);
        w->win[slot].clus = ew_clusters_code(t->clus, w->win[slot].norm);
        if (w->clus_out)
            w->clus_out[pos] = w->win[slot].clus;
        w->lex[slot] = w->loo ? loo_lex(w->loo, w->win[slot].norm, w->gold[pos])
                              : lex_lookup(t, w->win[slot].norm);
        w->lexx[slot] = w->loo ? loo_lex(w->loo, w->win[slot].exact, w->gold[pos])
                               : lex_lookup(t, w->win[slot].exact);
        if (w->cache && pos < TAG_CACHE) {
            w->cache->w[pos] = w->win[slot];
            w->cache->lex[pos] = w->lex[slot];
            w->cache->lexx[pos] = w->lexx[slot];
        }
    } else {
        ew_winfo_sentinel(&w->win[slot], pos == s->n ? 3 : 4);
        w->lex[slot] = w->lexx[slot] = pos == s->n ? 0xfffffff0u : 0xfffffff1u;
    }
}

static void window_start(const ew_tagger *t, window *w, const ew_sentence *s)
{
    w->clusters = t->clus != NULL;
    ew_winfo_sentinel(&w->win[0], 1);
    ew_winfo_sentinel(&w->win[1], 2);
    w->lex[0] = w->lexx[0] = 0xfffffff2u;
    w->lex[1] = w->lexx[1] = 0xfffffff3u;
    window_fill(t, w, s, 0, 2);
    window_fill(t, w, s, 1, 3);
    window_fill(t, w, s, 2, 4);
}

static void window_shift(const ew_tagger *t, window *w, const ew_sentence *s, size_t i)
{
    memmove(&w->win[0], &w->win[1], 4 * sizeof w->win[0]);
    memmove(&w->lex[0], &w->lex[1], 4 * sizeof w->lex[0]);
    memmove(&w->lexx[0], &w->lexx[1], 4 * sizeof w->lexx[0]);
    window_fill(t, w, s, i + 3, 4);
}

/* The window around word i (i + 2 < TAG_CACHE) from pass 1's cache. */
static void window_at(window *w, const wcache *c, size_t n, size_t i)
{
    for (int k = 0; k < 5; k++) {
        size_t pos = i + (size_t)k - 2;
        if (i + (size_t)k < 2) {
            size_t before = i + (size_t)k; /* 0: two before the start, 1: one */
            ew_winfo_sentinel(&w->win[k], before + 1);
            w->lex[k] = w->lexx[k] = 0xfffffff2u + (uint32_t)before;
        } else if (pos >= n) {
            ew_winfo_sentinel(&w->win[k], pos == n ? 3 : 4);
            w->lex[k] = w->lexx[k] = pos == n ? 0xfffffff0u : 0xfffffff1u;
        } else {
            w->win[k] = c->w[pos];
            w->lex[k] = c->lex[pos];
            w->lexx[k] = c->lexx[pos];
        }
    }
}

static int dict_lookup(const ew_tagger *t, uint64_t key)
{
    if (!t->dmask)
        return -1;
    key = key ? key : 1;
    for (uint32_t i = (uint32_t)(ew_wf_mix(key) & t->dmask);; i = (i + 1) & t->dmask) {
        if (t->dkeys[i] == key)
            return t->dval[i];
        if (!t->dkeys[i])
            return -1;
    }
}

/* Best class; *margin = its lead over the runner-up. */
static int argmax_i32(const int32_t *s, uint32_t n, int32_t *margin)
{
    uint32_t b = 0;
    int32_t second = INT32_MIN;
    for (uint32_t i = 1; i < n; i++) {
        if (s[i] > s[b]) {
            second = s[b];
            b = i;
        } else if (s[i] > second) {
            second = s[i];
        }
    }
    *margin = n > 1 ? s[b] - second : INT32_MAX;
    return (int)b;
}

static void set_tag(const ew_tagger *t, ew_token *tok, int c)
{
    tok->xpos = t->cls[c].xpos;
    tok->upos = t->cls[c].upos;
}

/* Greedy left to right.  cls[i] receives the class of word i, low[i]
 * whether pass 2 should look at it again and margins[i] (if not NULL) the
 * winner's lead, INT32_MAX for dictionary words (i < TAG_CACHE). */
static void tag_pass1(const ew_tagger *t, ew_sentence *s, wcache *cache,
                      uint8_t *cls, uint8_t *low, int32_t *margins, uint64_t *clus)
{
    window w = {.loo = NULL, .cache = cache, .clus_out = clus};
    uint64_t f[NFEAT_MAX];
    int32_t scores[EW_PERCEPTRON_MAX_CLASSES];
    uint32_t p1 = TAG_START, p2 = TAG_START2;
    if (s->n)
        window_start(t, &w, s);
    for (size_t i = 0; i < s->n; i++) {
        if (i)
            window_shift(t, &w, s, i - 1);
        int c = dict_lookup(t, w.win[2].exact);
        int32_t margin = INT32_MAX;
        if (c < 0) {
            size_t nf = tag_features(&w, i == 0, p1, p2, f);
            ew_perceptron_scores(&t->pm, f, nf, scores);
            c = argmax_i32(scores, t->nclass, &margin);
        }
        set_tag(t, &s->tok[i], c);
        if (i < TAG_CACHE) {
            cls[i] = (uint8_t)c;
            low[i] = margin != INT32_MAX && (uint32_t)margin < t->retag;
            if (margins)
                margins[i] = margin;
        }
        p2 = p1;
        p1 = (uint32_t)c;
    }
}

/* Re-tags the words pass 1 was unsure of, now seeing its tags on the right. */
static void tag_pass2(const ew_tagger *t, ew_sentence *s, const wcache *cache,
                      uint8_t *cls, const uint8_t *low)
{
    window w;
    uint64_t f[NFEAT_MAX];
    int32_t scores[EW_PERCEPTRON_MAX_CLASSES], margin;
    size_t n = s->n, end = n < TAG_CACHE - 2 ? n : TAG_CACHE - 2;
    for (size_t i = 0; i < end; i++) {
        if (!low[i])
            continue;
        uint32_t p1 = i > 0 ? cls[i - 1] : TAG_START;
        uint32_t p2 = i > 1 ? cls[i - 2] : i == 1 ? TAG_START : TAG_START2;
        uint32_t r1 = i + 1 < n ? cls[i + 1] : TAG_END;
        uint32_t r2 = i + 2 < n ? cls[i + 2] : i + 2 == n ? TAG_END : TAG_END2;
        window_at(&w, cache, n, i);
        w.clusters = t->clus != NULL;
        size_t nf = tag2_features(&w, i == 0, p1, p2, cls[i], r1, r2, f);
        ew_perceptron_scores(&t->pm2, f, nf, scores);
        cls[i] = (uint8_t)argmax_i32(scores, t->nclass, &margin);
        set_tag(t, &s->tok[i], cls[i]);
    }
}

int ew_tagger_tag(const ew_tagger *t, ew_sentence *s)
{
    return ew_tagger_tag_clus(t, s, NULL);
}

uint64_t ew_tagger_clusters_id(const ew_tagger *t)
{
    return t && t->clus ? ew_clusters_id(t->clus) : 0;
}

const ew_clusters *ew_tagger_clusters(const ew_tagger *t)
{
    return t ? t->clus : NULL;
}

int ew_tagger_tag_clus(const ew_tagger *t, ew_sentence *s, uint64_t *clus)
{
    if (!t || !s)
        return -1;
    wcache cache;
    uint8_t cls[TAG_CACHE], low[TAG_CACHE];
    tag_pass1(t, s, &cache, cls, low, NULL, clus);
    if (t->retag)
        tag_pass2(t, s, &cache, cls, low);
    return 0;
}

/* ---- payload ---- */

/* Lookups probe until they meet an empty slot: a table from a damaged or
 * hostile file without one would make them loop forever. */
static int has_empty_slot(const uint64_t *keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!keys[i])
            return 1;
    return n <= 1;
}

/* Points the dictionary and lexicon tables into p; returns the bytes they
 * take after off, or 0 if they do not fit in size. */
static size_t view_tables(ew_tagger *t, const unsigned char *p, size_t off, size_t size,
                          uint32_t dslots, uint32_t lslots)
{
    size_t dict_bytes = (size_t)dslots * 8 + (((size_t)dslots + 7) & ~(size_t)7);
    size_t lex_bytes = (size_t)lslots * 12 + (lslots & 1) * 4;
    if (off + dict_bytes + lex_bytes > size)
        return 0;
    t->dmask = dslots ? dslots - 1 : 0;
    t->dkeys = (const uint64_t *)(p + off);
    t->dval = p + off + (size_t)dslots * 8;
    off += dict_bytes;
    t->lmask = lslots ? lslots - 1 : 0;
    t->lkeys = (const uint64_t *)(p + off);
    t->lval = (const uint32_t *)(p + off + (size_t)lslots * 8);
    for (uint32_t i = 0; i < dslots; i++)
        if (t->dkeys[i] && t->dval[i] >= t->nclass)
            return 0;
    if (!has_empty_slot(t->dkeys, dslots) || !has_empty_slot(t->lkeys, lslots))
        return 0;
    return dict_bytes + lex_bytes;
}

static int view_payload(ew_tagger *t, const char *name, ew_diag *diag)
{
    const unsigned char *p = t->payload;
    const uint32_t *h = t->payload;
    if (t->size < HEAD)
        goto bad;
    t->nclass = h[0];
    uint32_t dslots = h[1], lslots = h[2];
    if (!t->nclass || t->nclass > EW_PERCEPTRON_MAX_CLASSES
        || (dslots & (dslots - 1)) || (lslots & (lslots - 1)))
        goto bad;
    size_t off = HEAD + (size_t)t->nclass * sizeof(ew_tclass);
    if (off > t->size)
        goto bad;
    memcpy(&t->clus_id, p + 16, 8);
    t->cls = (const ew_tclass *)(p + HEAD);
    for (uint32_t i = 0; i < t->nclass; i++)
        if (t->cls[i].xpos[XPOS_MAX] || t->cls[i].upos >= EW_UPOS_COUNT)
            goto bad;
    size_t tb = view_tables(t, p, off, t->size, dslots, lslots);
    if (!tb)
        goto bad;
    off += tb;
    size_t used;
    if (ew_perceptron_view(&t->pm, p + off, t->size - off, &used, name, diag))
        return -1;
    if (t->pm.nclass != t->nclass)
        goto bad;
    t->retag = h[3];
    if (t->retag) {
        off += used;
        if (ew_perceptron_view(&t->pm2, p + off, t->size - off, &used, name, diag))
            return -1;
        if (t->pm2.nclass != t->nclass)
            goto bad;
    }
    return 0;
bad:
    ew_diag_report(diag, EW_ERROR, name, 0, NULL, "malformed tagger model payload");
    return -1;
}

/* The clusters the model was trained with: `given` (borrowed) after its id
 * is checked, else clusters.bin from the model's directory (owned). */
static int load_clusters(ew_tagger *t, const char *path, const ew_clusters *given,
                         ew_diag *diag)
{
    if (!t->clus_id)
        return 0;
    if (given) {
        t->clus = given;
        return ew_clusters_check_for(given, path, "tagger", t->clus_id, diag);
    }
    t->clus = t->clus_own = ew_clusters_load_for(path, "tagger", t->clus_id, diag);
    return t->clus ? 0 : -1;
}

ew_tagger *ew_tagger_load_with(const char *path, const ew_clusters *clusters, ew_diag *diag)
{
    ew_tagger *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->payload = ew_model_read(path, EW_TAGGER_KIND, EW_TAGGER_VERSION, &t->size, diag);
    if (!t->payload || view_payload(t, path, diag) || load_clusters(t, path, clusters, diag)) {
        ew_tagger_free(t);
        return NULL;
    }
    return t;
}

ew_tagger *ew_tagger_load(const char *path, ew_diag *diag)
{
    return ew_tagger_load_with(path, NULL, diag);
}

int ew_tagger_save(const ew_tagger *t, const char *path, ew_diag *diag)
{
    return ew_model_write(path, EW_TAGGER_KIND, EW_TAGGER_VERSION, t->payload, t->size, diag);
}

void ew_tagger_free(ew_tagger *t)
{
    if (!t)
        return;
    free(t->payload);
    ew_clusters_free(t->clus_own);
    free(t);
}

/* Tags a copy of g's tokens in *scratch (grown as needed, caller frees), so
 * the gold tags stay for comparison. */
static void tag_copy(const ew_tagger *t, const ew_sentence *g, ew_token **scratch, size_t *cap)
{
    if (g->n > *cap) {
        *cap = g->n * 2;
        *scratch = realloc(*scratch, *cap * sizeof **scratch);
        if (!*scratch)
            abort();
    }
    memcpy(*scratch, g->tok, g->n * sizeof **scratch);
    ew_sentence copy = *g;
    copy.tok = *scratch;
    ew_tagger_tag(t, &copy);
}

void ew_tagger_accuracy(const ew_tagger *t, const ew_sentence *gold, size_t n,
                        double *upos, double *xpos)
{
    size_t tokens = 0, ok_u = 0, ok_x = 0, cap = 0;
    ew_token *tmp = NULL;
    for (size_t i = 0; i < n; i++) {
        const ew_sentence *g = &gold[i];
        tag_copy(t, g, &tmp, &cap);
        for (size_t k = 0; k < g->n; k++) {
            ok_u += tmp[k].upos == g->tok[k].upos;
            ok_x += g->tok[k].xpos && !strcmp(tmp[k].xpos, g->tok[k].xpos);
        }
        tokens += g->n;
    }
    free(tmp);
    if (upos)
        *upos = tokens ? 100.0 * ok_u / tokens : 0;
    if (xpos)
        *xpos = tokens ? 100.0 * ok_x / tokens : 0;
}

/* ---- training ---- */

typedef struct tagset {
    ew_tclass cls[EW_PERCEPTRON_MAX_CLASSES];
    uint32_t n;
} tagset;

static int tagset_class(tagset *ts, const char *xpos, uint8_t upos)
{
    char x[XPOS_MAX + 1] = {0};
    snprintf(x, sizeof x, "%s", xpos ? xpos : "_");
    for (uint32_t i = 0; i < ts->n; i++)
        if (ts->cls[i].upos == upos && !strcmp(ts->cls[i].xpos, x))
            return (int)i;
    if (ts->n == EW_PERCEPTRON_MAX_CLASSES)
        return 0; /* never happens with UD English (~110 pairs) */
    memcpy(ts->cls[ts->n].xpos, x, sizeof x);
    ts->cls[ts->n].upos = upos;
    return (int)ts->n++;
}

/* Word -> per-class counts, for the tag dictionary and the lexicon. */
typedef struct wcount {
    uint64_t *keys;
    uint32_t *idx;
    uint32_t *counts;       /* rows of ncol */
    size_t slots, used, ncol;
} wcount;

static void wcount_init(wcount *w, size_t ncol)
{
    w->slots = 1 << 18;
    w->used = 0;
    w->ncol = ncol;
    w->keys = calloc(w->slots, sizeof *w->keys);
    w->idx = calloc(w->slots, sizeof *w->idx);
    w->counts = calloc(w->slots / 2 * ncol, sizeof *w->counts);
    if (!w->keys || !w->idx || !w->counts)
        abort();
}

static void wcount_free(wcount *w)
{
    free(w->keys);
    free(w->idx);
    free(w->counts);
}

static void wcount_add(wcount *w, uint64_t key, int cls)
{
    key = key ? key : 1;
    size_t mask = w->slots - 1;
    size_t i = (size_t)ew_wf_mix(key) & mask;
    while (w->keys[i] && w->keys[i] != key)
        i = (i + 1) & mask;
    if (!w->keys[i]) {
        if ((w->used + 1) * 2 > w->slots)
            return; /* table full: the word is simply left out */
        w->keys[i] = key;
        w->idx[i] = (uint32_t)w->used++;
    }
    w->counts[(size_t)w->idx[i] * w->ncol + cls]++;
}

/* A hash table of u64 keys with one value per slot, built then copied
 * into the payload. */
typedef struct ktable {
    uint64_t *keys;
    uint32_t *val;
    uint32_t slots;
} ktable;

static void ktable_init(ktable *k, size_t entries)
{
    k->slots = 16;
    while (k->slots < entries * 2)
        k->slots *= 2;
    k->keys = calloc(k->slots, sizeof *k->keys);
    k->val = calloc(k->slots, sizeof *k->val);
    if (!k->keys || !k->val)
        abort();
}

static void ktable_put(ktable *k, uint64_t key, uint32_t v)
{
    uint32_t i = (uint32_t)(ew_wf_mix(key) & (k->slots - 1));
    while (k->keys[i])
        i = (i + 1) & (k->slots - 1);
    k->keys[i] = key;
    k->val[i] = v;
}

/* Tag dictionary: words seen >= 20 times with one class >= 97% of the time
 * (the thresholds of Honnibal's tagger: they skip about half the tokens at
 * no accuracy cost).  Value: class + 1, 0 = not in the dictionary. */
static uint32_t dict_value(const uint32_t *c, size_t ncol)
{
    uint32_t tot = 0, b = 0;
    for (uint32_t k = 0; k < ncol; k++) {
        tot += c[k];
        if (c[k] > c[b])
            b = k;
    }
    return tot >= 20 && c[b] * 100 >= tot * 97 ? b + 1 : 0;
}

/* Lexicon: words seen >= 3 times -> their ambiguity class, a hash of the
 * classes that cover >= 10% of their occurrences, plus the best class in
 * the low byte.  Value 0: not in the lexicon. */
static uint32_t lex_value(const uint32_t *c, size_t ncol)
{
    uint32_t tot = 0, b = 0;
    for (uint32_t k = 0; k < ncol; k++) {
        tot += c[k];
        if (c[k] > c[b])
            b = k;
    }
    if (tot < 3)
        return 0;
    uint64_t h = 0x1234567;
    for (uint32_t k = 0; k < ncol; k++)
        if (c[k] * 10 >= tot)
            h = ew_wf_mix(h ^ (k + 1));
    return (uint32_t)((h & 0xffff00) | b) | 0x1000000u;
}

static const uint32_t *wcount_find(const wcount *w, uint64_t key)
{
    key = key ? key : 1;
    size_t mask = w->slots - 1;
    for (size_t i = (size_t)ew_wf_mix(key) & mask;; i = (i + 1) & mask) {
        if (w->keys[i] == key)
            return w->counts + (size_t)w->idx[i] * w->ncol;
        if (!w->keys[i])
            return NULL;
    }
}

static uint32_t loo_lex(const wcount *wc, uint64_t key, int gold)
{
    const uint32_t *c = wcount_find(wc, key);
    if (!c)
        return LEX_UNKNOWN;
    uint32_t tmp[EW_PERCEPTRON_MAX_CLASSES];
    memcpy(tmp, c, wc->ncol * sizeof *tmp);
    if (tmp[gold])
        tmp[gold]--;
    uint32_t v = lex_value(tmp, wc->ncol);
    return v ? v : LEX_UNKNOWN;
}

static void build_table(const wcount *wc, uint32_t (*value)(const uint32_t *, size_t),
                        ktable *out)
{
    size_t keep = 0;
    for (size_t s = 0; s < wc->slots; s++)
        keep += wc->keys[s] && value(wc->counts + (size_t)wc->idx[s] * wc->ncol, wc->ncol);
    ktable_init(out, keep);
    for (size_t s = 0; s < wc->slots; s++) {
        if (!wc->keys[s])
            continue;
        uint32_t v = value(wc->counts + (size_t)wc->idx[s] * wc->ncol, wc->ncol);
        if (v)
            ktable_put(out, wc->keys[s], v);
    }
}

typedef struct tparts {
    tagset ts;
    ktable dict;   /* values: class + 1 */
    ktable lex;
    const ew_clusters *clus;
} tparts;

/* Builds the model from the tables and the trainers: pt NULL gives the
 * tables only (used during training for dictionary/lexicon lookups), pt2
 * the second pass, used on words whose pass-1 margin is below retag. */
static ew_tagger *make_tagger(const tparts *tp, const ew_ptrain *pt, const ew_ptrain *pt2,
                              uint32_t retag)
{
    size_t pn = 0, pn2 = 0;
    void *blob = pt ? ew_ptrain_compile(pt, &pn) : NULL;
    void *blob2 = pt && pt2 && retag ? ew_ptrain_compile(pt2, &pn2) : NULL;
    uint32_t ds = tp->dict.slots, ls = tp->lex.slots;
    size_t head = HEAD + (size_t)tp->ts.n * sizeof(ew_tclass);
    size_t dict_bytes = (size_t)ds * 8 + (((size_t)ds + 7) & ~(size_t)7);
    size_t lex_bytes = (size_t)ls * 12 + (ls & 1) * 4;
    ew_tagger *t = calloc(1, sizeof *t);
    if (!t)
        abort();
    size_t body = head + dict_bytes + lex_bytes;
    t->size = body + pn + pn2;
    unsigned char *p = t->payload = calloc(1, t->size);
    if (!p)
        abort();
    uint32_t *h = (uint32_t *)p;
    h[0] = tp->ts.n;
    h[1] = ds;
    h[2] = ls;
    h[3] = blob2 ? retag : 0;
    uint64_t cid = ew_clusters_id(tp->clus);
    memcpy(p + 16, &cid, 8);
    memcpy(p + HEAD, tp->ts.cls, (size_t)tp->ts.n * sizeof(ew_tclass));
    t->clus = tp->clus;
    memcpy(p + head, tp->dict.keys, (size_t)ds * 8);
    for (uint32_t i = 0; i < ds; i++)
        p[head + (size_t)ds * 8 + i] = (uint8_t)(tp->dict.keys[i] ? tp->dict.val[i] - 1 : 0);
    memcpy(p + head + dict_bytes, tp->lex.keys, (size_t)ls * 8);
    memcpy(p + head + dict_bytes + (size_t)ls * 8, tp->lex.val, (size_t)ls * 4);
    if (blob)
        memcpy(p + body, blob, pn);
    if (blob2)
        memcpy(p + body + pn, blob2, pn2);
    free(blob);
    free(blob2);
    if (!pt) {
        t->nclass = tp->ts.n;
        t->cls = (const ew_tclass *)(p + HEAD);
        view_tables(t, p, head, t->size, ds, ls);
        return t;
    }
    if (view_payload(t, "trained tagger", NULL))
        abort(); /* we just built it: a failure is a bug here */
    return t;
}

/* Gold classes of every token, flat; fills the tag set, the tables and the
 * normalised-word counts (kept for leave-one-out lexicon values). */
static uint8_t *gold_classes(const ew_sentence *sents, size_t n, tparts *tp, wcount *norm)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += sents[i].n;
    uint8_t *gold = malloc(total ? total : 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < sents[i].n; j++)
            gold[k++] = (uint8_t)tagset_class(&tp->ts, sents[i].tok[j].xpos, sents[i].tok[j].upos);
    if (!tp->ts.n)
        tagset_class(&tp->ts, "_", EW_UPOS_X);
    wcount exact;
    wcount_init(&exact, tp->ts.n);
    wcount_init(norm, tp->ts.n);
    k = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < sents[i].n; j++, k++) {
            ew_winfo w;
            ew_winfo_make(&w, sents[i].tok[j].form);
            wcount_add(&exact, w.exact, gold[k]);
            wcount_add(norm, w.norm, gold[k]);
            wcount_add(norm, w.exact, gold[k]);
        }
    build_table(&exact, dict_value, &tp->dict);
    build_table(norm, lex_value, &tp->lex);
    wcount_free(&exact);
    return gold;
}

static int argmax_f(const float *s, uint32_t n)
{
    uint32_t b = 0;
    for (uint32_t i = 1; i < n; i++)
        if (s[i] > s[b])
            b = i;
    return (int)b;
}

static void train_sentence(ew_ptrain *pt, const ew_tagger *t, const wcount *norm,
                           const ew_sentence *s, const uint8_t *gold)
{
    window w = {.loo = norm, .gold = gold};
    uint64_t f[NFEAT_MAX];
    float scores[EW_PERCEPTRON_MAX_CLASSES];
    uint32_t p1 = TAG_START, p2 = TAG_START2;
    window_start(t, &w, s);
    for (size_t i = 0; i < s->n; i++) {
        if (i)
            window_shift(t, &w, s, i - 1);
        int c = dict_lookup(t, w.win[2].exact);
        if (c < 0) {
            size_t nf = tag_features(&w, i == 0, p1, p2, f);
            ew_ptrain_scores(pt, f, nf, scores);
            c = argmax_f(scores, t->nclass);
            ew_ptrain_update(pt, f, nf, gold[i], c);
            ew_ptrain_tick(pt);
        }
        p2 = p1;
        p1 = (uint32_t)c;
    }
}

/* Pass 2 learns from jk, the tags a pass-1 tagger that never saw the
 * sentence gives it (jackknifed), so it learns how far to trust them. */
static void train_sentence2(ew_ptrain *pt, const ew_tagger *t, const wcount *norm,
                            const ew_sentence *s, const uint8_t *gold, const uint8_t *jk)
{
    window w = {.loo = norm, .gold = gold};
    uint64_t f[NFEAT_MAX];
    float scores[EW_PERCEPTRON_MAX_CLASSES];
    uint32_t p1 = TAG_START, p2 = TAG_START2;
    size_t n = s->n;
    window_start(t, &w, s);
    for (size_t i = 0; i < n; i++) {
        if (i)
            window_shift(t, &w, s, i - 1);
        int c = dict_lookup(t, w.win[2].exact);
        if (c < 0) {
            uint32_t r1 = i + 1 < n ? jk[i + 1] : TAG_END;
            uint32_t r2 = i + 2 < n ? jk[i + 2] : i + 2 == n ? TAG_END : TAG_END2;
            size_t nf = tag2_features(&w, i == 0, p1, p2, jk[i], r1, r2, f);
            ew_ptrain_scores(pt, f, nf, scores);
            c = argmax_f(scores, t->nclass);
            ew_ptrain_update(pt, f, nf, gold[i], c);
            ew_ptrain_tick(pt);
        }
        p2 = p1;
        p1 = (uint32_t)c;
    }
}

/* Fisher-Yates with a fixed LCG: the same seed gives the same model on any
 * machine (rand() would not). */
static void shuffle(size_t *order, size_t n, unsigned long long *state)
{
    for (size_t i = n; i > 1; i--) {
        *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t j = (size_t)((*state >> 33) % i);
        size_t tmp = order[i - 1];
        order[i - 1] = order[j];
        order[j] = tmp;
    }
}

static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* One training corpus with its tag set, tables and gold classes. */
typedef struct tcorpus {
    const ew_sentence *s;
    size_t n;
    tparts tp;
    wcount norm;
    uint8_t *gold;            /* flat, sentence i from off[i] */
    size_t *off;
    ew_tagger *tables;
} tcorpus;

static void tcorpus_init(tcorpus *c, const ew_sentence *s, size_t n, const ew_clusters *cl)
{
    memset(c, 0, sizeof *c);
    c->s = s;
    c->n = n;
    c->tp.clus = cl;
    c->gold = gold_classes(s, n, &c->tp, &c->norm);
    c->tables = make_tagger(&c->tp, NULL, NULL, 0);
    c->off = malloc((n + 1) * sizeof *c->off);
    if (!c->off)
        abort();
    c->off[0] = 0;
    for (size_t i = 0; i < n; i++)
        c->off[i + 1] = c->off[i] + s[i].n;
}

static void tcorpus_free(tcorpus *c)
{
    ew_tagger_free(c->tables);
    wcount_free(&c->norm);
    free(c->off);
    free(c->gold);
    free(c->tp.dict.keys);
    free(c->tp.dict.val);
    free(c->tp.lex.keys);
    free(c->tp.lex.val);
}

typedef struct trun {
    const ew_tagger_opts *opts;   /* may be NULL */
    const ew_sentence *dev;
    size_t ndev;
    int epochs;
    unsigned long long seed;
} trun;

static void report_epoch(const trun *r, const tcorpus *c, const ew_ptrain *pt,
                         const ew_ptrain *pt2, uint32_t retag, int e, double secs)
{
    double u = -1, x = -1;
    if (r->dev && r->ndev) {
        ew_tagger *tmp = make_tagger(&c->tp, pt, pt2, retag);
        ew_tagger_accuracy(tmp, r->dev, r->ndev, &u, &x);
        ew_tagger_free(tmp);
    }
    r->opts->progress(r->opts->user, e, u, x, secs);
}

/* Pass 1 (or, with jk, pass 2) perceptron over the whole corpus.  pt1 is
 * the finished pass 1, needed only to report pass-2 epochs. */
static ew_ptrain *train_perceptron(const trun *r, const tcorpus *c, const uint8_t *jk,
                                   const ew_ptrain *pt1, int report)
{
    unsigned long long rng = r->seed;
    size_t *order = malloc((c->n ? c->n : 1) * sizeof *order);
    if (!order)
        abort();
    for (size_t i = 0; i < c->n; i++)
        order[i] = i;
    ew_ptrain *pt = ew_ptrain_new((int)c->tp.ts.n);
    ew_ptrain_set_prune(pt, 0.5); /* EWT dev: same accuracy, smaller model */
    double t0 = now_sec();
    for (int e = 1; e <= r->epochs; e++) {
        shuffle(order, c->n, &rng);
        for (size_t k = 0; k < c->n; k++) {
            size_t i = order[k];
            if (jk)
                train_sentence2(pt, c->tables, &c->norm, &c->s[i], c->gold + c->off[i],
                                jk + c->off[i]);
            else
                train_sentence(pt, c->tables, &c->norm, &c->s[i], c->gold + c->off[i]);
        }
        if (report && r->opts && r->opts->progress)
            report_epoch(r, c, jk ? pt1 : pt, jk ? pt : NULL, jk ? UINT32_MAX : 0,
                         jk ? r->epochs + e : e, now_sec() - t0);
    }
    free(order);
    return pt;
}

static int tagset_find(const tagset *ts, const ew_tclass *k)
{
    for (uint32_t i = 0; i < ts->n; i++)
        if (ts->cls[i].upos == k->upos && !strcmp(ts->cls[i].xpos, k->xpos))
            return (int)i;
    return 0;
}

/* Tags fold k of c (sentences i % folds == k) with a pass-1 tagger trained
 * on the other folds; classes (in c's tag set) go to jk. */
static void jackknife_fold(const trun *r, const tcorpus *c, int folds, int k, uint8_t *jk)
{
    ew_sentence *rest = malloc((c->n ? c->n : 1) * sizeof *rest);
    ew_token *scratch = NULL;
    size_t nr = 0, cap = 0;
    if (!rest)
        abort();
    for (size_t i = 0; i < c->n; i++)
        if ((int)(i % (size_t)folds) != k)
            rest[nr++] = c->s[i];
    tcorpus fc;
    tcorpus_init(&fc, rest, nr, c->tp.clus);
    ew_ptrain *pt = train_perceptron(r, &fc, NULL, NULL, 0);
    ew_tagger *ft = make_tagger(&fc.tp, pt, NULL, 0);
    for (size_t i = (size_t)k; i < c->n; i += (size_t)folds) {
        const ew_sentence *g = &c->s[i];
        tag_copy(ft, g, &scratch, &cap);
        for (size_t j = 0; j < g->n; j++) {
            const ew_tclass *fk = ft->cls + (scratch[j].xpos - ft->cls[0].xpos) / sizeof(ew_tclass);
            jk[c->off[i] + j] = (uint8_t)tagset_find(&c->tp.ts, fk);
        }
    }
    free(scratch);
    ew_tagger_free(ft);
    ew_ptrain_free(pt);
    tcorpus_free(&fc);
    free(rest);
}

static int cmp_i32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

/* The pass-1 margin below which pass 2 re-tags a word: the pct-th
 * percentile of the margins of the classifier-tagged words of s (every
 * step-th sentence). */
static uint32_t pick_retag(const ew_tagger *t, const ew_sentence *s, size_t n, size_t step,
                           int pct)
{
    size_t cap = 1 << 16, m = 0;
    int32_t *all = malloc(cap * sizeof *all);
    ew_token tok[TAG_CACHE];
    wcache cache;
    uint8_t cls[TAG_CACHE], low[TAG_CACHE];
    int32_t mg[TAG_CACHE];
    if (!all)
        abort();
    for (size_t i = 0; i < n; i += step) {
        if (s[i].n > TAG_CACHE)
            continue;
        ew_sentence copy = s[i];
        memcpy(tok, s[i].tok, s[i].n * sizeof *tok);
        copy.tok = tok;
        tag_pass1(t, &copy, &cache, cls, low, mg, NULL);
        for (size_t j = 0; j < s[i].n; j++) {
            if (mg[j] == INT32_MAX)
                continue;
            if (m == cap && !(all = realloc(all, (cap *= 2) * sizeof *all)))
                abort();
            all[m++] = mg[j];
        }
    }
    qsort(all, m, sizeof *all, cmp_i32);
    uint32_t v = m ? (uint32_t)all[(m - 1) * (size_t)pct / 100] + 1 : 0;
    free(all);
    return pct >= 100 ? UINT32_MAX : v;
}

ew_tagger *ew_tagger_train(const ew_sentence *sents, size_t n,
                           const ew_sentence *dev, size_t ndev,
                           const ew_tagger_opts *opts)
{
    trun r = {.opts = opts, .dev = dev, .ndev = ndev,
              .epochs = opts && opts->epochs > 0 ? opts->epochs : 12,
              .seed = opts && opts->seed ? opts->seed : 1};
    int pct = opts && opts->retag_pct ? opts->retag_pct : 10;
    int folds = opts && opts->folds > 1 ? opts->folds : 4;
    tcorpus c;
    tcorpus_init(&c, sents, n, opts ? opts->clusters : NULL);
    ew_ptrain *pt = train_perceptron(&r, &c, NULL, NULL, 1);
    ew_ptrain *pt2 = NULL;
    uint32_t retag = 0;
    if (pct > 0 && n >= (size_t)folds) {
        uint8_t *jk = malloc(c.off[n] ? c.off[n] : 1);
        if (!jk)
            abort();
        for (int k = 0; k < folds; k++)
            jackknife_fold(&r, &c, folds, k, jk);
        pt2 = train_perceptron(&r, &c, jk, pt, 1);
        free(jk);
        ew_tagger *one = make_tagger(&c.tp, pt, NULL, 0);
        retag = dev && ndev ? pick_retag(one, dev, ndev, 1, pct)
                            : pick_retag(one, sents, n, 8, pct);
        ew_tagger_free(one);
    }
    ew_tagger *t = make_tagger(&c.tp, pt, pt2, retag);
    ew_ptrain_free(pt);
    if (pt2)
        ew_ptrain_free(pt2);
    tcorpus_free(&c);
    return t;
}
