/*
 * parser_state.c -- arc-hybrid transitions with the root at the end of the
 * buffer, and their dynamic-oracle costs (see parser_state.h).
 */
#include "nlp/parser_state.h"

#include <string.h>

size_t ew_pstate_bytes(int n)
{
    size_t m = (size_t)n + 2;
    /* 2 uint64 arrays first keep them aligned, then 10 int arrays */
    return m * 2 * sizeof(uint64_t) + m * 10 * sizeof(int);
}

void ew_pstate_init(ew_pstate *st, int n, const uint64_t *values, void *mem)
{
    size_t m = (size_t)n + 2;
    memset(mem, 0, ew_pstate_bytes(n));
    st->n = n;
    st->word = values;
    st->tag = values + m;
    st->upos = values + 2 * m;
    st->suf = values + 3 * m;
    st->clus = values + 4 * m;
    st->lset = mem;
    st->rset = st->lset + m;
    int *p = (int *)(st->rset + m);
    int **arrays[] = {&st->stack, &st->head, &st->lab, &st->lc1, &st->lc2,
                      &st->rc1, &st->rc2, &st->nl, &st->nr};
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++, p += m)
        *arrays[i] = p;
    for (size_t i = 0; i < m; i++)
        st->lab[i] = EW_PLAB_NONE;
    st->sp = 0;
    st->b = 1;
}

unsigned ew_pstate_legal(const ew_pstate *st)
{
    unsigned m = 0;
    if (st->b <= st->n)
        m |= 1u << EW_PT_SHIFT;
    /* the root takes a dependent only when it would be the last one left:
     * one root word per sentence, as UD requires */
    if (st->sp >= 1 && (st->b <= st->n || st->sp == 1))
        m |= 1u << EW_PT_LEFT;
    if (st->sp >= 2)
        m |= 1u << EW_PT_RIGHT;
    return m;
}

void ew_pstate_arc(const ew_pstate *st, int t, int *dep, int *head)
{
    *dep = st->stack[st->sp - 1];
    *head = t == EW_PT_LEFT ? st->b : st->stack[st->sp - 2];
}

static void add_child(ew_pstate *st, int h, int d, int label)
{
    st->head[d] = h;
    st->lab[d] = label;
    uint64_t bit = 1ULL << (label & 63);
    if (d < h) {
        /* left children arrive right to left (stack order) */
        st->lc2[h] = st->lc1[h];
        st->lc1[h] = d;
        st->nl[h]++;
        st->lset[h] |= bit;
    } else {
        /* right children arrive left to right */
        st->rc2[h] = st->rc1[h];
        st->rc1[h] = d;
        st->nr[h]++;
        st->rset[h] |= bit;
    }
}

void ew_pstate_apply(ew_pstate *st, int t, int label)
{
    if (t == EW_PT_SHIFT) {
        st->stack[st->sp++] = st->b++;
        return;
    }
    int d, h;
    ew_pstate_arc(st, t, &d, &h);
    add_child(st, h, d, label);
    st->sp--;
}

/* Gold dependents of x still in the buffer (they could only attach to x
 * while x is on the stack). */
static int buffer_deps(const ew_pstate *st, int x, const int *gh)
{
    int c = 0;
    for (int i = st->b; i <= st->n; i++)
        c += gh[i] == x;
    return c;
}

static int shift_cost(const ew_pstate *st, const int *gh)
{
    int b = st->b, c = 0;
    for (int k = 0; k < st->sp; k++) {
        int s = st->stack[k];
        c += gh[s] == b;                          /* s can no longer attach to b */
        c += k < st->sp - 1 && gh[b] == s;        /* b can only attach to s0 after */
    }
    return c;
}

int ew_pstate_cost(const ew_pstate *st, int t, const int *gh)
{
    if (t == EW_PT_SHIFT)
        return shift_cost(st, gh);
    int s0 = st->stack[st->sp - 1];
    int s1 = st->sp >= 2 ? st->stack[st->sp - 2] : -1;
    int c = buffer_deps(st, s0, gh);
    if (t == EW_PT_LEFT)
        c += gh[s0] != st->b && (gh[s0] == s1 || gh[s0] > st->b);
    else
        c += gh[s0] != s1 && gh[s0] >= st->b;
    return c;
}
