/*
 * actor.h -- coding one noun phrase (its words as dictionary symbols) into
 * an actor code with agents, e.g. "Gondor police" -> "GONCOP".
 *
 * Returns "---" when neither actor nor agent matches.  The returned string
 * is the dictionary's own (read-only) or a copy in arena a.
 */
#ifndef EW_CODE_ACTOR_H
#define EW_CODE_ACTOR_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "dict/dict.h"

typedef struct ew_actor_hit {
    const ew_actor *actor;   /* the actor that gave the base code, or NULL */
    size_t at, len;          /* its words within the phrase */
} ew_actor_hit;

const char *ew_code_phrase(const ew_dict *d, const ew_sym *w, size_t n,
                           int32_t date, ew_arena *a, ew_actor_hit *hit);

/* 1 when a match of len words of actor act is a person's surname entry:
 * one word standing for a longer name of the leaders files ("+BLAIR" of
 * TONY_BLAIR, "+DOWNER" of ALEXANDER_DOWNER).  Such a word may be someone
 * else's first name ("Blair Trewin", "Kerry Bartlett"); the caller, who
 * sees the words' case, decides (src/pipeline/doc_context.c).  act may be
 * NULL (then 0). */
int ew_code_surname_entry(const ew_actor *act, size_t len);

/* 1 when act is a person: an office holder of the leaders files. */
int ew_code_person_actor(const ew_actor *act);

/* 1 when word i of the phrase w[0..n) lies inside an actor or agent phrase
 * of the dictionaries (agents without gaps).  For a phrase's head word it
 * tells whether the phrase names its actor ("the Australian government",
 * "British troops") or is only about one ("the laws of Australia", "a
 * stronger Australian dollar"): the code then came from a modifier. */
int ew_code_word_named(const ew_dict *d, const ew_sym *w, size_t n, size_t i);

#endif
