/*
 * doc_xml.c -- XML documents through libxml2: RSS 2.0 (<rss><channel>
 * <item>), Atom (<feed><entry>) and PETRARCH input (<Sentences><Sentence
 * date= id= source=><Text>).  One item/entry/Sentence is one document.
 *
 * The parser runs with NONET and without entity substitution, so a feed
 * cannot make us fetch URLs or expand external entities (XXE).  Feed
 * bodies usually carry HTML; tags are dropped and white space collapsed so
 * the coder sees prose.
 */
#include "io/doc_impl.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "store/date.h"

static int is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static xmlNode *child(const xmlNode *n, const char *name)
{
    for (xmlNode *k = n ? n->children : NULL; k; k = k->next)
        if (is(k, name))
            return k;
    return NULL;
}

/* Element text with HTML tags removed and white space collapsed; caller
 * frees.  NULL when the element is absent. */
static char *text_of(const xmlNode *n)
{
    if (!n)
        return NULL;
    xmlChar *raw = xmlNodeGetContent(n);
    if (!raw)
        return NULL;
    size_t len = strlen((const char *)raw);
    char *out = malloc(len + 1), *o = out;
    int in_tag = 0, space = 0;
    for (const char *p = (const char *)raw; out && *p; p++) {
        if (*p == '<') { in_tag = 1; space = 1; continue; }
        if (in_tag) { in_tag = *p != '>'; continue; }
        if (strchr(" \t\r\n", *p)) { space = 1; continue; }
        if (space && o > out)
            *o++ = ' ';
        space = 0;
        *o++ = *p;
    }
    if (out)
        *o = 0;
    xmlFree(raw);
    return out;
}

static char *attr(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *s = v ? strdup((const char *)v) : NULL;
    xmlFree(v);
    return s;
}

typedef struct item {
    char *id, *date, *title, *text, *url;
} item;

static void item_free(item *it)
{
    free(it->id); free(it->date); free(it->title); free(it->text); free(it->url);
}

static int emit(ew_doc_ctx *c, const xmlNode *n, item *it, int32_t date, const char *source)
{
    long line = xmlGetLineNo(n);
    int rc;
    if (!it->text || !ew_doc_has_text(it->text))
        rc = ew_doc_reject_rec(c, line, it->id, EW_REJ_EMPTY, "empty text");
    else if (strlen(it->text) > c->max_bytes)
        rc = ew_doc_reject_rec(c, line, it->id, EW_REJ_SIZE, "document over %zu bytes", c->max_bytes);
    else {
        char gen[64];
        if (!it->id)
            snprintf(gen, sizeof gen, "%s:%ld", c->base, line);
        ew_doc d = {.id = it->id ? it->id : gen, .date = date, .source = source,
                    .url = it->url, .title = it->title, .text = it->text,
                    .text_len = strlen(it->text), .file = c->name, .line = line};
        if (!date) /* kept, dated by the fallback rule (doc_reader.h) */
            ew_doc_date_fallback(c, &d, it->date);
        rc = ew_doc_accept(c, &d);
    }
    item_free(it);
    return rc;
}

/* A feed-level date element (RFC 822 in RSS, ISO 8601 in Atom); 0 if none. */
static int32_t feed_date(const xmlNode *n)
{
    char *s = text_of(n);
    int32_t d = ew_date_parse_rfc822(s);
    if (!d)
        d = ew_date_parse(s);
    free(s);
    return d;
}

static int rss(ew_doc_ctx *c, const xmlNode *root)
{
    const xmlNode *ch = child(root, "channel");
    char *feed = text_of(child(ch, "title"));
    c->feed_date = feed_date(child(ch, "lastBuildDate"));
    if (!c->feed_date)
        c->feed_date = feed_date(child(ch, "pubDate"));
    const char *source = c->opts.source ? c->opts.source : feed;
    int rc = 0;
    for (const xmlNode *n = ch ? ch->children : NULL; n && !rc; n = n->next) {
        if (!is(n, "item"))
            continue;
        item it = {.id = text_of(child(n, "guid")), .date = text_of(child(n, "pubDate")),
                   .title = text_of(child(n, "title")), .url = text_of(child(n, "link"))};
        it.text = text_of(child(n, "encoded")); /* content:encoded, fuller than description */
        if (!it.text)
            it.text = text_of(child(n, "description"));
        int32_t date = ew_date_parse_rfc822(it.date);
        if (!date)
            date = ew_date_parse(it.date);
        rc = emit(c, n, &it, date, source);
    }
    free(feed);
    return rc;
}

static int atom(ew_doc_ctx *c, const xmlNode *root)
{
    char *feed = text_of(child(root, "title"));
    const char *source = c->opts.source ? c->opts.source : feed;
    c->feed_date = feed_date(child(root, "updated"));
    int rc = 0;
    for (const xmlNode *n = root->children; n && !rc; n = n->next) {
        if (!is(n, "entry"))
            continue;
        item it = {.id = text_of(child(n, "id")), .title = text_of(child(n, "title"))};
        it.date = text_of(child(n, "published"));
        if (!it.date)
            it.date = text_of(child(n, "updated"));
        it.text = text_of(child(n, "content"));
        if (!it.text)
            it.text = text_of(child(n, "summary"));
        const xmlNode *link = child(n, "link");
        it.url = link ? attr(link, "href") : NULL;
        rc = emit(c, n, &it, ew_date_parse(it.date), source);
    }
    free(feed);
    return rc;
}

static int petrarch(ew_doc_ctx *c, const xmlNode *root)
{
    int rc = 0;
    for (const xmlNode *n = root->children; n && !rc; n = n->next) {
        if (!is(n, "Sentence"))
            continue;
        item it = {.id = attr(n, "id"), .date = attr(n, "date"), .text = text_of(child(n, "Text"))};
        char *src = attr(n, "source");
        rc = emit(c, n, &it, ew_date_parse(it.date), c->opts.source ? c->opts.source : src);
        free(src);
    }
    return rc;
}

int ew_doc_xml_mem(ew_doc_ctx *c, const char *buf, size_t n)
{
    if (n > (size_t)0x7fffffff)
        return ew_doc_reject_rec(c, 0, NULL, EW_REJ_SIZE, "XML file too large");
    xmlDoc *doc = xmlReadMemory(buf, (int)n, c->name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        const char *msg = e && e->message ? e->message : "parse error";
        int len = (int)strcspn(msg, "\n");
        return ew_doc_reject_rec(c, e ? e->line : 0, NULL, EW_REJ_SYNTAX, "broken XML: %.*s", len, msg);
    }
    const xmlNode *root = xmlDocGetRootElement(doc);
    int rc;
    if (is(root, "rss"))
        rc = rss(c, root);
    else if (is(root, "feed"))
        rc = atom(c, root);
    else if (is(root, "Sentences"))
        rc = petrarch(c, root);
    else
        rc = ew_doc_reject_rec(c, root ? xmlGetLineNo(root) : 0, NULL, EW_REJ_SYNTAX,
                               "unknown XML document <%s>", root ? (const char *)root->name : "");
    xmlFreeDoc(doc);
    return rc;
}
