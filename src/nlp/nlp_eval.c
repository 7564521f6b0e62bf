/*
 * nlp_eval.c -- gold-tokenization evaluation of the analysis models (see
 * nlp_eval.h).
 */
#include "nlp/nlp_eval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "io/conllu.h"
#include "nlp/ud_corpus.h"

/* Thread CPU time: on a shared machine wall time would also count other
 * processes' turns on the core. */
static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

typedef struct counts {
    size_t upos, xpos, lemma, uas, las;
} counts;

static int same_str(const char *a, const char *b)
{
    return a && b ? !strcmp(a, b) : a == b;
}

static void score_sentence(const ew_sentence *gold, const ew_sentence *pred, counts *c)
{
    for (size_t i = 0; i < gold->n; i++) {
        const ew_token *g = &gold->tok[i], *p = &pred->tok[i];
        c->upos += g->upos == p->upos;
        c->xpos += same_str(g->xpos, p->xpos);
        c->lemma += same_str(g->lemma, p->lemma);
        if (g->head == p->head) {
            c->uas++;
            c->las += g->rel == p->rel && same_str(g->subrel, p->subrel);
        }
    }
}

/* A copy of gold with everything the models predict erased. */
static void blank_copy(const ew_sentence *gold, ew_sentence *s, ew_token *tok)
{
    *s = *gold;
    s->tok = tok;
    for (size_t i = 0; i < gold->n; i++) {
        memset(&tok[i], 0, sizeof tok[i]);
        tok[i].form = gold->tok[i].form;
        tok[i].head = -1;
    }
}

void ew_nlp_eval_corpus(const ew_nlp_models *m, const ew_sentence *sent, size_t n,
                        FILE *pred, ew_nlp_scores *out)
{
    memset(out, 0, sizeof *out);
    counts c = {0};
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_token *tok = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < n; i++) {
        if (sent[i].n > cap) {
            cap = sent[i].n * 2;
            tok = realloc(tok, cap * sizeof *tok);
            if (!tok)
                abort();
        }
        ew_sentence s;
        blank_copy(&sent[i], &s, tok);
        double t0 = now_sec();
        ew_nlp_tag(m, &s, &a);
        double t1 = now_sec();
        if (m->parser)
            ew_parser_parse(m->parser, &s);
        out->parse_seconds += now_sec() - t1;
        out->tag_seconds += t1 - t0;
        score_sentence(&sent[i], &s, &c);
        if (pred)
            ew_conllu_write(pred, &s);
        out->tokens += sent[i].n;
        ew_arena_reset(&a);
    }
    free(tok);
    ew_arena_free(&a);
    out->sentences = n;
    out->parsed = m->parser != NULL;
    double t = out->tokens ? 100.0 / out->tokens : 0;
    out->upos = c.upos * t;
    out->xpos = c.xpos * t;
    out->lemma = c.lemma * t;
    out->uas = c.uas * t;
    out->las = c.las * t;
}

/* Reads a files.test-style list into arena strings. */
static size_t read_docs(const char *path, ew_arena *a, char ***out, ew_diag *diag)
{
    FILE *f = fopen(path, "r");
    *out = NULL;
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open document list");
        return 0;
    }
    char buf[512];
    size_t n = 0;
    while (fgets(buf, sizeof buf, f)) {
        buf[strcspn(buf, "\r\n \t")] = 0;
        if (!buf[0])
            continue;
        *out = realloc(*out, (n + 1) * sizeof **out);
        if (!*out)
            abort();
        (*out)[n++] = ew_arena_strdup(a, buf);
    }
    fclose(f);
    return n;
}

int ew_nlp_eval_file(const ew_nlp_models *m, const char *path, const char *docs_file,
                     FILE *pred, ew_nlp_scores *out, ew_diag *diag)
{
    ew_ud_corpus c;
    ew_ud_corpus_init(&c);
    char **docs = NULL;
    size_t nd = 0;
    int rc = -1;
    if (docs_file && !(nd = read_docs(docs_file, &c.arena, &docs, diag)))
        goto done;
    if (ew_ud_corpus_add(&c, path, docs_file ? EW_UD_TEST : EW_UD_ALL, docs, nd, diag))
        goto done;
    if (!c.n) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "no sentence to evaluate%s",
                       docs_file ? " (none from the listed documents)" : "");
        goto done;
    }
    ew_nlp_eval_corpus(m, c.sent, c.n, pred, out);
    rc = 0;
done:
    free(docs);
    ew_ud_corpus_free(&c);
    return rc;
}
