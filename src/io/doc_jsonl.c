/*
 * doc_jsonl.c -- JSON Lines documents (contract in doc_reader.h) and the
 * plain-text reader, plus the format dispatch.
 *
 * A line is parsed on its own, so one broken line costs one record.  Lines
 * are read with getline(), which grows its buffer as needed: an oversize
 * line is read, rejected by size, and reading resumes on the next line.
 */
#include "io/doc_impl.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "store/date.h"

static const char *str_member(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The id may be a string or a number ("id": 42). */
static const char *id_member(json_t *o, char *buf, size_t size)
{
    json_t *v = json_object_get(o, "id");
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(buf, size, "%lld", (long long)json_integer_value(v));
        return buf;
    }
    return NULL;
}

static int one_line(ew_doc_ctx *c, const char *line, size_t n, long lineno)
{
    if (n > c->max_bytes)
        return ew_doc_reject_rec(c, lineno, NULL, EW_REJ_SIZE, "document over %zu bytes", c->max_bytes);
    json_error_t err;
    json_t *o = json_loadb(line, n, JSON_REJECT_DUPLICATES, &err);
    if (!json_is_object(o)) {
        json_decref(o);
        return ew_doc_reject_rec(c, lineno, NULL, EW_REJ_SYNTAX, "broken JSON: %s", err.text);
    }
    char idbuf[32], genid[64];
    ew_doc d = {.file = c->name, .line = lineno};
    d.id = id_member(o, idbuf, sizeof idbuf);
    if (!d.id) {
        snprintf(genid, sizeof genid, "%s:%ld", c->base, lineno);
        d.id = genid;
    }
    const char *date = str_member(o, "date");
    d.date = ew_date_parse(date);
    d.text = str_member(o, "text");
    d.source = str_member(o, "source");
    if (!d.source)
        d.source = c->opts.source;
    d.url = str_member(o, "url");
    d.title = str_member(o, "title");
    d.lang = str_member(o, "lang");
    int rc;
    if (!d.text || !ew_doc_has_text(d.text))
        rc = ew_doc_reject_rec(c, lineno, d.id, EW_REJ_EMPTY, "empty text");
    else {
        if (!d.date) /* "NA", "", missing: kept, dated by the fallback rule */
            ew_doc_date_fallback(c, &d, date);
        d.text_len = strlen(d.text);
        rc = ew_doc_accept(c, &d);
    }
    json_decref(o);
    return rc;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strchr(" \t\r\n", s[i]))
            return 0;
    return 1;
}

int ew_doc_jsonl_stream(ew_doc_ctx *c, FILE *f)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int rc = 0;
    while (!rc && (n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (!blank(line, (size_t)n))
            rc = one_line(c, line, (size_t)n, lineno);
    }
    free(line);
    return rc;
}

int ew_doc_read_jsonl_mem(const char *buf, size_t n, const char *name, const ew_doc_opts *opts,
                          ew_doc_fn fn, void *user, ew_diag *diag, ew_doc_stats *stats)
{
    ew_doc_ctx c;
    ew_doc_ctx_init(&c, name, opts, fn, user, diag, stats);
    long lineno = 0;
    int rc = 0;
    for (size_t i = 0; i < n && !rc;) {
        const char *nl = memchr(buf + i, '\n', n - i);
        size_t len = nl ? (size_t)(nl - (buf + i)) : n - i;
        lineno++;
        if (!blank(buf + i, len))
            rc = one_line(&c, buf + i, len, lineno);
        i += len + 1;
    }
    return rc;
}
