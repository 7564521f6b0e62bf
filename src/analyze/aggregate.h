/*
 * aggregate.h -- daily and weekly event series per dyad, country, region
 * or OSCE dimension: event counts per QuadClass, Goldstein sum and mean.
 *
 * A dyad is an unordered pair of country codes written "A-B" with A < B
 * (escalation is a property of the relationship, whoever acts).  A country
 * series counts events in which the country is source or target (once if
 * both).  Regions come from data/regions.tsv (analyze/regions.h).  Events
 * count once per deduplicated event row, not per mention.
 *
 * Weeks are ISO weeks, labelled by their Monday (YYYYMMDD).  An event
 * without a known date (0: an undated document, io/doc_reader.h) belongs to
 * no bucket and is left out of every series (and so of alerts); the store,
 * its counts and the exports keep it.
 *
 * Ownership: ew_agg_new() allocates, ew_agg_free() releases, including
 * the key strings and cells handed out.  The regions table is borrowed.
 */
#ifndef EW_ANALYZE_AGGREGATE_H
#define EW_ANALYZE_AGGREGATE_H

#include <stddef.h>
#include <stdint.h>

#include "analyze/regions.h"
#include "store/store.h"

typedef enum ew_agg_by { EW_AGG_DYAD, EW_AGG_COUNTRY, EW_AGG_REGION, EW_AGG_DIMENSION } ew_agg_by;
typedef enum ew_agg_period { EW_AGG_DAY, EW_AGG_WEEK } ew_agg_period;

/* What aggregation needs of an event. */
typedef struct ew_agg_event {
    int32_t date;            /* YYYYMMDD */
    const char *src, *tgt;   /* 3-letter country codes, NULL when unknown */
    int quad_class;          /* 1..4, 0 unknown */
    int has_goldstein;
    double goldstein;
    const char *dimension;   /* NULL: "unassigned" */
} ew_agg_event;

typedef struct ew_agg_cell {
    const char *key;         /* "ARM-AZE", "KAZ", "Central Asia", "human" */
    int32_t bucket;          /* day, or Monday of the week */
    long total;
    long quad[5];            /* quad[1..4]; quad[0] = unknown class */
    double gold_sum;
    long gold_n;             /* events with a Goldstein score (mean = sum / n) */
} ew_agg_cell;

typedef struct ew_agg ew_agg;

ew_agg *ew_agg_new(ew_agg_by by, ew_agg_period period, const ew_regions *regions);
void ew_agg_free(ew_agg *a);

/* Adds one event (0, or -1 when out of memory).  Events without the
 * needed countries are ignored for dyad/country/region series. */
int ew_agg_add(ew_agg *a, const ew_agg_event *e);

/* The cells, merged and sorted by (key, bucket); gaps (buckets without
 * events) are absent.  Valid until the next ew_agg_add or ew_agg_free. */
const ew_agg_cell *ew_agg_cells(ew_agg *a, size_t *n);

/* Fills *out from a stored event.  The country of an actor is its country
 * field, else the first three letters of its code when they are capitals
 * (CAMEO codes start with the country); an international or non-state
 * organisation keeps its six-letter code (IGOOSC, IGOUNO, NGOAMN...), since
 * "IGO" alone would lump the OSCE with every other organisation.
 * cbuf needs EW_AGG_CBUF bytes. */
#define EW_AGG_CBUF 16
void ew_agg_from_store(const ew_store_event *s, ew_agg_event *out, char cbuf[EW_AGG_CBUF]);

/* Adds a stored event (ew_agg_from_store, then ew_agg_add) and widens the
 * date range [*lo, *hi] to its date (*lo 0: empty range), which alerts need
 * for their first and last week; an undated event changes neither.  0, or
 * -1 when out of memory. */
int ew_agg_add_store(ew_agg *a, const ew_store_event *e, int32_t *lo, int32_t *hi);

/* One aggregation fed by a store scan, with the date range of what it saw
 * (alerts and the API's series both need it).  Start with lo = hi = 0;
 * agg is the caller's to create and free. */
typedef struct ew_agg_scan {
    ew_agg *agg;
    int32_t lo, hi;
} ew_agg_scan;

/* An ew_store_event_fn: ew_agg_add_store of e into the ew_agg_scan *scan. */
int ew_agg_scan_event(void *scan, const ew_store_event *e);

/* The bucket of a date for a period. */
int32_t ew_agg_bucket(ew_agg_period p, int32_t date);

/* The undirected dyad key of two countries or organisations into buf
 * (EW_AGG_CBUF bytes): "A-B". */
const char *ew_agg_dyad_key(const char *a, const char *b, char buf[EW_AGG_CBUF]);

#endif
