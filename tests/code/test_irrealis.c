/* Tests for src/code/irrealis.c through the coder: acts that a sentence
 * does not report as done (habits, background "in the past", failures,
 * denials, negative subjects, direct questions).  Sentences are invented
 * and given as dependency trees in a compact form:
 * "form/lemma/UPOS/XPOS/head/rel" per token. */
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
#include "io/conllu.h"

static const char *verbs_txt =
    "--- ATTACK [190] ---\nATTACK\nATTACKED\n\n"
    "--- PRAISE [051] ---\nPRAISE\nPRAISED\n\n"
    "--- DENY [016] ---\nDENY\nDENIED\n\n"
    "--- SAY [010] ---\nSAY\nSAID\n";
static const char *actors_txt = "VELMORA [VLM]\nKASTRIA [KST]\nDUNHOLT [DNH]\n";
static const char *agents_txt = "POLICE [~COP]\n";

static int setup(void **state)
{
    return fixture_setup(state, verbs_txt, actors_txt, agents_txt, NULL);
}

/* Expands "form/lemma/UPOS/XPOS/head/rel ..." into CoNLL-U in the arena. */
static const char *to_conllu(const char *spec, ew_arena *a)
{
    char buf[4096] = "";
    char copy[1024];
    snprintf(copy, sizeof copy, "%s", spec);
    int id = 0;
    for (char *save = NULL, *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
        char *f[6];
        for (int k = 0; k < 6; k++) {
            f[k] = t;
            t = k < 5 ? strchr(t, '/') : NULL;
            if (k < 5) {
                assert_non_null(t);
                *t++ = '\0';
            }
        }
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
                 "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", ++id, f[0], f[1], f[2], f[3],
                 f[4], f[5]);
    }
    strcat(buf, "\n");
    return ew_arena_strdup(a, buf);
}

/* Codes the sentence; returns "SRC TGT CODE;..." in the arena. */
static const char *code(fixture *fx, const char *spec, ew_arena *a)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    const char *conllu = to_conllu(spec, a);
    ew_sentence *s = ew_conllu_parse(conllu, strlen(conllu), a, &d, "t", 1);
    assert_non_null(s);
    s->date = 20050101;
    return fixture_code_text(fx, s, a);
}

#define CHECK(fx, spec, want)                          \
    do {                                               \
        ew_arena a_;                                   \
        ew_arena_init(&a_, 0);                         \
        assert_string_equal(code(fx, spec, &a_), want); \
        ew_arena_free(&a_);                            \
    } while (0)

#define VLM(h, rel) "Velmora/Velmora/PROPN/NNP/" #h "/" #rel
#define KST(h, rel) "Kastria/Kastria/PROPN/NNP/" #h "/" #rel
#define DOT(h) "././PUNCT/./" #h "/punct"

/* A habit or "in the past" is background, not the day's act. */
static void habits_and_past_not_coded(void **state)
{
    CHECK(*state, VLM(2, nsubj) " attacked/attack/VERB/VBD/0/root " KST(2, obj) " " DOT(2),
          "VLM KST 190;");
    CHECK(*state,
          VLM(3, nsubj) " often/often/ADV/RB/3/advmod attacks/attack/VERB/VBZ/0/root "
          KST(3, obj) " " DOT(3), "");
    CHECK(*state,
          VLM(3, nsubj) " has/have/AUX/VBZ/3/aux attacked/attack/VERB/VBN/0/root "
          KST(3, obj) " in/in/ADP/IN/7/case the/the/DET/DT/7/det past/past/NOUN/NN/3/obl "
          DOT(3), "");
    CHECK(*state,
          VLM(4, nsubj) " had/have/AUX/VBD/4/aux previously/previously/ADV/RB/4/advmod "
          "attacked/attack/VERB/VBN/0/root " KST(4, obj) " " DOT(4), "");
    /* "in the last week" is no background */
    CHECK(*state,
          VLM(2, nsubj) " attacked/attack/VERB/VBD/0/root " KST(2, obj)
          " in/in/ADP/IN/7/case the/the/DET/DT/7/det last/last/ADJ/JJ/7/amod week/week/NOUN/NN/2/obl "
          DOT(2), "VLM KST 190;");
}

/* "last year", "two years ago", "between 1946 and 1958": background told
 * without or with a year; "last week" is news. */
