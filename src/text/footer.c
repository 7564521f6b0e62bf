/*
 * footer.c -- category lists and link sections of web pages cut into
 * labels (see footer.h).
 *
 * A category list is a run of labels with no separators, so where one
 * label ends is decided by their shape: a capitalised word starts a label
 * unless it continues a known multi-word name; lowercase words, numbers
 * and commas continue the current one ("Politics and conflicts", "August
 * 15, 2008").  The multi-word names are written here (Wikinews' topic
 * categories, continents and regions, countries whose names have several
 * capitalised words): a single-word country needs no list.  Person names
 * ("Stephen Harper") are cut in two -- a spurious boundary inside a
 * footer costs nothing downstream, a missing one glues labels together.
 */
#include "text/footer.h"

#include <string.h>

#include "text/sentence.h"

/* Labels of more than one capitalised word.  A label whose later words are
 * lowercase or joined by "and" / "of" needs no entry. */
static const char *const multi[] = {
    "Asia Pacific", "Breaking news", "Burkina Faso", "Cape Verde", "Central African Republic",
    "Central America", "Central Asia", "Costa Rica", "Czech Republic", "Dominican Republic",
    "East Asia", "East Timor", "Eastern Europe", "El Salvador", "Equatorial Guinea",
    "European Union", "Featured article", "Hong Kong", "Ivory Coast", "Latin America",
    "Middle East", "New York", "New York City", "New Zealand", "North America",
    "North Korea", "North Macedonia", "Northern Ireland", "Original reporting",
    "Papua New Guinea", "Puerto Rico", "Saudi Arabia", "Sierra Leone", "South Africa",
    "South America", "South Asia", "South Korea", "South Sudan", "Southeast Asia",
    "Sri Lanka", "United Arab Emirates", "United Kingdom", "United Nations", "United States",
    "Vatican City", "West Bank", "Western Europe",
};

static int is_month(const ew_text_tok *k)
{
    return ew_text_is_month_name(k->form);
}

/* Tokens of t[j..e) spelled by the words of `name`, or 0. */
static size_t match_words(const ew_text_tok *t, size_t j, size_t e, const char *name)
{
    size_t k = j;
    while (*name) {
        size_t w = strcspn(name, " ");
        if (k >= e || strlen(t[k].form) != w || strncmp(t[k].form, name, w))
            return 0;
        k++;
        name += w + (name[w] == ' ');
    }
    return k - j;
}

static size_t known_label(const ew_text_tok *t, size_t j, size_t e)
{
    size_t best = 0;
    for (size_t m = 0; m < sizeof multi / sizeof *multi; m++) {
        size_t len = match_words(t, j, e, multi[m]);
        if (len > best)
            best = len;
    }
    return best;
}

static int is_connector(const ew_text_tok *k)
{
    return !strcmp(k->form, "and") || !strcmp(k->form, "of") || !strcmp(k->form, "the") ||
           !strcmp(k->form, "&");
}

/* Exclusive end of the label that starts at t[j] (j < e). */
static size_t label_end(const ew_text_tok *t, size_t j, size_t e)
{
    size_t k = j + known_label(t, j, e);
    if (k == j)
        k = j + 1 + (t[j].kind == EW_TOK_NUM && j + 1 < e && is_month(&t[j + 1]));
    while (k < e) {
        const ew_text_tok *x = &t[k];
        if (is_connector(x) || (x->kind == EW_TOK_PUNCT && strcmp(x->form, ",")) ||
            x->kind == EW_TOK_SYM) {
            k += 2;   /* "Bosnia and Herzegovina", "Science > Astronomy" */
        } else if (x->lower || x->kind == EW_TOK_NUM || !strcmp(x->form, ",")) {
            if (x->kind == EW_TOK_NUM && k + 1 < e && is_month(&t[k + 1]))
                break;   /* "15 August 2008" starts the next label */
            k++;
        } else {
            break;
        }
    }
    return k < e ? k : e;
}

static int is_word(const ew_text_tok *k, const char *w)
{
    return !strcmp(k->form, w);
}

/* Labels are short and lowercase only after a capital or a connector
 * ("Human rights", "Crime and law"); two lowercase words in a row ("strong
 * support") are running text, so this is no category list. */
