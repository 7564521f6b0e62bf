/*
 * api.h -- the JSON API and the dashboard's static files, independent of
 * the HTTP library: a request (method, path, decoded query) goes in, a
 * response (status, content type, body) comes out.  server.h puts it
 * behind libmicrohttpd; tests call it directly on a fixture database.
 * Endpoints and their parameters are documented in docs/api.md.
 *
 * The store is read through store/reader.h and store/query.h only (the
 * server sees no SQL): read-only connections, so nothing a client sends can
 * change it; values are bound, never pasted.  Every query runs under a
 * deadline of cfg.query_ms (the client then gets 503).  A small pool of
 * readers lets the server's worker threads query in parallel.
 *
 * Errors: ew_api_open reports (diag) and returns NULL when the database is
 * missing, unreadable or not an eventwatch store.  ew_api_handle never
 * fails: bad requests become 4xx responses whose JSON body is
 * {"error": "<reason naming the parameter>"}; database trouble becomes 503.
 * Ownership: ew_api_open allocates, ew_api_close frees (after every
 * request returned).  Response bodies are malloc'd and freed by
 * ew_api_response_free.  Threads: ew_api_handle may be called from any
 * number of threads at once.
 */
#ifndef EW_SERVE_API_H
#define EW_SERVE_API_H

#include <stddef.h>

#include "core/diag.h"
#include "serve/query.h"

typedef struct ew_api_config {
    const char *db_path;
    const char *web_dir;     /* dashboard files; NULL: no static files */
    const char *data_dir;    /* for regions.tsv; NULL: ew_default_data_dir() */
    const char *dict_dir, *models_dir; /* explain's pipeline; NULL: defaults */
    int pool;                /* database connections (default 4) */
    int query_ms;            /* time cap of one request's queries (default 2000) */
    int global_ms;           /* cap for whole-store aggregates, cached (default 20000) */
    int no_explain;          /* do not load the coding pipeline */
    int no_cache;            /* do not keep aggregate responses (benchmarks) */
} ew_api_config;

typedef struct ew_api ew_api;

typedef struct ew_api_response {
    int status;              /* 200, 400, 404, 405, 503 ... */
    const char *type;        /* Content-Type */
    char *body;              /* malloc'd */
    size_t len;
    int is_static;           /* a dashboard file: long-lived caching allowed */
    const char *allow;       /* for 405: the Allow header */
} ew_api_response;

ew_api *ew_api_open(const ew_api_config *cfg, ew_diag *diag);
void ew_api_close(ew_api *api);

/* 1 when the explain pipeline is loaded. */
int ew_api_has_explain(const ew_api *api);

/* Answers one request.  path is the URL path without the query string;
 * q holds the decoded query parameters. */
void ew_api_handle(ew_api *api, const char *method, const char *path, ew_query *q,
                   ew_api_response *out);

/* Fills out with a JSON error {"error": msg}. */
void ew_api_error(ew_api_response *out, int status, const char *msg);

void ew_api_response_free(ew_api_response *r);

#endif
