/*
 * actors_load.c -- reads PETRARCH actor dictionaries.
 *
 *   PRIMARY_PHRASE [CODE]        a record, with an optional default code
 *   +SYNONYM_PHRASE              more phrases for the same record
 *   <tab>[CODE <YYYYMMDD]         date restrictions ('<', '>', 'from-to',
 *   <tab>[CODE 20150101-20190520] inclusive; YYMMDD accepted) or a bare
 *   <tab>[CODE]                  default
 *
 * A record that ends with no code at all (a primary phrase directly followed
 * by another primary phrase) lends its phrases to the next record that has
 * codes: real dictionaries write "U.N._" on a line of its own above the
 * record that carries the code.  What is still code-less at the end of the
 * file is reported.
 */
#include "dict/dict_internal.h"
#include "dict/dict_lines.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct phrase_ref {
    ew_sym *w;
    size_t n;
    long line;
} phrase_ref;

typedef struct actor_state {
    ew_dict *d;
    ew_diag *diag;
    const char *path;
    ew_actor *cur;
    EW_VEC(phrase_ref) phrases;   /* phrases waiting for a record with codes */
    EW_VEC(ew_dated_code) dated;
} actor_state;

static int record_has_codes(const actor_state *st)
{
    return st->cur && (st->cur->default_code || st->dated.n);
}

static void record_close(actor_state *st)
{
    if (!st->cur)
        return;
    if (!record_has_codes(st)) {
        st->cur = NULL; /* phrases stay pending for the next record */
        return;
    }
    ew_actor *a = st->cur;
    if (st->dated.n) {
        a->dated = ew_arena_alloc(&st->d->arena, st->dated.n * sizeof *a->dated);
        memcpy(a->dated, st->dated.v, st->dated.n * sizeof *a->dated);
        a->n_dated = st->dated.n;
    }
    EW_VEC_PUSH(st->d->actors, a);
    for (size_t i = 0; i < st->phrases.n; i++)
        ew_phrases_add(&st->d->actor_phrases, st->phrases.v[i].w, NULL,
                       (uint16_t)st->phrases.v[i].n, a);
    st->phrases.n = 0;
    st->dated.n = 0;
    st->cur = NULL;
}

/* Splits "PHRASE [CODE]" into phrase and optional code (both trimmed). */
static int split_code(char *s, char **phrase, char **code)
{
    *code = NULL;
    char *open = strchr(s, '[');
    if (open) {
        char *close = strchr(open, ']');
        if (!close)
            return -1;
        *close = '\0';
        char *c = open + 1;
        while (isspace((unsigned char)*c)) c++;
        char *e = c + strlen(c);
        while (e > c && isspace((unsigned char)e[-1])) *--e = '\0';
        if (!*c || strpbrk(c, " \t"))
            return -1;
        *code = c;
        *open = '\0';
    }
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) *--e = '\0';
    *phrase = s;
    return 0;
}

static int add_phrase(actor_state *st, const char *s, long line)
{
    ew_sym *w;
    size_t n = ew_dict_split_phrase(st->d, s, strlen(s), 1, &w, NULL);
    if (!n)
        return -1;
    phrase_ref p = {w, n, line};
    EW_VEC_PUSH(st->phrases, p);
    return 0;
}

static int parse_restriction(actor_state *st, const char *s, ew_dated_code *out, int *is_default);

/* "[A <date][B]" after a phrase, TABARI style: every bracket group is a
 * code or a dated code.  Returns 0, or -1 (malformed) / -2 (bad date). */
static int inline_codes(actor_state *st, const char *s)
{
    while ((s = strchr(s, '[')) != NULL) {
        ew_dated_code dc;
        int is_default = 0;
        int rc = parse_restriction(st, s, &dc, &is_default);
        if (rc != 0)
            return rc;
        if (is_default)
            st->cur->default_code = dc.code;
        else
            EW_VEC_PUSH(st->dated, dc);
        s = strchr(s, ']');
        if (!s)
            return -1;
    }
    return 0;
}

