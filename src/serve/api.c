/*
 * api.c -- opening the store read-only, the connection pool, the response
 * cache, JSON helpers and the routing of /api/... paths (see api.h).
 */
#include "serve/api_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/paths.h"

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Checks that the file is an eventwatch store and notes what it offers. */
static int probe(ew_api *api, ew_diag *diag)
{
    ew_store_reader_info info;
    if (ew_store_reader_info_get(api->conns[0].r, &info, diag))
        return -1;
    api->events = info.events;
    api->has_fts = info.has_fts;
    api->has_page_index = info.has_page_index;
    return 0;
}

static void load_extras(ew_api *api, ew_diag *diag)
{
    const char *data = api->cfg.data_dir ? api->cfg.data_dir : ew_default_data_dir();
    char path[4096];
    snprintf(path, sizeof path, "%s/regions.tsv", data ? data : "data");
    ew_diag quiet = {0};
    quiet.quiet = 1;
    api->regions = ew_regions_load(path, &quiet);
    if (api->cfg.no_explain)
        return;
    ew_pipeline_config pc = {.dict_dir = api->cfg.dict_dir, .models_dir = api->cfg.models_dir,
                             .need_models = 1};
    api->pipeline = ew_pipeline_open(&pc, diag);
}

ew_api *ew_api_open(const ew_api_config *cfg, ew_diag *diag)
{
    ew_api *api = calloc(1, sizeof *api);
    if (!api)
        return NULL;
    api->cfg = *cfg;
    api->cfg.pool = cfg->pool > 0 ? cfg->pool : 4;
    api->cfg.query_ms = cfg->query_ms > 0 ? cfg->query_ms : 2000;
    api->cfg.global_ms = cfg->global_ms > 0 ? cfg->global_ms : 20000;
    api->db_path = strdup(cfg->db_path ? cfg->db_path : "");
    api->web_dir = cfg->web_dir ? realpath(cfg->web_dir, NULL) : NULL;
    api->cfg.db_path = api->db_path;
    api->cfg.web_dir = api->web_dir;
    pthread_mutex_init(&api->lock, NULL);
    pthread_cond_init(&api->freed, NULL);
    pthread_cond_init(&api->filled, NULL);
    api->conns = calloc((size_t)api->cfg.pool, sizeof *api->conns);
    int ok = api->db_path && api->conns && (!cfg->web_dir || api->web_dir);
    if (cfg->web_dir && !api->web_dir)
        ew_diag_report(diag, EW_ERROR, cfg->web_dir, 0, NULL, "dashboard directory not found");
    for (int i = 0; ok && i < api->cfg.pool; i++, api->nconns++)
        ok = (api->conns[i].r = ew_store_reader_open(api->db_path, diag)) != NULL;
    if (ok)
        ok = probe(api, diag) == 0;
    if (!ok) {
        ew_api_close(api);
        return NULL;
    }
    load_extras(api, diag);
    return api;
}

void ew_api_close(ew_api *api)
{
    if (!api)
        return;
    for (int i = 0; i < api->cfg.pool && api->conns; i++)
        ew_store_reader_close(api->conns[i].r);
    for (int i = 0; i < EW_API_CACHE; i++) {
        free(api->cache[i].key);
        free(api->cache[i].body);
    }
    free(api->conns);
    ew_regions_free(api->regions);
    ew_pipeline_close(api->pipeline);
    pthread_mutex_destroy(&api->lock);
    pthread_cond_destroy(&api->freed);
    pthread_cond_destroy(&api->filled);
    free(api->db_path);
    free(api->web_dir);
    free(api);
}

int ew_api_has_explain(const ew_api *api)
{
    return api && api->pipeline;
}

