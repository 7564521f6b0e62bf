/*
 * parser_jackknife.c -- predicted part-of-speech tags for parser training.
 *
 * A parser trained on gold tags trusts them, and at run time it gets the
 * tagger's, which are wrong on about one word in twenty: on EWT test that
 * cost 5 LAS points.  Jackknifing gives the training data tags exactly as
 * wrong as the tagger will be on unseen text: the training sentences are
 * cut into k folds and each fold is tagged by a tagger trained on the
 * other k-1.  Predictions are kept aside until every fold is done, because
 * the folds' taggers train on the gold tags of the others.
 *
 * Two folds are tagged at a time, on two threads (a fold's tagger trains
 * in about a minute): each thread keeps its tag strings in its own arena
 * and the main thread copies them into the caller's.  The result does not
 * depend on thread timing.
 *
 * Ownership: new xpos strings are copied into the arena given; the tagger
 * returned by ew_parser_jackknife (trained on everything, for tagging dev)
 * is the caller's to free.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/parser_jackknife.h"

typedef struct predicted {
    const char *xpos;
    uint8_t upos;
} predicted;

/* Tags the sentences of fold k (index % folds == k) with a tagger trained
 * on the other folds; predictions go to out (one slot per token, in corpus
 * order: base[i] is sentence i's first slot). */
static void tag_fold(ew_sentence *s, size_t n, int folds, int k, const size_t *base,
                     predicted *out, ew_arena *a, const ew_tagger_opts *topts)
{
    ew_sentence *rest = calloc(n ? n : 1, sizeof *rest);
    if (!rest)
        abort();
    size_t nr = 0;
    for (size_t i = 0; i < n; i++)
        if ((int)(i % (size_t)folds) != k)
            rest[nr++] = s[i];
    ew_tagger *t = ew_tagger_train(rest, nr, NULL, 0, topts);
    ew_token *scratch = NULL;
    size_t cap = 0;
    for (size_t i = (size_t)k; i < n; i += (size_t)folds) {
        if (s[i].n > cap) {
            cap = 2 * s[i].n;
            scratch = realloc(scratch, cap * sizeof *scratch);
            if (!scratch)
                abort();
        }
        ew_sentence copy = s[i];
        memcpy(scratch, s[i].tok, s[i].n * sizeof *scratch);
        copy.tok = scratch;
        ew_tagger_tag(t, &copy);
        for (size_t j = 0; j < s[i].n; j++) {
            out[base[i] + j].upos = scratch[j].upos;
            out[base[i] + j].xpos = scratch[j].xpos ? ew_arena_strdup(a, scratch[j].xpos) : NULL;
        }
    }
    free(scratch);
    ew_tagger_free(t);
    free(rest);
}

/* One fold's work for a thread: its own arena for the tag strings. */
typedef struct fold_job {
    ew_sentence *s;
    size_t n;
    int folds, k;
    const size_t *base;
    predicted *out;
    ew_arena arena;
    const ew_tagger_opts *topts;
} fold_job;

static void *fold_thread(void *arg)
{
    fold_job *j = arg;
    tag_fold(j->s, j->n, j->folds, j->k, j->base, j->out, &j->arena, j->topts);
    return NULL;
}

/* Moves fold k's tag strings from its job arena into a. */
static void adopt_strings(fold_job *j, ew_arena *a)
{
    for (size_t i = (size_t)j->k; i < j->n; i += (size_t)j->folds)
        for (size_t t = j->base[i]; t < j->base[i + 1]; t++)
            if (j->out[t].xpos)
                j->out[t].xpos = ew_arena_strdup(a, j->out[t].xpos);
    ew_arena_free(&j->arena);
}

/* Tags folds k and k+1 (if any) concurrently. */
static void tag_fold_pair(ew_sentence *s, size_t n, int folds, int k, const size_t *base,
                          predicted *out, ew_arena *a, const ew_tagger_opts *topts)
{
    int nj = k + 1 < folds ? 2 : 1;
    fold_job j[2];
    for (int i = 0; i < nj; i++) {
        j[i] = (fold_job){s, n, folds, k + i, base, out, {0}, topts};
        ew_arena_init(&j[i].arena, 1 << 16);
    }
    pthread_t th;
    int threaded = nj == 2 && pthread_create(&th, NULL, fold_thread, &j[1]) == 0;
    fold_thread(&j[0]);
    if (threaded)
        pthread_join(th, NULL);
    else if (nj == 2)
        fold_thread(&j[1]);
    for (int i = 0; i < nj; i++)
        adopt_strings(&j[i], a);
}

ew_tagger *ew_parser_jackknife(ew_sentence *s, size_t n, int folds, ew_arena *a,
                               const ew_tagger_opts *topts)
{
    size_t *base = malloc((n + 1) * sizeof *base);
    if (!base)
        abort();
    base[0] = 0;
    for (size_t i = 0; i < n; i++)
        base[i + 1] = base[i] + s[i].n;
    predicted *pred = calloc(base[n] ? base[n] : 1, sizeof *pred);
    if (!pred)
        abort();
    for (int k = 0; folds >= 2 && k < folds; k += 2)
        tag_fold_pair(s, n, folds, k, base, pred, a, topts);
    ew_tagger *full = ew_tagger_train(s, n, NULL, 0, topts);
    for (size_t i = 0; folds >= 2 && i < n; i++)
        for (size_t j = 0; j < s[i].n; j++) {
            s[i].tok[j].upos = pred[base[i] + j].upos;
            s[i].tok[j].xpos = pred[base[i] + j].xpos;
        }
    free(pred);
    free(base);
    return full;
}
