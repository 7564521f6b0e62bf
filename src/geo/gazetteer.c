/*
 * gazetteer.c -- loading and checking data/geo/gazetteer.bin, name lookup
 * (gazetteer.h; layout in scripts/build-gazetteer.py).
 *
 * The whole file is read into one buffer; every offset is checked at load
 * so that lookups can trust it (a corrupt file must fail here, not later
 * inside a worker thread).
 */
#include "geo/gazetteer.h"

#include "core/paths.h"
#include "geo/normalize.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER 64
#define PLACE_SIZE 32
#define NAME_SIZE 8

struct ew_gazetteer {
    unsigned char *buf;
    size_t len;
    const unsigned char *names; /* n_names x (u32 key, u32 place) */
    const char *pool;
    uint32_t n_places, n_names, pool_size;
    ew_geo_place *places;
    uint32_t country[26 * 26];  /* place index + 1 by alpha-2 */
    struct slot *slots;         /* hash index over keys and their word prefixes */
    uint32_t mask;
};

/* One distinct key or word-boundary prefix of a key ("bosnia" of "bosnia
 * and herzegovina").  The sorted key array alone costs ~20 cache misses per
 * binary search; on real text (two lookups per capitalised word, a 10 MB
 * table) that was a tenth of the whole pipeline's time. */
typedef struct slot {
    uint32_t hash;
    uint32_t first;     /* first name entry with this key, or one extending the prefix */
    uint32_t count;     /* entries with exactly this key (0: a prefix only) */
    uint32_t flags;     /* SLOT_PREFIX: some longer key starts with it plus a space */
} slot;

enum { SLOT_PREFIX = 1, SLOT_EMPTY = UINT32_MAX };

static uint32_t u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t u64(const unsigned char *p)
{
    return (uint64_t)u32(p) | (uint64_t)u32(p + 4) << 32;
}

static uint64_t fnv1a(const unsigned char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3ULL;
    return h;
}

/* Reason the header is unusable, or NULL. */
static const char *check_header(ew_gazetteer *g)
{
    const unsigned char *b = g->buf;
    if (g->len < HEADER)
        return "truncated (shorter than the header)";
    if (memcmp(b, "EWGAZ\0\0\1", 8))
        return "not a gazetteer file (bad magic)";
    if (u32(b + 8) != 1)
        return "unsupported gazetteer version";
    if (u64(b + 56) != g->len)
        return "truncated or extended (size in header differs)";
    g->n_places = u32(b + 12);
    g->n_names = u32(b + 16);
    g->pool_size = u32(b + 20);
    uint64_t po = u32(b + 24), no = u32(b + 28), so = u32(b + 32);
    if (po != HEADER || no != po + (uint64_t)g->n_places * PLACE_SIZE ||
        so != no + (uint64_t)g->n_names * NAME_SIZE || so + g->pool_size != g->len)
        return "section offsets do not add up";
    if (g->pool_size == 0 || b[so] != 0 || b[g->len - 1] != 0)
        return "string pool not NUL-terminated";
    if (fnv1a(b + HEADER, g->len - HEADER) != u64(b + 48))
        return "checksum mismatch (file corrupt)";
    g->names = b + no;
    g->pool = (const char *)b + so;
    return NULL;
}

static const char *str_at(const ew_gazetteer *g, uint32_t off, int *bad)
{
    if (off >= g->pool_size) {
        *bad = 1;
        return "";
    }
    return g->pool + off;
}

