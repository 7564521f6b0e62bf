/*
 * parser_eval.c -- attachment scores of a parser over a CoNLL-U file
 * (see ew_parser_eval_file in parser.h).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nlp/parser.h"
#include "nlp/parser_eval.h"
#include "nlp/ud_corpus.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int same_label(const ew_token *a, const ew_token *b, int base_only)
{
    if (a->rel != b->rel)
        return 0;
    if (base_only)
        return 1;
    if (!a->subrel || !b->subrel)
        return a->subrel == b->subrel;
    return strcmp(a->subrel, b->subrel) == 0;
}

/* Parses one sentence on a scratch copy and adds its counts. */
static void score_sentence(const ew_parser *p, const ew_sentence *gold,
                           ew_token *scratch, size_t *ua, size_t *la,
                           size_t *lb, double *secs)
{
    ew_sentence s = *gold;
    memcpy(scratch, gold->tok, gold->n * sizeof *scratch);
    s.tok = scratch;
    double t0 = now_seconds();
    ew_parser_parse(p, &s);
    *secs += now_seconds() - t0;
    for (size_t i = 0; i < s.n; i++) {
        if (s.tok[i].head != gold->tok[i].head)
            continue;
        (*ua)++;
        *la += (size_t)same_label(&s.tok[i], &gold->tok[i], 0);
        *lb += (size_t)same_label(&s.tok[i], &gold->tok[i], 1);
    }
}

void ew_parser_eval_corpus(const ew_parser *p, const ew_sentence *sent,
                           size_t nsent, ew_parser_scores *out)
{
    size_t ua = 0, la = 0, lb = 0, words = 0, cap = 0;
    ew_token *scratch = NULL;
    double secs = 0;
    for (size_t k = 0; k < nsent; k++) {
        if (sent[k].n > cap) {
            cap = sent[k].n * 2;
            scratch = realloc(scratch, cap * sizeof *scratch);
            if (!scratch)
                abort();
        }
        score_sentence(p, &sent[k], scratch, &ua, &la, &lb, &secs);
        words += sent[k].n;
    }
    free(scratch);
    double w = words ? (double)words : 1.0;
    *out = (ew_parser_scores){nsent, words, 100.0 * ua / w, 100.0 * la / w,
                              100.0 * lb / w, secs};
}

/* Splits a list of document names (commas, spaces, newlines) into an
 * array in the arena. */
static size_t split_docs(const char *list, ew_arena *a, char ***out)
{
    size_t n = 0, cap = 0;
    char **docs = NULL;
    for (const char *p = list; p && *p;) {
        p += strspn(p, ", \t\r\n");
        size_t len = strcspn(p, ", \t\r\n");
        if (len == 0)
            break;
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            char **grown = ew_arena_alloc(a, cap * sizeof *grown);
            if (n)
                memcpy(grown, docs, n * sizeof *grown);
            docs = grown;
        }
        docs[n++] = ew_arena_strndup(a, p, len);
        p += len;
    }
    *out = docs;
    return n;
}

int ew_parser_eval_file(const ew_parser *p, const char *path,
                        const char *doc_filter, ew_parser_retag_fn retag,
                        void *user, ew_parser_scores *out, ew_diag *diag)
{
    ew_ud_corpus c;
    ew_ud_corpus_init(&c);
    char **docs = NULL;
    size_t nd = split_docs(doc_filter, &c.arena, &docs);
    int rc = ew_ud_corpus_add(&c, path, doc_filter ? EW_UD_TEST : EW_UD_ALL, docs, nd, diag);
    if (rc == 0) {
        for (size_t k = 0; retag && k < c.n; k++)
            retag(user, &c.sent[k]);
        ew_parser_eval_corpus(p, c.sent, c.n, out);
    }
    ew_ud_corpus_free(&c);
    return rc;
}
