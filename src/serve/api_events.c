/*
 * api_events.c -- /api/events (filtered, paged event list), /api/event/{id}
 * (one event with every sentence behind it and the spans to highlight) and
 * /api/actors.
 *
 * Paging: rows come newest first, ordered by (date, id) descending; each
 * page carries next_cursor "YYYYMMDD_ID" of its last row, and the next
 * page is everything strictly after it, so pages neither skip nor repeat
 * rows however deep one goes (offset is accepted too, up to 10,000, for
 * jumping).  Ids are 63-bit, beyond what a JavaScript number holds
 * exactly, so they travel as strings.
 */
#include "serve/api_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_id(json_t *o, const char *name, int64_t id)
{
    char b[24];
    snprintf(b, sizeof b, "%lld", (long long)id);
    json_object_set_new(o, name, json_string(b));
}

/* The event columns (store/query.h) of a row as an object. */
static json_t *event_object(const ew_store_val *v)
{
    json_t *o = json_object();
    put_id(o, "id", v[0].i);
    json_object_set_new(o, "date", ew_api_date((int32_t)v[1].i));
    for (int i = 2; i < EW_STORE_EVENT_NCOLS; i++)
        json_object_set_new(o, ew_store_event_cols[i], ew_api_val(&v[i]));
    return o;
}

static json_t *span(const ew_store_val *v, int i)
{
    if (v[i].type == EW_SV_NULL || (int)v[i + 1].i <= (int)v[i].i)
        return json_null();
    return json_pack("[ii]", (int)v[i].i, (int)v[i + 1].i);
}

/* Sentence text and the source/target/verb spans of a mention row. */
static void put_spans(json_t *o, const ew_store_val *v, int i)
{
    json_object_set_new(o, "sentence", ew_api_val(&v[i]));
    json_t *sp = json_object();
    json_object_set_new(sp, "source", span(v, i + 1));
    json_object_set_new(sp, "target", span(v, i + 3));
    json_object_set_new(sp, "verb", span(v, i + 5));
    json_object_set_new(o, "spans", sp);
}

typedef struct page {
    const ew_api_filter *f;
    json_t *list, *doc;
    int n;
    int32_t last_date;
    int64_t last_id;
} page;

/* The spans column: JSON text of six integers, or null. */
static json_t *page_spans(const ew_store_val *v)
{
    json_t *a = v->type == EW_SV_TEXT ? json_loads(v->s, 0, NULL) : NULL;
    json_t *spans = json_object();
    const char *names[] = {"source", "target", "verb"};
    for (int k = 0; k < 3; k++) {
        json_t *x = a ? json_array_get(a, (size_t)k * 2) : NULL, *y = a ? json_array_get(a, (size_t)k * 2 + 1) : NULL;
        int ok = json_is_integer(x) && json_is_integer(y) && json_integer_value(y) > json_integer_value(x);
        json_object_set_new(spans, names[k], ok ? json_pack("[OO]", x, y) : json_null());
    }
    json_decref(a);
    return spans;
}

static int page_row(void *user, const ew_store_val *v, int n)
{
    page *p = user;
    (void)n;
    if (p->n++ == p->f->limit) { /* the extra row: there is a next page */
        char cur[48];
        snprintf(cur, sizeof cur, "%d_%lld", (int)p->last_date, (long long)p->last_id);
        json_object_set_new(p->doc, "next_cursor", json_string(cur));
        return 0;
    }
    json_t *o = event_object(v);
    json_object_set_new(o, "sentence", ew_api_val(&v[EW_STORE_EVENT_NCOLS]));
    json_object_set_new(o, "spans", page_spans(&v[EW_STORE_EVENT_NCOLS + 1]));
    json_array_append_new(p->list, o);
    p->last_date = (int32_t)v[1].i;
    p->last_id = v[0].i;
    return 0;
}

/* The end of a cached list request: doc (taken) or the store's error as
 * the response, the connection back to the pool, the response cached. */
static void answer(ew_api *api, ew_api_conn *c, int rc, json_t *doc, const char *key,
                   ew_api_response *out)
{
    if (rc != 0) {
        ew_api_db_error(out, c->r);
        json_decref(doc);
    } else {
        ew_api_json(out, doc);
    }
    ew_api_release(api, c);
    ew_api_cache_put(api, key, out);
}

/* The cache key of a filtered request: every field that shapes the answer. */
static void filter_key(const char *what, const ew_api_filter *f, char *key, size_t size)
{
    snprintf(key, size, "%s %d %d %s %s %s-%s %s %d %d %s %s %s %d %d %d %d %lld", what, (int)f->from, (int)f->to,
             f->actor ? f->actor : "", f->country ? f->country : "", f->dyad_a, f->dyad_b,
             f->code ? f->code : "", f->root, f->quad_mask, f->dimension ? f->dimension : "",
             f->theme ? f->theme : "", f->fts ? f->fts : "", f->limit, f->offset, f->has_cursor,
             (int)f->cur_date, (long long)f->cur_id);
}

