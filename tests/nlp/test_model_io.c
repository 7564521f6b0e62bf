/* Tests for src/nlp/model_io.c: round trip and every refusal, each message
 * naming the file. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "nlp/model_io.h"

typedef struct capture {
    char file[512];
    char msg[1024];
} capture;

static void capture_fn(void *user, ew_severity sev, const char *file, long line,
                       const char *record, const char *msg)
{
    (void)sev; (void)line; (void)record;
    capture *c = user;
    snprintf(c->file, sizeof c->file, "%s", file ? file : "");
    snprintf(c->msg, sizeof c->msg, "%s", msg);
}

static char path[256];

static void setup_diag(ew_diag *d, capture *c)
{
    ew_diag_init(d);
    memset(c, 0, sizeof *c);
    d->fn = capture_fn;
    d->user = c;
}

static void write_sample(void)
{
    snprintf(path, sizeof path, "/tmp/ew_model_io_%d.bin", (int)getpid());
    const char payload[] = "weights and more weights";
    assert_int_equal(ew_model_write(path, "tagger", 3, payload, sizeof payload, NULL), 0);
}

static void expect_refusal(const char *kind, uint32_t version, const char *needle)
{
    ew_diag d;
    capture c;
    setup_diag(&d, &c);
    size_t n = 0;
    void *p = ew_model_read(path, kind, version, &n, &d);
    assert_null(p);
    assert_int_equal(d.errors, 1);
    assert_string_equal(c.file, path);
    assert_non_null(strstr(c.msg, needle));
}

static void round_trip(void **state)
{
    (void)state;
    write_sample();
    size_t n = 0;
    char *p = ew_model_read(path, "tagger", 3, &n, NULL);
    assert_non_null(p);
    assert_int_equal(n, sizeof "weights and more weights");
    assert_string_equal(p, "weights and more weights");
    free(p);
    unlink(path);
}

static void refuses_wrong_kind_and_version(void **state)
{
    (void)state;
    write_sample();
    expect_refusal("parser", 3, "expected 'parser'");
    expect_refusal("tagger", 4, "version 3");
    unlink(path);
}

static void patch_byte(long off, int value)
{
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, off, SEEK_SET);
    fputc(value, f);
    fclose(f);
}

static void refuses_bad_checksum_and_magic(void **state)
{
    (void)state;
    write_sample();
    patch_byte(EW_MODEL_HEADER_SIZE + 2, 'X');
    expect_refusal("tagger", 3, "checksum");
    patch_byte(0, 'Z');
    expect_refusal("tagger", 3, "magic");
    unlink(path);
}

static void refuses_truncated(void **state)
{
    (void)state;
    write_sample();
    assert_int_equal(truncate(path, EW_MODEL_HEADER_SIZE + 4), 0);
    expect_refusal("tagger", 3, "truncated");
    assert_int_equal(truncate(path, 10), 0);
    expect_refusal("tagger", 3, "truncated");
    unlink(path);
}

static void refuses_trailing_bytes(void **state)
{
    (void)state;
    write_sample();
    FILE *f = fopen(path, "ab");
    assert_non_null(f);
    fputs("extra", f);
    fclose(f);
    expect_refusal("tagger", 3, "trailing");
    unlink(path);
}

static void refuses_missing(void **state)
{
    (void)state;
    snprintf(path, sizeof path, "/tmp/ew_model_io_missing_%d.bin", (int)getpid());
    expect_refusal("tagger", 3, "cannot open");
}

static void refuses_bad_kind_on_write(void **state)
{
    (void)state;
    ew_diag d;
    capture c;
    setup_diag(&d, &c);
    assert_int_equal(ew_model_write("/tmp/x.bin", "a-kind-name-that-is-too-long", 1, "", 0, &d), -1);
    assert_int_equal(d.errors, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(refuses_wrong_kind_and_version),
        cmocka_unit_test(refuses_bad_checksum_and_magic),
        cmocka_unit_test(refuses_truncated),
        cmocka_unit_test(refuses_trailing_bytes),
        cmocka_unit_test(refuses_missing),
        cmocka_unit_test(refuses_bad_kind_on_write),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
