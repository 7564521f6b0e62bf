/* Tests for src/text/split_eval.c, split_train.c and split_model.c:
 * documents rebuilt from an invented CoNLL-U file, boundary scoring,
 * include/exclude lists, deterministic training. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "text/split_eval.h"
#include "text/split_model.h"
#include "text/split_train.h"
#include "text/token_eval.h"

static const char *conllu =
    "# newdoc id = doc-a\n"
    "# newpar\n"
    "# text = Envoys met in Vienna.\n"
    "1\tEnvoys\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# text = They agreed on a truce.\n"
    "1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# newpar_block = p (1 s)\n"
    "# text = Talks go on\n"
    "1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# newdoc id = doc-b\n"
    "# text = Gen. Petrov arrived.\n"
    "1\tGen.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# newpar\n"
    "# text = A new paragraph.\n"
    "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

static char gold_path[64], list_path[64];

static int setup(void **state)
{
    (void)state;
    strcpy(gold_path, "/tmp/ew_test_split_XXXXXX");
    strcpy(list_path, "/tmp/ew_test_list_XXXXXX");
    int g = mkstemp(gold_path), l = mkstemp(list_path);
    if (g < 0 || l < 0)
        return -1;
    if (write(g, conllu, strlen(conllu)) < 0 || write(l, "doc-b\n", 6) < 0)
        return -1;
    close(g);
    close(l);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    unlink(gold_path);
    unlink(list_path);
    return 0;
}

typedef struct seen {
    int docs;
    char text[2][200];
    size_t ends[2][8], n[2];
} seen;

static void collect(void *user, const char *doc_id, const char *text, size_t len,
                    const size_t *gold_ends, size_t n_gold)
{
    (void)doc_id;
    seen *s = user;
    if (s->docs < 2 && len < 200 && n_gold <= 8) {
        memcpy(s->text[s->docs], text, len);
        s->text[s->docs][len] = '\0';
        memcpy(s->ends[s->docs], gold_ends, n_gold * sizeof *gold_ends);
        s->n[s->docs] = n_gold;
    }
    s->docs++;
}

static void documents_are_rebuilt(void **state)
{
    (void)state;
    seen s = {0};
    assert_int_equal(ew_split_read_conllu(gold_path, NULL, NULL, collect, &s, NULL), 0);
    assert_int_equal(s.docs, 2);
    /* "# newpar_block" is not a paragraph start; sentences join with a space */
    assert_string_equal(s.text[0], "Envoys met in Vienna. They agreed on a truce. Talks go on");
    assert_int_equal(s.n[0], 3);
    assert_int_equal(s.ends[0][0], strlen("Envoys met in Vienna."));
    assert_string_equal(s.text[1], "Gen. Petrov arrived.\n\nA new paragraph.");
}

static void include_and_exclude_lists(void **state)
{
    (void)state;
    seen s = {0};
    assert_int_equal(ew_split_read_conllu(gold_path, list_path, NULL, collect, &s, NULL), 0);
    assert_int_equal(s.docs, 1);
    assert_string_equal(s.text[0], "Gen. Petrov arrived.\n\nA new paragraph.");
    seen x = {0};
    assert_int_equal(ew_split_read_conllu(gold_path, NULL, list_path, collect, &x, NULL), 0);
    assert_int_equal(x.docs, 1);
    assert_int_equal(x.n[0], 3);
}

static void scores_boundaries(void **state)
{
    (void)state;
    ew_split_score sc = {0};
    assert_int_equal(ew_split_eval_conllu(gold_path, NULL, &sc, NULL), 0);
    assert_int_equal(sc.docs, 2);
    assert_int_equal(sc.gold, 5);
    assert_int_equal(sc.pred, 5);
    assert_int_equal(sc.correct, 5);
    assert_true(ew_split_f1(&sc) > 0.999);
}

static void missing_files_are_reported(void **state)
{
    (void)state;
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_split_score sc = {0};
    assert_int_equal(ew_split_eval_conllu("/nonexistent/x.conllu", NULL, &sc, &d), -1);
    assert_int_equal(ew_split_eval_conllu(gold_path, "/nonexistent/list", &sc, &d), -1);
    assert_int_equal(d.errors, 2);
    assert_int_equal(sc.docs, 0);
}

static void train_one(float *out)
{
    ew_split_trainer tr;
    ew_split_trainer_init(&tr);
    const char *text = "Thanks John Please call me at noon\n\nok see you";
    size_t ends[] = {11, 34, strlen(text)};
    for (int e = 0; e < 3; e++)
        ew_split_train_doc(&tr, text, strlen(text), ends, 3);
    ew_split_trainer_average(&tr, out);
    ew_split_trainer_free(&tr);
}

static void training_is_deterministic(void **state)
{
    (void)state;
    float *a = calloc(EW_SPLIT_DIM, sizeof *a), *b = calloc(EW_SPLIT_DIM, sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    train_one(a);
    train_one(b);
    assert_memory_equal(a, b, EW_SPLIT_DIM * sizeof *a);
    size_t nonzero = 0;
    for (size_t i = 0; i < EW_SPLIT_DIM; i++)
        nonzero += a[i] != 0;
    assert_true(nonzero > 0);   /* the rules miss "John Please": the model learned something */
    FILE *f = tmpfile();
    assert_non_null(f);
    assert_int_equal(ew_split_write_weights(f, a, "test"), nonzero);
    fclose(f);
    free(a);
    free(b);
}

static void token_spans_against_gold(void **state)
{
    (void)state;
    char path[] = "/tmp/ew_test_tokens_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *g =
        "# newdoc id = t1\n"
        "# text = They can't go.\n"
        "1\tThey\n2-3\tcan't\n2\tca\n3\tn't\n4\tgo\n5\t.\n\n"
        "# text = Read e-mail now.\n"
        "1\tRead\n2\te\n3\t-\n4\tmail\n5\tnow\n6\t.\n\n"
        "# text = Lost form here.\n"
        "1\tLost\n2\tnowhere\n\n";
    assert_int_equal(write(fd, g, strlen(g)), (ssize_t)strlen(g));
    close(fd);
    ew_tok_score ts = {0};
    assert_int_equal(ew_tok_eval_conllu(path, NULL, &ts, NULL), 0);
    unlink(path);
    assert_int_equal(ts.sentences, 3);
    assert_int_equal(ts.unaligned, 1);      /* "nowhere" is not in its text */
    assert_int_equal(ts.gold, 5 + 6);
    assert_int_equal(ts.pred, 5 + 4);       /* "e-mail" kept whole: the one convention that differs */
    assert_int_equal(ts.correct, 5 + 3);
    double p, r;
    assert_true(ew_tok_f1(&ts, &p, &r) > 0.7);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(documents_are_rebuilt),
        cmocka_unit_test(include_and_exclude_lists),
        cmocka_unit_test(scores_boundaries),
        cmocka_unit_test(missing_files_are_reported),
        cmocka_unit_test(training_is_deterministic),
        cmocka_unit_test(token_spans_against_gold),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
