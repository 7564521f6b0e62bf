/*
 * parser_corpus.c -- minimal CoNLL-U reading for parser training and
 * evaluation (see parser_corpus.h).
 */
#include "nlp/parser_corpus.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tokens of the sentence being read, before they move to the arena. */
typedef struct pending {
    ew_token *tok;
    size_t n, cap;
    const char *id;
    int bad;
} pending;

static void push_sentence(ew_pcorpus *c, pending *p, ew_arena *a,
                          ew_pcorpus_keep_fn keep, void *user)
{
    if (p->n > 0 && !p->bad && (!keep || keep(user, p->id))) {
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 1024;
            c->sent = realloc(c->sent, c->cap * sizeof *c->sent);
            if (!c->sent)
                abort();
        }
        ew_sentence *s = &c->sent[c->n++];
        memset(s, 0, sizeof *s);
        s->id = p->id;
        s->n = p->n;
        s->tok = ew_arena_alloc(a, p->n * sizeof(ew_token));
        memcpy(s->tok, p->tok, p->n * sizeof(ew_token));
    }
    p->n = 0;
    p->id = NULL;
    p->bad = 0;
}

/* Splits line into its 10 tab-separated columns; 0 if fewer. */
static int split_columns(char *line, char **col)
{
    int k = 0;
    col[k++] = line;
    for (char *q = line; *q && k < 10; q++)
        if (*q == '\t') {
            *q = '\0';
            col[k++] = q + 1;
        }
    return k == 10;
}

static int add_token(pending *p, char **col, ew_arena *a)
{
    if (strchr(col[0], '-') || strchr(col[0], '.'))
        return 0; /* multiword range or empty node: not a syntactic word */
    char *end;
    long id = strtol(col[0], &end, 10), head = strtol(col[6], NULL, 10);
    if (*end || id != (long)p->n + 1 || head < 0)
        return -1;
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 64;
        p->tok = realloc(p->tok, p->cap * sizeof *p->tok);
        if (!p->tok)
            abort();
    }
    ew_token *t = &p->tok[p->n++];
    memset(t, 0, sizeof *t);
    t->form = ew_arena_strdup(a, col[1]);
    t->upos = (uint8_t)ew_upos_from_name(col[3]);
    t->xpos = strcmp(col[4], "_") ? ew_arena_strdup(a, col[4]) : NULL;
    t->head = (int32_t)head;
    t->rel = (uint8_t)ew_rel_from_label(ew_arena_strdup(a, col[7]), &t->subrel);
    return 0;
}

static void read_line(char *line, ew_pcorpus *c, pending *p, ew_arena *a,
                      const char *path, long lineno, ew_pcorpus_keep_fn keep,
                      void *user, ew_diag *diag)
{
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '\0') {
        push_sentence(c, p, a, keep, user);
        return;
    }
    if (line[0] == '#') {
        if (strncmp(line, "# sent_id = ", 12) == 0)
            p->id = ew_arena_strdup(a, line + 12);
        return;
    }
    char *col[10];
    if (!split_columns(line, col) || add_token(p, col, a) < 0) {
        if (!p->bad)
            ew_diag_report(diag, EW_ERROR, path, lineno, p->id,
                           "malformed CoNLL-U word line; sentence skipped");
        p->bad = 1;
    }
}

int ew_pcorpus_read(ew_pcorpus *c, const char *path, ew_arena *a,
                    ew_pcorpus_keep_fn keep, void *user, ew_diag *diag)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open: %s", strerror(errno));
        return -1;
    }
    pending p = {0};
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    while (getline(&line, &cap, f) >= 0)
        read_line(line, c, &p, a, path, ++lineno, keep, user, diag);
    push_sentence(c, &p, a, keep, user);
    free(line);
    free(p.tok);
    fclose(f);
    return 0;
}

void ew_pcorpus_free(ew_pcorpus *c)
{
    free(c->sent);
    memset(c, 0, sizeof *c);
}
