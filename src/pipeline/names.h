/*
 * names.h -- dictionary-guided repair of the parse around multi-word names.
 *
 * Our parser often splits a long name ("Council of Foreign Ministers of the
 * Organization for Security and Cooperation in Europe") across several
 * nominal heads, with coordinations and appositions inside it, so the coder's
 * noun phrases cut the name apart and code its pieces ("Security" ->
 * ---GOV).  When a run of tokens is an actor phrase of the dictionaries, we
 * know it is one name (agent titles such as "Deputy Prime Minister" too):
 * its tokens are re-attached as `flat` dependents of
 * the one token whose head lies outside the run, and outside tokens that
 * hung on an inner token (an "(OSCE)" apposition) hang on that head.
 *
 * Errors: none; a repair that would make the tree cyclic is not applied.
 * Ownership: edits the sentence's tokens in place; scratch memory from a.
 */
#ifndef EW_PIPELINE_NAMES_H
#define EW_PIPELINE_NAMES_H

#include "core/arena.h"
#include "core/sentence.h"
#include "dict/dict.h"

/* Returns the number of names whose tokens were re-attached. */
int ew_pipeline_join_names(const ew_dict *d, ew_sentence *s, ew_arena *a);

#endif
