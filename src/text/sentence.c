/*
 * sentence.c -- sentence boundaries over tokens (see sentence.h).
 *
 * Rules first: in news text nearly every boundary is a full stop, question
 * or exclamation mark before a capital, and the hard cases (abbreviations)
 * are settled by the tokenizer's lists; an abbreviation that ends the
 * sentence is recognised by the word after it ("Inc. The ...").  Then the
 * perceptron of split_model.c re-scores the gaps where rules can only
 * guess -- boundaries with no punctuation at all (headlines run into text,
 * e-mail signatures, lists) -- starting from the rule's own decision.
 */
#include "text/sentence.h"

#include "text/footer.h"
#include "text/heading.h"
#include "text/mail.h"
#include "text/split_model.h"

#include <stdlib.h>
#include <string.h>

/* Sorted by strcmp (bsearch). */
static const char *const starters[] = {
    "A", "According", "After", "Afterwards", "Also", "Although", "An", "And",
    "Another", "As", "Asked", "At", "Before", "Both", "But", "By", "Despite",
    "During", "Each", "Earlier", "Every", "For", "From", "He", "Her", "Here",
    "His", "How", "However", "I", "If", "In", "It", "Its", "Last", "Later",
    "Many", "Meanwhile", "Most", "My", "No", "Now", "On", "One", "Other",
    "Our", "She", "Since", "So", "Some", "Still", "That", "The", "Their",
    "Then", "There", "These", "They", "This", "Those", "Thus", "Today",
    "Under", "We", "What", "When", "Where", "Which", "While", "Who", "Why",
    "With", "Yesterday", "Yet", "You",
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int ew_text_is_starter(const char *form)
{
    return bsearch(&form, starters, sizeof starters / sizeof *starters, sizeof *starters, cmp_str) != NULL;
}

int ew_text_is_month_name(const char *form)
{
    static const char *const months[] = {
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    };
    for (size_t m = 0; m < sizeof months / sizeof *months; m++)
        if (!strcmp(form, months[m]))
            return 1;
    return 0;
}

static int is_weekday_name(const char *form)
{
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
    for (size_t d = 0; d < sizeof days / sizeof *days; d++)
        if (!strcmp(form, days[d]))
            return 1;
    return 0;
}

/* Words after which a date is the object, not a new line: "on Monday, ..." */
static int takes_date(const char *form)
{
    static const char *const preps[] = {"on", "by", "until", "till", "from", "since", "before",
                                        "after", "of", "for", "through", "to", "and", "or",
                                        "than", "as", "at", "between", "is", "was", "be"};
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (!strcmp(form, preps[k]))
            return 1;
    return 0;
}

int ew_text_date_line_end(const ew_text_tok *t, size_t n, size_t i)
{
    /* cheapest test first: this runs at every gap */
    if (i + 6 >= n || !t[i + 1].upper || t[i + 2].form[0] != ',' || !is_weekday_name(t[i + 1].form))
        return 0;
    if (t[i].kind == EW_TOK_END || t[i].kind == EW_TOK_PUNCT || t[i].kind == EW_TOK_OPEN ||
        takes_date(t[i].form))
        return 0;
    const ew_text_tok *d = &t[i + 1];
    for (size_t k = 1; k <= 6; k++)
        if (d[k - 1].breaks_before && k > 1)
            return 0;
    return is_weekday_name(d[0].form) && !strcmp(d[1].form, ",") && ew_text_is_month_name(d[2].form) &&
           d[3].kind == EW_TOK_NUM && !strcmp(d[4].form, ",") && d[5].kind == EW_TOK_NUM &&
           strlen(d[5].form) == 4;
}

/* Words that lead into a list rather than close a sentence: "These are
 * 1) ...", "that 1) ... and 2) ...". */
static int leads_into_list(const char *form)
{
    static const char *const lead[] = {"a", "and", "are", "as", "at", "be", "but", "by", "for",
                                       "from", "has", "have", "if", "in", "is", "of", "on", "or",
                                       "than", "that", "the", "to", "was", "were", "with"};
    for (size_t k = 0; k < sizeof lead / sizeof *lead; k++)
        if (!strcmp(form, lead[k]))
            return 1;
    return 0;
}

int ew_text_list_item_end(const ew_text_tok *t, size_t n, size_t i)
{
    if (i + 2 >= n || t[i + 1].kind != EW_TOK_NUM || t[i + 2].form[0] != ')' ||
        t[i].kind != EW_TOK_WORD || t[i + 1].breaks_before || strlen(t[i + 1].form) > 2 ||
        t[i + 2].form[1] || t[i + 1].space_after || leads_into_list(t[i].form))
        return 0;
    return strspn(t[i + 1].form, "0123456789") == strlen(t[i + 1].form);
}

/* Can token nx begin a new sentence after terminator `term`? */
static int can_start(const ew_text_tok *term, const ew_text_tok *nx)
{
    switch (nx->kind) {
    case EW_TOK_PUNCT: case EW_TOK_CLOSE: case EW_TOK_END:
        return 0;
    default:
        break;
    }
    /* A lowercase word after an ellipsis continues the sentence ("He
     * waited... and then"); after '.', '!' or '?' it is, in practice, a new
     * sentence typed without capitals -- mid-sentence periods were already
     * taken by the tokenizer as abbreviations. */
    if (nx->lower)
        return !(strstr(term->form, "..") || strstr(term->form, "\xE2\x80\xA6"));
    return 1;
}

/* "Sun. Nov. 21", "Fri. 3 March": a weekday abbreviation before a date.
 * The tokenizer keeps "Sun" and "Mar" apart from their period (both are
 * also words), so the full stop after them is settled here. */
static int weekday_before_date(const ew_text_tok *t, size_t i, size_t n)
{
    static const char *const days[] = {"Fri", "Mon", "Sat", "Sun", "Thu", "Thur", "Thurs",
                                       "Tue", "Tues", "Wed"};
    if (i == 0 || i + 1 >= n || strcmp(t[i].form, ".") || !t[i - 1].upper || t[i - 1].space_after)
        return 0;
    if (t[i + 1].kind != EW_TOK_MONTH && t[i + 1].kind != EW_TOK_NUM)
        return 0;
    for (size_t k = 0; k < sizeof days / sizeof *days; k++)
        if (!strcmp(t[i - 1].form, days[k]))
            return 1;
    return 0;
}

/* Does a single line break before token i+1 end the sentence?  After
 * sentence punctuation, yes; after a short line without it (a headline,
 * a signature), yes when the next line starts with a capital. */
static int line_break_ends(const ew_text_tok *t, size_t i, size_t line_start)
{
    const ew_text_tok *nx = &t[i + 1];
    if (nx->lower)
        return 0;
    switch (t[i].kind) {
    case EW_TOK_END: case EW_TOK_CLOSE: case EW_TOK_QUOTE: case EW_TOK_URL: case EW_TOK_SYM:
        return 1;
    case EW_TOK_PUNCT: case EW_TOK_OPEN: case EW_TOK_TITLE:
        return 0;
    default:
        return i + 1 - line_start <= 12;
    }
}

/* After the terminator at i, the closing quotes and brackets that belong to
 * the same sentence; returns the last token of the sentence. */
size_t ew_text_citation_len(const ew_text_tok *t, size_t n, size_t j)
{
    if (j + 2 >= n || strcmp(t[j].form, "[") || t[j + 1].breaks_before)
        return 0;
    size_t k = j + 1;
    if (t[k].kind == EW_TOK_NUM && strspn(t[k].form, "0123456789") == strlen(t[k].form))
        k++;
    else   /* "[citation needed]": up to four lowercase words */
        while (k < n && k < j + 5 && t[k].lower && t[k].kind == EW_TOK_WORD && !t[k].breaks_before)
            k++;
    if (k == j + 1 || k >= n || strcmp(t[k].form, "]") || t[k].breaks_before)
        return 0;
    return k + 1 - j;
}

static size_t absorb_closers(const ew_text_tok *t, size_t n, size_t i)
{
    while (i + 1 < n && t[i + 1].breaks_before == 0) {
        const ew_text_tok *nx = &t[i + 1];
        size_t cite = ew_text_citation_len(t, n, i + 1);
        if (cite) {   /* "in 1805.[6] He" */
            i += cite;
            continue;
        }
        /* a quote glued to the full stop and followed by a space closes,
         * whichever way it was typed: 'decision.“ However' */
        int glued_quote = !t[i].space_after && nx->space_after &&
                          (nx->kind == EW_TOK_QUOTE || (nx->kind == EW_TOK_OPEN && nx->form[0] != '('
                                                        && nx->form[0] != '[' && nx->form[0] != '{'));
        if (nx->kind == EW_TOK_CLOSE || glued_quote)
            i++;
        else
            break;
    }
    return i;
}

void ew_text_split_rules(const ew_text_tok *t, size_t n, uint8_t *ends)
{
    size_t line_start = 0;
    memset(ends, 0, n);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && t[i].breaks_before)
            line_start = i;
        if (i + 1 == n) {
            ends[i] = 1;
            break;
        }
        const ew_text_tok *nx = &t[i + 1];
        int end = 0;
        size_t last = i;
        if (nx->breaks_before >= 2) {
            end = 1;
        } else if ((t[i].form[0] == ',' && ew_text_signoff_end(t, n, i)) ||
                   ew_text_stamp_end(t, n, i) || ew_text_date_line_end(t, n, i) ||
                   ew_text_list_item_end(t, n, i)) {
            end = 1;   /* "Best regards, Dana", "02/13/2001 08:02 PM Dana" */
        } else if (nx->breaks_before == 1) {
            end = line_break_ends(t, i, line_start);
        } else if (t[i].kind == EW_TOK_END) {
            last = absorb_closers(t, n, i);
            end = last + 1 == n || t[last + 1].breaks_before ||
                  (can_start(&t[i], &t[last + 1]) && !weekday_before_date(t, i, n));
            /* "Why?" she asked.  A lowercase word after the closing quote
             * continues the sentence. */
            if (end && last != i && last + 1 < n && t[last + 1].lower)
                end = 0;
            /* "Guaranty.doc", "Dimitri?from", "<anna...@mail.kz>": no
             * space, no boundary (a glued quote or bracket may still open
             * the next sentence) */
            if (end && !t[last].space_after && last + 1 < n && t[last + 1].breaks_before == 0 &&
                (t[last + 1].lower || t[last + 1].upper || t[last + 1].kind == EW_TOK_NUM ||
                 t[last + 1].kind == EW_TOK_SYM || t[last + 1].kind == EW_TOK_URL))
                end = 0;
        } else if (t[i].kind == EW_TOK_URL) {
            /* lists of links, signatures: "... http://a.org http://b.org" */
            end = nx->kind == EW_TOK_URL || nx->upper;
        } else if (t[i].kind == EW_TOK_ABBR || t[i].kind == EW_TOK_MONTH) {
            end = ew_text_is_starter(nx->form);
        }
        if (end) {
            ends[last] = 1;
            i = last;
        }
    }
}

