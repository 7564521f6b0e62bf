/*
 * nlp.h -- the English analysis models as one unit for the pipeline.
 *
 * Load once (tagger, lemmatizer and, when present, the dependency parser),
 * then analyse any number of sentences from any number of threads: the
 * models are read-only after loading.
 *
 * Models directory: the `dir` argument, else ew_default_models_dir()
 * (src/core/paths.h: $EVENTWATCH_MODELS, next to the binary ../models, the
 * source tree's models/).  Files: tagger.bin, lemmatizer.bin, parser.bin,
 * and clusters.bin, the word clusters (clusters.h) that the tagger and the
 * parser were trained with: loaded once here and lent to both
 * (ew_tagger_load_with, ew_parser_load_with), each of which checks it is
 * the one it was trained with (by id) and refuses to load without it or
 * with another one, naming the file.
 *
 * Ownership: ew_nlp_load returns models freed with ew_nlp_free, which frees
 * the clusters after the tagger and parser that borrow them (a caller that
 * frees m->parser or m->tagger early is fine; one that frees m->clusters
 * early is not).  Strings
 * the analysis writes into tokens (xpos, subrel) point into the models;
 * lemmas that differ from the form are allocated in the caller's arena.
 * Errors: a missing or bad tagger/lemmatizer is reported (naming the file)
 * and ew_nlp_load returns NULL; a missing parser.bin is not an error
 * (parser stays NULL), a present but bad one is; so is a present but bad
 * clusters.bin (even for models trained without clusters).
 */
#ifndef EW_NLP_NLP_H
#define EW_NLP_NLP_H

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

typedef struct ew_nlp_models {
    ew_tagger *tagger;
    ew_lemmatizer *lemmatizer;
    ew_parser *parser;          /* NULL when the directory has no parser.bin */
    struct ew_clusters *clusters; /* the directory's clusters.bin, borrowed by the
                                 * tagger and the parser; NULL when absent */
} ew_nlp_models;

ew_nlp_models *ew_nlp_load(const char *dir, ew_diag *diag);
void ew_nlp_free(ew_nlp_models *m);

/* Fills upos, xpos and lemma of every token from the forms.  Allocates only
 * lemmas that differ from their form (in a).  Returns 0, or -1 if m or s is
 * NULL. */
int ew_nlp_tag(const ew_nlp_models *m, ew_sentence *s, ew_arena *a);

/* ew_nlp_tag, then the dependency tree (head, rel, subrel) when a parser is
 * loaded.  Returns 0, or -1 if m or s is NULL. */
int ew_nlp_analyse(const ew_nlp_models *m, ew_sentence *s, ew_arena *a);

#endif
