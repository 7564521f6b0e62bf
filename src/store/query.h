/*
 * query.h -- the read queries of the API server, answered by a store
 * reader (store/reader.h): filtered event pages, one event and its
 * mentions, actor and dyad tables, and the row scans that series, alerts
 * and mediation aggregate.
 *
 * The server validates its parameters into an ew_store_query and formats
 * the rows; which SQL answers them, with which indexes and plans, is the
 * store's business (docs/api.md lists the indexes; --create-indexes makes
 * them with ew_store_create_api_indexes).
 *
 * Rows reach a callback as typed values (ew_store_val) in the order of the
 * column-name list given with each function; the scans hand over an
 * ew_store_event with the fields analysis reads (date, countries, codes,
 * quad class, Goldstein, dimension).  Returns: 0, or -1 with the reason in
 * ew_store_reader_timed_out()/ew_store_reader_errmsg().  A callback's
 * nonzero return stops the query (-1).
 * Ownership: the filter's strings are borrowed for the call; row values
 * live only during the callback.
 */
#ifndef EW_STORE_QUERY_H
#define EW_STORE_QUERY_H

#include <stdint.h>

#include "store/reader.h"
#include "store/store.h"

/* A validated event filter.  Zero/NULL fields do not filter. */
typedef struct ew_store_query {
    int32_t from, to;        /* inclusive, YYYYMMDD */
    const char *actor;       /* start of the source or target actor code */
    const char *country;     /* source or target country */
    const char *code;        /* CAMEO code prefix */
    const char *dimension;   /* OSCE dimension */
    const char *theme;       /* one issue code */
    char dyad_a[4], dyad_b[4]; /* undirected country pair, "" none */
    int root;                /* CAMEO root 1..20, 0 none */
    int quad_mask;           /* bit q set: quad class q */
    char *fts;               /* full-text query (FTS5 syntax), NULL none */
    int limit, offset;
    int has_cursor;          /* keyset paging: rows strictly before */
    int32_t cur_date;        /* ... (cur_date, cur_id) in (date, id) order */
    int64_t cur_id;
} ew_store_query;

/* Columns of an event row, first in every event query below. */
#define EW_STORE_EVENT_NCOLS 22
extern const char *const ew_store_event_cols[EW_STORE_EVENT_NCOLS];

/* Newest-first page: rows in (date, id) descending order, at most
 * q->limit + 1 (the extra row tells the caller a next page exists), after
 * q->offset rows.  Columns: the event columns, then "sentence" (text of
 * the first mention's sentence) and "spans" (JSON text [src_start,
 * src_end, tgt_start, tgt_end, verb_start, verb_end] of that mention, or
 * null).  use_page_index: the API's page index exists (reader info). */
int ew_store_query_events(ew_store_reader *r, const ew_store_query *q, int use_page_index,
                          ew_store_row_fn fn, void *user);

/* One event by id: the event columns, then src_agent, tgt_agent,
 * geo_adm1, is_root, added.  No row (fn not called) when there is none. */
int ew_store_query_event(ew_store_reader *r, int64_t id, ew_store_row_fn fn, void *user);

/* Up to 200 mentions of an event.  Columns: doc_id, url, title,
 * news_source, date, sent_id, pattern, pattern_file, pattern_line,
 * confidence, sentence, src_start, src_end, tgt_start, tgt_end,
 * verb_start, verb_end. */
int ew_store_query_mentions(ew_store_reader *r, int64_t id, ew_store_row_fn fn, void *user);

/* The most active actors (as source or target), optionally of one
 * country.  Columns: code, name, country, events. */
int ew_store_query_actors(ew_store_reader *r, const char *country, long limit,
                          ew_store_row_fn fn, void *user);

/* The busiest undirected pairs of different real countries under q (its
 * paging fields are ignored; q->limit pairs).  Columns: a, b (a < b),
 * events, conflict (quad class 3-4), goldstein_mean. */
int ew_store_query_dyads(ew_store_reader *r, const ew_store_query *q, ew_store_row_fn fn,
                         void *user);

/* ---- scans for aggregation (date range inclusive; 0 = open) ---- */

/* Every event; coded_only: only those with a quad class. */
int ew_store_scan_all(ew_store_reader *r, int32_t from, int32_t to, int coded_only,
                      ew_store_event_fn fn, void *user);
/* Events between countries a and b, either direction. */
int ew_store_scan_dyad(ew_store_reader *r, int32_t from, int32_t to, const char *a,
                       const char *b, ew_store_event_fn fn, void *user);
/* Events with country c as source or target (each once). */
int ew_store_scan_country(ew_store_reader *r, int32_t from, int32_t to, const char *c,
                          ew_store_event_fn fn, void *user);
/* Events of one dimension; NULL: those without one. */
int ew_store_scan_dimension(ew_store_reader *r, int32_t from, int32_t to, const char *dim,
                            ew_store_event_fn fn, void *user);
/* Events with a or b on either side (each once). */
int ew_store_scan_pair(ew_store_reader *r, int32_t from, int32_t to, const char *a,
                       const char *b, ew_store_event_fn fn, void *user);

#endif
