/*
 * lint.h -- `eventwatch dict lint`: problems a loader cannot see line by line.
 *
 * Reports, through diag (as warnings, with file and line):
 *   - event codes that are not in the CAMEO table (when one is given),
 *   - malformed actor and agent codes,
 *   - duplicate phrases (actors, agents, verb forms in different blocks),
 *   - overlapping date ranges for one actor,
 *   - patterns that can never match (repeated in a block, more than one
 *     verb marker, empty synset, block without verbs).
 * Returns the number of problems found.
 */
#ifndef EW_DICT_LINT_H
#define EW_DICT_LINT_H

#include <stddef.h>

#include "core/diag.h"
#include "dict/cameo.h"
#include "dict/dict.h"

size_t ew_dict_lint(const ew_dict *d, const ew_cameo *cameo, ew_diag *diag);

#endif
