/*
 * cmd_eval_parse.c -- `eventwatch eval-parse --gold FILE.conllu [--docs
 * LIST] [--models DIR] [--write OUT.conllu] [--json]`: analyses the gold sentences (gold
 * tokenization) with the shipped models and prints UPOS, XPOS and lemma
 * accuracy, UAS and LAS (when a parser model is present), and speed;
 * --write also saves the predicted analysis as CoNLL-U.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "core/diag.h"
#include "nlp/nlp.h"
#include "nlp/nlp_eval.h"

static void eval_usage(FILE *f)
{
    fprintf(f, "usage: eventwatch eval-parse --gold FILE.conllu [--docs LIST] [--models DIR]\n"
               "                           [--write OUT.conllu] [--json]\n"
               "  --docs LIST   only documents named in LIST (one per line, like GUM's files.test)\n"
               "  --models DIR  model directory (default: $EVENTWATCH_MODELS, else models/)\n"
               "  --write FILE  also write the predicted analysis there as CoNLL-U\n");
}

static double rate(double n, double secs)
{
    return secs > 0 ? n / secs : 0;
}

static void print_text(const ew_nlp_scores *s)
{
    double all = s->tag_seconds + s->parse_seconds;
    printf("sentences  %zu\ntokens     %zu\n", s->sentences, s->tokens);
    printf("UPOS       %.2f\nXPOS       %.2f\nlemma      %.2f\n", s->upos, s->xpos, s->lemma);
    if (s->parsed)
        printf("UAS        %.2f\nLAS        %.2f\n", s->uas, s->las);
    else
        printf("UAS        n/a (no parser model)\nLAS        n/a (no parser model)\n");
    printf("tag+lemma  %.0f tokens/s, %.0f sentences/s\n",
           rate(s->tokens, s->tag_seconds), rate(s->sentences, s->tag_seconds));
    if (s->parsed)
        printf("with parse %.0f tokens/s, %.0f sentences/s\n",
               rate(s->tokens, all), rate(s->sentences, all));
}

static void print_json(const ew_nlp_scores *s)
{
    double all = s->tag_seconds + s->parse_seconds;
    printf("{\"sentences\":%zu,\"tokens\":%zu,\"upos\":%.2f,\"xpos\":%.2f,\"lemma\":%.2f,",
           s->sentences, s->tokens, s->upos, s->xpos, s->lemma);
    if (s->parsed)
        printf("\"uas\":%.2f,\"las\":%.2f,", s->uas, s->las);
    else
        printf("\"uas\":null,\"las\":null,");
    printf("\"tokens_per_s\":%.0f,\"sentences_per_s\":%.0f,"
           "\"tag_tokens_per_s\":%.0f,\"tag_sentences_per_s\":%.0f}\n",
           rate(s->tokens, all), rate(s->sentences, all),
           rate(s->tokens, s->tag_seconds), rate(s->sentences, s->tag_seconds));
}

int cmd_eval_parse(int argc, char **argv)
{
    const char *gold = NULL, *docs = NULL, *dir = NULL, *write = NULL;
    int json = 0;
    for (int i = 1; i < argc; i++) {
        int has = i + 1 < argc;
        if (!strcmp(argv[i], "--gold") && has)
            gold = argv[++i];
        else if (!strcmp(argv[i], "--docs") && has)
            docs = argv[++i];
        else if (!strcmp(argv[i], "--write") && has)
            write = argv[++i];
        else if (!strcmp(argv[i], "--models") && has)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--json"))
            json = 1;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            eval_usage(stdout);
            return EW_EXIT_OK;
        } else {
            eval_usage(stderr);
            return EW_EXIT_USAGE;
        }
    }
    if (!gold) {
        eval_usage(stderr);
        return EW_EXIT_USAGE;
    }
    ew_diag diag;
    ew_diag_init(&diag);
    ew_nlp_models *m = ew_nlp_load(dir, &diag);
    if (!m)
        return EW_EXIT_FATAL;
    FILE *pred = NULL;
    if (write && !(pred = fopen(write, "w"))) {
        fprintf(stderr, "eventwatch eval-parse: cannot write %s: %s\n", write, strerror(errno));
        ew_nlp_free(m);
        return EW_EXIT_FATAL;
    }
    ew_nlp_scores s;
    int rc = ew_nlp_eval_file(m, gold, docs, pred, &s, &diag);
    ew_nlp_free(m);
    if (pred && fclose(pred) != 0 && !rc) {
        fprintf(stderr, "eventwatch eval-parse: error writing %s\n", write);
        rc = -1;
    }
    if (rc)
        return EW_EXIT_FATAL;
    if (json)
        print_json(&s);
    else
        print_text(&s);
    return diag.errors ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}
