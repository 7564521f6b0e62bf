/*
 * discards.c -- the discard list: sentences (or whole stories, '+' prefix)
 * that must not be coded, such as sports results.
 *
 * PETRARCH's rule: the entry, prefixed with a blank, is searched in the
 * sentence text, case-insensitively; an entry ending in '_' must also end at
 * a blank or punctuation mark, otherwise it matches as a stem.  All entries
 * are compiled into one Aho-Corasick automaton over normalised text
 * (ew_dict_norm_text), so the check costs one pass over the sentence.
 */
#include "dict/dict_internal.h"
#include "dict/dict_lines.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int ew_dict_load_discards(ew_dict *d, const char *path, ew_diag *diag)
{
    ew_dict_lines r;
    if (ew_dict_open_source(d, &r, path) != 0) {
        ew_diag_report(diag, EW_ERROR, path, 0, NULL, "cannot read discard list: %s",
                       strerror(errno));
        return -1;
    }
    ew_dict_line ln;
    while (ew_dict_lines_next(&r, &ln, NULL)) {
        d->stats.lines_read++;
        const char *s = ln.text;
        ew_discard_entry e = {0};
        e.scope = EW_DISCARD_SENTENCE;
        if (*s == '+') {
            e.scope = EW_DISCARD_STORY;
            s++;
            while (*s == ' ' || *s == '\t') s++;
        }
        size_t n = strlen(s);
        if (n && s[n - 1] == '_') {
            e.word_end = 1;
            n--;
        }
        if (n == 0 || n > 250) {
            ew_dict_reject(d, diag, path, ln.lineno, "empty or over-long discard entry");
            continue;
        }
        char pat[256];
        pat[0] = ' ';
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            pat[i + 1] = c == '_' ? ' ' : (char)toupper(c);
        }
        e.text = ew_arena_strndup(&d->arena, ln.text, strlen(ln.text));
        ew_acmatch_add(&d->discard_ac, pat, n + 1);
        EW_VEC_PUSH(d->discards, e);
    }
    ew_dict_lines_close(&r);
    return 0;
}

typedef struct discard_scan {
    const ew_dict *d;
    const char *norm;
    size_t norm_len;
    const ew_discard_entry *hit;
} discard_scan;

static int on_discard(void *user, uint32_t id, size_t end)
{
    discard_scan *s = user;
    const ew_discard_entry *e = &s->d->discards.v[id];
    if (e->word_end && end < s->norm_len && s->norm[end] != ' ')
        return 0;
    s->hit = e;
    return 1;
}

const char *ew_dict_discard_match(const ew_dict *d, const char *text,
                                  ew_discard_scope *scope)
{
    if (!d->discards.n || !text)
        return NULL;
    size_t n = strlen(text);
    char sbuf[2048];
    uint32_t smap[2048];
    char *norm = n + 3 <= sizeof sbuf ? sbuf : malloc(n + 3);
    uint32_t *map = n + 3 <= sizeof sbuf ? smap : malloc((n + 3) * sizeof *map);
    if (!norm || !map)
        abort();
    discard_scan s = {d, norm, 0, NULL};
    s.norm_len = ew_dict_norm_text(text, n, norm, map);
    ew_acmatch_scan(&d->discard_ac, norm, s.norm_len, on_discard, &s);
    if (norm != sbuf) free(norm);
    if (map != smap) free(map);
    if (s.hit && scope)
        *scope = s.hit->scope;
    return s.hit ? s.hit->text : NULL;
}
