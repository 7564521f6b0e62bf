/*
 * dict.h -- PETRARCH-format dictionaries, loaded and compiled for matching.
 *
 * One ew_dict holds everything a coder needs: verbs (synsets, verb blocks,
 * their forms and patterns, PETRARCH2 transformations), actors (phrases with
 * default and date-restricted codes), agents (with plurals and !SUBST!
 * markers expanded), discards and issues.  Both verb-pattern syntaxes load:
 *   PETRARCH-1  "- SUGGESTED_+ * DEMAND_&GENINT  [111]"   (validate/, petrarch1/)
 *   PETRARCH-2  "- * {FINANCIAL AID} (FOR +) [071]"       (phoenix/CAMEO.2.0.txt)
 * The syntax of each pattern is recorded; elements are kept in source order.
 *
 * Words are normalised (upper case; '_' joins words) and interned as ew_sym
 * ids, so matching compares integers.  Phrase tables are hash maps keyed by
 * the first word, holding the phrases that start with it, longest first.
 *
 * Loading never stops at a bad line: each line the loader cannot accept is
 * reported through ew_diag (file, line, reason), counted in ew_dict_stats,
 * and skipped.  With opts.strict the load fails (returns NULL) at the end
 * if any line was rejected.
 *
 * Ownership: ew_dict_load*() return a heap object the caller frees with
 * ew_dict_free().  Everything reachable from it is owned by it and is
 * read-only after load, so any number of threads may match concurrently.
 */
#ifndef EW_DICT_H
#define EW_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

typedef uint32_t ew_sym;          /* interned upper-case word; 0 = none */
#define EW_SYM_NONE 0u

typedef struct ew_dict ew_dict;

typedef enum ew_dict_kind {
    EW_DICT_VERBS, EW_DICT_ACTORS, EW_DICT_AGENTS, EW_DICT_DISCARDS,
    EW_DICT_ISSUES
} ew_dict_kind;

typedef struct ew_dict_options {
    int strict;                  /* any rejected line makes the load fail */
} ew_dict_options;

typedef struct ew_dict_stats {
    size_t lines_read, lines_rejected;
    size_t synsets, verb_blocks, verb_forms, patterns, transformations;
    size_t actors, actor_phrases, agents, agent_phrases, discards, issues;
} ew_dict_stats;

/* ---- loading ---------------------------------------------------------- */

/* Loads the dictionaries named by DIR/PETR_config.ini ([Dictionaries]
 * section: verbfile_name, actorfile_list (comma separated), agentfile_name,
 * discardfile_name, issuefile_name), paths relative to DIR.
 * Returns NULL if DIR or its config cannot be read, or a named file is
 * missing (each reported), or strict and a line was rejected. */
ew_dict *ew_dict_load_dir(const char *dir, const ew_dict_options *opts, ew_diag *diag);

/* An empty dictionary set to which files are added one by one. */
ew_dict *ew_dict_new(void);
/* Adds one file of the given kind; returns 0, or -1 if it cannot be read. */
int ew_dict_add_file(ew_dict *d, ew_dict_kind kind, const char *path, ew_diag *diag);
/* The same from memory; `name` stands for the file in reports. */
int ew_dict_add_mem(ew_dict *d, ew_dict_kind kind, const char *name, const char *data,
                    size_t len, ew_diag *diag);
/* Call once after the last add: builds the lookup tables. */
void ew_dict_finish(ew_dict *d);

void ew_dict_free(ew_dict *d);
const ew_dict_stats *ew_dict_get_stats(const ew_dict *d);

/* ---- symbols ---------------------------------------------------------- */

/* The symbol of a word, normalised as the loader did (upper case); returns
 * EW_SYM_NONE if the word occurs in no dictionary (then nothing can match
 * it, which is the fast path for most tokens).  n = byte length. */
ew_sym ew_dict_sym(const ew_dict *d, const char *word, size_t n);
const char *ew_dict_sym_text(const ew_dict *d, ew_sym s);

/* ---- actors and agents ------------------------------------------------ */

typedef struct ew_dated_code {
    const char *code;
    int32_t from, to;            /* inclusive YYYYMMDD; 0 / 99999999 when open */
} ew_dated_code;

typedef struct ew_actor {
    const char *primary;         /* primary phrase as written */
    const char *default_code;    /* NULL: null code unless a date range applies */
    ew_dated_code *dated;
    size_t n_dated;
    const char *file;
    long line;
} ew_actor;

typedef struct ew_agent {
    const char *phrase;
    const char *code;            /* without the '~' */
    int code_first;              /* "NGO~": agent code goes before the actor code */
    const char *file;
    long line;
} ew_agent;

/* Code of an actor on a date (YYYYMMDD; 0 = undated: default code).
 * The first date range containing the date wins, else the default code. */
