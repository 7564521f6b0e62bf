/*
 * fuzz_suite_jsonl.c -- libFuzzer target for the JSON Lines suite reader
 * (jansson underneath; this fuzzes the field checks and record building).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "io/suite.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_suite s;
    ew_suite_parse_jsonl((const char *)data, size, "fuzz.jsonl", &s, &a, &d);
    for (size_t i = 0; i < s.n; i++) {
        const ew_suite_record *r = &s.rec[i];
        if (!r->id || !r->text)
            abort();
        for (size_t k = 0; k < r->n_expected; k++)
            if (!r->expected[k].source && !r->expected[k].target && !r->expected[k].code)
                abort();
    }
    ew_arena_free(&a);
    return 0;
}
