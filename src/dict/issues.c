/*
 * issues.c -- the issues dictionary: phrases that tag a sentence with
 * issue or theme codes (for eventwatch: the OSCE dimension and its themes).
 *
 *   PHRASE [CODE]          the phrase, matched as whole words
 *   n:word                 singular and regular plural of the noun
 *   v:word                 base, -S, -ED and -ING forms
 *   pre+school             both "pre school" and "pre-school"
 *   ~phrase / ~~phrase     ignore phrase: its presence cancels all issue
 *                          coding of the sentence (PETRARCH's rule)
 *   <ISSUE ...> </ISSUE>   grouping tags, skipped
 * Every expansion becomes one Aho-Corasick pattern " PHRASE " over the
 * normalised text.
 */
#include "dict/dict_internal.h"
#include "dict/dict_lines.h"
#include "dict/inflect.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define MAX_VARIANTS 64
#define PHRASE_MAX 256

typedef struct variants {
    char v[MAX_VARIANTS][PHRASE_MAX];
    int n;
} variants;

/* Appends each of `alts` to every variant so far (cartesian product). */
static int extend(variants *vs, char alts[][PHRASE_MAX], int nalts)
{
    variants out;
    out.n = 0;
    for (int i = 0; i < vs->n; i++)
        for (int a = 0; a < nalts; a++) {
            if (out.n == MAX_VARIANTS)
                return -1;
            size_t l1 = strlen(vs->v[i]), l2 = strlen(alts[a]);
            if (l1 + l2 + 1 >= PHRASE_MAX)
                return -1;
            memcpy(out.v[out.n], vs->v[i], l1);
            memcpy(out.v[out.n] + l1, alts[a], l2 + 1);
            out.n++;
        }
    *vs = out;
    return 0;
}

/* Alternatives for one blank-separated token: n:/v: forms, '+' joints. */
static int token_alts(const char *tok, char alts[][PHRASE_MAX], int max)
{
    char word[PHRASE_MAX];
    int kind = 0; /* 0 plain, 'n', 'v' */
    const char *colon = strchr(tok, ':');
    int n = 0;
    char pre[PHRASE_MAX] = "";
    const char *plus = strrchr(tok, '+');
    if (plus && (!colon || plus < colon)) { /* "pre+n:school": joint before the word */
        if (plus - tok >= PHRASE_MAX)
            return -1;
        snprintf(pre, sizeof pre, "%.*s", (int)(plus - tok), tok);
        tok = plus + 1;
        colon = strchr(tok, ':');
    }
    if (colon && colon - tok == 1 && (tok[0] == 'n' || tok[0] == 'v')) {
        kind = tok[0];
        tok = colon + 1;
    }
    if (strlen(tok) >= sizeof word)
        return -1;
    snprintf(word, sizeof word, "%.*s", (int)sizeof word - 1, tok);
    for (char *p = word; *p; p++) *p = (char)toupper((unsigned char)*p);
    char forms[4][PHRASE_MAX];
    int nf = 0;
    snprintf(forms[nf++], PHRASE_MAX, "%s", word);
    if (kind == 'n' && ew_inflect_plural(word, forms[nf], PHRASE_MAX)) nf++;
    if (kind == 'v') {
        if (ew_inflect_plural(word, forms[nf], PHRASE_MAX)) nf++;
        if (ew_inflect_past(word, forms[nf], PHRASE_MAX)) nf++;
        if (ew_inflect_gerund(word, forms[nf], PHRASE_MAX)) nf++;
    }
    for (char *p = pre; *p; p++) *p = (char)toupper((unsigned char)*p);
    static const char *const joints[] = {" ", "-"};
    int nj = pre[0] ? 2 : 1;
    for (int j = 0; j < nj; j++)
        for (int f = 0; f < nf && n < max; f++) {
            int w = snprintf(alts[n], PHRASE_MAX, "%s%s%s", pre, pre[0] ? joints[j] : "", forms[f]);
            if (w < 0 || w >= PHRASE_MAX)
                return -1;
            n++;
        }
    return n;
}

