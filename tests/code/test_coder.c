/* Tests for src/code: the coder on invented mini-dictionaries and
 * sentences given as Penn trees and as CoNLL-U (fixtures written here). */
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
#include "io/event_json.h"
#include "io/ptb.h"

static const char *verbs_txt =
    "&TIEKIND\n+TRADE\n+NAVAL\n\n"
    "&ARMED\n+TROOPS\n+SOLDIERS\n\n"
    "--- LAND [042] ---\nLAND\nLANDED\n- &ARMED * IN + [154]\n\n"
    "--- PRAISE [051] ---\nPRAISE\nPRAISED\n- * FOR_HELP [052]\n\n"
    "--- MEET [036] ---\nMEET\nMET\n- * WITH + [040]\n\n"
    "--- CUT [---] ---\nCUT\n- * &TIEKIND TIES [161]\n\n"
    "--- ATTACK [190] ---\nATTACK\nATTACKED\n\n"
    "--- SIGN [057:057] ---\nSIGN\nSIGNED\n\n"
    "--- CONSULT [040] ---\nCONSULT\nCONSULTED\n- % * [041]\n\n"
    "--- WALK [---] ---\nWALK\nWALKED\n+WALKED_OUT_ON [194]\n\n"
    "--- HOLD [---] ---\nHOLD\nHELD\n- * {FORMAL TALKS} (WITH +) [042]\n\n"
    "--- BLAME [111:112] ---\nBLAME\nBLAMED\n- NOT * [013]\n\n"
    "--- SAY [010] ---\nSAY\nSAID\n\n"
    "--- HOST [042] ---\nHOST\nHOSTED\n- * + [043]\n\n"
    "--- SNOOP [---] ---\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n- WILL NOT * [081]\n";
static const char *actors_txt =
    "VELMORA [VLM]\nKASTRIA [KST]\nDUNHOLT [DNH]\n"
    "OLDEN_KING\n\t[VLMGOV 20000101-20091231]\n\t[KSTGOV >20100101]\n";
static const char *agents_txt = "POLICE [~COP]\nMINISTER [~GOV]\nCHARITY [NGO~]\n";
static const char *discards_txt = "FOOTBALL\n+STORM SURGE\n";

static int setup(void **state)
{
    return fixture_setup(state, verbs_txt, actors_txt, agents_txt, discards_txt);
}

/* Codes one CoNLL-U sentence with the default options; the events live in
 * the arena. */
static ew_event_list code_conllu(fixture *fx, const char *conllu, ew_arena *a)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_sentence *s = ew_conllu_parse(conllu, strlen(conllu), a, &d, "t", 1);
    assert_non_null(s);
    return fixture_code(fx, s, a);
}

#define CHECK_BOTH(fx, tree, text, date, want)                          \
    do {                                                                \
        ew_arena a_;                                                    \
        ew_arena_init(&a_, 0);                                          \
        assert_string_equal(fixture_code_ptb(fx, tree, text, date, &a_, 1), want); \
        assert_string_equal(fixture_code_ptb(fx, tree, text, date, &a_, 0), want); \
        ew_arena_free(&a_);                                             \
    } while (0)

static void verb_code_subject_object(void **state)
{
    CHECK_BOTH(*state, "(ROOT (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria))) (. .)))",
               "Velmora attacked Kastria.", 20050101, "VLM KST 190;");
}

static void pattern_with_target_and_adjacency(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD met) (PP (IN with) (NP (NNP Kastria)))) (. .)))",
               "Velmora met with Kastria.", 20050101, "VLM KST 040;");
    /* FOR_HELP needs the two words adjacent: "for quick help" falls back */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD praised) (NP (NNP Kastria)) (PP (IN for) (NP (JJ quick) (NN help)))) (. .)))",
               "Velmora praised Kastria for quick help.", 20050101, "VLM KST 051;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD praised) (NP (NNP Kastria)) (PP (IN for) (NP (NN help)))) (. .)))",
               "Velmora praised Kastria for help.", 20050101, "VLM KST 052;");
}

