/*
 * fuzz_segment.c -- libFuzzer target for the text stage (UTF-8 cleaning,
 * dateline, tokenizer, sentence splitter).
 *
 * Beyond "no crash, no sanitizer report" it checks the contract callers
 * rely on: every token is non-empty valid UTF-8, its original span lies
 * inside the input and spans never go backwards.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/arena.h"
#include "text/segment.h"
#include "text/utf8.h"

static void check(int ok)
{
    if (!ok)
        __builtin_trap();
}

static void check_utf8(const char *s)
{
    size_t n = strlen(s);
    check(n > 0);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int bad;
        i += ew_utf8_decode((const unsigned char *)s + i, n - i, &cp, &bad);
        check(!bad);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_segmented seg;
    check(ew_text_segment((const char *)data, size, &seg, &a, NULL) == 0);
    uint32_t prev_end = seg.dateline_end;
    for (size_t s = 0; s < seg.n; s++) {
        const ew_sentence *x = &seg.sent[s];
        check(x->n > 0);
        for (size_t i = 0; i < x->n; i++) {
            const ew_token *t = &x->tok[i];
            uint32_t b = x->text_offset + t->start, e = x->text_offset + t->end;
            check(b >= prev_end && b < e && e <= size);
            check_utf8(t->form);
            prev_end = e;
        }
    }
    ew_arena_free(&a);
    return 0;
}
