/*
 * symtab.h -- interning of normalised dictionary words.
 *
 * Every word that occurs in any dictionary gets a small integer (ew_sym), so
 * matching a sentence against thousands of phrases compares integers.  A
 * word that was never interned has no symbol, which lets the coder skip most
 * tokens with one hash probe.
 *
 * Normalisation: Unicode upper case (utf8proc), nothing else; the caller
 * splits on '_' and blanks.  Strings are copied into the table's own arena.
 *
 * Ownership: ew_symtab_init/free by the owner (ew_dict).  Lookups are
 * read-only and thread-safe once interning is over.
 */
#ifndef EW_DICT_SYMTAB_H
#define EW_DICT_SYMTAB_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

typedef struct ew_symtab {
    uint32_t *slots;       /* open addressing: 0 empty, else sym */
    uint32_t *hashes;      /* hash per sym, index = sym */
    const char **text;     /* text per sym, index = sym (0 unused) */
    uint32_t nsym;         /* symbols + 1 (0 reserved) */
    uint32_t cap_sym;
    uint32_t nslots;       /* power of two */
    ew_arena *arena;       /* where the strings live (not owned) */
} ew_symtab;

void ew_symtab_init(ew_symtab *t, ew_arena *arena);
void ew_symtab_free(ew_symtab *t);

/* Normalises word[0..n) into buf (upper case); returns the length written,
 * or 0 if it does not fit in size-1 bytes (never truncates silently). */
size_t ew_sym_normalise(const char *word, size_t n, char *buf, size_t size);

/* Interns an already-normalised word. */
uint32_t ew_symtab_intern(ew_symtab *t, const char *word, size_t n);

/* Looks up an already-normalised word; 0 when absent. */
uint32_t ew_symtab_find(const ew_symtab *t, const char *word, size_t n);

#endif
