/* Tests for src/pipeline/doc_context.c (pronoun subjects, document country)
 * and src/pipeline/names.c (joining a split dictionary name), on invented
 * sentences with hand-made trees and a tiny dictionary. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/diag.h"
#include "pipeline/doc_context.h"
#include "pipeline/names.h"

static const char ACTORS[] =
    "GONDOR [GON]\n"
    "ROHAN [ROH]\n"
    "COUNCIL_OF_ELDERS_OF_MINAS_TIRITH [IGOCOE]\n";
static const char LEADERS[] =
    "THEODRIC_VALE [ROHELI]\n"
    "\t[ROHGOV 20200101-20301231]\n";
static const char AGENTS[] =
    "GOVERNMENT [~GOV]\n"
    "MINISTER [~GOV]\n"
    "POLICE {} [~COP]\n";

typedef struct tok_spec {
    const char *form, *xpos;
    int head, rel;
} tok_spec;

static ew_dict *tiny_dict(void)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_dict *dict = ew_dict_new();
    ew_dict_add_mem(dict, EW_DICT_ACTORS, "t.actors.txt", ACTORS, strlen(ACTORS), &d);
    ew_dict_add_mem(dict, EW_DICT_ACTORS, "t.leaders.actors.txt", LEADERS, strlen(LEADERS), &d);
    ew_dict_add_mem(dict, EW_DICT_AGENTS, "t.agents.txt", AGENTS, strlen(AGENTS), &d);
    ew_dict_finish(dict);
    return dict;
}

/* A sentence from token specs; text is the forms joined by blanks. */
static ew_sentence *sentence(ew_arena *a, const tok_spec *t, size_t n)
{
    ew_sentence *s = ew_arena_calloc(a, 1, sizeof *s);
    s->tok = ew_arena_calloc(a, n, sizeof *s->tok);
    s->n = n;
    s->date = 20250601;
    s->id = ew_arena_strdup(a, "1");
    char *text = ew_arena_calloc(a, 1024, 1);
    for (size_t i = 0; i < n; i++) {
        s->tok[i].form = t[i].form;
        s->tok[i].xpos = t[i].xpos;
        s->tok[i].head = t[i].head;
        s->tok[i].rel = (uint8_t)t[i].rel;
        s->tok[i].start = (uint32_t)strlen(text);
        strcat(text, t[i].form);
        s->tok[i].end = (uint32_t)strlen(text);
        strcat(text, " ");
    }
    s->text = text;
    return s;
}

static ew_event *event(ew_arena *a, ew_event_list *l, const ew_sentence *s, int src_tok,
                       const char *src, const char *tgt)
{
    ew_event *e = ew_arena_calloc(a, 1, sizeof *e);
    e->source.code = src;
    e->target.code = tgt;
    e->source.span.start = s->tok[src_tok].start;
    e->source.span.end = s->tok[src_tok].end;
    e->sent_id = s->id;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 8;
        ew_event *v = ew_arena_calloc(a, cap, sizeof *v);
        if (l->n)
            memcpy(v, l->v, l->n * sizeof *v);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = *e;
    return &l->v[l->n - 1];
}

/* "Minister Theodric Vale spoke.  Then he praised Gondor." */
static void he_takes_the_last_person_subject(void **state)
{
    (void)state;
    ew_dict *d = tiny_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Minister", "NNP", 3, EW_REL_COMPOUND}, {"Theodric", "NNP", 3, EW_REL_COMPOUND},
        {"Vale", "NNP", 4, EW_REL_NSUBJ}, {"spoke", "VBD", 0, EW_REL_ROOT},
        {".", ".", 4, EW_REL_PUNCT}};
    const tok_spec s2[] = {
        {"Then", "RB", 3, EW_REL_ADVMOD}, {"he", "PRP", 3, EW_REL_NSUBJ},
        {"praised", "VBD", 0, EW_REL_ROOT}, {"Gondor", "NNP", 3, EW_REL_OBJ},
        {".", ".", 3, EW_REL_PUNCT}};
    ew_doc_context c;
    ew_doc_context_init(&c);
    ew_event_list l = {0};
    ew_doc_context_sentence(&c, d, sentence(&a, s1, 5), &l, 0, &a);
    ew_sentence *two = sentence(&a, s2, 5);
    event(&a, &l, two, 1, "---", "GON");
    ew_doc_context_sentence(&c, d, two, &l, 0, &a);
    assert_string_equal(l.v[0].source.code, "ROHGOV");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* A plural or non-person subject ("The police arrived.") is no antecedent. */
