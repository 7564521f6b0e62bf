/*
 * doc_date.c -- what a document's date becomes when its record has none
 * that can be read ("NA", "", missing, "2025-02-30"): see doc_reader.h.
 *
 * Such documents used to be rejected, which lost every event of 24 of the
 * 3,957 Wikinews articles.  GDELT and PETRARCH users expect the story to be
 * coded anyway, so the readers keep it and take, in this order:
 *   1. the date in the story's own dateline ("ASTANA, Nov. 27, 2025 (AP) -";
 *      a dateline without a year takes the year of the reference date below,
 *      the one that puts it nearest to that reference), or a full date
 *      opening the text ("'''December 25, 2004''' Officials in ...": 15 of
 *      the 24 undated Wikinews articles start so);
 *   2. the feed's own date (RSS <lastBuildDate>/<pubDate>, Atom <updated>);
 *   3. the caller's default date (--date);
 *   4. none: the date stays 0, events are written with "date": null and
 *      the store keeps them apart (docs/schema.md).
 * Each repair is a warning naming the file, line, record and the source
 * used, so no record changes date silently.
 */
#include "io/doc_impl.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store/date.h"
#include "text/dateline.h"

/* Month number (1-12) of the word at s[0..n): "Nov", "Nov.", "November",
 * "Sept"; 0 when it is not a month name. */
static int month_of(const char *s, size_t n)
{
    /* How far into the text a leading date line may start (markup such as
 * "<p>'''" or a word like "publish" may come first). */
#define LEAD_MAX 24

static const char *const full[12] = {"january", "february", "march", "april", "may",
                                         "june", "july", "august", "september",
                                         "october", "november", "december"};
    if (n && s[n - 1] == '.')
        n--;
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        if (n > strlen(full[m]))
            continue;
        if (strncasecmp(s, full[m], n) == 0 && (n == 3 || n == strlen(full[m]) ||
                                                (m == 8 && n == 4)))
            return m + 1;
    }
    return 0;
}

/* The next word of s[*p..end): letters/digits with a trailing '.' kept. */
static int next_word(const char *s, size_t end, size_t *p, size_t *ws, size_t *wn)
{
    while (*p < end && !isalnum((unsigned char)s[*p]))
        (*p)++;
    *ws = *p;
    while (*p < end && isalnum((unsigned char)s[*p]))
        (*p)++;
    if (*p < end && s[*p] == '.')
        (*p)++;
    *wn = *p - *ws;
    return *wn > 0;
}

static int number(const char *s, size_t n, int maxdig)
{
    if (n && s[n - 1] == '.')
        n--;
    if (n == 0 || (int)n > maxdig)
        return -1;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The year that puts month/day nearest to ref (a story is dated a few days
 * before its feed, but "Dec 31" read on Jan 2 belongs to the year before). */
static int32_t nearest(int month, int day, int32_t ref)
{
    int32_t best = 0;
    long bestd = 0;
    for (int y = ref / 10000 - 1; y <= ref / 10000 + 1; y++) {
        int32_t d = y * 10000 + month * 100 + day;
        if (!ew_date_valid(d))
            continue;
        long dist = labs(ew_date_days(d) - ew_date_days(ref));
        if (!best || dist < bestd)
            best = d, bestd = dist;
    }
    return best;
}

/* "Nov 27", "Nov. 27, 2025", "27 November 2025" in s[0..end): the first
 * month-and-day found.  *at receives where it starts, *after where it ends. */
static int32_t date_in(const char *s, size_t end, int32_t ref, size_t *at, size_t *after)
{
    size_t p = 0, w[3][2];
    int have = 0;
    while (next_word(s, end, &p, &w[have % 3][0], &w[have % 3][1])) {
        have++;
        if (have < 2)
            continue;
        const size_t *a = w[(have - 2) % 3], *b = w[(have - 1) % 3];
        int m = month_of(s + a[0], a[1]), d = number(s + b[0], b[1], 2);
        if (!m || d < 1) { /* day first: "27 November" */
            m = month_of(s + b[0], b[1]);
            d = number(s + a[0], a[1], 2);
        }
        if (!m || d < 1 || d > 31)
            continue;
        size_t q = p, ys, yn;
        int y = next_word(s, end, &q, &ys, &yn) ? number(s + ys, yn, 4) : -1;
        *at = a[0];
        *after = ys + yn - (yn && s[ys + yn - 1] == '.'); /* "2005." ends a sentence */
        if (y >= 1800 && ew_date_valid(y * 10000 + m * 100 + d))
            return y * 10000 + m * 100 + d;
        *after = p;
        return ew_date_valid(ref) ? nearest(m, d, ref) : 0;
    }
    return 0;
}

int32_t ew_doc_text_date(const char *text, size_t len, int32_t ref)
{
    if (!text)
        return 0;
    size_t skip = 0;
    while (skip < len && skip < 64 && strchr(" \t\r\n", text[skip]))
        skip++;
    ew_dateline dl;
    size_t at, after;
    if (ew_text_dateline(text + skip, len - skip, &dl))
        return date_in(text + skip, dl.end, ref, &at, &after);
    /* a date line opening the story ("'''February 3, 2005''' Officials
     * said", as Wikinews and many sites write it): only a full date with
     * its year, starting near the start and followed by markup, a line
     * break or a capital -- never a prose date ("said on May 2, 2005 that") */
    const char *s = text + skip;
    size_t n = len - skip < LEAD_MAX + 32 ? len - skip : LEAD_MAX + 32;
    int32_t d = date_in(s, n, 0, &at, &after);
    while (d && after < n && s[after] == ' ')
        after++;
    if (!d || at >= LEAD_MAX || after >= n)
        return 0;
    return strchr("'<&\n\r|-", s[after]) || isupper((unsigned char)s[after]) ? d : 0;
}

static void warn(ew_doc_ctx *c, const ew_doc *d, const char *raw, const char *how)
{
    char iso[16] = "";
    if (d->date)
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", d->date / 10000, d->date / 100 % 100,
                 d->date % 100);
    ew_diag_report(c->diag, EW_WARN, c->name, d->line, d->id,
                   "bad date '%s': document kept, %s%s", raw ? raw : "(missing)", how, iso);
}

void ew_doc_date_fallback(ew_doc_ctx *c, ew_doc *d, const char *raw)
{
    int32_t ref = c->feed_date ? c->feed_date : c->opts.default_date;
    if (d->text && (d->date = ew_doc_text_date(d->text, strlen(d->text), ref))) {
        d->date_from = EW_DATE_DATELINE;
        warn(c, d, raw, "date from the dateline: ");
    } else if ((d->date = c->feed_date)) {
        d->date_from = EW_DATE_FEED;
        warn(c, d, raw, "the feed's date: ");
    } else if ((d->date = c->opts.default_date)) {
        d->date_from = EW_DATE_DEFAULT;
        warn(c, d, raw, "the default date: ");
    } else {
        d->date_from = EW_DATE_UNKNOWN;
        warn(c, d, raw, "date unknown (events get date null)");
    }
    c->stats->redated += d->date_from != EW_DATE_UNKNOWN;
    c->stats->undated += d->date_from == EW_DATE_UNKNOWN;
}
