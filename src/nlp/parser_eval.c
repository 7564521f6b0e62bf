/*
 * parser_eval.c -- attachment scores of a parser over a CoNLL-U file
 * (see ew_parser_eval_file in parser.h).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nlp/parser.h"
#include "nlp/parser_corpus.h"
#include "nlp/parser_eval.h"

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

/* Keeps a sentence whose document part (sent_id up to its last '-') is one
 * of the names in the filter list. */
static int keep_listed(void *user, const char *sent_id)
{
    const char *list = user;
    const char *dash = sent_id ? strrchr(sent_id, '-') : NULL;
    if (!dash)
        return 0;
    size_t len = (size_t)(dash - sent_id);
    for (const char *p = list; *p;) {
        p += strspn(p, ", \t\r\n");
        size_t n = strcspn(p, ", \t\r\n");
        if (n == len && memcmp(p, sent_id, len) == 0)
            return 1;
        p += n;
    }
    return 0;
}

int ew_parser_eval_file(const ew_parser *p, const char *path,
                        const char *doc_filter, ew_parser_retag_fn retag,
                        void *user, ew_parser_scores *out, ew_diag *diag)
{
    ew_arena a;
    ew_arena_init(&a, 1 << 20);
    ew_pcorpus c = {0};
    int rc = ew_pcorpus_read(&c, path, &a, doc_filter ? keep_listed : NULL,
                             (void *)doc_filter, diag);
    if (rc == 0) {
        for (size_t k = 0; retag && k < c.n; k++)
            retag(user, &c.sent[k]);
        ew_parser_eval_corpus(p, c.sent, c.n, out);
    }
    ew_pcorpus_free(&c);
    ew_arena_free(&a);
    return rc;
}
