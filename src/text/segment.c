/*
 * segment.c -- the text stage: raw bytes -> clean text -> dateline ->
 * tokens -> sentences, with offsets mapped back to the original bytes.
 *
 * Each step is its own file (utf8.c, dateline.c, tokenize.c, sentence.c);
 * this one only wires them together and builds the ew_sentence array the
 * rest of the pipeline reads.
 */
#include "text/segment.h"

#include <string.h>

#include "text/dateline.h"
#include "text/sentence.h"

static void report_repairs(const ew_utf8_clean *c, ew_diag *diag, const char *record)
{
    if (c->invalid)
        ew_diag_report(diag, EW_WARN, NULL, 0, record,
                       "%zu invalid UTF-8 byte(s) replaced by U+FFFD", c->invalid);
}

/* Fills one sentence from tokens [a,b). */
static void build_sentence(ew_sentence *s, const ew_text_tok *t, size_t a, size_t b,
                           const ew_utf8_clean *c, size_t index, ew_arena *arena)
{
    memset(s, 0, sizeof *s);
    uint32_t base = c->map[t[a].start];
    s->id = ew_arena_printf(arena, "%zu", index + 1);
    s->text = ew_arena_strndup(arena, c->text + t[a].start, t[b - 1].end - t[a].start);
    s->text_offset = base;
    s->n = b - a;
    s->tok = ew_arena_calloc(arena, s->n, sizeof *s->tok);
    for (size_t i = a; i < b; i++) {
        ew_token *k = &s->tok[i - a];
        k->form = t[i].form;
        k->head = -1;
        k->start = c->map[t[i].start] - base;
        k->end = ew_utf8_orig_end(c, t[i].end) - base;
    }
}

/* Drops the tokens that belong to the dateline; records its place. */
static size_t strip_dateline(const ew_utf8_clean *c, ew_text_toks *toks, ew_segmented *out,
                             ew_arena *arena)
{
    ew_dateline d;
    if (!ew_text_dateline(c->text, c->len, &d))
        return 0;
    size_t skip = 0;
    while (skip < toks->n && toks->v[skip].start < d.end)
        skip++;
    if (skip == 0 || skip == toks->n)
        return 0;   /* a "dateline" with nothing after it is just text */
    out->dateline = ew_arena_strndup(arena, c->text + d.place_start, d.place_end - d.place_start);
    out->dateline_start = c->map[d.place_start];
    out->dateline_end = c->map[d.end];
    /* the story's first word starts a paragraph of its own */
    toks->v[skip].breaks_before = 0;
    return skip;
}

int ew_text_prepare(const char *text, size_t len, ew_text_prepared *p, ew_segmented *out,
                    ew_arena *arena, ew_diag *diag)
{
    memset(out, 0, sizeof *out);
    memset(p, 0, sizeof *p);
    if (ew_utf8_clean_text(text, len, &p->clean, arena) < 0) {
        ew_diag_report(diag, EW_ERROR, NULL, 0, NULL,
                       "document of %zu bytes is too large to segment (limit 4 GiB)", len);
        return -1;
    }
    out->invalid_utf8 = p->clean.invalid;
    report_repairs(&p->clean, diag, NULL);
    ew_text_tokenize(p->clean.text, p->clean.len, &p->toks, arena);
    p->first = strip_dateline(&p->clean, &p->toks, out, arena);
    return 0;
}

int ew_text_segment(const char *text, size_t len, ew_segmented *out,
                    ew_arena *arena, ew_diag *diag)
{
    ew_text_prepared p;
    if (ew_text_prepare(text, len, &p, out, arena, diag) < 0)
        return -1;
    size_t n = p.toks.n - p.first;
    if (n == 0)
        return 0;
    const ew_text_tok *t = p.toks.v + p.first;
    uint8_t *ends = ew_arena_alloc(arena, n);
    size_t count = ew_text_split(t, n, ends);
    out->sent = ew_arena_calloc(arena, count, sizeof *out->sent);
    size_t a = 0;
    for (size_t i = 0; i < n; i++)
        if (ends[i]) {
            build_sentence(&out->sent[out->n], t, a, i + 1, &p.clean, out->n, arena);
            out->n++;
            a = i + 1;
        }
    return 0;
}
