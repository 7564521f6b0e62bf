/*
 * fuzz_conllu.c -- libFuzzer target for the streaming CoNLL-U reader.
 *
 * Every accepted sentence must satisfy the reader's promises (heads in
 * range, spans inside the text) and is written back as CoNLL-U, which must
 * read again to the same number of words.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/conllu.h"

static void check(const ew_sentence *s)
{
    size_t len = s->text ? strlen(s->text) : 0;
    for (size_t i = 0; i < s->n; i++) {
        const ew_token *t = &s->tok[i];
        if (t->head < -1 || t->head > (int32_t)s->n || t->start > t->end || t->end > len)
            abort();
    }
}

static void round_trip(const ew_sentence *s, ew_arena *a)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return;
    ew_conllu_write(f, s);
    fclose(f);
    ew_sentence *t = ew_conllu_parse(buf, len, a, NULL, "rt", 1);
    /* forms with a space or odd ids may not survive; a survivor must match */
    if (t && t->n != s->n)
        abort();
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_conllu_reader r;
    ew_conllu_open_mem(&r, (const char *)data, size, "fuzz", 0, &d);
    ew_sentence *s;
    while (ew_conllu_next(&r, &a, &s) == 1) {
        check(s);
        round_trip(s, &a);
    }
    ew_conllu_close(&r);
    ew_arena_free(&a);
    return 0;
}
