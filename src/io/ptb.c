/*
 * ptb.c -- reader for Penn Treebank bracketed trees (see io/ptb.h).
 *
 * The reader is iterative: an explicit stack of open brackets instead of
 * recursion, so a hostile "((((((..." costs heap, never the C stack, and
 * stops at EW_PTB_MAX_DEPTH.  Children of the open brackets are collected
 * on one scratch array and copied into the arena when their bracket closes,
 * so every node's kids[] is a single exact-size arena block.
 *
 * Leaves are kept as preterminals: (TAG word).  Words are turned back into
 * text (-LRB- -> "(", `` -> '"', \/ -> "/"), labels are kept as written.
 * Empty elements (-NONE- traces of the treebank itself) are dropped, and so
 * are constituents left empty by that, because nothing downstream can align
 * or code a word that was never said.  The classic treebank outer bracket
 * with no label, "( (S ...) )", is read as ROOT.
 */
#include "io/ptb.h"

#include <stdlib.h>
#include <string.h>

/* Deep enough for any real sentence (treebank trees rarely pass 60),
 * shallow enough that recursive walks over the tree stay cheap. */
#define EW_PTB_MAX_DEPTH 400

typedef struct scan {
    const char *p;
    ew_arena *arena;
    ew_diag *diag;
    const char *file;
    long line;
    const char *record;
    /* scratch: open brackets and pending children */
    ew_ptb_node **open;
    size_t *kid_base;     /* where each open node's children start in kids */
    size_t nopen;
    ew_ptb_node **kids;
    size_t nkids, capkids;
    int ntok;             /* preterminals seen so far */
} scan;

static int is_sep(char c)
{
    return c == '(' || c == ')' || c == ' ' || c == '\t' || c == '\n'
        || c == '\r' || c == '\f' || c == '\v' || c == '\0';
}

static void skip_space(scan *s)
{
    while (*s->p && is_sep(*s->p) && *s->p != '(' && *s->p != ')')
        s->p++;
}

/* Reads one atom (label or word); returns its length, 0 when none. */
static size_t atom(scan *s, const char **start)
{
    *start = s->p;
    while (!is_sep(*s->p))
        s->p++;
    return (size_t)(s->p - *start);
}

static const struct { const char *esc, *text; } escapes[] = {
    {"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"}, {"-RCB-", "}"},
    {"-LSB-", "["}, {"-RSB-", "]"}, {"``", "\""}, {"''", "\""},
};

/* Penn escapes back to text; "\/" and "\*" lose their backslash. */
static const char *unescape(ew_arena *a, const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof escapes / sizeof escapes[0]; i++)
        if (strlen(escapes[i].esc) == n && memcmp(w, escapes[i].esc, n) == 0)
            return escapes[i].text;
    char *out = ew_arena_alloc(a, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '\\' && i + 1 < n && (w[i + 1] == '/' || w[i + 1] == '*'))
            continue;
        out[k++] = w[i];
    }
    out[k] = '\0';
    return out;
}

static int fail(scan *s, const char *why)
{
    ew_diag_report(s->diag, EW_ERROR, s->file, s->line, s->record,
                   "bad Penn tree: %s", why);
    return -1;
}

static int push_kid(scan *s, ew_ptb_node *n)
{
    if (s->nkids == s->capkids) {
        size_t cap = s->capkids ? s->capkids * 2 : 64;
        ew_ptb_node **v = realloc(s->kids, cap * sizeof *v);
        if (!v)
            return fail(s, "out of memory");
        s->kids = v;
        s->capkids = cap;
    }
    s->kids[s->nkids++] = n;
    return 0;
}

