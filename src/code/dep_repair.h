/*
 * dep_repair.h -- a copy of a dependency tree with the coordination and
 * attachment mistakes statistical parsers commonly make undone, before the
 * coder reads noun phrases and verb phrases from it (view_dep.c).
 *
 * One tag is repaired as well: a VBG without "-ing" ("Pyongyang/VBG") is
 * no verb form; it becomes a noun (a name when capitalised), and the
 * subject of the verb it precedes when that verb has none.
 *
 * The coder needs the coordination structure right far more than the
 * attachment of adverbials: a missed conjunct is a missed event.  The
 * shapes repaired are those a UD tree never has on purpose, so a correct
 * tree is left as it is:
 *   - a list of names whose middle members hang on the first as appos,
 *     list or unmarked nmod ("Arnor, the Shire, Bree and Rohan"), while
 *     the list goes on with conj: the middle members become conj;
 *   - two subjects of one verb with a coordinating conjunction between
 *     them ("Arnor, and good Gondor welcomed"): the second becomes a
 *     conj of the first; with nothing but the first's own conjuncts
 *     between them ("the death and injury toll has risen") the first is
 *     a modifier (compound) of the second;
 *   - a finite verb conjoined to a noun ("condemned an attack ... and
 *     promised aid"): it is re-attached as conj of the verb that governs
 *     the noun (VP coordination);
 *   - a nominal hanging on a verb as compound, amod or det ("police
 *     arrested" with "arrested" misread as a participle): the subject when
 *     it precedes a verb that has none, else a plain dependent;
 *   - an adverb or adjective conj of a verb with no conjunction or comma
 *     of its own ("marched very close to"): advmod;
 *   - the first of comma-separated adjectives read as the verb's xcomp
 *     while their noun hangs elsewhere ("restore complete, full ties"):
 *     the noun becomes the object, the adjective its modifier;
 *   - a closing reporting clause with a noun subject (", the agency said
 *     on Thursday.") hung inside the main clause: parataxis of the root,
 *     where a Penn parse puts it, so it is coded on its own and does not
 *     lengthen the main verb's phrase.
 *
 * Ownership: the returned sentence and its token array live in arena a;
 * token strings are shared with s.  s itself is never changed.
 * Errors: none; a repair that would make a cycle is not applied.
 */
#ifndef EW_CODE_DEP_REPAIR_H
#define EW_CODE_DEP_REPAIR_H

#include "core/arena.h"
#include "core/sentence.h"

/* Returns s itself when nothing needed repair, else a repaired copy. */
const ew_sentence *ew_code_repair_tree(const ew_sentence *s, ew_arena *a);

#endif
