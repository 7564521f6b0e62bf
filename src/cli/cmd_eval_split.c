/*
 * cmd_eval_split.c -- `eventwatch eval-split --gold FILE.conllu [--docs-from LIST]
 * [--errors]`: sentence-boundary precision, recall and F1 of the segmenter on
 * documents rebuilt from a UD file (see src/text/split_eval.h).
 */
#include "cli/commands.h"

#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "core/diag.h"
#include "text/split_eval.h"
#include "text/split_model.h"
#include "text/split_train.h"
#include "text/token_eval.h"

/* Training documents kept in memory across epochs. */
typedef struct corpus {
    char **text;
    size_t *len, **ends, *n_ends;
    size_t n, cap;
} corpus;

static void keep_doc(void *user, const char *doc_id, const char *text, size_t len,
                     const size_t *gold_ends, size_t n_gold)
{
    (void)doc_id;
    corpus *c = user;
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 256;
        c->text = realloc(c->text, c->cap * sizeof *c->text);
        c->len = realloc(c->len, c->cap * sizeof *c->len);
        c->ends = realloc(c->ends, c->cap * sizeof *c->ends);
        c->n_ends = realloc(c->n_ends, c->cap * sizeof *c->n_ends);
        if (!c->text || !c->len || !c->ends || !c->n_ends)
            abort();
    }
    c->text[c->n] = malloc(len + 1);
    c->ends[c->n] = malloc((n_gold + 1) * sizeof **c->ends);
    if (!c->text[c->n] || !c->ends[c->n])
        abort();
    memcpy(c->text[c->n], text, len + 1);
    memcpy(c->ends[c->n], gold_ends, n_gold * sizeof *gold_ends);
    c->len[c->n] = len;
    c->n_ends[c->n++] = n_gold;
}

static void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->text[i]);
        free(c->ends[i]);
    }
    free(c->text);
    free(c->len);
    free(c->ends);
    free(c->n_ends);
}

/* --train OUT: perceptron over the --gold files (minus --exclude-docs),
 * weights written to OUT (src/text/split_weights.inc). */
static int train(const char *out, const char **golds, int ngold, const char *exclude, int epochs)
{
    ew_diag d;
    ew_diag_init(&d);
    corpus c = {0};
    for (int i = 0; i < ngold; i++)
        if (ew_split_read_conllu(golds[i], NULL, exclude, keep_doc, &c, &d) < 0)
            return EW_EXIT_FATAL;
    ew_split_trainer tr;
    ew_split_trainer_init(&tr);
    for (int e = 0; e < epochs; e++) {
        tr.candidates = tr.errors = 0;
        for (size_t i = 0; i < c.n; i++)
            ew_split_train_doc(&tr, c.text[i], c.len[i], c.ends[i], c.n_ends[i]);
        printf("epoch %d: %zu documents, %zu candidate gaps, %zu errors\n", e + 1, c.n,
               tr.candidates, tr.errors);
    }
    float *w = malloc(EW_SPLIT_DIM * sizeof *w);
    FILE *f = fopen(out, "w");
    int rc = EW_EXIT_OK;
    if (!w || !f) {
        perror(out);
        rc = EW_EXIT_FATAL;
    } else {
        ew_split_trainer_average(&tr, w);
        char prov[1024];
        size_t p = (size_t)snprintf(prov, sizeof prov, "%d epochs;", epochs);
        for (int i = 0; i < ngold && p < sizeof prov; i++) {
            const char *base = strrchr(golds[i], '/');
            p += (size_t)snprintf(prov + p, sizeof prov - p, " %s", base ? base + 1 : golds[i]);
        }
        if (exclude && p < sizeof prov)
            snprintf(prov + p, sizeof prov - p, "; minus the documents in %s",
                     strrchr(exclude, '/') ? strrchr(exclude, '/') + 1 : exclude);
        printf("%zu weights written to %s\n", ew_split_write_weights(f, w, prov), out);
    }
    if (f)
        fclose(f);
    free(w);
    ew_split_trainer_free(&tr);
    corpus_free(&c);
    return rc;
}

/* --errors: one line per wrong boundary with some context around it. */
static void show_error(void *user, const char *doc_id, const char *text, size_t len,
                       size_t off, int missed)
{
    (void)user;
    size_t a = off > 40 ? off - 40 : 0, b = off + 40 < len ? off + 40 : len;
    printf("%s %s @%zu: ", missed ? "MISSED  " : "SPURIOUS", doc_id ? doc_id : "", off);
    for (size_t i = a; i < b; i++) {
        if (i == off)
            fputs(" ||| ", stdout);
        putchar(text[i] == '\n' ? '/' : text[i]);
    }
    putchar('\n');
}

