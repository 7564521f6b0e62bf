/*
 * doc_read.c -- format dispatch and plain-text documents (doc_reader.h).
 *
 * The format is recognised from the content, not the file name, because
 * feeds are often saved as .txt or without extension: a first non-blank
 * byte '<' means XML, '{' means JSON Lines, anything else is plain text.
 */
#include "io/doc_impl.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "store/date.h"

#define DEFAULT_MAX (10u * 1024 * 1024)

static const char *const reasons[EW_REJ_COUNT] = {
    [EW_REJ_SYNTAX] = "broken record", [EW_REJ_DATE] = "bad date",
    [EW_REJ_EMPTY] = "empty text", [EW_REJ_SIZE] = "over size limit",
    [EW_REJ_IO] = "unreadable file",
};

const char *ew_doc_reject_name(ew_doc_reject r)
{
    return r < EW_REJ_COUNT ? reasons[r] : "?";
}

void ew_doc_ctx_init(ew_doc_ctx *c, const char *name, const ew_doc_opts *opts,
                     ew_doc_fn fn, void *user, ew_diag *diag, ew_doc_stats *stats)
{
    memset(c, 0, sizeof *c);
    c->name = name ? name : "-";
    const char *slash = strrchr(c->name, '/');
    c->base = slash ? slash + 1 : c->name;
    if (opts)
        c->opts = *opts;
    c->max_bytes = c->opts.max_bytes ? c->opts.max_bytes : DEFAULT_MAX;
    c->fn = fn;
    c->user = user;
    c->diag = diag;
    c->stats = stats ? stats : &c->local;
}

int ew_doc_reject_rec(ew_doc_ctx *c, long line, const char *record, ew_doc_reject why,
                      const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->stats->rejected[why]++;
    ew_diag_report(c->diag, EW_ERROR, c->name, line, record, "%s", msg);
    return 0;
}

int ew_doc_accept(ew_doc_ctx *c, const ew_doc *d)
{
    c->stats->read++;
    return c->fn ? c->fn(c->user, d) : 0;
}

int ew_doc_has_text(const char *s)
{
    for (; *s; s++)
        if (!strchr(" \t\r\n\f\v", *s))
            return 1;
    return 0;
}

/* Slurps a file up to max+1 bytes (enough to know it is oversize). */
static char *slurp(FILE *f, size_t max, size_t *n)
{
    size_t cap = 65536, len = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (len > max || got == 0)
            break;
        if (len == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
            cap *= 2;
        }
    }
    if (buf)
        buf[len] = 0;
    *n = len;
    return buf;
}

static int plain_text(ew_doc_ctx *c, const char *buf, size_t n)
{
    if (n > c->max_bytes)
        return ew_doc_reject_rec(c, 1, c->base, EW_REJ_SIZE, "document over %zu bytes", c->max_bytes);
    if (!ew_doc_has_text(buf))
        return ew_doc_reject_rec(c, 1, c->base, EW_REJ_EMPTY, "empty text");
    if (strlen(buf) != n)
        return ew_doc_reject_rec(c, 1, c->base, EW_REJ_SYNTAX, "NUL byte in text file");
    ew_doc d = {.id = c->base, .date = c->opts.default_date, .source = c->opts.source,
                .text = buf, .text_len = n, .file = c->name, .line = 1};
    /* plain text has no date of its own: without --date its dateline may
     * carry one (with a year); else it stays unknown, as before */
    if (!d.date && (d.date = ew_doc_text_date(buf, n, 0)))
        d.date_from = EW_DATE_DATELINE;
    else if (!d.date)
        d.date_from = EW_DATE_UNKNOWN;
    return ew_doc_accept(c, &d);
}

static int first_byte(FILE *f)
{
    int ch;
    while ((ch = getc(f)) != EOF && strchr(" \t\r\n", ch))
        ;
    if (ch != EOF)
        ungetc(ch, f);
    return ch;
}

int ew_doc_read_file(const char *path, const ew_doc_opts *opts, ew_doc_fn fn,
                     void *user, ew_diag *diag, ew_doc_stats *stats)
{
    ew_doc_ctx c;
    ew_doc_ctx_init(&c, path, opts, fn, user, diag, stats);
    int is_stdin = !strcmp(path, "-");
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        ew_doc_reject_rec(&c, 0, NULL, EW_REJ_IO, "cannot open: %s", strerror(errno));
        return -1;
    }
    int ch = first_byte(f), rc = 0;
    if (is_stdin || ch == '{' || ch == EOF) {
        rc = ew_doc_jsonl_stream(&c, f);
    } else {
        size_t n;
        /* XML feeds may be larger than one document: allow 16x */
        char *buf = slurp(f, ch == '<' ? c.max_bytes * 16 : c.max_bytes, &n);
        if (!buf)
            rc = ew_doc_reject_rec(&c, 0, NULL, EW_REJ_IO, "out of memory");
        else
            rc = ch == '<' ? ew_doc_xml_mem(&c, buf, n) : plain_text(&c, buf, n);
        free(buf);
    }
    if (ferror(f) && !rc) {
        ew_doc_reject_rec(&c, 0, NULL, EW_REJ_IO, "read error");
        rc = -1;
    }
    if (!is_stdin)
        fclose(f);
    return rc;
}