ew_api_conn *ew_api_acquire(ew_api *api, int ms)
{
    pthread_mutex_lock(&api->lock);
    ew_api_conn *c = NULL;
    while (!c) {
        for (int i = 0; i < api->nconns && !c; i++)
            if (!api->conns[i].busy)
                c = &api->conns[i];
        if (!c)
            pthread_cond_wait(&api->freed, &api->lock);
    }
    c->busy = 1;
    pthread_mutex_unlock(&api->lock);
    ew_store_reader_deadline(c->r, now_ns() + (int64_t)ms * 1000000);
    return c;
}

void ew_api_release(ew_api *api, ew_api_conn *c)
{
    pthread_mutex_lock(&api->lock);
    c->busy = 0;
    ew_store_reader_deadline(c->r, 0);
    pthread_cond_signal(&api->freed);
    pthread_mutex_unlock(&api->lock);
}

#define EW_CACHE_TTL_NS (60LL * 1000000000)
#define EW_API_CACHE_MAX_BODY (1 << 20) /* 256 entries stay under 256 MiB */

static ew_api_cached *cache_find(ew_api *api, const char *key)
{
    for (int i = 0; i < EW_API_CACHE; i++)
        if (api->cache[i].key && !strcmp(api->cache[i].key, key))
            return &api->cache[i];
    return NULL;
}

static void cache_clear(ew_api_cached *e)
{
    free(e->key);
    free(e->body);
    memset(e, 0, sizeof *e);
}

/* Claims a slot for key as pending: its own stale entry when there is
 * one (a key is never in two slots), else the oldest entry not being
 * computed. */
static void cache_claim(ew_api *api, const char *key, ew_api_cached *stale)
{
    ew_api_cached *slot = stale;
    for (int i = 0; i < EW_API_CACHE && !stale; i++) {
        ew_api_cached *e = &api->cache[i];
        if (!e->pending && (!slot || e->at_ns < slot->at_ns))
            slot = e;
    }
    if (!slot)
        return;                   /* all busy: compute without sharing */
    cache_clear(slot);
    slot->key = strdup(key);
    slot->pending = slot->key != NULL;
}

static int cache_copy(const ew_api_cached *e, ew_api_response *out)
{
    out->body = malloc(e->len + 1);
    if (!out->body)
        return 0;
    memcpy(out->body, e->body, e->len + 1);
    out->len = e->len;
    out->status = 200;
    out->type = "application/json";
    return 1;
}

int ew_api_cache_get(ew_api *api, const char *key, ew_api_response *out)
{
    if (api->cfg.no_cache)
        return 0;
    int hit = 0;
    pthread_mutex_lock(&api->lock);
    for (;;) {
        ew_api_cached *e = cache_find(api, key);
        if (e && e->pending) {
            /* another request computes it: wait (bounded, in case it dies) */
            struct timespec until;
            clock_gettime(CLOCK_REALTIME, &until);
            until.tv_sec += api->cfg.global_ms / 1000 + 1;
            if (pthread_cond_timedwait(&api->filled, &api->lock, &until))
                break;            /* timed out: compute it ourselves */
            continue;
        }
        if (e && now_ns() - e->at_ns < EW_CACHE_TTL_NS)
            hit = cache_copy(e, out);
        else
            cache_claim(api, key, e);
        break;
    }
    pthread_mutex_unlock(&api->lock);
    return hit;
}

void ew_api_cache_put(ew_api *api, const char *key, const ew_api_response *r)
{
    if (api->cfg.no_cache)
        return;
    pthread_mutex_lock(&api->lock);
    ew_api_cached *e = cache_find(api, key);
    if (e && e->pending) {
        int keep = r->status == 200 && r->body && r->len <= EW_API_CACHE_MAX_BODY;
        free(e->body);
        e->body = keep ? malloc(r->len + 1) : NULL;
        if (e->body) {
            memcpy(e->body, r->body, r->len + 1);
            e->len = r->len;
            e->at_ns = now_ns();
            e->pending = 0;
        } else {
            cache_clear(e);
        }
    }
    pthread_cond_broadcast(&api->filled);
    pthread_mutex_unlock(&api->lock);
}

