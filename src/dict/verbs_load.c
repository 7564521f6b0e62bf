/*
 * verbs_load.c -- reads PETRARCH verb dictionaries, both pattern syntaxes.
 *
 * The file is a sequence of:
 *   &NAME            a synset; its members follow as "+phrase" lines
 *   --- NAME [code] ---   a verb block header (the code is the default for
 *                    the block's verbs; "---" is the null code)
 *   VERB {FORMS} [code]   a verb of the current block; "+" marks the verb
 *                    word inside a multi-word verb ("+BEEF_UP", "WIRE_+TAP")
 *   - pattern [code] a pattern of the current block
 *   ~ transformation (PETRARCH-2), kept verbatim
 * A verb line that follows patterns (or a blank line after patterns) starts
 * a new block implicitly: PETRARCH-1 files have no "---" headers, and a
 * blank line ends a pattern set there.
 *
 * Pattern syntax is detected per line: "{" or "(" make it PETRARCH-2; the
 * elements are stored in source order either way (see ew_pat_kind).
 */
#include "dict/dict_internal.h"
#include "dict/dict_lines.h"
#include "dict/inflect.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ELEMS 96
#define WORDBUF 512

typedef struct verb_state {
    ew_dict *d;
    ew_diag *diag;
    const char *path;
    ew_synset *synset;          /* collecting members of this synset */
    int synset_no_plural;
    EW_VEC(const ew_sym *) syn_phr;
    EW_VEC(uint16_t) syn_len;
    ew_verb_block *block;       /* current block */
    EW_VEC(ew_pattern) pats;    /* patterns of the current block */
    int block_has_patterns;
    int block_closed;           /* a blank line after patterns: next verb opens a block */
} verb_state;

/* ---- synsets ---------------------------------------------------------- */

static void synset_flush(verb_state *st)
{
    if (!st->synset)
        return;
    ew_dict *d = st->d;
    size_t n = st->syn_phr.n;
    const ew_sym **ph = ew_arena_alloc(&d->arena, (n ? n : 1) * sizeof *ph);
    uint16_t *len = ew_arena_alloc(&d->arena, (n ? n : 1) * sizeof *len);
    for (size_t i = 0; i < n; i++) {
        ph[i] = st->syn_phr.v[i];
        len[i] = st->syn_len.v[i];
    }
    st->synset->phrase = ph;
    st->synset->phrase_len = len;
    st->synset->n = n;
    st->syn_phr.n = st->syn_len.n = 0;
    st->synset = NULL;
}

/* "&NAME_" and "&NAME" name the same synset; the '_' only turns off plurals. */
static size_t synset_key(const char *s, size_t n, char *buf, size_t size)
{
    while (n && s[n - 1] == '_')
        n--;
    if (n + 1 > size)
        return 0;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)toupper((unsigned char)s[i]);
    buf[n] = '\0';
    return n;
}

static long find_synset(const ew_dict *d, const char *name, size_t n)
{
    char key[WORDBUF];
    if (!synset_key(name, n, key, sizeof key))
        return -1;
    for (size_t i = d->synsets.n; i-- > 0;)
        if (strcmp(d->synsets.v[i]->name, key) == 0)
            return (long)i;
    return -1;
}

static void synset_start(verb_state *st, const ew_dict_line *ln)
{
    synset_flush(st);
    const char *s = ln->text;
    size_t n = strcspn(s, " \t");
    ew_synset *sy = ew_arena_calloc(&st->d->arena, 1, sizeof *sy);
    char key[WORDBUF];
    if (n < 2 || !synset_key(s, n, key, sizeof key)) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "malformed synset name '%s'", s);
        return;
    }
    sy->name = ew_arena_strdup(&st->d->arena, key);
    st->synset_no_plural = s[n - 1] == '_';
    st->synset = sy;
    EW_VEC_PUSH(st->d->synsets, sy);
}

static void synset_add_phrase(verb_state *st, const ew_sym *w, size_t n)
{
    EW_VEC_PUSH(st->syn_phr, w);
    EW_VEC_PUSH(st->syn_len, (uint16_t)n);
}

