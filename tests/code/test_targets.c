/* Tests for the coder's choice of sides (src/code/coder.c topic phrases,
 * src/code/verbs.c find_target / find_source): a phrase coded only through
 * a word modifying its common-noun head ("the laws of Kastria", "the
 * Kastria budget") is a topic, not an actor.  A statement prefers an actor
 * as its target and keeps the topic only when nothing else is there; the
 * nearest-phrase source search prefers an actor to a topic.  Invented
 * mini-dictionaries and sentences, as Penn trees (coded through the tree
 * and through its dependency conversion) and CoNLL-U. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "coder_fixture.h"

#include "code/coder.h"
#include "code/view.h"
#include "io/conllu.h"
#include "io/ptb.h"

static const char *verbs_txt =
    "--- SAY [010] ---\nSAY\nSAID\n\n"
    "--- ATTACK [190] ---\nATTACK\nATTACKED\n";
static const char *actors_txt = "VELMORA [VLM]\nKASTRIA [KST]\nDUNHOLT [DNH]\n";
static const char *agents_txt = "POLICE [~COP]\nMINISTER [~GOV]\nGOVERNMENT [~GOV]\n";

static int setup(void **state)
{
    return fixture_setup(state, verbs_txt, actors_txt, agents_txt, NULL);
}

#define CHECK_BOTH(fx, tree, text, want)                                \
    do {                                                                \
        ew_arena a_;                                                    \
        ew_arena_init(&a_, 0);                                          \
        assert_string_equal(fixture_code_ptb(fx, tree, text, 20050101, &a_, 1), want);    \
        assert_string_equal(fixture_code_ptb(fx, tree, text, 20050101, &a_, 0), want);    \
        ew_arena_free(&a_);                                             \
    } while (0)

/* "the laws of Kastria" is what Velmora spoke about; Dunholt, named as
 * an actor later in the clause, is the better target.  Before the rule
 * the first coded phrase won: VLM KST 010. */
static void statement_prefers_actor_to_topic(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (NP (DT the) (NNS laws)) "
               "(PP (IN of) (NP (NNP Kastria)))) (VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
               "Velmora said the laws of Kastria angered Dunholt.", "VLM DNH 010;");
    /* an adjective-like name before the head: the same */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (DT the) (NNP Kastria) (NN budget)) "
               "(VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
               "Velmora said the Kastria budget angered Dunholt.", "VLM DNH 010;");
}

/* With no actor in the clause the topic stays the target: the rule picks
 * among targets, it drops no statement. */
static void statement_keeps_topic_when_alone(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (DT the) (NNP Kastria) (NN budget)) "
               "(VP (VBD grew))))) (. .)))",
               "Velmora said the Kastria budget grew.", "VLM KST 010;");
}

/* A head covered by an agent, a head that names members ("a Kastria
 * man", "Kastria groups") or an institution ("the Kastria council") names
 * its actor: no topic, first one wins. */
static void agent_and_member_heads_are_actors(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (DT the) (NNP Kastria) (NN police)) "
               "(VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
               "Velmora said the Kastria police angered Dunholt.", "VLM KSTCOP 010;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (DT a) (NNP Kastria) (NN man)) "
               "(VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
               "Velmora said a Kastria man angered Dunholt.", "VLM KST 010;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (DT the) (NNP Kastria) (NN council)) "
               "(VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
               "Velmora said the Kastria council angered Dunholt.", "VLM KST 010;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (DT the) (NNP Kastria) (NNS forces)) "
               "(VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
               "Velmora said the Kastria forces angered Dunholt.", "VLM KST 010;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (PRP$ his) (NNP Kastria) (NN counterpart)) "
               "(VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
               "Velmora said his Kastria counterpart angered Dunholt.", "VLM KST 010;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (NNP Kastria) (NNS commandos)) "
               "(VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
               "Velmora said Kastria commandos angered Dunholt.", "VLM KST 010;");
}

/* Material acts keep the first coded phrase, topic or not ("attacked the
 * Kastria embassy" is an attack on Kastria's property). */
