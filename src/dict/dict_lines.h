/*
 * dict_lines.h -- the comment and line rules shared by all PETRARCH
 * dictionary files.
 *
 * Comments: "#" to end of line, the legacy KEDS/TABARI ";" to end of line,
 * and "<!-- ... -->" possibly spanning lines (terminated by the first "-->",
 * as PETRARCH does).  What remains is right-trimmed; leading white space is
 * reported (actor date restrictions are tab-indented) and skipped.
 *
 * Ownership: the reader owns a heap copy of the file; lines point into it
 * and are valid until ew_dict_lines_close().
 */
#ifndef EW_DICT_LINES_H
#define EW_DICT_LINES_H

#include <stddef.h>

typedef struct ew_dict_lines {
    char *buf;          /* whole file, NUL-terminated, modified in place */
    size_t len;
    size_t pos;
    long lineno;        /* number of the line last returned (1-based) */
    int in_comment;     /* inside <!-- ... --> */
} ew_dict_lines;

typedef struct ew_dict_line {
    char *text;         /* comment-free, trimmed both sides, NUL-terminated */
    size_t len;
    int indented;       /* the raw line started with blank or tab */
    long lineno;
} ew_dict_line;

/* Reads the file; returns 0, or -1 with errno set. */
int ew_dict_lines_open(ew_dict_lines *r, const char *path);
/* Same, on a copy of memory (for tests and fuzzing). */
int ew_dict_lines_open_mem(ew_dict_lines *r, const char *data, size_t len);

/* Next non-empty line after comment removal.  blank_out (may be NULL) is set
 * to 1 when at least one blank (or comment-only) line was skipped before it:
 * verb pattern sets end at blank lines.  Returns 0 at end of file. */
int ew_dict_lines_next(ew_dict_lines *r, ew_dict_line *out, int *blank_out);

void ew_dict_lines_close(ew_dict_lines *r);

#endif
