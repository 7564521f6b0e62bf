/*
 * tagger.c -- joint XPOS|UPOS averaged-perceptron tagger (see tagger.h).
 *
 * Trained and loaded models share one representation: a payload buffer in
 * the model-file layout, viewed in place.  Training builds that buffer
 * (also once per epoch, to measure the averaged model on dev), so the code
 * that tags after `train` is exactly the code that tags after `load`.
 *
 * Payload layout (version 2, host little-endian words):
 *   u32 nclass, u32 dict_slots, u32 0, u32 0
 *   ew_tclass cls[nclass]                    16 bytes each
 *   u64 dict_keys[dict_slots] (0 = empty)    exact-form hash
 *   u8  dict_class[dict_slots], padded to 8
 *   perceptron blob (perceptron.h)
 */
#include "nlp/tagger.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
};

enum {
    T_BIAS = 1, T_W, T_S1, T_S2, T_S3, T_S4, T_S5, T_P1, T_P3, T_SHAPE,
    T_T1, T_T2, T_T12, T_T1W, T_WM1, T_SM1, T_WM2, T_WP1, T_SP1, T_WP2,
    T_FIRST, T_WM1W, T_WWP1, T_SHP1, T_SHM1, T_T1S3, T_SM2P1,
    T_A0, T_A1, T_A2, T_T1A0, T_A0A1, T_AM1A0, T_X0, T_X1, T_T1X0,
};

#define NFEAT_MAX 48   /* >= the features tag_features() emits (36) */

#define TAG_START 256u
#define TAG_START2 257u

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
} window;

static uint32_t loo_lex(const struct wcount *wc, uint64_t key, int gold);

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

static void window_fill(const ew_tagger *t, window *w, const ew_sentence *s, size_t pos, int slot)
{
    if (pos < s->n) {
        ew_winfo_make(&w->win[slot], s->tok[pos].form);
        w->lex[slot] = w->loo ? loo_lex(w->loo, w->win[slot].norm, w->gold[pos])
                              : lex_lookup(t, w->win[slot].norm);
        w->lexx[slot] = w->loo ? loo_lex(w->loo, w->win[slot].exact, w->gold[pos])
                               : lex_lookup(t, w->win[slot].exact);
    } else {
        ew_winfo_sentinel(&w->win[slot], pos == s->n ? 3 : 4);
        w->lex[slot] = w->lexx[slot] = pos == s->n ? 0xfffffff0u : 0xfffffff1u;
    }
}

