/*
 * cmd_tokenize.c -- `eventwatch tokenize [FILE]`: raw text, or JSON Lines
 * documents {"id","text"}, to CoNLL-U with ID, FORM and MISC
 * (TokenRange=start:end in bytes of the document text, SpaceAfter=No).
 * Input whose first non-blank byte is '{' is read as JSON Lines.
 */
#include "cli/commands.h"
#include "cli/read_all.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "text/segment.h"

static void print_text_comment(FILE *out, const char *s)
{
    fputs("# text = ", out);
    for (; *s; s++)
        fputc(*s == '\n' || *s == '\t' ? ' ' : *s, out);
    fputc('\n', out);
}

/* Document offset where the token after (s, i) starts, or -1 at the end. */
static long next_start(const ew_segmented *seg, size_t s, size_t i)
{
    const ew_sentence *x = &seg->sent[s];
    if (i + 1 < x->n)
        return (long)(x->text_offset + x->tok[i + 1].start);
    if (s + 1 < seg->n)
        return (long)(seg->sent[s + 1].text_offset + seg->sent[s + 1].tok[0].start);
    return -1;
}

static void print_doc(FILE *out, const char *id, const ew_segmented *seg)
{
    if (id)
        fprintf(out, "# newdoc id = %s\n", id);
    if (seg->dateline)
        fprintf(out, "# dateline = %s\n", seg->dateline);
    for (size_t s = 0; s < seg->n; s++) {
        const ew_sentence *x = &seg->sent[s];
        if (id)
            fprintf(out, "# sent_id = %s-%zu\n", id, s + 1);
        else
            fprintf(out, "# sent_id = %zu\n", s + 1);
        print_text_comment(out, x->text);
        for (size_t i = 0; i < x->n; i++) {
            uint32_t a = x->text_offset + x->tok[i].start, b = x->text_offset + x->tok[i].end;
            long nx = next_start(seg, s, i);
            fprintf(out, "%zu\t%s\t_\t_\t_\t_\t_\t_\t_\t%sTokenRange=%u:%u\n", i + 1,
                    x->tok[i].form, nx == (long)b ? "SpaceAfter=No|" : "", a, b);
        }
        fputc('\n', out);
    }
}

static void segment_and_print(FILE *out, const char *id, const char *text, size_t len,
                              ew_arena *a, ew_diag *d)
{
    ew_segmented seg;
    if (ew_text_segment(text, len, &seg, a, d) == 0)
        print_doc(out, id, &seg);
    ew_arena_reset(a);
}

static void tokenize_jsonl(FILE *out, char *buf, size_t len, const char *file,
                           ew_arena *a, ew_diag *d)
{
    long lineno = 0;
    for (size_t p = 0; p < len;) {
        char *nl = memchr(buf + p, '\n', len - p);
        size_t e = nl ? (size_t)(nl - buf) : len;
        lineno++;
        json_error_t err;
        json_t *j = json_loadb(buf + p, e - p, JSON_ALLOW_NUL, &err);
        const char *text = j ? json_string_value(json_object_get(j, "text")) : NULL;
        const char *id = j ? json_string_value(json_object_get(j, "id")) : NULL;
        if (text) {
            char fallback[32];
            snprintf(fallback, sizeof fallback, "line%ld", lineno);
            segment_and_print(out, id ? id : fallback, text,
                              json_string_length(json_object_get(j, "text")), a, d);
        } else if (e > p) {
            ew_diag_report(d, EW_ERROR, file, lineno, id,
                           j ? "no \"text\" string: document skipped" : "%s: document skipped",
                           j ? "" : err.text);
        }
        json_decref(j);
        p = e + 1;
    }
}

int cmd_tokenize(int argc, char **argv)
{
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: eventwatch tokenize [FILE]\n"
                   "Segments raw text (or JSON Lines documents {\"id\",\"text\"}) into\n"
                   "sentences and tokens; writes CoNLL-U with ID, FORM and MISC\n"
                   "(TokenRange=start:end byte offsets into the document text, SpaceAfter=No).\n");
            return EW_EXIT_OK;
        }
        if (path) {
            fprintf(stderr, "eventwatch tokenize: one FILE at most\n");
            return EW_EXIT_USAGE;
        }
        path = argv[i];
    }
    FILE *in = path && strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!in) {
        perror(path);
        return EW_EXIT_FATAL;
    }
    size_t len;
    char *buf = ew_cli_read_all(in, &len);
    if (in != stdin)
        fclose(in);
    if (!buf) {
        fprintf(stderr, "eventwatch tokenize: out of memory\n");
        return EW_EXIT_FATAL;
    }
    ew_diag d;
    ew_diag_init(&d);
    ew_arena a;
    ew_arena_init(&a, 0);
    size_t p = 0;
    while (p < len && (buf[p] == ' ' || buf[p] == '\n' || buf[p] == '\r' || buf[p] == '\t'))
        p++;
    if (p < len && buf[p] == '{')
        tokenize_jsonl(stdout, buf, len, path ? path : "<stdin>", &a, &d);
    else
        segment_and_print(stdout, NULL, buf, len, &a, &d);
    ew_arena_free(&a);
    free(buf);
    return d.errors ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}
