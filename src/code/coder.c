/*
 * coder.c -- the coding loop over the verbs of a sentence (see coder.h).
 */
#include "code/coder.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "code/actor.h"
#include "code/events.h"
#include "code/match.h"
#include "code/view.h"

void ew_code_options_default(ew_code_options *o)
{
    memset(o, 0, sizeof *o);
    o->require_dyad = 1;
    o->comma_min = 2;
    o->comma_max = 8;
    o->comma_emin = 2;
    o->comma_emax = 8;
    o->use_ptb = 1;
}

static int parse_bool(const char *v)
{
    /* PETRARCH: anything without "false" in it is true */
    return !strcasestr(v, "false");
}

int ew_code_options_set(ew_code_options *o, const char *name, const char *value)
{
    if (!name || !value)
        return -1;
    if (!strcasecmp(name, "require_dyad")) {
        o->require_dyad = parse_bool(value);
        return 0;
    }
    if (!strcasecmp(name, "stop_on_error"))
        return 0;   /* we never stop: every error is reported and skipped */
    char *end;
    long x = strtol(value, &end, 10);
    if (end == value || *end)
        return -1;
    static const struct { const char *name; size_t off; } ints[] = {
        {"new_actor_length", offsetof(ew_code_options, new_actor_length)},
        {"comma_min", offsetof(ew_code_options, comma_min)},
        {"comma_max", offsetof(ew_code_options, comma_max)},
        {"comma_bmin", offsetof(ew_code_options, comma_bmin)},
        {"comma_bmax", offsetof(ew_code_options, comma_bmax)},
        {"comma_emin", offsetof(ew_code_options, comma_emin)},
        {"comma_emax", offsetof(ew_code_options, comma_emax)},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (!strcasecmp(name, ints[i].name)) {
            *(int *)((char *)o + ints[i].off) = (int)x;
            return 0;
        }
    return -1;
}

ew_event *ew_event_list_push(ew_event_list *l, ew_arena *a)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 8;
        ew_event *v = ew_arena_calloc(a, ncap, sizeof *v);
        if (l->n)
            memcpy(v, l->v, l->n * sizeof *v);
        l->v = v;
        l->cap = ncap;
    }
    ew_event *e = &l->v[l->n++];
    memset(e, 0, sizeof *e);
    return e;
}

void ew_code_tracef(const ew_coder *c, const char *fmt, ...)
{
    if (!c->trace)
        return;
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    c->trace(c->trace_user, buf);
}

/* Heads that name members of what modifies them ("Iraqi insurgent groups",
 * "hundreds of protesters", "a Burmese man", "a source within the Russian
 * security services") or an institution: the phrase is the actor, not a
 * topic.  Armed acts
 * ("an Israeli air strike killed") stay topics: as a statement's target
 * ("said the U.S. bombing of the village killed") they are what was said,
 * and a source preferring an actor to them loses little. */
static int member_head(const ew_token *t)
{
    static const char *const heads[] = {
        "group", "member", "source", "man", "men", "person", "team", "faction",
        "unit", "wing", "body", "side", "representative", "supporter", "majority",
        "minority", "number", "hundred", "thousand", "dozen", "score", "million",
        "part", "branch", "leadership", "delegate", "envoy", "staff",
        /* institutions the agents file does not name: "an ethics committee
         * in the Canadian House of Commons", "the Iraqi interior ministry" */
        "committee", "commission", "council", "panel", "ministry", "department",
        "agency", "office", "board", "assembly", "alliance", "coalition", "movement",
        "organization", "organisation", "association", "institute", "bureau",
        "party", "station", "community", "force", "personnel",
        /* people by their post, and states by another name ("the head of
         * the Iraqi army", "the Asian nation") */
        "head", "director", "chief", "nation", "state", "country",
        /* people by their relation ("his Singapore counterpart") */
        "counterpart", "successor", "predecessor", "ally", "partner", "neighbor",
        "neighbour", "opponent", "rival", "critic", "colleague", "suspect", "national",
        /* or by what they do or suffer ("Israeli commandos", "British hostages") */
        "commando", "fighter", "sailor", "pilot", "guard", "volunteer", "worker", "student",
        "activist", "settler", "villager", "resident", "prisoner", "detainee", "hostage",
        "victim", "passenger", "diplomat", "employee", NULL,
    };
    const char *w = t->lemma && *t->lemma ? t->lemma : t->form;
    for (const char *const *h = heads; *h; h++) {
        size_t n = strlen(*h);
        /* the lemma, or the form with a plural -s ("groups", "hundreds") */
        if (!strncasecmp(w, *h, n) && (!w[n] || ((w[n] == 's' || w[n] == 'S') && !w[n + 1])))
            return 1;
    }
    return 0;
}

