/* Tests for src/io/ptb*.c: the bracket reader (escapes, empty elements,
 * hostile input) and the conversion to UD v2 dependencies, on invented
 * sentences. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "io/ptb.h"

static ew_arena A;
static ew_diag D;

static int setup(void **state)
{
    (void)state;
    ew_arena_init(&A, 0);
    ew_diag_init(&D);
    D.quiet = 1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    ew_arena_free(&A);
    return 0;
}

static ew_sentence *conv(const char *tree, const char *text)
{
    ew_ptb_node *root = ew_ptb_parse(tree, &A, &D, "test", 1, NULL);
    assert_non_null(root);
    ew_sentence *s = ew_ptb_to_sentence(root, text, &A, &D);
    assert_non_null(s);
    return s;
}

static const ew_token *tok(const ew_sentence *s, const char *form)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->tok[i].form, form) == 0)
            return &s->tok[i];
    fail_msg("no token %s", form);
    return NULL;
}

/* "nsubj:pass>attacked": the label of `form` and the form of its head. */
static const char *dep(const ew_sentence *s, const char *form)
{
    static char buf[128];
    const ew_token *t = tok(s, form);
    char lab[64];
    ew_rel_label(t, lab, sizeof lab);
    snprintf(buf, sizeof buf, "%s>%s", lab, t->head > 0 ? s->tok[t->head - 1].form : "ROOT");
    return buf;
}

static void reads_tree_and_escapes(void **state)
{
    (void)state;
    ew_ptb_node *r = ew_ptb_parse(
        "(ROOT (S (`` ``) (NP (NNP Rohan)) (-LRB- -LRB-) (NP (CD 1\\/2)) (-RRB- -RRB-) ('' '')))",
        &A, &D, "t", 1, NULL);
    assert_non_null(r);
    assert_string_equal(r->label, "ROOT");
    const ew_ptb_node *s = r->kids[0];
    assert_int_equal(s->nkids, 6);
    assert_string_equal(s->kids[0]->word, "\"");
    assert_string_equal(s->kids[0]->label, "``");
    assert_string_equal(s->kids[2]->word, "(");
    assert_string_equal(s->kids[3]->kids[0]->word, "1/2");
    assert_string_equal(s->kids[4]->word, ")");
    assert_int_equal(r->first, 0);
    assert_int_equal(r->last, 5);
}

static void classic_root_and_empty_elements(void **state)
{
    (void)state;
    ew_ptb_node *r = ew_ptb_parse(
        "( (S (NP-SBJ-1 (NNP Gondor)) (VP (VBD wanted) (S (NP-SBJ (-NONE- *-1)) "
        "(VP (TO to) (VP (VB talk)))))) )", &A, &D, "t", 1, NULL);
    assert_non_null(r);
    assert_string_equal(r->label, "ROOT");
    assert_int_equal(r->last, 3); /* Gondor wanted to talk: the trace is gone */
    ew_sentence *s = ew_ptb_to_sentence(r, NULL, &A, &D);
    assert_int_equal(s->n, 4);
    assert_string_equal(dep(s, "Gondor"), "nsubj>wanted");
    assert_string_equal(dep(s, "talk"), "xcomp>wanted");
    assert_string_equal(dep(s, "to"), "mark>talk");
    assert_int_equal(D.errors, 0);
}

static void malformed_trees_are_rejected(void **state)
{
    (void)state;
    static const char *bad[] = {
        "", "   ", "S (NP x)", "(S (NP (NN x))", "(S (NP (NN x))))", "(S ( (NN x)))",
        "(S (NN x) word)", "(S word (NN x))", "(NN)", "()", "(S (NN x)) (S (NN y))", "(S (NN x)) junk",
        "(S (-NONE- *T*))",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t before = D.errors;
        assert_null(ew_ptb_parse(bad[i], &A, &D, "t", 1, NULL));
        assert_int_equal(D.errors, before + 1);
    }
    assert_null(ew_ptb_to_sentence(NULL, NULL, &A, &D));
}

static void deep_nesting_is_bounded(void **state)
{
    (void)state;
    size_t depth = 100000;
    char *s = malloc(depth * 4 + 16);
    size_t k = 0;
    for (size_t i = 0; i < depth; i++) {
        memcpy(s + k, "(X ", 3);
        k += 3;
    }
    memcpy(s + k, "w", 1);
    k++;
    memset(s + k, ')', depth);
    k += depth;
    s[k] = '\0';
    assert_null(ew_ptb_parse(s, &A, &D, "t", 1, NULL));
    free(s);
}

