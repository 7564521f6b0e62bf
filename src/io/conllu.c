/*
 * conllu.c -- streaming CoNLL-U reader and writer (see io/conllu.h).
 *
 * The reader consumes one line at a time and builds the current sentence
 * directly in the caller's arena; the first bad line marks the sentence
 * bad (one report), the rest of its block is read and dropped, and the next
 * blank line starts afresh.  Validation that needs the whole sentence
 * (heads in range, no cycles) runs when the block ends.  Cycle detection
 * colours nodes so hostile input stays linear in the sentence length.
 */
#include "io/conllu.h"
#include "io/ptb_rules.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A multiword token "3-4  don't": its words get its surface span. */
typedef struct mwt {
    int from, to;
    const char *form;
} mwt;

typedef struct block {
    ew_sentence *s;
    size_t cap;
    mwt *mw;
    size_t nmw, capmw;
    int lines;           /* non-blank lines seen */
    int bad;             /* a line was rejected: skip the sentence */
    long first_line;
} block;

void ew_conllu_open_file(ew_conllu_reader *r, FILE *f, const char *name,
                         ew_diag *diag)
{
    memset(r, 0, sizeof *r);
    r->f = f;
    r->file = name;
    r->diag = diag;
}

void ew_conllu_open_mem(ew_conllu_reader *r, const char *text, size_t len,
                        const char *name, long line_base, ew_diag *diag)
{
    memset(r, 0, sizeof *r);
    r->mem = text ? text : "";
    r->mem_end = r->mem + (text ? len : 0);
    r->file = name;
    r->line_base = line_base;
    r->diag = diag;
}

void ew_conllu_close(ew_conllu_reader *r)
{
    free(r->buf);
    r->buf = NULL;
    r->cap = 0;
}

/* Next line without its end-of-line; 1 read, 0 end, -1 error. */
static int get_line(ew_conllu_reader *r, const char **line, size_t *len)
{
    if (r->f) {
        ssize_t n = getline(&r->buf, &r->cap, r->f);
        if (n < 0)
            return ferror(r->f) ? -1 : 0;
        *line = r->buf;
        *len = (size_t)n;
    } else {
        if (r->mem >= r->mem_end)
            return 0;
        const char *nl = memchr(r->mem, '\n', (size_t)(r->mem_end - r->mem));
        *line = r->mem;
        *len = nl ? (size_t)(nl - r->mem) + 1 : (size_t)(r->mem_end - r->mem);
        r->mem += *len;
    }
    r->line++;
    while (*len && ((*line)[*len - 1] == '\n' || (*line)[*len - 1] == '\r'))
        (*len)--;
    return 1;
}

static long where(const ew_conllu_reader *r)
{
    return r->line + r->line_base;
}

static void reject(ew_conllu_reader *r, block *b, const char *why, const char *what)
{
    if (!b->bad)
        ew_diag_report(r->diag, EW_ERROR, r->file, where(r),
                       b->s ? b->s->id : NULL, "bad CoNLL-U line (%s%s%s); sentence skipped",
                       why, what ? ": " : "", what ? what : "");
    b->bad = 1;
}

/* Strict non-negative decimal; -1 when not one (or absurdly large). */
static long parse_uint(const char *s, const char *end)
{
    if (s == end || end - s > 9)
        return -1;
    long v = 0;
    for (; s < end; s++) {
        if (*s < '0' || *s > '9')
            return -1;
        v = v * 10 + (*s - '0');
    }
    return v;
}

static const char *field_or_null(const char *f)
{
    return strcmp(f, "_") == 0 ? NULL : f;
}

static void comment(ew_arena *a, block *b, const char *line, size_t len)
{
    static const struct { const char *key; size_t off; } keys[] = {
        {"# sent_id = ", offsetof(ew_sentence, id)},
        {"# text = ", offsetof(ew_sentence, text)},
        {"# newdoc id = ", offsetof(ew_sentence, doc_id)},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        size_t k = strlen(keys[i].key);
        if (len >= k && memcmp(line, keys[i].key, k) == 0) {
            const char **slot = (const char **)((char *)b->s + keys[i].off);
            *slot = ew_arena_strndup(a, line + k, len - k);
        }
    }
}

static ew_token *push_token(ew_arena *a, block *b)
{
    ew_sentence *s = b->s;
    if (s->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        ew_token *v = ew_arena_calloc(a, cap, sizeof *v);
        if (s->n)
            memcpy(v, s->tok, s->n * sizeof *v);
        s->tok = v;
        b->cap = cap;
    }
    ew_token *t = &s->tok[s->n++];
    memset(t, 0, sizeof *t);
    return t;
}

static void push_mwt(ew_arena *a, block *b, int from, int to, const char *form)
{
    if (b->nmw == b->capmw) {
        size_t cap = b->capmw ? b->capmw * 2 : 8;
        mwt *v = ew_arena_calloc(a, cap, sizeof *v);
        if (b->nmw)
            memcpy(v, b->mw, b->nmw * sizeof *v);
        b->mw = v;
        b->capmw = cap;
    }
    b->mw[b->nmw++] = (mwt){from, to, form};
}

