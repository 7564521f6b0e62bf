/* Tests for src/nlp/clusters.c: on a tiny invented corpus, words used in
 * identical contexts share a class and training is deterministic; codes
 * survive save/load; a truncated file is refused; taggers and parsers
 * record their clusters and refuse to load without them or with others
 * (read from their directory or given, as ew_nlp_load lends one copy). */
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
#include "nlp/nlp.h"
#include "nlp/clusters.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/word_features.h"

/* Invented sentences: nouns, verbs and determiners each used in the same
 * contexts as the others of their kind. */
static const char *corpus[] = {
    "the envoy met the minister", "a envoy met a minister",
    "the minister met the envoy", "a minister met a envoy",
    "the envoy saw the minister", "a envoy saw a minister",
    "the minister saw the envoy", "a minister saw a envoy",
    "the rebel met the envoy", "a rebel saw a minister",
    "the minister met the rebel", "a envoy saw a rebel",
};

/* The corpus as a hash stream, 0 after each sentence. */
static uint64_t *stream(size_t *n)
{
    uint64_t *s = calloc(256, sizeof *s);
    *n = 0;
    for (size_t i = 0; i < sizeof corpus / sizeof *corpus; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", corpus[i]);
        for (char *save = NULL, *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save))
            s[(*n)++] = ew_word_norm_hash(w);
        s[(*n)++] = 0;
    }
    return s;
}

static uint64_t code(const ew_clusters *c, const char *w)
{
    return ew_clusters_code(c, ew_word_norm_hash(w));
}

static ew_clusters *train_tiny(void)
{
    size_t n;
    uint64_t *s = stream(&n);
    ew_clusters_opts o = {.classes = 3, .min_count = 1};
    ew_clusters *c = ew_clusters_train(s, n, &o);
    free(s);
    return c;
}


/* Keeps the last error message, to check it names the right file. */
static char last_msg[1024];

static void keep_msg(void *user, ew_severity sev, const char *file, long line,
                     const char *record, const char *msg)
{
    (void)user, (void)sev, (void)line, (void)record;
    snprintf(last_msg, sizeof last_msg, "%s: %s", file ? file : "", msg);
}

/* Other clusters than train_tiny's (fewer classes), saved as path and read
 * back, so that they know their file. */
static ew_clusters *other_clusters(const char *path)
{
    size_t n;
    uint64_t *s = stream(&n);
    ew_clusters_opts o = {.classes = 2, .min_count = 1};
    ew_clusters *c = ew_clusters_train(s, n, &o);
    free(s);
    ew_diag d;
    ew_diag_init(&d);
    assert_int_equal(ew_clusters_save(c, path, &d), 0);
    ew_clusters_free(c);
    return ew_clusters_load(path, &d);
}

/* A model at model_path, trained with `mine`: loaded with them given, it
 * borrows them (no clusters.bin needed); given others (read from
 * other_path), it is refused with a report naming that file. */
static void check_given(void *(*load_with)(const char *, const ew_clusters *, ew_diag *),
                        const ew_clusters *(*clusters_of)(const void *),
                        void (*free_model)(void *), const char *model_path,
                        const ew_clusters *mine, const char *other_path)
{
    ew_diag d;
    ew_diag_init(&d);
    d.fn = keep_msg;
    void *m = load_with(model_path, mine, &d);
    assert_non_null(m);
    assert_ptr_equal(clusters_of(m), mine);
    free_model(m);
    ew_clusters *other = other_clusters(other_path);
    assert_non_null(other);
    assert_true(ew_clusters_id(other) != ew_clusters_id(mine));
    last_msg[0] = 0;
    assert_null(load_with(model_path, other, &d));
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(last_msg, model_path));
    assert_non_null(strstr(last_msg, other_path));
    assert_non_null(strstr(last_msg, "other word clusters"));
    ew_clusters_free(other);
    unlink(other_path);
}

/* Adapters: the tagger's and the parser's functions through one checker. */
static void *tagger_with(const char *p, const ew_clusters *c, ew_diag *d)
{
    return ew_tagger_load_with(p, c, d);
}
static const ew_clusters *tagger_clus(const void *m) { return ew_tagger_clusters(m); }
static void tagger_free(void *m) { ew_tagger_free(m); }
static void *parser_with(const char *p, const ew_clusters *c, ew_diag *d)
{
    return ew_parser_load_with(p, c, d);
}
static const ew_clusters *parser_clus(const void *m) { return ew_parser_clusters(m); }
static void parser_free(void *m) { ew_parser_free(m); }