static void synset_and_null_verb_code(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD cut) (NP (NN naval) (NNS ties)) (PP (IN with) (NP (NNP Kastria)))) (. .)))",
               "Velmora cut naval ties with Kastria.", 20050101, "VLM KST 161;");
    /* no pattern and a "---" verb: nothing */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD cut) (NP (NN bread))) (. .)))",
               "Velmora cut bread.", 20050101, "");
}

static void compound_source_one_event_per_pair(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora) (CC and) (NNP Dunholt)) (VP (VBD attacked) (NP (NNP Kastria))) (. .)))",
               "Velmora and Dunholt attacked Kastria.", 20050101,
               "VLM KST 190;DNH KST 190;");
}

static void agents_combine_with_actors(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora) (NN police)) (VP (VBD attacked) (NP (NNP Kastria) (NN charity))) (. .)))",
               "Velmora police attacked Kastria charity.", 20050101, "VLMCOP NGOKST 190;");
}

static void dated_actor_by_sentence_date(void **state)
{
    const char *tree = "(ROOT (S (NP (NNP Olden) (NNP King)) (VP (VBD attacked) (NP (NNP Dunholt))) (. .)))";
    CHECK_BOTH(*state, tree, "Olden King attacked Dunholt.", 20050101, "VLMGOV DNH 190;");
    CHECK_BOTH(*state, tree, "Olden King attacked Dunholt.", 20120101, "KSTGOV DNH 190;");
}

static void passive_by_agent_swaps(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Kastria)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Velmora))))) (. .)))",
               "Kastria was attacked by Velmora.", 20050101, "VLM KST 190;");
}

static void symmetric_code_both_ways(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD signed) (NP (DT a) (NN deal)) (PP (IN with) (NP (NNP Kastria)))) (. .)))",
               "Velmora signed a deal with Kastria.", 20050101, "VLM KST 057;KST VLM 057;");
}

static void discard_phrase_codes_nothing(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria)) (PP (IN in) (NP (NN football)))) (. .)))",
               "Velmora attacked Kastria in football.", 20050101, "");
}

static void conllu_input_alone(void **state)
{
    fixture *fx = *state;
    const char *conllu =
        "1\tVelmora\tVelmora\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\twith\twith\tADP\tIN\t_\t4\tcase\t_\t_\n"
        "4\tKastria\tKastria\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_event_list ev = code_conllu(fx, conllu, &a);
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].code, "040");
    assert_string_equal(ev.v[0].source.code, "VLM");
    assert_string_equal(ev.v[0].target.code, "KST");
    ew_arena_free(&a);
}

/* Token offsets that index another text than s->text (the raw document
 * before "&ldquo;" was decoded, say) must not cut actor texts mid-word or
 * mid-character: the forms are used instead. */
static void actor_text_never_cuts_characters(void **state)
{
    fixture *fx = *state;
    const char *conllu =
        "1\tVelmora\tVelmora\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\twith\twith\tADP\tIN\t_\t4\tcase\t_\t_\n"
        "4\tKastria\tKastria\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_sentence *s = ew_conllu_parse(conllu, strlen(conllu), &a, &d, "t", 1);
    assert_non_null(s);
    /* offsets shifted by 7 bytes, as if "&ldquo;" stood where the
     * 3-byte quote is */
    s->text = "\xE2\x80\x9CVelmora\xE2\x80\x9D met with Kastria";
    uint32_t off[][2] = {{7, 14}, {21, 24}, {25, 29}, {30, 37}};
    for (size_t i = 0; i < 4; i++) {
        s->tok[i].start = off[i][0];
        s->tok[i].end = off[i][1];
    }
    ew_coder c = {fx->dict, {0}, NULL, NULL, &d};
    ew_code_options_default(&c.opt);
    ew_event_list ev = {0};
    ew_code_sentence(&c, s, &a, &ev);
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].source.text, "Velmora");
    assert_string_equal(ev.v[0].target.text, "Kastria");
    /* offsets that fit keep the words as written */
    uint32_t fit[][2] = {{3, 10}, {14, 17}, {18, 22}, {23, 30}};
    for (size_t i = 0; i < 4; i++) {
        s->tok[i].start = fit[i][0];
        s->tok[i].end = fit[i][1];
    }
    ev.n = 0;
    ew_code_sentence(&c, s, &a, &ev);
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].source.text, "Velmora");
    assert_int_equal(ev.v[0].source.span.start, 3);
    ew_arena_free(&a);
}

