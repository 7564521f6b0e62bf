/*
 * phrases.c -- first-word index over phrases, longest match first.
 */
#include "dict/phrases.h"

#include <stdlib.h>
#include <string.h>

void ew_phrases_init(ew_phrases *t)
{
    memset(t, 0, sizeof *t);
}

void ew_phrases_add(ew_phrases *t, const uint32_t *w, const uint8_t *joined,
                    uint16_t n, const void *payload)
{
    if (n == 0)
        return;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->v = realloc(t->v, t->cap * sizeof *t->v);
        if (!t->v)
            abort();
    }
    t->v[t->n] = (ew_phrase){w, joined, n, (uint32_t)t->n, payload};
    t->n++;
}

static int cmp_phrase(const void *a, const void *b)
{
    const ew_phrase *x = a, *y = b;
    if (x->w[0] != y->w[0])
        return x->w[0] < y->w[0] ? -1 : 1;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return x->order < y->order ? -1 : (x->order > y->order);
}

void ew_phrases_build(ew_phrases *t, uint32_t nsym)
{
    if (t->n)
        qsort(t->v, t->n, sizeof *t->v, cmp_phrase);
    free(t->first);
    t->nsym = nsym;
    t->first = calloc((size_t)nsym + 1, sizeof *t->first);
    if (!t->first)
        abort();
    /* counting pass, then prefix sums: first[s] = index of first phrase >= s */
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].w[0] < nsym)
            t->first[t->v[i].w[0] + 1]++;
    for (uint32_t s = 0; s < nsym; s++)
        t->first[s + 1] += t->first[s];
}

void ew_phrases_free(ew_phrases *t)
{
    free(t->v);
    free(t->first);
    memset(t, 0, sizeof *t);
}

const ew_phrase *ew_phrases_starting(const ew_phrases *t, uint32_t s, size_t *count)
{
    *count = 0;
    if (!t->first || s == 0 || s >= t->nsym)
        return NULL;
    *count = t->first[s + 1] - t->first[s];
    return *count ? t->v + t->first[s] : NULL;
}

/* Does phrase p match at words[start]?  Gaps only before non-joined words. */
static int match_at(const ew_phrase *p, const uint32_t *words, size_t n,
                    size_t start, size_t max_gap, size_t *len)
{
    size_t pos = start + 1, gaps = 0;
    for (uint16_t k = 1; k < p->n; k++) {
        int must_adjoin = !p->joined || p->joined[k];
        while (pos < n && words[pos] != p->w[k] && !must_adjoin && gaps < max_gap) {
            pos++;
            gaps++;
        }
        if (pos >= n || words[pos] != p->w[k])
            return 0;
        pos++;
    }
    *len = pos - start;
    return 1;
}

const ew_phrase *ew_phrases_match(const ew_phrases *t, const uint32_t *words,
                                  size_t n, size_t start, size_t max_gap,
                                  size_t *len)
{
    *len = 0;
    if (start >= n)
        return NULL;
    size_t count;
    const ew_phrase *p = ew_phrases_starting(t, words[start], &count);
    for (size_t i = 0; i < count; i++)
        if (start + p[i].n <= n || max_gap) {
            if (match_at(&p[i], words, n, start, max_gap, len))
                return &p[i];
        }
    return NULL;
}
