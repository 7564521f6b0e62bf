/*
 * lint.c -- whole-dictionary consistency checks (see lint.h).
 */
#include "dict/lint.h"

#include "dict/dict_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct lint_ctx {
    const ew_dict *d;
    const ew_cameo *cameo;
    ew_diag *diag;
    size_t problems;
} lint_ctx;

static void problem(lint_ctx *c, const char *file, long line, const char *fmt, const char *a,
                    const char *b)
{
    c->problems++;
    ew_diag_report(c->diag, EW_WARN, file, line, NULL, fmt, a ? a : "", b ? b : "");
}

/* "013:012", ":075", "---": every part must be a known code or the null code. */
static void check_event_code(lint_ctx *c, const char *code, const char *file, long line)
{
    if (!c->cameo || !code)
        return;
    char buf[64];
    snprintf(buf, sizeof buf, "%s", code);
    char *save_part = NULL;
    for (char *part = strtok_r(buf, ":", &save_part); part; part = strtok_r(NULL, ":", &save_part)) {
        if (strcmp(part, "---") == 0 || strcmp(part, "+++") == 0)
            continue;
        if (!ew_cameo_get(c->cameo, part))
            problem(c, file, line, "unknown CAMEO event code '%s'%s", part, NULL);
    }
}

static int actor_code_ok(const char *code)
{
    size_t n = strlen(code);
    if (strcmp(code, "---") == 0)
        return 1;
    if (n < 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)code[i]) && !isdigit((unsigned char)code[i]))
            return 0;
    return 1;
}

static void check_verbs(lint_ctx *c)
{
    const ew_dict *d = c->d;
    size_t *nforms = calloc(d->blocks.n + 1, sizeof *nforms);
    if (!nforms)
        abort();
    for (size_t i = 0; i < d->forms.n; i++) {
        const ew_verb_form *f = d->forms.v[i];
        check_event_code(c, f->code, f->file, f->line);
        for (size_t b = 0; b < d->blocks.n; b++)
            if (d->blocks.v[b] == f->block) { nforms[b]++; break; }
    }
    for (size_t b = 0; b < d->blocks.n; b++) {
        const ew_verb_block *blk = d->blocks.v[b];
        check_event_code(c, blk->code, blk->file, blk->line);
        if (!nforms[b] && blk->n_pat)
            problem(c, blk->file, blk->line, "verb block '%s' has patterns but no verbs%s",
                    blk->name, NULL);
        for (size_t i = 0; i < blk->n_pat; i++) {
            const ew_pattern *p = &blk->pat[i];
            check_event_code(c, p->code, p->file, p->line);
            int verbs = 0;
            for (uint16_t k = 0; k < p->n; k++) {
                if (p->el[k].kind == EW_PE_VERB)
                    verbs++;
                if (p->el[k].kind == EW_PE_SYNSET && d->synsets.v[p->el[k].synset]->n == 0)
                    problem(c, p->file, p->line, "pattern uses empty synset %s%s",
                            d->synsets.v[p->el[k].synset]->name, NULL);
            }
            if (verbs > 1)
                problem(c, p->file, p->line, "pattern has more than one verb marker '*'%s%s", NULL, NULL);
            for (size_t j = 0; j < i; j++) {
                const ew_pattern *q = &blk->pat[j];
                if (q->n == p->n && memcmp(q->el, p->el, p->n * sizeof *p->el) == 0) {
                    problem(c, p->file, p->line,
                            "pattern can never match: same elements as the earlier '%s'%s", q->text, NULL);
                    break;
                }
            }
        }
    }
    free(nforms);
}

static int cmp_seq(const ew_sym *a, size_t na, const ew_sym *b, size_t nb)
{
    size_t n = na < nb ? na : nb;
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return na == nb ? 0 : (na < nb ? -1 : 1);
}

static int cmp_phrase_seq(const void *x, const void *y)
{
    const ew_phrase *a = *(const ew_phrase *const *)x, *b = *(const ew_phrase *const *)y;
    int r = cmp_seq(a->w, a->n, b->w, b->n);
    return r ? r : (a->order < b->order ? -1 : 1);
}

static void phrase_text(const ew_dict *d, const ew_phrase *p, char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (uint16_t k = 0; k < p->n && o + 2 < size; k++) {
        int w = snprintf(buf + o, size - o, "%s%s", k ? "_" : "", ew_dict_sym_text(d, p->w[k]));
        if (w < 0)
            break;
        o += (size_t)w;
    }
}

typedef void (*where_fn)(const void *payload, const char **file, long *line);