static void earlier_years_not_coded(void **state)
{
    CHECK(*state,
          VLM(2, nsubj) " attacked/attack/VERB/VBD/0/root " KST(2, obj)
          " last/last/ADJ/JJ/5/amod year/year/NOUN/NN/2/obl:tmod " DOT(2), "");
    CHECK(*state,
          VLM(2, nsubj) " attacked/attack/VERB/VBD/0/root " KST(2, obj)
          " two/two/NUM/CD/5/nummod years/year/NOUN/NNS/6/obl:npmod ago/ago/ADV/RB/2/advmod "
          DOT(2), "");
    CHECK(*state,
          VLM(2, nsubj) " attacked/attack/VERB/VBD/0/root " KST(2, obj)
          " between/between/ADP/IN/5/case 1996/1996/NUM/CD/2/obl and/and/CCONJ/CC/7/cc "
          "1998/1998/NUM/CD/5/conj " DOT(2), "");
    CHECK(*state,
          VLM(2, nsubj) " attacked/attack/VERB/VBD/0/root " KST(2, obj)
          " last/last/ADJ/JJ/5/amod week/week/NOUN/NN/2/obl:tmod " DOT(2), "VLM KST 190;");
}

/* Wanting an act is not doing it; "capable of" is a possibility. */
static void wishes_and_abilities_not_coded(void **state)
{
    CHECK(*state,
          VLM(2, nsubj) " wants/want/VERB/VBZ/0/root to/to/PART/TO/4/mark "
          "attack/attack/VERB/VB/2/xcomp " KST(4, obj) " " DOT(2), "");
    /* allowed, not done; also with the infinitive hung on the object */
    CHECK(*state,
          VLM(3, nsubj:pass) " was/be/AUX/VBD/3/aux:pass allowed/allow/VERB/VBN/0/root "
          "to/to/PART/TO/5/mark attack/attack/VERB/VB/3/xcomp " KST(5, obj) " " DOT(3), "");
    CHECK(*state,
          "Dunholt/Dunholt/PROPN/NNP/2/nsubj allowed/allow/VERB/VBD/0/root " VLM(2, iobj)
          " to/to/PART/TO/5/mark attack/attack/VERB/VB/3/acl " KST(5, obj) " " DOT(2), "");
    CHECK(*state,
          VLM(3, nsubj) " is/be/AUX/VBZ/3/cop capable/capable/ADJ/JJ/0/root of/of/SCONJ/IN/5/mark "
          "attacking/attack/VERB/VBG/3/advcl " KST(5, obj) " " DOT(3), "");
}

/* A decision, call or effort to act is not the act; a tensed verb our
 * parser hung on the infinitive is a clause of its own. */
static void decisions_and_efforts_not_coded(void **state)
{
    CHECK(*state,
          VLM(2, nsubj) " announced/announce/VERB/VBD/0/root a/a/DET/DT/4/det "
          "decision/decision/NOUN/NN/2/obj to/to/PART/TO/6/mark attack/attack/VERB/VB/4/acl "
          KST(6, obj) " " DOT(2), "");
    CHECK(*state,
          VLM(0, root) " in/in/ADP/IN/4/case an/a/DET/DT/4/det effort/effort/NOUN/NN/1/nmod "
          "to/to/PART/TO/6/mark calm/calm/VERB/VB/4/acl attacked/attack/VERB/VBD/6/xcomp "
          KST(7, obj) " " DOT(1), "VLM KST 190;");
}

/* "failed to", "unable to": the infinitive did not happen. */
static void failures_not_coded(void **state)
{
    CHECK(*state,
          VLM(2, nsubj) " failed/fail/VERB/VBD/0/root to/to/PART/TO/4/mark "
          "attack/attack/VERB/VB/2/xcomp " KST(4, obj) " " DOT(2), "");
    CHECK(*state,
          VLM(3, nsubj) " was/be/AUX/VBD/3/cop unable/unable/ADJ/JJ/0/root to/to/PART/TO/5/mark "
          "attack/attack/VERB/VB/3/xcomp " KST(5, obj) " " DOT(3), "");
    /* "tried to" is not a failure */
    CHECK(*state,
          VLM(2, nsubj) " tried/try/VERB/VBD/0/root to/to/PART/TO/4/mark "
          "attack/attack/VERB/VB/2/xcomp " KST(4, obj) " " DOT(2), "VLM KST 190;");
}

/* "is expected to", "is likely to": someone unnamed foresees the act;
 * "Velmora expected Kastria to ..." is Velmora's own word. */
