/*
 * ud_corpus.c -- CoNLL-U loading and the training/test split (see
 * ud_corpus.h).
 */
#include "nlp/ud_corpus.h"

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

/* One sentence being read: tokens gathered in a reusable heap vector, then
 * copied into the arena when the sentence ends. */
typedef struct reader {
    ew_ud_corpus *c;
    const char *path;
    long line, first_line;
    ew_token *tok;
    size_t n, cap;
    char *sent_id;
    int bad;
    ew_diag *diag;
} reader;

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

static void finish_sentence(reader *r, ew_ud_filter filter, char *const *docs, size_t nd)
{
    ew_ud_corpus *c = r->c;
    if (r->n && !r->bad && keep_doc(r->sent_id, filter, docs, nd)) {
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 1024;
            c->sent = realloc(c->sent, c->cap * sizeof *c->sent);
            if (!c->sent)
                abort();
        }
        ew_sentence *s = &c->sent[c->n++];
        memset(s, 0, sizeof *s);
        s->id = r->sent_id ? r->sent_id : ew_arena_printf(&c->arena, "%s:%ld", r->path, r->first_line);
        s->n = r->n;
        s->tok = ew_arena_alloc(&c->arena, r->n * sizeof *s->tok);
        memcpy(s->tok, r->tok, r->n * sizeof *s->tok);
        c->tokens += r->n;
    }
    r->n = 0;
    r->bad = 0;
    r->sent_id = NULL;
}

static char *field_dup(ew_arena *a, const char *s)
{
    return strcmp(s, "_") ? ew_arena_strdup(a, s) : NULL;
}

static void token_line(reader *r, char *line)
{
    char *f[10];
    int nf = 0;
    for (char *p = line; nf < 10; nf++) {
        f[nf] = p;
        p = strchr(p, '\t');
        if (!p) {
            nf++;
            break;
        }
        *p++ = 0;
    }
    if (nf < 8) {
        ew_diag_report(r->diag, EW_ERROR, r->path, r->line, r->sent_id,
                       "CoNLL-U token line has %d fields, expected 10", nf);
        r->bad = 1;
        return;
    }
    if (strchr(f[0], '-') || strchr(f[0], '.'))
        return; /* multiword range or empty node */
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->tok = realloc(r->tok, r->cap * sizeof *r->tok);
        if (!r->tok)
            abort();
    }
    ew_arena *a = &r->c->arena;
    ew_token *t = &r->tok[r->n++];
    memset(t, 0, sizeof *t);
    t->form = ew_arena_strdup(a, f[1]);
    t->lemma = field_dup(a, f[2]);
    t->upos = (uint8_t)ew_upos_from_name(f[3]);
    t->xpos = field_dup(a, f[4]);
    t->head = strcmp(f[6], "_") ? atoi(f[6]) : -1;
    const char *label = ew_arena_strdup(a, f[7]);
    t->rel = (uint8_t)ew_rel_from_label(label, &t->subrel);
}

static void comment_line(reader *r, const char *line)
{
    const char *key = "# sent_id = ";
    if (!strncmp(line, key, strlen(key)))
        r->sent_id = ew_arena_strdup(&r->c->arena, line + strlen(key));
}

int ew_ud_corpus_add(ew_ud_corpus *c, const char *path, ew_ud_filter filter,
                     char *const *docs, size_t ndocs, ew_diag *diag)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open: %s", strerror(errno));
        return -1;
    }
    reader r = {.c = c, .path = path, .diag = diag};
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        r.line++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (len == 0)
            finish_sentence(&r, filter, docs, ndocs);
        else if (line[0] == '#')
            comment_line(&r, line);
        else {
            if (r.n == 0)
                r.first_line = r.line;
            token_line(&r, line);
        }
    }
    finish_sentence(&r, filter, docs, ndocs);
    free(line);
    free(r.tok);
    fclose(f);
    return 0;
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
