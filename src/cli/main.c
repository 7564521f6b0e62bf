/*
 * main.c -- `eventwatch <command> [options]`: finds the command and runs it.
 *
 * To add a command: write src/cli/cmd_<name>.c, declare it in commands.h,
 * add one row to the table below.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <string.h>

#ifndef EW_VERSION
#define EW_VERSION "0.1.0"
#endif

const ew_command ew_commands[] = {
    {"version", cmd_version, "print the version"},
    {"tokenize", cmd_tokenize, "raw text or JSON Lines -> CoNLL-U tokens with byte offsets"},
    {"eval-split", cmd_eval_split, "sentence-splitting precision/recall/F1 against UD gold"},
    {"dict", cmd_dict, "load, count and lint dictionaries (stats | lint)"},
    {"validate", cmd_validate, "code a PETRARCH validation suite and report failures"},
    {"explain", cmd_explain, "show how one record or sentence is coded, step by step"},
    {"code", cmd_code, "news text (JSON Lines, text, feeds), PETRARCH XML or CoNLL-U -> JSON Lines events"},
    {"parse", cmd_parse, "raw text -> CoNLL-U with eventwatch's tokenizer, tagger, lemmatizer, parser"},
    {"train", cmd_train, "train tagger|lemmatizer|parser on Universal Dependencies"},
    {"eval-parse", cmd_eval_parse, "UPOS/XPOS/lemma/UAS/LAS and speed against gold CoNLL-U"},
    {"ingest", cmd_ingest, "documents and events into the SQLite store (dedup, idempotent)"},
    {"export", cmd_export, "stored events as GDELT 1.0/2.0, Phoenix, ICEWS, CSV or JSON Lines"},
    {"stats", cmd_stats, "store contents, QuadClass counts, top dyads, series per dyad/country/region/dimension"},
    {"alerts", cmd_alerts, "early-warning escalations per dyad, with the events behind them"},
    {"mediation", cmd_mediation, "cooperation vs conflict timeline, mediators and progress for a dyad"},
    {"serve", cmd_serve, "JSON API and analyst dashboard over a store (read-only, loopback)"},
    {"geocode", cmd_geocode, "places in a text: role, resolution (GDELT geo fields) and reasons"},
    {NULL, NULL, NULL},
};

int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("eventwatch %s\n", EW_VERSION);
    return EW_EXIT_OK;
}

static void usage(FILE *out)
{
    fprintf(out, "usage: eventwatch <command> [options]\n\ncommands:\n");
    for (const ew_command *c = ew_commands; c->name; c++)
        fprintf(out, "  %-12s %s\n", c->name, c->summary);
    fprintf(out, "\n`eventwatch <command> --help` describes each command.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EW_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return EW_EXIT_OK;
    }
    if (!strcmp(argv[1], "--version"))
        return cmd_version(argc - 1, argv + 1);
    for (const ew_command *c = ew_commands; c->name; c++)
        if (!strcmp(argv[1], c->name))
            return c->fn(argc - 1, argv + 1);
    fprintf(stderr, "eventwatch: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return EW_EXIT_USAGE;
}