static void synset_member(verb_state *st, const ew_dict_line *ln)
{
    const char *s = ln->text + 1;
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    if (*s == '&') { /* embedded synset: its phrases become ours */
        long idx = find_synset(st->d, s, n);
        if (idx < 0 || st->d->synsets.v[idx] == st->synset) {
            ew_dict_reject(st->d, st->diag, st->path, ln->lineno,
                           "synset member refers to undefined synset '%s'", s);
            return;
        }
        const ew_synset *in = st->d->synsets.v[idx];
        for (size_t i = 0; i < in->n; i++)
            synset_add_phrase(st, in->phrase[i], in->phrase_len[i]);
        return;
    }
    int no_plural = st->synset_no_plural || (n && s[n - 1] == '_');
    ew_sym *w;
    size_t k = ew_dict_split_phrase(st->d, s, n, 1, &w, NULL);
    if (!k) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "empty or over-long synset phrase");
        return;
    }
    synset_add_phrase(st, w, k);
    if (no_plural)
        return;
    char buf[WORDBUF];
    const char *last = ew_dict_sym_text(st->d, w[k - 1]);
    if (!ew_inflect_plural(last, buf, sizeof buf))
        return;
    ew_sym *pw = ew_arena_alloc(&st->d->arena, k * sizeof *pw);
    memcpy(pw, w, k * sizeof *pw);
    pw[k - 1] = ew_dict_intern(st->d, buf, strlen(buf));
    synset_add_phrase(st, pw, k);
}

/* ---- blocks and verbs ------------------------------------------------- */

static void block_flush(verb_state *st)
{
    if (!st->block)
        return;
    ew_dict *d = st->d;
    size_t n = st->pats.n;
    ew_pattern *p = ew_arena_alloc(&d->arena, (n ? n : 1) * sizeof *p);
    if (n)
        memcpy(p, st->pats.v, n * sizeof *p);
    st->block->pat = p;
    st->block->n_pat = n;
    d->stats.patterns += n;
    st->pats.n = 0;
    st->block = NULL;
    st->block_has_patterns = 0;
    st->block_closed = 0;
}

static ew_verb_block *block_open(verb_state *st, const char *name, const char *code, long line)
{
    block_flush(st);
    ew_verb_block *b = ew_arena_calloc(&st->d->arena, 1, sizeof *b);
    b->name = ew_arena_strdup(&st->d->arena, name);
    b->code = ew_arena_strdup(&st->d->arena, code && *code ? code : "---");
    b->file = st->path;
    b->line = line;
    EW_VEC_PUSH(st->d->blocks, b);
    st->block = b;
    return b;
}

/* Extracts "[code]" from s (the last bracket pair); returns 1 if found,
 * -1 if malformed, 0 if absent.  The bracket text is blanked out of s. */
static int take_code(char *s, char *code, size_t size)
{
    char *open = strrchr(s, '[');
    if (!open)
        return strchr(s, ']') ? -1 : 0;
    char *close = strchr(open, ']');
    if (!close)
        return -1;
    char *a = open + 1, *b = close;
    while (a < b && isspace((unsigned char)*a)) a++;
    while (b > a && isspace((unsigned char)b[-1])) b--;
    if (b == a || (size_t)(b - a) >= size)
        return -1;
    for (char *p = a; p < b; p++)
        if (isspace((unsigned char)*p))
            return -1;
    memcpy(code, a, (size_t)(b - a));
    code[b - a] = '\0';
    memset(open, ' ', (size_t)(close - open + 1));
    return 1;
}

static void header_line(verb_state *st, const ew_dict_line *ln)
{
    synset_flush(st);
    char buf[WORDBUF], code[64] = "---";
    snprintf(buf, sizeof buf, "%s", ln->text + 3);
    if (take_code(buf, code, sizeof code) < 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "malformed code in block header");
        snprintf(code, sizeof code, "---");
    }
    char *e = buf + strlen(buf);
    while (e > buf && (e[-1] == '-' || isspace((unsigned char)e[-1]))) *--e = '\0';
    char *s = buf;
    while (isspace((unsigned char)*s)) s++;
    block_open(st, *s ? s : "(unnamed)", code, ln->lineno);
}