static void passive_with_agent_and_negation(void **state)
{
    (void)state;
    ew_sentence *s = conv(
        "(ROOT (S (NP (DT The) (NN embassy)) (VP (VBD was) (RB not) (VP (VBN attacked)"
        " (PP (IN by) (NP (NNS rebels))))) (. .)))",
        "The embassy was not attacked by rebels.");
    assert_string_equal(dep(s, "attacked"), "root>ROOT");
    assert_string_equal(dep(s, "embassy"), "nsubj:pass>attacked");
    assert_string_equal(dep(s, "was"), "aux:pass>attacked");
    assert_string_equal(dep(s, "not"), "advmod:neg>attacked");
    assert_string_equal(dep(s, "rebels"), "obl:agent>attacked");
    assert_string_equal(dep(s, "by"), "case>rebels");
    assert_string_equal(dep(s, "The"), "det>embassy");
    assert_string_equal(dep(s, "."), "punct>attacked");
    assert_int_equal(tok(s, "was")->upos, EW_UPOS_AUX);
    assert_int_equal(tok(s, "rebels")->upos, EW_UPOS_NOUN);
    assert_string_equal(tok(s, "rebels")->xpos, "NNS");
    assert_null(tok(s, "rebels")->lemma);
    assert_ptr_not_equal(s->ptb, NULL);
}

static void agent_needs_a_passive(void **state)
{
    (void)state;
    /* "has received by courier": perfect, not passive: plain obl */
    ew_sentence *s = conv(
        "(ROOT (S (NP (NNP Bree)) (VP (VBZ has) (VP (VBN received) (PP (IN by)"
        " (NP (NN courier))) (NP (DT a) (NN letter))))))", NULL);
    assert_string_equal(dep(s, "courier"), "obl>received");
    assert_string_equal(dep(s, "Bree"), "nsubj>received");
    /* reduced relative: passive without an auxiliary */
    s = conv(
        "(ROOT (NP (NP (DT the) (NN fort)) (VP (VBN taken) (PP (IN by) (NP (NNS orcs))))))",
        NULL);
    assert_string_equal(dep(s, "taken"), "acl>fort");
    assert_string_equal(dep(s, "orcs"), "obl:agent>taken");
    /* a modal over a mis-bracketed S still heads nothing */
    s = conv(
        "(ROOT (S (NP (PRP it)) (VP (MD would) (S (VP (VBG acting) (ADVP (RB now)))))))", NULL);
    assert_string_equal(dep(s, "acting"), "root>ROOT");
    assert_string_equal(dep(s, "would"), "aux>acting");
    assert_string_equal(dep(s, "it"), "nsubj>acting");
}

static void fronted_time_possessives_and_fixed_phrases(void **state)
{
    (void)state;
    ew_sentence *s = conv(
        "(ROOT (S (NP-TMP (NNP Yesterday)) (, ,) (NP (NNP Gondor) (POS 's) (NN king))"
        " (VP (VBD left) (PP (VBG according) (PP (TO to) (NP (NNS scouts))))) (. .)))", NULL);
    assert_string_equal(dep(s, "Yesterday"), "obl:tmod>left");
    assert_string_equal(dep(s, "king"), "nsubj>left");
    assert_string_equal(dep(s, "Gondor"), "nmod:poss>king");
    assert_string_equal(dep(s, "'s"), "case>Gondor");
    assert_string_equal(dep(s, "scouts"), "obl>left");
    assert_string_equal(dep(s, "according"), "case>scouts");
    s = conv(
        "(ROOT (NP (QP (RB as) (JJ many) (IN as) (CD 300)) (NNS riders)))", NULL);
    assert_string_equal(dep(s, "300"), "nummod>riders");
    assert_string_equal(dep(s, "many"), "amod>300");
}

