/*
 * sentence.c -- names of UD tags and relations, and UD v1 -> v2 translation.
 */
#include "core/sentence.h"

#include <stdio.h>
#include <string.h>

static const char *const upos_names[EW_UPOS_COUNT] = {
    "X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB",
};

static const char *const rel_names[EW_REL_COUNT] = {
    "dep", "root", "acl", "advcl", "advmod", "amod", "appos", "aux", "case",
    "cc", "ccomp", "clf", "compound", "conj", "cop", "csubj", "det",
    "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj",
    "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan",
    "parataxis", "punct", "reparandum", "vocative", "xcomp",
};

const char *ew_upos_name(ew_upos u)
{
    return (unsigned)u < EW_UPOS_COUNT ? upos_names[u] : "X";
}

ew_upos ew_upos_from_name(const char *s)
{
    for (int i = 0; i < EW_UPOS_COUNT; i++)
        if (strcmp(s, upos_names[i]) == 0)
            return (ew_upos)i;
    /* UD v1 had CONJ for what v2 calls CCONJ */
    if (strcmp(s, "CONJ") == 0)
        return EW_UPOS_CCONJ;
    return EW_UPOS_X;
}

const char *ew_rel_name(ew_rel r)
{
    return (unsigned)r < EW_REL_COUNT ? rel_names[r] : "dep";
}

static ew_rel rel_from_base(const char *s, size_t n)
{
    for (int i = 0; i < EW_REL_COUNT; i++)
        if (strlen(rel_names[i]) == n && memcmp(s, rel_names[i], n) == 0)
            return (ew_rel)i;
    return EW_REL_DEP;
}

/* UD v1 labels that v2 renamed or folded into subtypes. */
static const struct { const char *v1; ew_rel rel; const char *sub; } v1_map[] = {
    {"dobj", EW_REL_OBJ, NULL},
    {"nsubjpass", EW_REL_NSUBJ, "pass"},
    {"csubjpass", EW_REL_CSUBJ, "pass"},
    {"auxpass", EW_REL_AUX, "pass"},
    {"neg", EW_REL_ADVMOD, "neg"},
    {"name", EW_REL_FLAT, "name"},
    {"mwe", EW_REL_FIXED, NULL},
    {"foreign", EW_REL_FLAT, "foreign"},
    {"remnant", EW_REL_ORPHAN, NULL},
};

ew_rel ew_rel_from_label(const char *label, const char **subrel)
{
    *subrel = NULL;
    if (!label)
        return EW_REL_DEP;
    for (size_t i = 0; i < sizeof v1_map / sizeof v1_map[0]; i++) {
        if (strcmp(label, v1_map[i].v1) == 0) {
            *subrel = v1_map[i].sub;
            return v1_map[i].rel;
        }
    }
    const char *colon = strchr(label, ':');
    size_t n = colon ? (size_t)(colon - label) : strlen(label);
    ew_rel r = rel_from_base(label, n);
    if (colon && colon[1])
        *subrel = colon + 1;
    /* v1 wrote "nmod:agent" where v2 writes "obl:agent"; readers fix
     * nmod -> obl by context, subtypes pass through */
    return r;
}

char *ew_rel_label(const ew_token *t, char *buf, size_t size)
{
    if (t->subrel)
        snprintf(buf, size, "%s:%s", ew_rel_name((ew_rel)t->rel), t->subrel);
    else
        snprintf(buf, size, "%s", ew_rel_name((ew_rel)t->rel));
    return buf;
}
