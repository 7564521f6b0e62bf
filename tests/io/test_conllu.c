/* Tests for src/io/conllu.c: reading (comments, multiword tokens, empty
 * nodes, UD v1 labels, spans), every rejection path with its line number,
 * and a write/read round trip.  Fixtures are invented. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "io/conllu.h"

#include "io_fixture.h"

typedef struct seen { long line[16]; int n; } seen;
static void remember(void *user, ew_severity sev, const char *file, long line,
                     const char *record, const char *msg)
{
    (void)file; (void)record; (void)msg;
    seen *s = user;
    if (sev == EW_ERROR && s->n < 16)
        s->line[s->n++] = line;
}

static const char good[] =
    "# newdoc id = doc7\n"
    "# sent_id = s1\n"
    "# text = Rohan didn't attack Gondor.\n"
    "1\tRohan\tRohan\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tneg\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tdobj\t_\tSpaceAfter=No\n"
    "5.1\tattacked\tattack\tVERB\t_\t_\t_\t_\t4:conj\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tEdoras\tEdoras\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tkings\tking\tNOUN\tNNS\t_\t1\tnmod\t_\t_\n"
    "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tRohan\tRohan\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
    "\n\n";

static void reads_sentences(void **state)
{
    (void)state;
    ew_arena a;
    ew_diag d;
    io_begin(&a, &d, 0);
    ew_conllu_reader r;
    ew_conllu_open_mem(&r, good, strlen(good), "mem", 0, &d);
    ew_sentence *s;
    assert_int_equal(ew_conllu_next(&r, &a, &s), 1);
    assert_string_equal(s->id, "s1");
    assert_string_equal(s->doc_id, "doc7");
    assert_string_equal(s->text, "Rohan didn't attack Gondor.");
    assert_int_equal(s->n, 6);
    char lab[32];
    assert_string_equal(ew_rel_label(&s->tok[2], lab, sizeof lab), "advmod:neg");
    assert_string_equal(ew_rel_label(&s->tok[4], lab, sizeof lab), "obj");
    assert_int_equal(s->tok[3].head, 0);
    assert_int_equal(s->tok[3].rel, EW_REL_ROOT);
    assert_string_equal(s->tok[1].lemma, "do");
    assert_int_equal(s->tok[1].upos, EW_UPOS_AUX);
    assert_string_equal(s->tok[0].feats, "Number=Sing");
    assert_null(s->tok[1].feats);
    /* the words of "didn't" share its span */
    assert_int_equal(s->tok[1].start, 6);
    assert_int_equal(s->tok[1].end, 12);
    assert_int_equal(s->tok[2].start, 6);
    assert_int_equal(s->tok[4].start, 20);
    assert_int_equal(s->tok[5].start, 26);

    assert_int_equal(ew_conllu_next(&r, &a, &s), 1);
    assert_string_equal(s->id, "s2");
    assert_null(s->text);
    assert_int_equal(s->tok[3].rel, EW_REL_OBL);   /* v1 nmod on a verb */
    assert_int_equal(s->tok[5].rel, EW_REL_NMOD);  /* on a noun it stays */
    assert_int_equal(s->tok[7].rel, EW_REL_NMOD);
    assert_string_equal(s->tok[7].subrel, "poss");
    assert_int_equal(ew_conllu_next(&r, &a, &s), 0);
    assert_int_equal(d.errors, 0);
    ew_conllu_close(&r);
    ew_arena_free(&a);
}

static void copula_predicate_nmod_becomes_obl(void **state)
{
    (void)state;
    static const char in[] =
        "1\tFaramir\tFaramir\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
        "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
        "3\tcaptain\tcaptain\tNOUN\tNN\t_\t0\troot\t_\t_\n"
        "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
        "5\tIthilien\tIthilien\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence *s = ew_conllu_parse(in, strlen(in), &a, NULL, "mem", 1);
    assert_non_null(s);
    assert_int_equal(s->n, 5);
    assert_int_equal(s->tok[4].rel, EW_REL_OBL);
    ew_arena_free(&a);
}

