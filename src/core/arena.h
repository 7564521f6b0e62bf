/*
 * arena.h -- bump allocator for per-document and per-load memory.
 *
 * Everything the pipeline builds for one document (tokens, trees, actor
 * matches, events) lives in one arena and dies with one ew_arena_free()
 * or ew_arena_reset().  That removes per-object ownership questions from the
 * hot path: a stage receives an arena, allocates from it, never frees.
 *
 * Ownership: the caller owns the ew_arena struct (usually on the stack or
 * inside a worker struct); the arena owns every block it hands out.
 * Allocation failure aborts the process with a message: the library has no
 * sensible recovery from malloc() failure in the middle of a document, and
 * checking every token allocation would bury the code (Redis makes the same
 * choice with zmalloc).
 */
#ifndef EW_ARENA_H
#define EW_ARENA_H

#include <stddef.h>

typedef struct ew_arena_block ew_arena_block;

typedef struct ew_arena {
    ew_arena_block *head;   /* newest block; older ones chained behind */
    size_t block_size;      /* default size of a fresh block */
    size_t used_total;      /* bytes handed out since init/reset (statistics) */
} ew_arena;

/* Prepares an empty arena.  block_size 0 picks 64 KiB. No memory is taken yet. */
void ew_arena_init(ew_arena *a, size_t block_size);

/* Returns n bytes aligned for any type; never NULL.  n may be 0. */
void *ew_arena_alloc(ew_arena *a, size_t n);

/* As ew_arena_alloc, zero-filled. */
void *ew_arena_calloc(ew_arena *a, size_t count, size_t size);

/* Copies s[0..n) into the arena and NUL-terminates it. */
char *ew_arena_strndup(ew_arena *a, const char *s, size_t n);
char *ew_arena_strdup(ew_arena *a, const char *s);

/* printf into the arena. */
char *ew_arena_printf(ew_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Forgets everything allocated but keeps the first block for reuse, so a
 * worker that codes document after document stops calling malloc. */
void ew_arena_reset(ew_arena *a);

/* Releases all memory.  The arena may be reused after ew_arena_init(). */
void ew_arena_free(ew_arena *a);

#endif