static const char *decode_places(ew_gazetteer *g)
{
    g->places = calloc(g->n_places ? g->n_places : 1, sizeof *g->places);
    if (!g->places)
        return "out of memory";
    int bad = 0;
    for (uint32_t i = 0; i < g->n_places; i++) {
        const unsigned char *r = g->buf + HEADER + (size_t)i * PLACE_SIZE;
        ew_geo_place *p = &g->places[i];
        p->lat = (int32_t)u32(r) / 1e5;
        p->lon = (int32_t)u32(r + 4) / 1e5;
        p->id = u32(r + 8);
        p->pop = u32(r + 12);
        p->name = str_at(g, u32(r + 16), &bad);
        p->adm1_name = str_at(g, u32(r + 20), &bad);
        p->adm1 = str_at(g, u32(r + 24), &bad);
        p->cc[0] = (char)r[28];
        p->cc[1] = (char)r[29];
        p->kind = r[30];
        p->flags = r[31];
        if (bad || p->kind < 1 || p->kind > 3 || p->lat < -90 || p->lat > 90 ||
            p->lon < -180 || p->lon > 180 || p->cc[0] < 'A' || p->cc[0] > 'Z' ||
            p->cc[1] < 'A' || p->cc[1] > 'Z')
            return "place record out of range";
        if (p->kind == EW_GEO_COUNTRY)
            g->country[(p->cc[0] - 'A') * 26 + (p->cc[1] - 'A')] = i + 1;
    }
    return NULL;
}

static const char *name_key(const ew_gazetteer *g, uint32_t i)
{
    return g->pool + u32(g->names + (size_t)i * NAME_SIZE);
}

static uint32_t hash_str(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The slot holding s[0..n), or the empty slot where it belongs. */
static slot *find_slot(const ew_gazetteer *g, const char *s, size_t n, uint32_t h)
{
    for (uint32_t i = h & g->mask;; i = (i + 1) & g->mask) {
        slot *e = &g->slots[i];
        if (e->first == SLOT_EMPTY)
            return e;
        if (e->hash != h)
            continue;
        const char *k = name_key(g, e->first);
        if (!strncmp(k, s, n) && (k[n] == 0 || k[n] == ' '))
            return e;
    }
}

/* Keys are sorted, so a key comes before the keys it is a prefix of and
 * equal keys are adjacent. */
static const char *build_index(ew_gazetteer *g)
{
    uint64_t size = 1024;
    while (size < (uint64_t)g->n_names * 3 / 2)
        size *= 2;
    if (size > ((uint64_t)1 << 31) || !(g->slots = malloc(size * sizeof *g->slots)))
        return "out of memory";
    memset(g->slots, 0xff, size * sizeof *g->slots);
    g->mask = (uint32_t)(size - 1);
    for (uint32_t i = 0; i < g->n_names; i++) {
        const char *k = name_key(g, i);
        size_t n = strlen(k);
        slot *e = find_slot(g, k, n, hash_str(k, n));
        if (e->first == SLOT_EMPTY)
            *e = (slot){hash_str(k, n), i, 0, 0};
        if (!e->count && e->flags != 0 && strcmp(name_key(g, e->first), k))
            e->first = i;   /* was a prefix slot pointing at a longer key */
        e->count++;
        for (size_t p = 0; p < n; p++) {
            if (k[p] != ' ')
                continue;
            slot *x = find_slot(g, k, p, hash_str(k, p));
            if (x->first == SLOT_EMPTY)
                *x = (slot){hash_str(k, p), i, 0, 0};
            x->flags |= SLOT_PREFIX;
        }
    }
    return NULL;
}

static const char *check_names(const ew_gazetteer *g)
{
    for (uint32_t i = 0; i < g->n_names; i++) {
        const unsigned char *r = g->names + (size_t)i * NAME_SIZE;
        if (u32(r) >= g->pool_size || u32(r + 4) >= g->n_places)
            return "name entry out of range";
        if (i && strcmp(name_key(g, i - 1), name_key(g, i)) > 0)
            return "name keys not sorted";
    }
    return NULL;
}

ew_gazetteer *ew_gaz_load_mem(const void *buf, size_t len, const char *name, ew_diag *diag)
{
    ew_gazetteer *g = calloc(1, sizeof *g);
    if (!g || !(g->buf = malloc(len ? len : 1))) {
        free(g);
        ew_diag_report(diag, EW_ERROR, name, 0, NULL, "gazetteer: out of memory");
        return NULL;
    }
    memcpy(g->buf, buf, len);
    g->len = len;
    const char *why = check_header(g);
    if (!why)
        why = decode_places(g);
    if (!why)
        why = check_names(g);
    if (!why)
        why = build_index(g);
    if (why) {
        ew_diag_report(diag, EW_ERROR, name, 0, NULL, "gazetteer refused: %s", why);
        ew_gaz_free(g);
        return NULL;
    }
    return g;
}

ew_gazetteer *ew_gaz_load(const char *path, ew_diag *diag)
{
    char def[4096];
    if (!path) {
        snprintf(def, sizeof def, "%s/geo/gazetteer.bin", ew_default_data_dir());
        path = def;
    }
    FILE *f = fopen(path, "rb");
    if (!f) { /* absent: geocoding is optional, so only a warning */
        ew_diag_report(diag, errno == ENOENT ? EW_WARN : EW_ERROR, path, 0, NULL,
                       "gazetteer: cannot open: %s; events get no location", strerror(errno));
        return NULL;
    }
    unsigned char *buf = NULL;
    long len = -1;
    if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (buf = malloc((size_t)len + 1)) && fread(buf, 1, (size_t)len, f) != (size_t)len)
        len = -1;
    fclose(f);
    ew_gazetteer *g = NULL;
    if (len < 0 || !buf)
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "gazetteer: cannot read");
    else
        g = ew_gaz_load_mem(buf, (size_t)len, path, diag);
    free(buf);
    return g;
}

