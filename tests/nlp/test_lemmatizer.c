/* Tests for src/nlp/lemmatizer.c: edit scripts, and a lemmatizer trained
 * on a few invented words that lemmatises them back and generalises a
 * regular suffix to an unseen word. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/arena.h"
#include "nlp/lemmatizer.h"

static void check_script(const char *form, const char *lemma, int lower, int strip,
                         const char *append)
{
    ew_lemma_script sc;
    assert_int_equal(ew_lemma_script_of(form, lemma, &sc), 0);
    assert_int_equal(sc.lower, lower);
    assert_int_equal(sc.strip, strip);
    assert_string_equal(sc.append, append);
    char buf[64];
    assert_true(ew_lemma_script_apply(&sc, form, buf, sizeof buf) >= 0);
    assert_string_equal(buf, lemma);
}

static void edit_scripts(void **state)
{
    (void)state;
    check_script("studies", "study", 1, 3, "y");
    check_script("Running", "run", 1, 4, "");
    check_script("running", "run", 1, 4, "");
    check_script("Obama", "Obama", 0, 0, "");
    check_script("went", "go", 1, 4, "go");
    check_script("children", "child", 1, 3, "");
    check_script("The", "the", 1, 0, "");
    /* a script longer than the form does not apply */
    ew_lemma_script sc = {.lower = 1, .strip = 5};
    char buf[16];
    assert_int_equal(ew_lemma_script_apply(&sc, "abc", buf, sizeof buf), -1);
    /* nor one whose result does not fit the buffer */
    ew_lemma_script long_app = {.lower = 0, .strip = 0, .append = "abcdefgh"};
    assert_int_equal(ew_lemma_script_apply(&long_app, "xyz", buf, 8), -1);
    /* appends longer than the limit are refused */
    assert_int_equal(ew_lemma_script_of("a", "bbbbbbbbbbbbbbbbbbbbbbbb", &sc), -1);
}

typedef struct item {
    const char *form, *lemma, *xpos;
    int upos;
} item;

static const item words[] = {
    {"talks", "talk", "NNS", EW_UPOS_NOUN},   {"envoys", "envoy", "NNS", EW_UPOS_NOUN},
    {"troops", "troop", "NNS", EW_UPOS_NOUN}, {"leaders", "leader", "NNS", EW_UPOS_NOUN},
    {"rebels", "rebel", "NNS", EW_UPOS_NOUN}, {"visited", "visit", "VBD", EW_UPOS_VERB},
    {"signed", "sign", "VBD", EW_UPOS_VERB},  {"attacked", "attack", "VBD", EW_UPOS_VERB},
    {"was", "be", "VBD", EW_UPOS_AUX},        {"went", "go", "VBD", EW_UPOS_VERB},
    {"children", "child", "NNS", EW_UPOS_NOUN}, {"Astana", "Astana", "NNP", EW_UPOS_PROPN},
    {"The", "the", "DT", EW_UPOS_DET},
};

static void learns_and_generalises(void **state)
{
    (void)state;
    size_t n = sizeof words / sizeof *words;
    ew_token tok[sizeof words / sizeof *words];
    memset(tok, 0, sizeof tok);
    for (size_t i = 0; i < n; i++) {
        tok[i].form = words[i].form;
        tok[i].lemma = words[i].lemma;
        tok[i].xpos = words[i].xpos;
        tok[i].upos = (uint8_t)words[i].upos;
    }
    /* repeat the sentence so that regular scripts count as frequent */
    ew_sentence s[3];
    for (int i = 0; i < 3; i++)
        s[i] = (ew_sentence){.n = n, .tok = tok};
    ew_lemmatizer *m = ew_lemmatizer_train(s, 3, NULL);
    char path[64];
    snprintf(path, sizeof path, "/tmp/ew_lemmatizer_test_%d.bin", (int)getpid());
    assert_int_equal(ew_lemmatizer_save(m, path, NULL), 0);
    ew_lemmatizer_free(m);
    m = ew_lemmatizer_load(path, NULL);
    assert_non_null(m);
    unlink(path);

    ew_arena a;
    ew_arena_init(&a, 0);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(ew_lemmatizer_lemma(m, words[i].form, words[i].xpos, words[i].upos, &a),
                            words[i].lemma);
    /* unchanged lemmas are the form pointer itself: nothing allocated */
    const char *f = "Astana";
    assert_ptr_equal(ew_lemmatizer_lemma(m, f, "NNP", EW_UPOS_PROPN, &a), f);
    /* unseen regular plural */
    assert_string_equal(ew_lemmatizer_lemma(m, "diplomats", "NNS", EW_UPOS_NOUN, &a), "diplomat");
    assert_string_equal(ew_lemmatizer_lemma(m, "Leaders", "NNS", EW_UPOS_NOUN, &a), "leader");
    ew_arena_free(&a);
    ew_lemmatizer_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(edit_scripts),
        cmocka_unit_test(learns_and_generalises),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