/* Parses one verb phrase "KLM_NOP_+RST" into symbols and the head index. */
static int parse_verb_phrase(verb_state *st, const char *s, size_t n, ew_sym **w,
                             uint16_t *nw, uint16_t *head)
{
    char buf[WORDBUF];
    if (n >= sizeof buf)
        return -1;
    size_t o = 0;
    int head_at = -1, words = 0, in_word = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '+') {
            head_at = words;
            continue;
        }
        if (c == '_' || c == ' ') {
            if (in_word) { words++; in_word = 0; }
            buf[o++] = ' ';
            continue;
        }
        in_word = 1;
        buf[o++] = c;
    }
    if (in_word)
        words++;
    buf[o] = '\0';
    ew_sym *syms;
    size_t k = ew_dict_split_phrase(st->d, buf, o, 1, &syms, NULL);
    if (!k || k > 16)
        return -1;
    *w = syms;
    *nw = (uint16_t)k;
    *head = (uint16_t)(head_at >= 0 && head_at < (int)k ? head_at : 0);
    return 0;
}

static void add_form(verb_state *st, const ew_sym *w, uint16_t n, uint16_t head,
                     const char *lemma, const char *code, long line)
{
    ew_verb_form *f = ew_arena_calloc(&st->d->arena, 1, sizeof *f);
    f->words = w;
    f->n = n;
    f->head = head;
    f->lemma = lemma;
    f->code = code;
    f->block = st->block;
    f->file = st->path;
    f->line = line;
    EW_VEC_PUSH(st->d->forms, f);
}

/* The form with its head word replaced by `word`. */
static void add_inflected(verb_state *st, const ew_sym *w, uint16_t n, uint16_t head,
                          const char *word, const char *lemma, const char *code, long line)
{
    ew_sym *c = ew_arena_alloc(&st->d->arena, n * sizeof *c);
    memcpy(c, w, n * sizeof *c);
    c[head] = ew_dict_intern(st->d, word, strlen(word));
    if (c[head] != EW_SYM_NONE)
        add_form(st, c, n, head, lemma, code, line);
}

static int irregular_forms(verb_state *st, char *list, const char *lemma,
                           const char *code, long line, int *has_s, int *has_ing)
{
    char *save_tok = NULL;
    for (char *tok = strtok_r(list, " \t", &save_tok); tok; tok = strtok_r(NULL, " \t", &save_tok)) {
        ew_sym *w;
        uint16_t n, head;
        if (parse_verb_phrase(st, tok, strlen(tok), &w, &n, &head) != 0)
            return -1;
        const char *hw = ew_dict_sym_text(st->d, w[head]);
        size_t hl = strlen(hw);
        if (hl > 1 && hw[hl - 1] == 'S') *has_s = 1;
        if (hl > 3 && strcmp(hw + hl - 3, "ING") == 0) *has_ing = 1;
        add_form(st, w, n, head, lemma, code, line);
    }
    return 0;
}

static void verb_line(verb_state *st, const ew_dict_line *ln)
{
    synset_flush(st);
    char buf[WORDBUF * 2], code[64] = "", forms[WORDBUF * 2] = "";
    snprintf(buf, sizeof buf, "%s", ln->text);
    int has_code = take_code(buf, code, sizeof code);
    char *ob = strchr(buf, '{');
    if (has_code < 0 || (ob && !strchr(ob, '}')) || (!ob && strchr(buf, '}'))) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "malformed verb line '%s'", ln->text);
        return;
    }
    if (ob) {
        char *cb = strchr(ob, '}');
        snprintf(forms, sizeof forms, "%.*s", (int)(cb - ob - 1), ob + 1);
        memset(ob, ' ', (size_t)(cb - ob + 1));
    }
    char *s = buf;
    while (isspace((unsigned char)*s)) s++;
    /* "LASH OUT" occurs for "LASH_OUT": blanks inside a verb join like '_' */
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) *--e = '\0';
    for (char *p = s; *p; p++)
        if (*p == ' ' || *p == '\t')
            *p = '_';
    size_t n = strlen(s);
    if (!st->block || st->block_closed || st->block_has_patterns)
        block_open(st, s, has_code > 0 ? code : "---", ln->lineno);
    ew_sym *w;
    uint16_t nw, head;
    if (parse_verb_phrase(st, s, n, &w, &nw, &head) != 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "malformed verb '%s'", s);
        return;
    }
    const char *lemma = ew_arena_strndup(&st->d->arena, s, n);
    const char *vcode = has_code > 0 ? ew_arena_strdup(&st->d->arena, code) : st->block->code;
    long line = ln->lineno;
    add_form(st, w, nw, head, lemma, vcode, line);
    int has_s = 0, has_ing = 0, irregular = forms[0] != '\0';
    if (irregular && irregular_forms(st, forms, lemma, vcode, line, &has_s, &has_ing) != 0) {
        ew_dict_reject(st->d, st->diag, st->path, line, "malformed irregular forms in '%s'", ln->text);
        return;
    }
    const char *base = ew_dict_sym_text(st->d, w[head]);
    char infl[WORDBUF];
    if (!has_s && ew_inflect_plural(base, infl, sizeof infl))
        add_inflected(st, w, nw, head, infl, lemma, vcode, line);
    if (!has_ing && ew_inflect_gerund(base, infl, sizeof infl))
        add_inflected(st, w, nw, head, infl, lemma, vcode, line);
    if (!irregular && ew_inflect_past(base, infl, sizeof infl))
        add_inflected(st, w, nw, head, infl, lemma, vcode, line);
}