/* A place after "at" is where talks happen, not whom they are with; for
 * force it stays the target. */
static void venue_is_not_a_target(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD met) (NP (DT the) (NN envoy)) (PP (IN at) (NP (NNP Kastria)))) (. .)))",
               "Velmora met the envoy at Kastria.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD met) (PP (IN near) (NP (NNP Dunholt))) (PP (IN with) (NP (NNP Kastria)))) (. .)))",
               "Velmora met near Dunholt with Kastria.", 20050101, "VLM KST 040;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (DT the) (NN convoy)) (PP (IN at) (NP (NNP Kastria)))) (. .)))",
               "Velmora attacked the convoy at Kastria.", 20050101, "VLM KST 190;");
    /* a bare "+" of a pattern passes over the venue too */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD hosted) (PP (IN at) (NP (NNP Dunholt))) (NP (DT the) (NNP Kastria) (NN envoy))) (. .)))",
               "Velmora hosted at Dunholt the Kastria envoy.", 20050101, "VLM KST 043;");
}

/* "X said Y attacked Z" codes the attack; a half-coded inner event leaves
 * the statement. */
static void reported_speech_keeps_inner_event(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (NNP Dunholt)) (VP (VBD attacked) (NP (NNP Kastria)))))) (. .)))",
               "Velmora said Dunholt attacked Kastria.", 20050101, "DNH KST 190;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (NNS rebels)) (VP (VBD attacked) (NP (NNP Kastria)))))) (. .)))",
               "Velmora said rebels attacked Kastria.", 20050101, "VLM KST 010;");
}

static void require_dyad_option(void **state)
{
    fixture *fx = *state;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    const char *tree = "(ROOT (S (NP (NNS rebels)) (VP (VBD attacked) (NP (NNP Kastria))) (. .)))";
    ew_sentence *s = ew_ptb_to_sentence(ew_ptb_parse(tree, &a, &d, "t", 1, "t"),
                                        "rebels attacked Kastria.", &a, &d);
    ew_coder c = {fx->dict, {0}, NULL, NULL, &d};
    ew_code_options_default(&c.opt);
    ew_event_list ev = {0};
    ew_code_sentence(&c, s, &a, &ev);
    assert_int_equal(ev.n, 0);
    assert_int_equal(ew_code_options_set(&c.opt, "require_dyad", "False"), 0);
    ew_code_sentence(&c, s, &a, &ev);
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].source.code, "---");
    assert_int_equal(ew_code_options_set(&c.opt, "no_such_option", "1"), -1);
    ew_arena_free(&a);
}

static void event_json_escapes(void **state)
{
    (void)state;
    ew_event e;
    memset(&e, 0, sizeof e);
    e.doc_id = "d\"1";
    e.sent_id = "s\\1";
    e.date = 20050102;
    e.source.code = "VLM";
    e.source.text = "line\nbreak\x01";
    e.target.code = "KST";
    strcpy(e.code, "190");
    strcpy(e.root, "19");
    e.pattern = "- * WITH + [040]";
    e.verb = (ew_span){8, 16};
    ew_jbuf b = {0};
    ew_event_json(&b, &e);
    assert_string_equal(b.p,
        "{\"doc_id\":\"d\\\"1\",\"sent_id\":\"s\\\\1\",\"date\":\"2005-01-02\","
        "\"source\":{\"code\":\"VLM\",\"text\":\"line\\nbreak\\u0001\"},"
        "\"target\":{\"code\":\"KST\",\"text\":null},\"code\":\"190\",\"root\":\"19\","
        "\"pattern\":\"- * WITH + [040]\",\"spans\":{\"source\":null,\"target\":null,"
        "\"verb\":[8,16]}}\n");
    ew_jbuf_free(&b);
}

static void trace_into(void *user, const char *line)
{
    char *log = user;
    size_t n = strlen(log);
    if (n + strlen(line) + 2 < 4096) {
        strcpy(log + n, line);
        strcat(log, "\n");
    }
}

