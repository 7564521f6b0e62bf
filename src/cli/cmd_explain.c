/*
 * cmd_explain.c -- `eventwatch explain` shows how one sentence is coded:
 * its tokens and dependency tree, the noun phrases and their actor codes,
 * each verb with the patterns that matched, and why each event was or was
 * not produced.
 *
 *   eventwatch explain [--dict DIR] [--parse ptb|conllu|own] SUITE RECORD-ID
 *   eventwatch explain [--dict DIR] [--date YYYYMMDD] --ptb "(ROOT ...)" [--text "..."]
 *   eventwatch explain [--dict DIR] [--date YYYYMMDD] --conllu FILE
 *
 * Exit status: 0 shown, 1 fatal (dictionaries, suite or parse unreadable,
 * record not found), 2 usage.
 */
#include "cli/commands.h"

#include <unistd.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/code_common.h"
#include "code/validate.h"
#include "io/conllu.h"
#include "io/ptb.h"
#include "pipeline/passive.h"
#include "pipeline/pipeline.h"

typedef struct xopts {
    const char *dict, *suite, *id, *ptb, *text, *conllu;
    int32_t date;
    ew_parse_source parse;
} xopts;

static int usage(void)
{
    fprintf(stderr,
            "usage: eventwatch explain [--dict DIR] [--parse ptb|conllu|own] SUITE RECORD-ID\n"
            "       eventwatch explain [--dict DIR] [--date YYYYMMDD] --ptb TREE [--text TEXT]\n"
            "       eventwatch explain [--dict DIR] [--date YYYYMMDD] --conllu FILE\n"
            "       eventwatch explain [--dict DIR] [--date YYYYMMDD] \"A sentence of news.\"\n");
    return EW_EXIT_USAGE;
}

static int parse_args(int argc, char **argv, xopts *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (!strcmp(a, "--dict") && more) o->dict = argv[++i];
        else if (!strcmp(a, "--ptb") && more) o->ptb = argv[++i];
        else if (!strcmp(a, "--text") && more) o->text = argv[++i];
        else if (!strcmp(a, "--conllu") && more) o->conllu = argv[++i];
        else if (!strcmp(a, "--date") && more) o->date = (int32_t)atol(argv[++i]);
        else if (!strcmp(a, "--parse") && more) {
            const char *p = argv[++i];
            if (strcmp(p, "ptb") && strcmp(p, "conllu") && strcmp(p, "own"))
                return -1;
            o->parse = !strcmp(p, "own") ? EW_PARSE_OWN
                     : strcmp(p, "ptb") ? EW_PARSE_CONLLU : EW_PARSE_PTB;
        } else if (a[0] == '-' && a[1]) return -1;
        else if (!o->suite) o->suite = a;
        else if (!o->id) o->id = a;
        else return -1;
    }
    if (o->ptb || o->conllu)
        return o->suite ? -1 : 0;
    /* `explain "A sentence."` or `explain --text "..."`: raw text, analysed
     * by eventwatch's own tokenizer, tagger and parser */
    if (o->suite && !o->id && access(o->suite, R_OK) != 0) {
        o->text = o->suite;
        o->suite = NULL;
    }
    if (o->text && !o->suite)
        return 0;
    return o->suite && o->id ? 0 : -1;
}

static void trace_line(void *user, const char *line)
{
    (void)user;
    printf("  %s\n", line);
}

static void show_tokens(const ew_sentence *s)
{
    printf("tokens (id form xpos upos head rel):\n");
    for (size_t i = 0; i < s->n; i++) {
        const ew_token *t = &s->tok[i];
        char rel[64];
        printf("  %2zu %-16s %-5s %-5s %2d %s\n", i + 1, t->form, t->xpos ? t->xpos : "_",
               ew_upos_name((ew_upos)t->upos), t->head, ew_rel_label(t, rel, sizeof rel));
    }
}

static void show_tree(const ew_sentence *s, int head, int depth)
{
    for (size_t i = 0; i < s->n; i++) {
        if (s->tok[i].head != head || depth > 40)
            continue;
        char rel[64];
        printf("  %*s%s (%s)\n", depth * 2, "", s->tok[i].form,
               ew_rel_label(&s->tok[i], rel, sizeof rel));
        show_tree(s, (int)i + 1, depth + 1);
    }
}

