/* Tests for src/nlp/nlp.c with the committed models (models/): the word
 * clusters are loaded once and lent to the tagger and the parser, and the
 * parser's two ways to get the words' cluster codes -- handed over by the
 * tagger (sentences up to the hand-over size) or looked up itself (longer
 * ones, or no codes given) -- give the same trees, checked on invented
 * sentences of either length. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "nlp/clusters.h"
#include "nlp/nlp.h"
#include "nlp/word_features.h"

static const char *models_dir(char *buf, size_t size)
{
    const char *root = getenv("EW_ROOT");
    snprintf(buf, size, "%s/models", root && *root ? root : EW_SOURCE_DIR);
    return buf;
}

static int setup(void **state)
{
    char dir[4096];
    ew_diag d;
    ew_diag_init(&d);
    ew_nlp_models *m = ew_nlp_load(models_dir(dir, sizeof dir), &d);
    if (!m || !m->parser || !m->clusters) {
        ew_nlp_free(m);
        return -1;
    }
    *state = m;
    return 0;
}

static int teardown(void **state)
{
    ew_nlp_free(*state);
    return 0;
}

/* One copy of clusters.bin: both models use the one the set holds. */
static void clusters_are_loaded_once(void **state)
{
    const ew_nlp_models *m = *state;
    assert_ptr_equal(ew_tagger_clusters(m->tagger), m->clusters);
    assert_ptr_equal(ew_parser_clusters(m->parser), m->clusters);
    assert_true(ew_tagger_clusters_id(m->tagger) == ew_clusters_id(m->clusters));
    assert_true(ew_parser_clusters_id(m->parser) == ew_clusters_id(m->clusters));
}

/* Invented clauses; repeated with varying names they make a sentence of any
 * length that still reads as running news text. */
static const char *const clause[] = {
    "the foreign minister of Veltria met envoys from Dunmark in the capital",
    "talks on the disputed border resumed after a pause of three weeks",
    "observers said that both delegations had agreed to release prisoners",
    "the opposition leader criticised the government for its slow reforms",
};
static const char *const names[] = {"Kastria", "Oberland", "Varnia", "Selmor", "Tirovia"};

/* Splits the words of n_clauses clauses (joined by ", and") into s. */
static void build(ew_sentence *s, size_t n_clauses, ew_arena *a)
{
    size_t cap = n_clauses * 16 + 1, n = 0;
    s->tok = ew_arena_calloc(a, cap, sizeof *s->tok);
    for (size_t c = 0; c < n_clauses; c++) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s%s , and %s", c ? "" : "In ", names[c % 5],
                 clause[c % 4]);
        for (char *save = NULL, *w = strtok_r(buf, " ", &save); w;
             w = strtok_r(NULL, " ", &save))
            s->tok[n++] = (ew_token){.form = ew_arena_strdup(a, w), .head = -1};
    }
    s->tok[n++] = (ew_token){.form = ".", .head = -1};
    assert_true(n <= cap);
    s->n = n;
}

static ew_sentence copy(const ew_sentence *s, ew_arena *a)
{
    ew_sentence c = *s;
    c.tok = ew_arena_alloc(a, s->n * sizeof *s->tok);
    memcpy(c.tok, s->tok, s->n * sizeof *s->tok);
    return c;
}

static void assert_same_tree(const ew_sentence *x, const ew_sentence *y)
{
    assert_int_equal(x->n, y->n);
    for (size_t i = 0; i < x->n; i++) {
        assert_int_equal(x->tok[i].head, y->tok[i].head);
        assert_int_equal(x->tok[i].rel, y->tok[i].rel);
        assert_true(x->tok[i].subrel == y->tok[i].subrel);   /* both point into the model */
    }
}

/* ew_nlp_analyse, and the tagger's codes handed over in full (a buffer of
 * the sentence's size), and no codes at all: one tree. */
static void parse_three_ways(const ew_nlp_models *m, size_t n_clauses, size_t min_words)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence s = {0};
    build(&s, n_clauses, &a);
    assert_true(s.n >= min_words);
    ew_sentence given = copy(&s, &a), looked_up = copy(&s, &a);
    assert_int_equal(ew_nlp_analyse(m, &s, &a), 0);
    uint64_t *codes = calloc(given.n, sizeof *codes);
    assert_non_null(codes);
    assert_int_equal(ew_tagger_tag_clus(m->tagger, &given, codes), 0);
    assert_int_equal(ew_parser_parse_clus(m->parser, &given, codes), 0);
    for (size_t i = 0; i < given.n; i++)   /* the tagger's codes are the clusters' own */
        assert_true(codes[i] == ew_clusters_code(m->clusters, ew_word_norm_hash(given.tok[i].form)));
    assert_int_equal(ew_tagger_tag(m->tagger, &looked_up), 0);
    assert_int_equal(ew_parser_parse_clus(m->parser, &looked_up, NULL), 0);
    assert_same_tree(&s, &given);
    assert_same_tree(&s, &looked_up);
    size_t roots = 0;
    for (size_t i = 0; i < s.n; i++)
        roots += s.tok[i].head == 0;
    assert_int_equal(roots, 1);
    free(codes);
    ew_arena_free(&a);
}

/* Over the hand-over size (256 words): ew_nlp_analyse lets the parser look
 * the codes up itself. */
static void long_sentence_parses_the_same_either_way(void **state)
{
    parse_three_ways(*state, 24, 300);
}

/* Within it: ew_nlp_analyse hands the tagger's codes over. */
static void short_sentence_parses_the_same_either_way(void **state)
{
    parse_three_ways(*state, 3, 20);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clusters_are_loaded_once),
        cmocka_unit_test(long_sentence_parses_the_same_either_way),
        cmocka_unit_test(short_sentence_parses_the_same_either_way),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