static void existential_there(void **state)
{
    (void)state;
    ew_sentence *s = conv(
        "(ROOT (S (NP (EX There)) (VP (VBD were) (NP (NNS clashes)) (PP (IN in) (NP (NNP Bree))))"
        " (. .)))", NULL);
    assert_string_equal(dep(s, "were"), "root>ROOT");
    assert_string_equal(dep(s, "There"), "expl>were");
    assert_string_equal(dep(s, "clashes"), "nsubj>were");
    assert_string_equal(dep(s, "Bree"), "obl>were");
    s = conv(
        "(ROOT (S (NP (EX there)) (VP (MD may) (VP (VB be) (NP (NNS talks))))))", NULL);
    assert_string_equal(dep(s, "be"), "root>ROOT");
    assert_string_equal(dep(s, "may"), "aux>be");
    assert_string_equal(dep(s, "talks"), "nsubj>be");
    /* an ordinary copula is untouched */
    s = conv("(ROOT (S (NP (PRP It)) (VP (VBZ is) (NP (DT a) (NN truce)))))", NULL);
    assert_string_equal(dep(s, "truce"), "root>ROOT");
    assert_string_equal(dep(s, "is"), "cop>truce");
}

static void tabari_aux_tags(void **state)
{
    (void)state;
    ew_sentence *s = conv(
        "( (S (NP (DT A) (NN court)) (VP (AUXZ has) (VP (VBN jailed) (NP (DT a) (NN thief))))) )",
        NULL);
    assert_string_equal(dep(s, "has"), "aux>jailed");
    assert_int_equal(tok(s, "has")->upos, EW_UPOS_AUX);
    s = conv("( (S (NP (NNP Bree)) (VP (AUXD was) (VP (VBN sacked)))) )", NULL);
    assert_string_equal(dep(s, "was"), "aux:pass>sacked");
    assert_string_equal(dep(s, "Bree"), "nsubj:pass>sacked");
}

static void did_not_and_contraction_alignment(void **state)
{
    (void)state;
    const char *text = "Mordor didn't sign the treaty.";
    ew_sentence *s = conv(
        "(ROOT (S (NP (NNP Mordor)) (VP (VBD did) (RB n't) (VP (VB sign)"
        " (NP (DT the) (NN treaty)))) (. .)))", text);
    assert_string_equal(dep(s, "n't"), "advmod:neg>sign");
    assert_string_equal(dep(s, "did"), "aux>sign");
    assert_string_equal(dep(s, "treaty"), "obj>sign");
    const ew_token *t = tok(s, "n't");
    assert_int_equal(t->start, 10);
    assert_int_equal(t->end, 13);
    t = tok(s, "did");
    assert_int_equal(t->start, 7);
    assert_int_equal(t->end, 10);
    assert_int_equal(tok(s, ".")->start, 29);
}

static void coordination_in_np_and_vp(void **state)
{
    (void)state;
    ew_sentence *s = conv(
        "(ROOT (S (NP (NP (NNP Rohan)) (, ,) (NP (NNP Gondor)) (CC and) (NP (NNP Arnor)))"
        " (VP (VP (VBD met)) (CC but) (VP (VBD disagreed))) (. .)))", NULL);
    assert_string_equal(dep(s, "Rohan"), "nsubj>met");
    assert_string_equal(dep(s, "Gondor"), "conj>Rohan");
    assert_string_equal(dep(s, "Arnor"), "conj>Rohan");
    assert_string_equal(dep(s, "and"), "cc>Arnor");
    assert_string_equal(dep(s, ","), "punct>Gondor");
    assert_string_equal(dep(s, "disagreed"), "conj>met");
    assert_string_equal(dep(s, "but"), "cc>disagreed");
    /* modifiers joined by a CC stay modifiers of the noun */
    s = conv("(ROOT (NP (JJ northern) (CC and) (JJ southern) (NNS provinces)))", NULL);
    assert_string_equal(dep(s, "provinces"), "root>ROOT");
    assert_string_equal(dep(s, "northern"), "amod>provinces");
    assert_string_equal(dep(s, "southern"), "conj>northern");
    assert_string_equal(dep(s, "and"), "cc>southern");
}

static void pp_attachment_np_vs_vp(void **state)
{
    (void)state;
    ew_sentence *s = conv(
        "(ROOT (S (NP (NNP Gondor)) (VP (VBD sent) (NP (NP (NNS envoys)) (PP (IN from)"
        " (NP (NNP Minas) (NNP Tirith)))) (PP (TO to) (NP (NNP Rohan)))) (. .)))", NULL);
    assert_string_equal(dep(s, "Tirith"), "nmod>envoys");
    assert_string_equal(dep(s, "Minas"), "compound>Tirith");
    assert_string_equal(dep(s, "Rohan"), "obl>sent");
    assert_string_equal(dep(s, "to"), "case>Rohan");
    assert_string_equal(dep(s, "envoys"), "obj>sent");
}

