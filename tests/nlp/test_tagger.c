/* Tests for src/nlp/tagger.c: a tagger trained on a tiny invented corpus
 * tags it back; save/load gives the same tags; bad files are refused. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/arena.h"
#include "nlp/model_io.h"
#include "nlp/tagger.h"

/* word/XPOS/UPOS triples, one sentence per line (invented text) */
static const char *corpus[] = {
    "The/DT/DET envoy/NN/NOUN visited/VBD/VERB Astana/NNP/PROPN ./././PUNCT",
    "Ministers/NNS/NOUN will/MD/AUX meet/VB/VERB in/IN/ADP May/NNP/PROPN ./././PUNCT",
    "The/DT/DET talks/NNS/NOUN were/VBD/AUX long/JJ/ADJ ./././PUNCT",
    "She/PRP/PRON signed/VBD/VERB the/DT/DET treaty/NN/NOUN quickly/RB/ADV ./././PUNCT",
    "Rebels/NNS/NOUN attacked/VBD/VERB a/DT/DET convoy/NN/NOUN near/IN/ADP Osh/NNP/PROPN ./././PUNCT",
};

static ew_sentence *build(ew_arena *a, size_t *n)
{
    *n = sizeof corpus / sizeof *corpus;
    ew_sentence *s = ew_arena_calloc(a, *n, sizeof *s);
    for (size_t i = 0; i < *n; i++) {
        char *line = ew_arena_strdup(a, corpus[i]);
        s[i].tok = ew_arena_calloc(a, 16, sizeof *s[i].tok);
        for (char *save = NULL, *w = strtok_r(line, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
            ew_token *t = &s[i].tok[s[i].n++];
            char *u = strrchr(w, '/');
            *u = 0;
            char *x = strrchr(w, '/');
            *x = 0;
            t->form = w;
            t->xpos = x + 1;
            t->upos = (uint8_t)ew_upos_from_name(u + 1);
        }
    }
    return s;
}

static void tags_back_training_data(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 0);
    size_t n;
    ew_sentence *s = build(&a, &n);
    ew_tagger_opts o = {.epochs = 10};
    ew_tagger *t = ew_tagger_train(s, n, NULL, 0, &o);
    double upos, xpos;
    ew_tagger_accuracy(t, s, n, &upos, &xpos);
    assert_true(upos == 100.0);
    assert_true(xpos == 100.0);

    char path[64];
    snprintf(path, sizeof path, "/tmp/ew_tagger_test_%d.bin", (int)getpid());
    assert_int_equal(ew_tagger_save(t, path, NULL), 0);
    ew_tagger *u = ew_tagger_load(path, NULL);
    assert_non_null(u);
    ew_tagger_accuracy(u, s, n, &upos, &xpos);
    assert_true(upos == 100.0);

    /* tagging writes the tags in place, xpos pointing into the model */
    ew_token tok[3] = {{.form = "The"}, {.form = "envoy"}, {.form = "visited"}};
    ew_sentence one = {.n = 3, .tok = tok};
    assert_int_equal(ew_tagger_tag(u, &one), 0);
    assert_string_equal(tok[1].xpos, "NN");
    assert_int_equal(tok[1].upos, EW_UPOS_NOUN);
    assert_int_equal(ew_tagger_tag(u, NULL), -1);

    /* an empty sentence is fine */
    ew_sentence empty = {.n = 0};
    assert_int_equal(ew_tagger_tag(u, &empty), 0);

    ew_tagger_free(u);
    ew_tagger_free(t);
    unlink(path);
    ew_arena_free(&a);
}

/* The second pass keeps its per-word state on the stack for the first
 * words of a sentence only: a sentence far longer than that must still be
 * tagged whole, by both the one-pass and the two-pass model. */
