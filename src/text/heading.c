/*
 * heading.c -- wiki section headings cut off from the text around them
 * (see heading.h).
 *
 * Rules pair left to right: an opening rule takes the next rule of the same
 * length within reach, so "== A == == B ==" gives two headings and a stray
 * "==" before "=== C ===" pairs with nothing and stays where the splitter
 * put it.  Runs after the perceptron (its decisions inside a heading are
 * overruled) and before the footer pass, which cuts its link sections
 * ("== Related news == * ...") the same way and goes on into their items.
 */
#include "text/heading.h"

#include <string.h>

int ew_text_is_heading_rule(const ew_text_tok *t)
{
    size_t len = strspn(t->form, "=");
    return len >= 2 && len <= EW_HEADING_MAX_LEVEL && !t->form[len];
}

/* The closing rule of a heading opened at t[i], or 0 when there is none.
 * The rules stand apart from what is outside them: "----== Posted via
 * Usenet ==----" is a signature line, not a heading. */
static size_t closing_rule(const ew_text_tok *t, size_t n, size_t i)
{
    if (i > 0 && !t[i - 1].space_after)
        return 0;
    size_t len = strlen(t[i].form);
    int words = 0;
    for (size_t j = i + 1; j < n && j <= i + 1 + EW_HEADING_MAX_TOKS; j++) {
        if (ew_text_is_heading_rule(&t[j]))
            return words && strlen(t[j].form) == len && (j + 1 == n || t[j].space_after) ? j : 0;
        words |= t[j].upper || t[j].lower;
    }
    return 0;
}

void ew_text_split_headings(const ew_text_tok *t, size_t n, uint8_t *ends)
{
    for (size_t i = 0; i < n; i++) {
        if (t[i].form[0] != '=' || !ew_text_is_heading_rule(&t[i]))
            continue;
        size_t j = closing_rule(t, n, i);
        if (!j)
            continue;
        if (i > 0)
            ends[i - 1] = 1;
        memset(ends + i, 0, j - i);
        ends[j] = 1;
        i = j;
    }
}
