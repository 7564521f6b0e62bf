/*
 * acmatch.h -- Aho-Corasick multi-string matcher for discards and issues.
 *
 * Both lists are plain strings searched in sentence text: checking hundreds
 * of them one strstr() at a time would cost more than coding the sentence,
 * so they are compiled into one automaton scanned once per sentence.
 * The automaton is a full DFA over byte classes (only bytes that occur in a
 * pattern get a class of their own), so scanning is one table load per byte.
 *
 * Ownership: heap arrays owned by the matcher; patterns are copied.
 */
#ifndef EW_DICT_ACMATCH_H
#define EW_DICT_ACMATCH_H

#include <stddef.h>
#include <stdint.h>

typedef struct ew_acmatch {
    uint8_t cls[256];       /* byte -> class (0 = not in any pattern) */
    uint32_t nclass;
    int32_t *delta;         /* state * nclass + class -> state */
    int32_t *fail;
    int32_t *out;           /* first output (pattern id) per state, -1 none */
    int32_t *out_next;      /* next output in the suffix chain: state -> state, -1 */
    uint32_t nstate, cap;
    /* trie under construction */
    uint8_t **pat;
    size_t *pat_len;
    uint32_t npat, cap_pat;
    int built;
} ew_acmatch;

void ew_acmatch_init(ew_acmatch *m);
/* Adds a pattern (bytes); returns its id (0, 1, 2... in order). */
uint32_t ew_acmatch_add(ew_acmatch *m, const char *s, size_t n);
void ew_acmatch_build(ew_acmatch *m);
void ew_acmatch_free(ew_acmatch *m);

/* Calls fn(user, pattern_id, end) for every occurrence; end is the offset
 * just past the match.  fn returns non-zero to stop the scan. */
typedef int (*ew_acmatch_fn)(void *user, uint32_t id, size_t end);
void ew_acmatch_scan(const ew_acmatch *m, const char *text, size_t n,
                     ew_acmatch_fn fn, void *user);

size_t ew_acmatch_pattern_len(const ew_acmatch *m, uint32_t id);

#endif
