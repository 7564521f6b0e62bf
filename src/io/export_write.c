/*
 * export_write.c -- the export loop: walks the store and writes one line
 * per event in the chosen format (tables in export_format.c).
 */
#include "io/export_impl.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct writer {
    ew_store *store;
    ew_export_format fmt;
    const ew_export_col *cols;
    size_t ncols;
    FILE *out;
    long rows;
    /* Phoenix: ';'-joined distinct URLs and sources of all mentions */
    char *urls, *sources;
    size_t ulen, slen, ucap, scap;
} writer;

/* Tab-separated: tabs and line breaks become spaces so a row stays a line. */
static void put_tsv(FILE *out, const char *v)
{
    for (; v && *v; v++)
        fputc(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, out);
}

/* RFC 4180: quote when the value holds a comma, quote or line break. */
static void put_csv(FILE *out, const char *v)
{
    if (!v)
        return;
    if (!strpbrk(v, ",\"\r\n")) {
        fputs(v, out);
        return;
    }
    fputc('"', out);
    for (; *v; v++) {
        if (*v == '"')
            fputc('"', out);
        fputc(*v, out);
    }
    fputc('"', out);
}

static void put_row(writer *w, const char *const *vals)
{
    for (size_t i = 0; i < w->ncols; i++) {
        if (i)
            fputc(w->fmt == EW_EXPORT_CSV ? ',' : '\t', w->out);
        if (w->fmt == EW_EXPORT_CSV)
            put_csv(w->out, vals[i]);
        else
            put_tsv(w->out, vals[i]);
    }
    fputc('\n', w->out);
}

static void append_distinct(char **buf, size_t *len, size_t *cap, const char *v)
{
    if (!v || !*v)
        return;
    size_t n = strlen(v);
    /* distinct: skip when already in the ';'-separated list */
    for (const char *p = *buf; p && (p = strstr(p, v)); p += n)
        if ((p == *buf || p[-1] == ';') && (p[n] == ';' || !p[n]))
            return;
    if (*len + n + 2 > *cap) {
        size_t c = (*cap + n + 2) * 2;
        char *nb = realloc(*buf, c);
        if (!nb)
            return;
        *buf = nb;
        *cap = c;
    }
    if (*len)
        (*buf)[(*len)++] = ';';
    memcpy(*buf + *len, v, n + 1);
    *len += n;
}

static int gather(void *user, const ew_store_mention *m)
{
    writer *w = user;
    append_distinct(&w->urls, &w->ulen, &w->ucap, m->url);
    append_distinct(&w->sources, &w->slen, &w->scap, m->news_source);
    return 0;
}

static void set_str(json_t *o, const char *k, const char *v)
{
    if (v)
        json_object_set_new(o, k, json_string(v));
}

static json_t *actor_json(const char *code, const char *name, const char *country, const char *agent)
{
    json_t *a = json_object();
    set_str(a, "code", code);
    set_str(a, "text", name);
    set_str(a, "country", country);
    set_str(a, "agent", agent);
    return a;
}

/* A location object under key k, only when the location is set; the
 * same keys as the event writer (src/io/event_json.c), so ingest reads
 * an export back. */
static void put_geo(json_t *o, const char *k, const ew_store_geo *g)
{
    if (!g->type)
        return;
    json_t *j = json_object();
    json_object_set_new(j, "type", json_integer(g->type));
    set_str(j, "name", g->name);
    set_str(j, "country", g->country);
    set_str(j, "adm1", g->adm1);
    json_object_set_new(j, "lat", json_real(g->lat));
    json_object_set_new(j, "lon", json_real(g->lon));
    if (g->feature > 0)
        json_object_set_new(j, "feature_id", json_integer(g->feature));
    json_object_set_new(o, k, j);
}