static ew_sentence *from_args(const xopts *o, const ew_dict *dict, ew_arena *a, ew_diag *d)
{
    if (!o->ptb && !o->conllu) {
        ew_nlp_models *m = ew_nlp_load(NULL, d);
        if (!m)
            return NULL;
        ew_sentence *s = ew_pipeline_analyse_one(m, dict, o->text, o->date, a, d);
        /* tags and relations point into the models: keep them loaded for
         * the rest of this short-lived command (freed at exit) */
        return s;
    }
    if (o->ptb) {
        ew_ptb_node *root = ew_ptb_parse(o->ptb, a, d, "--ptb", 0, NULL);
        return root ? ew_ptb_to_sentence(root, o->text, a, d) : NULL;
    }
    FILE *f = fopen(o->conllu, "rb");
    if (!f) {
        fprintf(stderr, "eventwatch: cannot open %s\n", o->conllu);
        return NULL;
    }
    ew_conllu_reader r;
    ew_sentence *s = NULL;
    ew_conllu_open_file(&r, f, o->conllu, d);
    if (ew_conllu_next(&r, a, &s) != 1)
        s = NULL;
    ew_conllu_close(&r);
    fclose(f);
    return s;
}

static const ew_suite_record *find_record(const ew_suite *s, const char *id)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->rec[i].id && !strcmp(s->rec[i].id, id))
            return &s->rec[i];
    return NULL;
}

/* raw: s is raw text analysed here, so the events get what `code` gives
 * raw text after coding (an agentless passive loses its source) */
static int explain(const ew_dict *dict, const ew_sentence *s, const ew_suite_record *r,
                   int raw, ew_diag *d, ew_arena *a)
{
    ew_coder c = {dict, {0}, trace_line, NULL, d};
    ew_code_options_default(&c.opt);
    if (r)
        ew_validate_options(&c.opt, r, d);
    printf("sentence %s, date %d: %s\n", s->id ? s->id : "-", (int)s->date,
           s->text ? s->text : "");
    show_tokens(s);
    printf("tree:\n");
    show_tree(s, 0, 0);
    printf("coding (options: require_dyad=%d new_actor_length=%d comma %d-%d/%d-%d/%d-%d):\n",
           c.opt.require_dyad, c.opt.new_actor_length, c.opt.comma_min, c.opt.comma_max,
           c.opt.comma_bmin, c.opt.comma_bmax, c.opt.comma_emin, c.opt.comma_emax);
    ew_event_list ev = {0};
    ew_code_sentence(&c, s, a, &ev);
    if (raw && ew_pipeline_unsource_passives(s, &ev, 0))
        printf("  (agentless passive: the patient is not the source; source cleared as `code` does)\n");
    printf("events:%s\n", ev.n ? "" : " none");
    for (size_t i = 0; i < ev.n; i++)
        printf("  %s %s %s\n", ev.v[i].source.code, ev.v[i].target.code, ev.v[i].code);
    if (r) {
        printf("expected:%s\n", r->noevents || r->error || !r->n_expected ? " none" : "");
        for (size_t i = 0; !r->noevents && !r->error && i < r->n_expected; i++)
            printf("  %s %s %s\n", r->expected[i].source, r->expected[i].target,
                   r->expected[i].code);
    }
    return EW_EXIT_OK;
}

/* --parse own: the record's text with the record's options, as validate does */
int cmd_explain(int argc, char **argv)
{
    xopts o;
    if (parse_args(argc, argv, &o) < 0)
        return usage();
    ew_diag d;
    ew_diag_init(&d);
    d.max_print = 20;
    ew_dict *dict = ew_cli_load_dict(o.dict, &d);
    if (!dict)
        return EW_EXIT_FATAL;
    ew_arena a;
    ew_arena_init(&a, 0);
    int rc = EW_EXIT_FATAL;
    ew_nlp_models *models = o.parse == EW_PARSE_OWN ? ew_nlp_load(NULL, &d) : NULL;
    ew_cli_own own = {models, dict};
    if (models)
        ew_validate_set_analyser(ew_cli_own_analyser, &own);
    if (o.suite) {
        ew_suite suite;
        const ew_suite_record *r = NULL;
        if (ew_suite_read(o.suite, &suite, &a, &d) == 0) {
            ew_cli_suite_options(&suite, o.suite, NULL, &a, &d);
            r = find_record(&suite, o.id);
            if (!r)
                fprintf(stderr, "eventwatch: no record %s in %s\n", o.id, o.suite);
        }
        ew_sentence *s = r ? ew_validate_sentence(r, o.parse, &a, &d) : NULL;
        if (s)
            rc = explain(dict, s, r, 0, &d, &a);
    } else {
        ew_sentence *s = from_args(&o, dict, &a, &d);
        if (s) {
            if (o.date)
                s->date = o.date;
            rc = explain(dict, s, NULL, !o.ptb && !o.conllu, &d, &a);
        }
    }
    ew_validate_set_analyser(NULL, NULL);
    ew_nlp_free(models);
    ew_arena_free(&a);
    ew_dict_free(dict);
    return rc;
}