static void same_contexts_share_a_class(void **state)
{
    (void)state;
    ew_clusters *c = train_tiny();
    assert_int_equal(ew_clusters_words(c), 7);
    assert_true(code(c, "envoy") != 0);
    assert_true(code(c, "envoy") == code(c, "minister"));
    assert_true(code(c, "envoy") == code(c, "rebel"));
    assert_true(code(c, "met") == code(c, "saw"));
    assert_true(code(c, "the") == code(c, "a"));
    assert_true(code(c, "The") == code(c, "the")); /* normalised like the tagger */
    assert_true(code(c, "met") != code(c, "envoy"));
    assert_true(code(c, "the") != code(c, "envoy"));
    assert_true(code(c, "treaty") == 0);            /* never seen */
    ew_clusters *d = train_tiny();
    assert_true(ew_clusters_id(c) == ew_clusters_id(d)); /* byte-identical */
    ew_clusters_free(c);
    ew_clusters_free(d);
}

static void prefixes(void **state)
{
    (void)state;
    uint64_t c = 0x5b; /* leading 1, then path 011011 */
    assert_true(ew_clusters_prefix(c, 2) == 0x5);   /* 1 01 */
    assert_true(ew_clusters_prefix(c, 4) == 0x16);  /* 1 0110 */
    assert_true(ew_clusters_prefix(c, 6) == c);
    assert_true(ew_clusters_prefix(c, 10) == c);
    assert_true(ew_clusters_prefix(0, 4) == 0);
    assert_true(ew_clusters_prefix(0x3, 4) != ew_clusters_prefix(0x6, 4));
}

static void save_load_and_truncated(void **state)
{
    (void)state;
    char dir[] = "/tmp/ew_clusters_XXXXXX", path[128];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/clusters.bin", dir);
    ew_clusters *c = train_tiny();
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    assert_int_equal(ew_clusters_save(c, path, &d), 0);
    ew_clusters *l = ew_clusters_load(path, &d);
    assert_non_null(l);
    assert_true(code(l, "rebel") == code(c, "rebel"));
    assert_true(ew_clusters_id(l) == ew_clusters_id(c));
    ew_clusters_free(l);
    FILE *f = fopen(path, "rb");
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    f = fopen(path, "wb");
    fwrite(buf, 1, n - 9, f);
    fclose(f);
    size_t errs = d.errors;
    assert_null(ew_clusters_load(path, &d));
    assert_true(d.errors > errs);
    unlink(path);
    rmdir(dir);
    ew_clusters_free(c);
}

/* A tagger trained with clusters loads them from its own directory and
 * refuses to load when they are missing. */
static void tagger_needs_its_clusters(void **state)
{
    (void)state;
    char dir[] = "/tmp/ew_clusters_XXXXXX", tpath[128], cpath[128];
    assert_non_null(mkdtemp(dir));
    snprintf(tpath, sizeof tpath, "%s/tagger.bin", dir);
    snprintf(cpath, sizeof cpath, "%s/clusters.bin", dir);
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence s = {0};
    const char *forms[] = {"the", "envoy", "met", "the", "minister"};
    const char *xpos[] = {"DT", "NN", "VBD", "DT", "NN"};
    const uint8_t upos[] = {EW_UPOS_DET, EW_UPOS_NOUN, EW_UPOS_VERB, EW_UPOS_DET, EW_UPOS_NOUN};
    s.tok = ew_arena_calloc(&a, 5, sizeof *s.tok);
    for (int i = 0; i < 5; i++)
        s.tok[s.n++] = (ew_token){.form = forms[i], .xpos = xpos[i], .upos = upos[i]};
    ew_clusters *c = train_tiny();
    ew_tagger_opts o = {.epochs = 3, .retag_pct = -1, .clusters = c};
    ew_tagger *t = ew_tagger_train(&s, 1, NULL, 0, &o);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    assert_int_equal(ew_tagger_save(t, tpath, &d), 0);
    assert_null(ew_tagger_load(tpath, &d));          /* no clusters.bin yet */
    assert_int_equal(ew_clusters_save(c, cpath, &d), 0);
    ew_tagger *l = ew_tagger_load(tpath, &d);
    assert_non_null(l);
    double u, x;
    ew_tagger_accuracy(l, &s, 1, &u, &x);
    assert_true(x == 100.0);
    /* the codes handed to the parser are the clusters' own */
    uint64_t codes[5];
    assert_int_equal(ew_tagger_tag_clus(l, &s, codes), 0);
    assert_true(ew_tagger_clusters_id(l) == ew_clusters_id(c));
    for (int i = 0; i < 5; i++)
        assert_true(codes[i] == ew_clusters_code(c, ew_word_norm_hash(forms[i])));
    ew_tagger_free(l);
    char opath[160];
    snprintf(opath, sizeof opath, "%s/other.bin", dir);
    check_given(tagger_with, tagger_clus, tagger_free, tpath, c, opath);
    /* a model directory whose clusters.bin is another one: ew_nlp_load
     * (which reads it once for both models) refuses it, naming the file */
    ew_clusters_free(other_clusters(cpath));
    ew_diag_init(&d);
    d.fn = keep_msg;
    assert_null(ew_nlp_load(dir, &d));
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(last_msg, cpath));
    assert_non_null(strstr(last_msg, "other word clusters"));
    /* and so does the tagger loaded alone, reading the file itself */
    last_msg[0] = 0;
    assert_null(ew_tagger_load(tpath, &d));
    assert_int_equal(d.errors, 2);
    assert_non_null(strstr(last_msg, cpath));
    assert_non_null(strstr(last_msg, "other word clusters"));
    ew_tagger_free(t);
    ew_clusters_free(c);
    ew_arena_free(&a);
    unlink(tpath);
    unlink(cpath);
    rmdir(dir);
}

