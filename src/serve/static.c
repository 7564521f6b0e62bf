/*
 * static.c -- the dashboard's files from the web/ directory.
 *
 * Only plain paths are served: letters, digits, '.', '_', '-' and '/',
 * no "..", no hidden files, and the resolved file (symlinks followed) must
 * still lie inside web/; only known file types are sent, each with its
 * Content-Type.  Anything else is a 404, so no request can read a file
 * outside web/.
 */
#include "serve/api_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define STATIC_MAX_BYTES (16L << 20)

static const struct { const char *ext, *type; } types[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".txt", "text/plain; charset=utf-8"},
    {NULL, NULL},
};

static const char *type_of(const char *path)
{
    const char *dot = strrchr(path, '.');
    for (int i = 0; dot && types[i].ext; i++)
        if (!strcmp(dot, types[i].ext))
            return types[i].type;
    return NULL;
}

/* 1 when the URL path is one we are willing to look up. */
static int plain_path(const char *p)
{
    size_t n = strlen(p);
    if (n == 0 || n > 200 || p[0] != '/')
        return 0;
    if (strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/") != n)
        return 0;
    return !strstr(p, "/.") && !strstr(p, "//");
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    struct stat sb;
    if (!f)
        return NULL;
    char *buf = NULL;
    if (!fstat(fileno(f), &sb) && S_ISREG(sb.st_mode) && sb.st_size <= STATIC_MAX_BYTES) {
        buf = malloc((size_t)sb.st_size + 1);
        if (buf && fread(buf, 1, (size_t)sb.st_size, f) != (size_t)sb.st_size) {
            free(buf);
            buf = NULL;
        }
        if (buf) {
            buf[sb.st_size] = '\0';
            *len = (size_t)sb.st_size;
        }
    }
    fclose(f);
    return buf;
}

void ew_api_static(ew_api *api, const char *path, ew_api_response *out)
{
    if (!api->web_dir || !plain_path(path)) {
        ew_api_error(out, 404, "not found");
        return;
    }
    char full[4096];
    snprintf(full, sizeof full, "%s%s%s", api->web_dir, path,
             path[strlen(path) - 1] == '/' ? "index.html" : "");
    char *real = realpath(full, NULL);
    size_t root = strlen(api->web_dir);
    const char *type = real ? type_of(real) : NULL;
    if (!real || strncmp(real, api->web_dir, root) || real[root] != '/' || !type ||
        !(out->body = read_all(real, &out->len))) {
        free(real);
        ew_api_error(out, 404, "not found");
        return;
    }
    free(real);
    out->status = 200;
    out->type = type;
    out->is_static = 1;
}
