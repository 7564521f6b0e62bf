/*
 * cameo.c -- loading and looking up the CAMEO reference table (cameo.h).
 *
 * ~300 rows: a sorted array and binary search is all it needs.
 */
#include "dict/cameo.h"

#include "core/arena.h"
#include "dict/dict_lines.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ew_cameo {
    ew_arena arena;
    ew_cameo_code *v;
    size_t n, cap;
};

enum { COL_CODE, COL_NAME, COL_GOLD, COL_QUAD, COL_PLOVER, COL_MODE, NCOLS };
static const char *const col_names[NCOLS] = {"code", "name", "goldstein", "quad_class",
                                             "plover", "plover_mode"};

static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

static int code_ok(const char *c)
{
    size_t n = strlen(c);
    if (n < 2 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)c[i]))
            return 0;
    int root = (c[0] - '0') * 10 + (c[1] - '0');
    return root >= 1 && root <= 20;
}

static int cmp_code(const void *a, const void *b)
{
    return strcmp(((const ew_cameo_code *)a)->code, ((const ew_cameo_code *)b)->code);
}

static int parse_row(ew_cameo *t, char **f, int nf, const int *col, ew_cameo_code *out,
                     const char **why)
{
    for (int c = 0; c < COL_PLOVER; c++)
        if (col[c] >= nf) { *why = "missing column"; return -1; }
    const char *code = f[col[COL_CODE]];
    if (!code_ok(code)) { *why = "malformed CAMEO code"; return -1; }
    char *end;
    double g = strtod(f[col[COL_GOLD]], &end);
    if (end == f[col[COL_GOLD]] || *end || g < -10.0 || g > 10.0) {
        *why = "Goldstein value must be a number in [-10, 10]";
        return -1;
    }
    long q = strtol(f[col[COL_QUAD]], &end, 10);
    if (*end || q < 1 || q > 4) { *why = "quad class must be 1..4"; return -1; }
    memset(out, 0, sizeof *out);
    snprintf(out->code, sizeof out->code, "%s", code);
    out->name = ew_arena_strdup(&t->arena, f[col[COL_NAME]]);
    out->goldstein = g;
    out->quad_class = (int)q;
    out->plover = ew_arena_strdup(&t->arena, col[COL_PLOVER] < nf ? f[col[COL_PLOVER]] : "");
    out->plover_mode = ew_arena_strdup(&t->arena, col[COL_MODE] < nf ? f[col[COL_MODE]] : "");
    return 0;
}

static int read_header(char *line, int *col)
{
    char *f[16];
    int nf = split_tabs(line, f, 16);
    for (int c = 0; c < NCOLS; c++) {
        col[c] = 99;
        for (int i = 0; i < nf; i++)
            if (strcmp(f[i], col_names[c]) == 0)
                col[c] = i;
    }
    for (int c = 0; c < COL_PLOVER; c++)
        if (col[c] == 99)
            return -1;
    return 0;
}

ew_cameo *ew_cameo_load(const char *path, ew_diag *diag)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open CAMEO table: %s", strerror(errno));
        return NULL;
    }
    ew_cameo *t = calloc(1, sizeof *t);
    if (!t)
        abort();
    ew_arena_init(&t->arena, 0);
    char line[2048];
    long lineno = 0;
    int col[NCOLS], have_header = 0;
    while (fgets(line, sizeof line, fp)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        if (!have_header) {
            if (read_header(line, col) != 0) {
                ew_diag_report(diag, EW_ERROR, path, lineno, NULL,
                               "header must name code, name, goldstein, quad_class");
                break;
            }
            have_header = 1;
            continue;
        }
        char *f[16];
        int nf = split_tabs(line, f, 16);
        ew_cameo_code row;
        const char *why = NULL;
        if (parse_row(t, f, nf, col, &row, &why) != 0) {
            ew_diag_report(diag, EW_ERROR, path, lineno, NULL, "%s", why);
            continue;
        }
        if (t->n == t->cap) {
            t->cap = t->cap ? t->cap * 2 : 512;
            t->v = realloc(t->v, t->cap * sizeof *t->v);
            if (!t->v)
                abort();
        }
        t->v[t->n++] = row;
    }
    fclose(fp);
    if (!have_header) {
        ew_cameo_free(t);
        return NULL;
    }
    qsort(t->v, t->n, sizeof *t->v, cmp_code);
    return t;
}

void ew_cameo_free(ew_cameo *t)
{
    if (!t)
        return;
    free(t->v);
    ew_arena_free(&t->arena);
    free(t);
}

const ew_cameo_code *ew_cameo_get(const ew_cameo *t, const char *code)
{
    if (!t || !code)
        return NULL;
    ew_cameo_code key;
    snprintf(key.code, sizeof key.code, "%s", code);
    return bsearch(&key, t->v, t->n, sizeof *t->v, cmp_code);
}

const ew_cameo_code *ew_cameo_lookup(const ew_cameo *t, const char *code)
{
    char buf[8];
    if (!code)
        return NULL;
    snprintf(buf, sizeof buf, "%s", code);
    for (size_t n = strlen(buf); n >= 2; n--) {
        buf[n] = '\0';
        const ew_cameo_code *c = ew_cameo_get(t, buf);
        if (c)
            return c;
    }
    return NULL;
}

size_t ew_cameo_count(const ew_cameo *t)
{
    return t ? t->n : 0;
}

const ew_cameo_code *ew_cameo_at(const ew_cameo *t, size_t i)
{
    return t && i < t->n ? &t->v[i] : NULL;
}