static void copula_clauses_and_modifiers(void **state)
{
    (void)state;
    ew_sentence *s = conv(
        "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (JJ new) (NN king)) (VP (VBZ is)"
        " (NP (DT a) (JJ former) (NN ranger))) (. .)))", NULL);
    assert_string_equal(dep(s, "ranger"), "root>ROOT");
    assert_string_equal(dep(s, "is"), "cop>ranger");
    assert_string_equal(dep(s, "king"), "nsubj>ranger");
    assert_string_equal(dep(s, "Gondor"), "nmod:poss>king");
    assert_string_equal(dep(s, "'s"), "case>Gondor");
    assert_string_equal(dep(s, "new"), "amod>king");
    s = conv(
        "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (IN that) (S (NP (PRP it))"
        " (VP (MD would) (VP (VB give) (NP (NNP Gondor)) (NP (CD 300) (NNS horses)))))))"
        " (. .)))", NULL);
    assert_string_equal(dep(s, "give"), "ccomp>said");
    assert_string_equal(dep(s, "that"), "mark>give");
    assert_int_equal(tok(s, "that")->upos, EW_UPOS_SCONJ);
    assert_string_equal(dep(s, "would"), "aux>give");
    assert_string_equal(dep(s, "Gondor"), "iobj>give");
    assert_string_equal(dep(s, "horses"), "obj>give");
    assert_string_equal(dep(s, "300"), "nummod>horses");
    s = conv(
        "(ROOT (S (NP (NP (DT the) (NNS riders)) (SBAR (WHNP (WP who)) (S (VP (VBD fled)))))"
        " (VP (VBD returned) (SBAR (IN after) (S (NP (DT the) (NN storm)) (VP (VBD ended)))))))",
        NULL);
    assert_string_equal(dep(s, "fled"), "acl:relcl>riders");
    assert_string_equal(dep(s, "who"), "nsubj>fled");
    assert_string_equal(dep(s, "ended"), "advcl>returned");
    assert_string_equal(dep(s, "after"), "mark>ended");
    s = conv(
        "(ROOT (NP (NP (DT the) (NN claim)) (SBAR (IN that) (S (NP (NNP Rohan))"
        " (VP (VBD lied))))))", NULL);
    assert_string_equal(dep(s, "lied"), "acl>claim");
    assert_string_equal(dep(s, "that"), "mark>lied");
    s = conv(
        "(ROOT (NP (NP (DT the) (NN horse)) (SBAR (WHNP (WDT that)) (S (NP (PRP he))"
        " (VP (VBD rode))))))", NULL);
    assert_string_equal(dep(s, "rode"), "acl:relcl>horse");
    assert_string_equal(dep(s, "that"), "obj>rode");
}

static void reported_speech_and_appos(void **state)
{
    (void)state;
    ew_sentence *s = conv(
        "(ROOT (S (S (NP (NNP Rohan)) (VP (VBD attacked) (NP (NNP Isengard)))) (, ,)"
        " (NP (NP (NNP Eomer)) (, ,) (NP (DT a) (NN marshal)) (, ,)) (VP (VBD said)) (. .)))",
        NULL);
    assert_string_equal(dep(s, "attacked"), "root>ROOT");
    assert_string_equal(dep(s, "said"), "parataxis>attacked");
    assert_string_equal(dep(s, "Eomer"), "nsubj>said");
    assert_string_equal(dep(s, "marshal"), "appos>Eomer");
}

static void alignment_of_odd_tokens(void **state)
{
    (void)state;
    const char *text = "\xe2\x80\x9cPeace (now)\xe2\x80\x9d, said Faramir.";
    ew_sentence *s = conv(
        "(ROOT (S (`` ``) (NP (NN Peace) (PRN (-LRB- -LRB-) (ADVP (RB now)) (-RRB- -RRB-)))"
        " ('' '') (, ,) (VP (VBD said)) (NP (NNP Faramir)) (NN zzzz) (. .)))", text);
    assert_int_equal(s->tok[0].start, 0);
    assert_int_equal(s->tok[0].end, 3);
    assert_int_equal(tok(s, "(")->start, 9);
    assert_int_equal(tok(s, ")")->end, 14);
    assert_int_equal(tok(s, "\"")->start, 0);
    assert_int_equal(s->tok[5].start, 14); /* the closing quote */
    assert_int_equal(s->tok[5].end, 17);
    assert_int_equal(tok(s, "Faramir")->start, 24);
    assert_int_equal(tok(s, "zzzz")->start, 0); /* not in the text */
    assert_int_equal(tok(s, "zzzz")->end, 0);
    assert_int_equal(tok(s, ".")->start, 31);
}

