/*
 * parser.c -- loading a parser model and parsing with it (see parser.h,
 * parser_model.h for the layout).
 */
#include "nlp/parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/model_io.h"
#include "nlp/parse_features.h"
#include "nlp/parser_model.h"
#include "nlp/word_features.h"

/* Sentences up to this many words parse in a stack buffer: no malloc at all
 * in the common case. */
#define EW_PARSER_STACK_WORDS 160

void ew_parser_index_labels(ew_parser *p)
{
    for (uint32_t i = 0; i < p->nlab; i++) {
        const char *sub;
        p->rel[i] = (uint8_t)ew_rel_from_label(p->label[i], &sub);
        p->subrel[i] = sub;
    }
}

/* ---- payload encoding ---- */

/* Tables are written `width` weights per bucket whatever their in-memory
 * `stride` (a loaded model pads label rows to 64). */
static size_t table_bytes(uint32_t bits, uint32_t width, uint32_t stride, const int16_t *w)
{
    size_t nb = (size_t)1 << bits, nz = 0;
    for (size_t i = 0; i < nb; i++)
        for (uint32_t k = 0; k < width; k++)
            if (w[i * stride + k]) {
                nz++;
                break;
            }
    return nb / 8 + nz * width * sizeof(int16_t);
}

static unsigned char *put_table(unsigned char *o, uint32_t bits, uint32_t width,
                                uint32_t stride, const int16_t *w)
{
    size_t nb = (size_t)1 << bits;
    unsigned char *bitmap = o;
    memset(bitmap, 0, nb / 8);
    o += nb / 8;
    for (size_t i = 0; i < nb; i++) {
        const int16_t *row = w + i * stride;
        int nz = 0;
        for (uint32_t k = 0; k < width && !nz; k++)
            nz = row[k] != 0;
        if (!nz)
            continue;
        bitmap[i / 8] |= (unsigned char)(1u << (i % 8));
        memcpy(o, row, width * sizeof(int16_t)); /* little-endian hosts only: checked at load */
        o += width * sizeof(int16_t);
    }
    return o;
}

void *ew_parser_encode(const ew_parser *p, size_t *n)
{
    size_t head = 24 + (size_t)p->nlab * EW_PLABEL_LEN;
    size_t total = head + table_bytes(p->tbits, 4, 4, p->tw) +
                   table_bytes(p->lbits, p->nlab, p->lstride, p->lw);
    unsigned char *buf = malloc(total), *o = buf;
    if (!buf)
        abort();
    uint32_t hdr[4] = {p->tbits, p->lbits, p->nlab, p->root_label};
    memcpy(o, hdr, sizeof hdr);
    o += 16;
    uint64_t cid = ew_clusters_id(p->clus);
    memcpy(o, &cid, 8);
    o += 8;
    /* labels are NUL-padded so that the file holds no uninitialised bytes
     * (valgrind) and retraining gives byte-identical files */
    for (uint32_t i = 0; i < p->nlab; i++, o += EW_PLABEL_LEN) {
        memset(o, 0, EW_PLABEL_LEN);
        memcpy(o, p->label[i], strnlen(p->label[i], EW_PLABEL_LEN - 1));
    }
    o = put_table(o, p->tbits, 4, 4, p->tw);
    o = put_table(o, p->lbits, p->nlab, p->lstride, p->lw);
    *n = (size_t)(o - buf);
    return buf;
}

/* ---- payload decoding ---- */

typedef struct reader {
    const unsigned char *p, *end;
} reader;

static int get_table(reader *r, uint32_t bits, uint32_t width, uint32_t stride, int16_t *w)
{
    size_t nb = (size_t)1 << bits, row = width * sizeof(int16_t);
    if ((size_t)(r->end - r->p) < nb / 8)
        return -1;
    const unsigned char *bitmap = r->p;
    r->p += nb / 8;
    for (size_t i = 0; i < nb; i++) {
        if (!(bitmap[i / 8] & (1u << (i % 8))))
            continue;
        if ((size_t)(r->end - r->p) < row)
            return -1;
        memcpy(w + i * stride, r->p, row);
        r->p += row;
    }
    return 0;
}

