/*
 * nlp.c -- loading the model directory and running the models in order
 * (see nlp.h).
 */
#include "nlp/nlp.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "core/paths.h"
#include "nlp/clusters.h"

static void model_path(char *buf, size_t size, const char *dir, const char *file)
{
    snprintf(buf, size, "%s/%s", dir, file);
}

/* The directory's clusters.bin, loaded once for the tagger and the parser
 * (each would otherwise read its own copy).  Absent: NULL and no error
 * (models trained without clusters; a model that needs them reports it). */
static int load_clusters(ew_nlp_models *m, const char *dir, ew_diag *diag)
{
    char path[4096];
    struct stat st;
    model_path(path, sizeof path, dir, "clusters.bin");
    if (stat(path, &st) != 0)
        return 0;
    m->clusters = ew_clusters_load(path, diag);
    return m->clusters ? 0 : -1;
}

/* parser.bin when present: a missing one is no error, a bad one is. */
static int load_parser(ew_nlp_models *m, const char *dir, ew_diag *diag)
{
    char path[4096];
    struct stat st;
    model_path(path, sizeof path, dir, "parser.bin");
    if (stat(path, &st) != 0)
        return 0;
    m->parser = ew_parser_load_with(path, m->clusters, diag);
    return m->parser ? 0 : -1;
}

ew_nlp_models *ew_nlp_load(const char *dir, ew_diag *diag)
{
    if (!dir)
        dir = ew_default_models_dir();
    ew_nlp_models *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    char path[4096];
    /* The parser first: it reads its whole file (29 MB) before expanding it
     * into its tables, and that buffer is gone before the tagger's and the
     * lemmatizer's payloads arrive, so the peak stays near the final size. */
    if (load_clusters(m, dir, diag) == 0 && load_parser(m, dir, diag) == 0) {
        model_path(path, sizeof path, dir, "tagger.bin");
        m->tagger = ew_tagger_load_with(path, m->clusters, diag);
    }
    model_path(path, sizeof path, dir, "lemmatizer.bin");
    m->lemmatizer = m->tagger ? ew_lemmatizer_load(path, diag) : NULL;
    if (!m->tagger || !m->lemmatizer) {
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
    ew_clusters_free(m->clusters);   /* last: the models above borrowed it */
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
