/*
 * regions.c -- the country -> region table.  ~100 rows: a sorted array and
 * bsearch are all it needs.
 */
#include "analyze/regions.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct row {
    char code[4];
    int osce;
    char *region;
} row;

struct ew_regions {
    row *v;
    size_t n;
};

static int cmp_row(const void *a, const void *b)
{
    return strcmp(((const row *)a)->code, ((const row *)b)->code);
}

static int parse_line(char *line, row *out)
{
    char *code = strtok(line, "\t\r\n");
    char *region = strtok(NULL, "\t\r\n");
    char *osce = strtok(NULL, "\t\r\n");
    if (!code || !region || strlen(code) != 3)
        return -1;
    memcpy(out->code, code, 4);
    out->osce = osce && *osce == '1';
    out->region = strdup(region);
    return out->region ? 0 : -1;
}

ew_regions *ew_regions_load(const char *path, ew_diag *diag)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open region table: %s", strerror(errno));
        return NULL;
    }
    ew_regions *r = calloc(1, sizeof *r);
    size_t cap = 0;
    char buf[512];
    long lineno = 0;
    while (r && fgets(buf, sizeof buf, f)) {
        lineno++;
        if (buf[0] == '#' || buf[0] == '\n')
            continue;
        if (r->n == cap) {
            cap = cap ? cap * 2 : 128;
            row *nv = realloc(r->v, cap * sizeof *nv);
            if (!nv)
                break;
            r->v = nv;
        }
        if (parse_line(buf, &r->v[r->n]) == 0)
            r->n++;
        else
            ew_diag_report(diag, EW_ERROR, path, lineno, NULL, "expected CODE<TAB>REGION[<TAB>OSCE]");
    }
    fclose(f);
    if (r && r->n)
        qsort(r->v, r->n, sizeof *r->v, cmp_row);
    return r;
}

void ew_regions_free(ew_regions *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].region);
    free(r->v);
    free(r);
}

static const row *find(const ew_regions *r, const char *country)
{
    if (!r || !r->n || !country || strlen(country) < 3)
        return NULL;
    row key = {.osce = 0}; /* only the code is compared */
    memcpy(key.code, country, 3);
    key.code[3] = 0;
    return bsearch(&key, r->v, r->n, sizeof *r->v, cmp_row);
}

const char *ew_regions_of(const ew_regions *r, const char *country)
{
    const row *x = find(r, country);
    return x ? x->region : "Other";
}

int ew_regions_is_osce(const ew_regions *r, const char *country)
{
    const row *x = find(r, country);
    return x && x->osce;
}