static int put_json(writer *w, const ew_store_event *e)
{
    char date[16];
    snprintf(date, sizeof date, "%04d-%02d-%02d", e->date / 10000, e->date / 100 % 100, e->date % 100);
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(e->id));
    /* unknown date (undated document): null, as `code` writes it */
    json_object_set_new(o, "date", e->date > 0 ? json_string(date) : json_null());
    json_object_set_new(o, "source", actor_json(e->src_code, e->src_name, e->src_country, e->src_agent));
    json_object_set_new(o, "target", actor_json(e->tgt_code, e->tgt_name, e->tgt_country, e->tgt_agent));
    set_str(o, "code", e->code);
    set_str(o, "root", e->root_code);
    if (e->quad_class)
        json_object_set_new(o, "quad_class", json_integer(e->quad_class));
    if (e->has_goldstein)
        json_object_set_new(o, "goldstein", json_real(e->goldstein));
    set_str(o, "plover", e->plover);
    set_str(o, "dimension", e->dimension);
    set_str(o, "issues", e->issues);
    ew_store_geo action = {.type = e->geo_type, .name = e->geo_name, .country = e->geo_country,
                           .adm1 = e->geo_adm1, .lat = e->geo_lat, .lon = e->geo_lon,
                           .feature = e->geo_feature};
    put_geo(o, "location", &action);
    put_geo(o, "actor1_geo", &e->actor1_geo);
    put_geo(o, "actor2_geo", &e->actor2_geo);
    json_object_set_new(o, "num_mentions", json_integer(e->num_mentions));
    json_object_set_new(o, "num_sources", json_integer(e->num_sources));
    json_object_set_new(o, "num_articles", json_integer(e->num_articles));
    set_str(o, "doc_id", e->doc_id);
    set_str(o, "sent_id", e->sent_id);
    set_str(o, "url", e->url);
    set_str(o, "sentence", e->sentence);
    int rc = json_dumpf(o, w->out, JSON_COMPACT | JSON_PRESERVE_ORDER);
    fputc('\n', w->out);
    json_decref(o);
    return rc;
}

static int write_event(void *user, const ew_store_event *e)
{
    writer *w = user;
    w->rows++;
    if (w->fmt == EW_EXPORT_JSONL)
        return put_json(w, e) ? -1 : 0;
    ew_export_extra x = {0};
    if (w->fmt == EW_EXPORT_PHOENIX) {
        w->ulen = w->slen = 0;
        if (w->urls) w->urls[0] = 0;
        if (w->sources) w->sources[0] = 0;
        if (ew_store_each_mention(w->store, e->id, gather, w) < 0)
            return -1;
        x.urls = w->ulen ? w->urls : NULL;
        x.sources = w->slen ? w->sources : NULL;
    }
    const char *vals[64] = {0};
    char bufs[64][EW_EXPORT_BUF];
    for (size_t i = 0; i < w->ncols; i++)
        vals[i] = ew_export_value(e, &x, w->cols[i].field, bufs[i]);
    put_row(w, vals);
    return ferror(w->out) ? -1 : 0;
}

int ew_export_write(ew_store *s, ew_export_format f, const ew_export_opts *opts,
                    FILE *out, ew_diag *diag, long *rows)
{
    writer w = {.store = s, .fmt = f, .out = out};
    w.cols = ew_export_table(f, &w.ncols);
    if (w.cols && !(opts && opts->no_header)) {
        const char *vals[64] = {0};
        for (size_t i = 0; i < w.ncols; i++)
            vals[i] = w.cols[i].name;
        put_row(&w, vals);
    }
    int rc = ew_store_each_event(s, opts ? opts->filter : NULL, write_event, &w);
    free(w.urls);
    free(w.sources);
    if (rows)
        *rows = w.rows;
    if (rc != 0 || fflush(out) != 0 || ferror(out)) {
        if (rc >= 0)
            ew_diag_report(diag, EW_ERROR, NULL, 0, NULL, "export: write failed");
        return -1;
    }
    return 0;
}