static int decode_header(ew_parser *p, reader *r, uint64_t *clus_id)
{
    uint32_t hdr[4];
    if ((size_t)(r->end - r->p) < sizeof hdr + 8)
        return -1;
    memcpy(hdr, r->p, sizeof hdr);
    r->p += sizeof hdr;
    memcpy(clus_id, r->p, 8);
    r->p += 8;
    p->tbits = hdr[0];
    p->lbits = hdr[1];
    p->nlab = hdr[2];
    p->root_label = hdr[3];
    if (p->tbits < 3 || p->tbits > 26 || p->lbits < 3 || p->lbits > 24 ||
        p->nlab < 1 || p->nlab > EW_PLABEL_MAX || p->root_label >= p->nlab)
        return -1;
    if ((size_t)(r->end - r->p) < (size_t)p->nlab * EW_PLABEL_LEN)
        return -1;
    for (uint32_t i = 0; i < p->nlab; i++, r->p += EW_PLABEL_LEN) {
        memcpy(p->label[i], r->p, EW_PLABEL_LEN);
        p->label[i][EW_PLABEL_LEN - 1] = '\0';
    }
    return 0;
}

static int decode(ew_parser *p, const void *buf, size_t n, uint64_t *clus_id)
{
    reader r = {buf, (const unsigned char *)buf + n};
    if (decode_header(p, &r, clus_id) < 0)
        return -1;
    size_t tn = (size_t)4 << p->tbits, ln = (size_t)EW_PLABEL_MAX << p->lbits;
    p->lstride = EW_PLABEL_MAX;
    p->tw = aligned_alloc(64, tn * sizeof(int16_t));
    p->lw = aligned_alloc(64, ln * sizeof(int16_t));
    if (!p->tw || !p->lw)
        return -1;
    memset(p->tw, 0, tn * sizeof(int16_t));
    memset(p->lw, 0, ln * sizeof(int16_t));
    if (get_table(&r, p->tbits, 4, 4, p->tw) < 0 ||
        get_table(&r, p->lbits, p->nlab, p->lstride, p->lw) < 0 || r.p != r.end)
        return -1;
    ew_parser_index_labels(p);
    return 0;
}

static int little_endian(void)
{
    const uint16_t one = 1;
    return *(const unsigned char *)&one == 1;
}

/* The word clusters the model was trained with: `given` (borrowed) after
 * its id is checked, else clusters.bin next to the model (owned). */
static int load_clusters(ew_parser *p, const char *path, uint64_t id, const ew_clusters *given,
                         ew_diag *diag)
{
    if (given) {
        p->clus = given;
        return ew_clusters_check_for(given, path, "parser", id, diag);
    }
    p->clus = p->clus_own = ew_clusters_load_for(path, "parser", id, diag);
    return p->clus ? 0 : -1;
}

ew_parser *ew_parser_load_with(const char *path, const ew_clusters *clusters, ew_diag *diag)
{
    if (!little_endian()) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "parser models load on little-endian hosts only");
        return NULL;
    }
    size_t n;
    void *buf = ew_model_read(path, "parser", EW_PARSER_VERSION, &n, diag);
    if (!buf)
        return NULL;
    ew_parser *p = calloc(1, sizeof *p);
    uint64_t clus_id = 0;
    if (!p || decode(p, buf, n, &clus_id) < 0) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "malformed parser model payload; refused");
        free(buf);
        ew_parser_free(p);
        return NULL;
    }
    free(buf);
    if (clus_id && load_clusters(p, path, clus_id, clusters, diag)) {
        ew_parser_free(p);
        return NULL;
    }
    return p;
}

ew_parser *ew_parser_load(const char *path, ew_diag *diag)
{
    return ew_parser_load_with(path, NULL, diag);
}

void ew_parser_free(ew_parser *p)
{
    if (!p)
        return;
    free(p->tw);
    free(p->lw);
    ew_clusters_free(p->clus_own);
    free(p);
}

/* ---- scoring ---- */

static int best_transition(const ew_parser *p, const ew_pstate *st, unsigned legal)
{
    if ((legal & (legal - 1)) == 0)
        return __builtin_ctz(legal); /* forced: no need to score */
    uint64_t f[EW_PFEAT_TRANS_MAX];
    size_t nf = ew_pfeat_trans(st, f);
    unsigned shift = 64 - p->tbits;
    /* prefetch every row first so the cache misses overlap */
    for (size_t i = 0; i < nf; i++)
        __builtin_prefetch(p->tw + ((f[i] >> shift) << 2));
    int32_t s0 = 0, s1 = 0, s2 = 0;
    for (size_t i = 0; i < nf; i++) {
        const int16_t *w = p->tw + ((f[i] >> shift) << 2);
        s0 += w[0];
        s1 += w[1];
        s2 += w[2];
    }
    int32_t sc[3] = {s0, s1, s2};
    int best = -1;
    for (int t = 0; t < EW_PT_COUNT; t++)
        if ((legal >> t & 1) && (best < 0 || sc[t] > sc[best]))
            best = t;
    return best;
}

