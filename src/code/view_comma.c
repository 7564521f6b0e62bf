/*
 * view_comma.c -- PETRARCH-1's comma-clause deletion (check_commas).
 *
 * Short stretches between commas are usually appositions or asides ("Arnor,
 * citing border incidents, recalled ..."), and a short stretch after the last
 * comma is usually attribution ("..., a senior official said").  Removing
 * them lets the verb and its actors meet.  Word counts use words that begin
 * with a letter, as PETRARCH does.  Commas inside a noun phrase or a
 * compound group (lists of actors) are not clause commas.  Commas that are
 * left become boundaries: the words before a verb are read back only to the
 * nearest one.
 */
#include "code/view.h"

#include <ctype.h>

static int inside_phrase(const ew_cview *v, int i)
{
    if (v->np_of[i] >= 0)
        return 1;
    for (int g = 0; g < v->n_grp; g++)
        if (i > v->grp[g].start && i < v->grp[g].end)
            return 1;
    return 0;
}

static int count_words(const ew_cview *v, int lo, int hi)
{
    int k = 0;
    for (int i = lo; i < hi; i++)
        if (!v->gone[i] && isalpha((unsigned char)v->upper[i][0]))
            k++;
    return k;
}

static void drop(ew_cview *v, int lo, int hi)
{
    for (int i = lo; i < hi; i++)
        v->gone[i] = 1;
}

/* End of the sentence body: before trailing punctuation. */
static int body_end(const ew_cview *v)
{
    int e = v->n;
    while (e > 0 && v->s->tok[e - 1].upos == EW_UPOS_PUNCT &&
           !isalnum((unsigned char)v->upper[e - 1][0]))
        e--;
    return e;
}

static int in_range(int k, int lo, int hi)
{
    return hi != 0 && k >= lo && k <= hi;
}

void ew_cview_commas(ew_cview *v, const ew_code_options *o)
{
    int c[EW_CODE_MAX_TOKENS / 2], nc = 0;
    for (int i = 0; i < v->n && nc < (int)(sizeof c / sizeof c[0]); i++)
        if (v->upper[i][0] == ',' && v->upper[i][1] == 0 && !inside_phrase(v, i))
            c[nc++] = i;
    if (nc == 0)
        return;
    int end = body_end(v);
    /* initial clause, keeping the comma so an intermediate one can follow */
    if (in_range(count_words(v, 0, c[0]), o->comma_bmin, o->comma_bmax))
        drop(v, 0, c[0]);
    /* terminal clause, from the last comma to the end */
    if (in_range(count_words(v, c[nc - 1] + 1, end), o->comma_emin, o->comma_emax))
        drop(v, c[nc - 1], end);
    /* intermediate clauses, between consecutive commas */
    if (o->comma_max != 0)
        for (int k = 0; k + 1 < nc; k++)
            if (in_range(count_words(v, c[k] + 1, c[k + 1]), o->comma_min, o->comma_max))
                drop(v, c[k], c[k + 1] + 1);    /* both commas: the aside is gone */
    /* remaining commas bound the upper sequence, unless nothing lies before
     * (dangling initial) or after (dangling terminal) them */
    for (int k = 0; k < nc; k++) {
        int i = c[k];
        if (v->gone[i])
            continue;
        if (count_words(v, 0, i) == 0 || count_words(v, i + 1, end) == 0)
            continue;
        v->boundary[i] = 1;
    }
}
