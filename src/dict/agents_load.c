/*
 * agents_load.c -- reads PETRARCH agent dictionaries.
 *
 *   !PERSON! = MAN, MEN, WOMAN        substitution set, used as CONGRESS!PERSON!
 *   PHRASE {PLURAL} [~CODE]           agent added after the actor code
 *   PHRASE [CODE~]                    agent put before the actor code
 *
 * A regular plural of the last word is generated unless {...} gives the
 * plural (an empty {} means none).  Blanks inside a phrase allow other words
 * in between when matching; underscores require adjacency.  Substituted
 * phrases get no extra plural, as documented for PETRARCH.
 */
#include "dict/dict_internal.h"
#include "dict/dict_lines.h"
#include "dict/inflect.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SUBST 32
#define MAX_SUBST_ITEMS 32

typedef struct subst_set {
    char name[64];                 /* "!PERSON!" */
    char *item[MAX_SUBST_ITEMS];
    int n;
} subst_set;

typedef struct agent_state {
    ew_dict *d;
    ew_diag *diag;
    const char *path;
    subst_set subst[MAX_SUBST];
    int nsubst;
} agent_state;

static void subst_line(agent_state *st, const ew_dict_line *ln)
{
    const char *eq = strchr(ln->text, '=');
    const char *bang2 = strchr(ln->text + 1, '!');
    if (!eq || !bang2 || bang2 > eq || st->nsubst == MAX_SUBST ||
        (size_t)(bang2 - ln->text + 1) >= sizeof st->subst[0].name) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "malformed substitution set");
        return;
    }
    subst_set *s = &st->subst[st->nsubst];
    memset(s, 0, sizeof *s);
    memcpy(s->name, ln->text, (size_t)(bang2 - ln->text + 1));
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", eq + 1);
    char *save_tok = NULL;
    for (char *tok = strtok_r(buf, ",", &save_tok); tok && s->n < MAX_SUBST_ITEMS; tok = strtok_r(NULL, ",", &save_tok)) {
        char *e;
        while (isspace((unsigned char)*tok)) tok++;
        e = tok + strlen(tok);
        while (e > tok && isspace((unsigned char)e[-1])) *--e = '\0';
        if (*tok)
            s->item[s->n++] = ew_arena_strdup(&st->d->arena, tok);
    }
    if (s->n == 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "empty substitution set");
        return;
    }
    st->nsubst++;
}

static ew_agent *new_agent(agent_state *st, const char *phrase, const char *code,
                           int code_first, long line)
{
    ew_agent *a = ew_arena_calloc(&st->d->arena, 1, sizeof *a);
    a->phrase = ew_arena_strdup(&st->d->arena, phrase);
    a->code = ew_arena_strdup(&st->d->arena, code);
    a->code_first = code_first;
    a->file = st->path;
    a->line = line;
    EW_VEC_PUSH(st->d->agents, a);
    return a;
}

static int add_agent_phrase(agent_state *st, const char *phrase, const ew_agent *a)
{
    ew_sym *w;
    uint8_t *j;
    size_t n = ew_dict_split_phrase(st->d, phrase, strlen(phrase), 0, &w, &j);
    if (!n)
        return -1;
    ew_phrases_add(&st->d->agent_phrases, w, j, (uint16_t)n, a);
    return 0;
}

static int add_with_plural(agent_state *st, const char *phrase, const char *plural,
                           int want_plural, const ew_agent *a)
{
    if (add_agent_phrase(st, phrase, a) != 0)
        return -1;
    if (plural)
        return *plural ? add_agent_phrase(st, plural, a) : 0;
    if (!want_plural)
        return 0;
    /* regular plural of the last word */
    size_t n = strlen(phrase);
    size_t b = n;
    while (b > 0 && phrase[b - 1] != ' ' && phrase[b - 1] != '_')
        b--;
    char last[256], pl[300], full[1200];
    snprintf(last, sizeof last, "%.*s", (int)(n - b), phrase + b);
    for (char *p = last; *p; p++)
        *p = (char)toupper((unsigned char)*p);
    if (!ew_inflect_plural(last, pl, sizeof pl))
        return 0;
    snprintf(full, sizeof full, "%.*s%s", (int)b, phrase, pl);
    return add_agent_phrase(st, full, a);
}

