/*
 * validate.c -- code a suite record and compare with what it expects.
 */
#include "code/validate.h"

#include <string.h>

#include "io/conllu.h"
#include "io/ptb.h"

static ew_validate_analyser_fn own_analyser;
static void *own_analyser_user;

void ew_validate_set_analyser(ew_validate_analyser_fn fn, void *user)
{
    own_analyser = fn;
    own_analyser_user = user;
}

ew_sentence *ew_validate_sentence(const ew_suite_record *r, ew_parse_source p,
                                  ew_arena *a, ew_diag *diag)
{
    ew_sentence *s = NULL;
    if (p == EW_PARSE_OWN && own_analyser && r->text) {
        s = own_analyser(own_analyser_user, r, a, diag);
    } else if (p == EW_PARSE_PTB && r->ptb) {
        ew_ptb_node *root = ew_ptb_parse(r->ptb, a, diag, r->file, r->line, r->id);
        if (root)
            s = ew_ptb_to_sentence(root, r->text, a, diag);
    } else if (p == EW_PARSE_CONLLU && r->conllu) {
        s = ew_conllu_parse(r->conllu, strlen(r->conllu), a, diag, r->file, r->line);
    } else {
        ew_diag_report(diag, EW_ERROR, r->file, r->line, r->id, "no %s",
                       p == EW_PARSE_PTB ? "Penn Treebank parse"
                       : p == EW_PARSE_CONLLU ? "CoNLL-U parse" : "text or analyser");
        return NULL;
    }
    if (!s)
        return NULL;
    s->id = r->id;
    s->date = r->date;
    if (!s->text)
        s->text = r->text;
    return s;
}

void ew_validate_options(ew_code_options *o, const ew_suite_record *r, ew_diag *diag)
{
    for (size_t i = 0; i < r->n_options; i++)
        if (ew_code_options_set(o, r->options[i].name, r->options[i].value) < 0)
            ew_diag_report(diag, EW_NOTE, r->file, r->line, r->id,
                           "option %s=%s not understood; ignored",
                           r->options[i].name, r->options[i].value);
}

static int same(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* The merged JSONL writes "expects nothing" as one coding of nulls. */
static int null_coding(const ew_expected_coding *x)
{
    return !x->source && !x->target && !x->code;
}

static int coded_has(const ew_event_list *ev, const ew_expected_coding *x)
{
    for (size_t i = 0; i < ev->n; i++)
        if (same(ev->v[i].source.code, x->source) && same(ev->v[i].target.code, x->target) &&
            same(ev->v[i].code, x->code))
            return 1;
    return 0;
}

static int expected_has(const ew_suite_record *r, const ew_event *e)
{
    if (r->noevents || r->error)
        return 0;
    for (size_t i = 0; i < r->n_expected; i++)
        if (same(e->source.code, r->expected[i].source) &&
            same(e->target.code, r->expected[i].target) && same(e->code, r->expected[i].code))
            return 1;
    return 0;
}

static int expects_nothing(const ew_suite_record *r)
{
    if (r->noevents || r->error)
        return 1;
    for (size_t i = 0; i < r->n_expected; i++)
        if (!null_coding(&r->expected[i]))
            return 0;
    return 1;
}

ew_verdict ew_validate_record(const ew_coder *c, const ew_suite_record *r,
                              ew_parse_source p, ew_arena *a, ew_diag *diag,
                              ew_event_list *events)
{
    memset(events, 0, sizeof *events);
    ew_sentence *s = ew_validate_sentence(r, p, a, diag);
    if (!s) {
        /* a record written to break the reader (error="...", or expecting
         * nothing) passes when the reader refuses it: nothing is coded */
        return expects_nothing(r) ? EW_VERDICT_PASS : EW_VERDICT_NOPARSE;
    }
    ew_coder rc = *c;
    ew_validate_options(&rc.opt, r, diag);
    ew_code_sentence(&rc, s, a, events);
    for (size_t i = 0; i < events->n; i++)
        if (!expected_has(r, &events->v[i]))
            return EW_VERDICT_FAIL;
    if (!r->noevents && !r->error)
        for (size_t i = 0; i < r->n_expected; i++)
            if (!null_coding(&r->expected[i]) && !coded_has(events, &r->expected[i]))
                return EW_VERDICT_FAIL;
    return EW_VERDICT_PASS;
}
