/*
 * dict.c -- the dictionary set: creation, PETR_config.ini, lookups, and the
 * helpers every loader shares (see dict.h for the contract).
 */
#include "dict/dict_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EW_MAX_WORD 128
#define EW_MAX_PHRASE_WORDS 64

ew_dict *ew_dict_new(void)
{
    ew_dict *d = calloc(1, sizeof *d);
    if (!d)
        abort();
    ew_arena_init(&d->arena, 256 * 1024);
    ew_symtab_init(&d->syms, &d->arena);
    ew_phrases_init(&d->actor_phrases);
    ew_phrases_init(&d->agent_phrases);
    ew_acmatch_init(&d->discard_ac);
    ew_acmatch_init(&d->issue_ac);
    return d;
}

void ew_dict_free(ew_dict *d)
{
    if (!d)
        return;
    free(d->synsets.v);
    free(d->blocks.v);
    free(d->forms.v);
    free(d->transforms.v);
    free(d->form_first);
    free(d->form_sorted);
    free(d->actors.v);
    free(d->agents.v);
    ew_phrases_free(&d->actor_phrases);
    ew_phrases_free(&d->agent_phrases);
    free(d->discards.v);
    ew_acmatch_free(&d->discard_ac);
    free(d->issues.v);
    ew_acmatch_free(&d->issue_ac);
    free(d->files.v);
    ew_symtab_free(&d->syms);
    ew_arena_free(&d->arena);
    free(d);
}

const ew_dict_stats *ew_dict_get_stats(const ew_dict *d)
{
    return &d->stats;
}

void ew_dict_reject(ew_dict *d, ew_diag *diag, const char *path, long line,
                    const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    d->stats.lines_rejected++;
    ew_diag_report(diag, EW_ERROR, path, line, NULL, "%s", msg);
}

/* ---- symbols ---------------------------------------------------------- */

ew_sym ew_dict_intern(ew_dict *d, const char *word, size_t n)
{
    char buf[EW_MAX_WORD * 4];
    size_t len = ew_sym_normalise(word, n, buf, sizeof buf);
    if (len == 0)
        return EW_SYM_NONE;
    return ew_symtab_intern(&d->syms, buf, len);
}

ew_sym ew_dict_sym(const ew_dict *d, const char *word, size_t n)
{
    char buf[EW_MAX_WORD * 4];
    size_t len = ew_sym_normalise(word, n, buf, sizeof buf);
    if (len == 0)
        return EW_SYM_NONE;
    return ew_symtab_find(&d->syms, buf, len);
}

const char *ew_dict_sym_text(const ew_dict *d, ew_sym s)
{
    return s < d->syms.nsym ? d->syms.text[s] : "";
}

size_t ew_dict_split_phrase(ew_dict *d, const char *s, size_t n, int all_joined,
                            ew_sym **words, uint8_t **joined)
{
    ew_sym w[EW_MAX_PHRASE_WORDS];
    uint8_t j[EW_MAX_PHRASE_WORDS];
    size_t k = 0, i = 0;
    int next_joined = 0;
    while (i < n) {
        if (s[i] == ' ' || s[i] == '\t') { i++; next_joined = 0; continue; }
        if (s[i] == '_') { i++; next_joined = 1; continue; }
        size_t b = i;
        while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '_')
            i++;
        if (k == EW_MAX_PHRASE_WORDS)
            return 0;
        w[k] = ew_dict_intern(d, s + b, i - b);
        if (w[k] == EW_SYM_NONE)
            return 0;
        j[k] = (uint8_t)(k == 0 ? 0 : (all_joined || next_joined));
        k++;
        next_joined = 0;
    }
    if (k == 0)
        return 0;
    *words = ew_arena_alloc(&d->arena, k * sizeof **words);
    memcpy(*words, w, k * sizeof *w);
    if (joined) {
        *joined = ew_arena_alloc(&d->arena, k);
        memcpy(*joined, j, k);
    }
    return k;
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int32_t ew_dict_parse_date(const char *s, size_t n)
{
    if (n != 6 && n != 8)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return -1;
    int y, m, dd;
    if (n == 8) {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s += 4;
    } else {
        int yy = (s[0] - '0') * 10 + (s[1] - '0');
        y = yy < 30 ? 2000 + yy : 1900 + yy;
        s += 2;
    }
    m = (s[0] - '0') * 10 + (s[1] - '0');
    dd = (s[2] - '0') * 10 + (s[3] - '0');
    if (m < 1 || m > 12 || dd < 1 || dd > days_in_month(y, m))
        return -1;
    return y * 10000 + m * 100 + dd;
}

/* ---- text normalisation for discards and issues ----------------------- */

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || c == '\'' || c == '-' || c == '.' ||
           c == '&' || c == '$' || c == '%';
}