/* Expands !SUBST! markers (one level, every combination of the first). */
static int expand_subst(agent_state *st, const char *phrase, const ew_agent *a,
                        const char *plural, int depth)
{
    const char *b1 = strchr(phrase, '!');
    const char *b2 = b1 ? strchr(b1 + 1, '!') : NULL;
    if (!b1 || !b2)
        return add_with_plural(st, phrase, plural, depth == 0, a);
    if (depth > 3)
        return -1;
    size_t nlen = (size_t)(b2 - b1 + 1);
    for (int s = 0; s < st->nsubst; s++) {
        if (strlen(st->subst[s].name) != nlen || strncmp(st->subst[s].name, b1, nlen) != 0)
            continue;
        for (int i = 0; i < st->subst[s].n; i++) {
            char buf[1024];
            snprintf(buf, sizeof buf, "%.*s%s%s", (int)(b1 - phrase), phrase,
                     st->subst[s].item[i], b2 + 1);
            if (expand_subst(st, buf, a, NULL, depth + 1) != 0)
                return -1;
        }
        return 0;
    }
    return -2; /* unknown marker */
}

static void agent_line(agent_state *st, const ew_dict_line *ln)
{
    char buf[1024], plural_buf[512];
    snprintf(buf, sizeof buf, "%s", ln->text);
    char *open = strchr(buf, '['), *close = open ? strchr(open, ']') : NULL;
    /* "[~LEG}" occurs in real files: accept '}' as the closing bracket */
    if (open && !close)
        close = strchr(open, '}');
    if (!open || !close) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "agent line without [code]");
        return;
    }
    *close = '\0';
    char *code = open + 1;
    while (isspace((unsigned char)*code)) code++;
    char *ce = code + strlen(code);
    while (ce > code && isspace((unsigned char)ce[-1])) *--ce = '\0';
    size_t cl = strlen(code);
    int code_first = cl > 1 && code[cl - 1] == '~';
    if (cl < 2 || (code[0] != '~' && !code_first) || strpbrk(code, " \t")) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno,
                       "agent code must be '~CODE' or 'CODE~', got '%s'", code);
        return;
    }
    if (code_first) code[cl - 1] = '\0'; else code++;
    *open = '\0';
    const char *plural = NULL;
    char *ob = strchr(buf, '{');
    if (ob) {
        char *cb = strchr(ob, '}');
        if (!cb) {
            ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "unterminated {plural}");
            return;
        }
        snprintf(plural_buf, sizeof plural_buf, "%.*s", (int)(cb - ob - 1), ob + 1);
        char *p = plural_buf;
        while (isspace((unsigned char)*p)) p++;
        char *e = p + strlen(p);
        while (e > p && isspace((unsigned char)e[-1])) *--e = '\0';
        plural = p;
        *ob = '\0';
    }
    char *phrase = buf;
    while (isspace((unsigned char)*phrase)) phrase++;
    char *e = phrase + strlen(phrase);
    while (e > phrase && isspace((unsigned char)e[-1])) *--e = '\0';
    if (!*phrase) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "agent line without phrase");
        return;
    }
    const ew_agent *a = new_agent(st, phrase, code, code_first, ln->lineno);
    int rc = expand_subst(st, phrase, a, plural, 0);
    if (rc == -2)
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "undefined substitution marker in '%s'", phrase);
    else if (rc != 0)
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "malformed agent phrase '%s'", phrase);
}

int ew_dict_load_agents(ew_dict *d, const char *path, ew_diag *diag)
{
    ew_dict_lines r;
    if (ew_dict_open_source(d, &r, path) != 0) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot read agent dictionary: %s",
                       strerror(errno));
        return -1;
    }
    agent_state st = {.d = d, .diag = diag, .path = path};
    ew_dict_line ln;
    while (ew_dict_lines_next(&r, &ln, NULL)) {
        d->stats.lines_read++;
        if (ln.text[0] == '!' && strchr(ln.text, '='))
            subst_line(&st, &ln);
        else
            agent_line(&st, &ln);
    }
    ew_dict_lines_close(&r);
    return 0;
}