void ew_api_json(ew_api_response *out, json_t *doc)
{
    out->body = doc ? json_dumps(doc, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_REAL_PRECISION(8)) : NULL;
    json_decref(doc);
    if (!out->body) {
        ew_api_error(out, 500, "out of memory");
        return;
    }
    out->len = strlen(out->body);
    out->status = 200;
    out->type = "application/json";
}

void ew_api_error(ew_api_response *out, int status, const char *msg)
{
    json_t *o = json_object();
    json_object_set_new(o, "error", ew_api_str(msg));
    free(out->body);
    out->body = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
    json_decref(o);
    out->len = out->body ? strlen(out->body) : 0;
    out->status = status;
    out->type = "application/json";
}

void ew_api_db_error(ew_api_response *out, const ew_store_reader *r)
{
    if (ew_store_reader_timed_out(r))
        ew_api_error(out, 503, "query took too long; narrow the filters (dates, dyad, country)");
    else {
        char msg[300];
        snprintf(msg, sizeof msg, "database error: %s", ew_store_reader_errmsg(r));
        ew_api_error(out, 503, msg);
    }
}

void ew_api_response_free(ew_api_response *r)
{
    free(r->body);
    r->body = NULL;
}

json_t *ew_api_str(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    size_t n = strlen(s);
    char *fix = malloc(n + 1);
    if (!fix)
        return json_null();
    for (size_t i = 0; i <= n; i++)
        fix[i] = (unsigned char)s[i] >= 0x80 ? '?' : s[i];
    j = json_string(fix);
    free(fix);
    return j ? j : json_null();
}

json_t *ew_api_val(const ew_store_val *v)
{
    switch (v->type) {
    case EW_SV_INT: return json_integer(v->i);
    case EW_SV_REAL: return json_real(v->d);
    case EW_SV_NULL: return json_null();
    default: return ew_api_str(v->s);
    }
}

json_t *ew_api_date(int32_t d)
{
    if (d <= 0)
        return json_null();
    char b[16];
    snprintf(b, sizeof b, "%04d-%02d-%02d", d / 10000 % 10000, d / 100 % 100, d % 100);
    return json_string(b);
}

int ew_api_refuse_unknown(ew_query *q, ew_api_response *out)
{
    const char *u = ew_query_unused(q);
    if (!u)
        return 0;
    char msg[120];
    snprintf(msg, sizeof msg, "unknown parameter '%s'", u);
    ew_api_error(out, 400, msg);
    return 1;
}

typedef struct route {
    const char *path;
    void (*fn)(ew_api *, ew_query *, ew_api_response *);
} route;

static const route routes[] = {
    {"/api/events", ew_api_events},     {"/api/actors", ew_api_actors},
    {"/api/series", ew_api_series},     {"/api/alerts", ew_api_alerts},
    {"/api/mediation", ew_api_mediation}, {"/api/explain", ew_api_explain},
    {"/api/health", ew_api_health},     {"/api/dyads", ew_api_dyads},
    {NULL, NULL},
};

void ew_api_handle(ew_api *api, const char *method, const char *path, ew_query *q,
                   ew_api_response *out)
{
    memset(out, 0, sizeof *out);
    if (strcmp(method, "GET") && strcmp(method, "HEAD")) {
        ew_api_error(out, 405, "only GET and HEAD are served");
        out->allow = "GET, HEAD";
        return;
    }
    if (strncmp(path, "/api/", 5)) {
        ew_api_static(api, path, out);
        return;
    }
    for (const route *r = routes; r->path; r++)
        if (!strcmp(path, r->path)) {
            r->fn(api, q, out);
            return;
        }
    if (!strncmp(path, "/api/event/", 11)) {
        ew_api_event(api, path + 11, q, out);
        return;
    }
    ew_api_error(out, 404, "no such endpoint (see docs/api.md)");
}
