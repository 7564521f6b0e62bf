/*
 * acmatch.c -- Aho-Corasick automaton (see acmatch.h).
 *
 * Built in two steps: a trie over all patterns (goto function stored
 * directly in the DFA table, -1 = missing), then a breadth-first pass that
 * fills failure links and completes missing transitions from the failure
 * state, which turns the trie into a DFA.
 */
#include "dict/acmatch.h"

#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        abort();
    return q;
}

void ew_acmatch_init(ew_acmatch *m)
{
    memset(m, 0, sizeof *m);
}

uint32_t ew_acmatch_add(ew_acmatch *m, const char *s, size_t n)
{
    if (m->npat == m->cap_pat) {
        m->cap_pat = m->cap_pat ? m->cap_pat * 2 : 64;
        m->pat = xrealloc(m->pat, m->cap_pat * sizeof *m->pat);
        m->pat_len = xrealloc(m->pat_len, m->cap_pat * sizeof *m->pat_len);
    }
    m->pat[m->npat] = xrealloc(NULL, n);
    if (n)
        memcpy(m->pat[m->npat], s, n);
    m->pat_len[m->npat] = n;
    return m->npat++;
}

static uint32_t new_state(ew_acmatch *m)
{
    if (m->nstate == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 256;
        m->delta = xrealloc(m->delta, (size_t)m->cap * m->nclass * sizeof *m->delta);
        m->fail = xrealloc(m->fail, m->cap * sizeof *m->fail);
        m->out = xrealloc(m->out, m->cap * sizeof *m->out);
        m->out_next = xrealloc(m->out_next, m->cap * sizeof *m->out_next);
    }
    uint32_t s = m->nstate++;
    for (uint32_t c = 0; c < m->nclass; c++)
        m->delta[(size_t)s * m->nclass + c] = -1;
    m->fail[s] = 0;
    m->out[s] = -1;
    m->out_next[s] = -1;
    return s;
}

static void assign_classes(ew_acmatch *m)
{
    memset(m->cls, 0, sizeof m->cls);
    m->nclass = 1;
    for (uint32_t p = 0; p < m->npat; p++)
        for (size_t i = 0; i < m->pat_len[p]; i++) {
            uint8_t b = m->pat[p][i];
            if (!m->cls[b])
                m->cls[b] = (uint8_t)(m->nclass < 255 ? m->nclass++ : 0);
        }
}

static void build_trie(ew_acmatch *m)
{
    new_state(m); /* root */
    for (uint32_t p = 0; p < m->npat; p++) {
        int32_t s = 0;
        if (m->pat_len[p] == 0)
            continue;
        for (size_t i = 0; i < m->pat_len[p]; i++) {
            uint8_t c = m->cls[m->pat[p][i]];
            int32_t *slot = &m->delta[(size_t)s * m->nclass + c];
            if (*slot < 0) {
                int32_t t = (int32_t)new_state(m);
                /* new_state may have moved delta */
                slot = &m->delta[(size_t)s * m->nclass + c];
                *slot = t;
            }
            s = *slot;
        }
        if (m->out[s] < 0)
            m->out[s] = (int32_t)p; /* duplicates: the first one reports */
    }
}

static void build_links(ew_acmatch *m)
{
    int32_t *queue = xrealloc(NULL, m->nstate * sizeof *queue);
    size_t head = 0, tail = 0;
    for (uint32_t c = 0; c < m->nclass; c++) {
        int32_t *d = &m->delta[c];
        if (*d < 0) {
            *d = 0;
        } else {
            m->fail[*d] = 0;
            queue[tail++] = *d;
        }
    }
    while (head < tail) {
        int32_t s = queue[head++];
        /* output chain: the nearest state on the failure path with output */
        int32_t f = m->fail[s];
        m->out_next[s] = m->out[f] >= 0 ? f : m->out_next[f];
        for (uint32_t c = 0; c < m->nclass; c++) {
            int32_t *d = &m->delta[(size_t)s * m->nclass + c];
            int32_t via_fail = m->delta[(size_t)m->fail[s] * m->nclass + c];
            if (*d < 0) {
                *d = via_fail;
            } else {
                m->fail[*d] = via_fail;
                queue[tail++] = *d;
            }
        }
    }
    free(queue);
}

void ew_acmatch_build(ew_acmatch *m)
{
    free(m->delta); free(m->fail); free(m->out); free(m->out_next);
    m->delta = NULL; m->fail = NULL; m->out = NULL; m->out_next = NULL;
    m->nstate = m->cap = 0;
    assign_classes(m);
    build_trie(m);
    build_links(m);
    m->built = 1;
}

void ew_acmatch_free(ew_acmatch *m)
{
    for (uint32_t p = 0; p < m->npat; p++)
        free(m->pat[p]);
    free(m->pat); free(m->pat_len);
    free(m->delta); free(m->fail); free(m->out); free(m->out_next);
    memset(m, 0, sizeof *m);
}

size_t ew_acmatch_pattern_len(const ew_acmatch *m, uint32_t id)
{
    return id < m->npat ? m->pat_len[id] : 0;
}

void ew_acmatch_scan(const ew_acmatch *m, const char *text, size_t n,
                     ew_acmatch_fn fn, void *user)
{
    if (!m->built || m->npat == 0)
        return;
    int32_t s = 0;
    for (size_t i = 0; i < n; i++) {
        s = m->delta[(size_t)s * m->nclass + m->cls[(uint8_t)text[i]]];
        for (int32_t o = s; o >= 0 && o != 0; o = m->out_next[o]) {
            if (m->out[o] >= 0 && fn(user, (uint32_t)m->out[o], i + 1))
                return;
        }
    }
}
