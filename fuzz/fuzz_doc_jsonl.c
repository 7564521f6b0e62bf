/*
 * fuzz_doc_jsonl.c -- libFuzzer target for the JSON Lines document reader
 * (src/io/doc_jsonl.c): any bytes must be read without crash, leak or
 * undefined behaviour; every line is either accepted or reported.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "io/doc_reader.h"

static int take(void *user, const ew_doc *d)
{
    size_t *n = user;
    /* touch what a consumer touches */
    *n += strlen(d->text) + (d->id ? strlen(d->id) : 0) + (size_t)(d->date % 7);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ew_diag diag;
    ew_diag_init(&diag);
    diag.quiet = 1;
    ew_doc_opts opts = {.max_bytes = 4096};
    /* half the inputs with a default date: bad dates then take a dateline's
     * year from it, or the date itself (io/doc_date.c) */
    if (size && (data[0] & 1))
        opts.default_date = 20250601;
    ew_doc_stats st;
    memset(&st, 0, sizeof st);
    size_t n = 0;
    ew_doc_read_jsonl_mem((const char *)data, size, "fuzz", &opts, take, &n, &diag, &st);
    return 0;
}
