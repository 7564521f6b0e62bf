/*
 * events.h -- the coder's internal stages after the view is built:
 * the verb loop (verbs.c) and event assembly (events.c).
 */
#ifndef EW_CODE_EVENTS_H
#define EW_CODE_EVENTS_H

#include "code/coder.h"
#include "code/match.h"
#include "code/view.h"

/* What one coded verb contributes, before it becomes events. */
typedef struct ew_verb_hit {
    const char *code;          /* event code, maybe "A:B" */
    const ew_pattern *pat;     /* NULL: the verb's own code */
    const ew_verb_form *form;
    int vs, ve;                /* verb tokens [vs,ve] */
    ew_loc src, tgt;
    int passive;
} ew_verb_hit;

void ew_code_verbs(const ew_coder *c, ew_cview *v, ew_arena *a,
                   ew_event_list *out);

/* Appends the events of one hit: compounds, symmetric codes, passives. */
void ew_code_make_events(const ew_coder *c, const ew_cview *v,
                         const ew_verb_hit *h, ew_arena *a, ew_event_list *out);

/* require_dyad and duplicate removal over events [first, out->n). */
void ew_code_finish_events(const ew_coder *c, const ew_sentence *s,
                           ew_event_list *out, size_t first);

void ew_code_tracef(const ew_coder *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
