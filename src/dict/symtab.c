/*
 * symtab.c -- open-addressing string interning (see symtab.h).
 */
#include "dict/symtab.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static uint32_t hash_bytes(const char *s, size_t n)
{
    /* FNV-1a: short words, good enough spread, no dependencies */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h ? h : 1;
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q)
        abort(); /* same policy as the arena: no recovery from OOM mid-load */
    return q;
}

void ew_symtab_init(ew_symtab *t, ew_arena *arena)
{
    memset(t, 0, sizeof *t);
    t->arena = arena;
    t->nslots = 1024;
    t->slots = calloc(t->nslots, sizeof *t->slots);
    t->cap_sym = 512;
    t->text = xrealloc(NULL, t->cap_sym * sizeof *t->text);
    t->hashes = xrealloc(NULL, t->cap_sym * sizeof *t->hashes);
    if (!t->slots)
        abort();
    t->text[0] = "";
    t->hashes[0] = 0;
    t->nsym = 1;
}

void ew_symtab_free(ew_symtab *t)
{
    free(t->slots);
    free(t->text);
    free(t->hashes);
    memset(t, 0, sizeof *t);
}

size_t ew_sym_normalise(const char *word, size_t n, char *buf, size_t size)
{
    size_t o = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)word[i];
        if (c < 0x80) {
            if (o + 1 >= size)
                return 0;
            buf[o++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)word + i,
                                                (utf8proc_ssize_t)(n - i), &cp);
        if (len <= 0) { /* invalid byte: keep it as is, it can only match itself */
            if (o + 1 >= size)
                return 0;
            buf[o++] = (char)c;
            i++;
            continue;
        }
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t el = utf8proc_encode_char(utf8proc_toupper(cp), enc);
        if (o + (size_t)el >= size)
            return 0;
        memcpy(buf + o, enc, (size_t)el);
        o += (size_t)el;
        i += (size_t)len;
    }
    buf[o] = '\0';
    return o;
}

static uint32_t probe(const ew_symtab *t, const char *w, size_t n, uint32_t h)
{
    uint32_t mask = t->nslots - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t s = t->slots[i];
        if (s == 0)
            return i;
        if (t->hashes[s] == h && strncmp(t->text[s], w, n) == 0 && t->text[s][n] == '\0')
            return i;
    }
}

static void grow(ew_symtab *t)
{
    uint32_t n = t->nslots * 2;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        abort();
    for (uint32_t s = 1; s < t->nsym; s++) {
        uint32_t i = t->hashes[s] & (n - 1);
        while (slots[i])
            i = (i + 1) & (n - 1);
        slots[i] = s;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = n;
}

uint32_t ew_symtab_intern(ew_symtab *t, const char *word, size_t n)
{
    uint32_t h = hash_bytes(word, n);
    uint32_t i = probe(t, word, n, h);
    if (t->slots[i])
        return t->slots[i];
    if (t->nsym == t->cap_sym) {
        t->cap_sym *= 2;
        t->text = xrealloc(t->text, t->cap_sym * sizeof *t->text);
        t->hashes = xrealloc(t->hashes, t->cap_sym * sizeof *t->hashes);
    }
    uint32_t s = t->nsym++;
    t->text[s] = ew_arena_strndup(t->arena, word, n);
    t->hashes[s] = h;
    t->slots[i] = s;
    if (t->nsym * 2 > t->nslots)
        grow(t);
    return s;
}

uint32_t ew_symtab_find(const ew_symtab *t, const char *word, size_t n)
{
    uint32_t h = hash_bytes(word, n);
    return t->slots[probe(t, word, n, h)];
}