static int running_text(const ew_text_tok *t, size_t s, size_t e)
{
    return e > s && t[e].lower && t[e - 1].lower && !is_connector(&t[e]) &&
           !is_connector(&t[e - 1]);
}

/* A category list longer than this is taken for text. */
#define EW_FOOTER_MAX_TOKS 200

/* "Categories:" or "Category:" at a line start: cut the rest of the
 * paragraph into labels -- only when the whole rest of the paragraph
 * looks like labels: no sentence-final mark, no running text.  A wiki
 * page's markup "Category:Canada" before its story is left to the rest. */
static size_t category_list(const ew_text_tok *t, size_t n, size_t i, uint8_t *ends)
{
    if (i + 2 >= n || !(is_word(&t[i], "Categories") || is_word(&t[i], "Category")) ||
        !is_word(&t[i + 1], ":") || t[i + 2].breaks_before >= 2)
        return i;
    size_t s = i + 2, e = s;
    while (e < n && (e == s || t[e].breaks_before < 2) && e - s < EW_FOOTER_MAX_TOKS) {
        if (t[e].kind == EW_TOK_END || running_text(t, s, e))
            return i;
        e++;
    }
    if (e == s || (e < n && t[e].breaks_before < 2) || label_end(t, s, e) == e)
        return i;   /* one label ("Category: Science > Astronomy"): one segment */
    if (i > 0)
        ends[i - 1] = 1;
    ends[i] = 0;
    ends[i + 1] = 1;
    for (size_t j = s; j < e;) {
        size_t k = label_end(t, j, e);
        for (size_t x = j; x + 1 < k; x++)
            ends[x] = 0;
        ends[k - 1] = 1;
        j = k;
    }
    return e - 1;
}

static int is_rule(const ew_text_tok *k)   /* "==", "===": wiki heading markup */
{
    return k->form[0] == '=' && k->form[1] == '=' && strspn(k->form, "=") == strlen(k->form);
}

static const char *const sections[] = {
    "Sources", "Source", "Related news", "External links", "External link", "See also",
};

static size_t section_name(const ew_text_tok *t, size_t n, size_t i)
{
    for (size_t m = 0; m < sizeof sections / sizeof *sections; m++) {
        size_t len = match_words(t, i, n, sections[m]);
        if (len && (i + len == n || t[i + len].breaks_before || is_rule(&t[i + len]) ||
                    is_word(&t[i + len], ":") || is_word(&t[i + len], "*")))
            return len;
    }
    return 0;
}

/* A link-section header ("== Related news ==", or "Sources" alone at a
 * line start): a segment of its own, then one per '*' item. */
static size_t link_section(const ew_text_tok *t, size_t n, size_t i, uint8_t *ends)
{
    int marked = i > 0 && is_rule(&t[i - 1]) && !t[i].breaks_before;
    if (!marked && i > 0 && !t[i].breaks_before)
        return i;
    size_t len = section_name(t, n, i);
    if (!len)
        return i;
    size_t a = marked ? i - 1 : i, b = i + len;
    if (marked != (b < n && is_rule(&t[b])))
        return i;   /* "== Sources" without its closing rule: not a heading */
    if (b < n && (is_rule(&t[b]) || is_word(&t[b], ":")))
        b++;
    if (a > 0)
        ends[a - 1] = 1;
    for (size_t x = a; x + 1 < b; x++)
        ends[x] = 0;
    ends[b - 1] = 1;
    for (size_t k = b; k < n && t[k].breaks_before < 2 && !is_rule(&t[k]); k++)
        if (k > b && is_word(&t[k], "*"))
            ends[k - 1] = 1;
    return b - 1;   /* the items are looked at again: a category list may follow */
}

void ew_text_split_footer(const ew_text_tok *t, size_t n, uint8_t *ends)
{
    for (size_t i = 0; i < n; i++) {
        if (t[i].form[0] != 'C' && t[i].form[0] != 'S' && t[i].form[0] != 'R' &&
            t[i].form[0] != 'E')
            continue;   /* cheap filter: every header starts with one of these */
        int line_start = i == 0 || t[i].breaks_before;
        size_t j = line_start ? category_list(t, n, i, ends) : i;
        if (j == i)
            j = link_section(t, n, i, ends);
        i = j;
    }
}