/* ---- patterns --------------------------------------------------------- */

typedef struct elem_buf {
    ew_pat_elem e[MAX_ELEMS];
    int n;
    int syntax;
} elem_buf;

static int push_elem(elem_buf *b, ew_pat_kind kind, int joined, ew_sym w, uint32_t syn)
{
    if (b->n == MAX_ELEMS)
        return -1;
    b->e[b->n++] = (ew_pat_elem){(uint8_t)kind, (uint8_t)joined, w, syn};
    return 0;
}

/* One '_'-free piece of a pattern: brackets, a marker, a synset or a word. */
static int pattern_piece(verb_state *st, elem_buf *b, const char *p, size_t n,
                         int joined, const char **why)
{
    while (n && (*p == '{' || *p == '(')) {
        b->syntax = 2;
        if (push_elem(b, *p == '{' ? EW_PE_NP_OPEN : EW_PE_PP_OPEN, 0, 0, 0))
            return -1;
        p++, n--;
        joined = 0;
    }
    size_t closers = 0;
    while (closers < n && (p[n - 1 - closers] == '}' || p[n - 1 - closers] == ')'))
        closers++;
    size_t core = n - closers;
    if (core) {
        int rc;
        if ((core == 1 && *p == '*') || (core == 2 && p[0] == '*' && p[1] == '*'))
            rc = push_elem(b, EW_PE_VERB, joined, 0, 0);
        else if (core == 1 && *p == '$')
            rc = push_elem(b, EW_PE_SOURCE, joined, 0, 0);
        else if (core == 1 && *p == '+')
            rc = push_elem(b, EW_PE_TARGET, joined, 0, 0);
        else if (core == 1 && *p == '%')
            rc = push_elem(b, EW_PE_COMPOUND, joined, 0, 0);
        else if (core == 1 && *p == '^')
            rc = push_elem(b, EW_PE_SKIP, joined, 0, 0);
        else if (*p == '&') {
            long idx = find_synset(st->d, p, core);
            if (idx < 0) {
                *why = "undefined synset";
                return -1;
            }
            rc = push_elem(b, EW_PE_SYNSET, joined, 0, (uint32_t)idx);
        } else if (memchr(p, '|', core)) {
            *why = "disjunctive sets are not supported: use a synset";
            return -1;
        } else {
            ew_sym w = ew_dict_intern(st->d, p, core);
            if (w == EW_SYM_NONE) {
                *why = "over-long word";
                return -1;
            }
            rc = push_elem(b, EW_PE_WORD, joined, w, 0);
        }
        if (rc)
            return -1;
    }
    for (size_t i = core; i < n; i++)
        if (push_elem(b, p[i] == '}' ? EW_PE_NP_CLOSE : EW_PE_PP_CLOSE, 0, 0, 0))
            return -1;
    if (closers)
        b->syntax = 2;
    return 0;
}