static void every_node_has_span_and_head(void **state)
{
    (void)state;
    ew_ptb_node *r = ew_ptb_parse(
        "(ROOT (S (NP (DT The) (NNS orcs)) (VP (VBD burned) (NP (DT the) (NN bridge)))))",
        &A, &D, "t", 1, NULL);
    ew_sentence *s = ew_ptb_to_sentence(r, NULL, &A, &D);
    assert_ptr_equal(s->ptb, r);
    const ew_ptb_node *sn = r->kids[0];
    assert_int_equal(sn->head, 2);
    assert_int_equal(sn->kids[0]->first, 0);
    assert_int_equal(sn->kids[0]->last, 1);
    assert_int_equal(sn->kids[0]->head, 1);
    assert_int_equal(sn->kids[1]->head, 2);
    assert_int_equal(sn->kids[1]->kids[1]->head, 4);
    assert_int_equal(sn->head_kid, 1);              /* the VP heads S */
    assert_int_equal(sn->kids[0]->head_kid, 1);     /* "orcs" heads the NP */
    assert_int_equal(sn->kids[0]->kids[0]->head_kid, -1);
    for (size_t i = 0; i < s->n; i++)
        assert_true(s->tok[i].head >= 0);
}


/* Found by fuzz_ptb in a CI smoke run: an existential clause whose inner VP
 * has a bare word and no head child crashed the copula undo (read of
 * kids[-1]).  Any result is fine; no crash is the test. */
static void fuzz_vp_without_head_child(void **state)
{
    (void)state;
    static const char input[] = "(ROOT (NP (TR\340\327\255\275OOT (S (NP (EX Ther0e)) (VP (VBDVB0 did)) (RB n't) (VP (VBu attack) (NP  (NP (TR\340\327\255\275OOT (S (NP (EX Ther0e)) (VP ondit)) (VP (VBD r@er0e)) (VP ondit)) (VP (VBD r@ainedained)))))))))";
    ew_ptb_node *r = ew_ptb_parse(input, &A, &D, "t", 1, NULL);
    if (r)
        (void)ew_ptb_to_sentence(r, NULL, &A, &D);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(reads_tree_and_escapes, setup, teardown),
        cmocka_unit_test_setup_teardown(classic_root_and_empty_elements, setup, teardown),
        cmocka_unit_test_setup_teardown(malformed_trees_are_rejected, setup, teardown),
        cmocka_unit_test_setup_teardown(deep_nesting_is_bounded, setup, teardown),
        cmocka_unit_test_setup_teardown(passive_with_agent_and_negation, setup, teardown),
        cmocka_unit_test_setup_teardown(agent_needs_a_passive, setup, teardown),
        cmocka_unit_test_setup_teardown(tabari_aux_tags, setup, teardown),
        cmocka_unit_test_setup_teardown(existential_there, setup, teardown),
        cmocka_unit_test_setup_teardown(fronted_time_possessives_and_fixed_phrases, setup, teardown),
        cmocka_unit_test_setup_teardown(did_not_and_contraction_alignment, setup, teardown),
        cmocka_unit_test_setup_teardown(coordination_in_np_and_vp, setup, teardown),
        cmocka_unit_test_setup_teardown(pp_attachment_np_vs_vp, setup, teardown),
        cmocka_unit_test_setup_teardown(copula_clauses_and_modifiers, setup, teardown),
        cmocka_unit_test_setup_teardown(reported_speech_and_appos, setup, teardown),
        cmocka_unit_test_setup_teardown(alignment_of_odd_tokens, setup, teardown),
        cmocka_unit_test_setup_teardown(every_node_has_span_and_head, setup, teardown),
        cmocka_unit_test_setup_teardown(fuzz_vp_without_head_child, setup, teardown),
    };
    return cmocka_run_group_tests_name("io/ptb", tests, NULL, NULL);
}
