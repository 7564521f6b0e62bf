/*
 * normalize.h -- the one spelling of a place name used as a gazetteer key.
 *
 * NFKD, combining marks dropped, case folded, every run of characters that
 * are not letters or digits one space, trimmed: "Ust'-Kamenogorsk" ->
 * "ust kamenogorsk", "Київ" -> "киів"... exactly as scripts/build-gazetteer.py
 * builds the keys, so a lookup needs no other folding.
 *
 * No allocation.  Returns the key length (< cap, NUL-terminated in out), or
 * -1 when the input is empty after folding, not valid UTF-8, or the key
 * would not fit in cap bytes (over-long names are simply not places).
 */
#ifndef EW_GEO_NORMALIZE_H
#define EW_GEO_NORMALIZE_H

#include <stddef.h>

#define EW_GEO_KEY_MAX 64   /* longest key in the gazetteer, bytes */

int ew_geo_normalize(const char *s, size_t len, char *out, size_t cap);

#endif
