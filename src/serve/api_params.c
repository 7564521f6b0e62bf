/*
 * api_params.c -- validation of the API's query parameters.  Each value is
 * checked against the narrowest shape it can have (dates are real dates,
 * country codes three capitals, CAMEO codes two to four digits ...), so a
 * mistyped request gets a 400 naming the parameter instead of an empty
 * result, and nothing odd ever reaches SQL (which binds values anyway).
 */
#include "serve/api_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/date.h"

static int bad(char *msg, size_t size, const char *name, const char *why)
{
    snprintf(msg, size, "parameter '%s': %s", name, why);
    return -1;
}

int ew_api_date_param(ew_query *q, const char *name, int32_t *out, char *msg, size_t size)
{
    const char *v = ew_query_get(q, name);
    *out = 0;
    if (!v)
        return 0;
    size_t n = strlen(v);
    if ((n != 10 && n != 8) || !(*out = ew_date_parse(v)))
        return bad(msg, size, name, "not a date (YYYY-MM-DD)");
    return 0;
}

int ew_api_int_param(ew_query *q, const char *name, long lo, long hi, long def, long *out,
                     char *msg, size_t size)
{
    const char *v = ew_query_get(q, name);
    *out = def;
    if (!v)
        return 0;
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (!*v || *end || errno || !isdigit((unsigned char)v[0]) || x < lo || x > hi) {
        char why[80];
        snprintf(why, sizeof why, "not an integer between %ld and %ld", lo, hi);
        return bad(msg, size, name, why);
    }
    *out = x;
    return 0;
}

/* 1 when every byte of v is in the set and the length fits. */
static int shape(const char *v, const char *set, size_t lo, size_t hi)
{
    size_t n = strlen(v);
    return n >= lo && n <= hi && strspn(v, set) == n;
}

#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"

int ew_api_dyad_param(const char *v, char a[4], char b[4])
{
    if (strlen(v) != 7 || v[3] != '-')
        return -1;
    memcpy(a, v, 3);
    memcpy(b, v + 4, 3);
    a[3] = b[3] = '\0';
    return shape(a, UPPER, 3, 3) && shape(b, UPPER, 3, 3) ? 0 : -1;
}

/* Builds an FTS5 query that matches sentences containing every word of q:
 * each word becomes a quoted string, so FTS syntax typed by a user can
 * neither fail nor do anything but search. */
static char *fts_query(ew_query *q, const char *v)
{
    size_t n = strlen(v);
    char *out = ew_arena_alloc(q->arena, n * 2 + 8), *o = out;
    const char *s = v;
    while (*s) {
        while (*s && (isspace((unsigned char)*s) || *s == '"'))
            s++;
        if (!*s)
            break;
        if (o > out)
            *o++ = ' ';
        *o++ = '"';
        while (*s && !isspace((unsigned char)*s)) {
            if (*s != '"')
                *o++ = *s;
            s++;
        }
        *o++ = '"';
    }
    *o = '\0';
    return o > out ? out : NULL;
}

static int parse_quad(const char *v, int *mask)
{
    *mask = 0;
    for (const char *s = v; *s; s++) {
        if (*s >= '1' && *s <= '4')
            *mask |= 1 << (*s - '0');
        else if (*s != ',')
            return -1;
    }
    return *mask ? 0 : -1;
}

static int parse_cursor(const char *v, ew_api_filter *f)
{
    char *end;
    errno = 0;
    long d = strtol(v, &end, 10);
    if (*end != '_' || !ew_date_valid((int32_t)d) || !isdigit((unsigned char)end[1]))
        return -1;
    long long id = strtoll(end + 1, &end, 10);
    if (*end || errno || id < 0)
        return -1;
    f->has_cursor = 1;
    f->cur_date = (int32_t)d;
    f->cur_id = id;
    return 0;
}

static int strings(ew_query *q, ew_api_filter *f, char *msg, size_t size)
{
    const char *v;
    if ((v = ew_query_get(q, "actor")) && !shape(v, UPPER DIGITS, 2, 32))
        return bad(msg, size, "actor", "not an actor code (capitals and digits, e.g. KAZGOV)");
    f->actor = v;
    if ((v = ew_query_get(q, "country")) && !shape(v, UPPER, 3, 3))
        return bad(msg, size, "country", "not a 3-letter country code (e.g. KAZ)");
    f->country = v;
    if ((v = ew_query_get(q, "dyad")) && ew_api_dyad_param(v, f->dyad_a, f->dyad_b))
        return bad(msg, size, "dyad", "not a country pair AAA-BBB (e.g. ARM-AZE)");
    if ((v = ew_query_get(q, "code")) && !shape(v, DIGITS, 2, 4))
        return bad(msg, size, "code", "not a CAMEO code (2 to 4 digits, e.g. 043)");
    f->code = v;
    if ((v = ew_query_get(q, "dimension")) && !shape(v, "abcdefghijklmnopqrstuvwxyz-", 1, 40))
        return bad(msg, size, "dimension", "not a dimension (politico-military, economic-environmental, human)");
    f->dimension = v;
    if ((v = ew_query_get(q, "theme")) && !shape(v, UPPER DIGITS "abcdefghijklmnopqrstuvwxyz_-", 1, 40))
        return bad(msg, size, "theme", "not a theme code (letters, digits, _ and -)");
    f->theme = v;
    return 0;
}

int ew_api_filter_parse(ew_query *q, ew_api_filter *f, char *msg, size_t size)
{
    memset(f, 0, sizeof *f);
    long x;
    const char *v;
    if (ew_api_date_param(q, "from", &f->from, msg, size) ||
        ew_api_date_param(q, "to", &f->to, msg, size) || strings(q, f, msg, size))
        return -1;
    if (ew_api_int_param(q, "root", 1, 20, 0, &x, msg, size))
        return -1;
    f->root = (int)x;
    if ((v = ew_query_get(q, "quad")) && parse_quad(v, &f->quad_mask))
        return bad(msg, size, "quad", "not a list of QuadClasses 1-4 (e.g. 3,4)");
    if ((v = ew_query_get(q, "q"))) {
        if (strlen(v) > 200)
            return bad(msg, size, "q", "longer than 200 bytes");
        f->fts = fts_query(q, v);
        if (!f->fts)
            return bad(msg, size, "q", "no words to search for");
    }
    if (ew_api_int_param(q, "limit", 1, 500, 50, &x, msg, size))
        return -1;
    f->limit = (int)x;
    if (ew_api_int_param(q, "offset", 0, 10000, 0, &x, msg, size))
        return -1;
    f->offset = (int)x;
    if ((v = ew_query_get(q, "cursor")) && parse_cursor(v, f))
        return bad(msg, size, "cursor", "not a cursor from a previous page (next_cursor)");
    if (f->from && f->to && f->from > f->to)
        return bad(msg, size, "to", "before 'from'");
    return 0;
}
