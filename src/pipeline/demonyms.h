/*
 * demonyms.h -- a demonym cut in two by wiki markup is one word again.
 *
 * Wikinews writes a demonym as a link to the country followed by the
 * suffix ("[[Haiti]]an"), and the rendered text we read keeps a blank
 * between them: "the Haiti an police", "a Korea n minister", "Iraq i
 * troops".  Tokenised, that is a country name and a stray "an", "n" or
 * "i": the tagger reads "an" as an article, and the actor dictionary sees
 * the country instead of the nationality (an agent's country is found,
 * but "Haiti an police" is no noun phrase).  A capitalised token followed
 * by a lone lower-case suffix (n, an, ian, i, ese, ns, ans, ians) is
 * joined into one token when the joined word occurs in the dictionaries
 * ("HAITIAN"); "gave Japan an offer" stays apart because "JAPANAN" is no
 * dictionary word.
 *
 * Runs on a segmented sentence before tagging.  The joined token spans
 * both originals (the blank included), so the text between its offsets is
 * not its form; the coder then quotes token forms (code/coder.h).
 * Errors: none.  Ownership: joined forms live in arena a; the token array
 * is compacted in place.
 */
#ifndef EW_PIPELINE_DEMONYMS_H
#define EW_PIPELINE_DEMONYMS_H

#include "core/arena.h"
#include "core/sentence.h"
#include "dict/dict.h"

/* Joins split demonyms of an unparsed sentence; returns how many. */
int ew_pipeline_join_demonyms(const ew_dict *d, ew_sentence *s, ew_arena *a);

#endif
