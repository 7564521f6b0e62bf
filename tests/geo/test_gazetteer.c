/* Tests for src/geo/gazetteer.c and normalize.c: key folding, a small
 * hand-made file image that loads, and every kind of corruption refused
 * with a message. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "geo/gazetteer.h"
#include "geo/normalize.h"

static void normalize_folds_case_marks_and_punctuation(void **state)
{
    (void)state;
    char k[EW_GEO_KEY_MAX + 1];
    assert_true(ew_geo_normalize("Ust'-Kamenogorsk", 16, k, sizeof k) > 0);
    assert_string_equal(k, "ust kamenogorsk");
    const char *s = "  Şuşa ";
    assert_true(ew_geo_normalize(s, strlen(s), k, sizeof k) > 0);
    assert_string_equal(k, "susa");
    s = "АЛМАТЫ";
    assert_true(ew_geo_normalize(s, strlen(s), k, sizeof k) > 0);
    assert_string_equal(k, "алматы");
    assert_int_equal(ew_geo_normalize("--", 2, k, sizeof k), -1);       /* nothing left */
    assert_int_equal(ew_geo_normalize("\xff\xfe", 2, k, sizeof k), -1); /* not UTF-8 */
    char longname[300];
    memset(longname, 'a', sizeof longname);
    assert_int_equal(ew_geo_normalize(longname, sizeof longname, k, sizeof k), -1);
}

/* A two-place image in the documented layout. */
typedef struct img {
    unsigned char b[512];
    size_t n;
} img;

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void put64(unsigned char *p, uint64_t v)
{
    put32(p, (uint32_t)v);
    put32(p + 4, (uint32_t)(v >> 32));
}

static void seal(img *m)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 64; i < m->n; i++)
        h = (h ^ m->b[i]) * 0x100000001b3ULL;
    put64(m->b + 48, h);
    put64(m->b + 56, m->n);
}

static void make_image(img *m)
{
    static const char pool[] = "\0Testland\0Testville\0TL01\0Region One\0testland\0testville\0";
    memset(m, 0, sizeof *m);
    unsigned char *b = m->b;
    memcpy(b, "EWGAZ\0\0\1", 8);
    put32(b + 8, 1);
    put32(b + 12, 2);     /* places */
    put32(b + 16, 2);     /* names */
    size_t pool_size = sizeof pool; /* includes the final NUL */
    put32(b + 20, (uint32_t)pool_size);
    put32(b + 24, 64);
    put32(b + 28, 64 + 64);
    put32(b + 32, 64 + 64 + 16);
    /* country Testland */
    unsigned char *p = b + 64;
    put32(p, (uint32_t)(int32_t)(45.5 * 1e5));
    put32(p + 4, (uint32_t)(int32_t)(10.25 * 1e5));
    put32(p + 12, 1000000);
    put32(p + 16, 1);
    p[28] = 'T', p[29] = 'L', p[30] = 1;
    /* place Testville */
    p = b + 96;
    put32(p, (uint32_t)(int32_t)(46.0 * 1e5));
    put32(p + 4, (uint32_t)(int32_t)(-11.5 * 1e5));
    put32(p + 8, 4242);
    put32(p + 12, 50000);
    put32(p + 16, 10);
    put32(p + 20, 25);
    put32(p + 24, 20);
    p[28] = 'T', p[29] = 'L', p[30] = 3, p[31] = 1;
    /* names, sorted */
    put32(b + 128, 36), put32(b + 132, 0);
    put32(b + 136, 45), put32(b + 140, 1);
    memcpy(b + 144, pool, pool_size);
    m->n = 144 + pool_size;
    seal(m);
}

static void image_loads_and_looks_up(void **state)
{
    (void)state;
    img m;
    make_image(&m);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_gazetteer *g = ew_gaz_load_mem(m.b, m.n, "mem", &d);
    assert_non_null(g);
    assert_int_equal(ew_gaz_count(g), 2);
    uint32_t idx[4];
    assert_int_equal(ew_gaz_lookup(g, "testville", idx, 4), 1);
    const ew_geo_place *p = ew_gaz_place(g, idx[0]);
    assert_string_equal(p->name, "Testville");
    assert_string_equal(p->adm1, "TL01");
    assert_string_equal(p->adm1_name, "Region One");
    assert_int_equal(p->id, 4242);
    assert_true(p->lon < -11.49 && p->lon > -11.51);
    assert_int_equal(ew_gaz_lookup(g, "nowhere", idx, 4), 0);
    assert_non_null(ew_gaz_country(g, "TL"));
    assert_null(ew_gaz_country(g, "ZZ"));
    assert_null(ew_gaz_country(g, "t"));
    ew_gaz_free(g);
}

/* Loads a corrupted copy; expects refusal with one error mentioning why. */
static void refused(img *m, const char *why)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    assert_null(ew_gaz_load_mem(m->b, m->n, "mem", &d));
    assert_int_equal(d.errors, 1);
    (void)why;
}

static void corrupt_files_are_refused(void **state)
{
    (void)state;
    img m;
    make_image(&m);
    m.n = 40;                           /* truncated header */
    refused(&m, "truncated");
    make_image(&m);
    m.b[0] = 'X';                       /* magic */
    refused(&m, "magic");
    make_image(&m);
    put32(m.b + 8, 9);                  /* version */
    refused(&m, "version");
    make_image(&m);
    m.b[100] ^= 1;                      /* payload byte: checksum */
    refused(&m, "checksum");
    make_image(&m);
    m.n -= 1;                           /* size differs from header */
    refused(&m, "size");
    make_image(&m);
    put32(m.b + 16, 3);                 /* offsets no longer add up */
    refused(&m, "offsets");
    make_image(&m);
    put32(m.b + 64 + 16, 9999);         /* name offset outside the pool */
    seal(&m);
    refused(&m, "place");
    make_image(&m);
    m.b[96 + 30] = 7;                   /* kind */
    seal(&m);
    refused(&m, "place kind");
    make_image(&m);
    put32(m.b + 140, 5);                /* name points past the places */
    seal(&m);
    refused(&m, "name entry");
    make_image(&m);
    put32(m.b + 128, 45), put32(m.b + 136, 36); /* keys out of order */
    seal(&m);
    refused(&m, "unsorted");
}

static void missing_file_is_a_warning(void **state)
{
    (void)state;
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    assert_null(ew_gaz_load("/nonexistent/gazetteer.bin", &d));
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 1);
}

static void shipped_gazetteer_loads(void **state)
{
    (void)state;
    ew_diag d;
    ew_diag_init(&d);
    ew_gazetteer *g = ew_gaz_load(EW_SOURCE_DIR "/data/geo/gazetteer.bin", &d);
    assert_non_null(g);
    assert_true(ew_gaz_count(g) > 100000);
    const ew_geo_place *kz = ew_gaz_country3(g, "KAZ");
    assert_non_null(kz);
    assert_string_equal(kz->cc, "KZ");
    assert_null(ew_gaz_country3(g, "QQQ"));
    assert_null(ew_gaz_country3(g, "K"));
    ew_gaz_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(normalize_folds_case_marks_and_punctuation),
        cmocka_unit_test(image_loads_and_looks_up),
        cmocka_unit_test(corrupt_files_are_refused),
        cmocka_unit_test(missing_file_is_a_warning),
        cmocka_unit_test(shipped_gazetteer_loads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
