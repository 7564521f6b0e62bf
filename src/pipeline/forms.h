/*
 * forms.h -- token forms (and one tag) normalised before coding.
 *
 * The dictionaries match words without case, so a country abbreviation that
 * is also an English word cannot be a dictionary entry: "US" would code
 * every "told us" as the United States.  Here a form is rewritten only when
 * its case and tag say it is the abbreviation: "US" (exactly, tagged as a
 * proper noun or adjective-like modifier, not as a pronoun) becomes "U.S.",
 * which the countries file has.  Offsets are kept, so spans and text are
 * unchanged.  One tag is repaired the same way: "states" after "member",
 * "participating" and a few other words of a closed list is the plural
 * noun, never the verb "state".  A currency prefix glued to "$" ("AU$",
 * "US$") becomes the currency's form, so it is no actor.
 *
 * Errors: none.  Ownership: new forms are string constants.
 */
#ifndef EW_PIPELINE_FORMS_H
#define EW_PIPELINE_FORMS_H

#include "core/sentence.h"

/* Returns the number of forms and tags rewritten. */
int ew_pipeline_normalise_forms(ew_sentence *s);

#endif
