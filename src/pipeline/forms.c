/*
 * forms.c -- abbreviations that collide with English words (see forms.h).
 */
#include "pipeline/forms.h"

#include <string.h>

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

int ew_pipeline_normalise_forms(ew_sentence *s)
{
    if (shouting(s))
        return 0;
    int n = 0;
    for (size_t i = 0; i < s->n; i++) {
        ew_token *t = &s->tok[i];
        if (strcmp(t->form, "US") || (t->xpos && !strcmp(t->xpos, "PRP")))
            continue;
        t->form = "U.S.";
        n++;
    }
    return n;
}
