/* Tests for src/code/dep_repair.c: parser mistakes around coordination are
 * undone in a copy, correct trees are returned untouched.  Sentences and
 * their (deliberately wrong) parses are invented here. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "code/dep_repair.h"
#include "io/conllu.h"

typedef struct row {
    const char *form, *upos, *xpos;
    int head;
    const char *rel;
} row;

/* Builds CoNLL-U text from rows and parses it. */
static ew_sentence *sentence(const row *r, int n, ew_arena *a)
{
    char buf[4096] = "";
    for (int i = 0; i < n; i++)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
                 "%d\t%s\t_\t%s\t%s\t_\t%d\t%s\t_\t_\n", i + 1, r[i].form, r[i].upos,
                 r[i].xpos, r[i].head, r[i].rel);
    strcat(buf, "\n");
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    char *text = ew_arena_strdup(a, buf);
    ew_sentence *s = ew_conllu_parse(text, strlen(text), a, &d, "t", 1);
    assert_non_null(s);
    return s;
}

static void expect(const ew_sentence *s, int id, int head, ew_rel rel)
{
    assert_int_equal(s->tok[id - 1].head, head);
    assert_int_equal(s->tok[id - 1].rel, rel);
}

/* "Velmora, the Kastrians, Dunholt and Orren protested." with the second
 * member as an apposition of the first. */