void ew_api_events(ew_api *api, ew_query *q, ew_api_response *out)
{
    ew_api_filter f;
    char msg[200];
    if (ew_api_filter_parse(q, &f, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    if (f.fts && !api->has_fts) {
        ew_api_error(out, 400, "parameter 'q': this database has no full-text index");
        return;
    }
    /* pages are cached like aggregates: every open dashboard asks for
     * the same newest-first pages (60 s expiry; --no-cache turns it off) */
    char key[1024]; /* fits the longest filters: q <= 200 bytes */
    filter_key("events", &f, key, sizeof key);
    if (ew_api_cache_get(api, key, out))
        return;
    json_t *doc = json_object(), *list = json_array();
    json_object_set_new(doc, "events", list);
    ew_api_conn *c = ew_api_acquire(api, api->cfg.query_ms);
    page p = {&f, list, doc, 0, 0, 0};
    int rc = ew_store_query_events(c->r, &f, api->has_page_index, page_row, &p);
    if (rc == 0) {
        json_object_set_new(doc, "limit", json_integer(f.limit));
        json_object_set_new(doc, "offset", json_integer(f.offset));
        if (!json_object_get(doc, "next_cursor"))
            json_object_set_new(doc, "next_cursor", json_null());
    }
    answer(api, c, rc, doc, key, out);
}

/* ---- one event ---- */

static int event_row(void *user, const ew_store_val *v, int n)
{
    json_t **out = user;
    (void)n;
    *out = event_object(v);
    const char *more[] = {"src_agent", "tgt_agent", "geo_adm1", "is_root", "added"};
    for (int i = 0; i < 5; i++)
        json_object_set_new(*out, more[i], ew_api_val(&v[EW_STORE_EVENT_NCOLS + i]));
    return 0;
}

static int mention_row(void *user, const ew_store_val *v, int n)
{
    (void)n;
    const char *names[] = {"doc_id", "url", "title", "news_source", "date", "sent_id", "pattern",
                           "pattern_file", "pattern_line", "confidence"};
    json_t *o = json_object();
    for (int i = 0; i < 10; i++)
        json_object_set_new(o, names[i], i == 4 ? ew_api_date((int32_t)v[4].i) : ew_api_val(&v[i]));
    put_spans(o, v, 10);
    json_array_append_new(user, o);
    return 0;
}

void ew_api_event(ew_api *api, const char *idtext, ew_query *q, ew_api_response *out)
{
    char *end;
    long long id = strtoll(idtext, &end, 10);
    if (!*idtext || *end || id <= 0 || strspn(idtext, "0123456789") != strlen(idtext) || strlen(idtext) > 19) {
        ew_api_error(out, 400, "event id: not a number (ids are the 'id' strings of /api/events)");
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    ew_api_conn *c = ew_api_acquire(api, api->cfg.query_ms);
    json_t *ev = NULL;
    int rc = ew_store_query_event(c->r, id, event_row, &ev);
    if (rc == 0 && ev) {
        json_t *list = json_array();
        json_object_set_new(ev, "mentions", list);
        rc = ew_store_query_mentions(c->r, id, mention_row, list);
    }
    if (rc != 0) {
        ew_api_db_error(out, c->r);
        json_decref(ev);
    } else if (!ev)
        ew_api_error(out, 404, "no event with this id");
    else
        ew_api_json(out, ev);
    ew_api_release(api, c);
}

/* ---- actors ---- */

static int actor_row(void *user, const ew_store_val *v, int n)
{
    (void)n;
    json_array_append_new(user, json_pack("{s:o,s:o,s:o,s:o}", "code", ew_api_val(&v[0]), "name",
                                          ew_api_val(&v[1]), "country", ew_api_val(&v[2]),
                                          "events", ew_api_val(&v[3])));
    return 0;
}

void ew_api_actors(ew_api *api, ew_query *q, ew_api_response *out)
{
    char msg[200], key[64];
    long limit;
    const char *country = ew_query_get(q, "country");
    if (country && (strlen(country) != 3 || strspn(country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3)) {
        ew_api_error(out, 400, "parameter 'country': not a 3-letter country code (e.g. KAZ)");
        return;
    }
    if (ew_api_int_param(q, "limit", 1, 500, 100, &limit, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    snprintf(key, sizeof key, "actors %s %ld", country ? country : "-", limit);
    if (ew_api_cache_get(api, key, out))
        return;
    json_t *doc = json_object(), *list = json_array();
    json_object_set_new(doc, "actors", list);
    ew_api_conn *c = ew_api_acquire(api, api->cfg.global_ms);
    int rc = ew_store_query_actors(c->r, country, limit, actor_row, list);
    answer(api, c, rc, doc, key, out);
}

/* ---- dyads ---- */

/* The busiest undirected country pairs under the event filters, with
 * their conflict share and mean Goldstein: the dashboard's dyad table. */
static int dyad_row(void *user, const ew_store_val *v, int n)
{
    (void)n;
    char key[16];
    snprintf(key, sizeof key, "%.3s-%.3s", v[0].s ? v[0].s : "", v[1].s ? v[1].s : "");
    json_array_append_new(user, json_pack("{s:s,s:o,s:o,s:o}", "dyad", key, "events", ew_api_val(&v[2]),
                                          "conflict", ew_api_val(&v[3]), "goldstein_mean", ew_api_val(&v[4])));
    return 0;
}

void ew_api_dyads(ew_api *api, ew_query *q, ew_api_response *out)
{
    ew_api_filter f;
    char msg[200], key[1024];
    if (ew_api_filter_parse(q, &f, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (f.has_cursor || f.offset) {
        ew_api_error(out, 400, f.offset ? "parameter 'offset': not used by /api/dyads" : "parameter 'cursor': not used by /api/dyads");
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    if (!ew_query_get(q, "limit"))
        f.limit = 20;
    filter_key("dyads", &f, key, sizeof key);
    if (ew_api_cache_get(api, key, out))
        return;
    json_t *doc = json_object(), *list = json_array();
    json_object_set_new(doc, "dyads", list);
    ew_api_conn *c = ew_api_acquire(api, api->cfg.global_ms);
    int rc = ew_store_query_dyads(c->r, &f, dyad_row, list);
    answer(api, c, rc, doc, key, out);
}
