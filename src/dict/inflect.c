/*
 * inflect.c -- regular English inflection for dictionary entries.
 */
#include "dict/inflect.h"

#include <stdio.h>
#include <string.h>

static int is_vowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

static size_t put(char *buf, size_t size, const char *stem, size_t stem_len,
                  const char *suffix)
{
    int n = snprintf(buf, size, "%.*s%s", (int)stem_len, stem, suffix);
    return (n > 0 && (size_t)n < size) ? (size_t)n : 0;
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(w + n - k, suf, k) == 0;
}

size_t ew_inflect_plural(const char *w, char *buf, size_t size)
{
    size_t n = strlen(w);
    if (n == 0)
        return 0;
    if (n >= 2 && w[n - 1] == 'Y' && !is_vowel(w[n - 2]))
        return put(buf, size, w, n - 1, "IES");
    if (ends_with(w, n, "S") || ends_with(w, n, "SH") || ends_with(w, n, "CH") ||
        ends_with(w, n, "X") || ends_with(w, n, "Z"))
        return put(buf, size, w, n, "ES");
    return put(buf, size, w, n, "S");
}

size_t ew_inflect_past(const char *w, char *buf, size_t size)
{
    size_t n = strlen(w);
    if (n == 0)
        return 0;
    if (w[n - 1] == 'E')
        return put(buf, size, w, n, "D");
    if (n >= 2 && w[n - 1] == 'Y' && !is_vowel(w[n - 2]))
        return put(buf, size, w, n - 1, "IED");
    return put(buf, size, w, n, "ED");
}

size_t ew_inflect_gerund(const char *w, char *buf, size_t size)
{
    size_t n = strlen(w);
    if (n == 0)
        return 0;
    if (n >= 3 && w[n - 1] == 'E' && !ends_with(w, n, "EE") &&
        !ends_with(w, n, "OE") && !ends_with(w, n, "YE"))
        return put(buf, size, w, n - 1, "ING");
    if (ends_with(w, n, "IE"))
        return put(buf, size, w, n - 2, "YING");
    return put(buf, size, w, n, "ING");
}
