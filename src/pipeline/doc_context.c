/*
 * doc_context.c -- pronoun subjects and the document's country (see
 * doc_context.h).
 */
#include "pipeline/doc_context.h"

#include "code/actor.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* CAMEO region codes (and the OSCE-area ones of our countries file): three
 * letters like a country, but "the government" is never a region's. */
static const char *const region_codes[] = {
    "AFR", "ASA", "BLK", "WBK", "CRB", "CAU", "CFR", "CAS", "CEU", "EAF", "EEU", "EIN",
    "EUR", "LAM", "CAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "BLT", "SAM", "SAS",
    "SEA", "SAF", "WAF", "SHL", "WST", "EAS", "PAC", "ARC", "BSR", "CSP",
};

/* Words that make a coded singular subject a person rather than a body. */
static const char *const person_titles[] = {
    "minister", "president", "secretary", "chairman", "chairwoman", "chairperson",
    "spokesman", "spokeswoman", "spokesperson", "premier", "chancellor", "king",
    "queen", "prince", "ambassador", "envoy", "governor", "mayor", "senator",
    "general", "commander", "leader", "head", "director", "representative",
    "emir", "sheikh", "monarch", "pope", "congressman", "congresswoman", "judge",
};

void ew_doc_context_init(ew_doc_context *c)
{
    memset(c, 0, sizeof *c);
}

static int is_country(const char *code)
{
    if (!code || strlen(code) != 3)
        return 0;
    for (int i = 0; i < 3; i++)
        if (!isupper((unsigned char)code[i]))
            return 0;
    for (size_t i = 0; i < sizeof region_codes / sizeof *region_codes; i++)
        if (!strcmp(code, region_codes[i]))
            return 0;
    return strcmp(code, "IGO") && strcmp(code, "NGO") && strcmp(code, "MNC");
}

static void count_country(ew_doc_context *c, const char *code, int weight)
{
    for (size_t i = 0; i < c->n_country; i++)
        if (!strcmp(c->country[i].code, code)) {
            c->country[i].n += weight;
            return;
        }
    if (c->n_country == EW_DOC_MAX_COUNTRIES)
        return;
    memcpy(c->country[c->n_country].code, code, 4);
    c->country[c->n_country++].n = weight;
}

static int is_title(const char *form)
{
    for (size_t i = 0; i < sizeof person_titles / sizeof *person_titles; i++)
        if (!strcasecmp(form, person_titles[i]))
            return 1;
    return 0;
}

/* Relations that keep a dependent inside a subject's name. */
static int name_rel(int rel)
{
    return rel == EW_REL_DET || rel == EW_REL_AMOD || rel == EW_REL_COMPOUND ||
           rel == EW_REL_FLAT || rel == EW_REL_FIXED || rel == EW_REL_NMOD ||
           rel == EW_REL_CASE || rel == EW_REL_APPOS;
}

/* Span [lo,hi] of token h and its name dependents, transitively ("President"
 * -> "President of Bolivia": "of" hangs on "Bolivia", not on "President"). */
static void name_span(const ew_sentence *s, size_t h, size_t *lo, size_t *hi)
{
    *lo = *hi = h;
    int max_depth = 8; /* names are shallow; bounds the work on long sentences */
    for (int grew = 1; grew && max_depth-- > 0;) {
        grew = 0;
        for (size_t i = 0; i < s->n; i++) {
            int hd = s->tok[i].head - 1;
            if (hd < 0 || i == h || (i >= *lo && i <= *hi) || !name_rel(s->tok[i].rel) ||
                (size_t)hd < *lo || (size_t)hd > *hi)
                continue;
            *lo = i < *lo ? i : *lo;
            *hi = i > *hi ? i : *hi;
            grew = 1;
        }
    }
}

static int capitalised(const ew_token *t)
{
    return t->form && isupper((unsigned char)t->form[0]);
}

/* A capitalised proper noun that may be a name word: not a generational
 * suffix ("Bush Jr" is still Bush). */