static void comma_aside_is_removed(void **state)
{
    /* "citing old quarrels" lies between two commas: removed, so the
     * source is found across it (the rest is longer than comma_emax, so it
     * is not a terminal clause) */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (, ,) (S (VP (VBG citing) (NP (JJ old) (NNS quarrels)))) (, ,)"
               " (VP (VBD attacked) (NP (NNP Kastria)) (PP (IN along) (NP (NP (DT the) (JJ long) (NN border))"
               " (PP (IN near) (NP (DT the) (JJ old) (NN river) (NN crossing)))))) (. .)))",
               "Velmora, citing old quarrels, attacked Kastria along the long border near the old river crossing.",
               20050101, "VLM KST 190;");
    /* a short stretch after the last comma is a terminal clause: removed */
    CHECK_BOTH(*state,
               "(ROOT (S (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria)))) (, ,)"
               " (NP (NNS officials)) (VP (VBD said)) (. .)))",
               "Velmora attacked Kastria, officials said.", 20050101, "VLM KST 190;");
}

static void compound_in_prepositional_modifier_shares_head(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NP (NNS ministers)) (PP (IN of) (NP (NNP Velmora) (CC and) (NNP Dunholt))))"
               " (VP (VBD attacked) (NP (NNP Kastria))) (. .)))",
               "ministers of Velmora and Dunholt attacked Kastria.", 20050101,
               "VLMGOV KST 190;DNHGOV KST 190;");
}

static void compound_pattern_before_verb(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora) (CC and) (NNP Kastria)) (VP (VBD consulted)) (. .)))",
               "Velmora and Kastria consulted.", 20050101, "VLM KST 041;KST VLM 041;");
}

static void new_actor_length_quotes_unknown_phrases(void **state)
{
    fixture *fx = *state;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    const char *tree = "(ROOT (S (NP (JJ hill) (NNS rebels)) (VP (VBD attacked) (NP (NNP Kastria))) (. .)))";
    ew_sentence *s = ew_ptb_to_sentence(ew_ptb_parse(tree, &a, &d, "t", 1, "t"),
                                        "hill rebels attacked Kastria.", &a, &d);
    ew_coder c = {fx->dict, {0}, NULL, NULL, &d};
    ew_code_options_default(&c.opt);
    assert_int_equal(ew_code_options_set(&c.opt, "new_actor_length", "2"), 0);
    ew_event_list ev = {0};
    ew_code_sentence(&c, s, &a, &ev);
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].source.code, "\"HILL REBELS\"");
    /* one word allowed: the phrase is too long, so "---", dropped by require_dyad */
    assert_int_equal(ew_code_options_set(&c.opt, "new_actor_length", "1"), 0);
    ev.n = 0;
    ew_code_sentence(&c, s, &a, &ev);
    assert_int_equal(ev.n, 0);
    ew_arena_free(&a);
}

static void explain_trace_says_why(void **state)
{
    fixture *fx = *state;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    const char *tree = "(ROOT (S (NP (NNP Velmora)) (VP (VBD cut) (NP (NN bread))) (. .)))";
    ew_sentence *s = ew_ptb_to_sentence(ew_ptb_parse(tree, &a, &d, "t", 1, "t"),
                                        "Velmora cut bread.", &a, &d);
    char log[4096] = "";
    ew_coder c = {fx->dict, {0}, NULL, NULL, &d};
    ew_code_options_default(&c.opt);
    c.trace = trace_into;
    c.trace_user = log;
    ew_event_list ev = {0};
    ew_code_sentence(&c, s, &a, &ev);
    assert_int_equal(ev.n, 0);
    assert_non_null(strstr(log, "verb \"CUT\""));
    assert_non_null(strstr(log, "no pattern matched"));
    ew_arena_free(&a);
}

static void multi_word_verb(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD walked) (PRT (RP out)) (PP (IN on) (NP (NNP Kastria)))) (. .)))",
               "Velmora walked out on Kastria.", 20050101, "VLM KST 194;");
    /* the single word has no code of its own */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD walked) (PP (IN to) (NP (NNP Kastria)))) (. .)))",
               "Velmora walked to Kastria.", 20050101, "");
}

static void petrarch2_pattern_groups(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD held) (NP (JJ formal) (NNS talks)) (PP (IN with) (NP (NNP Kastria)))) (. .)))",
               "Velmora held formal talks with Kastria.", 20050101, "VLM KST 042;");
}

