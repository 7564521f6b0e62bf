/*
 * actor.c -- the code of one noun phrase: actor plus agents (PETRARCH-1's
 * check_NEphrase).
 *
 * The first actor phrase found left to right gives the base code, resolved
 * by the sentence date.  Then every agent phrase outside the actor's words
 * adds its code: "~GOV" agents go after the base, "NGO~" agents before it.
 * An agent whose code is already part of the code (at a 3-character
 * boundary, the CAMEO convention) ends the agent search, so "police officer"
 * does not become COPCOP.  Agents without an actor give "---GOV".
 */
#include "code/actor.h"

#include <stdio.h>
#include <string.h>

int ew_code_person_actor(const ew_actor *act)
{
    return act && act->file && strstr(act->file, "leaders") != NULL;
}

int ew_code_surname_entry(const ew_actor *act, size_t len)
{
    /* a one-word primary ("SUHARTO") is the whole name, not a surname */
    return len == 1 && ew_code_person_actor(act) && act->primary &&
           strpbrk(act->primary, "_ ") != NULL;
}

static const ew_actor *first_actor(const ew_dict *d, const ew_sym *w, size_t n,
                                   size_t *at, size_t *len)
{
    for (size_t k = 0; k < n; k++) {
        if (w[k] == EW_SYM_NONE)
            continue;
        const ew_actor *a = ew_dict_match_actor(d, w, n, k, len);
        if (a) {
            *at = k;
            return a;
        }
    }
    return NULL;
}

static int has_code_at3(const char *code, const char *ag)
{
    size_t n = strlen(code), k = strlen(ag);
    for (size_t i = 0; k && i + k <= n; i += 3)
        if (memcmp(code + i, ag, k) == 0)
            return 1;
    return 0;
}

static const char *add_agents(const ew_dict *d, const ew_sym *w, size_t n,
                              size_t a0, size_t a1, const char *base,
                              ew_arena *a)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", base ? base : "");
    int any = 0;
    for (size_t k = 0; k < n; k++) {
        if (k >= a0 && k < a1)
            continue;     /* no agents inside the actor's own words */
        if (w[k] == EW_SYM_NONE)
            continue;
        size_t len = 0;
        const ew_agent *ag = ew_dict_match_agent(d, w, n, k, n - k - 1, &len);
        if (!ag)
            continue;
        if (!any && !base)
            snprintf(buf, sizeof buf, "---");
        any = 1;
        if (has_code_at3(buf, ag->code))
            break;
        char tmp[256];
        if (ag->code_first)
            snprintf(tmp, sizeof tmp, "%s%s", ag->code, buf);
        else
            snprintf(tmp, sizeof tmp, "%s%s", buf, ag->code);
        memcpy(buf, tmp, sizeof buf);
        if (len > 1)
            k += len - 1;
    }
    if (!any)
        return base;
    return ew_arena_strdup(a, buf);
}

const char *ew_code_phrase(const ew_dict *d, const ew_sym *w, size_t n,
                           int32_t date, ew_arena *a, ew_actor_hit *hit)
{
    size_t at = 0, len = 0;
    const ew_actor *act = first_actor(d, w, n, &at, &len);
    const char *base = act ? ew_actor_code_on(act, date) : NULL;
    if (base && (!*base || !strcmp(base, "---")))
        base = NULL;
    if (hit) {
        hit->actor = act;
        hit->at = act ? at : 0;
        hit->len = act ? len : 0;
    }
    const char *code = add_agents(d, w, n, act ? at : 0, act ? at + len : 0,
                                  base, a);
    return code ? code : "---";
}

int ew_code_word_named(const ew_dict *d, const ew_sym *w, size_t n, size_t i)
{
    if (i >= n || w[i] == EW_SYM_NONE)
        return 0;
    for (size_t k = 0; k <= i; k++) {
        size_t len = 0;
        if (w[k] == EW_SYM_NONE)
            continue;
        if (ew_dict_match_actor(d, w, n, k, &len) && k + len > i)
            return 1;
        len = 0;
        if (ew_dict_match_agent(d, w, n, k, 0, &len) && k + len > i)
            return 1;
    }
    return 0;
}