static void window_start(const ew_tagger *t, window *w, const ew_sentence *s)
{
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

static int argmax_i32(const int32_t *s, uint32_t n)
{
    uint32_t b = 0;
    for (uint32_t i = 1; i < n; i++)
        if (s[i] > s[b])
            b = i;
    return (int)b;
}

int ew_tagger_tag(const ew_tagger *t, ew_sentence *s)
{
    if (!t || !s)
        return -1;
    window w = {.loo = NULL};
    uint64_t f[NFEAT_MAX];
    int32_t scores[EW_PERCEPTRON_MAX_CLASSES];
    uint32_t p1 = TAG_START, p2 = TAG_START2;
    if (s->n)
        window_start(t, &w, s);
    for (size_t i = 0; i < s->n; i++) {
        if (i)
            window_shift(t, &w, s, i - 1);
        int c = dict_lookup(t, w.win[2].exact);
        if (c < 0) {
            size_t nf = tag_features(&w, i == 0, p1, p2, f);
            ew_perceptron_scores(&t->pm, f, nf, scores);
            c = argmax_i32(scores, t->nclass);
        }
        s->tok[i].xpos = t->cls[c].xpos;
        s->tok[i].upos = t->cls[c].upos;
        p2 = p1;
        p1 = (uint32_t)c;
    }
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
    if (t->size < 16)
        goto bad;
    t->nclass = h[0];
    uint32_t dslots = h[1], lslots = h[2];
    if (!t->nclass || t->nclass > EW_PERCEPTRON_MAX_CLASSES
        || (dslots & (dslots - 1)) || (lslots & (lslots - 1)))
        goto bad;
    size_t off = 16 + (size_t)t->nclass * sizeof(ew_tclass);
    if (off > t->size)
        goto bad;
    t->cls = (const ew_tclass *)(p + 16);
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
    return 0;
bad:
    ew_diag_report(diag, EW_ERROR, name, 0, NULL, "malformed tagger model payload");
    return -1;
}

ew_tagger *ew_tagger_load(const char *path, ew_diag *diag)
{
    ew_tagger *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->payload = ew_model_read(path, EW_TAGGER_KIND, EW_TAGGER_VERSION, &t->size, diag);
    if (!t->payload || view_payload(t, path, diag)) {
        ew_tagger_free(t);
        return NULL;
    }
    return t;
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
    free(t);
}

void ew_tagger_accuracy(const ew_tagger *t, const ew_sentence *gold, size_t n,
                        double *upos, double *xpos)
{
    size_t tokens = 0, ok_u = 0, ok_x = 0, cap = 0;
    ew_token *tmp = NULL;
    for (size_t i = 0; i < n; i++) {
        const ew_sentence *g = &gold[i];
        if (g->n > cap) {
            cap = g->n * 2;
            tmp = realloc(tmp, cap * sizeof *tmp);
            if (!tmp)
                abort();
        }
        memcpy(tmp, g->tok, g->n * sizeof *tmp);
        ew_sentence s = *g;
        s.tok = tmp;
        ew_tagger_tag(t, &s);
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
} tparts;

static ew_tagger *make_tagger(const tparts *tp, const ew_ptrain *pt)
{
    size_t pn = 0;
    void *blob = pt ? ew_ptrain_compile(pt, &pn) : NULL;
    uint32_t ds = tp->dict.slots, ls = tp->lex.slots;
    size_t head = 16 + (size_t)tp->ts.n * sizeof(ew_tclass);
    size_t dict_bytes = (size_t)ds * 8 + (((size_t)ds + 7) & ~(size_t)7);
    size_t lex_bytes = (size_t)ls * 12 + (ls & 1) * 4;
    ew_tagger *t = calloc(1, sizeof *t);
    if (!t)
        abort();
    t->size = head + dict_bytes + lex_bytes + pn;
    unsigned char *p = t->payload = calloc(1, t->size);
    if (!p)
        abort();
    uint32_t *h = (uint32_t *)p;
    h[0] = tp->ts.n;
    h[1] = ds;
    h[2] = ls;
    memcpy(p + 16, tp->ts.cls, (size_t)tp->ts.n * sizeof(ew_tclass));
    memcpy(p + head, tp->dict.keys, (size_t)ds * 8);
    for (uint32_t i = 0; i < ds; i++)
        p[head + (size_t)ds * 8 + i] = (uint8_t)(tp->dict.keys[i] ? tp->dict.val[i] - 1 : 0);
    memcpy(p + head + dict_bytes, tp->lex.keys, (size_t)ls * 8);
    memcpy(p + head + dict_bytes + (size_t)ls * 8, tp->lex.val, (size_t)ls * 4);
    if (blob)
        memcpy(p + head + dict_bytes + lex_bytes, blob, pn);
    free(blob);
    if (!pt) {  /* tables only: used during training for dict/lexicon lookups */
        t->nclass = tp->ts.n;
        t->cls = (const ew_tclass *)(p + 16);
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

static void report_epoch(const ew_tagger_opts *opts, const tparts *tp, const ew_ptrain *pt,
                         const ew_sentence *dev, size_t ndev, int e, double secs)
{
    double u = -1, x = -1;
    if (dev && ndev) {
        ew_tagger *tmp = make_tagger(tp, pt);
        ew_tagger_accuracy(tmp, dev, ndev, &u, &x);
        ew_tagger_free(tmp);
    }
    opts->progress(opts->user, e, u, x, secs);
}

ew_tagger *ew_tagger_train(const ew_sentence *sents, size_t n,
                           const ew_sentence *dev, size_t ndev,
                           const ew_tagger_opts *opts)
{
    int epochs = opts && opts->epochs > 0 ? opts->epochs : 12;
    unsigned long long rng = opts && opts->seed ? opts->seed : 1;
    tparts tp = {.ts.n = 0};
    wcount norm;
    uint8_t *gold = gold_classes(sents, n, &tp, &norm);
    ew_tagger *tables = make_tagger(&tp, NULL);
    size_t *order = malloc((n ? n : 1) * sizeof *order), *off = malloc((n + 1) * sizeof *off);
    off[0] = 0;
    for (size_t i = 0; i < n; i++) {
        order[i] = i;
        off[i + 1] = off[i] + sents[i].n;
    }
    ew_ptrain *pt = ew_ptrain_new((int)tp.ts.n);
    ew_ptrain_set_prune(pt, 0.5); /* EWT dev: same accuracy, smaller model */
    double t0 = now_sec();
    for (int e = 1; e <= epochs; e++) {
        shuffle(order, n, &rng);
        for (size_t k = 0; k < n; k++)
            train_sentence(pt, tables, &norm, &sents[order[k]], gold + off[order[k]]);
        if (opts && opts->progress)
            report_epoch(opts, &tp, pt, dev, ndev, e, now_sec() - t0);
    }
    ew_tagger *t = make_tagger(&tp, pt);
    ew_ptrain_free(pt);
    ew_tagger_free(tables);
    wcount_free(&norm);
    free(order);
    free(off);
    free(gold);
    free(tp.dict.keys);
    free(tp.dict.val);
    free(tp.lex.keys);
    free(tp.lex.val);
    return t;
}