static void negation_pattern_and_two_codes(void **state)
{
    /* "A:B" with different codes: A from source to target, B back */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD blamed) (NP (NNP Kastria))) (. .)))",
               "Velmora blamed Kastria.", 20050101, "VLM KST 111;KST VLM 112;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD did) (RB not) (VP (VB blame) (NP (NNP Kastria)))) (. .)))",
               "Velmora did not blame Kastria.", 20050101, "VLM KST 013;");
}

/* Negated, hypothetical, conditional and long-past acts are no news
 * (code/irrealis.h); "will" stays coded, and an xcomp shares the negation
 * of the verb it completes.  A statement about a hypothetical act is kept. */
static void negated_and_hypothetical_acts_not_coded(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Kastria)))) (. .)))",
               "Velmora did not attack Kastria.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (MD would) (VP (VB attack) (NP (NNP Kastria)))) (. .)))",
               "Velmora would attack Kastria.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (MD will) (VP (VB attack) (NP (NNP Kastria)))) (. .)))",
               "Velmora will attack Kastria.", 20050101, "VLM KST 190;");
    CHECK_BOTH(*state,
               "(ROOT (S (SBAR (IN If) (S (NP (NNP Velmora)) (VP (VBZ attacks) (NP (NNP Kastria))))) (, ,) (NP (NNS prices)) (VP (MD will) (VP (VB rise))) (. .)))",
               "If Velmora attacks Kastria, prices will rise.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (ADVP (RB never)) (VP (VBD tried) (S (VP (TO to) (VP (VB attack) (NP (NNP Kastria)))))) (. .)))",
               "Velmora never tried to attack Kastria.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (SBAR (S (NP (NNP Dunholt)) (VP (MD would) (VP (VB attack) (NP (NNP Kastria))))))) (. .)))",
               "Velmora said Dunholt would attack Kastria.", 20050101, "VLM DNH 010;");
    /* history retold: a year before the story's; not "since" */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria)) (PP (IN in) (NP (CD 1993)))) (. .)))",
               "Velmora attacked Kastria in 1993.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria)) (PP (IN in) (NP (CD 1993)))) (. .)))",
               "Velmora attacked Kastria in 1993.", 19930601, "VLM KST 190;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBZ has) (VP (VBN attacked) (NP (NNP Kastria)) (PP (IN since) (NP (CD 1993))))) (. .)))",
               "Velmora has attacked Kastria since 1993.", 20050101, "VLM KST 190;");
    /* the year of the main clause dates its adverbial clause too */
    CHECK_BOTH(*state,
               "(ROOT (S (PP (IN In) (NP (CD 1993))) (, ,) (SBAR (WHADVP (WRB when)) (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria))))) (, ,) (NP (NNS prices)) (VP (VBD rose)) (. .)))",
               "In 1993, when Velmora attacked Kastria, prices rose.", 20050101, "");
    /* an "if" clause makes an act conditional, not a statement about it */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (MD will) (VP (VB attack) (NP (NNP Kastria)) (SBAR (IN if) (S (NP (NNS talks)) (VP (VBP fail)))))) (. .)))",
               "Velmora will attack Kastria if talks fail.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBD said) (NP (NNP Kastria)) (SBAR (IN if) (S (NP (NNS talks)) (VP (VBD failed))))) (. .)))",
               "Velmora said Kastria if talks failed.", 20050101, "VLM KST 010;");
}

/* What an accusation, report or plan says is no act (code/irrealis.h):
 * "plans to attack", "reports that X attacked" code no attack; a noun
 * that is the speaker ("reports said") or a plural our tagger took for a
 * noun right after a name ("Dunholt reports that") leaves the act coded. */
