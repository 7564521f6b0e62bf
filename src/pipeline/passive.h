/*
 * passive.h -- events whose source is the subject of an agentless passive.
 *
 * The coder follows PETRARCH-1: a passive only swaps source and target when
 * it has a by-phrase, so "Two soldiers were killed in the capital" codes
 * the soldiers as the ones who killed.  In the hand review of Wikinews
 * events (docs/precision-review.md) that was 11 of 97 wrong events.  For
 * raw text the pipeline drops an event whose source is the passive subject
 * (nsubj:pass) of the event's own verb: the patient is known, the agent is
 * not.  Pre-parsed input (PETRARCH suites) keeps the PETRARCH-1 behaviour.
 *
 * Errors: none.  Ownership: marks events in place (source code "---").
 */
#ifndef EW_PIPELINE_PASSIVE_H
#define EW_PIPELINE_PASSIVE_H

#include <stddef.h>

#include "core/event.h"
#include "core/sentence.h"

/* Sets the source of such events of [first, out->n) to "---" (then
 * require_dyad drops them); returns how many. */
size_t ew_pipeline_unsource_passives(const ew_sentence *s, ew_event_list *out, size_t first);

#endif