/* The ID column: a word (returns 1), a range or empty node (0, handled),
 * or bad (-1, reported). */
static int word_id(ew_conllu_reader *r, ew_arena *a, block *b, char **f)
{
    const char *id = f[0], *end = id + strlen(id);
    const char *dash = strchr(id, '-'), *dot = strchr(id, '.');
    if (dash) {
        long from = parse_uint(id, dash), to = parse_uint(dash + 1, end);
        if (from < 1 || to < from) {
            reject(r, b, "bad multiword range", id);
            return -1;
        }
        push_mwt(a, b, (int)from, (int)to, f[1]);
        return 0;
    }
    if (dot) {
        if (parse_uint(id, dot) < 0 || parse_uint(dot + 1, end) < 1) {
            reject(r, b, "bad empty-node id", id);
            return -1;
        }
        return 0;
    }
    long v = parse_uint(id, end);
    if (v != (long)b->s->n + 1) {
        reject(r, b, "word id out of sequence", id);
        return -1;
    }
    return 1;
}

static void token_line(ew_conllu_reader *r, ew_arena *a, block *b,
                       const char *line, size_t len)
{
    char *copy = ew_arena_strndup(a, line, len);
    char *f[10];
    int nf = 0;
    for (char *p = copy; nf < 10;) {
        f[nf++] = p;
        p = strchr(p, '\t');
        if (!p)
            break;
        *p++ = '\0';
        if (nf == 10) {
            nf = 11;       /* more columns than allowed */
            break;
        }
    }
    if (nf != 10) {
        reject(r, b, "expected 10 tab-separated columns", NULL);
        return;
    }
    int kind = word_id(r, a, b, f);
    if (kind <= 0)
        return;
    if (!f[1][0]) {
        reject(r, b, "empty FORM", NULL);
        return;
    }
    ew_token *t = push_token(a, b);
    t->form = f[1];
    t->lemma = field_or_null(f[2]);
    t->upos = (uint8_t)ew_upos_from_name(f[3]);
    t->xpos = field_or_null(f[4]);
    t->feats = field_or_null(f[5]);
    if (strcmp(f[6], "_") == 0) {
        t->head = -1;
        t->rel = EW_REL_DEP;
        return;
    }
    long h = parse_uint(f[6], f[6] + strlen(f[6]));
    if (h < 0) {
        reject(r, b, "HEAD is not a number", f[6]);
        return;
    }
    t->head = (int32_t)h;
    t->rel = (uint8_t)ew_rel_from_label(f[7], &t->subrel);
}

/* Heads within 0..n and acyclic; returns 0 or reports and returns -1. */
static int check_heads(ew_conllu_reader *r, ew_arena *a, ew_sentence *s)
{
    for (size_t i = 0; i < s->n; i++) {
        if (s->tok[i].head > (int32_t)s->n) {
            ew_diag_report(r->diag, EW_ERROR, r->file, where(r), s->id,
                           "token %zu: head %d out of range; sentence skipped",
                           i + 1, (int)s->tok[i].head);
            return -1;
        }
    }
    unsigned char *state = ew_arena_calloc(a, s->n ? s->n : 1, 1);
    for (size_t i = 0; i < s->n; i++) {
        size_t j = i;
        /* 1 = on the current path, 2 = known to reach the root */
        while (state[j] == 0) {
            state[j] = 1;
            int32_t h = s->tok[j].head;
            if (h <= 0)
                break;
            j = (size_t)h - 1;
        }
        if (state[j] == 1 && s->tok[j].head > 0) {
            ew_diag_report(r->diag, EW_ERROR, r->file, where(r), s->id,
                           "token %zu: heads form a cycle; sentence skipped", j + 1);
            return -1;
        }
        for (j = i; state[j] == 1; j = (size_t)s->tok[j].head - 1) {
            state[j] = 2;
            if (s->tok[j].head <= 0)
                break;
        }
    }
    return 0;
}

/* UD v1 wrote nmod for obliques too; on a predicate it is v2 obl. */
static void nmod_to_obl(ew_arena *a, ew_sentence *s)
{
    unsigned char *has_cop = ew_arena_calloc(a, s->n + 1, 1);
    for (size_t i = 0; i < s->n; i++)
        if (s->tok[i].rel == EW_REL_COP && s->tok[i].head > 0)
            has_cop[s->tok[i].head] = 1;
    for (size_t i = 0; i < s->n; i++) {
        ew_token *t = &s->tok[i];
        if (t->rel != EW_REL_NMOD || t->head <= 0
            || (t->subrel && strcmp(t->subrel, "poss") == 0))
            continue;
        uint8_t hu = s->tok[t->head - 1].upos;
        if (hu == EW_UPOS_VERB || hu == EW_UPOS_AUX || hu == EW_UPOS_ADJ
            || has_cop[t->head])
            t->rel = EW_REL_OBL;
    }
}

