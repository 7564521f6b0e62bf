/*
 * coder.h -- the event coder: one analysed sentence + dictionaries -> events.
 *
 * Semantics follow PETRARCH-1 ("PETRARCH-Classic"), the coder that scored
 * best on the PETRARCH unit-test suite, but the input is the dependency tree
 * (core/sentence.h), so CoNLL-U files and eventwatch's own parser feed it as
 * well as Penn Treebank parses do.  For each verb of the sentence, in text
 * order:
 *   1. find the verb in the dictionary, preferring the longest multi-word
 *      form that fits the neighbouring words;
 *   2. match the verb's patterns: elements before '*' against the words
 *      before the verb (nearest first), elements after it against the rest
 *      of the verb phrase; words, &synsets, $ source, + target, % compound,
 *      ^ skip-a-noun-phrase, '_' adjacency; PETRARCH-2 {NP} (PP) groups are
 *      accepted and matched as plain word sequences;
 *   3. the most specific matching pattern gives the code (ties: file order);
 *      none, or "---", falls back to the verb's own code;
 *   4. target = the pattern's + (or the first compound or named-actor noun
 *      phrase of the verb phrase, else the first agent-only one), source = the pattern's $ (or the verb's subject
 *      from the tree when it is coded, or the nearest coded noun phrase
 *      before the verb); a topic phrase, coded only through a word
 *      modifying its common-noun head ("the laws of Gondor"), gives way to
 *      an actor as a statement's target and in the nearest-phrase source
 *      search, and is kept when no actor is there (code/view.h);
 *      passives with a by-phrase swap them; on
 *      dependency trees a passive without one whose subject names no actor
 *      takes no source from elsewhere ("a ship was attacked"); for talk and
 *      cooperation codes (roots 01-13) a phrase after at/near/outside/
 *      inside is a venue, never the default target nor a bare "+";
 *   5. compound noun phrases give one event per pair, "A:B" codes give the
 *      two directed events, self-references and (with require_dyad)
 *      half-coded events are dropped, duplicates removed;
 *   6. a coded verb's phrase is not searched for further verbs, except a
 *      statement's (root 01): "X said Y attacked Z" codes the verbs of the
 *      reported clause (source from that clause only), and an inner event
 *      with both sides coded replaces the statement's events.
 * Actor texts are the words as written when the token offsets fit
 * sentence->text, else the token forms (never a cut word or character).
 * Noun phrases, verb phrases and subjects come from the Penn tree when the
 * sentence has one (sentence->ptb, PETRARCH-1's own phrase rules), else
 * from the dependency tree (code/view.h).
 * Actors are resolved inside each noun phrase: the first actor phrase gives
 * the base code (dated codes by the sentence date), every agent phrase adds
 * its code ("~GOV" after, "NGO~" before).  Sentences matching a discard
 * phrase yield nothing.
 *
 * Errors: none are fatal; the coder reports nothing through diag except
 * internal limits (a sentence over EW_CODE_MAX_TOKENS is skipped; coding
 * stops after EW_CODE_MAX_EVENTS events of one sentence).
 * Threads: the dictionaries are read-only; one arena per thread.
 * Ownership: events and their strings live in the arena passed in.
 */
#ifndef EW_CODE_CODER_H
#define EW_CODE_CODER_H

#include "core/arena.h"
#include "core/diag.h"
#include "core/event.h"
#include "core/sentence.h"
#include "dict/dict.h"

#define EW_CODE_MAX_TOKENS 4096
/* Events one sentence may yield before the coder stops looking (reported):
 * compounds multiply, and duplicate removal is quadratic. */
#define EW_CODE_MAX_EVENTS 1024

/* The validation-file <Config> options of PETRARCH-1 (petrarch1-inputs.rst). */
typedef struct ew_code_options {
    int require_dyad;        /* drop events whose source or target is "---" (default 1) */
    int new_actor_length;    /* >0: uncoded noun phrases of at most this many
                                words become "\"PHRASE\"" actors (default 0) */
    int comma_min, comma_max;   /* intermediate comma clause word range (2, 8) */
    int comma_bmin, comma_bmax; /* initial clause (0, 0: off) */
    int comma_emin, comma_emax; /* terminal clause (2, 8) */
    int use_ptb;             /* 1 (default): use sentence->ptb boundaries when present */
} ew_code_options;

void ew_code_options_default(ew_code_options *o);

/* Sets one option by its PETRARCH name ("require_dyad", "comma_emax"...);
 * returns 0, or -1 for an unknown name or a bad value. */
int ew_code_options_set(ew_code_options *o, const char *name, const char *value);

/* Receives one line of explanation (explain); NULL: no tracing, no cost. */
typedef void (*ew_code_trace_fn)(void *user, const char *line);

typedef struct ew_coder {
    const ew_dict *dict;
    ew_code_options opt;
    ew_code_trace_fn trace;
    void *trace_user;
    ew_diag *diag;
} ew_coder;

/* Result of coding one sentence besides its events. */
typedef enum ew_code_status {
    EW_CODE_OK = 0,
    EW_CODE_DISCARD_SENTENCE,   /* a discard phrase matched */
    EW_CODE_DISCARD_STORY,      /* a '+' discard phrase: drop the document */
    EW_CODE_SKIPPED,            /* not codeable (no tree, too long) */
} ew_code_status;

/* Codes sentence s and appends its events to out.  Event strings point into
 * the sentence, the dictionary or arena a. */
ew_code_status ew_code_sentence(const ew_coder *c, const ew_sentence *s,
                                ew_arena *a, ew_event_list *out);

/* Appends one zeroed event to the list, growing it in arena a. */
ew_event *ew_event_list_push(ew_event_list *l, ew_arena *a);

#endif
