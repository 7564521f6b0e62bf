/*
 * suite_xml.c -- PETRARCH XML validation suites and plain PETRARCH XML
 * input, read with libxml2.
 *
 *   <Validation>                        (optional wrapper)
 *     <Environment> ... <Config option= value=/> </Environment>
 *     <Sentences>
 *       <Config option="require_dyad" value="false"/>   (applies from here on)
 *       <Sentence date= id= category= sentence= valid= source= place=>
 *         <EventCoding sourcecode= targetcode= eventcode= | noevents= | error=/>
 *         <Text> ... </Text>  <Parse> ... </Parse>  <Skip/>
 *       </Sentence>
 *       <Stop/>                           (ends the suite)
 *     </Sentences>
 *   </Validation>
 *
 * <Config> is cumulative state: every record gets the options in force when
 * it was read.  The state is copy-on-write (a change makes a new array), so
 * records share one array until the next <Config>.
 *
 * libxml2 is told never to touch the network and never to print: its parse
 * errors come back through the context and are reported here with the line.
 * A document that is not well-formed is read again in recovery mode, so that
 * one broken record does not lose the whole file (the breakage is reported).
 * Text is whitespace-collapsed (the format wraps sentences over lines) so
 * token spans computed on it are meaningful.
 */
#include "io/suite.h"

#include <errno.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct xr {
    const char *name;
    ew_suite *out;
    size_t cap;
    ew_arena *arena;
    ew_diag *diag;
    ew_suite_option *opt;     /* current <Config> state (arena, shared) */
    size_t nopt;
    int stopped;
    int validation;           /* a suite (<Validation>/<Environment>), not plain input */
} xr;

static int is_elem(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

/* Attribute value copied to the arena (trimmed), or NULL. */
static const char *attr(xr *x, xmlNode *n, const char *name)
{
    for (xmlAttr *a = n->properties; a; a = a->next) {
        if (strcasecmp((const char *)a->name, name) != 0)
            continue;
        xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
        const char *s = v ? (const char *)v : "";
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
            s++;
        size_t len = strlen(s);
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'
                       || s[len - 1] == '\n' || s[len - 1] == '\r'))
            len--;
        const char *out = ew_arena_strndup(x->arena, s, len);
        xmlFree(v);
        return out;
    }
    return NULL;
}

/* Element text with runs of white space collapsed to one space, trimmed. */
static const char *text_of(xr *x, xmlNode *n)
{
    xmlChar *v = xmlNodeGetContent(n);
    if (!v)
        return ew_arena_strdup(x->arena, "");
    size_t len = strlen((const char *)v), k = 0;
    char *out = ew_arena_alloc(x->arena, len + 1);
    int space = 0;
    for (const unsigned char *p = v; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = k > 0;
            continue;
        }
        if (space)
            out[k++] = ' ';
        space = 0;
        out[k++] = (char)*p;
    }
    out[k] = '\0';
    xmlFree(v);
    return out;
}

static int truth(const char *v)
{
    if (!v)
        return -1;
    return strcasecmp(v, "true") == 0 || strcmp(v, "1") == 0 || strcasecmp(v, "yes") == 0;
}

static void config(xr *x, xmlNode *n)
{
    const char *name = attr(x, n, "option"), *value = attr(x, n, "value");
    if (!name || !*name || !value) {
        ew_diag_report(x->diag, EW_WARN, x->name, xmlGetLineNo(n), NULL,
                       "<Config> without option= and value= ignored");
        return;
    }
    size_t k = 0;
    while (k < x->nopt && strcasecmp(x->opt[k].name, name) != 0)
        k++;
    size_t n2 = x->nopt + (k == x->nopt);
    ew_suite_option *v = ew_arena_calloc(x->arena, n2, sizeof *v);
    if (x->nopt)
        memcpy(v, x->opt, x->nopt * sizeof *v);
    v[k].name = name;
    v[k].value = value;
    x->opt = v;
    x->nopt = n2;
}