const char *ew_actor_code_on(const ew_actor *a, int32_t date);

/* Longest actor phrase starting at words[start] (symbols of the sentence's
 * tokens).  Returns NULL or the actor, with *len = number of words used. */
const ew_actor *ew_dict_match_actor(const ew_dict *d, const ew_sym *words,
                                    size_t n, size_t start, size_t *len);

/* Longest agent phrase starting at words[start].  Agent phrases written
 * with blanks allow intervening words (at most `max_gap` in total);
 * underscores require adjacency.  *len = words spanned incl. gaps. */
const ew_agent *ew_dict_match_agent(const ew_dict *d, const ew_sym *words,
                                    size_t n, size_t start, size_t max_gap,
                                    size_t *len);

/* ---- verbs ------------------------------------------------------------ */

typedef enum ew_pat_kind {
    EW_PE_WORD,       /* a literal word */
    EW_PE_SYNSET,     /* &NAME: any phrase of the synset */
    EW_PE_SOURCE,     /* $ */
    EW_PE_TARGET,     /* + */
    EW_PE_COMPOUND,   /* % : source and target */
    EW_PE_SKIP,       /* ^ : skip the next noun phrase */
    EW_PE_VERB,       /* * : position of the verb */
    EW_PE_NP_OPEN,    /* PETRARCH-2 '{' */
    EW_PE_NP_CLOSE,   /* '}' */
    EW_PE_PP_OPEN,    /* PETRARCH-2 '(' */
    EW_PE_PP_CLOSE    /* ')' */
} ew_pat_kind;

typedef struct ew_pat_elem {
    uint8_t kind;        /* ew_pat_kind */
    uint8_t joined;      /* 1: joined to the previous element by '_' (must be adjacent) */
    ew_sym word;         /* EW_PE_WORD */
    uint32_t synset;     /* EW_PE_SYNSET: index into ew_dict_synset() */
} ew_pat_elem;

typedef struct ew_pattern {
    const ew_pat_elem *el;
    uint16_t n;
    uint16_t verb_at;        /* index of the EW_PE_VERB element (n if none) */
    uint8_t syntax;          /* 1 = PETRARCH-1, 2 = PETRARCH-2 */
    const char *code;        /* as written inside [...]: "064", "013:012", "---" */
    const char *text;        /* the pattern line as written (trimmed, no comment) */
    const char *file;
    long line;
} ew_pattern;

typedef struct ew_verb_block {
    const char *name;        /* from "--- NAME [code] ---" */
    const char *code;        /* block code, "---" when none */
    const ew_pattern *pat;   /* patterns in file order */
    size_t n_pat;
    const char *file;
    long line;
} ew_verb_block;

/* One inflected form of a (possibly multi-word) verb. */
typedef struct ew_verb_form {
    const ew_sym *words;     /* the words of the form, in order */
    uint16_t n;
    uint16_t head;           /* index of the word the parser tags as verb */
    const char *lemma;       /* the verb as entered in the dictionary */
    const char *code;        /* the verb's own code, else its block's */
    const ew_verb_block *block;
    const char *file;
    long line;
} ew_verb_form;

/* Forms whose head word is `word`; *n receives the count (0: not a verb). */
const ew_verb_form *const *ew_dict_verb_forms(const ew_dict *d, ew_sym word, size_t *n);

typedef struct ew_synset {
    const char *name;            /* "&CURRENCY" */
    const ew_sym *const *phrase; /* phrase[i] is phrase_len[i] symbols */
    const uint16_t *phrase_len;
    size_t n;
} ew_synset;

const ew_synset *ew_dict_synset(const ew_dict *d, uint32_t index);

/* PETRARCH-2 transformation "~ a (a b WILL_ATTACK) SAY = a b 138", raw. */
typedef struct ew_transform {
    const char *text;
    const char *file;
    long line;
} ew_transform;
const ew_transform *ew_dict_transforms(const ew_dict *d, size_t *n);

/* ---- discards and issues ---------------------------------------------- */

typedef enum ew_discard_scope { EW_DISCARD_SENTENCE, EW_DISCARD_STORY } ew_discard_scope;

/* Checks raw sentence text against the discard list (case-insensitive,
 * word-start anchored, '_' entries word-end anchored).  Returns the matching
 * entry text or NULL; *scope says whether the whole story is discarded. */
const char *ew_dict_discard_match(const ew_dict *d, const char *text,
                                  ew_discard_scope *scope);

typedef struct ew_issue_hit {
    const char *code;            /* issue code as written */
    const char *phrase;          /* matched phrase */
    uint32_t start, end;         /* byte span in the text */
} ew_issue_hit;

/* Issue phrases found in text; writes up to max hits, returns the total. */
size_t ew_dict_issues(const ew_dict *d, const char *text, ew_issue_hit *hits, size_t max);

#endif
