/*
 * ud_corpus.c -- CoNLL-U loading and the training/test split (see
 * ud_corpus.h).
 */
#include "nlp/ud_corpus.h"

#include "io/conllu.h"

#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ew_ud_corpus_init(ew_ud_corpus *c)
{
    memset(c, 0, sizeof *c);
    ew_arena_init(&c->arena, 1 << 20);
}

void ew_ud_corpus_free(ew_ud_corpus *c)
{
    free(c->sent);
    ew_arena_free(&c->arena);
    memset(c, 0, sizeof *c);
}

static int keep_doc(const char *sent_id, ew_ud_filter filter, char *const *docs, size_t nd)
{
    if (filter == EW_UD_ALL)
        return 1;
    const char *dash = sent_id ? strrchr(sent_id, '-') : NULL;
    size_t len = dash ? (size_t)(dash - sent_id) : 0;
    int listed = 0;
    for (size_t i = 0; i < nd && !listed; i++)
        listed = len && strlen(docs[i]) == len && !strncmp(docs[i], sent_id, len);
    return filter == EW_UD_TRAIN ? !listed : listed;
}

static void append(ew_ud_corpus *c, const ew_sentence *s)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 1024;
        c->sent = realloc(c->sent, c->cap * sizeof *c->sent);
        if (!c->sent)
            abort();
    }
    c->sent[c->n++] = *s;
    c->tokens += s->n;
}

int ew_ud_corpus_add(ew_ud_corpus *c, const char *path, ew_ud_filter filter,
                     char *const *docs, size_t ndocs, ew_diag *diag)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open: %s", strerror(errno));
        return -1;
    }
    ew_conllu_reader r;
    ew_conllu_open_file(&r, f, path, diag);
    /* treebanks are UD v2: their nmod under a copula or an adjective is
     * meant (training and scoring must see the labels as annotated) */
    r.as_written = 1;
    ew_sentence *s;
    int rc;
    while ((rc = ew_conllu_next(&r, &c->arena, &s)) == 1)
        if (s->n && keep_doc(s->id, filter, docs, ndocs))
            append(c, s);
    ew_conllu_close(&r);
    fclose(f);
    return rc < 0 ? -1 : 0;
}

/* Reads files.test: one document name per line.  Returns the count; *out is
 * a malloc'd array of arena strings. */
static size_t read_doc_list(ew_ud_corpus *c, const char *path, char ***out, ew_diag *diag)
{
    *out = NULL;
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open: %s", strerror(errno));
        return 0;
    }
    size_t n = 0, cap = 0;
    char buf[512];
    while (fgets(buf, sizeof buf, f)) {
        buf[strcspn(buf, "\r\n \t")] = 0;
        if (!buf[0])
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            *out = realloc(*out, cap * sizeof **out);
            if (!*out)
                abort();
        }
        (*out)[n++] = ew_arena_strdup(&c->arena, buf);
    }
    fclose(f);
    return n;
}

static int add_gum(ew_ud_corpus *c, const char *ud_dir, const char *genre,
                   ew_ud_filter filter, ew_diag *diag)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/en_gum_cc_by/files.test", ud_dir);
    char **docs;
    size_t nd = read_doc_list(c, path, &docs, diag);
    if (!nd) {
        free(docs);
        return -1;
    }
    snprintf(path, sizeof path, "%s/en_gum_cc_by/gum_%s.conllu", ud_dir, genre ? genre : "*");
    glob_t g = {0};
    int rc = glob(path, 0, NULL, &g) == 0 ? 0 : -1;
    if (rc)
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "no GUM files found");
    for (size_t i = 0; rc == 0 && i < g.gl_pathc; i++)
        rc = ew_ud_corpus_add(c, g.gl_pathv[i], filter, docs, nd, diag);
    globfree(&g); /* safe after a failed glob too: gl_pathv is NULL then */
    free(docs);
    return rc;
}

int ew_ud_corpus_training(ew_ud_corpus *c, const char *ud_dir, ew_diag *diag)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/en_ewt/en_ewt-ud-train.conllu", ud_dir);
    if (ew_ud_corpus_add(c, path, EW_UD_ALL, NULL, 0, diag))
        return -1;
    return add_gum(c, ud_dir, NULL, EW_UD_TRAIN, diag);
}

int ew_ud_corpus_gum_test(ew_ud_corpus *c, const char *ud_dir, const char *genre,
                          ew_diag *diag)
{
    return add_gum(c, ud_dir, genre, EW_UD_TEST, diag);
}