size_t ew_dict_norm_text(const char *text, size_t n, char *out, uint32_t *map)
{
    size_t o = 0;
    out[o] = ' ';
    map[o++] = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        /* a sentence-final period is punctuation, not part of a word */
        int word = is_word_byte(c) && !(c == '.' && (i + 1 == n || isspace((unsigned char)text[i + 1])));
        out[o] = word ? (char)toupper(c) : ' ';
        map[o++] = (uint32_t)i;
    }
    out[o] = ' ';
    map[o++] = (uint32_t)n;
    out[o] = '\0';
    return o;
}

/* ---- loading ---------------------------------------------------------- */

int ew_dict_add_file(ew_dict *d, ew_dict_kind kind, const char *path, ew_diag *diag)
{
    const char *copy = ew_arena_strdup(&d->arena, path);
    EW_VEC_PUSH(d->files, copy);
    switch (kind) {
    case EW_DICT_VERBS: return ew_dict_load_verbs(d, copy, diag);
    case EW_DICT_ACTORS: return ew_dict_load_actors(d, copy, diag);
    case EW_DICT_AGENTS: return ew_dict_load_agents(d, copy, diag);
    case EW_DICT_DISCARDS: return ew_dict_load_discards(d, copy, diag);
    case EW_DICT_ISSUES: return ew_dict_load_issues(d, copy, diag);
    }
    return -1;
}

int ew_dict_open_source(ew_dict *d, ew_dict_lines *r, const char *path)
{
    if (d->mem_data)
        return ew_dict_lines_open_mem(r, d->mem_data, d->mem_len);
    return ew_dict_lines_open(r, path);
}

int ew_dict_add_mem(ew_dict *d, ew_dict_kind kind, const char *name, const char *data,
                    size_t len, ew_diag *diag)
{
    d->mem_data = data ? data : "";
    d->mem_len = data ? len : 0;
    int rc = ew_dict_add_file(d, kind, name, diag);
    d->mem_data = NULL;
    d->mem_len = 0;
    return rc;
}

static int cmp_form(const void *a, const void *b)
{
    const ew_verb_form *x = *(const ew_verb_form *const *)a;
    const ew_verb_form *y = *(const ew_verb_form *const *)b;
    ew_sym hx = x->words[x->head], hy = y->words[y->head];
    if (hx != hy)
        return hx < hy ? -1 : 1;
    if (x->n != y->n) /* longer multi-word forms first */
        return x->n > y->n ? -1 : 1;
    return x->line < y->line ? -1 : (x->line > y->line);
}

static void build_form_index(ew_dict *d)
{
    uint32_t nsym = d->syms.nsym;
    free(d->form_sorted);
    free(d->form_first);
    d->form_sorted = malloc((d->forms.n ? d->forms.n : 1) * sizeof *d->form_sorted);
    d->form_first = calloc((size_t)nsym + 1, sizeof *d->form_first);
    if (!d->form_sorted || !d->form_first)
        abort();
    for (size_t i = 0; i < d->forms.n; i++)
        d->form_sorted[i] = d->forms.v[i];
    if (d->forms.n)
        qsort(d->form_sorted, d->forms.n, sizeof *d->form_sorted, cmp_form);
    for (size_t i = 0; i < d->forms.n; i++) {
        const ew_verb_form *f = d->form_sorted[i];
        d->form_first[f->words[f->head] + 1]++;
    }
    for (uint32_t s = 0; s < nsym; s++)
        d->form_first[s + 1] += d->form_first[s];
    d->form_nsym = nsym;
}

void ew_dict_finish(ew_dict *d)
{
    uint32_t nsym = d->syms.nsym;
    build_form_index(d);
    ew_phrases_build(&d->actor_phrases, nsym);
    ew_phrases_build(&d->agent_phrases, nsym);
    ew_acmatch_build(&d->discard_ac);
    ew_acmatch_build(&d->issue_ac);
    d->stats.synsets = d->synsets.n;
    d->stats.verb_blocks = d->blocks.n;
    d->stats.verb_forms = d->forms.n;
    d->stats.transformations = d->transforms.n;
    d->stats.actors = d->actors.n;
    d->stats.actor_phrases = d->actor_phrases.n;
    d->stats.agents = d->agents.n;
    d->stats.agent_phrases = d->agent_phrases.n;
    d->stats.discards = d->discards.n;
    d->stats.issues = d->issues.n;
    d->finished = 1;
}

