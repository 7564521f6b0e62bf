/*
 * regions.h -- country code -> region table (data/regions.tsv), used to
 * aggregate events by region.
 *
 * Ownership: ew_regions_load() allocates; ew_regions_free() releases.
 * Returned region names live as long as the table.
 * Errors: a malformed line is reported (file, line, reason) and skipped; a
 * missing file gives NULL after a report.
 */
#ifndef EW_ANALYZE_REGIONS_H
#define EW_ANALYZE_REGIONS_H

#include "core/diag.h"

typedef struct ew_regions ew_regions;

ew_regions *ew_regions_load(const char *path, ew_diag *diag);
void ew_regions_free(ew_regions *r);

/* Region of a 3-letter country code; "Other" when unknown or r is NULL. */
const char *ew_regions_of(const ew_regions *r, const char *country);

/* 1 when the country is an OSCE participating State per the table. */
int ew_regions_is_osce(const ew_regions *r, const char *country);

#endif
