/*
 * nlp.c -- loading the model directory and running the models in order
 * (see nlp.h).
 */
#include "nlp/nlp.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "core/paths.h"

static void model_path(char *buf, size_t size, const char *dir, const char *file)
{
    snprintf(buf, size, "%s/%s", dir, file);
}

ew_nlp_models *ew_nlp_load(const char *dir, ew_diag *diag)
{
    if (!dir)
        dir = ew_default_models_dir();
    ew_nlp_models *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    char path[4096];
    struct stat st;
    model_path(path, sizeof path, dir, "tagger.bin");
    m->tagger = ew_tagger_load(path, diag);
    model_path(path, sizeof path, dir, "lemmatizer.bin");
    m->lemmatizer = m->tagger ? ew_lemmatizer_load(path, diag) : NULL;
    model_path(path, sizeof path, dir, "parser.bin");
    int bad_parser = 0;
    if (m->lemmatizer && stat(path, &st) == 0) {
        m->parser = ew_parser_load(path, diag);
        bad_parser = !m->parser;
    }
    if (!m->tagger || !m->lemmatizer || bad_parser) {
        ew_nlp_free(m);
        return NULL;
    }
    return m;
}

void ew_nlp_free(ew_nlp_models *m)
{
    if (!m)
        return;
    ew_tagger_free(m->tagger);
    ew_lemmatizer_free(m->lemmatizer);
    ew_parser_free(m->parser);
    free(m);
}

int ew_nlp_tag(const ew_nlp_models *m, ew_sentence *s, ew_arena *a)
{
    if (!m || !s)
        return -1;
    ew_tagger_tag(m->tagger, s);
    return ew_lemmatizer_sentence(m->lemmatizer, s, a);
}

/* Sentences up to this many words hand the tagger's cluster codes to the
 * parser on the stack; longer ones (rare) let the parser look them up. */
#define SHARE_WORDS 256

int ew_nlp_analyse(const ew_nlp_models *m, ew_sentence *s, ew_arena *a)
{
    if (!m || !s)
        return -1;
    uint64_t codes[SHARE_WORDS];
    /* same clusters (by id) in both models: the tagger's lookups serve the
     * parser too (models of one directory always share clusters.bin) */
    int share = m->parser && s->n <= SHARE_WORDS &&
                ew_tagger_clusters_id(m->tagger) == ew_parser_clusters_id(m->parser);
    ew_tagger_tag_clus(m->tagger, s, share ? codes : NULL);
    if (ew_lemmatizer_sentence(m->lemmatizer, s, a))
        return -1;
    return m->parser ? ew_parser_parse_clus(m->parser, s, share ? codes : NULL) : 0;
}