static void he_without_a_person_stays_unresolved(void **state)
{
    (void)state;
    ew_dict *d = tiny_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Rohan", "NNP", 2, EW_REL_NSUBJ}, {"protested", "VBD", 0, EW_REL_ROOT},
        {".", ".", 2, EW_REL_PUNCT}};
    const tok_spec s2[] = {
        {"He", "PRP", 2, EW_REL_NSUBJ}, {"praised", "VBD", 0, EW_REL_ROOT},
        {"Gondor", "NNP", 2, EW_REL_OBJ}, {".", ".", 2, EW_REL_PUNCT}};
    ew_doc_context c;
    ew_doc_context_init(&c);
    ew_event_list l = {0};
    ew_doc_context_sentence(&c, d, sentence(&a, s1, 3), &l, 0, &a);
    ew_sentence *two = sentence(&a, s2, 4);
    event(&a, &l, two, 0, "---", "GON");
    ew_doc_context_sentence(&c, d, two, &l, 0, &a);
    assert_string_equal(l.v[0].source.code, "---");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* Gondor named three times (twice in the first sentence's weight), Rohan
 * once: "---COP" becomes "GONCOP"; with a tie nothing is filled. */
static void agent_only_actor_takes_the_document_country(void **state)
{
    (void)state;
    ew_dict *d = tiny_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Gondor", "NNP", 2, EW_REL_NSUBJ}, {"warned", "VBD", 0, EW_REL_ROOT},
        {"Rohan", "NNP", 2, EW_REL_OBJ}, {".", ".", 2, EW_REL_PUNCT}};
    ew_doc_context c;
    ew_doc_context_init(&c);
    ew_event_list l = {0};
    ew_sentence *one = sentence(&a, s1, 4);
    ew_doc_context_sentence(&c, d, one, &l, 0, &a);
    assert_null(ew_doc_context_country(&c)); /* 2 : 2 */
    ew_doc_context_sentence(&c, d, sentence(&a, s1, 4), &l, 0, &a);
    assert_null(ew_doc_context_country(&c)); /* 3 : 3 */
    const tok_spec s3[] = {{"Gondor", "NNP", 0, EW_REL_ROOT}, {".", ".", 1, EW_REL_PUNCT}};
    ew_doc_context_sentence(&c, d, sentence(&a, s3, 2), &l, 0, &a);
    ew_doc_context_sentence(&c, d, sentence(&a, s3, 2), &l, 0, &a);
    assert_string_equal(ew_doc_context_country(&c), "GON"); /* 5 : 3 */
    event(&a, &l, one, 0, "---COP", "ROH");
    assert_int_equal(ew_doc_context_fill(&c, &l, 0, &a), 1);
    assert_string_equal(l.v[0].source.code, "GONCOP");
    assert_string_equal(l.v[0].target.code, "ROH");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* No document country (Gondor and Rohan tie): "the Gondor minister
 * ordered the troops" -> the troops are Gondor's; not an insurgent (no
 * institution of a state), not "Rohirrim troops" (a capital may name the
 * other side), not from a bare country (no official act), and not when the
 * actor would act on itself ("the minister said the government ..."). */
static void own_institution_takes_the_official_source_country(void **state)
{
    (void)state;
    ew_dict *d = tiny_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Gondor", "NNP", 2, EW_REL_NSUBJ}, {"warned", "VBD", 0, EW_REL_ROOT},
        {"Rohan", "NNP", 2, EW_REL_OBJ}, {".", ".", 2, EW_REL_PUNCT}};
    ew_doc_context c;
    ew_doc_context_init(&c);
    ew_event_list l = {0};
    ew_sentence *one = sentence(&a, s1, 4);
    ew_doc_context_sentence(&c, d, one, &l, 0, &a);
    assert_null(ew_doc_context_country(&c));
    static const struct { const char *src, *tgt, *text, *want; } cases[] = {
        {"GONGOV", "---MIL", "the troops", "GONMIL"},
        {"GONGOV", "---MIL", "The troops", "GONMIL"},
        {"GONMIL", "---LEG", "Parliament", "GONLEG"},
        {"GONGOV", "---INS", "the insurgents", "---INS"},
        {"GONGOV", "---MIL", "Rohirrim troops", "---MIL"},
        {"GON", "---MIL", "the troops", "---MIL"},
        {"GONGOV", "---GOV", "the government", "---GOV"},
    };
    size_t n = sizeof cases / sizeof *cases;
    for (size_t i = 0; i < n; i++) {
        ew_event *e = event(&a, &l, one, 0, cases[i].src, cases[i].tgt);
        e->target.text = cases[i].text;
    }
    assert_int_equal(ew_doc_context_fill(&c, &l, 0, &a), 3);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(l.v[i].target.code, cases[i].want);
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* "the Council of Elders of Minas Tirith met": the parser hung "Minas
 * Tirith" on the verb; the name becomes one flat unit under "Council". */
