/*
 * code_common.h -- what the coding commands (validate, explain, code) share:
 * loading dictionaries (--dict DIR or the project's own), JSON string
 * output, and <Config> options for suites that lack them.
 */
#ifndef EW_CLI_CODE_COMMON_H
#define EW_CLI_CODE_COMMON_H

#include <stdio.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"
#include "dict/dict.h"
#include "nlp/nlp.h"
#include "io/suite.h"

/* Loads DIR (a PETRARCH PETR_config.ini directory), or, when dir is NULL,
 * the project's own dictionaries (data/PETR_config.ini); prints why and returns NULL
 * when they cannot be loaded.  The caller frees with ew_dict_free(). */
ew_dict *ew_cli_load_dict(const char *dir, ew_diag *diag);

/* Writes s as a JSON string literal (NULL -> null). */
void ew_cli_json_string(FILE *out, const char *s);

/* When the suite's records carry no options, takes them by record id from
 * config_from, or from PETR.UnitTest.records.xml beside the suite. */
void ew_cli_suite_options(ew_suite *suite, const char *suite_path,
                          const char *config_from, ew_arena *a, ew_diag *diag);

/* What the `--parse own` analyser needs; the caller owns both. */
typedef struct ew_cli_own {
    const ew_nlp_models *models;
    const ew_dict *dict; /* for the name and demonym joins `code` does */
} ew_cli_own;

/* The `--parse own` analyser for ew_validate_set_analyser(): the record's
 * text through the same analysis `code` gives a sentence
 * (ew_pipeline_analyse_sentence); user is an ew_cli_own *.  The sentence
 * lives in a and carries the record's id. */
ew_sentence *ew_cli_own_analyser(void *user, const ew_suite_record *r, ew_arena *a,
                                 ew_diag *diag);

#endif
