/*
 * clusters_text.c -- building the clusters' unlabeled token stream (see
 * clusters_text.h).
 */
#include "nlp/clusters_text.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "nlp/ud_corpus.h"
#include "nlp/word_features.h"
#include "text/segment.h"

#define NGRAM 8

static void push(ew_clusters_text *t, uint64_t v)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 1 << 20;
        t->s = realloc(t->s, t->cap * sizeof *t->s);
        if (!t->s)
            abort();
    }
    t->s[t->n++] = v;
}

/* Appends one sentence; 0 and 1 are reserved (boundary, rare words). */
static void push_sentence(ew_clusters_text *t, const ew_sentence *s)
{
    for (size_t i = 0; i < s->n; i++) {
        uint64_t h = ew_word_norm_hash(s->tok[i].form);
        push(t, h > 1 ? h : 2);
    }
    push(t, 0);
}

/* ---- held-out 8-grams ---- */

typedef struct gramset {
    uint64_t *h;
    size_t n, cap;
} gramset;

static uint64_t gram_hash(const uint64_t *w)
{
    uint64_t h = 0;
    for (int i = 0; i < NGRAM; i++)
        h = ew_wf_mix(h ^ w[i]) + (uint64_t)i;
    return h;
}

static void gram_add_sentence(gramset *g, const ew_sentence *s)
{
    uint64_t w[NGRAM];
    for (size_t i = 0; i < s->n; i++) {
        memmove(w, w + 1, (NGRAM - 1) * sizeof *w);
        w[NGRAM - 1] = ew_word_norm_hash(s->tok[i].form);
        if (i + 1 < NGRAM)
            continue;
        if (g->n == g->cap) {
            g->cap = g->cap ? 2 * g->cap : 1 << 16;
            g->h = realloc(g->h, g->cap * sizeof *g->h);
            if (!g->h)
                abort();
        }
        g->h[g->n++] = gram_hash(w);
    }
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static int gram_has(const gramset *g, uint64_t h)
{
    return bsearch(&h, g->h, g->n, sizeof *g->h, cmp_u64) != NULL;
}

static int held_out(gramset *g, const char *ud, ew_diag *diag)
{
    static const char *const files[] = {"en_ewt/en_ewt-ud-dev.conllu",
                                        "en_ewt/en_ewt-ud-test.conllu"};
    ew_ud_corpus c;
    ew_ud_corpus_init(&c);
    char path[4096];
    int rc = 0;
    for (size_t i = 0; i < 2 && !rc; i++) {
        snprintf(path, sizeof path, "%s/%s", ud, files[i]);
        rc = ew_ud_corpus_add(&c, path, EW_UD_ALL, NULL, 0, diag);
    }
    if (!rc)
        rc = ew_ud_corpus_gum_test(&c, ud, NULL, diag);
    for (size_t i = 0; i < c.n; i++)
        gram_add_sentence(g, &c.sent[i]);
    ew_ud_corpus_free(&c);
    qsort(g->h, g->n, sizeof *g->h, cmp_u64);
    return rc;
}

/* ---- articles ---- */

/* Does the article (all its sentences as one word sequence) share an
 * 8-gram with held-out text? */
static int overlaps(const gramset *g, const ew_segmented *seg)
{
    uint64_t w[NGRAM];
    size_t k = 0;
    for (size_t i = 0; i < seg->n; i++)
        for (size_t j = 0; j < seg->sent[i].n; j++, k++) {
            memmove(w, w + 1, (NGRAM - 1) * sizeof *w);
            w[NGRAM - 1] = ew_word_norm_hash(seg->sent[i].tok[j].form);
            if (k + 1 >= NGRAM && gram_has(g, gram_hash(w)))
                return 1;
        }
    return 0;
}

static void add_article(ew_clusters_text *t, const gramset *g, const char *text, size_t len,
                        ew_arena *a, ew_diag *diag, const char *file, long line)
{
    ew_segmented seg;
    if (ew_text_segment(text, len, &seg, a, diag) < 0) {
        ew_diag_report(diag, EW_ERROR, file, line, NULL, "text not segmented, article skipped");
        return;
    }
    t->articles++;
    if (overlaps(g, &seg)) {
        t->dropped++;
        return;
    }
    for (size_t i = 0; i < seg.n; i++)
        push_sentence(t, &seg.sent[i]);
    t->text_sentences += seg.n;
}

static int add_jsonl(ew_clusters_text *t, const gramset *g, const char *path, ew_diag *diag)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open unlabeled text");
        return -1;
    }
    ew_arena a;
    ew_arena_init(&a, 1 << 20);
    char *buf = NULL;
    size_t cap = 0;
    long line = 0;
    while (getline(&buf, &cap, f) > 0) {
        line++;
        json_t *j = json_loads(buf, 0, NULL);
        json_t *s = j ? json_object_get(j, "text") : NULL;
        if (json_is_string(s))
            add_article(t, g, json_string_value(s), json_string_length(s), &a, diag, path, line);
        else
            ew_diag_report(diag, EW_ERROR, path, line, NULL, "no \"text\" string, line skipped");
        json_decref(j);
        ew_arena_reset(&a);
    }
    free(buf);
    ew_arena_free(&a);
    fclose(f);
    return 0;
}

int ew_clusters_text_build(ew_clusters_text *t, const char *ud_dir, const char *jsonl,
                           ew_diag *diag)
{
    memset(t, 0, sizeof *t);
    ew_ud_corpus c;
    ew_ud_corpus_init(&c);
    int rc = ew_ud_corpus_training(&c, ud_dir, diag);
    for (size_t i = 0; i < c.n && !rc; i++)
        push_sentence(t, &c.sent[i]);
    t->ud_sentences = rc ? 0 : c.n;
    ew_ud_corpus_free(&c);
    if (rc || !jsonl)
        return rc;
    gramset g = {0};
    rc = held_out(&g, ud_dir, diag);
    if (!rc)
        rc = add_jsonl(t, &g, jsonl, diag);
    free(g.h);
    return rc;
}

void ew_clusters_text_free(ew_clusters_text *t)
{
    free(t->s);
    memset(t, 0, sizeof *t);
}
