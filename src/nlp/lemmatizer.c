/*
 * lemmatizer.c -- edit-script lemmatizer (see lemmatizer.h).
 *
 * Payload layout (version 2, host little-endian words):
 *   u32 nscript, u32 nclass, u32 lex_slots, u32 0
 *   ew_lemma_script scripts[nscript]            16 bytes each
 *   u16 class_script[nclass], padded to 8       classifier class -> script
 *   u64 lex_keys[lex_slots] (0 = empty)
 *   u32 lex_script[lex_slots]
 *   perceptron blob (perceptron.h)
 * As in the tagger, a trained model is built as this payload and viewed in
 * place, so training and loading share the lemmatising code.
 */
#include "nlp/lemmatizer.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/model_io.h"
#include "nlp/perceptron.h"
#include "nlp/word_features.h"

#define LEMMA_MAX 256
#define NFEAT_MAX 24

struct ew_lemmatizer {
    void *payload;
    size_t size;
    uint32_t nscript, nclass, lmask;
    const ew_lemma_script *scripts;
    const uint16_t *class_script;
    const uint64_t *lkeys;
    const uint32_t *lval;
    ew_perceptron pm;
};

/* ---- edit scripts ---- */

static size_t common_prefix(const char *a, const char *b)
{
    size_t i = 0;
    while (a[i] && a[i] == b[i])
        i++;
    return i;
}

static void ascii_lower(const char *s, char *out, size_t size)
{
    size_t i = 0;
    for (; s[i] && i + 1 < size; i++)
        out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
    out[i] = 0;
}

int ew_lemma_script_of(const char *form, const char *lemma, ew_lemma_script *out)
{
    char low[LEMMA_MAX];
    ascii_lower(form, low, sizeof low);
    size_t flen = strlen(form);
    if (flen >= LEMMA_MAX)
        return -1;
    size_t keep_cp = common_prefix(form, lemma), low_cp = common_prefix(low, lemma);
    /* cost = bytes stripped; ties go to lower-casing so that "Running" and
     * "running" share one script */
    int lower = low_cp >= keep_cp;
    size_t cp = lower ? low_cp : keep_cp;
    size_t strip = flen - cp;
    const char *app = lemma + cp;
    if (strip > 255 || strlen(app) > EW_LEMMA_APPEND_MAX)
        return -1;
    memset(out, 0, sizeof *out);
    out->lower = (uint8_t)lower;
    out->strip = (uint8_t)strip;
    memcpy(out->append, app, strlen(app));
    return 0;
}

int ew_lemma_script_apply(const ew_lemma_script *sc, const char *form, char *buf, size_t size)
{
    size_t flen = strlen(form), alen = strnlen(sc->append, EW_LEMMA_APPEND_MAX);
    if (sc->strip > flen || flen - sc->strip + alen + 1 > size)
        return -1;
    size_t keep = flen - sc->strip;
    if (sc->lower)
        for (size_t i = 0; i < keep; i++)
            buf[i] = (form[i] >= 'A' && form[i] <= 'Z') ? (char)(form[i] - 'A' + 'a') : form[i];
    else
        memcpy(buf, form, keep);
    memcpy(buf + keep, sc->append, alen);
    buf[keep + alen] = 0;
    return (int)(keep + alen);
}

