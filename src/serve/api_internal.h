/*
 * api_internal.h -- what the endpoint files of src/serve share: the API
 * state, the connection pool, JSON helpers and the validated filter.
 * Not a public interface.
 */
#ifndef EW_SERVE_API_INTERNAL_H
#define EW_SERVE_API_INTERNAL_H

#include <jansson.h>
#include <pthread.h>
#include <stdint.h>

#include "analyze/regions.h"
#include "pipeline/pipeline.h"
#include "serve/api.h"
#include "store/query.h"
#include "store/reader.h"

/* A pooled read-only store connection: the server sees no SQL, only the
 * queries of store/query.h. */
typedef struct ew_api_conn {
    ew_store_reader *r;
    int busy;
} ew_api_conn;

#define EW_API_CACHE 256

typedef struct ew_api_cached {
    char *key, *body;
    size_t len;
    int64_t at_ns;
    int pending;             /* being computed by one request; others wait */
} ew_api_cached;

struct ew_api {
    ew_api_config cfg;
    char *db_path, *web_dir;
    ew_api_conn *conns;
    int nconns;
    pthread_mutex_t lock;    /* pool and cache */
    pthread_cond_t freed;
    pthread_cond_t filled;   /* a pending cache entry was filled or dropped */
    ew_api_cached cache[EW_API_CACHE];
    ew_regions *regions;
    ew_pipeline *pipeline;   /* NULL: explain unavailable */
    int has_fts;
    int has_page_index;      /* serve_events_page exists (--create-indexes) */
    long events;             /* counted at open, for /api/health */
};

/* Borrow a connection (waits when all are busy) with a deadline of ms
 * from now; give it back with ew_api_release. */
ew_api_conn *ew_api_acquire(ew_api *api, int ms);
void ew_api_release(ew_api *api, ew_api_conn *c);

/* Whole-response cache for aggregates (the store is read-only for us;
 * entries expire after a minute so a concurrent ingest shows up).  get
 * copies into out and returns 1 on a hit; on a miss it returns 0 and the
 * caller computes the response and MUST then call put with it, whatever
 * its status: the miss marks the key pending, and concurrent requests for
 * the same key wait for that one computation instead of repeating it
 * (only 200 responses are kept). */
int ew_api_cache_get(ew_api *api, const char *key, ew_api_response *out);
void ew_api_cache_put(ew_api *api, const char *key, const ew_api_response *r);

/* Sets out to 200 with the JSON document (stolen). */
void ew_api_json(ew_api_response *out, json_t *doc);
/* 503 for a failed store query: "query took too long" or the store's reason. */
void ew_api_db_error(ew_api_response *out, const ew_store_reader *r);

/* A JSON string from possibly invalid UTF-8 (bad bytes become '?'); null
 * for NULL. */
json_t *ew_api_str(const char *s);
/* A row value as JSON (string, integer, real or null). */
json_t *ew_api_val(const ew_store_val *v);
/* "YYYY-MM-DD" for a YYYYMMDD integer. */
json_t *ew_api_date(int32_t ymd);

/* Validated parameters of /api/events and friends: the store's filter
 * (fts is the FTS5 query built from q=, owned by the query). */
typedef ew_store_query ew_api_filter;

/* Reads and checks the filter parameters (those present); 0, or -1 with
 * msg (size bytes) naming the bad parameter. */
int ew_api_filter_parse(ew_query *q, ew_api_filter *f, char *msg, size_t size);
/* Date parameter: absent -> 0, invalid -> -1. */
int ew_api_date_param(ew_query *q, const char *name, int32_t *out, char *msg, size_t size);
/* Integer parameter in [lo, hi]; absent -> def. */
int ew_api_int_param(ew_query *q, const char *name, long lo, long hi, long def, long *out,
                     char *msg, size_t size);
/* "AAA-BBB" country pair. */
int ew_api_dyad_param(const char *v, char a[4], char b[4]);

/* Endpoints. */
void ew_api_events(ew_api *api, ew_query *q, ew_api_response *out);
void ew_api_event(ew_api *api, const char *id, ew_query *q, ew_api_response *out);
void ew_api_actors(ew_api *api, ew_query *q, ew_api_response *out);
void ew_api_dyads(ew_api *api, ew_query *q, ew_api_response *out);
void ew_api_series(ew_api *api, ew_query *q, ew_api_response *out);
void ew_api_alerts(ew_api *api, ew_query *q, ew_api_response *out);
void ew_api_mediation(ew_api *api, ew_query *q, ew_api_response *out);
void ew_api_explain(ew_api *api, ew_query *q, ew_api_response *out);
void ew_api_health(ew_api *api, ew_query *q, ew_api_response *out);
void ew_api_static(ew_api *api, const char *path, ew_api_response *out);

/* Refuses a request that carries a parameter nobody read (400). */
int ew_api_refuse_unknown(ew_query *q, ew_api_response *out);

#endif
