/*
 * model_io.c -- header encoding and checks for model files (see model_io.h).
 *
 * The header is encoded byte by byte rather than written as a struct so the
 * file format does not depend on the compiler's padding or the host's byte
 * order: a model trained on one machine loads on any other.
 */
#include "nlp/model_io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

uint64_t ew_model_fnv1a(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static void put_le(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int bytes)
{
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static void encode_header(unsigned char *h, const char *kind, uint32_t version,
                          const void *payload, size_t n)
{
    memset(h, 0, EW_MODEL_HEADER_SIZE);
    memcpy(h, EW_MODEL_MAGIC, 8);
    memcpy(h + 8, kind, strlen(kind));
    put_le(h + 24, version, 4);
    put_le(h + 32, n, 8);
    put_le(h + 40, ew_model_fnv1a(payload, n), 8);
}

int ew_model_write(const char *path, const char *kind, uint32_t version,
                   const void *payload, size_t n, ew_diag *diag)
{
    size_t klen = kind ? strlen(kind) : 0;
    if (klen == 0 || klen >= EW_MODEL_KIND_MAX) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "model kind must be 1..%d bytes", EW_MODEL_KIND_MAX - 1);
        return -1;
    }
    unsigned char h[EW_MODEL_HEADER_SIZE];
    encode_header(h, kind, version, payload, n);

    size_t tlen = strlen(path) + 5;
    char *tmp = malloc(tlen);
    if (!tmp)
        return -1;
    snprintf(tmp, tlen, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(h, 1, sizeof h, f) == sizeof h
             && (n == 0 || fwrite(payload, 1, n, f) == n);
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok && rename(tmp, path) != 0)
        ok = 0;
    if (!ok) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "cannot write model file: %s", strerror(errno));
        remove(tmp);
    }
    free(tmp);
    return ok ? 0 : -1;
}

/* Checks magic, kind and version; returns the payload size or -1. */
static long long check_header(const unsigned char *h, const char *path,
                              const char *kind, uint32_t version, ew_diag *diag)
{
    if (memcmp(h, EW_MODEL_MAGIC, 8) != 0) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "not an eventwatch model file (bad magic)");
        return -1;
    }
    char got[EW_MODEL_KIND_MAX + 1] = {0};
    memcpy(got, h + 8, EW_MODEL_KIND_MAX);
    if (strcmp(got, kind) != 0) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "model is a '%s' model, expected '%s'", got, kind);
        return -1;
    }
    uint32_t v = (uint32_t)get_le(h + 24, 4);
    if (v != version) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "%s model format version %u, this program reads version %u "
                       "(retrain with `eventwatch train %s`)", kind, v, version, kind);
        return -1;
    }
    uint64_t n = get_le(h + 32, 8);
    if (n > (uint64_t)1 << 40) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "implausible payload size %llu",
                       (unsigned long long)n);
        return -1;
    }
    return (long long)n;
}

/* Compares the announced payload size with the file's, before anything is
 * allocated: a damaged header must not make us ask for terabytes. */
static int size_matches(FILE *f, size_t n, const char *path, ew_diag *diag)
{
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode))
        return 1; /* not a regular file (a pipe?): let the reads decide */
    uint64_t have = (uint64_t)st.st_size - EW_MODEL_HEADER_SIZE;
    if (have < n) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "truncated model file: payload has %llu of the %zu bytes "
                       "the header announces", (unsigned long long)have, n);
        return 0;
    }
    if (have > n) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "model file has trailing bytes after its payload");
        return 0;
    }
    return 1;
}

static void *read_payload(FILE *f, const unsigned char *h, size_t n,
                          const char *path, ew_diag *diag)
{
    if (!size_matches(f, n, path, diag))
        return NULL;
    void *buf = malloc(n ? n : 1);
    if (!buf) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "out of memory (%zu bytes)", n);
        return NULL;
    }
    if (fread(buf, 1, n, f) != n) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "truncated model file: payload shorter than the %zu bytes "
                       "the header announces", n);
        free(buf);
        return NULL;
    }
    if (fgetc(f) != EOF) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "model file has trailing bytes after its payload");
        free(buf);
        return NULL;
    }
    if (ew_model_fnv1a(buf, n) != get_le(h + 40, 8)) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "model file checksum mismatch (corrupted file)");
        free(buf);
        return NULL;
    }
    return buf;
}

void *ew_model_read(const char *path, const char *kind, uint32_t version,
                    size_t *n, ew_diag *diag)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "cannot open model file: %s", strerror(errno));
        return NULL;
    }
    unsigned char h[EW_MODEL_HEADER_SIZE];
    void *buf = NULL;
    if (fread(h, 1, sizeof h, f) != sizeof h) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                       "truncated model file: shorter than the %d-byte header",
                       EW_MODEL_HEADER_SIZE);
    } else {
        long long size = check_header(h, path, kind, version, diag);
        if (size >= 0)
            buf = read_payload(f, h, (size_t)size, path, diag);
        if (buf && n)
            *n = (size_t)size;
    }
    fclose(f);
    return buf;
}
