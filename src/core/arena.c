/*
 * arena.c -- chained-block bump allocator (see arena.h for the contract).
 *
 * Blocks are allocated on demand; a request larger than the block size gets
 * a block of its own so that a single huge sentence cannot force every later
 * block to be huge.
 */
#include "core/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ew_arena_block {
    ew_arena_block *next;
    size_t size;   /* usable bytes in data[] */
    size_t used;
    max_align_t data[];
};

#define EW_ALIGN (_Alignof(max_align_t))

static void *xmalloc_or_die(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "eventwatch: out of memory (%zu bytes)\n", n);
        abort();
    }
    return p;
}

void ew_arena_init(ew_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->used_total = 0;
}

static ew_arena_block *new_block(size_t size)
{
    if (size > SIZE_MAX - sizeof(ew_arena_block)) {
        fprintf(stderr, "eventwatch: arena request too large\n");
        abort();
    }
    ew_arena_block *b = xmalloc_or_die(sizeof(ew_arena_block) + size);
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

void *ew_arena_alloc(ew_arena *a, size_t n)
{
    size_t need = (n + EW_ALIGN - 1) & ~(EW_ALIGN - 1);
    if (need < n) { /* overflow in rounding */
        fprintf(stderr, "eventwatch: arena request too large\n");
        abort();
    }
    ew_arena_block *b = a->head;
    if (!b || b->size - b->used < need) {
        if (need > a->block_size / 4) {
            /* Big request: own block, linked behind the current head so the
             * head keeps serving small requests. */
            ew_arena_block *big = new_block(need);
            big->used = need;
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                a->head = big;
            }
            a->used_total += need;
            return big->data;
        }
        b = new_block(a->block_size);
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += need;
    a->used_total += need;
    return p;
}

void *ew_arena_calloc(ew_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) {
        fprintf(stderr, "eventwatch: arena request too large\n");
        abort();
    }
    void *p = ew_arena_alloc(a, count * size);
    memset(p, 0, count * size);
    return p;
}

char *ew_arena_strndup(ew_arena *a, const char *s, size_t n)
{
    char *d = ew_arena_alloc(a, n + 1);
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *ew_arena_strdup(ew_arena *a, const char *s)
{
    return ew_arena_strndup(a, s, strlen(s));
}

char *ew_arena_printf(ew_arena *a, const char *fmt, ...)
{
    /* one pass into a stack buffer covers almost every call */
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return ew_arena_strdup(a, "");
    if ((size_t)n < sizeof small)
        return ew_arena_strndup(a, small, (size_t)n);
    char *d = ew_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return d;
}

void ew_arena_reset(ew_arena *a)
{
    ew_arena_block *keep = NULL;
    ew_arena_block *b = a->head;
    while (b) {
        ew_arena_block *next = b->next;
        /* keep one standard-size block for reuse */
        if (!keep && b->size == a->block_size) {
            keep = b;
            keep->used = 0;
            keep->next = NULL;
        } else {
            free(b);
        }
        b = next;
    }
    a->head = keep;
    a->used_total = 0;
}

void ew_arena_free(ew_arena *a)
{
    ew_arena_block *b = a->head;
    while (b) {
        ew_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used_total = 0;
}
