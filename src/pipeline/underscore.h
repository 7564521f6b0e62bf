/*
 * underscore.h -- words joined by underscores split before tagging.
 *
 * The PETRARCH convention joins the words of a multi-word phrase with
 * underscores ("Dol_Amroth", "Minas_Tirith"), and text prepared for
 * PETRARCH-era coders carries such tokens.  Our tagger and parser learnt
 * English words, and the dictionaries store the phrase as a word sequence,
 * so "Dol_Amroth" as one token is an unknown word to both.  A token made
 * of letters and digits joined by single underscores becomes one token
 * per part; anything else with an underscore (an e-mail address, a file
 * name, a handle with '@') is left alone.
 *
 * Offsets: each part's span is its own bytes when the token's span covers
 * exactly its form, else the parts keep the token's span.
 * Errors: none.  Ownership: the new token array and forms live in arena a.
 */
#ifndef EW_PIPELINE_UNDERSCORE_H
#define EW_PIPELINE_UNDERSCORE_H

#include "core/arena.h"
#include "core/sentence.h"

/* Splits joined tokens of an unparsed sentence; returns how many tokens
 * were split. */
int ew_pipeline_split_underscores(ew_sentence *s, ew_arena *a);

#endif
