/* Tests for src/nlp/perceptron.c: learns a tiny separable problem, and the
 * compiled model predicts the same as the trainer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "nlp/perceptron.h"

/* Three classes; each example has one decisive feature ("colour") and one
 * noise feature shared by everybody. */
static void features(int cls, int variant, uint64_t f[2])
{
    static const char *colour[3][2] = {{"red", "crimson"}, {"green", "lime"}, {"blue", "navy"}};
    f[0] = ew_feat_add(ew_feat_start(1), colour[cls][variant], strlen(colour[cls][variant]));
    f[1] = ew_feat_add(ew_feat_start(2), "noise", 5);
}

static int argmax_f(const float *s, int n)
{
    int b = 0;
    for (int i = 1; i < n; i++)
        if (s[i] > s[b])
            b = i;
    return b;
}

static int argmax_i(const int32_t *s, int n)
{
    int b = 0;
    for (int i = 1; i < n; i++)
        if (s[i] > s[b])
            b = i;
    return b;
}

static void learns_separable(void **state)
{
    (void)state;
    ew_ptrain *t = ew_ptrain_new(3);
    uint64_t f[2];
    float s[3];
    for (int epoch = 0; epoch < 5; epoch++)
        for (int i = 0; i < 6; i++) {
            features(i % 3, i / 3, f);
            ew_ptrain_scores(t, f, 2, s);
            ew_ptrain_update(t, f, 2, i % 3, argmax_f(s, 3));
            ew_ptrain_tick(t);
        }
    size_t n;
    void *buf = ew_ptrain_compile(t, &n);
    ew_perceptron m;
    size_t used;
    assert_int_equal(ew_perceptron_view(&m, buf, n, &used, "test", NULL), 0);
    assert_int_equal(used, n);
    int32_t is[3];
    for (int i = 0; i < 6; i++) {
        features(i % 3, i / 3, f);
        ew_perceptron_scores(&m, f, 2, is);
        assert_int_equal(argmax_i(is, 3), i % 3);
    }
    /* unknown features score zero everywhere */
    uint64_t unk = ew_feat_start(99);
    ew_perceptron_scores(&m, &unk, 1, is);
    assert_int_equal(is[0] | is[1] | is[2], 0);
    free(buf);
    ew_ptrain_free(t);
}

static void view_refuses_garbage(void **state)
{
    (void)state;
    uint64_t junk[4] = {0};
    ew_perceptron m;
    size_t used;
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    assert_int_equal(ew_perceptron_view(&m, junk, sizeof junk, &used, "junk", &d), -1);
    assert_int_equal(d.errors, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(learns_separable),
        cmocka_unit_test(view_refuses_garbage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