static void list_member_in_apposition(void **state)
{
    (void)state;
    static const row r[] = {
        {"Velmora", "PROPN", "NNP", 7, "nsubj"},  {",", "PUNCT", ",", 4, "punct"},
        {"the", "DET", "DT", 4, "det"},           {"Kastrians", "PROPN", "NNPS", 1, "appos"},
        {",", "PUNCT", ",", 6, "punct"},          {"Dunholt", "PROPN", "NNP", 4, "conj"},
        {"protested", "VERB", "VBD", 0, "root"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence *s = sentence(r, 7, &a);
    const ew_sentence *f = ew_code_repair_tree(s, &a);
    assert_ptr_not_equal(f, s);
    expect(f, 4, 1, EW_REL_CONJ);
    expect(s, 4, 1, EW_REL_APPOS);   /* the input is never changed */
    ew_arena_free(&a);
}

/* A true apposition (no list goes on) stays. */
static void plain_apposition_stays(void **state)
{
    (void)state;
    static const row r[] = {
        {"Orren", "PROPN", "NNP", 5, "nsubj"},    {",", "PUNCT", ",", 4, "punct"},
        {"the", "DET", "DT", 4, "det"},           {"minister", "NOUN", "NN", 1, "appos"},
        {"resigned", "VERB", "VBD", 0, "root"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence *s = sentence(r, 5, &a);
    assert_ptr_equal(ew_code_repair_tree(s, &a), s);
    ew_arena_free(&a);
}

/* "Velmora and Dunholt signed" parsed as two subjects with "and" on the verb. */
static void two_subjects_become_conjuncts(void **state)
{
    (void)state;
    static const row r[] = {
        {"Velmora", "PROPN", "NNP", 4, "nsubj"}, {"and", "CCONJ", "CC", 4, "cc"},
        {"Dunholt", "PROPN", "NNP", 4, "nsubj"}, {"signed", "VERB", "VBD", 0, "root"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    const ew_sentence *f = ew_code_repair_tree(sentence(r, 4, &a), &a);
    expect(f, 3, 1, EW_REL_CONJ);
    expect(f, 2, 3, EW_REL_CC);
    ew_arena_free(&a);
}

/* "Velmora denounced the raid and promised aid" with "promised" conjoined
 * to "raid": it becomes a conjunct of "denounced". */
static void verb_conjoined_to_noun_moves_up(void **state)
{
    (void)state;
    static const row r[] = {
        {"Velmora", "PROPN", "NNP", 2, "nsubj"}, {"denounced", "VERB", "VBD", 0, "root"},
        {"the", "DET", "DT", 4, "det"},          {"raid", "NOUN", "NN", 2, "obj"},
        {"and", "CCONJ", "CC", 6, "cc"},         {"promised", "VERB", "VBD", 4, "conj"},
        {"aid", "NOUN", "NN", 6, "obj"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    const ew_sentence *f = ew_code_repair_tree(sentence(r, 7, &a), &a);
    expect(f, 6, 2, EW_REL_CONJ);
    ew_arena_free(&a);
}

/* "Kastrian police detained Orren" with "police" a compound of the verb. */
static void noun_compound_of_verb_becomes_subject(void **state)
{
    (void)state;
    static const row r[] = {
        {"Kastrian", "ADJ", "JJ", 2, "amod"},  {"police", "NOUN", "NN", 3, "compound"},
        {"detained", "VERB", "VBN", 0, "root"}, {"Orren", "PROPN", "NNP", 3, "obj"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    const ew_sentence *f = ew_code_repair_tree(sentence(r, 4, &a), &a);
    expect(f, 2, 3, EW_REL_NSUBJ);
    ew_arena_free(&a);
}

/* "Dunholt sailed very close to Velmora" with "close" a conjunct of the verb. */
static void adverb_conjunct_becomes_modifier(void **state)
{
    (void)state;
    static const row r[] = {
        {"Dunholt", "PROPN", "NNP", 2, "nsubj"}, {"sailed", "VERB", "VBD", 0, "root"},
        {"very", "ADV", "RB", 4, "advmod"},      {"close", "ADV", "RB", 2, "conj"},
        {"to", "ADP", "IN", 6, "case"},          {"Velmora", "PROPN", "NNP", 4, "obl"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    const ew_sentence *f = ew_code_repair_tree(sentence(r, 6, &a), &a);
    expect(f, 4, 2, EW_REL_ADVMOD);
    ew_arena_free(&a);
}

/* "The flood and storm damage has grown" read as two subjects: "flood
 * (and storm)" becomes a modifier of "damage". */
static void coordinated_modifier_of_subject(void **state)
{
    (void)state;
    static const row r[] = {
        {"The", "DET", "DT", 2, "det"},         {"flood", "NOUN", "NN", 7, "nsubj"},
        {"and", "CCONJ", "CC", 4, "cc"},        {"storm", "NOUN", "NN", 2, "conj"},
        {"damage", "NOUN", "NN", 7, "nsubj"},   {"has", "AUX", "VBZ", 7, "aux"},
        {"grown", "VERB", "VBN", 0, "root"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    const ew_sentence *f = ew_code_repair_tree(sentence(r, 7, &a), &a);
    expect(f, 2, 5, EW_REL_COMPOUND);
    expect(f, 4, 2, EW_REL_CONJ);
    ew_arena_free(&a);
}

/* "Velmora resumed long, formal talks" with "long" as the verb's xcomp
 * and "talks" hung on the root's other side: talks becomes the object. */
static void adjective_series_before_object(void **state)
{
    (void)state;
    static const row r[] = {
        {"Velmora", "PROPN", "NNP", 2, "nsubj"}, {"resumed", "VERB", "VBD", 0, "root"},
        {"long", "ADJ", "JJ", 2, "xcomp"},       {",", "PUNCT", ",", 6, "punct"},
        {"formal", "ADJ", "JJ", 6, "amod"},      {"talks", "NOUN", "NNS", 1, "conj"},
        {".", "PUNCT", ".", 2, "punct"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    const ew_sentence *f = ew_code_repair_tree(sentence(r, 7, &a), &a);
    expect(f, 6, 2, EW_REL_OBJ);
    expect(f, 3, 6, EW_REL_AMOD);
    ew_arena_free(&a);
}

/* "Kastrang on Monday shelled Orren" with the name tagged VBG and hung on
 * the verb as advcl: a noun again, and the verb's subject. */
static void false_gerund_becomes_subject(void **state)
{
    (void)state;
    static const row r[] = {
        {"Kastrang", "VERB", "VBG", 4, "advcl"}, {"on", "ADP", "IN", 3, "case"},
        {"Monday", "PROPN", "NNP", 1, "obl"},    {"shelled", "VERB", "VBD", 0, "root"},
        {"Orren", "PROPN", "NNP", 4, "obj"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    const ew_sentence *f = ew_code_repair_tree(sentence(r, 5, &a), &a);
    expect(f, 1, 4, EW_REL_NSUBJ);
    assert_int_equal(f->tok[0].upos, EW_UPOS_PROPN);
    ew_arena_free(&a);
}

/* "Velmora signed the pact, the agency said." with "said" a relative
 * clause of "pact": it becomes parataxis of the root. */
static void closing_report_moves_to_root(void **state)
{
    (void)state;
    static const row r[] = {
        {"Velmora", "PROPN", "NNP", 2, "nsubj"}, {"signed", "VERB", "VBD", 0, "root"},
        {"the", "DET", "DT", 4, "det"},          {"pact", "NOUN", "NN", 2, "obj"},
        {",", "PUNCT", ",", 8, "punct"},         {"the", "DET", "DT", 7, "det"},
        {"agency", "NOUN", "NN", 8, "nsubj"},    {"said", "VERB", "VBD", 4, "acl:relcl"},
        {".", "PUNCT", ".", 2, "punct"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    const ew_sentence *f = ew_code_repair_tree(sentence(r, 9, &a), &a);
    expect(f, 8, 2, EW_REL_PARATAXIS);
    ew_arena_free(&a);
}

/* ", which said ..." is a true relative clause and stays. */
static void relative_clause_stays(void **state)
{
    (void)state;
    static const row r[] = {
        {"Velmora", "PROPN", "NNP", 2, "nsubj"}, {"thanked", "VERB", "VBD", 0, "root"},
        {"Orren", "PROPN", "NNP", 2, "obj"},     {",", "PUNCT", ",", 6, "punct"},
        {"which", "PRON", "WDT", 6, "nsubj"},    {"said", "VERB", "VBD", 3, "acl:relcl"},
        {"nothing", "PRON", "NN", 6, "obj"},     {".", "PUNCT", ".", 2, "punct"},
    };
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_sentence *s = sentence(r, 8, &a);
    assert_ptr_equal(ew_code_repair_tree(s, &a), s);
    ew_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(list_member_in_apposition),
        cmocka_unit_test(plain_apposition_stays),
        cmocka_unit_test(two_subjects_become_conjuncts),
        cmocka_unit_test(verb_conjoined_to_noun_moves_up),
        cmocka_unit_test(noun_compound_of_verb_becomes_subject),
        cmocka_unit_test(adverb_conjunct_becomes_modifier),
        cmocka_unit_test(closing_report_moves_to_root),
        cmocka_unit_test(coordinated_modifier_of_subject),
        cmocka_unit_test(adjective_series_before_object),
        cmocka_unit_test(false_gerund_becomes_subject),
        cmocka_unit_test(relative_clause_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
