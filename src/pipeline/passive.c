/*
 * passive.c -- the patient of an agentless passive is not a source (see
 * passive.h).
 */
#include "pipeline/passive.h"

#include <string.h>

/* The token of span sp whose head lies outside it (the phrase's head). */
static int span_head(const ew_sentence *s, ew_span sp)
{
    for (size_t i = 0; i < s->n; i++) {
        const ew_token *t = &s->tok[i];
        if (t->start < sp.start || t->end > sp.end || t->end == 0)
            continue;
        int h = t->head - 1;
        if (h < 0 || s->tok[h].start < sp.start || s->tok[h].end > sp.end)
            return (int)i;
    }
    return -1;
}

static int token_at(const ew_sentence *s, ew_span sp)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->tok[i].start >= sp.start && s->tok[i].end <= sp.end && s->tok[i].end)
            return (int)i;
    return -1;
}

size_t ew_pipeline_unsource_passives(const ew_sentence *s, ew_event_list *out, size_t first)
{
    size_t n = 0;
    for (size_t k = first; k < out->n; k++) {
        ew_event *e = &out->v[k];
        if (e->source.span.end <= e->source.span.start || e->verb.end <= e->verb.start)
            continue;
        int h = span_head(s, e->source.span), v = token_at(s, e->verb);
        if (h < 0 || v < 0)
            continue;
        const ew_token *t = &s->tok[h];
        if (t->rel == EW_REL_NSUBJ && t->subrel && !strcmp(t->subrel, "pass") &&
            t->head - 1 == v) {
            e->source.code = "---";
            n++;
        }
    }
    return n;
}