static void content_of_claims_and_plans_not_coded(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBZ has) (NP (NP (NNS plans)) (S (VP (TO to) (VP (VB attack) (NP (NNP Kastria))))))) (. .)))",
               "Velmora has plans to attack Kastria.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Dunholt)) (VP (VBD praised) (NP (NP (NNS reports)) (SBAR (IN that) (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria))))))) (. .)))",
               "Dunholt praised reports that Velmora attacked Kastria.", 20050101, "DNH VLM 051;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Dunholt)) (VP (VBD praised) (NP (NP (NNS accusations)) (SBAR (IN that) (S (NP (NNP Velmora)) (VP (VBD tried) (S (VP (TO to) (VP (VB attack) (NP (NNP Kastria)))))))))) (. .)))",
               "Dunholt praised accusations that Velmora tried to attack Kastria.", 20050101,
               "DNH VLM 051;");
    CHECK_BOTH(*state,
               "(ROOT (S (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria)))) (, ,) (NP (NNS reports)) (VP (VBD said)) (. .)))",
               "Velmora attacked Kastria, reports said.", 20050101, "VLM KST 190;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Dunholt)) (VP (NNS reports) (SBAR (IN that) (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria)))))) (. .)))",
               "Dunholt reports that Velmora attacked Kastria.", 20050101, "VLM KST 190;");
    /* a past tense conjoined inside the plan's infinitive is another clause */
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (VBZ has) (NP (NP (NNS plans)) (S (VP (TO to) (VP (VP (VB expand)) (CC and) (VP (VBD praised) (NP (NNP Dunholt)))))))) (. .)))",
               "Velmora has plans to expand and praised Dunholt.", 20050101, "VLM DNH 051;");
}

/* A relative clause in the simple past is told in its host clause's year
 * ("sent envoys to Kastria in 1993, which attacked ..."), unless it names
 * a day of its own ("on Monday"). */
static void relative_clause_takes_host_year(void **state)
{
    const char *past = "(ROOT (S (PP (IN In) (NP (CD 1993))) (NP (NNP Velmora)) (VP (VBD sent) (NP (NNS envoys)) (PP (TO to) (NP (NP (NNP Kastria)) (SBAR (WHADVP (WRB where)) (S (NP (NNP Dunholt)) (VP (VBD attacked) (NP (NNP Velmora)))))))) (. .)))";
    const char *monday = "(ROOT (S (PP (IN In) (NP (CD 1993))) (NP (NNP Velmora)) (VP (VBD sent) (NP (NNS envoys)) (PP (TO to) (NP (NP (NNP Kastria)) (SBAR (WHADVP (WRB where)) (S (NP (NNP Dunholt)) (VP (VBD attacked) (NP (NNP Velmora)) (PP (IN on) (NP (NNP Monday))))))))) (. .)))";
    CHECK_BOTH(*state, past, "In 1993 Velmora sent envoys to Kastria where Dunholt attacked Velmora.",
               20050101, "");
    CHECK_BOTH(*state, past, "In 1993 Velmora sent envoys to Kastria where Dunholt attacked Velmora.",
               19930601, "DNH VLM 190;");
    CHECK_BOTH(*state, monday,
               "In 1993 Velmora sent envoys to Kastria where Dunholt attacked Velmora on Monday.",
               20050101, "DNH VLM 190;");
}

/* A synset before the verb that names the subject ("&ARMED * IN + [154]")
 * does not speak for the verb's mood as "- NOT * [013]" does: a negated
 * landing is still no event. */
static void subject_synset_keeps_negation_test(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora) (NNS troops)) (VP (VBD landed) (PP (IN in) (NP (NNP Kastria)))) (. .)))",
               "Velmora troops landed in Kastria.", 20050101, "VLM KST 154;");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora) (NNS troops)) (VP (VBD did) (RB not) (VP (VB land) (PP (IN in) (NP (NNP Kastria))))) (. .)))",
               "Velmora troops did not land in Kastria.", 20050101, "");
}

/* "can" says what is possible, not what was done; on a speech verb it
 * performs the statement ("I can confirm that ..."). */
static void can_is_possibility_not_act(void **state)
{
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (MD can) (VP (VB attack) (NP (NNP Kastria)))) (. .)))",
               "Velmora can attack Kastria.", 20050101, "");
    CHECK_BOTH(*state,
               "(ROOT (S (NP (NNP Velmora)) (VP (MD can) (VP (VB say) (NP (NNP Kastria)))) (. .)))",
               "Velmora can say Kastria.", 20050101, "VLM KST 010;");
}