/* Whether a coded phrase is only about its actor: its head is a common
 * noun that no actor or agent phrase covers, so the code came from a
 * modifier ("a stronger Australian dollar", "the war in Iraq").  A proper
 * noun head is a name the dictionaries may not know ("Canadian executive
 * Jean Roy"), so it still names the actor.  hpos: the head's index in w,
 * or -1 when the head is not among the phrase's words. */
static int topic_phrase(const ew_coder *c, const ew_cview *v, const ew_cv_np *np,
                        const ew_sym *w, size_t n, int hpos)
{
    if (!np->coded || hpos < 0 || np->head < 0 || np->head >= v->n)
        return 0;
    int u = v->s->tok[np->head].upos;
    if (u != EW_UPOS_NOUN || member_head(&v->s->tok[np->head]))
        return 0;
    return !ew_code_word_named(c->dict, w, n, (size_t)hpos);
}

/* Codes every noun phrase once, up front: patterns and the source/target
 * search both look at codes. */
static void code_nps(const ew_coder *c, ew_cview *v, ew_arena *a)
{
    ew_sym w[256];
    for (int k = 0; k < v->n_np; k++) {
        ew_cv_np *np = &v->np[k];
        size_t n = 0;
        int hpos = -1;
        for (int i = np->pre_start; i < np->pre_end && n < 256; i++)
            w[n++] = v->sym[i];
        for (int i = np->start; i < np->end && n < 256; i++)
            if (!(v->s->tok[i].xpos && !strcmp(v->s->tok[i].xpos, "POS"))) {
                if (i == np->head)
                    hpos = (int)n;
                w[n++] = v->sym[i];
            }
        for (int i = np->post_start; i < np->post_end && n < 256; i++)
            w[n++] = v->sym[i];
        np->code = ew_code_phrase(c->dict, w, n, v->s->date, a, NULL);
        np->coded = strcmp(np->code, "---") != 0;
        np->topic = topic_phrase(c, v, np, w, n, hpos);
        if (c->trace)
            ew_code_tracef(c, "  actor  [%d,%d) \"%s\" -> %s%s%s", np->start, np->end,
                       ew_cview_text(v, np->start, np->end, a), np->code,
                       np->group >= 0 ? " (compound)" : "",
                       np->topic ? " (topic: only a modifier names the actor)" : "");
    }
}

ew_code_status ew_code_sentence(const ew_coder *c, const ew_sentence *s,
                                ew_arena *a, ew_event_list *out)
{
    if (s->n == 0 || s->n > EW_CODE_MAX_TOKENS) {
        if (s->n)
            ew_diag_report(c->diag, EW_WARN, NULL, 0, s->id,
                           "sentence of %zu tokens not coded (limit %d)", s->n,
                           EW_CODE_MAX_TOKENS);
        return EW_CODE_SKIPPED;
    }
    if (s->text && c->dict) {
        ew_discard_scope scope;
        const char *hit = ew_dict_discard_match(c->dict, s->text, &scope);
        if (hit) {
            ew_code_tracef(c, "discarded by \"%s\"%s", hit,
                           scope == EW_DISCARD_STORY ? " (whole story)" : "");
            return scope == EW_DISCARD_STORY ? EW_CODE_DISCARD_STORY
                                             : EW_CODE_DISCARD_SENTENCE;
        }
    }
    ew_cview *v = ew_cview_build(s, c->dict, &c->opt, a);
    code_nps(c, v, a);
    size_t first = out->n;
    ew_code_verbs(c, v, a, out);
    ew_code_finish_events(c, s, out, first);
    return EW_CODE_OK;
}
