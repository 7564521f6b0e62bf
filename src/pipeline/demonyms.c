/*
 * demonyms.c -- "Haiti an" -> "Haitian" (see demonyms.h).
 */
#include "pipeline/demonyms.h"

#include <string.h>

static const char *const suffixes[] = {"n", "an", "ian", "i", "ese", "ns", "ans", "ians"};

static int is_suffix(const char *f)
{
    for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
        if (!strcmp(f, suffixes[k]))
            return 1;
    return 0;
}

/* The joined form when tokens i and i+1 are a split demonym, else NULL. */
static char *joined_form(const ew_dict *d, const ew_token *t, ew_arena *a)
{
    const char *name = t[0].form, *suf = t[1].form;
    if (!(name[0] >= 'A' && name[0] <= 'Z') || !is_suffix(suf))
        return NULL;
    size_t n = strlen(name), m = strlen(suf);
    char *f = ew_arena_alloc(a, n + m + 1);
    memcpy(f, name, n);
    memcpy(f + n, suf, m + 1);
    return ew_dict_sym(d, f, n + m) != EW_SYM_NONE ? f : NULL;
}

int ew_pipeline_join_demonyms(const ew_dict *d, ew_sentence *s, ew_arena *a)
{
    if (!d || s->n < 2)
        return 0;
    int joined = 0;
    size_t k = 0;
    for (size_t i = 0; i < s->n; i++) {
        char *f = i + 1 < s->n ? joined_form(d, &s->tok[i], a) : NULL;
        s->tok[k] = s->tok[i];
        if (f) {
            s->tok[k].form = f;
            s->tok[k].end = s->tok[i + 1].end;
            i++;
            joined++;
        }
        k++;
    }
    s->n = k;
    return joined;
}
