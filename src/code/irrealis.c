/*
 * irrealis.c -- negated, modal and conditional verbs (see irrealis.h).
 */
#include "code/irrealis.h"

#include <string.h>
#include <strings.h>

static int is_one_of(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcasecmp(w, *list))
            return 1;
    return 0;
}

static const char *const negators[] = {"not", "n't", "never", NULL};
/* "may" is left out with "will": "ties may spur reconciliation" is how
 * wire copy states an expected consequence (the PETRARCH suite codes it) */
static const char *const modals[] = {"would", "could", "might", "should",
                                     "must", NULL};
static const char *const conditions[] = {"if", "unless", "whether", NULL};

/* "not only ... but also" asserts both halves. */
static int not_only(const ew_cview *v, int i)
{
    return i + 1 < v->n && !strcasecmp(v->s->tok[i + 1].form, "only");
}

/* The reason carried by the dependents of token t, or NULL. */
static const char *own_reason(const ew_cview *v, int t)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head != t + 1)
            continue;
        if (d->rel == EW_REL_ADVMOD && is_one_of(d->form, negators) && !not_only(v, i))
            return "negated";
        if (d->rel == EW_REL_AUX && is_one_of(d->form, modals))
            return "hypothetical";
        if (d->rel == EW_REL_MARK && is_one_of(d->form, conditions))
            return "conditional";
    }
    return NULL;
}

const char *ew_code_irrealis(const ew_cview *v, int tok)
{
    /* a chain of xcomps is short; the bound only guards a cyclic tree */
    for (int hops = 0; tok >= 0 && tok < v->n && hops < 4; hops++) {
        const char *why = own_reason(v, tok);
        if (why)
            return why;
        const ew_token *t = &v->s->tok[tok];
        if (t->rel != EW_REL_XCOMP || t->head <= 0)
            break;
        tok = t->head - 1;
    }
    return NULL;
}