static void bad_sentences_skipped_with_line(void **state)
{
    (void)state;
    static const char in[] =
        "1\tA\ta\tX\t_\t_\t0\troot\t_\n"                      /* 1: nine columns */
        "\n"
        "1\tB\tb\tX\t_\t_\tx\troot\t_\t_\n"                  /* 3: head not a number */
        "\n"
        "1\tC\tc\tX\t_\t_\t0\troot\t_\t_\n"
        "2\tD\td\tX\t_\t_\t9\tdep\t_\t_\n"                    /* 6: out of range */
        "\n"
        "1\tE\te\tX\t_\t_\t2\tdep\t_\t_\n"
        "2\tF\tf\tX\t_\t_\t1\tdep\t_\t_\n"                    /* 9: cycle */
        "\n"
        "1\tG\tg\tX\t_\t_\t0\troot\t_\t_\n"
        "3\tH\th\tX\t_\t_\t1\tdep\t_\t_\n"                    /* 12: id jumps */
        "\n"
        "1\tI\ti\tX\t_\t_\t0\troot\t_\t_\textra\n"            /* 14: eleven columns */
        "\n"
        "# only a comment\n"                                  /* 16-17: no words */
        "\n"
        "1\tJ\tj\tX\t_\t_\t0\troot\t_\t_\n"                   /* 18: good */
        "2\tK\tk\tX\t_\t_\t_\t_\t_\t_";                       /* unparsed, no newline */
    ew_arena a;
    ew_arena_init(&a, 0);
    seen sn = {{0}, 0};
    ew_diag d;
    ew_diag_init(&d);
    d.fn = remember;
    d.user = &sn;
    ew_conllu_reader r;
    ew_conllu_open_mem(&r, in, strlen(in), "mem", 100, &d);
    ew_sentence *s;
    assert_int_equal(ew_conllu_next(&r, &a, &s), 1);
    assert_string_equal(s->tok[0].form, "J");
    assert_int_equal(s->tok[1].head, -1);
    assert_int_equal(ew_conllu_next(&r, &a, &s), 0);
    assert_int_equal(r.skipped, 7);
    assert_int_equal(sn.n, 7);
    long want[] = {101, 103, 107, 110, 112, 114, 117};
    for (int i = 0; i < 7; i++)
        assert_int_equal(sn.line[i], want[i]);
    ew_conllu_close(&r);
    ew_arena_free(&a);
}

static void write_then_read_back(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence *s = ew_conllu_parse(good, strlen(good), &a, NULL, "mem", 1);
    assert_non_null(s);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(ew_conllu_write(f, s), 0);
    fclose(f);
    assert_non_null(strstr(buf, "# sent_id = s1\n# text = Rohan didn't attack Gondor.\n"));
    assert_non_null(strstr(buf, "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod:neg\t_\t_\n"));
    assert_non_null(strstr(buf, "5\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n"));
    assert_int_equal(buf[len - 1], '\n');
    assert_int_equal(buf[len - 2], '\n');
    ew_sentence *t = ew_conllu_parse(buf, len, &a, NULL, "mem", 1);
    assert_non_null(t);
    assert_int_equal(t->n, s->n);
    for (size_t i = 0; i < s->n; i++) {
        assert_string_equal(t->tok[i].form, s->tok[i].form);
        assert_int_equal(t->tok[i].head, s->tok[i].head);
        assert_int_equal(t->tok[i].rel, s->tok[i].rel);
    }
    free(buf);
    /* unknown fields and unparsed heads are written as "_" */
    ew_token tk = {.form = "x\ty", .head = -1};
    ew_sentence u = {.id = "u", .text = "line\nbreak", .n = 1, .tok = &tk};
    f = open_memstream(&buf, &len);
    ew_conllu_write(f, &u);
    fclose(f);
    assert_string_equal(buf, "# sent_id = u\n# text = line break\n1\tx y\t_\tX\t_\t_\t_\t_\t_\t_\n\n");
    free(buf);
    ew_arena_free(&a);
}

static void reads_from_file(void **state)
{
    (void)state;
    FILE *f = fmemopen((void *)good, strlen(good), "r");
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_conllu_reader r;
    ew_conllu_open_file(&r, f, "file.conllu", NULL);
    ew_sentence *s;
    int n = 0;
    while (ew_conllu_next(&r, &a, &s) == 1)
        n++;
    assert_int_equal(n, 2);
    assert_int_equal(r.line, 23);
    ew_conllu_close(&r);
    fclose(f);
    ew_arena_free(&a);
}

/* Found by fuzz_conllu: a blank-looking last line of a buffer without a
 * terminating NUL was scanned past its end. */
static void memory_without_nul(void **state)
{
    (void)state;
    static const char src[] = "1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n \t";
    size_t len = sizeof src - 1;
    char *buf = malloc(len);
    memcpy(buf, src, len);
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_conllu_reader r;
    ew_conllu_open_mem(&r, buf, len, "mem", 0, NULL);
    ew_sentence *s;
    assert_int_equal(ew_conllu_next(&r, &a, &s), 1);
    assert_int_equal(ew_conllu_next(&r, &a, &s), 0);
    ew_conllu_close(&r);
    ew_arena_free(&a);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_sentences),
        cmocka_unit_test(copula_predicate_nmod_becomes_obl),
        cmocka_unit_test(bad_sentences_skipped_with_line),
        cmocka_unit_test(write_then_read_back),
        cmocka_unit_test(reads_from_file),
        cmocka_unit_test(memory_without_nul),
    };
    return cmocka_run_group_tests_name("io/conllu", tests, NULL, NULL);
}