static int expand(const char *phrase, variants *vs)
{
    vs->n = 1;
    vs->v[0][0] = '\0';
    char buf[PHRASE_MAX * 2];
    if (strlen(phrase) >= sizeof buf)
        return -1;
    memcpy(buf, phrase, strlen(phrase) + 1);
    int first = 1;
    char *save_tok = NULL;
    for (char *tok = strtok_r(buf, " \t", &save_tok); tok; tok = strtok_r(NULL, " \t", &save_tok)) {
        char alts[8][PHRASE_MAX];
        int na = token_alts(tok, alts, 8);
        if (na <= 0)
            return -1;
        if (!first) {
            char sp[1][PHRASE_MAX] = {" "};
            if (extend(vs, sp, 1)) return -1;
        }
        if (extend(vs, alts, na))
            return -1;
        first = 0;
    }
    return first ? -1 : 0;
}

static void issue_line(ew_dict *d, ew_diag *diag, const char *path, const ew_dict_line *ln)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", ln->text);
    int ignore = 0;
    char *s = buf;
    while (*s == '~') { ignore = 1; s++; }
    char *code = NULL;
    char *open = strchr(s, '[');
    if (open) {
        char *close = strchr(open, ']');
        if (!close) {
            ew_dict_reject(d, diag, path, ln->lineno, "unterminated [code]");
            return;
        }
        *close = '\0';
        code = open + 1;
        *open = '\0';
        while (isspace((unsigned char)*code)) code++;
        char *e = code + strlen(code);
        while (e > code && isspace((unsigned char)e[-1])) *--e = '\0';
    }
    if (!ignore && (!code || !*code)) {
        ew_dict_reject(d, diag, path, ln->lineno, "issue phrase without [code]");
        return;
    }
    variants *vs = malloc(sizeof *vs);
    if (!vs)
        abort();
    if (expand(s, vs) != 0) {
        ew_dict_reject(d, diag, path, ln->lineno, "malformed or over-long issue phrase");
        free(vs);
        return;
    }
    const char *ccode = code ? ew_arena_strdup(&d->arena, code) : NULL;
    for (int i = 0; i < vs->n; i++) {
        char pat[PHRASE_MAX + 2];
        int n = snprintf(pat, sizeof pat, " %s ", vs->v[i]);
        ew_issue_entry e = {ccode, ew_arena_strdup(&d->arena, vs->v[i]), ignore, path, ln->lineno};
        ew_acmatch_add(&d->issue_ac, pat, (size_t)n);
        EW_VEC_PUSH(d->issues, e);
    }
    free(vs);
}

int ew_dict_load_issues(ew_dict *d, const char *path, ew_diag *diag)
{
    ew_dict_lines r;
    if (ew_dict_open_source(d, &r, path) != 0) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot read issues dictionary: %s",
                       strerror(errno));
        return -1;
    }
    ew_dict_line ln;
    while (ew_dict_lines_next(&r, &ln, NULL)) {
        d->stats.lines_read++;
        if (ln.text[0] == '<')
            continue; /* <ISSUE ...> grouping */
        issue_line(d, diag, path, &ln);
    }
    ew_dict_lines_close(&r);
    return 0;
}

typedef struct issue_scan {
    const ew_dict *d;
    const uint32_t *map;
    ew_issue_hit *hits;
    size_t max, n;
    int cancelled;
} issue_scan;

static int on_issue(void *user, uint32_t id, size_t end)
{
    issue_scan *s = user;
    const ew_issue_entry *e = &s->d->issues.v[id];
    if (e->ignore) {
        s->cancelled = 1;
        return 1;
    }
    size_t len = ew_acmatch_pattern_len(&s->d->issue_ac, id);
    if (s->n < s->max) {
        /* the pattern is " PHRASE ": the span excludes the blanks */
        ew_issue_hit h = {e->code, e->phrase, s->map[end - len + 1], s->map[end - 1]};
        s->hits[s->n] = h;
    }
    s->n++;
    return 0;
}

size_t ew_dict_issues(const ew_dict *d, const char *text, ew_issue_hit *hits, size_t max)
{
    if (!d->issues.n || !text)
        return 0;
    size_t n = strlen(text);
    char *norm = malloc(n + 3);
    uint32_t *map = malloc((n + 3) * sizeof *map);
    if (!norm || !map)
        abort();
    size_t len = ew_dict_norm_text(text, n, norm, map);
    issue_scan s = {d, map, hits, max, 0, 0};
    ew_acmatch_scan(&d->issue_ac, norm, len, on_issue, &s);
    free(norm);
    free(map);
    return s.cancelled ? 0 : s.n;
}
