/*
 * word_features.c -- the per-word hashes of word_features.h.
 */
#include "nlp/word_features.h"

#include <string.h>

#include "nlp/perceptron.h"

size_t ew_word_norm(const char *form, char *buf)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)form; *p && n < EW_WORD_MAX; p++) {
        unsigned char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        else if (c >= '0' && c <= '9')
            c = '0';
        buf[n++] = (char)c;
    }
    buf[n] = 0;
    return n;
}

static char shape_class(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return 'X';
    if (c >= 'a' && c <= 'z')
        return 'x';
    if (c >= '0' && c <= '9')
        return 'd';
    if (c >= 0x80)
        return 'u';
    return (char)c;
}

/* Runs of one class collapse to one character: "Kazakhstan" -> "Xx". */
static size_t word_shape(const char *form, char *buf, size_t cap)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)form; *p && n < cap; p++) {
        char c = shape_class(*p);
        if (n == 0 || buf[n - 1] != c)
            buf[n++] = c;
    }
    return n;
}

uint64_t ew_word_norm_hash(const char *form)
{
    char norm[EW_WORD_MAX + 1];
    size_t n = ew_word_norm(form, norm);
    return ew_feat_add(ew_feat_start(2), norm, n);
}

void ew_winfo_make(ew_winfo *w, const char *form)
{
    char norm[EW_WORD_MAX + 1], shape[16];
    size_t n = ew_word_norm(form, norm);
    size_t flen = strlen(form);
    w->exact = ew_feat_add(ew_feat_start(1), form, flen);
    w->norm = ew_feat_add(ew_feat_start(2), norm, n);
    for (size_t k = 0; k < EW_WSUF; k++) {
        size_t m = k + 1 < n ? k + 1 : n;
        w->suf[k] = ew_feat_add(ew_feat_start(3 + (uint32_t)k), norm + n - m, m);
    }
    w->pre1 = ew_feat_add(ew_feat_start(10), norm, n < 1 ? n : 1);
    w->pre3 = ew_feat_add(ew_feat_start(11), norm, n < 3 ? n : 3);
    w->shape = ew_feat_add(ew_feat_start(12), shape, word_shape(form, shape, sizeof shape));
    w->clus = 0;
    w->upper_first = form[0] >= 'A' && form[0] <= 'Z';
    w->len = flen > 255 ? 255 : (uint8_t)flen;
}

void ew_winfo_sentinel(ew_winfo *w, uint64_t which)
{
    uint64_t v = ew_wf_mix(which + 0x5e5e5e5eULL);
    w->exact = w->norm = w->pre1 = w->pre3 = w->shape = w->clus = v;
    for (size_t k = 0; k < EW_WSUF; k++)
        w->suf[k] = v;
    w->upper_first = 0;
    w->len = 0;
}