static void multi_word_verb_head_mistagged(void **state)
{
    /* the dictionary's verb word is "tap"; the tagger made it a noun */
    fixture *fx = *state;
    const char *conllu =
        "1\tVelmora\tVelmora\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
        "2\twill\twill\tAUX\tMD\t_\t4\taux\t_\t_\n"
        "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
        "4\twire\twire\tVERB\tVB\t_\t0\troot\t_\t_\n"
        "5\ttap\ttap\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
        "6\tKastria\tKastria\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_event_list ev = code_conllu(fx, conllu, &a);
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].code, "081");
    assert_string_equal(ev.v[0].target.code, "KST");
    ew_arena_free(&a);
}

static void story_discard_status(void **state)
{
    fixture *fx = *state;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    const char *tree = "(ROOT (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria)) (PP (IN after) (NP (DT the) (NN storm) (NN surge)))) (. .)))";
    const char *text = "Velmora attacked Kastria after the storm surge.";
    ew_sentence *s = ew_ptb_to_sentence(ew_ptb_parse(tree, &a, &d, "t", 1, "t"), text, &a, &d);
    ew_coder c = {fx->dict, {0}, NULL, NULL, &d};
    ew_code_options_default(&c.opt);
    ew_event_list ev = {0};
    assert_int_equal(ew_code_sentence(&c, s, &a, &ev), EW_CODE_DISCARD_STORY);
    assert_int_equal(ev.n, 0);
    ew_arena_free(&a);
}

/* "Police and ministers in Velmora and Kastria praised Dunholt.": UD
 * hangs the shared "in Velmora and Kastria" on the first head only; every
 * head pairs with every place. */
static void conjoined_heads_multiply_with_places(void **state)
{
    fixture *fx = *state;
    const char *conllu =
        "1\tPolice\t_\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
        "2\tand\t_\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
        "3\tministers\t_\tNOUN\tNNS\t_\t1\tconj\t_\t_\n"
        "4\tin\t_\tADP\tIN\t_\t5\tcase\t_\t_\n"
        "5\tVelmora\t_\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
        "6\tand\t_\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
        "7\tKastria\t_\tPROPN\tNNP\t_\t5\tconj\t_\t_\n"
        "8\tpraised\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "9\tDunholt\t_\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
        "10\t.\t_\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_event_list ev = code_conllu(fx, conllu, &a);
    assert_int_equal(ev.n, 4);
    const char *want[] = {"VLMCOP", "KSTCOP", "VLMGOV", "KSTGOV"};
    for (int w = 0; w < 4; w++) {
        int found = 0;
        for (size_t i = 0; i < ev.n; i++)
            found |= !strcmp(ev.v[i].source.code, want[w]) &&
                     !strcmp(ev.v[i].target.code, "DNH") && !strcmp(ev.v[i].code, "051");
        assert_true(found);
    }
    ew_arena_free(&a);
}

/* "Velmora praised Kastria and a ship was attacked near Dunholt.": the
 * attack's agent is unknown; Kastria, named before it, is not the source. */
static void agentless_passive_takes_no_earlier_source(void **state)
{
    fixture *fx = *state;
    const char *conllu =
        "1\tVelmora\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\tpraised\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tKastria\t_\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
        "4\tand\t_\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
        "5\ta\t_\tDET\tDT\t_\t6\tdet\t_\t_\n"
        "6\tship\t_\tNOUN\tNN\t_\t8\tnsubj:pass\t_\t_\n"
        "7\twas\t_\tAUX\tVBD\t_\t8\taux:pass\t_\t_\n"
        "8\tattacked\t_\tVERB\tVBN\t_\t2\tconj\t_\t_\n"
        "9\tnear\t_\tADP\tIN\t_\t10\tcase\t_\t_\n"
        "10\tDunholt\t_\tPROPN\tNNP\t_\t8\tobl\t_\t_\n"
        "11\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_event_list ev = code_conllu(fx, conllu, &a);
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].source.code, "VLM");
    assert_string_equal(ev.v[0].target.code, "KST");
    ew_arena_free(&a);
}

/* "Velmora and Kastria were consulted.": the members of a passive subject
 * are what was done to, not each other's agents, so the compound pattern
 * "- % *" pairs them only in the active ("Velmora and Kastria consulted"). */
