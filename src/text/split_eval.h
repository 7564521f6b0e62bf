/*
 * split_eval.h -- scoring the sentence splitter against UD gold files.
 *
 * Documents are rebuilt from the `# text` lines of a CoNLL-U file: a
 * document starts at `# newdoc`, a paragraph at `# newpar`; sentences of a
 * paragraph are joined with one space, paragraphs with a blank line.  The
 * rebuilt text goes through ew_text_segment(); a predicted sentence is
 * correct when its end offset is a gold sentence end (boundary F1).
 * Optionally the documents are first rewritten into another layout
 * (single line breaks between paragraphs, or hard-wrapped lines), as a
 * robustness check; the figures use the layout as rebuilt.
 *
 * Ownership: the caller owns the score; the reader frees what it allocates.
 * Errors: an unreadable file is reported through diag and returns -1.
 */
#ifndef EW_TEXT_SPLIT_EVAL_H
#define EW_TEXT_SPLIT_EVAL_H

#include <stddef.h>

#include "core/diag.h"
#include "text/split_layout.h"

/* Default column for EW_LAYOUT_WRAP when scoring: not the training width,
 * so the score does not reward memorised line lengths. */
#define EW_SPLIT_EVAL_WRAP 65

typedef struct ew_split_score {
    size_t docs, gold, pred, correct;
    ew_split_layout layout; /* documents rewritten first (split_layout.h); 0: as rebuilt */
    size_t wrap;           /* columns for EW_LAYOUT_WRAP, 0: EW_SPLIT_EVAL_WRAP */
    double seconds;        /* time spent inside the segmenter */
    size_t bytes;          /* text segmented */
    /* optional: called for every wrong boundary with the document text and
     * the offset; missed = 1 for a gold end not found, 0 for a spurious one */
    void (*on_error)(void *user, const char *doc_id, const char *text, size_t len,
                     size_t offset, int missed);
    void *user;
} ew_split_score;

/* Called for every rebuilt document: its text and gold end offsets
 * (ascending).  Both are only valid during the call. */
typedef void (*ew_split_doc_fn)(void *user, const char *doc_id, const char *text, size_t len,
                                const size_t *gold_ends, size_t n_gold);

/* Rebuilds the documents of a CoNLL-U file and hands each to fn.  With
 * include_list only the listed document ids, with exclude_list all but the
 * listed ones (either may be NULL; files hold one id per line). */
int ew_split_read_conllu(const char *path, const char *include_list, const char *exclude_list,
                         ew_split_doc_fn fn, void *user, ew_diag *diag);

/* Scores one rebuilt document given its gold end offsets (ascending). */
void ew_split_eval_doc(const char *doc_id, const char *text, size_t len,
                       const size_t *gold_ends, size_t n_gold, ew_split_score *sc);

/* Scores every document of a CoNLL-U file; when docs_list is not NULL only
 * the documents whose ids are listed in that file (one per line). */
int ew_split_eval_conllu(const char *path, const char *docs_list, ew_split_score *sc,
                         ew_diag *diag);

double ew_split_precision(const ew_split_score *sc);
double ew_split_recall(const ew_split_score *sc);
double ew_split_f1(const ew_split_score *sc);

#endif
