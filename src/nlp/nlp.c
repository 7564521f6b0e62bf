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

int ew_nlp_analyse(const ew_nlp_models *m, ew_sentence *s, ew_arena *a)
{
    if (ew_nlp_tag(m, s, a))
        return -1;
    return m->parser ? ew_parser_parse(m->parser, s) : 0;
}
