/*
 * fuzz_geo.c -- libFuzzer target for the place matcher and the gazetteer
 * loader.
 *
 * First input byte chooses:
 *   even  the rest is document text: segmented, places found and resolved
 *         against the shipped gazetteer, locations assigned to a made-up
 *         event whose spans come from the input; checks spans, roles and
 *         confidences stay in range;
 *   odd   the rest overwrites the payload of a small valid gazetteer image
 *         whose checksum is then recomputed, so the loader's offset, range
 *         and order checks (not just the checksum) meet garbage; a loaded
 *         image must then answer lookups without reading out of bounds.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "geo/geocode.h"
#include "geo/normalize.h"
#include "text/segment.h"

static ew_gazetteer *gaz;

static void check(int ok)
{
    if (!ok)
        __builtin_trap();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    ew_diag d;
    ew_diag_init(&d);
    gaz = ew_gaz_load(EW_SOURCE_DIR "/data/geo/gazetteer.bin", &d);
    check(gaz != NULL);
    return 0;
}

static void text(const uint8_t *data, size_t size)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_segmented seg;
    if (ew_text_segment((const char *)data, size, &seg, &a, NULL) == 0) {
        ew_geo_doc d;
        ew_geo_find(gaz, &seg, NULL, &a, &d);
        for (size_t i = 0; i < d.n; i++) {
            const ew_geo_mention *m = &d.m[i];
            check(m->place && m->confidence >= 0 && m->confidence <= 1);
            check(m->role >= EW_GEO_ROLE_LOCATION && m->role <= EW_GEO_ROLE_DATELINE);
            check(m->span.start < m->span.end && m->span.end <= size);
            if (m->sent != SIZE_MAX)
                check(m->sent < seg.n && m->tok_first < m->tok_end &&
                      m->tok_end <= seg.sent[m->sent].n);
        }
        if (seg.n) {
            ew_event ev;
            memset(&ev, 0, sizeof ev);
            ev.sentence = seg.sent[0].text;
            ev.sent_id = seg.sent[0].id;
            uint32_t k = size > 3 ? data[1] | data[2] << 8 : 0;
            ev.source.span = (ew_span){k % 64, k % 64 + data[0] % 32};
            ev.target.span = (ew_span){k % 32, k % 32 + 8};
            ev.verb = (ew_span){k % 16, k % 16 + 4};
            ew_event_list list = {&ev, 1, 1};
            ew_geo_assign(gaz, &d, &seg, &list, &a);
            check(ev.action_geo.type >= 0 && ev.action_geo.type <= 5);
        }
    }
    ew_arena_free(&a);
}

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void image(const uint8_t *data, size_t size)
{
    static const char pool[] = "\0Aland\0Bville\0AA01\0aland\0bville\0";
    size_t np = 1 + size / 64, nn = 2;
    size_t len = 64 + np * 32 + nn * 8 + sizeof pool;
    unsigned char *b = calloc(1, len);
    memcpy(b, "EWGAZ\0\0\1", 8);
    put32(b + 8, 1), put32(b + 12, (uint32_t)np), put32(b + 16, (uint32_t)nn);
    put32(b + 20, sizeof pool), put32(b + 24, 64);
    put32(b + 28, (uint32_t)(64 + np * 32)), put32(b + 32, (uint32_t)(64 + np * 32 + nn * 8));
    size_t body = len - 64 - sizeof pool;
    memcpy(b + 64, data, size < body ? size : body);
    memcpy(b + len - sizeof pool, pool, sizeof pool);
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 64; i < len; i++)
        h = (h ^ b[i]) * 0x100000001b3ULL;
    put32(b + 48, (uint32_t)h), put32(b + 52, (uint32_t)(h >> 32));
    put32(b + 56, (uint32_t)len), put32(b + 60, 0);
    ew_gazetteer *g = ew_gaz_load_mem(b, len, "fuzz", NULL);
    if (g) {
        uint32_t idx[4];
        size_t n = ew_gaz_lookup(g, "aland", idx, 4);
        for (size_t i = 0; i < n && i < 4; i++)
            check(ew_gaz_place(g, idx[i]) != NULL);
        ew_gaz_has_longer(g, "a");
        ew_gaz_country(g, "AA");
        ew_gaz_free(g);
    }
    free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    if (data[0] & 1)
        image(data + 1, size - 1);
    else
        text(data + 1, size - 1);
    return 0;
}
