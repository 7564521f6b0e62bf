/*
 * read_all.c -- a whole stream into memory (see read_all.h).
 */
#include "cli/read_all.h"

#include <stdlib.h>

char *ew_cli_read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap + 1);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n < cap)
            continue;
        char *b = realloc(buf, (cap *= 2) + 1); /* doubling: linear total cost */
        if (!b)
            free(buf);
        buf = b;
    }
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}
