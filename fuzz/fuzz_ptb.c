/*
 * fuzz_ptb.c -- libFuzzer target for the Penn Treebank reader and the
 * conversion to dependencies.
 *
 * Input: "<tree>\n<raw text>" -- the part after the first newline, when
 * there is one, is used as the raw sentence for span alignment, so the
 * aligner is fuzzed as well.  A converted sentence is also written as
 * CoNLL-U (to a null stream) and its tree invariants are checked.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/conllu.h"
#include "io/ptb.h"

static FILE *sink(void)
{
    static FILE *f;
    if (!f)
        f = fopen("/dev/null", "w");
    return f;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    char *buf = ew_arena_strndup(&a, (const char *)data, size);
    char *nl = strchr(buf, '\n');
    const char *text = NULL;
    if (nl) {
        *nl = '\0';
        text = nl + 1;
    }
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_ptb_node *root = ew_ptb_parse(buf, &a, &d, "fuzz", 1, NULL);
    if (root) {
        ew_sentence *s = ew_ptb_to_sentence(root, text, &a, &d);
        if (s) {
            size_t len = text ? strlen(text) : 0;
            int roots = 0;
            for (size_t i = 0; i < s->n; i++) {
                const ew_token *t = &s->tok[i];
                if (t->head < 0 || t->head > (int32_t)s->n || t->start > t->end
                    || t->end > len)
                    abort();
                roots += t->head == 0;
            }
            if (roots != 1)
                abort();
            if (sink())
                ew_conllu_write(sink(), s);
        }
    }
    ew_arena_free(&a);
    return 0;
}
