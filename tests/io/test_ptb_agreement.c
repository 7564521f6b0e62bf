/* Agreement of the PTB->UD converter with the UDPipe parses shipped in the
 * shared suite (unit-tests.jsonl): UAS and LAS (UD v2 base relations) over
 * the records whose token counts match.  UDPipe is not gold: this is a
 * sanity figure with a floor, so that a regression in the head rules shows.
 * Prints the figures; skips when EW_SHARED is unset. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "io/conllu.h"
#include "io/ptb.h"
#include "io/suite.h"

#include "io_fixture.h"

typedef struct tally {
    size_t records, compared, tokens, uas, las, las_full;
    size_t head_miss[EW_REL_COUNT];            /* by our relation */
    size_t confusion[EW_REL_COUNT][EW_REL_COUNT]; /* [ours][udpipe] */
} tally;

static void compare(tally *t, const ew_sentence *a, const ew_sentence *b)
{
    for (size_t i = 0; i < a->n; i++) {
        const ew_token *x = &a->tok[i], *y = &b->tok[i];
        t->tokens++;
        if (x->head != y->head) {
            t->head_miss[x->rel]++;
            continue;
        }
        t->uas++;
        t->confusion[x->rel][y->rel]++;
        if (x->rel == y->rel) {
            t->las++;
            char l1[64], l2[64];
            t->las_full += strcmp(ew_rel_label(x, l1, 64), ew_rel_label(y, l2, 64)) == 0;
        }
    }
}

static void agreement_with_udpipe(void **state)
{
    (void)state;
    char path[4096];
    io_shared(path, sizeof path, "petrarch2/unit-tests.jsonl");
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 1); /* the two ERROR-* records are expected to be rejected */
    ew_suite s;
    assert_int_equal(ew_suite_read(path, &s, &a, &d), 0);
    static tally t;
    size_t rejected = 0;
    memset(&t, 0, sizeof t);
    for (size_t i = 0; i < s.n; i++) {
        const ew_suite_record *r = &s.rec[i];
        if (!r->ptb || !r->conllu)
            continue;
        t.records++;
        ew_ptb_node *root = ew_ptb_parse(r->ptb, &a, &d, r->file, r->line, r->id);
        if (!root) {
            /* the ERROR-* records carry deliberately broken trees */
            assert_string_equal(r->category, "ERROR");
            rejected++;
            continue;
        }
        ew_sentence *ours = ew_ptb_to_sentence(root, r->text, &a, &d);
        ew_sentence *ud = ew_conllu_parse(r->conllu, strlen(r->conllu), &a, &d,
                                          r->file, r->line);
        assert_non_null(ours);
        assert_non_null(ud);
        if (ours->n == ud->n) {
            t.compared++;
            compare(&t, ours, ud);
        }
    }
    assert_int_equal(d.errors, rejected);
    double uas = 100.0 * t.uas / t.tokens, las = 100.0 * t.las / t.tokens;
    printf("ptb->ud vs udpipe: %zu/%zu records compared, %zu tokens, "
           "UAS %.1f%%, LAS %.1f%% (base labels), %.1f%% (full labels); "
           "%zu broken trees rejected\n",
           t.compared, t.records, t.tokens, uas, las, 100.0 * t.las_full / t.tokens, rejected);
    if (getenv("EW_AGREEMENT_DETAIL")) {
        for (int x = 0; x < EW_REL_COUNT; x++)
            for (int y = 0; y < EW_REL_COUNT; y++)
                if (x != y && t.confusion[x][y] >= 5)
                    printf("  ours %-10s udpipe %-10s %zu\n", ew_rel_name(x),
                           ew_rel_name(y), t.confusion[x][y]);
        for (int x = 0; x < EW_REL_COUNT; x++)
            if (t.head_miss[x] >= 5)
                printf("  wrong head, ours %-10s %zu\n", ew_rel_name(x), t.head_miss[x]);
    }
    /* floors a little under the measured figures (see tests/io/README.md) */
    assert_true(t.compared >= 200);
    assert_true(uas >= 70.0);
    assert_true(las >= 60.0);
    ew_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(agreement_with_udpipe),
    };
    return cmocka_run_group_tests_name("io/ptb_agreement", tests, NULL, NULL);
}
