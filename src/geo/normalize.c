/*
 * normalize.c -- gazetteer key folding (normalize.h) over utf8proc.
 */
#include "geo/normalize.h"

#include <string.h>
#include <utf8proc.h>

/* Folds one code point into up to 8 code points; -1 on error. */
static int fold(utf8proc_int32_t c, utf8proc_int32_t *dst)
{
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(
        c, dst, 8, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD,
        &last);
    return n < 0 || n > 8 ? -1 : (int)n;
}

static int is_word(utf8proc_int32_t c)
{
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
           (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

int ew_geo_normalize(const char *s, size_t len, char *out, size_t cap)
{
    size_t n = 0;
    int space = 0;
    if (!s || cap < 2 || len > 4 * EW_GEO_KEY_MAX * 4)
        return -1;
    for (size_t i = 0; i < len;) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) { /* ASCII: what utf8proc would do, without the call */
            i++;
            int alnum = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
            if (!alnum) {
                space = 1;
                continue;
            }
            if (n + 3 > cap)
                return -1;
            if (space && n)
                out[n++] = ' ';
            space = 0;
            out[n++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            continue;
        }
        utf8proc_int32_t c, f[8];
        utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &c);
        if (r <= 0)
            return -1;
        i += (size_t)r;
        int k = fold(c, f);
        if (k < 0)
            return -1;
        for (int j = 0; j < k; j++) {
            if (!is_word(f[j])) {
                space = 1;
                continue;
            }
            utf8proc_uint8_t b[4];
            utf8proc_ssize_t w = utf8proc_encode_char(f[j], b);
            if (n + (size_t)w + 2 > cap)
                return -1;
            if (space && n)
                out[n++] = ' ';
            space = 0;
            memcpy(out + n, b, (size_t)w);
            n += (size_t)w;
        }
    }
    if (!n)
        return -1;
    out[n] = 0;
    return (int)n;
}
