/*
 * cmd_validate.c -- `eventwatch validate SUITE [--dict DIR] [--parse ptb|conllu]
 *                    [--json] [--config-from XML] [--quiet]`
 *
 * Codes every record of a PETRARCH validation suite (XML or the merged
 * JSONL), prints each failing record as expected vs coded, the per-category
 * counts, and ends with "N passed, N failed".
 *
 * Exit status: 0 when the run completed (failures are data, not errors),
 * 1 on a fatal error (dictionaries or suite unreadable), 2 usage,
 * 3 completed but some records were skipped (no usable parse).
 *
 * The merged JSONL suite carries no <Config> options; when its records have
 * none and a PETRARCH XML edition of the suite sits beside it (or is named
 * with --config-from), the options are taken from there by record id.
 */
#include "cli/commands.h"
#include "pipeline/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/code_common.h"
#include "code/validate.h"

typedef struct cat_count {
    const char *name;
    int pass, total;
} cat_count;

typedef struct vopts {
    const char *suite, *dict, *config_from;
    ew_parse_source parse;
    int json, quiet;
} vopts;

static int usage(void)
{
    fprintf(stderr, "usage: eventwatch validate SUITE [--dict DIR] [--parse ptb|conllu|own]"
                    " [--json] [--config-from XML] [--quiet]\n");
    return EW_EXIT_USAGE;
}

static int parse_args(int argc, char **argv, vopts *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--dict") && i + 1 < argc)
            o->dict = argv[++i];
        else if (!strcmp(a, "--parse") && i + 1 < argc) {
            const char *p = argv[++i];
            if (!strcmp(p, "ptb"))
                o->parse = EW_PARSE_PTB;
            else if (!strcmp(p, "conllu"))
                o->parse = EW_PARSE_CONLLU;
            else if (!strcmp(p, "own"))
                o->parse = EW_PARSE_OWN;
            else
                return -1;
        } else if (!strcmp(a, "--config-from") && i + 1 < argc)
            o->config_from = argv[++i];
        else if (!strcmp(a, "--json"))
            o->json = 1;
        else if (!strcmp(a, "--quiet") || !strcmp(a, "-q"))
            o->quiet = 1;
        else if (a[0] == '-' && a[1])
            return -1;
        else if (!o->suite)
            o->suite = a;
        else
            return -1;
    }
    return o->suite ? 0 : -1;
}

static cat_count *cat_of(cat_count *c, size_t *n, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (!strcmp(c[i].name, name))
            return &c[i];
    c[*n] = (cat_count){name, 0, 0};
    return &c[(*n)++];
}

static void print_json_str(const char *s)
{
    ew_cli_json_string(stdout, s);
}

static void report_text(const ew_suite_record *r, const ew_event_list *ev)
{
    printf("FAIL %s: %s\n  expected:", r->id, r->text ? r->text : "");
    if (r->noevents || r->error || r->n_expected == 0)
        printf(" (no events)%s%s", r->error ? " error=" : "", r->error ? r->error : "");
    for (size_t i = 0; !r->noevents && !r->error && i < r->n_expected; i++)
        printf(" %s %s %s;", r->expected[i].source, r->expected[i].target,
               r->expected[i].code);
    printf("\n  coded:   ");
    if (ev->n == 0)
        printf(" (no events)");
    for (size_t i = 0; i < ev->n; i++)
        printf(" %s %s %s;", ev->v[i].source.code, ev->v[i].target.code, ev->v[i].code);
    printf("\n");
}

static void report_json(const ew_suite_record *r, const ew_event_list *ev, int pass)
{
    printf("{\"id\":");
    print_json_str(r->id);
    printf(",\"category\":");
    print_json_str(r->category);
    printf(",\"pass\":%s,\"expected\":[", pass ? "true" : "false");
    for (size_t i = 0; !r->noevents && !r->error && i < r->n_expected; i++) {
        printf(i ? ",[" : "[");
        print_json_str(r->expected[i].source);
        printf(",");
        print_json_str(r->expected[i].target);
        printf(",");
        print_json_str(r->expected[i].code);
        printf("]");
    }
    printf("],\"coded\":[");
    for (size_t i = 0; i < ev->n; i++) {
        printf(i ? ",[" : "[");
        print_json_str(ev->v[i].source.code);
        printf(",");
        print_json_str(ev->v[i].target.code);
        printf(",");
        print_json_str(ev->v[i].code);
        printf("]");
    }
    printf("]}\n");
}

static int run(const vopts *o, const ew_dict *dict, ew_suite *suite, ew_diag *diag)
{
    ew_coder c = {0};
    c.dict = dict;
    c.diag = diag;
    ew_code_options_default(&c.opt);
    cat_count *cats = calloc(suite->n + 1, sizeof *cats);
    size_t ncat = 0;
    int passed = 0, failed = 0, skipped = 0;
    ew_arena a;
    ew_arena_init(&a, 0);
    for (size_t i = 0; i < suite->n; i++) {
        const ew_suite_record *r = &suite->rec[i];
        ew_event_list ev;
        ew_verdict v = ew_validate_record(&c, r, o->parse, &a, diag, &ev);
        cat_count *cc = cat_of(cats, &ncat, r->category ? r->category : "?");
        cc->total++;
        if (v == EW_VERDICT_PASS) {
            cc->pass++;
            passed++;
        } else {
            failed++;
            skipped += v == EW_VERDICT_NOPARSE;
        }
        if (o->json)
            report_json(r, &ev, v == EW_VERDICT_PASS);
        else if (v != EW_VERDICT_PASS && !o->quiet)
            report_text(r, &ev);
        ew_arena_reset(&a);
    }
    ew_arena_free(&a);
    FILE *out = o->json ? stderr : stdout;
    fprintf(out, "\ncategory      pass/total\n");
    for (size_t i = 0; i < ncat; i++)
        fprintf(out, "%-12s  %4d/%d\n", cats[i].name, cats[i].pass, cats[i].total);
    if (skipped)
        fprintf(out, "%d records had no usable parse (counted as failed)\n", skipped);
    fprintf(out, "%d passed, %d failed\n", passed, failed);
    free(cats);
    return skipped ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}

int cmd_validate(int argc, char **argv)
{
    vopts o;
    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        usage();
        return EW_EXIT_OK;
    }
    if (parse_args(argc, argv, &o) < 0)
        return usage();
    ew_diag diag;
    ew_diag_init(&diag);
    diag.max_print = 50;
    ew_dict *dict = ew_cli_load_dict(o.dict, &diag);
    if (!dict)
        return EW_EXIT_FATAL;
    ew_nlp_models *models = NULL;
    if (o.parse == EW_PARSE_OWN) {
        /* the record's text through eventwatch's own tokenizer, tagger, parser */
        models = ew_nlp_load(NULL, &diag);
        if (!models) {
            ew_dict_free(dict);
            return EW_EXIT_FATAL;
        }
    }
    ew_cli_own own = {models, dict};
    if (models)
        ew_validate_set_analyser(ew_cli_own_analyser, &own);
    ew_arena sa;
    ew_arena_init(&sa, 0);
    ew_suite suite;
    int rc = EW_EXIT_FATAL;
    if (ew_suite_read(o.suite, &suite, &sa, &diag) == 0) {
        ew_cli_suite_options(&suite, o.suite, o.config_from, &sa, &diag);
        rc = run(&o, dict, &suite, &diag);
    }
    ew_arena_free(&sa);
    ew_dict_free(dict);
    ew_validate_set_analyser(NULL, NULL);
    ew_nlp_free(models);
    return rc;
}
