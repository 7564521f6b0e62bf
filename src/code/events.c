/*
 * events.c -- from a coded verb to events (PETRARCH-1's make_event_strings):
 * compound actors give one event per (source, target) pair, "A:B" codes give
 * A from source to target and B back, passives swap the roles, an actor
 * never acts on itself; then, per sentence, require_dyad drops events with a
 * "---" side and duplicates go.
 */
#include "code/events.h"

#include <stdio.h>
#include <string.h>

#define MAX_SIDE 64

typedef struct side {
    const char *code;
    int np;              /* noun phrase the code came from, -1 if none */
} side;

/* Code of an uncoded phrase: "---", or the phrase itself in quotes when
 * new_actor_length allows (so users can grow their dictionaries). */
static const char *np_code(const ew_coder *c, const ew_cview *v, int k, ew_arena *a)
{
    const ew_cv_np *p = &v->np[k];
    if (p->coded || c->opt.new_actor_length <= 0)
        return p->code;
    char *t = ew_cview_text(v, p->start, p->end, a);
    if (p->post_end > p->post_start) /* the shared head: "injury | toll" */
        t = ew_arena_printf(a, "%s %s", t, ew_cview_text(v, p->post_start, p->post_end, a));
    int words = 1;
    for (const char *q = t; *q; q++)
        words += *q == ' ';
    if (words > c->opt.new_actor_length)
        return p->code;
    return ew_arena_printf(a, "\"%s\"", t);
}

/* "ARN/GON" in an actor dictionary stands for both. */
static int add_code(side *s, int n, const char *code, int np, ew_arena *a)
{
    const char *slash;
    while ((slash = strchr(code, '/')) && n < MAX_SIDE && code[0] != '"') {
        s[n++] = (side){ew_arena_strndup(a, code, (size_t)(slash - code)), np};
        code = slash + 1;
    }
    if (n < MAX_SIDE)
        s[n++] = (side){code, np};
    return n;
}

static int side_codes(const ew_coder *c, const ew_cview *v, ew_loc l,
                      side *s, ew_arena *a)
{
    int n = 0;
    if (l.np >= 0)
        return add_code(s, 0, np_code(c, v, l.np, a), l.np, a);
    const ew_cv_group *g = &v->grp[l.grp];
    for (int i = 0; i < g->n; i++) {
        const char *code = np_code(c, v, g->np[i], a);
        if (strcmp(code, "---"))
            n = add_code(s, n, code, g->np[i], a);
    }
    if (n == 0)     /* all members uncoded */
        s[n++] = (side){"---", g->np[0]};
    return n;
}

static ew_span np_span(const ew_cview *v, int k)
{
    if (k < 0)
        return (ew_span){0, 0};
    const ew_token *t = v->s->tok;
    return (ew_span){t[v->np[k].start].start, t[v->np[k].end - 1].end};
}

/* Whether every token of [from, to) is found in the sentence text at its
 * offsets.  Offsets may index another text than s->text (the document before
 * entity decoding, for one): then a cut would split words, even UTF-8
 * characters. */
static int offsets_fit(const ew_sentence *s, int from, int to)
{
    size_t len = strlen(s->text);
    for (int i = from; i < to; i++) {
        const ew_token *t = &s->tok[i];
        size_t n = strlen(t->form);
        if (t->end == 0 || t->start + n > len || t->end - t->start != n ||
            memcmp(s->text + t->start, t->form, n))
            return 0;
    }
    return 1;
}

/* The surface forms of tokens [from, to), a blank where the text had one
 * (or where offsets are unknown). */
static const char *token_words(const ew_sentence *s, int from, int to, ew_arena *a)
{
    size_t len = 1;
    for (int i = from; i < to; i++)
        len += strlen(s->tok[i].form) + 1;
    char *out = ew_arena_alloc(a, len), *p = out;
    for (int i = from; i < to; i++) {
        const ew_token *t = &s->tok[i];
        if (i > from && (t->end == 0 || t->start > s->tok[i - 1].end))
            *p++ = ' ';
        size_t n = strlen(t->form);
        memcpy(p, t->form, n);
        p += n;
    }
    *p = 0;
    return out;
}

static const char *actor_text(const ew_cview *v, int k, ew_span sp, ew_arena *a)
{
    if (k < 0)
        return "";
    const ew_sentence *s = v->s;
    int from = v->np[k].start, to = v->np[k].end;
    /* the words as written when the offsets agree with the text */
    if (s->text && sp.end > sp.start && offsets_fit(s, from, to))
        return ew_arena_strndup(a, s->text + sp.start, sp.end - sp.start);
    return token_words(s, from, to, a);
}

static void fill_actor(ew_event_actor *ea, const ew_cview *v, const side *s,
                       ew_arena *a)
{
    ea->code = s->code;
    ea->span = np_span(v, s->np);
    ea->text = actor_text(v, s->np, ea->span, a);
    if (s->code[0] != '"' && strlen(s->code) >= 3) {
        ea->country = ew_arena_strndup(a, s->code, 3);
        ea->agent = strlen(s->code) > 3 ? s->code + 3 : NULL;
    }
}