static void compound_pattern_needs_active_voice(void **state)
{
    fixture *fx = *state;
    const char *passive =
        "1\tVelmora\t_\tPROPN\tNNP\t_\t5\tnsubj:pass\t_\t_\n"
        "2\tand\t_\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
        "3\tKastria\t_\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
        "4\twere\t_\tAUX\tVBD\t_\t5\taux:pass\t_\t_\n"
        "5\tconsulted\t_\tVERB\tVBN\t_\t0\troot\t_\t_\n"
        "6\t.\t_\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
    const char *active =
        "1\tVelmora\t_\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
        "2\tand\t_\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
        "3\tKastria\t_\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
        "4\tconsulted\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "5\t.\t_\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    const char *in[2] = {passive, active};
    size_t want[2] = {0, 2};
    for (int k = 0; k < 2; k++) {
        ew_arena a;
        ew_arena_init(&a, 0);
        ew_event_list ev = code_conllu(fx, in[k], &a);
        assert_int_equal(ev.n, want[k]);
        if (want[k])
            assert_string_equal(ev.v[0].code, "041");
        ew_arena_free(&a);
    }
}

/* "Velmora signed long, formal treaties.": the comma between the two
 * adjectives of "treaties" belongs to the noun phrase (no clause comma). */
static void comma_between_adjectives_is_inside_phrase(void **state)
{
    fixture *fx = *state;
    const char *conllu =
        "1\tVelmora\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\tsigned\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tlong\t_\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
        "4\t,\t_\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
        "5\tformal\t_\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
        "6\ttreaties\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
        "7\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_sentence *s = ew_conllu_parse(conllu, strlen(conllu), &a, &d, "t", 1);
    assert_non_null(s);
    ew_code_options o;
    ew_code_options_default(&o);
    ew_cview *v = ew_cview_build(s, fx->dict, &o, &a);
    assert_true(v->np_of[3] >= 0);
    assert_int_equal(v->np[v->np_of[3]].start, 2);
    assert_int_equal(v->np[v->np_of[3]].end, 6);
    assert_false(v->boundary[3]);
    ew_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verb_code_subject_object),
        cmocka_unit_test(pattern_with_target_and_adjacency),
        cmocka_unit_test(synset_and_null_verb_code),
        cmocka_unit_test(compound_source_one_event_per_pair),
        cmocka_unit_test(agents_combine_with_actors),
        cmocka_unit_test(dated_actor_by_sentence_date),
        cmocka_unit_test(passive_by_agent_swaps),
        cmocka_unit_test(symmetric_code_both_ways),
        cmocka_unit_test(discard_phrase_codes_nothing),
        cmocka_unit_test(conllu_input_alone),
        cmocka_unit_test(actor_text_never_cuts_characters),
        cmocka_unit_test(venue_is_not_a_target),
        cmocka_unit_test(reported_speech_keeps_inner_event),
        cmocka_unit_test(require_dyad_option),
        cmocka_unit_test(event_json_escapes),
        cmocka_unit_test(comma_aside_is_removed),
        cmocka_unit_test(compound_in_prepositional_modifier_shares_head),
        cmocka_unit_test(compound_pattern_before_verb),
        cmocka_unit_test(new_actor_length_quotes_unknown_phrases),
        cmocka_unit_test(explain_trace_says_why),
        cmocka_unit_test(multi_word_verb),
        cmocka_unit_test(petrarch2_pattern_groups),
        cmocka_unit_test(negation_pattern_and_two_codes),
        cmocka_unit_test(story_discard_status),
        cmocka_unit_test(multi_word_verb_head_mistagged),
        cmocka_unit_test(conjoined_heads_multiply_with_places),
        cmocka_unit_test(agentless_passive_takes_no_earlier_source),
        cmocka_unit_test(compound_pattern_needs_active_voice),
        cmocka_unit_test(comma_between_adjectives_is_inside_phrase),
        cmocka_unit_test(negated_and_hypothetical_acts_not_coded),
        cmocka_unit_test(content_of_claims_and_plans_not_coded),
        cmocka_unit_test(relative_clause_takes_host_year),
        cmocka_unit_test(subject_synset_keeps_negation_test),
        cmocka_unit_test(can_is_possibility_not_act),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
