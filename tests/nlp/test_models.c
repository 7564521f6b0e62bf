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
    assert_int_equal(ew_nlp_eval_file(m, gold, NULL, &s, &d), 0);
    assert_int_equal(s.sentences, 2001);
    assert_true(s.upos >= 95.0);
    assert_true(s.xpos >= 94.3);
    assert_true(s.lemma >= 96.8);
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
        cmocka_unit_test(missing_directory_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