int cmd_eval_split(int argc, char **argv)
{
    const char *gold = NULL, *docs = NULL, *train_out = NULL, *exclude = NULL;
    const char *golds[32];
    int errors = 0, ngold = 0, epochs = 5, tokens = 0;
    ew_split_layout layout = EW_LAYOUT_BLANK;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--gold") && i + 1 < argc) {
            gold = argv[++i];
            if (ngold < 32)
                golds[ngold++] = gold;
        } else if (!strcmp(argv[i], "--train") && i + 1 < argc) {
            train_out = argv[++i];
        } else if (!strcmp(argv[i], "--exclude-docs") && i + 1 < argc) {
            exclude = argv[++i];
        } else if (!strcmp(argv[i], "--epochs") && i + 1 < argc) {
            epochs = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--docs-from") && i + 1 < argc) {
            docs = argv[++i];
        } else if (!strcmp(argv[i], "--errors")) {
            errors = 1;
        } else if (!strcmp(argv[i], "--tokens")) {
            tokens = 1;
        } else if (!strcmp(argv[i], "--layout") && i + 1 < argc) {
            i++;
            if (!strcmp(argv[i], "lines") || !strcmp(argv[i], "wrap") || !strcmp(argv[i], "blank")) {
                layout = argv[i][0] == 'l' ? EW_LAYOUT_LINES
                       : argv[i][0] == 'w' ? EW_LAYOUT_WRAP : EW_LAYOUT_BLANK;
            } else {
                fprintf(stderr, "eventwatch eval-split: --layout is blank, lines or wrap\n");
                return EW_EXIT_USAGE;
            }
        } else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: eventwatch eval-split --gold FILE.conllu [--docs-from LIST] [--errors] [--tokens]\n"
                   "                             [--layout blank|lines|wrap]\n"
                   "       eventwatch eval-split --train OUT.inc --gold FILE.conllu... \\\n"
                   "                             [--exclude-docs LIST] [--epochs N]\n"
                   "Rebuilds documents from the '# text' lines (newdoc/newpar structure),\n"
                   "segments them and prints sentence-boundary precision, recall and F1.\n"
                   "--tokens also scores token spans against the gold tokens, sentence by\n"
                   "sentence (multiword tokens as their words when they spell them).\n"
                   "--layout lines separates paragraphs by one line break instead of a\n"
                   "blank line; --layout wrap hard-wraps lines at 65 columns.\n"
                   "--train fits the boundary perceptron on the gold files instead and\n"
                   "writes its weights (src/text/split_weights.inc; rebuild to use them).\n");
            return EW_EXIT_OK;
        } else {
            fprintf(stderr, "eventwatch eval-split: unexpected argument '%s'\n", argv[i]);
            return EW_EXIT_USAGE;
        }
    }
    if (train_out && ngold)
        return train(train_out, golds, ngold, exclude, epochs > 0 ? epochs : 1);
    if (!gold) {
        fprintf(stderr, "usage: eventwatch eval-split --gold FILE.conllu [--docs-from LIST]\n");
        return EW_EXIT_USAGE;
    }
    ew_diag d;
    ew_diag_init(&d);
    ew_split_score sc = {0};
    sc.layout = layout;
    if (errors)
        sc.on_error = show_error;
    if (ew_split_eval_conllu(gold, docs, &sc, &d) < 0)
        return EW_EXIT_FATAL;
    printf("docs %zu  gold %zu  predicted %zu  correct %zu\n", sc.docs, sc.gold, sc.pred, sc.correct);
    printf("precision %.4f  recall %.4f  F1 %.4f\n", ew_split_precision(&sc),
           ew_split_recall(&sc), ew_split_f1(&sc));
    printf("speed %.1f MB/s  %.0f sentences/s\n",
           sc.seconds > 0 ? (double)sc.bytes / 1e6 / sc.seconds : 0.0,
           sc.seconds > 0 ? (double)sc.pred / sc.seconds : 0.0);
    if (tokens) {
        ew_tok_score ts = {0};
        if (ew_tok_eval_conllu(gold, docs, &ts, &d) < 0)
            return EW_EXIT_FATAL;
        double p, r, f = ew_tok_f1(&ts, &p, &r);
        printf("tokens: sentences %zu (unaligned %zu)  gold %zu  predicted %zu  correct %zu\n",
               ts.sentences, ts.unaligned, ts.gold, ts.pred, ts.correct);
        printf("tokens: precision %.4f  recall %.4f  F1 %.4f\n", p, r, f);
    }
    return EW_EXIT_OK;
}