static void split_name_is_joined(void **state)
{
    (void)state;
    ew_dict *d = tiny_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec t[] = {
        {"the", "DT", 2, EW_REL_DET},        {"Council", "NNP", 8, EW_REL_NSUBJ},
        {"of", "IN", 4, EW_REL_CASE},        {"Elders", "NNPS", 2, EW_REL_NMOD},
        {"of", "IN", 7, EW_REL_CASE},        {"Minas", "NNP", 7, EW_REL_COMPOUND},
        {"Tirith", "NNP", 8, EW_REL_OBL},    {"met", "VBD", 0, EW_REL_ROOT},
        {".", ".", 8, EW_REL_PUNCT}};
    ew_sentence *s = sentence(&a, t, 9);
    assert_int_equal(ew_pipeline_join_names(d, s, &a), 1);
    for (int i = 2; i <= 6; i++) {
        assert_int_equal(s->tok[i].head, 2);
        assert_int_equal(s->tok[i].rel, EW_REL_FLAT);
    }
    assert_int_equal(s->tok[1].head, 8); /* the name still attaches as before */
    assert_int_equal(s->tok[0].head, 2);
    assert_int_equal(ew_pipeline_join_names(d, s, &a), 0); /* already one unit */
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* "Rohanese Minister Eomer Brand spoke.  Brand praised Gondor.": the
 * unknown name word "Brand" learned from the person phrase codes the later
 * bare surname. */
static void learned_name_codes_a_later_surname(void **state)
{
    (void)state;
    ew_dict *d = tiny_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Rohan", "NNP", 4, EW_REL_COMPOUND}, {"Minister", "NNP", 4, EW_REL_COMPOUND},
        {"Eomer", "NNP", 4, EW_REL_COMPOUND}, {"Brand", "NNP", 5, EW_REL_NSUBJ},
        {"spoke", "VBD", 0, EW_REL_ROOT}, {".", ".", 5, EW_REL_PUNCT}};
    const tok_spec s2[] = {
        {"Brand", "NNP", 2, EW_REL_NSUBJ}, {"praised", "VBD", 0, EW_REL_ROOT},
        {"Gondor", "NNP", 2, EW_REL_OBJ}, {".", ".", 2, EW_REL_PUNCT}};
    ew_doc_context c;
    ew_doc_context_init(&c);
    ew_event_list l = {0};
    ew_doc_context_sentence(&c, d, sentence(&a, s1, 6), &l, 0, &a);
    ew_sentence *two = sentence(&a, s2, 4);
    event(&a, &l, two, 0, "---", "GON");
    ew_doc_context_sentence(&c, d, two, &l, 0, &a);
    assert_string_equal(l.v[0].source.code, "ROHGOV");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* ---- names in a story: full names, later surnames, first names ---- */

static const char PEOPLE[] =
    "MARIS_KELLAN [GONELI]\n"
    "+KELLAN\n"
    "\t[GONGOV 20200101-20301231]\n"
    "BRENNA_HOLT [ROHELI]\n"
    "+HOLT\n"
    "CASSIAN_HOLT [GONELI]\n"
    "THEODRIC_VALE [ROHELI]\n"
    "\t[ROHGOV 20200101-20301231]\n"
    "ANDRA_VALE [GONELI]\n";

static ew_dict *people_dict(void)
{
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    ew_dict *dict = ew_dict_new();
    ew_dict_add_mem(dict, EW_DICT_ACTORS, "t.actors.txt", ACTORS, strlen(ACTORS), &d);
    ew_dict_add_mem(dict, EW_DICT_ACTORS, "t.leaders.actors.txt", PEOPLE, strlen(PEOPLE), &d);
    ew_dict_add_mem(dict, EW_DICT_AGENTS, "t.agents.txt", AGENTS, strlen(AGENTS), &d);
    ew_dict_finish(dict);
    return dict;
}

/* An event whose source is tokens [from, to] of s. */
static void event_over(ew_arena *a, ew_event_list *l, const ew_sentence *s, int from, int to,
                       const char *src, const char *tgt)
{
    ew_event *e = event(a, l, s, from, src, tgt);
    e->source.span.end = s->tok[to].end;
}

/* Codes the source of "<words> praised Gondor ." after the sentences of
 * first (token lists of n[i] tokens), the later one's source being its
 * first `src_len` tokens coded `src`. */
static const char *code_after(const tok_spec *const *first, const size_t *n, size_t k,
                              const tok_spec *last, size_t last_n, int src_len,
                              const char *src, ew_arena *a, ew_dict *d)
{
    ew_doc_context c;
    ew_doc_context_init(&c);
    ew_event_list l = {0};
    for (size_t i = 0; i < k; i++)
        ew_doc_context_sentence(&c, d, sentence(a, first[i], n[i]), &l, 0, a);
    ew_sentence *s = sentence(a, last, last_n);
    event_over(a, &l, s, 0, src_len - 1, src, "GON");
    ew_doc_context_sentence(&c, d, s, &l, 0, a);
    return l.v[0].source.code;
}

static const tok_spec mr_vale[] = {
    {"Mr", "NNP", 2, EW_REL_COMPOUND}, {"Vale", "NNP", 3, EW_REL_NSUBJ},
    {"praised", "VBD", 0, EW_REL_ROOT}, {"Gondor", "NNP", 3, EW_REL_OBJ},
    {".", ".", 3, EW_REL_PUNCT}};

/* "Minister Theodric Vale spoke.  Mr Vale praised Gondor.": the dictionary
 * knows the full name only; the later bare surname is that person. */
static void surname_links_to_the_full_name_met_earlier(void **state)
{
    (void)state;
    ew_dict *d = people_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Minister", "NNP", 3, EW_REL_COMPOUND}, {"Theodric", "NNP", 3, EW_REL_COMPOUND},
        {"Vale", "NNP", 4, EW_REL_NSUBJ}, {"spoke", "VBD", 0, EW_REL_ROOT},
        {".", ".", 4, EW_REL_PUNCT}};
    const tok_spec *first[] = {s1};
    size_t n[] = {5};
    assert_string_equal(code_after(first, n, 1, mr_vale, 5, 2, "---", &a, d), "ROHGOV");
    /* not before the full name was met */
    assert_string_equal(code_after(first, n, 0, mr_vale, 5, 2, "---", &a, d), "---");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* "Theodric Vale met Andra Vale.  Mr Vale praised Gondor.": two full names
 * share the surname, so it names nobody. */
static void shared_surname_names_nobody(void **state)
{
    (void)state;
    ew_dict *d = people_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Theodric", "NNP", 2, EW_REL_COMPOUND}, {"Vale", "NNP", 3, EW_REL_NSUBJ},
        {"met", "VBD", 0, EW_REL_ROOT}, {"Andra", "NNP", 5, EW_REL_COMPOUND},
        {"Vale", "NNP", 3, EW_REL_OBJ}, {".", ".", 3, EW_REL_PUNCT}};
    const tok_spec *first[] = {s1};
    size_t n[] = {6};
    assert_string_equal(code_after(first, n, 1, mr_vale, 5, 2, "---", &a, d), "---");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* "Cassian Holt spoke.  Mr Holt praised Gondor.": the dictionary's "Holt"
 * is Brenna Holt's, but this story's Holt is Cassian. */
static void surname_entry_of_another_person_gives_way(void **state)
{
    (void)state;
    ew_dict *d = people_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Cassian", "NNP", 2, EW_REL_COMPOUND}, {"Holt", "NNP", 3, EW_REL_NSUBJ},
        {"spoke", "VBD", 0, EW_REL_ROOT}, {".", ".", 3, EW_REL_PUNCT}};
    const tok_spec mr_holt[] = {
        {"Mr", "NNP", 2, EW_REL_COMPOUND}, {"Holt", "NNP", 3, EW_REL_NSUBJ},
        {"praised", "VBD", 0, EW_REL_ROOT}, {"Gondor", "NNP", 3, EW_REL_OBJ},
        {".", ".", 3, EW_REL_PUNCT}};
    const tok_spec *first[] = {s1};
    size_t n[] = {4};
    assert_string_equal(code_after(first, n, 1, mr_holt, 5, 2, "ROHELI", &a, d), "GONELI");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* "Kellan Brisby praised Gondor.": the leader's surname entry is Brisby's
 * first name; "the Kellan Government" is still the leader's. */
static void surname_entry_as_a_first_name_codes_nobody(void **state)
{
    (void)state;
    ew_dict *d = people_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec brisby[] = {
        {"Kellan", "NNP", 2, EW_REL_COMPOUND}, {"Brisby", "NNP", 3, EW_REL_NSUBJ},
        {"praised", "VBD", 0, EW_REL_ROOT}, {"Gondor", "NNP", 3, EW_REL_OBJ},
        {".", ".", 3, EW_REL_PUNCT}};
    const tok_spec govt[] = {
        {"The", "DT", 3, EW_REL_DET}, {"Kellan", "NNP", 3, EW_REL_COMPOUND},
        {"Government", "NNP", 4, EW_REL_NSUBJ}, {"praised", "VBD", 0, EW_REL_ROOT},
        {"Gondor", "NNP", 4, EW_REL_OBJ}, {".", ".", 4, EW_REL_PUNCT}};
    assert_string_equal(code_after(NULL, NULL, 0, brisby, 5, 2, "GONGOV", &a, d), "---");
    assert_string_equal(code_after(NULL, NULL, 0, govt, 6, 3, "GONGOV", &a, d), "GONGOV");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* "Minister Theodric Vale spoke.  Minister Cassian Holt spoke.  Mr Vale
 * arrived.  He praised Gondor.": "Mr Vale" is the last person subject. */
static void surname_subject_is_an_antecedent(void **state)
{
    (void)state;
    ew_dict *d = people_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Minister", "NNP", 3, EW_REL_COMPOUND}, {"Theodric", "NNP", 3, EW_REL_COMPOUND},
        {"Vale", "NNP", 4, EW_REL_NSUBJ}, {"spoke", "VBD", 0, EW_REL_ROOT},
        {".", ".", 4, EW_REL_PUNCT}};
    const tok_spec s2[] = {
        {"Minister", "NNP", 3, EW_REL_COMPOUND}, {"Cassian", "NNP", 3, EW_REL_COMPOUND},
        {"Holt", "NNP", 4, EW_REL_NSUBJ}, {"spoke", "VBD", 0, EW_REL_ROOT},
        {".", ".", 4, EW_REL_PUNCT}};
    const tok_spec s3[] = {
        {"Mr", "NNP", 2, EW_REL_COMPOUND}, {"Vale", "NNP", 3, EW_REL_NSUBJ},
        {"arrived", "VBD", 0, EW_REL_ROOT}, {".", ".", 3, EW_REL_PUNCT}};
    const tok_spec he[] = {
        {"He", "PRP", 2, EW_REL_NSUBJ}, {"praised", "VBD", 0, EW_REL_ROOT},
        {"Gondor", "NNP", 2, EW_REL_OBJ}, {".", ".", 2, EW_REL_PUNCT}};
    const tok_spec *first[] = {s1, s2, s3};
    size_t n[] = {5, 5, 4};
    assert_string_equal(code_after(first, n, 3, he, 4, 1, "---", &a, d), "ROHGOV");
    ew_arena_free(&a);
    ew_dict_free(d);
}

/* "Mrs Brenna Holt spoke.  Mrs Quill praised Gondor.": an honorific is no
 * name word the document learns. */
static void honorific_is_no_learned_name(void **state)
{
    (void)state;
    ew_dict *d = people_dict();
    ew_arena a;
    ew_arena_init(&a, 4096);
    const tok_spec s1[] = {
        {"Mrs", "NNP", 3, EW_REL_COMPOUND}, {"Brenna", "NNP", 3, EW_REL_COMPOUND},
        {"Holt", "NNP", 4, EW_REL_NSUBJ}, {"spoke", "VBD", 0, EW_REL_ROOT},
        {".", ".", 4, EW_REL_PUNCT}};
    const tok_spec quill[] = {
        {"Mrs", "NNP", 2, EW_REL_COMPOUND}, {"Quill", "NNP", 3, EW_REL_NSUBJ},
        {"praised", "VBD", 0, EW_REL_ROOT}, {"Gondor", "NNP", 3, EW_REL_OBJ},
        {".", ".", 3, EW_REL_PUNCT}};
    const tok_spec *first[] = {s1};
    size_t n[] = {5};
    assert_string_equal(code_after(first, n, 1, quill, 5, 2, "---", &a, d), "---");
    ew_arena_free(&a);
    ew_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(he_takes_the_last_person_subject),
        cmocka_unit_test(he_without_a_person_stays_unresolved),
        cmocka_unit_test(agent_only_actor_takes_the_document_country),
        cmocka_unit_test(own_institution_takes_the_official_source_country),
        cmocka_unit_test(split_name_is_joined),
        cmocka_unit_test(learned_name_codes_a_later_surname),
        cmocka_unit_test(surname_links_to_the_full_name_met_earlier),
        cmocka_unit_test(shared_surname_names_nobody),
        cmocka_unit_test(surname_entry_of_another_person_gives_way),
        cmocka_unit_test(surname_entry_as_a_first_name_codes_nobody),
        cmocka_unit_test(surname_subject_is_an_antecedent),
        cmocka_unit_test(honorific_is_no_learned_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
