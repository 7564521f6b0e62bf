/*
 * dict_internal.h -- the ew_dict structure, shared by the loaders in
 * src/dict/ and the linter.  Not a public header: other components use
 * dict.h only.
 */
#ifndef EW_DICT_INTERNAL_H
#define EW_DICT_INTERNAL_H

#include "core/arena.h"
#include "dict/acmatch.h"
#include "dict/dict_lines.h"
#include "dict/dict.h"
#include "dict/phrases.h"
#include "dict/symtab.h"

/* A growable array of pointers or structs, heap-allocated. */
#define EW_VEC(T) struct { T *v; size_t n, cap; }
#define EW_VEC_PUSH(vec, item) do {                                        \
        if ((vec).n == (vec).cap) {                                        \
            (vec).cap = (vec).cap ? (vec).cap * 2 : 64;                    \
            void *np_ = realloc((vec).v, (vec).cap * sizeof *(vec).v);     \
            if (!np_) abort();                                             \
            (vec).v = np_;                                                 \
        }                                                                  \
        (vec).v[(vec).n++] = (item);                                       \
    } while (0)

typedef struct ew_discard_entry {
    const char *text;           /* as written, for reports */
    ew_discard_scope scope;
    int word_end;               /* entry ended with '_': match must end at a word boundary */
} ew_discard_entry;

typedef struct ew_issue_entry {
    const char *code;           /* NULL for ignore phrases */
    const char *phrase;         /* expanded phrase as matched */
    int ignore;                 /* "~" phrase: cancels issue coding of the sentence */
    const char *file;
    long line;
} ew_issue_entry;

/* A verb form being collected, before the per-head index is built. */
typedef struct ew_verb_form_rec {
    ew_verb_form form;
} ew_verb_form_rec;

struct ew_dict {
    ew_arena arena;             /* every string and entry */
    ew_symtab syms;
    ew_dict_stats stats;
    int finished;

    /* verbs */
    EW_VEC(ew_synset *) synsets;
    EW_VEC(ew_verb_block *) blocks;
    EW_VEC(ew_verb_form *) forms;
    EW_VEC(ew_transform) transforms;
    uint32_t *form_first;       /* CSR index by head symbol (after finish) */
    const ew_verb_form **form_sorted;
    uint32_t form_nsym;

    /* actors and agents */
    EW_VEC(ew_actor *) actors;
    EW_VEC(ew_agent *) agents;
    ew_phrases actor_phrases;
    ew_phrases agent_phrases;

    /* discards and issues: strings matched in normalised text */
    EW_VEC(ew_discard_entry) discards;
    ew_acmatch discard_ac;
    EW_VEC(ew_issue_entry) issues;
    ew_acmatch issue_ac;

    /* set by ew_dict_add_mem for the duration of one load */
    const char *mem_data;
    size_t mem_len;

    /* files loaded, for reports */
    EW_VEC(const char *) files;
};

/* Loaders, one per file kind (verbs_load.c, actors_load.c, ...).  Each
 * reports rejected lines through diag and counts them in d->stats. */
int ew_dict_load_verbs(ew_dict *d, const char *path, ew_diag *diag);
int ew_dict_load_actors(ew_dict *d, const char *path, ew_diag *diag);
int ew_dict_load_agents(ew_dict *d, const char *path, ew_diag *diag);
int ew_dict_load_discards(ew_dict *d, const char *path, ew_diag *diag);
int ew_dict_load_issues(ew_dict *d, const char *path, ew_diag *diag);

/* Helpers shared by the loaders (dict.c). */
/* Opens the next source: the pending in-memory buffer, else the file. */
int ew_dict_open_source(ew_dict *d, ew_dict_lines *r, const char *path);
/* Interns a word, normalising it; returns 0 for empty or over-long words. */
ew_sym ew_dict_intern(ew_dict *d, const char *word, size_t n);
/* Splits a phrase on blanks and '_' into symbols.  joined[k] = 1 when word
 * k followed an underscore (or when all_joined).  Returns word count, 0 on
 * error (empty, too long, too many words).  Arrays from the dict arena. */
size_t ew_dict_split_phrase(ew_dict *d, const char *s, size_t n, int all_joined,
                            ew_sym **words, uint8_t **joined);
/* Parses a date: YYYYMMDD, or YYMMDD (YY < 30 -> 20YY, else 19YY, PETRARCH's
 * rule).  Returns YYYYMMDD or -1 if malformed or impossible. */
int32_t ew_dict_parse_date(const char *s, size_t n);
/* Records a rejected line. */
void ew_dict_reject(ew_dict *d, ew_diag *diag, const char *path, long line,
                    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Normalises text for discard/issue matching into out (size >= n + 3):
 * " " + upper-case text with every non-word byte turned into a blank + " ".
 * map[i] gives the text offset of out[i].  Returns the length. */
size_t ew_dict_norm_text(const char *text, size_t n, char *out, uint32_t *map);

#endif