/* After '(': reads the label and opens a node. */
static int open_node(scan *s)
{
    if (s->nopen >= EW_PTB_MAX_DEPTH)
        return fail(s, "nested deeper than the limit");
    skip_space(s);
    const char *lab;
    size_t n = atom(s, &lab);
    if (n == 0 && s->nopen > 0)
        return fail(s, "empty label");
    ew_ptb_node *node = ew_arena_calloc(s->arena, 1, sizeof *node);
    node->label = n ? ew_arena_strndup(s->arena, lab, n) : "ROOT";
    node->first = node->last = node->head = node->head_kid = -1;
    s->open[s->nopen] = node;
    s->kid_base[s->nopen] = s->nkids;
    s->nopen++;
    return 0;
}

/* A word inside the open node: it must be a preterminal's only content. */
static int add_word(scan *s)
{
    ew_ptb_node *top = s->open[s->nopen - 1];
    const char *w;
    size_t n = atom(s, &w);
    if (top->word || s->nkids != s->kid_base[s->nopen - 1])
        return fail(s, "words and phrases mixed in one bracket");
    top->word = unescape(s->arena, w, n);
    return 0;
}

/* ')' : closes the innermost node and hands it to its parent. */
static int close_node(scan *s, ew_ptb_node **root)
{
    if (s->nopen == 0)
        return fail(s, "unbalanced ')'");
    ew_ptb_node *node = s->open[--s->nopen];
    size_t base = s->kid_base[s->nopen];
    node->nkids = (int)(s->nkids - base);
    if (node->nkids) {
        node->kids = ew_arena_alloc(s->arena, (size_t)node->nkids * sizeof *node->kids);
        memcpy(node->kids, s->kids + base, (size_t)node->nkids * sizeof *node->kids);
        node->first = node->kids[0]->first;
        node->last = node->kids[node->nkids - 1]->last;
    }
    s->nkids = base;
    /* head == -2 marks "a child was dropped as an empty element" */
    int dropped = node->head == -2;
    node->head = -1;
    int empty = node->word ? strcmp(node->label, "-NONE-") == 0 : node->nkids == 0;
    if (node->word && !empty)
        node->first = node->last = s->ntok++;
    else if (!node->word && node->nkids == 0 && !dropped)
        return fail(s, "empty bracket");
    if (s->nopen == 0) {
        if (empty)
            return fail(s, "tree has no words");
        *root = node;
        return 0;
    }
    if (empty) {
        s->open[s->nopen - 1]->head = -2;
        return 0;
    }
    if (s->open[s->nopen - 1]->word)
        return fail(s, "words and phrases mixed in one bracket");
    return push_kid(s, node);
}

static ew_ptb_node *run(scan *s)
{
    ew_ptb_node *root = NULL;
    skip_space(s);
    if (*s->p != '(') {
        fail(s, "does not start with '('");
        return NULL;
    }
    while (*s->p && !root) {
        char c = *s->p;
        int rc;
        if (c == '(') {
            s->p++;
            rc = open_node(s);
        } else if (c == ')') {
            s->p++;
            rc = close_node(s, &root);
        } else if (is_sep(c)) {
            skip_space(s);
            rc = 0;
        } else {
            rc = s->nopen ? add_word(s) : fail(s, "text outside brackets");
        }
        if (rc)
            return NULL;
    }
    if (!root) {
        fail(s, "unbalanced: missing ')'");
        return NULL;
    }
    skip_space(s);
    if (*s->p) {
        fail(s, "text after the end of the tree");
        return NULL;
    }
    return root;
}

ew_ptb_node *ew_ptb_parse(const char *text, ew_arena *arena, ew_diag *diag,
                          const char *file, long line, const char *record)
{
    scan s = {0};
    s.p = text ? text : "";
    s.arena = arena;
    s.diag = diag;
    s.file = file;
    s.line = line;
    s.record = record;
    s.open = malloc(EW_PTB_MAX_DEPTH * sizeof *s.open);
    s.kid_base = malloc(EW_PTB_MAX_DEPTH * sizeof *s.kid_base);
    ew_ptb_node *root = NULL;
    if (s.open && s.kid_base)
        root = run(&s);
    else
        fail(&s, "out of memory");
    free(s.open);
    free(s.kid_base);
    free(s.kids);
    return root;
}
