/*
 * event_json.c -- hand-written JSON Lines writer for events (event_json.h).
 *
 * Hand-written rather than through jansson because it is the hot output
 * path (one object per event at tens of thousands of sentences a second)
 * and because a fixed field order is part of the format.
 */
#include "io/event_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ew_jbuf_free(ew_jbuf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

void ew_jbuf_put(ew_jbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            abort();    /* as ew_arena: no recovery from malloc failure */
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void puts_(ew_jbuf *b, const char *s)
{
    ew_jbuf_put(b, s, strlen(s));
}

void ew_json_string(ew_jbuf *b, const char *s)
{
    if (!s) {
        puts_(b, "null");
        return;
    }
    ew_jbuf_put(b, "\"", 1);
    const char *run = s;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        const char *esc = NULL;
        char u[8];
        switch (*p) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\t': esc = "\\t"; break;
        case '\r': esc = "\\r"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
            if (*p < 0x20) {
                snprintf(u, sizeof u, "\\u%04x", *p);
                esc = u;
            }
        }
        if (!esc)
            continue;
        ew_jbuf_put(b, run, (size_t)((const char *)p - run));
        puts_(b, esc);
        run = (const char *)p + 1;
    }
    puts_(b, run);
    ew_jbuf_put(b, "\"", 1);
}

static void span(ew_jbuf *b, ew_span s)
{
    char t[48];
    if (s.end <= s.start)
        puts_(b, "null");
    else {
        snprintf(t, sizeof t, "[%u,%u]", s.start, s.end);
        puts_(b, t);
    }
}

static void actor(ew_jbuf *b, const ew_event_actor *a)
{
    puts_(b, "{\"code\":");
    ew_json_string(b, a->code ? a->code : "---");
    puts_(b, ",\"text\":");
    ew_json_string(b, a->text);
    puts_(b, "}");
}

static void date(ew_jbuf *b, int d)
{
    char t[32];
    if (d <= 0) {
        puts_(b, "null");
        return;
    }
    snprintf(t, sizeof t, "\"%04d-%02d-%02d\"", d / 10000, d / 100 % 100, d % 100);
    puts_(b, t);
}

/* Fields added by the pipeline's enrichment stage (src/enrich): written
 * only for enriched events, so pre-parsed coding output is unchanged. */
static void enrichment(ew_jbuf *b, const ew_event *e)
{
    char t[128];
    snprintf(t, sizeof t, ",\"quad_class\":%d,\"goldstein\":%.1f,\"plover\":",
             e->quad_class, e->goldstein);
    puts_(b, t);
    ew_json_string(b, e->plover);
    puts_(b, ",\"dimension\":");
    ew_json_string(b, e->dimension);
    puts_(b, ",\"issues\":[");
    const char *p = e->issues;
    for (int first = 1; p && *p; first = 0) {
        const char *semi = strchr(p, ';');
        size_t n = semi ? (size_t)(semi - p) : strlen(p);
        char code[64];
        snprintf(code, sizeof code, "%.*s", (int)(n < 63 ? n : 63), p);
        if (!first)
            puts_(b, ",");
        ew_json_string(b, code);
        p = semi ? semi + 1 : p + n;
    }
    puts_(b, "],\"sentence\":");
    ew_json_string(b, e->sentence);
    snprintf(t, sizeof t, ",\"sentence_offset\":%u", e->sentence_offset);
    puts_(b, t);
    if (e->pattern_file) {
        puts_(b, ",\"pattern_at\":");
        char at[600];
        /* the file name only: output must not depend on where data/ lives */
        const char *base = strrchr(e->pattern_file, '/');
        snprintf(at, sizeof at, "%s:%ld", base ? base + 1 : e->pattern_file, e->pattern_line);
        ew_json_string(b, at);
    }
}

/* A GDELT-style location object (src/geo): written only when set. */
static void location(ew_jbuf *b, const char *field, const ew_location *g)
{
    char t[200];
    if (g->type <= 0)
        return;
    snprintf(t, sizeof t, ",\"%s\":{\"type\":%d,\"name\":", field, g->type);
    puts_(b, t);
    ew_json_string(b, g->name);
    puts_(b, ",\"country\":");
    ew_json_string(b, g->country);
    puts_(b, ",\"adm1\":");
    ew_json_string(b, g->adm1);
    snprintf(t, sizeof t, ",\"lat\":%.5f,\"lon\":%.5f,\"feature_id\":%ld,\"confidence\":%.2f,\"span\":",
             g->lat, g->lon, g->feature_id, g->confidence);
    puts_(b, t);
    span(b, g->span);
    puts_(b, "}");
}

void ew_event_json(ew_jbuf *b, const ew_event *e)
{
    puts_(b, "{\"doc_id\":");
    ew_json_string(b, e->doc_id);
    puts_(b, ",\"sent_id\":");
    ew_json_string(b, e->sent_id);
    puts_(b, ",\"date\":");
    date(b, e->date);
    puts_(b, ",\"source\":");
    actor(b, &e->source);
    puts_(b, ",\"target\":");
    actor(b, &e->target);
    puts_(b, ",\"code\":");
    ew_json_string(b, e->code);
    puts_(b, ",\"root\":");
    ew_json_string(b, e->root[0] ? e->root : NULL);
    puts_(b, ",\"pattern\":");
    ew_json_string(b, e->pattern);
    puts_(b, ",\"spans\":{\"source\":");
    span(b, e->source.span);
    puts_(b, ",\"target\":");
    span(b, e->target.span);
    puts_(b, ",\"verb\":");
    span(b, e->verb);
    puts_(b, "}");
    if (e->quad_class > 0)
        enrichment(b, e);
    location(b, "location", &e->action_geo); /* ActionGeo; "location" is what ingest reads */
    location(b, "actor1_geo", &e->actor1_geo);
    location(b, "actor2_geo", &e->actor2_geo);
    puts_(b, "}\n");
}

void ew_json_write_string(FILE *out, const char *s)
{
    ew_jbuf b = {0};
    ew_json_string(&b, s);
    fwrite(b.p, 1, b.n, out);
    ew_jbuf_free(&b);
}

int ew_event_json_write(FILE *out, const ew_event *e)
{
    ew_jbuf b = {0};
    ew_event_json(&b, e);
    size_t w = fwrite(b.p, 1, b.n, out);
    int rc = w == b.n ? 0 : -1;
    ew_jbuf_free(&b);
    return rc;
}
