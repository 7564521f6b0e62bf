/*
 * cameo.h -- the CAMEO event-code reference table (data/cameo/cameo_codes.tsv):
 * name, Goldstein score, quad class and PLOVER type for every code.
 *
 * File format: tab-separated with a header line naming the columns; the
 * columns code, name, goldstein, quad_class are required, plover and
 * plover_mode optional, in any order.  Bad rows are reported with file and
 * line, then skipped.
 *
 * Lookup falls back along the CAMEO hierarchy: "0431" -> "043" -> "04", so a
 * code the table lacks still gets its parent's scores (and is flagged by
 * lint).  Ownership: ew_cameo_load returns a heap table freed by
 * ew_cameo_free; entries are read-only and shareable between threads.
 */
#ifndef EW_DICT_CAMEO_H
#define EW_DICT_CAMEO_H

#include <stddef.h>

#include "core/diag.h"

typedef struct ew_cameo_code {
    char code[8];
    const char *name;
    double goldstein;
    int quad_class;          /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
    const char *plover;      /* may be "" */
    const char *plover_mode; /* may be "" */
} ew_cameo_code;

typedef struct ew_cameo ew_cameo;

ew_cameo *ew_cameo_load(const char *path, ew_diag *diag);
void ew_cameo_free(ew_cameo *t);

/* Exact entry or NULL. */
const ew_cameo_code *ew_cameo_get(const ew_cameo *t, const char *code);
/* Entry for the code or its nearest ancestor; NULL if even the root is unknown. */
const ew_cameo_code *ew_cameo_lookup(const ew_cameo *t, const char *code);
size_t ew_cameo_count(const ew_cameo *t);
const ew_cameo_code *ew_cameo_at(const ew_cameo *t, size_t i);

#endif