static int proper_noun(const ew_token *t)
{
    static const char *const suffix[] = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"};
    if (!capitalised(t) || !(t->upos == EW_UPOS_PROPN || (t->xpos && !strncmp(t->xpos, "NNP", 3))))
        return 0;
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++)
        if (!strcmp(t->form, suffix[i]))
            return 0;
    return 1;
}

/* Token i is a one-word surname entry used as the first name of a longer
 * name ("Blair Trewin", "Kerry Bartlett", "Howard Flight"): the next word
 * is a capitalised proper noun that starts no agent ("the Blair
 * Government" keeps its match, GOVERNMENT being an agent; "Kerry Nettle",
 * a full name the dictionaries know, is the longer match and never a
 * surname entry). */
static int first_name_at(const ew_dict *d, const ew_sentence *s, const ew_sym *w, size_t i)
{
    size_t len = 0, alen = 0;
    if (i + 1 >= s->n || !w[i] || !capitalised(&s->tok[i]) || !proper_noun(&s->tok[i + 1]))
        return 0;
    if (w[i + 1] && ew_dict_match_agent(d, w, s->n, i + 1, 0, &alen))
        return 0;
    /* its own statement: len must be set before it is read, and the order
     * of a call's arguments is unspecified */
    const ew_actor *act = ew_dict_match_actor(d, w, s->n, i, &len);
    return ew_code_surname_entry(act, len);
}

enum { NONE, PERSON, THING, GROUP }; /* what a subject is, for he/she, it, they */

typedef struct subject {
    const char *code;
    int kind;
} subject;

static int plural(const ew_token *t)
{
    return t->xpos && (!strcmp(t->xpos, "NNS") || !strcmp(t->xpos, "NNPS"));
}

/* Subject token h: its code and whether it names one person (an office
 * holder of the dictionaries, or an agent with a person title), one thing
 * (a country, an organisation, "the government") or a group (a plural). */
static const char *story_person(const ew_doc_context *c, const ew_sentence *s,
                                const ew_sym *w, size_t lo, size_t hi);

static subject classify(const ew_doc_context *c, const ew_dict *d, const ew_sentence *s,
                        size_t h, const ew_sym *w, ew_arena *a)
{
    subject r = {NULL, NONE};
    const ew_token *t = &s->tok[h];
    if (t->xpos && !strcmp(t->xpos, "PRP"))
        return r;
    size_t lo, hi;
    name_span(s, h, &lo, &hi);
    ew_actor_hit hit;
    const char *code = ew_code_phrase(d, w + lo, hi - lo + 1, s->date, a, &hit);
    /* "Mr Downer said": a surname of the story's full names is that person */
    const char *who = !code || !strncmp(code, "---", 3) ? story_person(c, s, w, lo, hi) : NULL;
    if (who && !plural(t)) {
        r.code = who;
        r.kind = PERSON;
        return r;
    }
    /* "---GOV" may stand for it/they: the document country fills it later */
    if (!code || !strcmp(code, "---"))
        return r;
    if (hit.actor && first_name_at(d, s, w, lo + hit.at))
        return r; /* "Blair Trewin said" is no antecedent for "he" */
    r.code = code;
    r.kind = plural(t) ? GROUP : THING;
    if (r.kind == GROUP || !strncmp(code, "---", 3))
        return r;
    if (hit.actor && hit.actor->file && strstr(hit.actor->file, "leaders"))
        r.kind = PERSON;
    for (size_t i = lo; i <= hi && r.kind != PERSON && strlen(code) > 3; i++)
        if (is_title(s->tok[i].form))
            r.kind = PERSON;
    return r;
}

static int is_subject(const ew_token *t)
{
    return t->rel == EW_REL_NSUBJ;
}

/* The kind of referent the unresolved side x is a pronoun for, with its
 * token; NONE when x is not an unresolved he/she/it/they. */