static int best_label(const ew_parser *p, const ew_pstate *st, int dep, int head)
{
    if (head == st->n + 1)
        return (int)p->root_label;
    uint64_t f[EW_PFEAT_LABEL_MAX];
    size_t nf = ew_pfeat_label(st, dep, head, f);
    unsigned shift = 64 - p->lbits;
    for (size_t i = 0; i < nf; i++) {
        const int16_t *w = p->lw + (f[i] >> shift) * p->lstride;
        __builtin_prefetch(w);
        __builtin_prefetch(w + 32);
    }
    int32_t sc[EW_PLABEL_MAX] = {0};
    for (size_t i = 0; i < nf; i++) {
        const int16_t *w = p->lw + (f[i] >> shift) * p->lstride;
        if (p->lstride == EW_PLABEL_MAX) {
            /* fixed trip count: the compiler vectorises this */
            for (uint32_t k = 0; k < EW_PLABEL_MAX; k++)
                sc[k] += w[k];
        } else {
            for (uint32_t k = 0; k < p->nlab; k++)
                sc[k] += w[k];
        }
    }
    int best = p->root_label == 0 ? 1 : 0;
    for (uint32_t k = 0; k < p->nlab; k++)
        if (k != p->root_label && sc[k] > sc[best])
            best = (int)k;
    return best;
}

void ew_parser_run(const ew_parser *p, ew_pstate *st)
{
    while (!ew_pstate_final(st)) {
        int t = best_transition(p, st, ew_pstate_legal(st));
        int label = 0;
        if (t != EW_PT_SHIFT) {
            int d, h;
            ew_pstate_arc(st, t, &d, &h);
            label = best_label(p, st, d, h);
        }
        ew_pstate_apply(st, t, label);
    }
}

void ew_parser_fill_values(const ew_clusters *c, const ew_sentence *s, const uint64_t *codes,
                           uint64_t *values)
{
    size_t n = s->n, m = n + 2;
    uint64_t *word = values, *tag = values + m, *upos = values + 2 * m, *suf = values + 3 * m;
    uint64_t *clus = values + 4 * m;
    word[0] = tag[0] = upos[0] = suf[0] = clus[0] = EW_PFEAT_NULL;
    word[n + 1] = tag[n + 1] = upos[n + 1] = suf[n + 1] = clus[n + 1] = EW_PFEAT_ROOT;
    for (size_t i = 0; i < n; i++) {
        const ew_token *t = &s->tok[i];
        word[i + 1] = ew_pfeat_word(t->form);
        tag[i + 1] = ew_pfeat_tag(t->xpos);
        upos[i + 1] = ew_pfeat_tag(ew_upos_name((ew_upos)t->upos)) ^ 1;
        suf[i + 1] = ew_pfeat_suffix(t->form);
        clus[i + 1] = codes ? codes[i] : c ? ew_clusters_code(c, ew_word_norm_hash(t->form)) : 0;
    }
}

int ew_parser_parse(const ew_parser *p, ew_sentence *s)
{
    return ew_parser_parse_clus(p, s, NULL);
}

uint64_t ew_parser_clusters_id(const ew_parser *p)
{
    return p && p->clus ? ew_clusters_id(p->clus) : 0;
}

const ew_clusters *ew_parser_clusters(const ew_parser *p)
{
    return p ? p->clus : NULL;
}

int ew_parser_parse_clus(const ew_parser *p, ew_sentence *s, const uint64_t *clus)
{
    if (!p || !s || (s->n > 0 && !s->tok) || s->n > (size_t)1 << 28)
        return -1;
    if (s->n == 0)
        return 0;
    int n = (int)s->n;
    size_t m = (size_t)n + 2;
    size_t bytes = EW_PVALUES * m * sizeof(uint64_t) + ew_pstate_bytes(n);
    uint64_t local[(EW_PVALUES * (EW_PARSER_STACK_WORDS + 2) * 8 +
                    (EW_PARSER_STACK_WORDS + 2) * 2 * 8 +
                    (EW_PARSER_STACK_WORDS + 2) * 10 * sizeof(int)) / 8 + 1];
    uint64_t *mem = bytes <= sizeof local ? local : malloc(bytes);
    if (!mem)
        return -1;
    ew_parser_fill_values(p->clus, s, clus, mem);
    ew_pstate st;
    ew_pstate_init(&st, n, mem, mem + EW_PVALUES * m);
    ew_parser_run(p, &st);
    for (int i = 1; i <= n; i++) {
        ew_token *t = &s->tok[i - 1];
        int h = st.head[i], l = st.lab[i];
        t->head = h == n + 1 ? 0 : h;
        t->rel = p->rel[l];
        t->subrel = p->subrel[l];
    }
    if (mem != local)
        free(mem);
    return 0;
}
