/*
 * token_eval.c -- token-span agreement with UD gold (see token_eval.h).
 * A line-by-line reader: `# newdoc` selects documents, `# text` starts a
 * sentence, token lines give forms, a blank line scores the sentence.
 */
#include "text/token_eval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "text/segment.h"

typedef struct span {
    size_t a, b;
} span;

typedef struct sent_buf {
    char *text;
    span *gold;
    size_t n, cap;
    size_t pos;          /* where the next form is searched from */
    int bad;             /* a form could not be located */
    size_t mwt_end;      /* last word id covered by the current multiword token */
    char *mwt_form;      /* its surface form */
    char *mwt_words;     /* concatenation of its words so far */
    size_t mwt_start;
} sent_buf;

static void add_span(sent_buf *s, size_t a, size_t b)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->gold = realloc(s->gold, s->cap * sizeof *s->gold);
        if (!s->gold)
            abort();
    }
    s->gold[s->n++] = (span){a, b};
}

/* Locates form in the text from s->pos on; returns its start or -1. */
static long locate(sent_buf *s, const char *form)
{
    if (!s->text || s->bad)
        return -1;
    const char *hit = strstr(s->text + s->pos, form);
    if (!hit) {
        s->bad = 1;
        return -1;
    }
    return hit - s->text;
}

static void reset(sent_buf *s)
{
    free(s->text);
    free(s->mwt_form);
    free(s->mwt_words);
    s->text = s->mwt_form = s->mwt_words = NULL;
    s->n = s->pos = s->mwt_end = 0;
    s->bad = 0;
}

/* Words of a multiword token: when they spell its surface form, each word
 * becomes a gold token; otherwise the surface form does. */
static void close_mwt(sent_buf *s)
{
    if (!s->mwt_form)
        return;
    size_t len = strlen(s->mwt_form);
    if (s->mwt_words && !strcmp(s->mwt_words, s->mwt_form) && s->n)
        ; /* the words were added as they came */
    else {
        while (s->n && s->gold[s->n - 1].a >= s->mwt_start)
            s->n--;
        add_span(s, s->mwt_start, s->mwt_start + len);
    }
    s->pos = s->mwt_start + len;
    free(s->mwt_form);
    free(s->mwt_words);
    s->mwt_form = s->mwt_words = NULL;
    s->mwt_end = 0;
}

static void token_line(sent_buf *s, char *line)
{
    char *cols[10] = {0};
    size_t k = 0;
    for (char *p = line; k < 10 && p; k++) {
        cols[k] = p;
        p = strchr(p, '\t');
        if (p)
            *p++ = '\0';
    }
    if (k < 2 || strchr(cols[0], '.'))
        return;
    size_t id = strtoul(cols[0], NULL, 10);
    char *dash = strchr(cols[0], '-');
    if (dash) {
        close_mwt(s);
        long at = locate(s, cols[1]);
        if (at < 0)
            return;
        s->mwt_start = (size_t)at;
        s->mwt_end = strtoul(dash + 1, NULL, 10);
        s->mwt_form = strdup(cols[1]);
        s->mwt_words = calloc(1, 1);
        s->pos = (size_t)at;
        return;
    }
    if (s->mwt_form && id <= s->mwt_end) {
        size_t have = strlen(s->mwt_words), add = strlen(cols[1]);
        char *w = realloc(s->mwt_words, have + add + 1);
        if (!w)
            abort();
        memcpy(w + have, cols[1], add + 1);
        s->mwt_words = w;
        add_span(s, s->mwt_start + have, s->mwt_start + have + add);
        if (id == s->mwt_end)
            close_mwt(s);
        return;
    }
    close_mwt(s);
    long at = locate(s, cols[1]);
    if (at < 0)
        return;
    add_span(s, (size_t)at, (size_t)at + strlen(cols[1]));
    s->pos = (size_t)at + strlen(cols[1]);
}

static void score_sentence(sent_buf *s, ew_tok_score *sc)
{
    close_mwt(s);
    if (!s->text)
        return;
    sc->sentences++;
    if (s->bad) {
        sc->unaligned++;
        return;
    }
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_segmented seg;
    ew_text_segment(s->text, strlen(s->text), &seg, &a, NULL);
    size_t g = 0;
    sc->gold += s->n;
    for (size_t i = 0; i < seg.n; i++)
        for (size_t k = 0; k < seg.sent[i].n; k++) {
            size_t b = seg.sent[i].text_offset + seg.sent[i].tok[k].start;
            size_t e = seg.sent[i].text_offset + seg.sent[i].tok[k].end;
            sc->pred++;
            while (g < s->n && s->gold[g].a < b)
                g++;
            if (g < s->n && s->gold[g].a == b && s->gold[g].b == e)
                sc->correct++;
        }
    ew_arena_free(&a);
}

static int wanted(char **list, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(list[i], id))
            return 1;
    return 0;
}

static char **read_ids(const char *path, size_t *n, ew_diag *diag)
{
    FILE *f = fopen(path, "r");
    *n = 0;
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open document list");
        return NULL;
    }
    char **v = calloc(1, sizeof *v), *line = NULL;
    size_t lcap = 0;
    ssize_t r;
    while (v && (r = getline(&line, &lcap, f)) > 0) {
        line[strcspn(line, "\r\n ")] = '\0';
        if (!*line)
            continue;
        char **w = realloc(v, (*n + 2) * sizeof *v);
        if (!w)
            abort();
        v = w;
        v[(*n)++] = strdup(line);
    }
    free(line);
    fclose(f);
    return v;
}

int ew_tok_eval_conllu(const char *path, const char *docs_list, ew_tok_score *sc, ew_diag *diag)
{
    size_t nlist = 0;
    char **list = NULL;
    if (docs_list && !(list = read_ids(docs_list, &nlist, diag)))
        return -1;
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open gold file");
        for (size_t i = 0; i < nlist; i++)
            free(list[i]);
        free(list);
        return -1;
    }
    sent_buf s = {0};
    int keep = !docs_list;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t r;
    while ((r = getline(&line, &lcap, f)) > 0) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!strncmp(line, "# newdoc", 8)) {
            const char *eq = strchr(line, '=');
            keep = !docs_list || (eq && wanted(list, nlist, eq + 1 + (eq[1] == ' ')));
        } else if (!strncmp(line, "# text = ", 9) && keep) {
            reset(&s);
            s.text = strdup(line + 9);
        } else if (line[0] >= '0' && line[0] <= '9' && s.text) {
            token_line(&s, line);
        } else if (line[0] == '\0') {
            score_sentence(&s, sc);
            reset(&s);
        }
    }
    score_sentence(&s, sc);
    reset(&s);
    free(s.gold);
    free(line);
    fclose(f);
    for (size_t i = 0; i < nlist; i++)
        free(list[i]);
    free(list);
    return 0;
}

double ew_tok_f1(const ew_tok_score *sc, double *precision, double *recall)
{
    double p = sc->pred ? (double)sc->correct / (double)sc->pred : 0.0;
    double r = sc->gold ? (double)sc->correct / (double)sc->gold : 0.0;
    if (precision)
        *precision = p;
    if (recall)
        *recall = r;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