/* Byte spans: words align to `text`; words of a multiword token share its
 * surface span. */
static void spans(ew_arena *a, block *b)
{
    ew_sentence *s = b->s;
    ew_token *u = ew_arena_calloc(a, s->n ? s->n : 1, sizeof *u);
    int *unit_of = ew_arena_calloc(a, s->n ? s->n : 1, sizeof *unit_of);
    size_t nu = 0, m = 0;
    for (size_t i = 0; i < s->n; i++) {
        int id = (int)i + 1;
        while (m < b->nmw && b->mw[m].to < id)
            m++;
        int in_mwt = m < b->nmw && b->mw[m].from <= id;
        if (!in_mwt || b->mw[m].from == id)
            u[nu++].form = in_mwt ? b->mw[m].form : s->tok[i].form;
        unit_of[i] = (int)nu - 1;
    }
    ew_ptb_align(u, nu, s->text);
    for (size_t i = 0; i < s->n; i++) {
        s->tok[i].start = u[unit_of[i]].start;
        s->tok[i].end = u[unit_of[i]].end;
    }
}

/* End of a block: validate and finish, or drop.  1 = sentence ready. */
static int finish(ew_conllu_reader *r, ew_arena *a, block *b)
{
    if (b->bad || !b->s) {
        r->skipped += b->bad;
        return 0;
    }
    if (b->s->n == 0) {
        ew_diag_report(r->diag, EW_ERROR, r->file, where(r), b->s->id,
                       "sentence has no words; skipped");
        r->skipped++;
        return 0;
    }
    if (check_heads(r, a, b->s) != 0) {
        r->skipped++;
        return 0;
    }
    if (!r->as_written)
        nmod_to_obl(a, b->s);
    if (b->s->text)
        spans(a, b);
    return 1;
}

/* Only spaces and tabs (lines from memory are not NUL-terminated). */
static int blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

int ew_conllu_next(ew_conllu_reader *r, ew_arena *arena, ew_sentence **out)
{
    block b;
    for (;;) {
        memset(&b, 0, sizeof b);
        const char *line;
        size_t len;
        int got;
        while ((got = get_line(r, &line, &len)) == 1) {
            if (blank(line, len)) {
                if (b.lines)
                    break;
                continue;
            }
            if (!b.s) {
                b.s = ew_arena_calloc(arena, 1, sizeof *b.s);
                b.first_line = where(r);
            }
            b.lines++;
            if (line[0] == '#')
                comment(arena, &b, line, len);
            else if (!b.bad)
                token_line(r, arena, &b, line, len);
        }
        if (got < 0) {
            ew_diag_report(r->diag, EW_ERROR, r->file, where(r), NULL,
                           "read error: %s", strerror(errno));
            return -1;
        }
        if (finish(r, arena, &b)) {
            *out = b.s;
            return 1;
        }
        if (got == 0)
            return 0;
    }
}

ew_sentence *ew_conllu_parse(const char *text, size_t len, ew_arena *arena,
                             ew_diag *diag, const char *file, long line)
{
    ew_conllu_reader r;
    ew_conllu_open_mem(&r, text, len, file, line > 0 ? line - 1 : 0, diag);
    ew_sentence *s = NULL;
    if (ew_conllu_next(&r, arena, &s) != 1)
        s = NULL;
    ew_conllu_close(&r);
    return s;
}

/* A field as CoNLL-U can hold it: "_" when empty, no tabs or newlines. */
static void put_field(FILE *out, const char *v)
{
    if (!v || !*v) {
        fputc('_', out);
        return;
    }
    for (; *v; v++)
        fputc(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, out);
}

static void put_comment(FILE *out, const char *key, const char *v)
{
    if (!v)
        return;
    fputs(key, out);
    for (; *v; v++)
        fputc(*v == '\n' || *v == '\r' ? ' ' : *v, out);
    fputc('\n', out);
}

int ew_conllu_write(FILE *out, const ew_sentence *s)
{
    put_comment(out, "# sent_id = ", s->id);
    put_comment(out, "# text = ", s->text);
    for (size_t i = 0; i < s->n; i++) {
        const ew_token *t = &s->tok[i];
        char label[64];
        fprintf(out, "%zu\t", i + 1);
        put_field(out, t->form);
        fputc('\t', out);
        put_field(out, t->lemma);
        fprintf(out, "\t%s\t", ew_upos_name((ew_upos)t->upos));
        put_field(out, t->xpos);
        fputc('\t', out);
        put_field(out, t->feats);
        if (t->head >= 0 && t->head <= (int32_t)s->n)
            fprintf(out, "\t%d\t%s\t_\t", (int)t->head, ew_rel_label(t, label, sizeof label));
        else
            fputs("\t_\t_\t_\t", out);
        int glued = i + 1 < s->n && t->end > 0 && s->tok[i + 1].start == t->end
                    && s->tok[i + 1].end > t->end;
        fputs(glued ? "SpaceAfter=No\n" : "_\n", out);
    }
    fputc('\n', out);
    return ferror(out) ? -1 : 0;
}
