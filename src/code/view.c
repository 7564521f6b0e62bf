/*
 * view.c -- building the coder's linear view (see view.h): words, skip
 * items, and the helpers the two phrase finders share.
 */
#include "code/view.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* PETRARCH-1 ignores these words when matching patterns ("skip items"):
 * articles, a few pronouns and auxiliaries, number words. */
static const char *const skip_words[] = {
    "THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE",
    "SOME", "FEW", "THAT", "HUNDRED", "THOUSAND", "MILLION", "BILLION",
    "TRILLION", "DOZEN", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX",
    "SEVEN", "EIGHT", "NINE", "DOLLAR", "DUCAT", NULL,
};

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    if (*s == '-' || *s == '+')
        s++;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return 0;
    return 1;
}

static int is_skip(const ew_token *t, const char *up)
{
    if (t->xpos && strcmp(t->xpos, "POS") == 0)
        return 1;   /* possessive 's: PETRARCH drops it from noun phrases */
    if (up[0] >= '0' && up[0] <= '9')
        return all_digits(up);
    for (int i = 0; skip_words[i]; i++)
        if (up[0] == skip_words[i][0] && strcmp(up, skip_words[i]) == 0)
            return 1;
    return all_digits(up);
}

/* ASCII upper case; other bytes unchanged (the dictionary symbol lookup
 * does the full Unicode normalisation). */
static char *upcase(const char *s, ew_arena *a)
{
    size_t n = strlen(s);
    char *u = ew_arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++)
        u[i] = (char)toupper((unsigned char)s[i]);
    u[n] = 0;
    return u;
}

/* Dictionary symbols of recent words, per thread: looking a word up means
 * Unicode case folding and a hash probe, and news text repeats its words.
 * Direct-mapped; an entry is valid only for the dictionary that filled it
 * (the dictionary is read-only, so entries never go stale while it lives;
 * a new dictionary at the same address is told apart by its generation). */
enum { SYM_CACHE = 1024, SYM_WORD = 24 };
typedef struct sym_slot {
    const ew_dict *dict;
    unsigned gen;
    ew_sym sym;
    char word[SYM_WORD];
} sym_slot;
/* static thread storage (40 KB), so nothing needs freeing at thread exit */
static _Thread_local sym_slot sym_cache[SYM_CACHE];
static _Thread_local unsigned sym_gen;
static _Thread_local const ew_dict *sym_last_dict;

static ew_sym cached_sym(const ew_dict *d, const char *w)
{
    size_t n = strlen(w);
    if (n >= SYM_WORD)
        return ew_dict_sym(d, w, n);
    if (d != sym_last_dict) {
        sym_last_dict = d;
        sym_gen++;
    }
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    sym_slot *s = &sym_cache[h & (SYM_CACHE - 1)];
    if (s->dict == d && s->gen == sym_gen && !strcmp(s->word, w))
        return s->sym;
    s->dict = d;
    s->gen = sym_gen;
    s->sym = ew_dict_sym(d, w, n);
    memcpy(s->word, w, n + 1);
    return s->sym;
}

static void words(ew_cview *v, ew_arena *a)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *t = &v->s->tok[i];
        const char *f = t->form ? t->form : "";
        v->upper[i] = upcase(f, a);
        v->sym[i] = v->dict ? cached_sym(v->dict, f) : EW_SYM_NONE;
        v->sym_bloom[(v->sym[i] >> 6) & 15] |= 1ull << (v->sym[i] & 63);
        v->skip[i] = (uint8_t)is_skip(t, v->upper[i]);
        v->np_of[i] = -1;
    }
}

ew_cview *ew_cview_build(const ew_sentence *s, const ew_dict *d,
                         const ew_code_options *o, ew_arena *a)
{
    ew_cview *v = ew_arena_calloc(a, 1, sizeof *v);
    v->s = s;
    v->dict = d;
    v->n = (int)s->n;
    size_t n = s->n ? s->n : 1;
    v->sym = ew_arena_calloc(a, n, sizeof *v->sym);
    v->upper = ew_arena_calloc(a, n, sizeof *v->upper);
    v->skip = ew_arena_calloc(a, n, 1);
    v->gone = ew_arena_calloc(a, n, 1);
    v->boundary = ew_arena_calloc(a, n, 1);
    v->np_of = ew_arena_calloc(a, n, sizeof *v->np_of);
    words(v, a);
    if (o->use_ptb && s->ptb)
        ew_cview_from_ptb(v, a);
    else
        ew_cview_from_dep(v, a);
    ew_cview_commas(v, o);
    return v;
}

int ew_cview_venue_code(const char *code)
{
    if (!code || !code[0])
        return 0;
    if (code[0] == '0')
        return code[1] >= '1' && code[1] <= '9';
    return code[0] == '1' && code[1] >= '0' && code[1] <= '3';
}

