/*
 * mail.c -- sign-offs of e-mail and web messages (see mail.h).
 *
 * The phrases are matched backwards from the comma, case-insensitively on
 * the first letter only ("Best regards", "best regards"), so that the
 * check costs one string comparison or two at most commas.
 */
#include "text/mail.h"

#include <string.h>

/* Last word of each phrase first, then the words before it (at most 2). */
static const char *const phrases[][3] = {
    {"regards", NULL, NULL}, {"regards", "best", NULL}, {"regards", "kind", NULL},
    {"regards", "kindest", NULL}, {"regards", "warm", NULL}, {"regards", "warmest", NULL},
    {"regards", "many", NULL}, {"sincerely", NULL, NULL}, {"sincerely", "yours", NULL},
    {"yours", "sincerely", NULL}, {"truly", "yours", NULL}, {"thanks", NULL, NULL},
    {"thanks", "many", NULL}, {"again", "thanks", NULL}, {"you", "thank", NULL},
    {"thx", NULL, NULL}, {"cheers", NULL, NULL}, {"best", NULL, NULL},
    {"wishes", "best", NULL}, {"care", "take", NULL}, {"respectfully", NULL, NULL},
    {"best", "the", "all"},
};

/* form equals w, the first letter in either case */
static int word_is(const ew_text_tok *k, const char *w)
{
    char c = k->form[0];
    if (c >= 'A' && c <= 'Z')
        c = (char)(c + 32);
    return c == w[0] && !strcmp(k->form + 1, w + 1);
}

/* Can a sentence start at token s? */
static int opens_sentence(const ew_text_tok *t, size_t s)
{
    if (s == 0 || t[s].breaks_before)
        return 1;
    return t[s - 1].kind == EW_TOK_END || (s >= 2 && t[s - 2].kind == EW_TOK_END &&
                                           (t[s - 1].kind == EW_TOK_CLOSE || t[s - 1].kind == EW_TOK_QUOTE));
}

/* Tokens of the sign-off phrase ending at token e, or 0. */
static size_t phrase_before(const ew_text_tok *t, size_t e)
{
    size_t best = 0;
    for (size_t p = 0; p < sizeof phrases / sizeof *phrases; p++) {
        size_t len = 0;
        while (len < 3 && phrases[p][len] && len <= e && word_is(&t[e - len], phrases[p][len]) &&
               (len == 0 || !t[e - len + 1].breaks_before))
            len++;
        if ((len == 3 || !phrases[p][len]) && len > best && opens_sentence(t, e + 1 - len))
            best = len;
    }
    return best;
}

int ew_text_signoff_end(const ew_text_tok *t, size_t n, size_t i)
{
    if (i == 0 || i + 1 >= n || strcmp(t[i].form, ",") || t[i].breaks_before)
        return 0;
    const ew_text_tok *name = &t[i + 1];
    if (!name->upper || !strcmp(name->form, "I") || name->kind != EW_TOK_WORD)
        return 0;
    if (i + 2 < n && t[i + 2].kind == EW_TOK_END && !t[i + 2].breaks_before)
        return 0;   /* "Thanks, Kim." */
    return phrase_before(t, i - 1) > 0;
}

/* "02/13/2001", "2/3/01": digits and exactly two slashes. */
static int is_date(const ew_text_tok *k)
{
    int slashes = 0;
    for (const char *p = k->form; *p; p++) {
        if (*p == '/')
            slashes++;
        else if (*p < '0' || *p > '9')
            return 0;
    }
    return k->kind == EW_TOK_NUM && slashes == 2;
}

/* "08:02", "12:42:55", "08:02PM": digits and colons, then AM/PM if `ampm`. */
static int is_time(const ew_text_tok *k, int ampm)
{
    const char *p = k->form;
    int colons = 0;
    for (; (*p >= '0' && *p <= '9') || *p == ':'; p++)
        colons += *p == ':';
    if (k->kind != EW_TOK_NUM || colons < 1 || colons > 2)
        return 0;
    return ampm ? (!strcmp(p, "AM") || !strcmp(p, "PM")) : !*p;
}

static int is_ampm(const ew_text_tok *k)
{
    return !strcmp(k->form, "AM") || !strcmp(k->form, "PM");
}

int ew_text_stamp_end(const ew_text_tok *t, size_t n, size_t i)
{
    if (i == 0 || i + 1 >= n || t[i + 1].breaks_before || t[i - 1].kind != EW_TOK_NUM)
        return 0;   /* cheapest test first: this runs at every gap */
    if (is_ampm(&t[i]))
        return i >= 2 && is_time(&t[i - 1], 0) && is_date(&t[i - 2]);
    if (is_time(&t[i], 1))
        return is_date(&t[i - 1]);
    return is_time(&t[i], 0) && is_date(&t[i - 1]) && t[i + 1].upper && !is_ampm(&t[i + 1]);
}
