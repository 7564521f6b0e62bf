/*
 * forms.c -- abbreviations that collide with English words (see forms.h).
 */
#include "pipeline/forms.h"

#include <string.h>
#include <strings.h>

/* A sentence in capitals ("TELL US WHY") says nothing by its case. */
static int shouting(const ew_sentence *s)
{
    size_t caps = 0, words = 0;
    for (size_t i = 0; i < s->n; i++) {
        const char *f = s->tok[i].form;
        if (!(f[0] >= 'A' && f[0] <= 'Z') && !(f[0] >= 'a' && f[0] <= 'z'))
            continue;
        words++;
        caps += f[1] && f[1] >= 'A' && f[1] <= 'Z';
    }
    return words >= 3 && 2 * caps > words;
}

/* "member states", "participating States": after these words "states" is
 * the plural noun, yet taggers read "... and all member states to
 * strengthen ..." as the verb "states" (a 010 statement by whoever came
 * before).  The collocation list is closed; anything else keeps its tag. */
static const char *const states_compounds[] = {
    "member", "participating", "united", "partner", "island", "nation", "gulf",
    "baltic", "arab", "neighbouring", "neighboring", "coastal", "littoral", "nuclear",
};

static int states_noun(const ew_sentence *s, size_t i)
{
    const ew_token *t = &s->tok[i];
    if (i == 0 || strcasecmp(t->form, "states") || !t->xpos || strcmp(t->xpos, "VBZ"))
        return 0;
    for (size_t k = 0; k < sizeof states_compounds / sizeof *states_compounds; k++)
        if (!strcasecmp(s->tok[i - 1].form, states_compounds[k]))
            return 1;
    return 0;
}

/* "AU$6.3 million", "US$5 billion": a country or union abbreviation glued
 * to a dollar sign names a currency, not Australia, the African Union or
 * the United States.  The sign's token stays; the prefix becomes the
 * currency's written form, which no dictionary lists. */
static const char *const currencies[][2] = {
    {"AU", "AU$"}, {"A", "A$"}, {"US", "US$"}, {"NZ", "NZ$"}, {"HK", "HK$"},
    {"C", "C$"}, {"CA", "CA$"}, {"CAN", "CAN$"}, {"S", "S$"}, {"NT", "NT$"},
    {"R", "R$"}, {"Z", "Z$"}, {"EC", "EC$"}, {"J", "J$"}, {"TT", "TT$"},
};

static const char *currency_prefix(const ew_sentence *s, size_t i)
{
    const ew_token *t = &s->tok[i];
    if (i + 1 >= s->n || strcmp(s->tok[i + 1].form, "$") || t->end == 0 ||
        t->end != s->tok[i + 1].start)
        return NULL;
    for (size_t k = 0; k < sizeof currencies / sizeof *currencies; k++)
        if (!strcmp(t->form, currencies[k][0]))
            return currencies[k][1];
    return NULL;
}

int ew_pipeline_normalise_forms(ew_sentence *s)
{
    int n = 0;
    for (size_t i = 0; i < s->n; i++) {
        const char *cur = currency_prefix(s, i);
        if (cur) {
            s->tok[i].form = cur;
            n++;
        }
    }
    for (size_t i = 0; i < s->n; i++)
        if (states_noun(s, i)) {
            s->tok[i].xpos = "NNS";
            s->tok[i].upos = EW_UPOS_NOUN;
            n++;
        }
    if (shouting(s))
        return n;
    for (size_t i = 0; i < s->n; i++) {
        ew_token *t = &s->tok[i];
        if (strcmp(t->form, "US") || (t->xpos && !strcmp(t->xpos, "PRP")))
            continue;
        t->form = "U.S.";
        n++;
    }
    return n;
}