static int pronoun_at(const ew_sentence *s, const ew_event_actor *x, size_t *tok)
{
    if (!x->code || strcmp(x->code, "---") || !s->text)
        return NONE;
    for (size_t i = 0; i < s->n; i++) {
        const char *f = s->tok[i].form;
        if (s->tok[i].start != x->span.start || s->tok[i].end != x->span.end)
            continue;
        *tok = i;
        if (!strcasecmp(f, "he") || !strcasecmp(f, "she"))
            return PERSON;
        if (!strcasecmp(f, "it"))
            return THING;
        if (!strcasecmp(f, "they"))
            return GROUP;
        return NONE;
    }
    return NONE;
}

/* he/she: the last person subject before the pronoun, in this sentence or
 * an earlier one; it/they: the last thing/group subject before it in the
 * same sentence only ("Iran said it would ..."), since across sentences
 * "it" and "they" too often mean something no dictionary names. */
static const char *antecedent(const ew_doc_context *c, const subject *sub, size_t p, int kind)
{
    const char *who = kind == PERSON ? c->person : NULL;
    for (size_t i = 0; i < p; i++)
        if (sub[i].kind == kind)
            who = sub[i].code;
    return who;
}

/* NP heads whose phrase may name a person. */
static int np_head(const ew_token *t)
{
    switch (t->rel) {
    case EW_REL_NSUBJ: case EW_REL_OBJ: case EW_REL_IOBJ: case EW_REL_OBL:
    case EW_REL_NMOD: case EW_REL_APPOS: case EW_REL_CONJ:
        return 1;
    default:
        return 0;
    }
}

static int honorific(const char *form);

/* A person phrase teaches the document its name words: a capitalised
 * proper noun no dictionary knows ("Bolivian President Evo Morales" ->
 * "Morales" is BOLGOV in this document), so a later "Morales" is coded. */
static void learn_names(ew_doc_context *c, const ew_sentence *s, size_t h, const ew_sym *w,
                        const char *code)
{
    size_t lo, hi;
    name_span(s, h, &lo, &hi);
    for (size_t i = lo; i <= hi; i++) {
        const ew_token *t = &s->tok[i];
        if (w[i] || !t->xpos || strcmp(t->xpos, "NNP") || strlen(t->form) < 3 ||
            !isupper((unsigned char)t->form[0]) || is_title(t->form) || honorific(t->form))
            continue;
        size_t k = 0;
        while (k < c->n_name && strcmp(c->name[k].word, t->form))
            k++;
        if (k == c->n_name) {
            if (c->n_name == EW_DOC_MAX_NAMES)
                continue;
            c->n_name++;
        }
        c->name[k].word = t->form;
        c->name[k].code = code;
    }
}

/* The name a title phrase describes: "Evo Morales, President of Bolivia"
 * (appos), or as our parser often has it, "Evo Morales, newly elected
 * President ..." (President the object of an acl of the name); else -1. */
static int described_name(const ew_sentence *s, size_t h)
{
    int p = s->tok[h].head - 1;
    if (p < 0)
        return -1;
    if (s->tok[h].rel == EW_REL_OBJ && s->tok[p].rel == EW_REL_ACL)
        p = s->tok[p].head - 1;
    else if (s->tok[h].rel != EW_REL_APPOS)
        return -1;
    return p >= 0 && s->tok[p].upos == EW_UPOS_PROPN ? p : -1;
}

/* An unresolved side that contains a learned name takes its code. */
static void apply_names(const ew_doc_context *c, const ew_sentence *s, ew_event_actor *x)
{
    if (!c->n_name || !x->code || strcmp(x->code, "---"))
        return;
    for (size_t i = 0; i < s->n; i++) {
        const ew_token *t = &s->tok[i];
        if (t->start < x->span.start || t->end > x->span.end || t->end == 0)
            continue;
        for (size_t k = 0; k < c->n_name; k++)
            if (!strcmp(c->name[k].word, t->form)) {
                x->code = c->name[k].code;
                return;
            }
    }
}