/* Lets the perceptron overrule the rules at candidate gaps, left to right
 * (the features of the sentence so far need earlier decisions). */
static void model_pass(const ew_text_tok *t, size_t n, uint8_t *ends, const float *w)
{
    uint32_t f[EW_SPLIT_MAXF];
    ew_split_ctx ctx = {0};
    for (size_t i = 0; i + 1 < n; i++) {
        ew_split_push(&ctx, t, i);
        if (ew_split_scored(&ctx, t, n, i, ends[i])) {
            size_t nf = ew_split_features(t, n, i, ends[i], f, &ctx);
            ends[i] = ew_split_gap_score(w, f, nf, ends[i]) > 0;
        }
        if (ends[i])
            ew_split_cut(&ctx);
    }
}

size_t ew_text_split_with(const ew_text_tok *t, size_t n, uint8_t *ends, const float *w)
{
    if (n == 0)
        return 0;
    ew_text_split_rules(t, n, ends);
    if (w)
        model_pass(t, n, ends, w);
    ew_text_split_headings(t, n, ends);
    ew_text_split_footer(t, n, ends);
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ends[i];
    return count;
}

size_t ew_text_split(const ew_text_tok *t, size_t n, uint8_t *ends)
{
    return ew_text_split_with(t, n, ends, ew_split_weights());
}