/* The same for the parser (trained on gold tags of the tiny invented
 * treebank in tests/nlp/fixtures). */
static void parser_needs_its_clusters(void **state)
{
    (void)state;
    char dir[] = "/tmp/ew_clusters_XXXXXX", ppath[128], cpath[128];
    assert_non_null(mkdtemp(dir));
    snprintf(ppath, sizeof ppath, "%s/parser.bin", dir);
    snprintf(cpath, sizeof cpath, "%s/clusters.bin", dir);
    ew_clusters *c = train_tiny();
    ew_parser_train_opts o = {.epochs = 3, .jackknife = -1, .table_bits = 12, .members = 1,
                              .train_file = EW_SOURCE_DIR "/tests/nlp/fixtures/tiny.conllu",
                              .dev_file = EW_SOURCE_DIR "/tests/nlp/fixtures/tiny.conllu",
                              .clusters = c};
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    assert_int_equal(ew_parser_train(".", ppath, &o, &d), 0);
    assert_null(ew_parser_load(ppath, &d));          /* no clusters.bin yet */
    assert_int_equal(ew_clusters_save(c, cpath, &d), 0);
    ew_parser *p = ew_parser_load(ppath, &d);
    assert_non_null(p);
    ew_token tok[3] = {{.form = "The", .xpos = "DT", .upos = EW_UPOS_DET},
                       {.form = "envoy", .xpos = "NN", .upos = EW_UPOS_NOUN},
                       {.form = "left", .xpos = "VBD", .upos = EW_UPOS_VERB}};
    ew_sentence s = {.n = 3, .tok = tok};
    assert_int_equal(ew_parser_parse(p, &s), 0);
    /* codes given (as the tagger hands them over) parse the same */
    assert_true(ew_parser_clusters_id(p) == ew_clusters_id(c));
    ew_token tok2[3];
    memcpy(tok2, tok, sizeof tok);
    ew_sentence s2 = {.n = 3, .tok = tok2};
    uint64_t codes[3];
    for (int i = 0; i < 3; i++)
        codes[i] = ew_clusters_code(c, ew_word_norm_hash(tok[i].form));
    assert_int_equal(ew_parser_parse_clus(p, &s2, codes), 0);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(tok2[i].head, tok[i].head);
        assert_int_equal(tok2[i].rel, tok[i].rel);
    }
    ew_parser_free(p);
    /* another clusters.bin next to it: the parser alone refuses it too */
    ew_clusters_free(other_clusters(cpath));
    ew_diag_init(&d);
    d.fn = keep_msg;
    assert_null(ew_parser_load(ppath, &d));
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(last_msg, cpath));
    assert_non_null(strstr(last_msg, "other word clusters"));
    unlink(cpath);
    char opath[160];
    snprintf(opath, sizeof opath, "%s/other.bin", dir);
    check_given(parser_with, parser_clus, parser_free, ppath, c, opath);
    ew_clusters_free(c);
    unlink(ppath);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_contexts_share_a_class),
        cmocka_unit_test(prefixes),
        cmocka_unit_test(save_load_and_truncated),
        cmocka_unit_test(tagger_needs_its_clusters),
        cmocka_unit_test(parser_needs_its_clusters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