static int script_is_identity(const ew_lemma_script *sc, const char *form)
{
    if (sc->strip || sc->append[0])
        return 0;
    if (!sc->lower)
        return 1;
    for (const char *p = form; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            return 0;
    return 1;
}

/* ---- features and lexicon keys ---- */

static uint64_t tag_hash(const char *xpos)
{
    return xpos ? ew_feat_add(ew_feat_start(40), xpos, strlen(xpos)) : 0x7a7a;
}

static uint64_t lex_key(uint64_t word, uint64_t tag, uint32_t which)
{
    uint64_t k = ew_wf2(which, word, tag);
    return k ? k : 1;
}

enum { L_BIAS = 100, L_S1, L_S2, L_S3, L_S4, L_S5, L_X, L_U, L_SHAPE, L_P1,
       L_XS1, L_XS2, L_XS3, L_XS4, L_XS5, L_XCAP, L_LEN, L_W, L_XW,
       LEX_EXACT = 200, LEX_NORM };

static size_t lemma_features(const ew_winfo *w, uint64_t tag, int upos, uint64_t *f)
{
    size_t n = 0;
    f[n++] = ew_wf1(L_BIAS, 0);
    for (int k = 0; k < EW_WSUF; k++) {
        f[n++] = ew_wf1(L_S1 + k, w->suf[k]);
        f[n++] = ew_wf2(L_XS1 + k, tag, w->suf[k]);
    }
    f[n++] = ew_wf1(L_X, tag);
    f[n++] = ew_wf1(L_U, (uint64_t)upos);
    f[n++] = ew_wf1(L_SHAPE, w->shape);
    f[n++] = ew_wf1(L_P1, w->pre1);
    f[n++] = ew_wf2(L_XCAP, tag, w->upper_first);
    f[n++] = ew_wf2(L_LEN, tag, w->len < 8 ? w->len : 8);
    f[n++] = ew_wf1(L_W, w->norm);
    f[n++] = ew_wf2(L_XW, tag, w->norm);
    assert(n <= NFEAT_MAX);
    return n;
}

/* ---- prediction ---- */

static int lex_lookup(const ew_lemmatizer *m, uint64_t key)
{
    if (!m->lmask)
        return -1;
    for (uint32_t i = (uint32_t)(ew_wf_mix(key) & m->lmask);; i = (i + 1) & m->lmask) {
        if (m->lkeys[i] == key)
            return (int)m->lval[i];
        if (!m->lkeys[i])
            return -1;
    }
}

/* Best-scoring classifier script that fits the form. */
static int classify(const ew_lemmatizer *m, const ew_winfo *w, uint64_t tag, int upos)
{
    uint64_t f[NFEAT_MAX];
    int32_t scores[EW_PERCEPTRON_MAX_CLASSES];
    size_t nf = lemma_features(w, tag, upos, f);
    ew_perceptron_scores(&m->pm, f, nf, scores);
    int best = -1;
    for (uint32_t c = 0; c < m->nclass; c++)
        if (m->scripts[m->class_script[c]].strip <= w->len
            && (best < 0 || scores[c] > scores[best]))
            best = (int)c;
    return best < 0 ? -1 : m->class_script[best];
}

static int choose_script(const ew_lemmatizer *m, const char *form, const char *xpos, int upos)
{
    ew_winfo w;
    ew_winfo_make(&w, form);
    uint64_t tag = tag_hash(xpos);
    int sc = lex_lookup(m, lex_key(w.exact, tag, LEX_EXACT));
    if (sc < 0)
        sc = lex_lookup(m, lex_key(w.norm, tag, LEX_NORM));
    if (sc < 0 || m->scripts[sc].strip > strlen(form))
        sc = classify(m, &w, tag, upos);
    return sc;
}

const char *ew_lemmatizer_lemma(const ew_lemmatizer *m, const char *form,
                                const char *xpos, int upos, ew_arena *a)
{
    int sc = choose_script(m, form, xpos, upos);
    if (sc < 0 || script_is_identity(&m->scripts[sc], form))
        return form;
    char buf[LEMMA_MAX];
    int n = ew_lemma_script_apply(&m->scripts[sc], form, buf, sizeof buf);
    if (n <= 0)
        return form;
    return ew_arena_strndup(a, buf, (size_t)n);
}

int ew_lemmatizer_sentence(const ew_lemmatizer *m, ew_sentence *s, ew_arena *a)
{
    if (!m || !s)
        return -1;
    for (size_t i = 0; i < s->n; i++) {
        ew_token *t = &s->tok[i];
        t->lemma = ew_lemmatizer_lemma(m, t->form, t->xpos, t->upos, a);
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

static int view_payload(ew_lemmatizer *m, const char *name, ew_diag *diag)
{
    const unsigned char *p = m->payload;
    const uint32_t *h = m->payload;
    if (m->size < 16)
        goto bad;
    m->nscript = h[0];
    m->nclass = h[1];
    uint32_t ls = h[2];
    if (!m->nscript || m->nscript > 65535 || !m->nclass
        || m->nclass > EW_PERCEPTRON_MAX_CLASSES || (ls & (ls - 1)))
        goto bad;
    size_t off = 16 + (size_t)m->nscript * sizeof(ew_lemma_script);
    size_t cs_bytes = ((size_t)m->nclass * 2 + 7) & ~(size_t)7;
    size_t lex_bytes = (size_t)ls * 12 + (ls & 1) * 4;
    if (off + cs_bytes + lex_bytes > m->size)
        goto bad;
    m->scripts = (const ew_lemma_script *)(p + 16);
    m->class_script = (const uint16_t *)(p + off);
    off += cs_bytes;
    m->lmask = ls ? ls - 1 : 0;
    m->lkeys = (const uint64_t *)(p + off);
    m->lval = (const uint32_t *)(p + off + (size_t)ls * 8);
    off += lex_bytes;
    for (uint32_t i = 0; i < m->nclass; i++)
        if (m->class_script[i] >= m->nscript)
            goto bad;
    for (uint32_t i = 0; i < ls; i++)
        if (m->lkeys[i] && m->lval[i] >= m->nscript)
            goto bad;
    if (!has_empty_slot(m->lkeys, ls))
        goto bad;
    for (uint32_t i = 0; i < m->nscript; i++)
        if (m->scripts[i].append[EW_LEMMA_APPEND_MAX])
            goto bad;
    size_t used;
    if (ew_perceptron_view(&m->pm, p + off, m->size - off, &used, name, diag))
        return -1;
    if (m->pm.nclass != m->nclass)
        goto bad;
    return 0;
bad:
    ew_diag_report(diag, EW_ERROR, name, 0, NULL, "malformed lemmatizer model payload");
    return -1;
}

ew_lemmatizer *ew_lemmatizer_load(const char *path, ew_diag *diag)
{
    ew_lemmatizer *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->payload = ew_model_read(path, EW_LEMMATIZER_KIND, EW_LEMMATIZER_VERSION, &m->size, diag);
    if (!m->payload || view_payload(m, path, diag)) {
        ew_lemmatizer_free(m);
        return NULL;
    }
    return m;
}

int ew_lemmatizer_save(const ew_lemmatizer *m, const char *path, ew_diag *diag)
{
    return ew_model_write(path, EW_LEMMATIZER_KIND, EW_LEMMATIZER_VERSION,
                          m->payload, m->size, diag);
}

void ew_lemmatizer_free(ew_lemmatizer *m)
{
    if (!m)
        return;
    free(m->payload);
    free(m);
}

/* ---- training ---- */

/* u64 -> u32 map with open addressing, for counting during training. */
typedef struct cmap {
    uint64_t *keys;
    uint32_t *val;
    size_t slots, used;
} cmap;

static void cmap_init(cmap *c, size_t slots)
{
    c->slots = slots;
    c->used = 0;
    c->keys = calloc(slots, sizeof *c->keys);
    c->val = calloc(slots, sizeof *c->val);
    if (!c->keys || !c->val)
        abort();
}

static void cmap_free(cmap *c)
{
    free(c->keys);
    free(c->val);
}

static void cmap_grow(cmap *c);

/* Pointer to the value of key, inserting 0 if absent. */
static uint32_t *cmap_at(cmap *c, uint64_t key)
{
    key = key ? key : 1;
    if ((c->used + 1) * 2 > c->slots)
        cmap_grow(c);
    size_t i = (size_t)ew_wf_mix(key) & (c->slots - 1);
    while (c->keys[i] && c->keys[i] != key)
        i = (i + 1) & (c->slots - 1);
    if (!c->keys[i]) {
        c->keys[i] = key;
        c->used++;
    }
    return &c->val[i];
}

static void cmap_grow(cmap *c)
{
    cmap n;
    cmap_init(&n, c->slots * 2);
    for (size_t i = 0; i < c->slots; i++)
        if (c->keys[i])
            *cmap_at(&n, c->keys[i]) = c->val[i];
    cmap_free(c);
    *c = n;
}

static uint32_t cmap_get(const cmap *c, uint64_t key)
{
    key = key ? key : 1;
    for (size_t i = (size_t)ew_wf_mix(key) & (c->slots - 1);; i = (i + 1) & (c->slots - 1)) {
        if (c->keys[i] == key)
            return c->val[i];
        if (!c->keys[i])
            return 0;
    }
}

typedef struct ltrain {
    ew_lemma_script *scripts;
    uint32_t *script_count;
    size_t nscript, cap;
    cmap script_ids;          /* script hash -> id + 1 */
    cmap pair_count;          /* (lex key, script) -> count */
    cmap best;                /* lex key -> best script + 1 */
    cmap best_count;          /* lex key -> count of that script */
    cmap word_count;          /* normalised form -> occurrences */
    uint16_t class_script[EW_PERCEPTRON_MAX_CLASSES];
    int script_class[65536];  /* script -> class, -1 none */
    uint32_t nclass;
} ltrain;

static int script_id(ltrain *lt, const ew_lemma_script *sc)
{
    uint32_t *slot = cmap_at(&lt->script_ids, ew_model_fnv1a(sc, sizeof *sc));
    if (*slot)
        return (int)*slot - 1;
    if (lt->nscript == 65535)
        return -1;
    if (lt->nscript == lt->cap) {
        lt->cap = lt->cap ? lt->cap * 2 : 256;
        lt->scripts = realloc(lt->scripts, lt->cap * sizeof *lt->scripts);
        lt->script_count = realloc(lt->script_count, lt->cap * sizeof *lt->script_count);
        if (!lt->scripts || !lt->script_count)
            abort();
    }
    lt->scripts[lt->nscript] = *sc;
    lt->script_count[lt->nscript] = 0;
    *slot = (uint32_t)++lt->nscript;
    return (int)lt->nscript - 1;
}

/* Counts one (key, script) observation and keeps the key's best script
 * (ties: the first seen, so the result only depends on corpus order). */
static void count_pair(ltrain *lt, uint64_t key, int sc)
{
    uint32_t *pc = cmap_at(&lt->pair_count, ew_wf2(7, key, (uint64_t)sc));
    ++*pc;
    uint32_t *bc = cmap_at(&lt->best_count, key);
    if (*pc > *bc) {
        *bc = *pc;
        *cmap_at(&lt->best, key) = (uint32_t)sc + 1;
    }
}

/* Per token: script id, or -1 when the token has no usable lemma. */
static int *collect_scripts(ltrain *lt, const ew_sentence *sents, size_t n, size_t total)
{
    int *ids = malloc((total ? total : 1) * sizeof *ids);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < sents[i].n; j++, k++) {
            const ew_token *t = &sents[i].tok[j];
            ew_lemma_script sc;
            ids[k] = -1;
            if (!t->lemma || ew_lemma_script_of(t->form, t->lemma, &sc))
                continue;
            ids[k] = script_id(lt, &sc);
            if (ids[k] < 0)
                continue;
            lt->script_count[ids[k]]++;
            ew_winfo w;
            ew_winfo_make(&w, t->form);
            uint64_t tag = tag_hash(t->xpos);
            count_pair(lt, lex_key(w.exact, tag, LEX_EXACT), ids[k]);
            count_pair(lt, lex_key(w.norm, tag, LEX_NORM), ids[k]);
            ++*cmap_at(&lt->word_count, w.norm);
        }
    return ids;
}

/* Classifier classes: the most frequent scripts (seen >= 2 times). */
static void pick_classes(ltrain *lt)
{
    for (size_t i = 0; i < 65536; i++)
        lt->script_class[i] = -1;
    lt->nclass = 0;
    while (lt->nclass < EW_PERCEPTRON_MAX_CLASSES) {
        long best = -1;
        for (size_t s = 0; s < lt->nscript; s++)
            if (lt->script_class[s] < 0 && lt->script_count[s] >= 2
                && (best < 0 || lt->script_count[s] > lt->script_count[best]))
                best = (long)s;
        if (best < 0)
            break;
        lt->script_class[best] = (int)lt->nclass;
        lt->class_script[lt->nclass++] = (uint16_t)best;
    }
    if (!lt->nclass) { /* empty corpus: one identity class */
        ew_lemma_script id = {0};
        lt->class_script[lt->nclass++] = (uint16_t)script_id(lt, &id);
    }
}

static ew_lemmatizer *make_model(const ltrain *lt, const ew_ptrain *pt)
{
    size_t pn;
    void *blob = ew_ptrain_compile(pt, &pn);
    uint32_t ls = 16;
    while (ls < lt->best.used * 2)
        ls *= 2;
    size_t head = 16 + lt->nscript * sizeof(ew_lemma_script);
    size_t cs_bytes = ((size_t)lt->nclass * 2 + 7) & ~(size_t)7;
    size_t lex_bytes = (size_t)ls * 12 + (ls & 1) * 4;
    ew_lemmatizer *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    m->size = head + cs_bytes + lex_bytes + pn;
    unsigned char *p = m->payload = calloc(1, m->size);
    if (!p)
        abort();
    uint32_t *h = (uint32_t *)p;
    h[0] = (uint32_t)lt->nscript;
    h[1] = lt->nclass;
    h[2] = ls;
    memcpy(p + 16, lt->scripts, lt->nscript * sizeof(ew_lemma_script));
    memcpy(p + head, lt->class_script, (size_t)lt->nclass * 2);
    uint64_t *keys = (uint64_t *)(p + head + cs_bytes);
    uint32_t *val = (uint32_t *)(keys + ls);
    for (size_t s = 0; s < lt->best.slots; s++) {
        if (!lt->best.keys[s])
            continue;
        uint32_t i = (uint32_t)(ew_wf_mix(lt->best.keys[s]) & (ls - 1));
        while (keys[i])
            i = (i + 1) & (ls - 1);
        keys[i] = lt->best.keys[s];
        val[i] = lt->best.val[s] - 1;
    }
    memcpy(p + head + cs_bytes + lex_bytes, blob, pn);
    free(blob);
    if (view_payload(m, "trained lemmatizer", NULL))
        abort(); /* we just built it: a failure is a bug here */
    return m;
}

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

/* The classifier only decides for words missing from the lexicon, so it
 * learns from the words that look most like those: the rare ones. */
#define RARE_WORD 10

static void train_epoch(ltrain *lt, ew_ptrain *pt, const ew_sentence *sents,
                        const size_t *order, size_t n, const size_t *off, const int *ids)
{
    uint64_t f[NFEAT_MAX];
    float scores[EW_PERCEPTRON_MAX_CLASSES];
    for (size_t k = 0; k < n; k++) {
        const ew_sentence *s = &sents[order[k]];
        for (size_t j = 0; j < s->n; j++) {
            int sc = ids[off[order[k]] + j];
            if (sc < 0 || lt->script_class[sc] < 0)
                continue;
            ew_winfo w;
            ew_winfo_make(&w, s->tok[j].form);
            if (cmap_get(&lt->word_count, w.norm) > RARE_WORD)
                continue;
            size_t nf = lemma_features(&w, tag_hash(s->tok[j].xpos), s->tok[j].upos, f);
            ew_ptrain_scores(pt, f, nf, scores);
            int guess = 0;
            for (uint32_t c = 1; c < lt->nclass; c++)
                if (scores[c] > scores[guess])
                    guess = (int)c;
            ew_ptrain_update(pt, f, nf, lt->script_class[sc], guess);
            ew_ptrain_tick(pt);
        }
    }
}

static void ltrain_free(ltrain *lt)
{
    free(lt->scripts);
    free(lt->script_count);
    cmap_free(&lt->script_ids);
    cmap_free(&lt->pair_count);
    cmap_free(&lt->best);
    cmap_free(&lt->best_count);
    cmap_free(&lt->word_count);
    free(lt);
}

ew_lemmatizer *ew_lemmatizer_train(const ew_sentence *sents, size_t n,
                                   const ew_lemmatizer_opts *opts)
{
    int epochs = opts && opts->epochs > 0 ? opts->epochs : 5;
    unsigned long long rng = opts && opts->seed ? opts->seed : 1;
    ltrain *lt = calloc(1, sizeof *lt);
    if (!lt)
        abort();
    cmap_init(&lt->script_ids, 1024);
    cmap_init(&lt->pair_count, 1 << 16);
    cmap_init(&lt->best, 1 << 16);
    cmap_init(&lt->best_count, 1 << 16);
    cmap_init(&lt->word_count, 1 << 16);
    size_t *order = malloc((n ? n : 1) * sizeof *order), *off = malloc((n + 1) * sizeof *off);
    if (!order || !off)
        abort();
    off[0] = 0;
    for (size_t i = 0; i < n; i++) {
        order[i] = i;
        off[i + 1] = off[i] + sents[i].n;
    }
    int *ids = collect_scripts(lt, sents, n, off[n]);
    pick_classes(lt);
    ew_ptrain *pt = ew_ptrain_new((int)lt->nclass);
    ew_ptrain_set_prune(pt, 0.5);
    for (int e = 0; e < epochs; e++) {
        shuffle(order, n, &rng);
        train_epoch(lt, pt, sents, order, n, off, ids);
    }
    ew_lemmatizer *m = make_model(lt, pt);
    ew_ptrain_free(pt);
    free(ids);
    free(order);
    free(off);
    ltrain_free(lt);
    return m;
}
