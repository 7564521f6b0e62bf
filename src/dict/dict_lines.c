/*
 * dict_lines.c -- line splitting and comment removal for dictionary files.
 */
#include "dict/dict_lines.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ew_dict_lines_open_mem(ew_dict_lines *r, const char *data, size_t len)
{
    memset(r, 0, sizeof *r);
    r->buf = malloc(len + 1);
    if (!r->buf)
        return -1;
    if (len)
        memcpy(r->buf, data, len);
    r->buf[len] = '\0';
    r->len = len;
    return 0;
}

int ew_dict_lines_open(ew_dict_lines *r, const char *path)
{
    memset(r, 0, sizeof *r);
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int err = ferror(f);
    fclose(f);
    if (!buf || err) {
        free(buf);
        errno = err ? EIO : ENOMEM;
        return -1;
    }
    buf[n] = '\0';
    r->buf = buf;
    r->len = n;
    return 0;
}

void ew_dict_lines_close(ew_dict_lines *r)
{
    free(r->buf);
    memset(r, 0, sizeof *r);
}

/* Removes comments from one raw line [s, e) in place, tracking <!-- -->
 * state across lines.  Returns the new end. */
static char *strip_comments(ew_dict_lines *r, char *s, char *e)
{
    char *w = s;
    char *p = s;
    int in_code = 0; /* inside [...]: "[###]" is TABARI's discard code, not a comment */
    while (p < e) {
        if (r->in_comment) {
            char *end = NULL;
            for (char *q = p; q + 2 < e; q++)
                if (q[0] == '-' && q[1] == '-' && q[2] == '>') { end = q; break; }
            if (!end)
                return w;
            r->in_comment = 0;
            p = end + 3;
            continue;
        }
        /* "<!" opens a comment too: real files contain "<! -- ... -->" */
        if (*p == '<' && p + 1 < e && p[1] == '!') {
            r->in_comment = 1;
            p += 2;
            continue;
        }
        if ((*p == '#' || *p == ';') && !in_code)
            return w;
        if (*p == '[')
            in_code = 1;
        else if (*p == ']')
            in_code = 0;
        *w++ = *p++;
    }
    return w;
}

int ew_dict_lines_next(ew_dict_lines *r, ew_dict_line *out, int *blank_out)
{
    if (blank_out)
        *blank_out = 0;
    while (r->pos < r->len) {
        char *s = r->buf + r->pos;
        char *nl = memchr(s, '\n', r->len - r->pos);
        char *e = nl ? nl : r->buf + r->len;
        r->pos = (size_t)(e - r->buf) + (nl ? 1 : 0);
        r->lineno++;
        if (e > s && e[-1] == '\r')
            e--;
        int indented = (s < e && (*s == ' ' || *s == '\t'));
        e = strip_comments(r, s, e);
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        while (s < e && (*s == ' ' || *s == '\t'))
            s++;
        if (s == e) {
            if (blank_out)
                *blank_out = 1;
            continue;
        }
        *e = '\0';
        out->text = s;
        out->len = (size_t)(e - s);
        out->indented = indented;
        out->lineno = r->lineno;
        return 1;
    }
    return 0;
}