static void long_sentence_and_one_pass(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 0);
    size_t n;
    ew_sentence *s = build(&a, &n);
    ew_tagger_opts two = {.epochs = 10}, one = {.epochs = 10, .retag_pct = -1};
    ew_tagger *t[2] = {ew_tagger_train(s, n, NULL, 0, &two), ew_tagger_train(s, n, NULL, 0, &one)};
    enum { LONG = 700 };
    ew_token *tok = ew_arena_calloc(&a, LONG, sizeof *tok);
    const char *gold[LONG];
    for (size_t k = 0; k < LONG; k++) {
        const ew_sentence *src = &s[(k / 7) % n];
        const ew_token *g = &src->tok[k % 7 < src->n ? k % 7 : src->n - 1];
        tok[k].form = g->form;
        gold[k] = g->xpos;
    }
    for (int m = 0; m < 2; m++) {
        double upos, xpos;
        ew_tagger_accuracy(t[m], s, n, &upos, &xpos);
        assert_true(xpos == 100.0);
        ew_sentence big = {.n = LONG, .tok = tok};
        for (size_t k = 0; k < LONG; k++)
            tok[k].xpos = NULL;
        assert_int_equal(ew_tagger_tag(t[m], &big), 0);
        size_t ok = 0;
        for (size_t k = 0; k < LONG; k++)
            ok += tok[k].xpos && !strcmp(tok[k].xpos, gold[k]);
        assert_true(ok * 10 >= LONG * 9); /* words out of their training context */
        ew_tagger_free(t[m]);
    }
    ew_arena_free(&a);
}

/* One model, several threads: tagging only reads the model, so every
 * thread must get the training tags back. */
typedef struct job {
    const ew_tagger *t;
    const ew_sentence *gold;
    size_t n;
    int ok;
} job;

static void *tag_many(void *arg)
{
    job *j = arg;
    j->ok = 1;
    for (int round = 0; round < 200; round++)
        for (size_t i = 0; i < j->n; i++) {
            ew_token tok[16];
            ew_sentence s = j->gold[i];
            for (size_t k = 0; k < s.n; k++)
                tok[k] = (ew_token){.form = s.tok[k].form};
            s.tok = tok;
            ew_tagger_tag(j->t, &s);
            for (size_t k = 0; k < s.n; k++)
                j->ok &= !strcmp(tok[k].xpos, j->gold[i].tok[k].xpos);
        }
    return NULL;
}

static void concurrent_tagging(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 0);
    size_t n;
    ew_sentence *s = build(&a, &n);
    ew_tagger_opts o = {.epochs = 10};
    ew_tagger *t = ew_tagger_train(s, n, NULL, 0, &o);
    pthread_t th[4];
    job jobs[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (job){.t = t, .gold = s, .n = n};
        assert_int_equal(pthread_create(&th[i], NULL, tag_many, &jobs[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        assert_true(jobs[i].ok);
    }
    ew_tagger_free(t);
    ew_arena_free(&a);
}

static void refuses_bad_files(void **state)
{
    (void)state;
    char path[64];
    snprintf(path, sizeof path, "/tmp/ew_tagger_bad_%d.bin", (int)getpid());
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    const char junk[40] = "not a tagger";
    /* another kind of model */
    assert_int_equal(ew_model_write(path, "lemmatizer", EW_TAGGER_VERSION, junk, sizeof junk, NULL), 0);
    assert_null(ew_tagger_load(path, &d));
    assert_int_equal(d.errors, 1);
    /* right header, garbage payload */
    assert_int_equal(ew_model_write(path, EW_TAGGER_KIND, EW_TAGGER_VERSION, junk, sizeof junk, NULL), 0);
    assert_null(ew_tagger_load(path, &d));
    assert_int_equal(d.errors, 2);
    unlink(path);
    assert_null(ew_tagger_load(path, &d));
    assert_int_equal(d.errors, 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tags_back_training_data),
        cmocka_unit_test(refuses_bad_files),
        cmocka_unit_test(long_sentence_and_one_pass),
        cmocka_unit_test(concurrent_tagging),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
