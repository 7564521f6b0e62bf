/*
 * suite_jsonl.c -- the JSON Lines edition of the validation suite.
 *
 * One JSON object per line:
 *   {"id", "date", "category", "text", "expected":[{"sourcecode",
 *    "targetcode","eventcode"}], "noevents", "ptb_parse", "conllu_udpipe"}
 * Only id and text are required; everything else may be absent or null.
 * Each line is parsed on its own with jansson so that one broken line is
 * reported (file:line) and skipped while the rest of the suite still loads.
 * Strings are copied into the arena and the jansson tree is dropped at once,
 * so the reader's heap use is bounded by the longest line.
 */
#include "io/suite.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct jl_ctx {
    const char *name;
    ew_suite *out;
    size_t cap;
    ew_arena *arena;
    ew_diag *diag;
} jl_ctx;

/* Arena copy of a string member; NULL when absent, null or not a string.
 * *bad is set when the member exists with a non-string, non-null type. */
static const char *get_str(ew_arena *a, json_t *obj, const char *key, int *bad)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v))
        return NULL;
    if (!json_is_string(v)) {
        *bad = 1;
        return NULL;
    }
    return ew_arena_strndup(a, json_string_value(v), json_string_length(v));
}

/* The id prefix before the last '-' ("DEMO-00" -> "DEMO"). */
static const char *category_from_id(ew_arena *a, const char *id)
{
    const char *dash = strrchr(id, '-');
    return dash ? ew_arena_strndup(a, id, (size_t)(dash - id)) : NULL;
}

static int read_expected(jl_ctx *c, json_t *arr, ew_suite_record *r,
                         long line)
{
    if (!arr || json_is_null(arr))
        return 0;
    if (!json_is_array(arr)) {
        ew_diag_report(c->diag, EW_ERROR, c->name, line, r->id,
                       "\"expected\" is not an array");
        return -1;
    }
    size_t n = json_array_size(arr);
    r->expected = ew_arena_calloc(c->arena, n ? n : 1, sizeof *r->expected);
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(arr, i);
        int bad = !json_is_object(e);
        ew_expected_coding *x = &r->expected[r->n_expected];
        if (!bad) {
            x->source = get_str(c->arena, e, "sourcecode", &bad);
            x->target = get_str(c->arena, e, "targetcode", &bad);
            x->code = get_str(c->arena, e, "eventcode", &bad);
        }
        if (bad) {
            ew_diag_report(c->diag, EW_ERROR, c->name, line, r->id,
                           "expected[%zu] is not an object of strings", i);
            return -1;
        }
        /* the suite writes {} for records that expect an error, not an
         * event (the XML has error= there): nothing to expect */
        if (x->source || x->target || x->code)
            r->n_expected++;
    }
    return 0;
}

/* Fills r from obj; returns -1 (already reported) when the record is bad. */
static int fill_record(jl_ctx *c, json_t *obj, ew_suite_record *r, long line)
{
    int bad = 0;
    r->file = c->name;
    r->line = line;
    r->id = get_str(c->arena, obj, "id", &bad);
    r->text = get_str(c->arena, obj, "text", &bad);
    if (!r->id || !r->text || bad) {
        ew_diag_report(c->diag, EW_ERROR, c->name, line, r->id,
                       "record needs string \"id\" and \"text\"");
        return -1;
    }
    const char *date = get_str(c->arena, obj, "date", &bad);
    r->date = ew_suite_parse_date(date);
    if (date && !r->date)
        ew_diag_report(c->diag, EW_WARN, c->name, line, r->id,
                       "unreadable date \"%s\" (kept as unknown)", date);
    r->category = get_str(c->arena, obj, "category", &bad);
    if (!r->category)
        r->category = category_from_id(c->arena, r->id);
    r->ptb = get_str(c->arena, obj, "ptb_parse", &bad);
    r->conllu = get_str(c->arena, obj, "conllu_udpipe", &bad);
    r->error = get_str(c->arena, obj, "error", &bad);
    json_t *ne = json_object_get(obj, "noevents");
    r->noevents = ne && json_is_true(ne);
    if (bad) {
        ew_diag_report(c->diag, EW_ERROR, c->name, line, r->id,
                       "a string field has another type");
        return -1;
    }
    return read_expected(c, json_object_get(obj, "expected"), r, line);
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return 0;
    return 1;
}

static void read_line(jl_ctx *c, const char *s, size_t n, long line)
{
    if (blank(s, n))
        return;
    json_error_t err;
    json_t *obj = json_loadb(s, n, JSON_REJECT_DUPLICATES, &err);
    if (!obj) {
        ew_diag_report(c->diag, EW_ERROR, c->name, line, NULL,
                       "bad JSON at column %d: %s", err.column, err.text);
        return;
    }
    if (!json_is_object(obj)) {
        ew_diag_report(c->diag, EW_ERROR, c->name, line, NULL,
                       "line is not a JSON object");
    } else {
        ew_suite_record *r = ew_suite_push(c->out, &c->cap, c->arena);
        if (fill_record(c, obj, r, line) != 0)
            c->out->n--; /* drop the half-filled record */
    }
    json_decref(obj);
}

int ew_suite_parse_jsonl(const char *buf, size_t len, const char *name,
                         ew_suite *out, ew_arena *arena, ew_diag *diag)
{
    jl_ctx c = {name, out, 0, arena, diag};
    out->rec = NULL;
    out->n = 0;
    long line = 1;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - buf) : len;
        read_line(&c, buf + i, end - i, line++);
        i = end + 1;
    }
    return 0;
}

int ew_suite_read_jsonl(const char *path, ew_suite *out, ew_arena *arena,
                        ew_diag *diag)
{
    FILE *f = ew_suite_open(path, out, diag);
    if (!f)
        return -1;
    jl_ctx c = {ew_arena_strdup(arena, path), out, 0, arena, diag};
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    long line = 1;
    /* streaming: a multi-gigabyte suite never has to fit in memory */
    while ((n = getline(&buf, &cap, f)) >= 0)
        read_line(&c, buf, (size_t)n, line++);
    int rc = ferror(f) ? -1 : 0;
    if (rc)
        ew_diag_report(diag, EW_ERROR, c.name, line, NULL, "read error");
    free(buf);
    fclose(f);
    return rc;
}