static int pattern_elements(verb_state *st, elem_buf *b, char *s, const char **why)
{
    char *save_tok = NULL;
    for (char *tok = strtok_r(s, " \t", &save_tok); tok; tok = strtok_r(NULL, " \t", &save_tok)) {
        int joined = 0;
        char *p = tok;
        while (*p) {
            size_t n = strcspn(p, "_");
            if (n && pattern_piece(st, b, p, n, joined, why) != 0)
                return -1;
            p += n;
            if (*p == '_') {
                p++;
                joined = 1;
            }
        }
    }
    return 0;
}

static int check_brackets(const elem_buf *b)
{
    int np = 0, pp = 0;
    for (int i = 0; i < b->n; i++) {
        switch (b->e[i].kind) {
        case EW_PE_NP_OPEN: np++; break;
        case EW_PE_NP_CLOSE: if (--np < 0) return -1; break;
        case EW_PE_PP_OPEN: pp++; break;
        case EW_PE_PP_CLOSE: if (--pp < 0) return -1; break;
        default: break;
        }
    }
    return np == 0 && pp == 0 ? 0 : -1;
}

static void pattern_line(verb_state *st, const ew_dict_line *ln)
{
    synset_flush(st);
    if (!st->block) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "pattern outside a verb block");
        return;
    }
    char buf[WORDBUF * 2], code[64];
    snprintf(buf, sizeof buf, "%s", ln->text + 1);
    int hc = take_code(buf, code, sizeof code);
    if (hc <= 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno,
                       hc < 0 ? "malformed [code] in pattern" : "pattern has no [code]");
        return;
    }
    elem_buf b = {.n = 0, .syntax = 1};
    const char *why = "too many elements";
    if (pattern_elements(st, &b, buf, &why) != 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "pattern rejected: %s", why);
        return;
    }
    if (check_brackets(&b) != 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno,
                       "pattern rejected: unbalanced { } or ( )");
        return;
    }
    if (b.n == 0) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "empty pattern");
        return;
    }
    ew_pattern p = {0};
    ew_pat_elem *e = ew_arena_alloc(&st->d->arena, (size_t)b.n * sizeof *e);
    memcpy(e, b.e, (size_t)b.n * sizeof *e);
    p.el = e;
    p.n = (uint16_t)b.n;
    p.verb_at = p.n;
    for (uint16_t i = 0; i < p.n; i++)
        if (e[i].kind == EW_PE_VERB) { p.verb_at = i; break; }
    p.syntax = (uint8_t)b.syntax;
    p.code = ew_arena_strdup(&st->d->arena, code);
    p.text = ew_arena_strdup(&st->d->arena, ln->text);
    p.file = st->path;
    p.line = ln->lineno;
    EW_VEC_PUSH(st->pats, p);
    st->block_has_patterns = 1;
}

static void transform_line(verb_state *st, const ew_dict_line *ln)
{
    synset_flush(st);
    if (!strchr(ln->text, '=')) {
        ew_dict_reject(st->d, st->diag, st->path, ln->lineno, "transformation without '='");
        return;
    }
    ew_transform t = {ew_arena_strdup(&st->d->arena, ln->text), st->path, ln->lineno};
    EW_VEC_PUSH(st->d->transforms, t);
}

int ew_dict_load_verbs(ew_dict *d, const char *path, ew_diag *diag)
{
    ew_dict_lines r;
    if (ew_dict_open_source(d, &r, path) != 0) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot read verb dictionary: %s",
                       strerror(errno));
        return -1;
    }
    verb_state st = {.d = d, .diag = diag, .path = path};
    ew_dict_line ln;
    int blank;
    while (ew_dict_lines_next(&r, &ln, &blank)) {
        d->stats.lines_read++;
        if (blank && st.block_has_patterns)
            st.block_closed = 1;
        char c = ln.text[0];
        if (c == '&')
            synset_start(&st, &ln);
        else if (c == '+' && st.synset)
            synset_member(&st, &ln);
        else if (c == '-' && strncmp(ln.text, "---", 3) == 0)
            header_line(&st, &ln);
        else if (c == '-')
            pattern_line(&st, &ln);
        else if (c == '~')
            transform_line(&st, &ln);
        else
            verb_line(&st, &ln);
    }
    synset_flush(&st);
    block_flush(&st);
    free(st.pats.v);
    free(st.syn_phr.v);
    free(st.syn_len.v);
    ew_dict_lines_close(&r);
    return 0;
}
