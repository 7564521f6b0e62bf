/*
 * cmd_eval_parse.c -- `eventwatch eval-parse --gold FILE.conllu [--docs
 * LIST] [--models DIR] [--json]`: analyses the gold sentences (gold
 * tokenization) with the shipped models and prints UPOS, XPOS and lemma
 * accuracy, UAS and LAS (when a parser model is present), and speed.
 */
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "core/diag.h"
#include "nlp/nlp.h"
#include "nlp/nlp_eval.h"

static void eval_usage(FILE *f)
{
    fprintf(f, "usage: eventwatch eval-parse --gold FILE.conllu [--docs LIST] [--models DIR] [--json]\n"
               "  --docs LIST   only documents named in LIST (one per line, like GUM's files.test)\n"
               "  --models DIR  model directory (default: $EVENTWATCH_MODELS, else models/)\n");
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
    const char *gold = NULL, *docs = NULL, *dir = NULL;
    int json = 0;
    for (int i = 1; i < argc; i++) {
        int has = i + 1 < argc;
        if (!strcmp(argv[i], "--gold") && has)
            gold = argv[++i];
        else if (!strcmp(argv[i], "--docs") && has)
            docs = argv[++i];
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
    ew_nlp_scores s;
    int rc = ew_nlp_eval_file(m, gold, docs, &s, &diag);
    ew_nlp_free(m);
    if (rc)
        return EW_EXIT_FATAL;
    if (json)
        print_json(&s);
    else
        print_text(&s);
    return diag.errors ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}