static int in_span(const ew_token *t, const ew_event_actor *x)
{
    return t->end != 0 && t->start >= x->span.start && t->end <= x->span.end;
}

/* A side coded through a first name ("The Bureau's Blair Trewin" ->
 * GBRGOV) is coded again from its words without that one. */
static void recode_first_names(const ew_dict *d, const ew_sentence *s, const ew_sym *w,
                               ew_event_actor *x, ew_arena *a)
{
    if (!x->code || !strcmp(x->code, "---"))
        return;
    size_t lo = s->n, hi = 0;
    int hit = 0;
    for (size_t i = 0; i < s->n; i++)
        if (in_span(&s->tok[i], x)) {
            lo = i < lo ? i : lo;
            hi = i + 1;
            hit |= first_name_at(d, s, w, i);
        }
    if (!hit)
        return;
    ew_sym *v = ew_arena_alloc(a, (hi - lo) * sizeof *v);
    size_t n = 0;
    for (size_t i = lo; i < hi; i++)
        if (!(s->tok[i].xpos && !strcmp(s->tok[i].xpos, "POS"))) /* as the coder does */
            v[n++] = first_name_at(d, s, w, i) ? EW_SYM_NONE : w[i];
    x->code = ew_code_phrase(d, v, n, s->date, a, NULL);
}

static void record_surname(ew_doc_context *c, const char *word, const ew_actor *act)
{
    for (size_t k = 0; k < c->n_surname; k++)
        if (!strcmp(c->surname[k].word, word)) {
            c->surname[k].ambiguous |= c->surname[k].actor != act;
            return;
        }
    if (c->n_surname == EW_DOC_MAX_NAMES)
        return;
    c->surname[c->n_surname].word = word;
    c->surname[c->n_surname].actor = act;
    c->surname[c->n_surname++].ambiguous = 0;
}

/* Full names of office holders in the sentence, written as names (every
 * word capitalised), teach the document their last word. */
static void learn_surnames(ew_doc_context *c, const ew_dict *d, const ew_sentence *s,
                           const ew_sym *w)
{
    for (size_t i = 0; i < s->n;) {
        size_t len = 0, k = 0;
        const ew_actor *act = w[i] ? ew_dict_match_actor(d, w, s->n, i, &len) : NULL;
        if (!act || !len) {
            i++;
            continue;
        }
        while (k < len && capitalised(&s->tok[i + k]))
            k++;
        const char *last = s->tok[i + len - 1].form;
        if (len >= 2 && k == len && ew_code_person_actor(act) && strlen(last) >= 3)
            record_surname(c, last, act);
        i += len;
    }
}

/* The person a capitalised word of the document's surnames stands for. */
static const ew_actor *surname_actor(const ew_doc_context *c, const ew_token *t)
{
    if (!capitalised(t))
        return NULL;
    for (size_t k = 0; k < c->n_surname; k++)
        if (!c->surname[k].ambiguous && !strcmp(c->surname[k].word, t->form))
            return c->surname[k].actor;
    return NULL;
}

/* Honorifics that may stand before a bare surname ("Mr Downer"); titles
 * such as "Senator" or "Minister" are agents the dictionaries know. */
static int honorific(const char *form)
{
    static const char *const h[] = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.",
                                    "Dr.", "Sir", "Dame", "Lord", "Lady", "Prof.", "Professor"};
    for (size_t i = 0; i < sizeof h / sizeof *h; i++)
        if (!strcmp(form, h[i]))
            return 1;
    return 0;
}

/* The surname at i is part of someone else's name: another name word
 * follows ("Howard Flight"), or a first name no dictionary knows comes
 * before it ("Georgina Downer"). */
static int other_name(const ew_sentence *s, const ew_sym *w, size_t i)
{
    if (i + 1 < s->n && proper_noun(&s->tok[i + 1]))
        return 1;
    return i > 0 && !w[i - 1] && proper_noun(&s->tok[i - 1]) &&
           !honorific(s->tok[i - 1].form);
}

