/*
 * event_text.c -- an actor's words from its tokens (see event_text.h).
 */
#include "pipeline/event_text.h"

#include <string.h>

static const char *span_words(const ew_sentence *s, ew_span sp, ew_arena *a)
{
    size_t len = 0, first = s->n, last = 0;
    for (size_t i = 0; i < s->n; i++) {
        const ew_token *t = &s->tok[i];
        if (t->end == 0 || t->start < sp.start || t->end > sp.end)
            continue;
        first = first < i ? first : i;
        last = i;
        len += strlen(t->form) + 1;
    }
    if (first == s->n)
        return NULL;
    char *out = ew_arena_alloc(a, len + 1), *p = out;
    for (size_t i = first; i <= last; i++) {
        const ew_token *t = &s->tok[i];
        if (t->end == 0 || t->start < sp.start || t->end > sp.end)
            continue;
        if (p != out && t->start > s->tok[i - 1].end)
            *p++ = ' ';
        size_t n = strlen(t->form);
        memcpy(p, t->form, n);
        p += n;
    }
    *p = '\0';
    return out;
}

static void side_text(const ew_sentence *s, ew_event_actor *x, ew_arena *a)
{
    if (x->span.end <= x->span.start)
        return;
    const char *w = span_words(s, x->span, a);
    if (w)
        x->text = w;
}

void ew_pipeline_event_texts(const ew_sentence *s, ew_event_list *out, size_t first,
                             ew_arena *a)
{
    for (size_t k = first; k < out->n; k++) {
        side_text(s, &out->v[k].source, a);
        side_text(s, &out->v[k].target, a);
    }
}