static void material_act_keeps_topic_target(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (DT the) (NNP Kastria) (NN embassy)) "
               "(PP (IN in) (NP (NNP Dunholt)))) (. .)))",
               "Velmora attacked the Kastria embassy in Dunholt.", "VLM KST 190;");
}

/* No subject in the tree (our parser hung "Velmora" elsewhere): the
 * nearest coded phrase before the verb was "a letter to the Kastria
 * council" (KST); an actor before it is the speaker. */
static void source_search_prefers_actor_to_topic(void **state)
{
    fixture *fx = *state;
    const char *conllu =
        "1\tVelmora\tVelmora\tPROPN\tNNP\t_\t9\tdep\t_\t_\n"
        "2\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
        "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
        "4\tletter\tletter\tNOUN\tNN\t_\t9\tobl\t_\t_\n"
        "5\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
        "6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
        "7\tKastria\tKastria\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
        "8\tcouncil\tcouncil\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
        "9\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "10\tDunholt\tDunholt\tPROPN\tNNP\t_\t11\tnsubj\t_\t_\n"
        "11\twon\twin\tVERB\tVBD\t_\t9\tccomp\t_\t_\n"
        "12\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_sentence *s = ew_conllu_parse(conllu, strlen(conllu), &a, &d, "t", 1);
    assert_non_null(s);
    assert_string_equal(fixture_code_text(fx, s, &a), "VLM DNH 010;");
    ew_arena_free(&a);
}

/* A phrase on a place preposition is where, not who: "Velmora in Kastria
 * said" (our parser left "Velmora" without the subject relation) is
 * Velmora's statement; with no other actor before the verb the place
 * still speaks for its country, as before. */
static void source_search_prefers_actor_to_place(void **state)
{
    fixture *fx = *state;
    const char *velmora_in_kastria =
        "1\tVelmora\tVelmora\tPROPN\tNNP\t_\t4\tdep\t_\t_\n"
        "2\tin\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
        "3\tKastria\tKastria\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
        "4\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "5\tDunholt\tDunholt\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
        "6\twon\twin\tVERB\tVBD\t_\t4\tccomp\t_\t_\n"
        "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    const char *in_kastria_rebels =
        "1\tIn\tin\tADP\tIN\t_\t2\tcase\t_\t_\n"
        "2\tKastria\tKastria\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
        "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
        "4\trebels\trebel\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
        "5\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "6\tDunholt\tDunholt\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
        "7\twon\twin\tVERB\tVBD\t_\t5\tccomp\t_\t_\n"
        "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_sentence *s = ew_conllu_parse(velmora_in_kastria, strlen(velmora_in_kastria), &a, &d,
                                     "t", 1);
    assert_non_null(s);
    assert_string_equal(fixture_code_text(fx, s, &a), "VLM DNH 010;");
    s = ew_conllu_parse(in_kastria_rebels, strlen(in_kastria_rebels), &a, &d, "t", 1);
    assert_non_null(s);
    assert_string_equal(fixture_code_text(fx, s, &a), "KST DNH 010;");
    ew_arena_free(&a);
}

/* "The Velmora minister said Velmora trusts Kastria": the speaker's own
 * country, bare, gives way to a later actor; alone, it stays. */
