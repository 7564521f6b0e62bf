/*
 * petrxml.c -- PETRARCH <Sentence> records through libxml2 (petrxml.h).
 */
#include "code/petrxml.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

static const char *attr(xmlNode *n, const char *name, ew_arena *a)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    /* trim: the sample files write id ="..." with stray blanks */
    const char *s = (const char *)v;
    while (*s == ' ')
        s++;
    size_t len = strlen(s);
    while (len && s[len - 1] == ' ')
        len--;
    char *r = ew_arena_strndup(a, s, len);
    xmlFree(v);
    return r;
}

/* Element text with runs of white space collapsed to one blank. */
static const char *child_text(xmlNode *n, const char *name, ew_arena *a)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, name))
            continue;
        xmlChar *v = xmlNodeGetContent(c);
        if (!v)
            return NULL;
        size_t len = strlen((const char *)v);
        char *r = ew_arena_alloc(a, len + 1), *w = r;
        int blank = 1;
        for (const char *p = (const char *)v; *p; p++) {
            int sp = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
            if (sp && blank)
                continue;
            *w++ = sp ? ' ' : *p;
            blank = sp;
        }
        while (w > r && w[-1] == ' ')
            w--;
        *w = 0;
        xmlFree(v);
        return r;
    }
    return NULL;
}

static void add(ew_petr_sentence **v, long *n, long *cap, ew_petr_sentence s,
                ew_arena *a)
{
    if (*n == *cap) {
        long nc = *cap ? *cap * 2 : 256;
        ew_petr_sentence *nv = ew_arena_alloc(a, sizeof *nv * (size_t)nc);
        if (*n)
            memcpy(nv, *v, sizeof *nv * (size_t)*n);
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = s;
}

/* YYYYMMDD with a real month and day, else 0. */
static int32_t parse_ymd(const char *d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (!d || strlen(d) != 8 || strspn(d, "0123456789") != 8)
        return 0;
    long v = atol(d);
    int y = (int)(v / 10000), m = (int)(v / 100 % 100), day = (int)(v % 100);
    if (y < 1 || m < 1 || m > 12 || day < 1 || day > mdays[m - 1])
        return 0;
    if (m == 2 && day == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 0;
    return (int32_t)v;
}

static void collect(xmlNode *n, const char *path, ew_petr_sentence **v,
                    long *cnt, long *cap, ew_arena *a, ew_diag *diag)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp((const char *)n->name, "Sentence")) {
            collect(n->children, path, v, cnt, cap, a, diag);
            continue;
        }
        ew_petr_sentence s = {0};
        s.id = attr(n, "id", a);
        const char *d = attr(n, "date", a);
        s.date = parse_ymd(d);
        s.text = child_text(n, "Text", a);
        s.parse = child_text(n, "Parse", a);
        s.line = (long)xmlGetLineNo(n);
        if (!s.id || !s.parse) {
            ew_diag_report(diag, EW_ERROR, path, s.line, s.id,
                           "sentence without %s; skipped", !s.id ? "id" : "<Parse>");
            continue;
        }
        /* A missing or "NA" date loses the date, not the sentence: the
         * caller may supply a default, else its events are undated. */
        if (!s.date)
            ew_diag_report(diag, EW_WARN, path, s.line, s.id,
                           "date '%s' is not a valid YYYYMMDD; coded undated",
                           d ? d : "(missing)");
        add(v, cnt, cap, s, a);
    }
}

long ew_petrxml_read(const char *path, ew_petr_sentence **out, ew_arena *a,
                     ew_diag *diag)
{
    *out = NULL;
    xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                              XML_PARSE_NOWARNING | XML_PARSE_HUGE);
    if (!doc) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot read as XML");
        return -1;
    }
    long n = 0, cap = 0;
    collect(xmlDocGetRootElement(doc), path, out, &n, &cap, a, diag);
    xmlFreeDoc(doc);
    return n;
}