static void actor_where(const void *p, const char **file, long *line)
{
    *file = ((const ew_actor *)p)->file;
    *line = ((const ew_actor *)p)->line;
}

static void agent_where(const void *p, const char **file, long *line)
{
    *file = ((const ew_agent *)p)->file;
    *line = ((const ew_agent *)p)->line;
}

static void check_duplicates(lint_ctx *c, const ew_phrases *t, where_fn where, const char *what)
{
    const ew_phrase **v = malloc((t->n ? t->n : 1) * sizeof *v);
    if (!v)
        abort();
    for (size_t i = 0; i < t->n; i++)
        v[i] = &t->v[i];
    qsort(v, t->n, sizeof *v, cmp_phrase_seq);
    for (size_t i = 1; i < t->n; i++) {
        if (cmp_seq(v[i]->w, v[i]->n, v[i - 1]->w, v[i - 1]->n) != 0 ||
            v[i]->payload == v[i - 1]->payload)
            continue;
        const char *f1, *f2;
        long l1, l2;
        where(v[i - 1]->payload, &f1, &l1);
        where(v[i]->payload, &f2, &l2);
        char text[512], msg[700];
        phrase_text(c->d, v[i], text, sizeof text);
        snprintf(msg, sizeof msg, "%s:%ld", f1, l1);
        c->problems++;
        ew_diag_report(c->diag, EW_WARN, f2, l2, NULL, "duplicate %s phrase '%s' (also at %s)",
                       what, text, msg);
    }
    free(v);
}

static void check_actors(lint_ctx *c)
{
    const ew_dict *d = c->d;
    for (size_t i = 0; i < d->actors.n; i++) {
        const ew_actor *a = d->actors.v[i];
        if (a->default_code && !actor_code_ok(a->default_code))
            problem(c, a->file, a->line, "malformed actor code '%s'%s", a->default_code, NULL);
        for (size_t k = 0; k < a->n_dated; k++) {
            if (!actor_code_ok(a->dated[k].code))
                problem(c, a->file, a->line, "malformed actor code '%s'%s", a->dated[k].code, NULL);
            for (size_t j = 0; j < k; j++)
                if (a->dated[k].from <= a->dated[j].to && a->dated[j].from <= a->dated[k].to)
                    problem(c, a->file, a->line, "overlapping date ranges for '%s' (%s)",
                            a->primary, a->dated[k].code);
        }
    }
    for (size_t i = 0; i < d->agents.n; i++) {
        const ew_agent *g = d->agents.v[i];
        if (!actor_code_ok(g->code))
            problem(c, g->file, g->line, "malformed agent code '%s'%s", g->code, NULL);
    }
    check_duplicates(c, &d->actor_phrases, actor_where, "actor");
    check_duplicates(c, &d->agent_phrases, agent_where, "agent");
}

static int cmp_form_seq(const void *x, const void *y)
{
    const ew_verb_form *a = *(const ew_verb_form *const *)x, *b = *(const ew_verb_form *const *)y;
    int r = cmp_seq(a->words, a->n, b->words, b->n);
    return r ? r : (a->line < b->line ? -1 : a->line > b->line);
}

static void check_verb_duplicates(lint_ctx *c)
{
    const ew_dict *d = c->d;
    const ew_verb_form **v = malloc((d->forms.n ? d->forms.n : 1) * sizeof *v);
    if (!v)
        abort();
    for (size_t i = 0; i < d->forms.n; i++)
        v[i] = d->forms.v[i];
    qsort(v, d->forms.n, sizeof *v, cmp_form_seq);
    long last_a = -1, last_b = -1; /* report each pair of verb lines once, not per form */
    for (size_t i = 1; i < d->forms.n; i++) {
        if (cmp_seq(v[i]->words, v[i]->n, v[i - 1]->words, v[i - 1]->n) != 0 ||
            v[i]->block == v[i - 1]->block)
            continue;
        if (v[i]->line == last_b && v[i - 1]->line == last_a)
            continue;
        last_a = v[i - 1]->line;
        last_b = v[i]->line;
        char where[512];
        snprintf(where, sizeof where, "%s:%ld", v[i - 1]->file, v[i - 1]->line);
        c->problems++;
        ew_diag_report(c->diag, EW_WARN, v[i]->file, v[i]->line, NULL,
                       "verb form of '%s' also belongs to another block (%s): only one can apply",
                       v[i]->lemma, where);
    }
    free(v);
}

size_t ew_dict_lint(const ew_dict *d, const ew_cameo *cameo, ew_diag *diag)
{
    lint_ctx c = {d, cameo, diag, 0};
    check_verbs(&c);
    check_verb_duplicates(&c);
    check_actors(&c);
    return c.problems;
}
