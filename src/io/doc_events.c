/*
 * doc_events.c -- event JSON Lines reader (doc_events.h).  One arena per
 * line, reset after the callback, so memory stays flat on big files.
 */
#include "io/doc_events.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "store/date.h"

static const char *sdup(ew_arena *a, json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    if (json_is_string(v))
        return ew_arena_strdup(a, json_string_value(v));
    if (json_is_integer(v))
        return ew_arena_printf(a, "%lld", (long long)json_integer_value(v));
    return NULL;
}

static ew_span span(json_t *spans, const char *k)
{
    json_t *v = json_object_get(spans, k);
    ew_span sp = {0, 0};
    if (json_is_array(v) && json_array_size(v) == 2) {
        json_int_t s = json_integer_value(json_array_get(v, 0));
        json_int_t e = json_integer_value(json_array_get(v, 1));
        if (s >= 0 && e >= s && e < (json_int_t)UINT32_MAX) {
            sp.start = (uint32_t)s;
            sp.end = (uint32_t)e;
        }
    }
    return sp;
}

static void actor(ew_arena *a, json_t *o, ew_event_actor *act)
{
    if (json_is_string(o)) { /* "source": "AZEGOV" shorthand */
        act->code = ew_arena_strdup(a, json_string_value(o));
        return;
    }
    act->code = sdup(a, o, "code");
    act->text = sdup(a, o, "text");
    act->country = sdup(a, o, "country");
    act->agent = sdup(a, o, "agent");
}

static int32_t date_of(json_t *v)
{
    if (json_is_integer(v)) {
        json_int_t d = json_integer_value(v);
        return d > 0 && d < 100000000 && ew_date_valid((int32_t)d) ? (int32_t)d : 0;
    }
    return json_is_string(v) ? ew_date_parse(json_string_value(v)) : 0;
}

static void location(ew_arena *a, json_t *o, ew_location *g)
{
    if (!json_is_object(o))
        return;
    json_int_t t = json_integer_value(json_object_get(o, "type"));
    g->type = t >= 1 && t <= 5 ? (int)t : 4;
    g->name = sdup(a, o, "name");
    g->country = sdup(a, o, "country");
    g->adm1 = sdup(a, o, "adm1");
    g->lat = json_number_value(json_object_get(o, "lat"));
    g->lon = json_number_value(json_object_get(o, "lon"));
    g->feature_id = (long)json_integer_value(json_object_get(o, "feature_id"));
}

/* 0 ok, else a reason for the report.  *note receives a warning for an
 * event that is kept anyway (a date that does not parse). */
static const char *fill(ew_arena *a, json_t *o, ew_event *ev, const char **note)
{
    memset(ev, 0, sizeof *ev);
    const char *code = sdup(a, o, "code");
    if (!code || !*code || strlen(code) >= sizeof ev->code)
        return "missing or bad code";
    snprintf(ev->code, sizeof ev->code, "%s", code);
    const char *root = sdup(a, o, "root");
    snprintf(ev->root, sizeof ev->root, "%.2s", root ? root : code);
    /* "date": null is how `eventwatch code` writes an undated document's
     * events; like the document readers, keep them with date 0 (unknown)
     * rather than lose them, and warn only when a date was there but bad */
    json_t *date = json_object_get(o, "date");
    ev->date = date_of(date);
    if (!ev->date && date && !json_is_null(date))
        *note = "bad date: event kept with date unknown";
    ev->doc_id = sdup(a, o, "doc_id");
    ev->sent_id = sdup(a, o, "sent_id");
    actor(a, json_object_get(o, "source"), &ev->source);
    actor(a, json_object_get(o, "target"), &ev->target);
    ev->pattern = sdup(a, o, "pattern");
    json_t *spans = json_object_get(o, "spans");
    ev->source.span = span(spans, "source");
    ev->target.span = span(spans, "target");
    ev->verb = span(spans, "verb");
    ev->sentence = sdup(a, o, "sentence");
    if (!ev->sentence)
        ev->sentence = sdup(a, o, "text");
    ev->quad_class = (int)json_integer_value(json_object_get(o, "quad_class"));
    ev->goldstein = json_number_value(json_object_get(o, "goldstein"));
    ev->plover = sdup(a, o, "plover");
    ev->dimension = sdup(a, o, "dimension");
    ev->issues = sdup(a, o, "issues");
    location(a, json_object_get(o, "location"), &ev->action_geo);
    location(a, json_object_get(o, "actor1_geo"), &ev->actor1_geo);
    location(a, json_object_get(o, "actor2_geo"), &ev->actor2_geo);
    return NULL;
}

int ew_doc_read_events(const char *path, ew_doc_event_fn fn, void *user, ew_diag *diag,
                       long *read, long *rejected)
{
    long nread = 0, nrej = 0, lineno = 0;
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open: %s", strerror(errno));
        return -1;
    }
    ew_arena a;
    ew_arena_init(&a, 0);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (!rc && (n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (n <= 1)
            continue;
        json_error_t err;
        json_t *o = json_loadb(line, (size_t)n, 0, &err);
        ew_event ev;
        const char *note = NULL;
        const char *why = json_is_object(o) ? fill(&a, o, &ev, &note) : "broken JSON";
        if (note && !why)
            ew_diag_report(diag, EW_WARN, path, lineno, ev.doc_id, "%s", note);
        if (why) {
            nrej++;
            ew_diag_report(diag, EW_ERROR, path, lineno, NULL, "%s%s%s", why,
                           json_is_object(o) ? "" : ": ", json_is_object(o) ? "" : err.text);
        } else {
            nread++;
            rc = fn(user, &ev, path, lineno);
        }
        json_decref(o);
        ew_arena_reset(&a);
    }
    free(line);
    ew_arena_free(&a);
    if (f != stdin)
        fclose(f);
    if (read) *read = nread;
    if (rejected) *rejected = nrej;
    return rc;
}