static void primary_line(actor_state *st, const ew_dict_line *ln)
{
    record_close(st);
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", ln->text);
    char *open = strchr(buf, '[');
    if (open)
        *open = '\0';
    char *e = buf + strlen(buf);
    while (e > buf && isspace((unsigned char)e[-1])) *--e = '\0';
    if (!buf[0] || add_phrase(st, buf, ln->lineno) != 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "malformed actor line '%s'", ln->text);
        return;
    }
    ew_actor *a = ew_arena_calloc(&st->d->arena, 1, sizeof *a);
    a->primary = ew_arena_strdup(&st->d->arena, buf);
    a->file = st->path;
    a->line = ln->lineno;
    st->cur = a;
    const char *codes = ln->text + (open ? (size_t)(open - buf) : strlen(ln->text));
    int rc = inline_codes(st, codes);
    if (rc != 0)
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, rc == -2
                       ? "impossible or malformed date in '%s'" : "malformed code in '%s'", ln->text);
}

static void synonym_line(actor_state *st, const ew_dict_line *ln)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", ln->text + 1);
    char *phrase, *code;
    if (!st->cur) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "synonym '+' line outside a record");
        return;
    }
    if (split_code(buf, &phrase, &code) != 0 || add_phrase(st, phrase, ln->lineno) != 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "malformed synonym '%s'", ln->text);
        return;
    }
    if (code && !st->cur->default_code)
        st->cur->default_code = ew_arena_strdup(&st->d->arena, code);
}

/* "[CODE restriction]" -> dated code; restriction may be empty (default). */
static int parse_restriction(actor_state *st, const char *s, ew_dated_code *out, int *is_default)
{
    const char *open = strchr(s, '['), *close = open ? strchr(open, ']') : NULL;
    if (!open || !close)
        return -1;
    const char *p = open + 1;
    while (p < close && isspace((unsigned char)*p)) p++;
    const char *ce = p;
    while (ce < close && !isspace((unsigned char)*ce) && *ce != '<' && *ce != '>') ce++;
    if (ce == p)
        return -1;
    out->code = ew_arena_strndup(&st->d->arena, p, (size_t)(ce - p));
    out->from = 0;
    out->to = 99999999;
    /* the restriction, with blanks squeezed out: "<950601", "19950601-19990815" */
    char r[64];
    size_t n = 0;
    for (const char *q = ce; q < close; q++)
        if (!isspace((unsigned char)*q)) {
            if (n + 1 >= sizeof r)
                return -1;
            r[n++] = *q;
        }
    r[n] = '\0';
    *is_default = n == 0;
    if (n == 0)
        return 0;
    if (r[0] == '<' || r[0] == '>') {
        int32_t dt = ew_dict_parse_date(r + 1, n - 1);
        if (dt < 0)
            return -2;
        if (r[0] == '<') out->to = dt; else out->from = dt;
        return 0;
    }
    char *dash = strchr(r, '-');
    if (!dash)
        return -2;
    int32_t a = ew_dict_parse_date(r, (size_t)(dash - r));
    int32_t b = ew_dict_parse_date(dash + 1, strlen(dash + 1));
    if (a < 0 || b < 0 || b < a)
        return -2;
    out->from = a;
    out->to = b;
    return 0;
}

static void date_line(actor_state *st, const ew_dict_line *ln)
{
    if (!st->cur) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "date restriction outside a record");
        return;
    }
    ew_dated_code dc;
    int is_default = 0;
    int rc = parse_restriction(st, ln->text, &dc, &is_default);
    if (rc == -2) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno,
                       "impossible or malformed date in restriction '%s'", ln->text);
        return;
    }
    if (rc != 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno,
                       "malformed code restriction '%s'", ln->text);
        return;
    }
    if (is_default)
        st->cur->default_code = dc.code;
    else
        EW_VEC_PUSH(st->dated, dc);
}

int ew_dict_load_actors(ew_dict *d, const char *path, ew_diag *diag)
{
    ew_dict_lines r;
    if (ew_dict_open_source(d, &r, path) != 0) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot read actor dictionary: %s",
                       strerror(errno));
        return -1;
    }
    actor_state st = {.d = d, .diag = diag, .path = path};
    ew_dict_line ln;
    while (ew_dict_lines_next(&r, &ln, NULL)) {
        d->stats.lines_read++;
        if (ln.text[0] == '[')
            date_line(&st, &ln);
        else if (ln.text[0] == '+')
            synonym_line(&st, &ln);
        else
            primary_line(&st, &ln);
    }
    record_close(&st);
    if (st.phrases.n) {
        for (size_t i = 0; i < st.phrases.n; i++)
            ew_dict_reject(d, diag, path, st.phrases.v[i].line,
                           "actor phrase has no code (no record with a code follows it)");
    }
    free(st.phrases.v);
    free(st.dated.v);
    ew_dict_lines_close(&r);
    return 0;
}
