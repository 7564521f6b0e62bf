/*
 * conllu.h -- CoNLL-U (Universal Dependencies) reader and writer.
 *
 *   reader  streaming, one sentence at a time, from a FILE* or a memory
 *           buffer.  Comments "# sent_id = ", "# text = " and
 *           "# newdoc id = " fill ew_sentence.id / .text / .doc_id;
 *           multiword-token lines ("3-4") and empty nodes ("5.1") are
 *           checked and skipped from the tree (a multiword token's surface
 *           span is given to its words).  UD v1 labels are translated
 *           (ew_rel_from_label); v1 `nmod` on a predicate (VERB/AUX/ADJ head,
 *           or a head that has a `cop` dependent) becomes `obl`.
 *           A sentence with a bad line (not 10 tab-separated columns, bad id
 *           or head, head out of range, cycle) is reported with file, line
 *           and reason, and skipped whole; reading goes on with the next.
 *           HEAD "_" is accepted (unparsed input): head = -1, rel = dep.
 *   writer  ew_conllu_write(): one sentence as valid CoNLL-U (10 columns,
 *           "_" for unknown fields, SpaceAfter=No from the byte spans),
 *           followed by the blank line.
 *
 * Ownership: sentences and every string in them live in the arena passed
 * to ew_conllu_next(); the reader owns only its line buffer (freed by
 * ew_conllu_close) and never closes the FILE.
 */
#ifndef EW_IO_CONLLU_H
#define EW_IO_CONLLU_H

#include <stdio.h>

#include "core/arena.h"
#include "core/diag.h"
#include "core/sentence.h"

typedef struct ew_conllu_reader {
    FILE *f;              /* source, or NULL for a memory buffer */
    const char *mem;      /* memory source and its end */
    const char *mem_end;
    const char *file;     /* name for diagnostics */
    long line;            /* number of the last line read (1-based) */
    long line_base;       /* added to line numbers (memory text embedded in a bigger file) */
    ew_diag *diag;
    char *buf;            /* line buffer (heap, reader-owned) */
    size_t cap;
    size_t skipped;       /* sentences rejected so far */
    int as_written;       /* 1: keep relations as written (UD v2 treebanks);
                             0 (set by open): UD v1 nmod on a predicate -> obl */
} ew_conllu_reader;

/* Starts reading from f (not closed by the reader). */
void ew_conllu_open_file(ew_conllu_reader *r, FILE *f, const char *name,
                         ew_diag *diag);
/* Starts reading from text[0..len) (not copied: must outlive the reader).
 * line_base is added to reported line numbers. */
void ew_conllu_open_mem(ew_conllu_reader *r, const char *text, size_t len,
                        const char *name, long line_base, ew_diag *diag);

/* Next valid sentence into *out (allocated in arena).  Returns 1 when a
 * sentence was read, 0 at end of input, -1 on a read error (reported).
 * Invalid sentences are reported, counted in r->skipped and passed over. */
int ew_conllu_next(ew_conllu_reader *r, ew_arena *arena, ew_sentence **out);

/* Frees the reader's line buffer. */
void ew_conllu_close(ew_conllu_reader *r);

/* Convenience: the first valid sentence of a memory text, or NULL. */
ew_sentence *ew_conllu_parse(const char *text, size_t len, ew_arena *arena,
                             ew_diag *diag, const char *file, long line);

/* Writes s as CoNLL-U plus the closing blank line.  Returns 0, or -1 when
 * the stream reports an error. */
int ew_conllu_write(FILE *out, const ew_sentence *s);

#endif
