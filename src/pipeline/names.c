/*
 * names.c -- re-attaching the tokens of a dictionary name to one head (see
 * names.h).
 */
#include "pipeline/names.h"

#include <string.h>

static int head_of(const ew_sentence *s, size_t i)
{
    return s->tok[i].head - 1; /* -1: root or unparsed */
}

/* Every token reaches the root without meeting itself again. */
static int acyclic(const ew_sentence *s)
{
    for (size_t i = 0; i < s->n; i++) {
        int h = head_of(s, i);
        size_t steps = 0;
        while (h >= 0 && steps++ <= s->n)
            h = head_of(s, (size_t)h);
        if (steps > s->n)
            return 0;
    }
    return 1;
}

/* The token of [lo,hi) the rest of the sentence attaches the name by: the
 * first whose head is outside the run; -1 when none (unparsed). */
static int run_head(const ew_sentence *s, size_t lo, size_t hi)
{
    for (size_t i = lo; i < hi; i++) {
        int h = head_of(s, i);
        if (h < (int)lo || h >= (int)hi)
            return s->tok[i].head >= 0 ? (int)i : -1;
    }
    return -1;
}

/* Already one flat unit: nothing inside depends on anything but the run. */
static int needs_repair(const ew_sentence *s, size_t lo, size_t hi, int h)
{
    for (size_t i = lo; i < hi; i++)
        if ((int)i != h && (head_of(s, i) != h || s->tok[i].rel != EW_REL_FLAT))
            return 1;
    for (size_t i = 0; i < s->n; i++) {
        int hh = head_of(s, i);
        if ((i < lo || i >= hi) && hh >= (int)lo && hh < (int)hi && hh != h)
            return 1;
    }
    return 0;
}

static int repair(ew_sentence *s, size_t lo, size_t hi, ew_token *save)
{
    int h = run_head(s, lo, hi);
    if (h < 0 || !needs_repair(s, lo, hi, h))
        return 0;
    memcpy(save, s->tok, s->n * sizeof *save);
    for (size_t i = 0; i < s->n; i++) {
        int hh = head_of(s, i);
        if ((int)i == h)
            continue;
        if (i >= lo && i < hi) {
            s->tok[i].head = h + 1;
            s->tok[i].rel = EW_REL_FLAT;
            s->tok[i].subrel = NULL;
        } else if (hh >= (int)lo && hh < (int)hi) {
            s->tok[i].head = h + 1; /* "(OSCE)" on "Europe" -> on the name */
        }
    }
    if (!acyclic(s)) {
        memcpy(s->tok, save, s->n * sizeof *save);
        return 0;
    }
    return 1;
}

int ew_pipeline_join_names(const ew_dict *d, ew_sentence *s, ew_arena *a)
{
    if (!d || s->n < 2)
        return 0;
    ew_sym *w = ew_arena_alloc(a, s->n * sizeof *w);
    ew_token *save = ew_arena_alloc(a, s->n * sizeof *save);
    for (size_t i = 0; i < s->n; i++)
        w[i] = ew_dict_sym(d, s->tok[i].form, strlen(s->tok[i].form));
    int joined = 0;
    for (size_t i = 0; i < s->n;) {
        size_t len = 0, alen = 0;
        if (w[i] && !ew_dict_match_actor(d, w, s->n, i, &len))
            len = 0;
        /* agent titles too ("Deputy Prime Minister", "Emergencies Ministry"),
         * adjacent words only */
        if (w[i] && ew_dict_match_agent(d, w, s->n, i, 0, &alen) && alen > len)
            len = alen;
        if (len >= 2 && i + len <= s->n) {
            joined += repair(s, i, i + len, save);
            i += len;
        } else {
            i++;
        }
    }
    return joined;
}