/* The pattern line with runs of blanks made one (dictionaries align their
 * codes in columns). */
static const char *squeeze(const char *t, ew_arena *a)
{
    char *out = ew_arena_alloc(a, strlen(t) + 1), *w = out;
    for (; *t; t++)
        if (!((*t == ' ' || *t == '\t') && w > out && w[-1] == ' '))
            *w++ = *t == '\t' ? ' ' : *t;
    *w = 0;
    return out;
}

static void emit(const ew_cview *v, const ew_verb_hit *h, const side *src,
                 const side *tgt, const char *code, size_t len, ew_arena *a,
                 ew_event_list *out)
{
    if (!strcmp(src->code, tgt->code))
        return;     /* self-reference */
    ew_event *e = ew_event_list_push(out, a);
    const ew_sentence *s = v->s;
    e->doc_id = s->doc_id;
    e->sent_id = s->id;
    e->date = s->date;
    fill_actor(&e->source, v, src, a);
    fill_actor(&e->target, v, tgt, a);
    if (len >= sizeof e->code)
        len = sizeof e->code - 1;
    memcpy(e->code, code, len);
    e->code[len] = 0;
    if (len >= 2 && code[0] != '-')
        memcpy(e->root, code, 2);
    /* the dictionary line that decided: the pattern, or the verb's entry
     * with the code it carries */
    e->pattern = h->pat ? squeeze(h->pat->text, a)
                        : ew_arena_printf(a, "%s [%s]", h->form->lemma ? h->form->lemma : "",
                                          h->code);
    e->pattern_file = h->pat ? h->pat->file : h->form->file;
    e->pattern_line = h->pat ? h->pat->line : h->form->line;
    const ew_token *t = s->tok;
    e->verb = (ew_span){t[h->vs].start, t[h->ve].end};
    e->sentence = s->text;
    e->sentence_offset = s->text_offset;
    e->is_root_event = 1;
}

static void pairs(const ew_cview *v, const ew_verb_hit *h, const side *src,
                  int ns, const side *tgt, int nt, const char *code,
                  size_t len, ew_arena *a, ew_event_list *out)
{
    /* 64 x 64 compounds would make 4,096 events of one verb; real text
     * never comes near 256 */
    if (ns * nt > 256)
        nt = 256 / ns > 0 ? 256 / ns : 1;
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < nt; j++) {
            if (h->passive)
                emit(v, h, &tgt[j], &src[i], code, len, a, out);
            else
                emit(v, h, &src[i], &tgt[j], code, len, a, out);
        }
}

void ew_code_make_events(const ew_coder *c, const ew_cview *v,
                         const ew_verb_hit *h, ew_arena *a, ew_event_list *out)
{
    side src[MAX_SIDE], tgt[MAX_SIDE];
    int ns = side_codes(c, v, h->src, src, a);
    int nt = side_codes(c, v, h->tgt, tgt, a);
    const char *colon = strchr(h->code, ':');
    size_t before = out->n;
    if (!colon) {
        pairs(v, h, src, ns, tgt, nt, h->code, strlen(h->code), a, out);
    } else {
        /* symmetric: a missing side takes the other's codes */
        if (!strcmp(tgt[0].code, "---")) {
            memcpy(tgt, src, sizeof(side) * (size_t)ns);
            nt = ns;
        } else if (!strcmp(src[0].code, "---")) {
            memcpy(src, tgt, sizeof(side) * (size_t)nt);
            ns = nt;
        }
        pairs(v, h, src, ns, tgt, nt, h->code, (size_t)(colon - h->code), a, out);
        pairs(v, h, tgt, nt, src, ns, colon + 1, strlen(colon + 1), a, out);
    }
    for (size_t i = before; i < out->n; i++)
        ew_code_tracef(c, "  event %s %s %s  (pattern: %s)", out->v[i].source.code,
                       out->v[i].target.code, out->v[i].code, out->v[i].pattern);
    if (out->n == before)
        ew_code_tracef(c, "  code %s: only self-references, no event", h->code);
}

static int same_event(const ew_event *x, const ew_event *y)
{
    return !strcmp(x->source.code, y->source.code) &&
           !strcmp(x->target.code, y->target.code) && !strcmp(x->code, y->code);
}

void ew_code_finish_events(const ew_coder *c, const ew_sentence *s,
                           ew_event_list *out, size_t first)
{
    (void)s;
    size_t w = first;
    for (size_t i = first; i < out->n; i++) {
        ew_event *e = &out->v[i];
        if (c->opt.require_dyad &&
            (!strcmp(e->source.code, "---") || !strcmp(e->target.code, "---"))) {
            ew_code_tracef(c, "  dropped %s %s %s: require_dyad", e->source.code,
                           e->target.code, e->code);
            continue;
        }
        int dup = 0;
        for (size_t j = first; j < w && !dup; j++)
            dup = same_event(&out->v[j], e);
        if (dup)
            continue;
        if (w != i)
            out->v[w] = *e;
        w++;
    }
    out->n = w;
}
