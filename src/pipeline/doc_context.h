/*
 * doc_context.h -- what one document tells about its sentences: who "he" or
 * "she" is, and which country the document is about.
 *
 * The coder sees one sentence at a time, so a pronoun subject ("In this
 * context, he welcomed ...") and an agent without a country ("the
 * government", "police") leave an event half-coded and require_dyad drops
 * it.  The pipeline codes each sentence with require_dyad off, then:
 *   - a "he"/"she" source takes the most recent singular person mentioned
 *     as a subject before it (earlier in the sentence, else in the
 *     document): a subject whose words code to an office holder of the
 *     dictionaries or to an agent with a person title ("the Kazakh Foreign
 *     Minister", "Minister Kosherbayev");
 *   - a person phrase ("Bolivian President Evo Morales", or a name with a
 *     coded apposition) teaches the document its unknown name words, and an
 *     unresolved side that contains one ("Morales said ...") takes its code;
 *   - a full name of an office holder ("Alexander Downer") makes its last
 *     word stand for that person in the rest of the document, so a later
 *     "Mr Downer" / "Foreign Minister Downer" takes the person's code even
 *     when the dictionaries know no "Downer" alone, or know it as somebody
 *     else's (Harry Reid's "Reid" in a story about John Reid); not once two
 *     different full names of the document share the surname; such a
 *     "Mr Downer" subject is also a person for a later "he"/"she";
 *     honorifics ("Mrs", "Dr") are never learned as name words;
 *   - a one-word surname entry followed by a capitalised word no
 *     dictionary knows is someone's first name ("the Bureau's Blair
 *     Trewin", "MP Kerry Bartlett"): a side coded through it is coded again
 *     without it, and it names no person subject and no document country;
 *   - "it"/"they" sources take the last singular / plural coded subject
 *     before them in the same sentence ("the ministry said it would ...");
 *   - after the last sentence, an actor coded as an agent alone ("---GOV")
 *     takes the document's country: the country named most often in the
 *     document (the first sentence counts twice), if it is named at least
 *     twice and clearly more than any other;
 *   - when no country dominates, an agent-only institution of a state
 *     ("the troops", "parliament", "the courts") acted on by an official
 *     actor ("RUSGOV", "TURMIL") takes that actor's country, if its words
 *     carry no capital that could name another side and the event would
 *     not become an actor acting on itself.
 * Events still half-coded are then dropped as the coder would have.
 *
 * Errors: none.  Ownership: the context and every code it hands out live in
 * the document's arena.
 */
#ifndef EW_PIPELINE_DOC_CONTEXT_H
#define EW_PIPELINE_DOC_CONTEXT_H

#include <stddef.h>

#include "core/arena.h"
#include "core/event.h"
#include "core/sentence.h"
#include "dict/dict.h"

#define EW_DOC_MAX_COUNTRIES 64
#define EW_DOC_MAX_NAMES 64

typedef struct ew_doc_context {
    const char *person;       /* code of the last person subject, or NULL */
    struct {
        char code[4];
        int n;
    } country[EW_DOC_MAX_COUNTRIES];
    size_t n_country;
    struct {
        const char *word;     /* a name word no dictionary knows ("Morales") */
        const char *code;     /* the code of the person phrase it came in */
    } name[EW_DOC_MAX_NAMES];
    size_t n_name;
    struct {
        const char *word;     /* the last word of a full name met ("Downer") */
        const ew_actor *actor; /* whose full name it was */
        int ambiguous;        /* two different full names end in it */
    } surname[EW_DOC_MAX_NAMES];
    size_t n_surname;
    size_t sentences;
} ew_doc_context;

void ew_doc_context_init(ew_doc_context *c);

/* Resolves "he"/"she" sources of the events [first, out->n) of sentence s
 * (coded without require_dyad), then records the sentence's person
 * subjects and country names. */
void ew_doc_context_sentence(ew_doc_context *c, const ew_dict *d, const ew_sentence *s,
                             ew_event_list *out, size_t first, ew_arena *a);

/* The document's country ("IRQ"), or NULL when no country dominates. */
const char *ew_doc_context_country(const ew_doc_context *c);

/* Gives agent-only actors ("---GOV") of events [first, out->n) the
 * document's country, or with none the official source's country for a
 * target institution (see above); returns how many sides were filled. */
size_t ew_doc_context_fill(const ew_doc_context *c, ew_event_list *out, size_t first,
                           ew_arena *a);

#endif