/* Whether the live word before `start` is a preposition among words[]. */
static int preposition_before(const ew_cview *v, int start, const char *const *words,
                              size_t n)
{
    int i = start - 1;
    while (i >= 0 && v->gone[i])
        i--;
    if (i < 0 || (v->s->tok[i].upos != EW_UPOS_ADP &&
                  !(v->s->tok[i].xpos && !strcmp(v->s->tok[i].xpos, "IN"))))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (!strcmp(v->upper[i], words[k]))
            return 1;
    return 0;
}

int ew_cview_locative(const ew_cview *v, int start)
{
    static const char *const place[] = {"AT", "NEAR", "OUTSIDE", "INSIDE"};
    return preposition_before(v, start, place, sizeof place / sizeof place[0]);
}

int ew_cview_adjunct(const ew_cview *v, int start)
{
    static const char *const where[] = {"IN", "AT", "FROM", "NEAR", "INSIDE", "OUTSIDE"};
    return preposition_before(v, start, where, sizeof where / sizeof where[0]);
}

char *ew_cview_text(const ew_cview *v, int start, int end, ew_arena *a)
{
    size_t len = 0;
    for (int i = start; i < end; i++)
        len += strlen(v->upper[i]) + 1;
    char *out = ew_arena_alloc(a, len + 1), *p = out;
    for (int i = start; i < end; i++) {
        if (v->s->tok[i].xpos && strcmp(v->s->tok[i].xpos, "POS") == 0)
            continue;   /* PETRARCH prints noun phrases without 's */
        if (p != out)
            *p++ = ' ';
        size_t k = strlen(v->upper[i]);
        memcpy(p, v->upper[i], k);
        p += k;
    }
    *p = 0;
    return out;
}

/* Arena arrays cannot grow in place: double and copy. */
static void *grow(void *old, int n, size_t size, ew_arena *a)
{
    /* capacities run 4, 8, 16...: full exactly when n is one of them */
    if (n != 0 && (n < 4 || (n & (n - 1))))
        return old;
    void *nv = ew_arena_alloc(a, size * (size_t)(n ? n * 2 : 4));
    if (n)
        memcpy(nv, old, size * (size_t)n);
    return nv;
}

int ew_cview_add_np(ew_cview *v, int start, int end, int head, ew_arena *a)
{
    if (start < 0 || end > v->n || start >= end)
        return -1;
    for (int i = start; i < end; i++)
        if (v->np_of[i] >= 0)
            return -1;
    v->np = grow(v->np, v->n_np, sizeof *v->np, a);
    int k = v->n_np++;
    v->np[k] = (ew_cv_np){start, end, head, 0, 0, 0, 0, -1, "---", 0, 0};
    for (int i = start; i < end; i++)
        v->np_of[i] = k;
    return k;
}

int ew_cview_copy_np(ew_cview *v, int k, ew_arena *a)
{
    if (k < 0 || k >= v->n_np)
        return -1;
    v->np = grow(v->np, v->n_np, sizeof *v->np, a);
    int c = v->n_np++;
    v->np[c] = v->np[k];
    v->np[c].group = -1;
    return c;
}

void ew_cview_add_group(ew_cview *v, const int *np, int n, ew_arena *a)
{
    if (n < 2)
        return;
    v->grp = grow(v->grp, v->n_grp, sizeof *v->grp, a);
    ew_cv_group *g = &v->grp[v->n_grp];
    g->np = ew_arena_alloc(a, sizeof(int) * (size_t)n);
    g->n = 0;
    g->start = v->n;
    g->end = 0;
    for (int i = 0; i < n; i++) {
        if (np[i] < 0 || v->np[np[i]].group >= 0)
            continue;
        g->np[g->n++] = np[i];
        v->np[np[i]].group = v->n_grp;
        if (v->np[np[i]].start < g->start)
            g->start = v->np[np[i]].start;
        if (v->np[np[i]].end > g->end)
            g->end = v->np[np[i]].end;
    }
    if (g->n < 2) {     /* not a compound after all */
        for (int i = 0; i < g->n; i++)
            v->np[g->np[i]].group = -1;
        return;
    }
    /* members in text order, so events come out in a stable order */
    for (int i = 1; i < g->n; i++)
        for (int j = i; j > 0 && v->np[g->np[j]].start < v->np[g->np[j - 1]].start; j--) {
            int t = g->np[j];
            g->np[j] = g->np[j - 1];
            g->np[j - 1] = t;
        }
    v->n_grp++;
}

void ew_cview_add_verb(ew_cview *v, int tok, int lower_end, int passive,
                       int subj, ew_arena *a)
{
    v->verb = grow(v->verb, v->n_verb, sizeof *v->verb, a);
    if (lower_end > v->n)
        lower_end = v->n;
    if (lower_end < tok + 1)
        lower_end = tok + 1;
    v->verb[v->n_verb++] = (ew_cv_verb){tok, lower_end, passive, subj};
}