/* Reads "key = value" pairs of the [Dictionaries] section. */
static int read_config(const char *dir, char *keys[], char *vals[], int max,
                       ew_diag *diag, char **buf_out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/PETR_config.ini", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open dictionary config: %s",
                       strerror(errno));
        return -1;
    }
    size_t cap = 8192, len = 0;
    char *buf = malloc(cap);
    char line[4096];
    int n = 0, in_dicts = 0;
    while (buf && fgets(line, sizeof line, f)) {
        char *s = line;
        while (isspace((unsigned char)*s)) s++;
        char *e = s + strlen(s);
        while (e > s && isspace((unsigned char)e[-1])) *--e = '\0';
        if (*s == '#' || *s == ';' || !*s)
            continue;
        if (*s == '[') {
            in_dicts = strncmp(s, "[Dictionaries]", 14) == 0;
            continue;
        }
        char *eq = strchr(s, '=');
        if (!in_dicts || !eq || n == max)
            continue;
        size_t need = strlen(s) + 2;
        if (len + need > cap) { /* keep pointers valid: never realloc after use */
            break;
        }
        char *k = buf + len;
        memcpy(k, s, strlen(s) + 1);
        len += need;
        char *keq = k + (eq - s);
        *keq = '\0';
        char *v = keq + 1;
        while (isspace((unsigned char)*v)) v++;
        char *ke = keq;
        while (ke > k && isspace((unsigned char)ke[-1])) *--ke = '\0';
        keys[n] = k;
        vals[n] = v;
        n++;
    }
    fclose(f);
    *buf_out = buf;
    return n;
}

static int load_list(ew_dict *d, ew_dict_kind kind, const char *dir, char *list,
                     ew_diag *diag)
{
    int rc = 0;
    char *save_tok = NULL;
    for (char *tok = strtok_r(list, ",", &save_tok); tok; tok = strtok_r(NULL, ",", &save_tok)) {
        while (isspace((unsigned char)*tok)) tok++;
        char *e = tok + strlen(tok);
        while (e > tok && isspace((unsigned char)e[-1])) *--e = '\0';
        if (!*tok)
            continue;
        char path[4096];
        if (tok[0] == '/')
            snprintf(path, sizeof path, "%s", tok);
        else
            snprintf(path, sizeof path, "%s/%s", dir, tok);
        if (ew_dict_add_file(d, kind, path, diag) != 0)
            rc = -1;
    }
    return rc;
}

ew_dict *ew_dict_load_dir(const char *dir, const ew_dict_options *opts, ew_diag *diag)
{
    char *keys[32], *vals[32], *buf = NULL;
    int n = read_config(dir, keys, vals, 32, diag, &buf);
    if (n < 0)
        return NULL;
    static const struct { const char *key; ew_dict_kind kind; } map[] = {
        {"verbfile_name", EW_DICT_VERBS},     {"actorfile_list", EW_DICT_ACTORS},
        {"agentfile_name", EW_DICT_AGENTS},   {"discardfile_name", EW_DICT_DISCARDS},
        {"issuefile_name", EW_DICT_ISSUES},
    };
    ew_dict *d = ew_dict_new();
    int rc = 0, any = 0;
    for (size_t m = 0; m < sizeof map / sizeof map[0]; m++)
        for (int i = 0; i < n; i++)
            if (strcmp(keys[i], map[m].key) == 0 && *vals[i]) {
                any = 1;
                if (load_list(d, map[m].kind, dir, vals[i], diag) != 0)
                    rc = -1;
            }
    free(buf);
    if (!any) {
        ew_diag_report(diag, EW_ERROR, dir, 0, NULL,
                       "PETR_config.ini names no dictionaries in a [Dictionaries] section");
        rc = -1;
    }
    ew_dict_finish(d);
    if (rc != 0 || (opts && opts->strict && d->stats.lines_rejected)) {
        ew_dict_free(d);
        return NULL;
    }
    return d;
}

/* ---- lookups ---------------------------------------------------------- */

const char *ew_actor_code_on(const ew_actor *a, int32_t date)
{
    if (date > 0)
        for (size_t i = 0; i < a->n_dated; i++)
            if (date >= a->dated[i].from && date <= a->dated[i].to)
                return a->dated[i].code;
    return a->default_code;
}

const ew_actor *ew_dict_match_actor(const ew_dict *d, const ew_sym *words,
                                    size_t n, size_t start, size_t *len)
{
    const ew_phrase *p = ew_phrases_match(&d->actor_phrases, words, n, start, 0, len);
    return p ? p->payload : NULL;
}

const ew_agent *ew_dict_match_agent(const ew_dict *d, const ew_sym *words,
                                    size_t n, size_t start, size_t max_gap,
                                    size_t *len)
{
    const ew_phrase *p = ew_phrases_match(&d->agent_phrases, words, n, start, max_gap, len);
    return p ? p->payload : NULL;
}

const ew_verb_form *const *ew_dict_verb_forms(const ew_dict *d, ew_sym word, size_t *n)
{
    *n = 0;
    if (!d->form_first || word == EW_SYM_NONE || word >= d->form_nsym)
        return NULL;
    uint32_t a = d->form_first[word], b = d->form_first[word + 1];
    *n = b - a;
    return *n ? d->form_sorted + a : NULL;
}

const ew_synset *ew_dict_synset(const ew_dict *d, uint32_t index)
{
    return index < d->synsets.n ? d->synsets.v[index] : NULL;
}

const ew_transform *ew_dict_transforms(const ew_dict *d, size_t *n)
{
    *n = d->transforms.n;
    return d->transforms.v;
}
