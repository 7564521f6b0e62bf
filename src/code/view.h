/*
 * view.h -- the coder's linear view of one sentence.
 *
 * PETRARCH-1 codes by matching dictionary patterns against the words before
 * the verb (the "upper" sequence, read backwards from the verb) and the words
 * after it up to the end of its verb phrase (the "lower" sequence), where
 * noun phrases ("NE" in PETRARCH) are the only places actors can sit.  The
 * view recovers exactly those pieces from the dependency tree:
 *   - noun phrases: a nominal head plus its determiners, modifiers,
 *     compounds, nominal modifiers (with their prepositions) and
 *     possessives -- a contiguous token range;
 *   - compound groups: noun phrases joined by conj ("Arnor and Gondor"),
 *     coded as one event per member;
 *   - verbs: every verb token, with the end of its verb phrase (the largest
 *     token index of its post-verbal dependents other than conjoined
 *     clauses), and whether it is a passive with a by-agent;
 *   - comma clauses removed by the comma_* options.
 * When the sentence still carries its Penn tree (sentence->ptb), noun
 * phrases, verb phrases and subjects come from the tree instead, by
 * PETRARCH-1's own rules (view_ptb.c); the dependency tree is then not
 * needed at all (code/ptb_tokens.h).
 *
 * Ownership: everything in the arena given to ew_cview_build().
 */
#ifndef EW_CODE_VIEW_H
#define EW_CODE_VIEW_H

#include <stdint.h>

#include "code/coder.h"
#include "core/arena.h"
#include "core/sentence.h"
#include "dict/dict.h"

typedef struct ew_cv_np {
    int start, end;      /* tokens [start,end) */
    int head;            /* lexical head token */
    int pre_start, pre_end; /* words shared with the other members of a
                               compound ("lawmakers in" Fornost and Gondor),
                               coded before this phrase's own; empty when equal */
    int post_start, post_end; /* shared words coded after its own
                               (Eriadori and Calenardhon "leaders") */
    int group;           /* compound group index, or -1 */
    const char *code;    /* actor+agent code, "---" when none */
    int coded;           /* code != "---" */
    int topic;           /* coded only through words modifying a common-noun
                            head ("the laws of Australia", "a British
                            tabloid's report"): about an actor, not one */
} ew_cv_np;

typedef struct ew_cv_group {
    int start, end;      /* token span covering all members */
    int *np;             /* member noun phrases, in text order */
    int n;
} ew_cv_group;

typedef struct ew_cv_verb {
    int tok;             /* the verb token */
    int lower_end;       /* exclusive end of its verb phrase */
    int passive;         /* passive with a by-phrase: swap source/target */
    int subj;            /* token of its subject (own, or inherited from the
                            verb it is conjoined with or complements), -1 */
} ew_cv_verb;

typedef struct ew_cview {
    const ew_sentence *s;
    const ew_dict *dict;
    int n;
    ew_sym *sym;         /* per token, EW_SYM_NONE when unknown */
    uint64_t sym_bloom[16]; /* bit (sym % 1024) set for every token symbol:
                               patterns needing an absent word are rejected
                               without scanning the sentence */
    uint32_t synset_memo[64]; /* (synset index + 1) << 1 | possible, direct
                               mapped: synsets are shared by many patterns */
    char **upper;        /* per token, upper-cased form */
    uint8_t *skip;       /* per token: PETRARCH "skip item" (articles, numbers, 's) */
    uint8_t *gone;       /* per token: removed with a comma clause */
    uint8_t *boundary;   /* per token: a clause comma (ends the upper sequence) */
    int *np_of;          /* per token: noun phrase index or -1 */
    ew_cv_np *np;
    int n_np;
    ew_cv_group *grp;
    int n_grp;
    ew_cv_verb *verb;
    int n_verb;
    int upper_floor;     /* first token words before a verb may come from:
                            0, or just past a statement verb while its
                            reported clause is coded (code/verbs.c) */
} ew_cview;

/* Builds the view; never fails (an unparsed sentence yields no verbs). */
ew_cview *ew_cview_build(const ew_sentence *s, const ew_dict *d,
                         const ew_code_options *o, ew_arena *a);

/* Phrase finders used by ew_cview_build (view_dep.c, view_ptb.c).  Each fills
 * v->np, v->grp, v->verb and v->np_of. */
void ew_cview_from_dep(ew_cview *v, ew_arena *a);
void ew_cview_from_ptb(ew_cview *v, ew_arena *a);

/* Removes comma-delimited clauses as PETRARCH's comma_* options say. */
void ew_cview_commas(ew_cview *v, const ew_code_options *o);

/* Text of tokens [start,end) joined by blanks, upper case (new actors). */
char *ew_cview_text(const ew_cview *v, int start, int end, ew_arena *a);

/* 1 when the phrase starting at token `start` follows a place preposition
 * (at, near, outside, inside): "signed the treaty at the White House"
 * names where, not with whom.  "in" and "on" are left out: too often the
 * party acted upon ("intervened in X", "sanctions on X"; the PETRARCH
 * suite loses 7 records with "in"). */
int ew_cview_locative(const ew_cview *v, int start);

/* 1 when the phrase starting at token `start` follows in, at, from, near,
 * inside or outside ("In New York, the ambassador said", "documents leaked
 * from the U.K. government revealed"): a place, an origin or a document,
 * not the one who acts. */
int ew_cview_adjunct(const ew_cview *v, int start);

/* 1 for CAMEO codes of talk and cooperation (roots 01-13), where a place
 * phrase is only the venue; for force ("fired shells at X") it is the one
 * acted upon. */
int ew_cview_venue_code(const char *code);

/* Adds a noun phrase over tokens [start,end) unless one overlaps; returns
 * its index or -1. */
int ew_cview_add_np(ew_cview *v, int start, int end, int head, ew_arena *a);
/* A second reading of noun phrase k over the same words (np_of still
 * names k), for compounds that multiply out: "lawmakers and officials in
 * Fornost and Gondor" has four members over two places.  Returns its index. */
int ew_cview_copy_np(ew_cview *v, int k, ew_arena *a);
/* Adds a compound group of the given noun phrases (n >= 2). */
void ew_cview_add_group(ew_cview *v, const int *np, int n, ew_arena *a);
/* subj: the verb's subject token, or -1. */
void ew_cview_add_verb(ew_cview *v, int tok, int lower_end, int passive,
                       int subj, ew_arena *a);

#endif