/* The code of the story's person a surname in tokens [lo, hi] stands for,
 * or NULL. */
static const char *story_person(const ew_doc_context *c, const ew_sentence *s,
                                const ew_sym *w, size_t lo, size_t hi)
{
    for (size_t i = lo; i <= hi && i < s->n && c->n_surname; i++) {
        const ew_actor *p = surname_actor(c, &s->tok[i]);
        const char *code = p && !other_name(s, w, i) ? ew_actor_code_on(p, s->date) : NULL;
        if (code && *code)
            return code;
    }
    return NULL;
}

/* "Mr Downer said": a side that names nobody ("---", "---GOV"), or that a
 * one-word entry gave to somebody else of that surname ("Mr Reid" ->
 * Harry Reid in a story about John Reid), takes the person of the
 * document's full name. */
static void apply_surnames(const ew_doc_context *c, const ew_dict *d, const ew_sentence *s,
                           const ew_sym *w, ew_event_actor *x)
{
    if (!c->n_surname || !x->code)
        return;
    for (size_t i = 0; i < s->n; i++) {
        const ew_actor *p = in_span(&s->tok[i], x) ? surname_actor(c, &s->tok[i]) : NULL;
        const char *code = p ? ew_actor_code_on(p, s->date) : NULL;
        if (!code || !*code || other_name(s, w, i))
            continue;
        size_t len = 0;
        const ew_actor *other = w[i] ? ew_dict_match_actor(d, w, s->n, i, &len) : NULL;
        if (!strncmp(x->code, "---", 3) ||
            (other && other != p && len == 1 && !strcmp(x->code, ew_actor_code_on(other, s->date))))
            x->code = code;
        return;
    }
}

void ew_doc_context_sentence(ew_doc_context *c, const ew_dict *d, const ew_sentence *s,
                             ew_event_list *out, size_t first, ew_arena *a)
{
    ew_sym *w = ew_arena_alloc(a, (s->n ? s->n : 1) * sizeof *w);
    subject *sub = ew_arena_calloc(a, s->n ? s->n : 1, sizeof *sub);
    for (size_t i = 0; i < s->n; i++)
        w[i] = ew_dict_sym(d, s->tok[i].form, strlen(s->tok[i].form));
    learn_surnames(c, d, s, w);
    for (size_t i = 0; i < s->n; i++) {
        if (!np_head(&s->tok[i]))
            continue;
        subject x = classify(c, d, s, i, w, a);
        if (x.kind == PERSON) {
            learn_names(c, s, i, w, x.code);
            int named = described_name(s, i);
            if (named >= 0)
                learn_names(c, s, (size_t)named, w, x.code);
        }
        if (is_subject(&s->tok[i]))
            sub[i] = x;
    }
    for (size_t k = first; k < out->n; k++) {
        recode_first_names(d, s, w, &out->v[k].source, a);
        recode_first_names(d, s, w, &out->v[k].target, a);
        apply_names(c, s, &out->v[k].source);
        apply_names(c, s, &out->v[k].target);
        apply_surnames(c, d, s, w, &out->v[k].source);
        apply_surnames(c, d, s, w, &out->v[k].target);
    }
    for (size_t k = first; k < out->n; k++) {
        size_t p = 0;
        int kind = pronoun_at(s, &out->v[k].source, &p);
        const char *who = kind ? antecedent(c, sub, p, kind) : NULL;
        if (who)
            out->v[k].source.code = who;
    }
    for (size_t i = 0; i < s->n; i++)
        c->person = sub[i].kind == PERSON ? sub[i].code : c->person;
    for (size_t i = 0; i < s->n;) {
        size_t len = 0;
        const ew_actor *act = w[i] ? ew_dict_match_actor(d, w, s->n, i, &len) : NULL;
        if (act && first_name_at(d, s, w, i))
            act = NULL; /* "Blair Trewin" names no British document */
        if (act && len) {
            const char *code = ew_actor_code_on(act, s->date);
            if (is_country(code))
                count_country(c, code, c->sentences == 0 ? 2 : 1);
            i += len;
        } else {
            i++;
        }
    }
    c->sentences++;
}

