/*
 * cmd_train.c -- `eventwatch train tagger|lemmatizer|parser --ud DIR
 * [--out DIR] [--epochs N] [--seed N]`: trains one model on Universal
 * Dependencies (EWT train + CC BY GUM minus its test documents) and writes
 * <out>/<model>.bin.  Progress and dev scores go to stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/commands.h"
#include "core/diag.h"
#include "core/paths.h"
#include "nlp/lemmatizer.h"
#include "nlp/nlp_eval.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/ud_corpus.h"

typedef struct train_args {
    const char *what, *ud, *out;
    int epochs;
    unsigned long seed;
} train_args;

static void train_usage(FILE *f)
{
    fprintf(f, "usage: eventwatch train tagger|lemmatizer|parser [--ud DIR] [--out DIR]\n"
               "                       [--epochs N] [--seed N]\n"
               "  --ud DIR    Universal Dependencies folder with en_ewt/ and en_gum_cc_by/\n"
               "              (default: $EW_SHARED/ud, else ../shared/ud)\n"
               "  --out DIR   where <model>.bin is written (default: the models directory)\n");
}

static int parse_train_args(int argc, char **argv, train_args *a)
{
    memset(a, 0, sizeof *a);
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        int has = i + 1 < argc;
        if (!strcmp(o, "--ud") && has)
            a->ud = argv[++i];
        else if (!strcmp(o, "--out") && has)
            a->out = argv[++i];
        else if (!strcmp(o, "--epochs") && has)
            a->epochs = atoi(argv[++i]);
        else if (!strcmp(o, "--seed") && has)
            a->seed = strtoul(argv[++i], NULL, 10);
        else if (!a->what && o[0] != '-')
            a->what = o;
        else
            return -1;
    }
    return a->what ? 0 : -1;
}

static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void tagger_progress(void *user, int epoch, double upos, double xpos, double secs)
{
    (void)user;
    fprintf(stderr, "tagger epoch %d: EWT dev UPOS %.2f XPOS %.2f (%.1f s)\n",
            epoch, upos, xpos, secs);
}

static void parser_progress(void *user, int epoch, double uas, double las, double secs)
{
    (void)user;
    fprintf(stderr, "parser epoch %d: EWT dev UAS %.2f LAS %.2f (%.1f s)\n",
            epoch, uas, las, secs);
}

static int load_corpora(const train_args *a, ew_ud_corpus *train, ew_ud_corpus *dev,
                        ew_diag *diag)
{
    char path[4096];
    ew_ud_corpus_init(train);
    ew_ud_corpus_init(dev);
    snprintf(path, sizeof path, "%s/en_ewt/en_ewt-ud-dev.conllu", a->ud);
    if (ew_ud_corpus_training(train, a->ud, diag)
        || ew_ud_corpus_add(dev, path, EW_UD_ALL, NULL, 0, diag))
        return -1;
    fprintf(stderr, "training on %zu sentences (%zu words), dev %zu sentences\n",
            train->n, train->tokens, dev->n);
    return 0;
}

static int train_tagger(const train_args *a, const char *out, ew_diag *diag)
{
    ew_ud_corpus train, dev;
    int rc = -1;
    if (load_corpora(a, &train, &dev, diag) == 0) {
        ew_tagger_opts o = {.epochs = a->epochs, .seed = a->seed, .progress = tagger_progress};
        ew_tagger *t = ew_tagger_train(train.sent, train.n, dev.sent, dev.n, &o);
        rc = ew_tagger_save(t, out, diag);
        ew_tagger_free(t);
    }
    ew_ud_corpus_free(&train);
    ew_ud_corpus_free(&dev);
    return rc;
}

/* Lemma accuracy on EWT dev with gold tags: the lemmatizer's own figure,
 * independent of the tagger (eval-parse gives the end-to-end one). */
static double lemma_dev_accuracy(const ew_lemmatizer *l, const ew_ud_corpus *dev)
{
    size_t ok = 0, n = 0;
    ew_arena ar;
    ew_arena_init(&ar, 0);
    for (size_t i = 0; i < dev->n; i++) {
        for (size_t k = 0; k < dev->sent[i].n; k++) {
            const ew_token *t = &dev->sent[i].tok[k];
            const char *lem = ew_lemmatizer_lemma(l, t->form, t->xpos, t->upos, &ar);
            ok += t->lemma && !strcmp(lem, t->lemma);
            n++;
        }
        ew_arena_reset(&ar);
    }
    ew_arena_free(&ar);
    return n ? 100.0 * ok / n : 0;
}

static int train_lemmatizer(const train_args *a, const char *out, ew_diag *diag)
{
    ew_ud_corpus train, dev;
    int rc = -1;
    if (load_corpora(a, &train, &dev, diag) == 0) {
        ew_lemmatizer_opts o = {.epochs = a->epochs, .seed = a->seed};
        ew_lemmatizer *l = ew_lemmatizer_train(train.sent, train.n, &o);
        fprintf(stderr, "lemmatizer: EWT dev lemma accuracy %.2f (gold tags)\n",
                lemma_dev_accuracy(l, &dev));
        rc = ew_lemmatizer_save(l, out, diag);
        ew_lemmatizer_free(l);
    }
    ew_ud_corpus_free(&train);
    ew_ud_corpus_free(&dev);
    return rc;
}

static int train_parser(const train_args *a, const char *out, ew_diag *diag)
{
    ew_parser_train_opts o = {.epochs = a->epochs, .seed = a->seed,
                              .progress = parser_progress};
    return ew_parser_train(a->ud, out, &o, diag);
}

static const char *default_ud(char *buf, size_t size)
{
    const char *sh = getenv("EW_SHARED");
    if (sh && *sh)
        snprintf(buf, size, "%s/ud", sh);
    else
        snprintf(buf, size, "../shared/ud");
    return buf;
}

int cmd_train(int argc, char **argv)
{
    train_args a;
    if (parse_train_args(argc, argv, &a)) {
        train_usage(stderr);
        return EW_EXIT_USAGE;
    }
    char udbuf[4096], out[4096];
    if (!a.ud)
        a.ud = default_ud(udbuf, sizeof udbuf);
    snprintf(out, sizeof out, "%s/%s.bin", a.out ? a.out : ew_default_models_dir(), a.what);
    ew_diag diag;
    ew_diag_init(&diag);
    double t0 = now_sec();
    int rc;
    if (!strcmp(a.what, "tagger"))
        rc = train_tagger(&a, out, &diag);
    else if (!strcmp(a.what, "lemmatizer"))
        rc = train_lemmatizer(&a, out, &diag);
    else if (!strcmp(a.what, "parser"))
        rc = train_parser(&a, out, &diag);
    else {
        train_usage(stderr);
        return EW_EXIT_USAGE;
    }
    if (rc)
        return EW_EXIT_FATAL;
    fprintf(stderr, "wrote %s in %.1f s\n", out, now_sec() - t0);
    return diag.errors ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}
