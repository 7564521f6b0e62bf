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

/* Span [lo,hi] of subject token h and its name dependents (contiguous). */
static void name_span(const ew_sentence *s, size_t h, size_t *lo, size_t *hi)
{
    *lo = *hi = h;
    for (int grew = 1; grew;) {
        grew = 0;
        for (size_t i = 0; i < s->n; i++) {
            int hd = s->tok[i].head - 1;
            if (hd < 0 || i == h || !name_rel(s->tok[i].rel) || (size_t)hd < *lo ||
                (size_t)hd > *hi)
                continue;
            if (i + 1 == *lo || i == *hi + 1) {
                *lo = i < *lo ? i : *lo;
                *hi = i > *hi ? i : *hi;
                grew = 1;
            }
        }
    }
}

/* The code of subject token h when it names one person, else NULL. */
static const char *person_code(const ew_dict *d, const ew_sentence *s, size_t h,
                               const ew_sym *w, ew_arena *a)
{
    const ew_token *t = &s->tok[h];
    if (t->xpos && (!strcmp(t->xpos, "NNS") || !strcmp(t->xpos, "NNPS") ||
                    !strcmp(t->xpos, "PRP")))
        return NULL;
    size_t lo, hi;
    name_span(s, h, &lo, &hi);
    ew_actor_hit hit;
    const char *code = ew_code_phrase(d, w + lo, hi - lo + 1, s->date, a, &hit);
    if (!code || !strncmp(code, "---", 3))
        return NULL;
    if (hit.actor && hit.actor->file && strstr(hit.actor->file, "leaders"))
        return code;
    if (strlen(code) <= 3)
        return NULL;
    for (size_t i = lo; i <= hi; i++)
        if (is_title(s->tok[i].form))
            return code;
    return NULL;
}

static int is_subject(const ew_token *t)
{
    return t->rel == EW_REL_NSUBJ;
}

static int pronoun_at(const ew_sentence *s, const ew_event_actor *x, size_t *tok)
{
    if (!x->code || strcmp(x->code, "---") || !s->text)
        return 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->tok[i].start == x->span.start && s->tok[i].end == x->span.end &&
            (!strcasecmp(s->tok[i].form, "he") || !strcasecmp(s->tok[i].form, "she"))) {
            *tok = i;
            return 1;
        }
    return 0;
}

void ew_doc_context_sentence(ew_doc_context *c, const ew_dict *d, const ew_sentence *s,
                             ew_event_list *out, size_t first, ew_arena *a)
{
    ew_sym *w = ew_arena_alloc(a, (s->n ? s->n : 1) * sizeof *w);
    const char **person = ew_arena_calloc(a, s->n ? s->n : 1, sizeof *person);
    for (size_t i = 0; i < s->n; i++)
        w[i] = ew_dict_sym(d, s->tok[i].form, strlen(s->tok[i].form));
    for (size_t i = 0; i < s->n; i++)
        if (is_subject(&s->tok[i]))
            person[i] = person_code(d, s, i, w, a);
    for (size_t k = first; k < out->n; k++) {
        size_t p;
        if (!pronoun_at(s, &out->v[k].source, &p))
            continue;
        const char *who = c->person;
        for (size_t i = 0; i < p; i++)
            who = person[i] ? person[i] : who;
        if (who)
            out->v[k].source.code = who;
    }
    for (size_t i = 0; i < s->n; i++)
        c->person = person[i] ? person[i] : c->person;
    for (size_t i = 0; i < s->n;) {
        size_t len = 0;
        const ew_actor *act = w[i] ? ew_dict_match_actor(d, w, s->n, i, &len) : NULL;
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

size_t ew_doc_context_fill(const ew_doc_context *c, ew_event_list *out, size_t first,
                           ew_arena *a)
{
    const char *country = ew_doc_context_country(c);
    if (!country)
        return 0;
    size_t filled = 0;
    for (size_t k = first; k < out->n; k++) {
        filled += (size_t)fill_side(&out->v[k].source, country, a);
        filled += (size_t)fill_side(&out->v[k].target, country, a);
    }
    return filled;
}