void ew_gaz_free(ew_gazetteer *g)
{
    if (!g)
        return;
    free(g->places);
    free(g->slots);
    free(g->buf);
    free(g);
}

size_t ew_gaz_count(const ew_gazetteer *g)
{
    return g ? g->n_places : 0;
}

const ew_geo_place *ew_gaz_place(const ew_gazetteer *g, size_t i)
{
    return g && i < g->n_places ? &g->places[i] : NULL;
}

size_t ew_gaz_lookup(const ew_gazetteer *g, const char *key, uint32_t *out, size_t max)
{
    if (!g || !key || !*key)
        return 0;
    size_t len = strlen(key);
    const slot *e = find_slot(g, key, len, hash_str(key, len));
    if (e->first == SLOT_EMPTY)
        return 0;
    for (uint32_t i = 0; i < e->count && i < max; i++)
        out[i] = u32(g->names + (size_t)(e->first + i) * NAME_SIZE + 4);
    return e->count;
}

int ew_gaz_has_longer(const ew_gazetteer *g, const char *prefix)
{
    if (!g || !prefix)
        return 0;
    size_t n = strlen(prefix);
    const slot *e = find_slot(g, prefix, n, hash_str(prefix, n));
    return e->first != SLOT_EMPTY && (e->flags & SLOT_PREFIX);
}

const ew_geo_place *ew_gaz_country(const ew_gazetteer *g, const char *cc)
{
    if (!g || !cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
        return NULL;
    uint32_t i = g->country[(cc[0] - 'A') * 26 + (cc[1] - 'A')];
    return i ? &g->places[i - 1] : NULL;
}

const ew_geo_place *ew_gaz_country3(const ew_gazetteer *g, const char *alpha3)
{
    char k[8] = "@";
    uint32_t idx;
    if (!alpha3 || strlen(alpha3) < 3)
        return NULL;
    for (int i = 0; i < 3; i++)
        k[i + 1] = (char)(alpha3[i] >= 'A' && alpha3[i] <= 'Z' ? alpha3[i] + 32 : alpha3[i]);
    k[4] = 0;
    return ew_gaz_lookup(g, k, &idx, 1) ? ew_gaz_place(g, idx) : NULL;
}