static void statement_own_country_gives_way(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (DT The) (NNP Velmora) (NN minister)) (VP (VBD said) (SBAR (S (NP (NNP Velmora)) "
               "(VP (VBZ trusts) (NP (NNP Kastria)))))) (. .)))",
               "The Velmora minister said Velmora trusts Kastria.", "VLMGOV KST 010;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (DT The) (NNP Velmora) (NN minister)) (VP (VBD said) (SBAR (S (NP (NNP Velmora)) "
               "(VP (VBD grew))))) (. .)))",
               "The Velmora minister said Velmora grew.", "VLMGOV VLM 010;");
    /* another country is no own country: Kastria stays before Dunholt */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (DT The) (NNP Velmora) (NN minister)) (VP (VBD said) (SBAR (S (NP (NNP Kastria)) "
               "(VP (VBZ trusts) (NP (NNP Dunholt)))))) (. .)))",
               "The Velmora minister said Kastria trusts Dunholt.", "VLMGOV KST 010;");
}

/* "The Velmora minister said the government raised the Kastria budget":
 * "the government" (---GOV) is the minister's own side, which a document
 * country would make the minister itself; the topic stays the target. */
static void statement_own_agent_keeps_topic(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (DT The) (NNP Velmora) (NN minister)) (VP (VBD said) (SBAR (S (NP (DT the) (NN government)) "
               "(VP (VBD raised) (NP (DT the) (NNP Kastria) (NN budget)))))) (. .)))",
               "The Velmora minister said the government raised the Kastria budget.", "VLMGOV KST 010;");
    /* another agent is no own side: "the police" stays the target */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (DT The) (NNP Velmora) (NN minister)) (VP (VBD said) (SBAR (S (NP (DT the) (NN police)) "
               "(VP (VBD raised) (NP (DT the) (NNP Kastria) (NN budget)))))) (. .)))",
               "The Velmora minister said the police raised the Kastria budget.", "VLMGOV ---COP 010;");
}

/* A statement's topic outranks the place where it was said or where its
 * topic lies ("said the work of the Dunholt dam in Kastria", "in Kastria"
 * on the verb): it is about the dam, not addressed to Kastria.  Before the
 * rule the place won as the first actor: VLM KST 010.  With no topic the
 * place is still the target. */
static void statement_prefers_topic_to_place(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (NP (NP (DT the) (NN work)) "
               "(PP (IN of) (NP (DT the) (NNP Dunholt) (NN dam)))) (PP (IN in) (NP (NNP Kastria)))) (. .)))",
               "Velmora said the work of the Dunholt dam in Kastria.", "VLM DNH 010;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (NP (NP (DT the) (NN work)) "
               "(PP (IN in) (NP (NNP Kastria))))) (. .)))",
               "Velmora said the work in Kastria.", "VLM KST 010;");
}

static void collect(void *user, const char *line)
{
    char *buf = user;
    snprintf(buf + strlen(buf), 4096 - strlen(buf), "%s\n", line);
}

/* explain says which phrase is a topic, and only that one. */
static void trace_names_topic_phrases(void **state)
{
    fixture *fx = *state;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    const char *text = "Velmora said the laws of Kastria angered Dunholt.";
    ew_ptb_node *root = ew_ptb_parse(
        "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (NP (DT the) (NNS laws)) "
        "(PP (IN of) (NP (NNP Kastria)))) (VP (VBD angered) (NP (NNP Dunholt)))))) (. .)))",
        &a, &d, "t", 1, "t");
    ew_sentence *s = ew_ptb_to_sentence(root, text, &a, &d);
    s->ptb = NULL;
    char *buf = calloc(1, 4096);
    ew_coder c = {fx->dict, {0}, collect, buf, &d};
    ew_code_options_default(&c.opt);
    ew_event_list ev = {0};
    ew_code_sentence(&c, s, &a, &ev);
    assert_non_null(strstr(buf, "LAWS OF KASTRIA\" -> KST (topic"));
    assert_non_null(strstr(buf, "\"DUNHOLT\" -> DNH\n"));
    assert_non_null(strstr(buf, "\"VELMORA\" -> VLM\n"));
    free(buf);
    ew_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(statement_prefers_actor_to_topic),
        cmocka_unit_test(statement_keeps_topic_when_alone),
        cmocka_unit_test(agent_and_member_heads_are_actors),
        cmocka_unit_test(material_act_keeps_topic_target),
        cmocka_unit_test(source_search_prefers_actor_to_topic),
        cmocka_unit_test(statement_own_country_gives_way),
        cmocka_unit_test(source_search_prefers_actor_to_place),
        cmocka_unit_test(statement_own_agent_keeps_topic),
        cmocka_unit_test(statement_prefers_topic_to_place),
        cmocka_unit_test(trace_names_topic_phrases),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
