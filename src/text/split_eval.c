/*
 * split_eval.c -- boundary precision/recall/F1 of the segmenter on UD files
 * (see split_eval.h).  Kept in the library so tests can call it; the
 * `eventwatch eval-split` command only prints the numbers.
 */
#include "text/split_eval.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "text/segment.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void ew_split_eval_doc(const char *doc_id, const char *text, size_t len,
                       const size_t *gold_ends, size_t n_gold, ew_split_score *sc)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_segmented seg;
    if (sc->layout != EW_LAYOUT_BLANK) {
        char *copy = ew_arena_alloc(&a, len + 1);
        memcpy(copy, text, len);
        copy[len] = '\0';
        ew_split_relayout(copy, len, sc->layout, sc->wrap ? sc->wrap : EW_SPLIT_EVAL_WRAP);
        text = copy;
    }
    double t0 = now();
    ew_text_segment(text, len, &seg, &a, NULL);
    sc->seconds += now() - t0;
    sc->bytes += len;
    sc->docs++;
    sc->gold += n_gold;
    sc->pred += seg.n;
    size_t g = 0;
    for (size_t i = 0; i < seg.n; i++) {
        const ew_sentence *s = &seg.sent[i];
        size_t end = s->text_offset + s->tok[s->n - 1].end;
        while (g < n_gold && gold_ends[g] < end) {
            if (sc->on_error)
                sc->on_error(sc->user, doc_id, text, len, gold_ends[g], 1);
            g++;
        }
        if (g < n_gold && gold_ends[g] == end) {
            sc->correct++;
            g++;
        } else if (sc->on_error) {
            sc->on_error(sc->user, doc_id, text, len, end, 0);
        }
    }
    for (; g < n_gold; g++)
        if (sc->on_error)
            sc->on_error(sc->user, doc_id, text, len, gold_ends[g], 1);
    ew_arena_free(&a);
}

/* ---- CoNLL-U reading ------------------------------------------------------ */

typedef struct doc_buf {
    ew_split_doc_fn fn;
    void *user;
    char *id;
    char *text;
    size_t len, cap;
    size_t *ends;
    size_t n, ends_cap;
    int new_par;
    int keep;
} doc_buf;

static void *grow(void *p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return p;
    size_t c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    void *q = realloc(p, c * elem);
    if (!q)
        abort(); /* same policy as the arena: no recovery from OOM mid-document */
    *cap = c;
    return q;
}

static void add_sentence(doc_buf *d, const char *s, size_t n)
{
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
        n--;
    while (n && *s == ' ')
        s++, n--;
    if (!n)
        return;
    const char *sep = d->len == 0 ? "" : d->new_par ? "\n\n" : " ";
    size_t sl = strlen(sep);
    d->text = grow(d->text, &d->cap, d->len + sl + n + 1, 1);
    memcpy(d->text + d->len, sep, sl);
    memcpy(d->text + d->len + sl, s, n);
    d->len += sl + n;
    d->text[d->len] = '\0';
    d->ends = grow(d->ends, &d->ends_cap, d->n + 1, sizeof *d->ends);
    d->ends[d->n++] = d->len;
    d->new_par = 0;
}

static void flush(doc_buf *d)
{
    if (d->keep && d->len)
        d->fn(d->user, d->id, d->text, d->len, d->ends, d->n);
    d->len = 0;
    d->n = 0;
    d->new_par = 0;
}

static int listed(char **list, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(list[i], id))
            return 1;
    return 0;
}

static char **read_list(const char *path, size_t *n, ew_diag *diag)
{
    FILE *f = fopen(path, "r");
    *n = 0;
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open document list");
        return NULL;
    }
    char **v = NULL, *line = NULL;
    size_t cap = 0, lcap = 0;
    ssize_t r;
    while ((r = getline(&line, &lcap, f)) > 0) {
        while (r && (line[r - 1] == '\n' || line[r - 1] == '\r' || line[r - 1] == ' '))
            line[--r] = '\0';
        if (!r)
            continue;
        v = grow(v, &cap, *n + 1, sizeof *v);
        v[(*n)++] = strdup(line);
    }
    free(line);
    fclose(f);
    if (!v && !(v = calloc(1, sizeof *v)))
        abort();
    return v;
}

typedef struct lists {
    char **inc, **exc;
    size_t ninc, nexc;
} lists;

static void on_line(doc_buf *d, const char *line, size_t r, const lists *l)
{
    if (!strncmp(line, "# newdoc", 8)) {
        flush(d);
        const char *eq = strchr(line, '=');
        free(d->id);
        d->id = strdup(eq ? eq + 1 + (eq[1] == ' ') : "");
        d->id[strcspn(d->id, "\r\n")] = '\0';
        d->keep = (!l->inc || listed(l->inc, l->ninc, d->id)) &&
                  !(l->exc && listed(l->exc, l->nexc, d->id));
    } else if (!strncmp(line, "# newpar", 8) && (line[8] == '\n' || line[8] == ' ' || line[8] == '\r' || line[8] == '\0')) {
        d->new_par = 1;
    } else if (!strncmp(line, "# text = ", 9)) {
        add_sentence(d, line + 9, r - 9);
    }
}

static void free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

int ew_split_read_conllu(const char *path, const char *include_list, const char *exclude_list,
                         ew_split_doc_fn fn, void *user, ew_diag *diag)
{
    lists l = {0};
    int rc = -1;
    if (include_list && !(l.inc = read_list(include_list, &l.ninc, diag)))
        goto out;
    if (exclude_list && !(l.exc = read_list(exclude_list, &l.nexc, diag)))
        goto out;
    FILE *f = fopen(path, "r");
    if (!f) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot open gold file");
        goto out;
    }
    doc_buf d = {0};
    d.fn = fn;
    d.user = user;
    d.keep = !include_list;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t r;
    while ((r = getline(&line, &lcap, f)) > 0)
        on_line(&d, line, (size_t)r, &l);
    flush(&d);
    free(line);
    fclose(f);
    free(d.id);
    free(d.text);
    free(d.ends);
    rc = 0;
out:
    free_list(l.inc, l.ninc);
    free_list(l.exc, l.nexc);
    return rc;
}

static void eval_doc_cb(void *user, const char *doc_id, const char *text, size_t len,
                        const size_t *gold_ends, size_t n_gold)
{
    ew_split_eval_doc(doc_id, text, len, gold_ends, n_gold, user);
}

int ew_split_eval_conllu(const char *path, const char *docs_list, ew_split_score *sc,
                         ew_diag *diag)
{
    return ew_split_read_conllu(path, docs_list, NULL, eval_doc_cb, sc, diag);
}

double ew_split_precision(const ew_split_score *sc)
{
    return sc->pred ? (double)sc->correct / (double)sc->pred : 0.0;
}

double ew_split_recall(const ew_split_score *sc)
{
    return sc->gold ? (double)sc->correct / (double)sc->gold : 0.0;
}

double ew_split_f1(const ew_split_score *sc)
{
    double p = ew_split_precision(sc), r = ew_split_recall(sc);
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
