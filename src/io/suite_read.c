/*
 * suite_read.c -- what the two suite readers share: format dispatch, the
 * growable record array, dates and option look-up (see io/suite.h).
 *
 * The format is chosen from the first non-blank byte rather than the file
 * name, because suites travel under many names (.xml, .txt, .jsonl, stdin).
 */
#include "io/suite.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* First non-blank byte of the file, or EOF. */
static int first_byte(FILE *f)
{
    int c;
    /* skip a UTF-8 byte-order mark as well as white space */
    while ((c = getc(f)) != EOF)
        if (!isspace(c) && c != 0xEF && c != 0xBB && c != 0xBF)
            break;
    return c;
}

FILE *ew_suite_open(const char *path, ew_suite *out, ew_diag *diag)
{
    out->rec = NULL;
    out->n = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open: %s", strerror(errno));
    return f;
}

int ew_suite_read(const char *path, ew_suite *out, ew_arena *arena,
                  ew_diag *diag)
{
    FILE *f = ew_suite_open(path, out, diag);
    if (!f)
        return -1;
    int c = first_byte(f);
    fclose(f);
    if (c == '<')
        return ew_suite_read_xml(path, out, arena, diag);
    return ew_suite_read_jsonl(path, out, arena, diag);
}

ew_suite_record *ew_suite_push(ew_suite *s, size_t *cap, ew_arena *arena)
{
    if (s->n == *cap) {
        /* arena memory cannot grow in place: double and copy, which keeps
         * the total waste below the final size */
        size_t ncap = *cap ? *cap * 2 : 64;
        ew_suite_record *v = ew_arena_calloc(arena, ncap, sizeof *v);
        if (s->n)
            memcpy(v, s->rec, s->n * sizeof *v);
        s->rec = v;
        *cap = ncap;
    }
    ew_suite_record *r = &s->rec[s->n++];
    memset(r, 0, sizeof *r);
    return r;
}

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

static int32_t checked_date(long y, long m, long d)
{
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    return (int32_t)(y * 10000 + m * 100 + d);
}

int32_t ew_suite_parse_date(const char *s)
{
    if (!s)
        return 0;
    size_t n = strlen(s);
    if (n == 8 && all_digits(s, 8)) {
        long v = strtol(s, NULL, 10);
        return checked_date(v / 10000, v / 100 % 100, v % 100);
    }
    if (n == 10 && all_digits(s, 4) && s[4] == '-' && all_digits(s + 5, 2)
        && s[7] == '-' && all_digits(s + 8, 2))
        return checked_date(strtol(s, NULL, 10), strtol(s + 5, NULL, 10),
                            strtol(s + 8, NULL, 10));
    if (n == 6 && all_digits(s, 6)) {
        long v = strtol(s, NULL, 10);
        long y = v / 10000;
        return checked_date(y + (y >= 50 ? 1900 : 2000), v / 100 % 100, v % 100);
    }
    return 0;
}

const char *ew_suite_option_get(const ew_suite_record *r, const char *name)
{
    /* later entries win: the array is the cumulative state in file order */
    for (size_t i = r->n_options; i-- > 0;)
        if (r->options[i].name && strcasecmp(r->options[i].name, name) == 0)
            return r->options[i].value;
    return NULL;
}