static void foreseen_acts_not_coded(void **state)
{
    CHECK(*state,
          VLM(3, nsubj:pass) " is/be/AUX/VBZ/3/aux:pass expected/expect/VERB/VBN/0/root "
          "to/to/PART/TO/5/mark attack/attack/VERB/VB/3/xcomp " KST(5, obj) " " DOT(3), "");
    CHECK(*state,
          "It/it/PRON/PRP/3/nsubj:pass is/be/AUX/VBZ/3/aux:pass predicted/predict/VERB/VBN/0/root "
          "that/that/SCONJ/IN/7/mark " VLM(7, nsubj) " will/will/AUX/MD/7/aux "
          "attack/attack/VERB/VB/3/ccomp " KST(7, obj) " " DOT(3), "");
    CHECK(*state,
          VLM(3, nsubj) " is/be/AUX/VBZ/3/cop likely/likely/ADJ/JJ/0/root "
          "to/to/PART/TO/5/mark attack/attack/VERB/VB/3/xcomp " KST(5, obj) " " DOT(3), "");
    CHECK(*state,
          VLM(2, nsubj) " tried/try/VERB/VBD/0/root to/to/PART/TO/4/mark "
          "attack/attack/VERB/VB/2/xcomp " KST(4, obj) " " DOT(2), "VLM KST 190;");
}

/* What is denied was not done; a negative subject did nothing; the
 * denial itself is the event. */
static void denials_and_negative_subjects(void **state)
{
    CHECK(*state,
          "Dunholt/Dunholt/PROPN/NNP/2/nsubj denied/deny/VERB/VBD/0/root that/that/SCONJ/IN/5/mark "
          VLM(5, nsubj) " attacked/attack/VERB/VBD/2/ccomp " KST(5, obj) " " DOT(2),
          "DNH VLM 016;");
    /* "said that" keeps the reported attack */
    CHECK(*state,
          "Dunholt/Dunholt/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root that/that/SCONJ/IN/5/mark "
          VLM(5, nsubj) " attacked/attack/VERB/VBD/2/ccomp " KST(5, obj) " " DOT(2),
          "VLM KST 190;");
    CHECK(*state,
          "Nobody/nobody/PRON/NN/2/nsubj denies/deny/VERB/VBZ/0/root that/that/SCONJ/IN/5/mark "
          VLM(5, nsubj) " attacked/attack/VERB/VBD/2/ccomp " KST(5, obj) " " DOT(2), "");
    CHECK(*state,
          "No/no/DET/DT/3/det " VLM(3, compound) " police/police/NOUN/NNS/4/nsubj "
          "attacked/attack/VERB/VBD/0/root " KST(4, obj) " " DOT(4), "");
}

/* A direct question asks; a reported one is still the speaker's
 * statement, and inversion without a question mark ("Not only did ...")
 * asks nothing. */
static void questions_not_coded(void **state)
{
    CHECK(*state,
          "Did/do/AUX/VBD/3/aux " VLM(3, nsubj) " attack/attack/VERB/VB/0/root " KST(3, obj)
          " ?/?/PUNCT/./3/punct", "");
    CHECK(*state,
          "Why/why/ADV/WRB/3/advmod " VLM(3, nsubj) " attacked/attack/VERB/VBD/0/root "
          KST(3, obj) " ?/?/PUNCT/./3/punct", "");
    CHECK(*state,
          "Dunholt/Dunholt/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root "
          "why/why/ADV/WRB/6/advmod did/do/AUX/VBD/6/aux " VLM(6, nsubj)
          " attack/attack/VERB/VB/2/ccomp " KST(6, obj) " ?/?/PUNCT/./2/punct",
          "DNH VLM 010;");
    CHECK(*state,
          "Not/not/PART/RB/5/advmod only/only/ADV/RB/1/advmod did/do/AUX/VBD/5/aux "
          VLM(5, nsubj) " praise/praise/VERB/VB/0/root " KST(5, obj) " " DOT(5),
          "VLM KST 051;");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(habits_and_past_not_coded),
        cmocka_unit_test(earlier_years_not_coded),
        cmocka_unit_test(wishes_and_abilities_not_coded),
        cmocka_unit_test(failures_not_coded),
        cmocka_unit_test(decisions_and_efforts_not_coded),
        cmocka_unit_test(foreseen_acts_not_coded),
        cmocka_unit_test(denials_and_negative_subjects),
        cmocka_unit_test(questions_not_coded),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
