/*
 * cmd_eval_split.c -- `eventwatch eval-split --gold FILE.conllu [--docs-from LIST]
 * [--errors]`: sentence-boundary precision, recall and F1 of the segmenter on
 * documents rebuilt from a UD file (see src/text/split_eval.h).
 */
#include "cli/commands.h"

#include <stdio.h>
#include <string.h>

#include "core/diag.h"
#include "text/split_eval.h"

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
    const char *gold = NULL, *docs = NULL;
    int errors = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--gold") && i + 1 < argc) {
            gold = argv[++i];
        } else if (!strcmp(argv[i], "--docs-from") && i + 1 < argc) {
            docs = argv[++i];
        } else if (!strcmp(argv[i], "--errors")) {
            errors = 1;
        } else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: eventwatch eval-split --gold FILE.conllu [--docs-from LIST] [--errors]\n"
                   "Rebuilds documents from the '# text' lines (newdoc/newpar structure),\n"
                   "segments them and prints sentence-boundary precision, recall and F1.\n");
            return EW_EXIT_OK;
        } else {
            fprintf(stderr, "eventwatch eval-split: unexpected argument '%s'\n", argv[i]);
            return EW_EXIT_USAGE;
        }
    }
    if (!gold) {
        fprintf(stderr, "usage: eventwatch eval-split --gold FILE.conllu [--docs-from LIST]\n");
        return EW_EXIT_USAGE;
    }
    ew_diag d;
    ew_diag_init(&d);
    ew_split_score sc = {0};
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
    return EW_EXIT_OK;
}