const char *ew_doc_context_country(const ew_doc_context *c)
{
    int best = -1, second = 0;
    for (size_t i = 0; i < c->n_country; i++) {
        if (best < 0 || c->country[i].n > c->country[best].n) {
            second = best < 0 ? 0 : c->country[best].n;
            best = (int)i;
        } else if (c->country[i].n > second) {
            second = c->country[i].n;
        }
    }
    /* "clearly more": at least twice, and half as many again as the next */
    if (best < 0 || c->country[best].n < 2 || 2 * c->country[best].n < 3 * second)
        return NULL;
    return c->country[best].code;
}

static int fill_side(ew_event_actor *x, const char *country, ew_arena *a)
{
    if (!x->code || strncmp(x->code, "---", 3) || !x->code[3])
        return 0;
    size_t n = strlen(x->code);
    char *code = ew_arena_alloc(a, n + 1);
    memcpy(code, country, 3);
    memcpy(code + 3, x->code + 3, n - 2);
    x->code = code;
    return 1;
}

/* Agents a government commands or answers to: its own troops, police,
 * parliament, courts, services. */
static int own_institution(const char *agent)
{
    static const char *const own[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"};
    for (size_t i = 0; i < sizeof own / sizeof *own; i++)
        if (!strncmp(agent, own[i], 3))
            return 1;
    return 0;
}

/* Determiners that may start a plain phrase with a capital. */
static int capital_determiner(const char *w, size_t n)
{
    static const char *const dets[] = {"The", "A", "An", "All", "Its", "His", "Her",
                                       "Their", "Our", "My", "Some", "Several"};
    for (size_t i = 0; i < sizeof dets / sizeof *dets; i++)
        if (strlen(dets[i]) == n && !strncmp(w, dets[i], n))
            return 1;
    return 0;
}

/* A name alone ("Parliament", "Congress"), or words without capitals but
 * for a determiner ("the troops", "his government"); not "Islamist troops",
 * "President Ciampi", "the Border Commission", whose words may name
 * another side. */
static int plain_phrase(const char *text)
{
    if (!text || !*text)
        return 0;
    if (!strchr(text, ' '))
        return 1;
    for (const char *w = text; *w;) {
        size_t n = strcspn(w, " ");
        if (isupper((unsigned char)*w) && !(w == text && capital_determiner(w, n)))
            return 0;
        w += n;
        while (*w == ' ')
            w++;
    }
    return 1;
}

/* "Putin ordered the authorities", "the Turkish military asked parliament":
 * when the document has no country, an official actor's act on a plain
 * agent-only institution is on its own country's institution.  Not when
 * that would make the actor act on itself ("a White House official said
 * the administration"): the event stays as it was. */
static int fill_from_source(ew_event *e, ew_arena *a)
{
    const char *src = e->source.code, *tgt = e->target.code;
    if (!src || !tgt || strncmp(tgt, "---", 3) || !tgt[3] || !own_institution(tgt + 3) ||
        strlen(src) <= 3 || !own_institution(src + 3) || !strcmp(src + 3, tgt + 3) ||
        !plain_phrase(e->target.text))
        return 0;
    char country[4];
    memcpy(country, src, 3);
    country[3] = 0;
    return is_country(country) ? fill_side(&e->target, country, a) : 0;
}

size_t ew_doc_context_fill(const ew_doc_context *c, ew_event_list *out, size_t first,
                           ew_arena *a)
{
    const char *country = ew_doc_context_country(c);
    size_t filled = 0;
    for (size_t k = first; k < out->n; k++) {
        if (!country) {
            filled += (size_t)fill_from_source(&out->v[k], a);
            continue;
        }
        filled += (size_t)fill_side(&out->v[k].source, country, a);
        filled += (size_t)fill_side(&out->v[k].target, country, a);
    }
    return filled;
}
