/* Loads the committed models (models/) and checks their accuracy on EWT dev
 * with gold tokenization: the shipped files must keep the figures reported
 * in models/README.md.  Skipped when EW_SHARED is empty. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "io/conllu.h"
#include "nlp/nlp.h"
#include "nlp/nlp_eval.h"

static const char *models_dir(char *buf, size_t size)
{
    const char *root = getenv("EW_ROOT");
    snprintf(buf, size, "%s/models", root && *root ? root : EW_SOURCE_DIR);
    return buf;
}

static void committed_models_score_on_ewt_dev(void **state)
{
    (void)state;
    const char *shared = getenv("EW_SHARED");
    if (!shared || !*shared)
        skip();
    char dir[4096], gold[4096];
    snprintf(gold, sizeof gold, "%s/ud/en_ewt/en_ewt-ud-dev.conllu", shared);
    ew_diag d;
    ew_diag_init(&d);
    ew_nlp_models *m = ew_nlp_load(models_dir(dir, sizeof dir), &d);
    assert_non_null(m);
    /* the parser has its own tests: score tagging and lemmas only */
    ew_parser_free(m->parser);
    m->parser = NULL;
    ew_nlp_scores s;
    assert_int_equal(ew_nlp_eval_file(m, gold, NULL, NULL, &s, &d), 0);
    assert_int_equal(s.sentences, 2001);
    assert_true(s.upos >= 95.0);
    assert_true(s.xpos >= 94.3);
    assert_true(s.lemma >= 96.8);
    ew_nlp_free(m);
}

/* Two gold sentences written for this test (not from a treebank). */
static const char *const tiny_gold =
    "# sent_id = t-1\n"
    "1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tVienna\tVienna\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# sent_id = t-2\n"
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttoday\ttoday\tNOUN\tNN\t_\t2\tobl:tmod\t_\t_\n"
    "\n";

/* --write: every analysed sentence comes back as readable CoNLL-U with
 * the gold forms, a full tree and the same order. */
static void predictions_are_written_as_conllu(void **state)
{
    (void)state;
    char dir[4096], gold[] = "/tmp/ew_test_models_XXXXXX";
    int fd = mkstemp(gold);
    assert_true(fd >= 0);
    FILE *g = fdopen(fd, "w");
    assert_non_null(g);
    fputs(tiny_gold, g);
    fclose(g);
    ew_diag d;
    ew_diag_init(&d);
    ew_nlp_models *m = ew_nlp_load(models_dir(dir, sizeof dir), &d);
    assert_non_null(m);
    FILE *pred = tmpfile();
    assert_non_null(pred);
    ew_nlp_scores s;
    assert_int_equal(ew_nlp_eval_file(m, gold, NULL, pred, &s, &d), 0);
    assert_int_equal(s.sentences, 2);
    rewind(pred);
    ew_conllu_reader r;
    ew_conllu_open_file(&r, pred, "pred", &d);
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence *out;
    const char *first[] = {"Envoys", "Talks"};
    size_t lens[] = {5, 3}, k = 0;
    while (ew_conllu_next(&r, &a, &out) == 1) {
        assert_true(k < 2);
        assert_int_equal(out->n, lens[k]);
        assert_string_equal(out->tok[0].form, first[k]);
        size_t roots = 0;
        for (size_t i = 0; i < out->n; i++) {
            assert_true(out->tok[i].head >= 0 && (size_t)out->tok[i].head <= out->n);
            assert_non_null(out->tok[i].xpos);
            roots += out->tok[i].head == 0;
        }
        assert_int_equal(roots, 1);
        k++;
    }
    assert_int_equal(k, 2);
    assert_int_equal(r.skipped, 0);
    ew_conllu_close(&r);
    ew_arena_free(&a);
    fclose(pred);
    remove(gold);
    ew_nlp_free(m);
}

static void missing_directory_is_refused(void **state)
{
    (void)state;
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    assert_null(ew_nlp_load("/nonexistent/eventwatch-models", &d));
    assert_int_equal(d.errors, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(committed_models_score_on_ewt_dev),
        cmocka_unit_test(predictions_are_written_as_conllu),
        cmocka_unit_test(missing_directory_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
