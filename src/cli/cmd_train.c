/*
 * cmd_train.c -- `eventwatch train clusters|tagger|lemmatizer|parser --ud DIR
 * [--out DIR] [--epochs N] [--seed N]`: trains one model on Universal
 * Dependencies (EWT train + CC BY GUM minus its test documents) and writes
 * <out>/<model>.bin.  Progress and dev scores go to stderr.
 * `train clusters` also reads unlabeled text (--text FILE.jsonl); the tagger
 * and the parser use the word clusters of <out>/clusters.bin (--clusters
 * FILE, or `--clusters none` to train without them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/commands.h"
#include "core/diag.h"
#include "core/paths.h"
#include "nlp/clusters.h"
#include "nlp/clusters_text.h"
#include "nlp/lemmatizer.h"
#include "nlp/nlp_eval.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/ud_corpus.h"

typedef struct train_args {
    const char *what, *ud, *out;
    const char *text;         /* clusters: unlabeled JSON Lines text */
    const char *clusters;     /* tagger/parser: clusters file, "none" */
    int classes;              /* clusters: K */
    int one_pass;             /* tagger: no second pass (quick comparisons) */
    int members;              /* parser: ensemble size (quick comparisons) */
    int gold_tags;            /* parser: train on gold tags, no jackknife (quick) */
    int epochs;
    unsigned long seed;
} train_args;

static void train_usage(FILE *f)
{
    fprintf(f, "usage: eventwatch train clusters|tagger|lemmatizer|parser [--ud DIR] [--out DIR]\n"
               "                       [--epochs N] [--seed N] [--text FILE.jsonl] [--classes K]\n"
               "                       [--clusters FILE|none] [--one-pass] [--members N] [--gold-tags]\n"
               "  --ud DIR    Universal Dependencies folder with en_ewt/ and en_gum_cc_by/\n"
               "              (default: $EW_SHARED/ud, else ../shared/ud)\n"
               "  --out DIR   where <model>.bin is written (default: the models directory)\n"
               "  --text F    clusters: unlabeled text besides the UD training text\n"
               "  --clusters F  tagger/parser: word clusters (default <out>/clusters.bin)\n"
               "  --one-pass  tagger: first pass only; --members N  parser: ensemble size\n"
               "  --gold-tags parser: train and check on gold tags (no jackknife)\n");
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
        else if (!strcmp(o, "--text") && has)
            a->text = argv[++i];
        else if (!strcmp(o, "--clusters") && has)
            a->clusters = argv[++i];
        else if (!strcmp(o, "--classes") && has)
            a->classes = atoi(argv[++i]);
        else if (!strcmp(o, "--members") && has)
            a->members = atoi(argv[++i]);
        else if (!strcmp(o, "--gold-tags"))
            a->gold_tags = 1;
        else if (!strcmp(o, "--one-pass"))
            a->one_pass = 1;
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

/* The clusters the tagger/parser train with: --clusters FILE, "none", or
 * clusters.bin next to the output.  *bad is set when a file was asked for
 * (or is the default) and cannot be loaded. */
static ew_clusters *train_clusters_input(const train_args *a, const char *out,
                                         ew_diag *diag, int *bad)
{
    *bad = 0;
    if (a->clusters && !strcmp(a->clusters, "none"))
        return NULL;
    char path[4096];
    if (a->clusters)
        snprintf(path, sizeof path, "%s", a->clusters);
    else {
        const char *slash = strrchr(out, '/');
        int dirlen = slash ? (int)(slash - out) : 1;
        snprintf(path, sizeof path, "%.*s/clusters.bin", dirlen, slash ? out : ".");
    }
    ew_clusters *c = ew_clusters_load(path, diag);
    *bad = !c;
    if (c)
        fprintf(stderr, "word clusters: %s (%zu words)\n", path, ew_clusters_words(c));
    else
        fprintf(stderr, "train clusters first (eventwatch train clusters), or --clusters none\n");
    return c;
}

static int train_tagger(const train_args *a, const char *out, ew_diag *diag)
{
    ew_ud_corpus train, dev;
    int rc = -1, bad;
    ew_clusters *cl = train_clusters_input(a, out, diag, &bad);
    if (!bad && load_corpora(a, &train, &dev, diag) == 0) {
        ew_tagger_opts o = {.epochs = a->epochs, .seed = a->seed, .progress = tagger_progress,
                            .retag_pct = a->one_pass ? -1 : 0, .clusters = cl};
        ew_tagger *t = ew_tagger_train(train.sent, train.n, dev.sent, dev.n, &o);
        rc = ew_tagger_save(t, out, diag);
        ew_tagger_free(t);
    }
    if (!bad) {
        ew_ud_corpus_free(&train);
        ew_ud_corpus_free(&dev);
    }
    ew_clusters_free(cl);
    return rc;
}

static void clusters_progress(void *user, int pass, size_t moved, double secs)
{
    (void)user;
    fprintf(stderr, "clusters pass %d: %zu words moved (%.1f s)\n", pass, moved, secs);
}

static int train_clusters(const train_args *a, const char *out, ew_diag *diag)
{
    ew_clusters_text t;
    int rc = ew_clusters_text_build(&t, a->ud, a->text, diag);
    if (!rc) {
        fprintf(stderr, "unlabeled text: %zu UD sentences + %zu sentences from %zu of %zu "
                        "articles (%zu dropped: 8-word overlap with EWT dev/test or GUM "
                        "test documents), %zu tokens\n",
                t.ud_sentences, t.text_sentences, t.articles - t.dropped, t.articles,
                t.dropped, t.n - t.ud_sentences - t.text_sentences);
        ew_clusters_opts o = {.classes = a->classes, .iterations = a->epochs,
                              .progress = clusters_progress};
        ew_clusters *c = ew_clusters_train(t.s, t.n, &o);
        fprintf(stderr, "clusters: %zu words\n", ew_clusters_words(c));
        rc = ew_clusters_save(c, out, diag);
        ew_clusters_free(c);
    }
    ew_clusters_text_free(&t);
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
    int bad;
    ew_clusters *cl = train_clusters_input(a, out, diag, &bad);
    if (bad)
        return -1;
    ew_parser_train_opts o = {.epochs = a->epochs, .seed = a->seed,
                              .progress = parser_progress, .members = a->members,
                              .jackknife = a->gold_tags ? -1 : 0,
                              .clusters = cl};
    int rc = ew_parser_train(a->ud, out, &o, diag);
    ew_clusters_free(cl);
    return rc;
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
    if (!strcmp(a.what, "clusters"))
        rc = train_clusters(&a, out, &diag);
    else if (!strcmp(a.what, "tagger"))
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