static void event_coding(xr *x, ew_suite_record *r, xmlNode *n)
{
    const char *ne = attr(x, n, "noevents"), *err = attr(x, n, "error");
    if (ne)
        r->noevents = truth(ne) != 0;
    if (err)
        r->error = err;
    const char *src = attr(x, n, "sourcecode"), *tgt = attr(x, n, "targetcode"),
               *code = attr(x, n, "eventcode");
    if (!src && !tgt && !code)
        return;
    ew_expected_coding *v = ew_arena_calloc(x->arena, r->n_expected + 1, sizeof *v);
    if (r->n_expected)
        memcpy(v, r->expected, r->n_expected * sizeof *v);
    v[r->n_expected++] = (ew_expected_coding){src, tgt, code};
    r->expected = v;
}

static const char *category_from_id(xr *x, const char *id)
{
    const char *dash = strrchr(id, '-');
    return dash ? ew_arena_strndup(x->arena, id, (size_t)(dash - id)) : NULL;
}

/* Fills r from <Sentence>; -1 (reported) when the record must be skipped. */
static int fill_sentence(xr *x, ew_suite_record *r, xmlNode *n)
{
    long line = xmlGetLineNo(n);
    r->file = x->name;
    r->line = line;
    r->id = attr(x, n, "id");
    if (!r->id || !*r->id)
        r->id = ew_arena_printf(x->arena, "line-%ld", line);
    const char *date = attr(x, n, "date");
    r->date = ew_suite_parse_date(date);
    if (!r->date) {
        ew_diag_report(x->diag, EW_ERROR, x->name, line, r->id,
                       date ? "unreadable date \"%s\"; record skipped"
                            : "<Sentence> without date=%s; record skipped",
                       date ? date : "");
        return -1;
    }
    r->category = attr(x, n, "category");
    if (!r->category)
        r->category = category_from_id(x, r->id);
    r->source = attr(x, n, "source");
    r->sentence = truth(attr(x, n, "sentence"));
    r->valid = truth(attr(x, n, "valid"));
    r->options = x->opt;
    r->n_options = x->nopt;
    for (xmlNode *k = n->children; k; k = k->next) {
        if (is_elem(k, "Text"))
            r->text = text_of(x, k);
        else if (is_elem(k, "Parse"))
            r->ptb = text_of(x, k);
        else if (is_elem(k, "EventCoding"))
            event_coding(x, r, k);
        else if (is_elem(k, "Skip"))
            r->skip = 1;
        else if (is_elem(k, "Config"))
            config(x, k);   /* PETRARCH applies it to the records after */
    }
    /* in a suite, a record without any <EventCoding> expects nothing (the
     * PETRARCH documentation; the JSON Lines edition says so explicitly) */
    int coded = 0;
    for (xmlNode *k = n->children; k; k = k->next)
        coded |= is_elem(k, "EventCoding");
    if (x->validation && !coded)
        r->noevents = 1;
    if (!r->text && !r->ptb) {
        ew_diag_report(x->diag, EW_ERROR, x->name, line, r->id,
                       "<Sentence> has neither <Text> nor <Parse>; record skipped");
        return -1;
    }
    return 0;
}

static void sentences(xr *x, xmlNode *list)
{
    for (xmlNode *n = list->children; n && !x->stopped; n = n->next) {
        if (is_elem(n, "Sentence")) {
            ew_suite_record *r = ew_suite_push(x->out, &x->cap, x->arena);
            if (fill_sentence(x, r, n) != 0)
                x->out->n--;
        } else if (is_elem(n, "Config")) {
            config(x, n);
        } else if (is_elem(n, "Stop")) {
            x->stopped = 1;
        }
    }
}

static void environment(xr *x, xmlNode *env)
{
    for (xmlNode *n = env->children; n; n = n->next)
        if (is_elem(n, "Config"))
            config(x, n);
}

/* The <Sentences> list: the root itself or a child of the root. */
static int read_doc(xr *x, xmlDoc *doc)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    if (root && is_elem(root, "Sentences")) {
        x->validation = 0;
        sentences(x, root);
        return 0;
    }
    int found = 0;
    x->validation = 1;
    for (xmlNode *n = root ? root->children : NULL; n && !x->stopped; n = n->next) {
        if (is_elem(n, "Environment"))
            environment(x, n);
        else if (is_elem(n, "Config"))
            config(x, n);
        else if (is_elem(n, "Sentences")) {
            sentences(x, n);
            found = 1;
        }
    }
    if (!found) {
        ew_diag_report(x->diag, EW_ERROR, x->name, root ? xmlGetLineNo(root) : 0,
                       NULL, "no <Sentences> element: not a PETRARCH XML file");
        return -1;
    }
    return 0;
}

