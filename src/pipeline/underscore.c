/*
 * underscore.c -- splitting "Dol_Amroth" into "Dol" "Amroth" (see
 * underscore.h).
 */
#include "pipeline/underscore.h"

#include <string.h>

/* Parts in a joined token, or 0 when it is no such token. */
static size_t joined_parts(const char *f)
{
    size_t parts = 1, run = 0;
    for (const unsigned char *p = (const unsigned char *)f; *p; p++) {
        if (*p == '_') {
            if (run == 0)
                return 0;   /* leading or doubled underscore */
            parts++;
            run = 0;
        } else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                   (*p >= '0' && *p <= '9') || *p >= 0x80) {
            run++;
        } else {
            return 0;
        }
    }
    return parts > 1 && run > 0 ? parts : 0;
}

static size_t split_one(const ew_token *t, ew_token *out, ew_arena *a)
{
    size_t len = strlen(t->form), k = 0;
    int exact = t->end > t->start && t->end - t->start == len;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && t->form[j] != '_')
            j++;
        char *f = ew_arena_alloc(a, j - i + 1);
        memcpy(f, t->form + i, j - i);
        f[j - i] = 0;
        out[k] = *t;
        out[k].form = f;
        if (exact) {
            out[k].start = t->start + (uint32_t)i;
            out[k].end = t->start + (uint32_t)j;
        }
        k++;
        i = j + 1;
    }
    return k;
}

int ew_pipeline_split_underscores(ew_sentence *s, ew_arena *a)
{
    size_t extra = 0;
    int split = 0;
    for (size_t i = 0; i < s->n; i++) {
        size_t p = strchr(s->tok[i].form, '_') ? joined_parts(s->tok[i].form) : 0;
        if (p) {
            extra += p - 1;
            split++;
        }
    }
    if (!split)
        return 0;
    ew_token *tok = ew_arena_alloc(a, sizeof *tok * (s->n + extra));
    size_t k = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (strchr(s->tok[i].form, '_') && joined_parts(s->tok[i].form))
            k += split_one(&s->tok[i], tok + k, a);
        else
            tok[k++] = s->tok[i];
    }
    s->tok = tok;
    s->n = k;
    return split;
}
