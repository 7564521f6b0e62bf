/*
 * fuzz_suite_xml.c -- libFuzzer target for the PETRARCH XML suite reader
 * (libxml2 underneath; this fuzzes our walk over whatever tree it builds,
 * including recovery-mode trees).
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
    ew_suite_parse_xml((const char *)data, size, "fuzz.xml", &s, &a, &d);
    for (size_t i = 0; i < s.n; i++) {
        const ew_suite_record *r = &s.rec[i];
        if (!r->id || (!r->text && !r->ptb) || !r->date)
            abort();
        ew_suite_option_get(r, "require_dyad");
    }
    ew_arena_free(&a);
    return 0;
}