static void report_xml_error(xr *x, xmlParserCtxt *ctx)
{
    const xmlError *e = xmlCtxtGetLastError(ctx);
    char msg[256];
    snprintf(msg, sizeof msg, "%s", e && e->message ? e->message : "unreadable XML");
    size_t len = strlen(msg);
    while (len && msg[len - 1] == '\n')
        msg[--len] = '\0';
    ew_diag_report(x->diag, EW_ERROR, x->name, e ? e->line : 0, NULL,
                   "XML: %s (reading on in recovery mode)", msg);
}

enum { XML_OPTS = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING };

/* libxml2 prints some problems (encoding errors, I/O) through its generic
 * handler whatever the parse options say; the library must not print, so
 * that handler is silenced for the duration of a parse and then restored
 * (it is per-thread state in libxml2). */
static void quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static int parse_mem_quietly(xr *x, const char *buf, size_t len);

static int parse_mem(xr *x, const char *buf, size_t len)
{
    xmlInitParser();
    xmlGenericErrorFunc old = xmlGenericError;
    void *old_ctx = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, quiet);
    int rc = parse_mem_quietly(x, buf, len);
    xmlSetGenericErrorFunc(old_ctx, old);
    return rc;
}

static int parse_mem_quietly(xr *x, const char *buf, size_t len)
{
    x->out->rec = NULL;
    x->out->n = 0;
    xmlParserCtxt *ctx = xmlNewParserCtxt();
    if (!ctx) {
        ew_diag_report(x->diag, EW_ERROR, x->name, 0, NULL, "out of memory");
        return -1;
    }
    int ilen = len > (size_t)0x7fffffff ? 0x7fffffff : (int)len;
    xmlDoc *doc = xmlCtxtReadMemory(ctx, buf, ilen, x->name, NULL, XML_OPTS);
    if (!doc) {
        report_xml_error(x, ctx);
        doc = xmlCtxtReadMemory(ctx, buf, ilen, x->name, NULL, XML_OPTS | XML_PARSE_RECOVER);
    }
    int rc = doc ? read_doc(x, doc) : -1;
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctx);
    return rc;
}

/* The whole file in one heap block (libxml2's own loader would print its
 * I/O errors), NULL when unreadable (reported). */
static char *slurp(xr *x, size_t *len)
{
    FILE *f = fopen(x->name, "rb");
    if (!f) {
        ew_diag_report(x->diag, EW_ERROR, x->name, 0, NULL, "cannot open: %s",
                       strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (n == cap) {
            char *b = realloc(buf, cap = cap ? cap * 2 : 1 << 16);
            if (!b) {
                free(buf);
                fclose(f);
                ew_diag_report(x->diag, EW_ERROR, x->name, 0, NULL, "out of memory");
                return NULL;
            }
            buf = b;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        ew_diag_report(x->diag, EW_ERROR, x->name, 0, NULL, "read error");
        return NULL;
    }
    *len = n;
    return buf;
}

int ew_suite_read_xml(const char *path, ew_suite *out, ew_arena *arena,
                      ew_diag *diag)
{
    xr x = {ew_arena_strdup(arena, path), out, 0, arena, diag, NULL, 0, 0, 0};
    out->rec = NULL;
    out->n = 0;
    size_t len = 0;
    char *buf = slurp(&x, &len);
    if (!buf)
        return -1;
    int rc = parse_mem(&x, buf, len);
    free(buf);
    return rc;
}

int ew_suite_parse_xml(const char *buf, size_t len, const char *name,
                       ew_suite *out, ew_arena *arena, ew_diag *diag)
{
    xr x = {name, out, 0, arena, diag, NULL, 0, 0, 0};
    return parse_mem(&x, buf ? buf : "", buf ? len : 0);
}
