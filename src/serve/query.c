/*
 * query.c -- bounded query-string pairs (see query.h).  The parser is
 * deliberately strict: a request that a browser built from our own forms
 * never trips a limit, and anything else is answered early with a 400.
 */
#include "serve/query.h"

#include <stdio.h>
#include <string.h>

void ew_query_init(ew_query *q, ew_arena *a)
{
    memset(q, 0, sizeof *q);
    q->arena = a;
}

static int fail(ew_query *q, const char *name, const char *why)
{
    snprintf(q->error, sizeof q->error, "parameter '%.32s': %s", name ? name : "", why);
    return -1;
}

static int name_ok(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > EW_QUERY_MAX_NAME)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return 0;
    }
    return 1;
}

int ew_query_add(ew_query *q, const char *name, const char *value, size_t vlen)
{
    if (!name || !name_ok(name))
        return fail(q, "?", "bad parameter name");
    if (!value)
        value = "", vlen = 0;
    if (vlen > EW_QUERY_MAX_VALUE)
        return fail(q, name, "value too long");
    if (memchr(value, '\0', vlen))
        return fail(q, name, "NUL byte in value");
    for (size_t i = 0; i < q->n; i++)
        if (!strcmp(q->p[i].name, name))
            return fail(q, name, "given twice");
    if (q->n == EW_QUERY_MAX_PARAMS)
        return fail(q, name, "too many parameters");
    q->p[q->n].name = ew_arena_strdup(q->arena, name);
    q->p[q->n].value = ew_arena_strndup(q->arena, value, vlen);
    q->p[q->n++].used = 0;
    return 0;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes s[0..n) into out (at least n+1 bytes); returns the length or -1
 * on a broken %-escape. */
static long decode(const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+') {
            out[o++] = ' ';
        } else if (s[i] == '%') {
            int a = i + 1 < n ? hexval(s[i + 1]) : -1;
            int b = i + 2 < n ? hexval(s[i + 2]) : -1;
            if (a < 0 || b < 0)
                return -1;
            int h = a * 16 + b;
            out[o++] = (char)h;
            i += 2;
        } else {
            out[o++] = s[i];
        }
    }
    out[o] = '\0';
    return (long)o;
}

static int add_raw(ew_query *q, const char *s, size_t n)
{
    const char *eq = memchr(s, '=', n);
    size_t nl = eq ? (size_t)(eq - s) : n;
    size_t vl = eq ? n - nl - 1 : 0;
    if (nl > EW_QUERY_MAX_NAME * 3 || vl > EW_QUERY_MAX_VALUE * 3)
        return fail(q, "?", "parameter too long");
    char *name = ew_arena_alloc(q->arena, nl + 1);
    char *val = ew_arena_alloc(q->arena, vl + 1);
    long dn = decode(s, nl, name);
    long dv = eq ? decode(eq + 1, vl, val) : (val[0] = '\0', 0);
    if (dn < 0 || dv < 0)
        return fail(q, dn < 0 ? "?" : name, "bad %-escape");
    if ((size_t)dn != strlen(name))
        return fail(q, "?", "NUL byte in name");
    return ew_query_add(q, name, val, (size_t)dv);
}

int ew_query_parse(ew_query *q, const char *raw, size_t len)
{
    size_t i = 0;
    while (i < len) {
        const char *amp = memchr(raw + i, '&', len - i);
        size_t end = amp ? (size_t)(amp - raw) : len;
        if (end > i && add_raw(q, raw + i, end - i) < 0)
            return -1;
        i = end + 1;
    }
    return 0;
}

const char *ew_query_get(ew_query *q, const char *name)
{
    for (size_t i = 0; i < q->n; i++)
        if (!strcmp(q->p[i].name, name)) {
            q->p[i].used = 1;
            return q->p[i].value;
        }
    return NULL;
}

const char *ew_query_unused(const ew_query *q)
{
    for (size_t i = 0; i < q->n; i++)
        if (!q->p[i].used)
            return q->p[i].name;
    return NULL;
}
