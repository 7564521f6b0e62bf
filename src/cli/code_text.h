/*
 * code_text.h -- `eventwatch code` on raw news text: JSON Lines documents
 * ({"id","date","text",...}), plain-text files (one document each), RSS/Atom
 * feeds, or stdin, through the full pipeline (src/pipeline) to JSON Lines
 * events on stdout.
 *
 * Documents are read in batches; each batch is coded by `threads` workers
 * and written in input order, so the output is byte-identical for any
 * thread count.  Returns a CLI exit status (commands.h).
 */
#ifndef EW_CLI_CODE_TEXT_H
#define EW_CLI_CODE_TEXT_H

#include <stdint.h>

#include "core/diag.h"

typedef struct ew_code_text_opts {
    const char *dict_dir;     /* NULL: shipped dictionaries */
    const char *models_dir;   /* NULL: shipped models */
    int threads;              /* >= 1 */
    int stats;                /* print counts and rates to stderr */
    int32_t default_date;     /* for plain text; 0 unknown */
    int no_geo;               /* 1: no gazetteer, events keep empty locations */
} ew_code_text_opts;

int ew_cli_code_text(const ew_code_text_opts *o, char **files, int nfiles, ew_diag *diag);

#endif
