/*
 * token_eval.h -- how closely the tokenizer matches UD gold tokens.
 *
 * Each `# text` sentence of a CoNLL-U file is tokenized on its own (so
 * sentence splitting plays no part) and token byte spans are compared with
 * the gold tokens' spans, found by locating each FORM in the text in order.
 * A multiword token counts as its words when their forms spell it
 * ("don't" = do + n't), otherwise as the surface token.  Sentences whose
 * forms cannot be located in the text are counted and skipped.
 *
 * Ownership: the caller owns the score.  Errors as split_eval.h.
 */
#ifndef EW_TEXT_TOKEN_EVAL_H
#define EW_TEXT_TOKEN_EVAL_H

#include <stddef.h>

#include "core/diag.h"

typedef struct ew_tok_score {
    size_t sentences, unaligned;
    size_t gold, pred, correct;
} ew_tok_score;

/* docs_list as in ew_split_eval_conllu (NULL: every document). */
int ew_tok_eval_conllu(const char *path, const char *docs_list, ew_tok_score *sc, ew_diag *diag);

double ew_tok_f1(const ew_tok_score *sc, double *precision, double *recall);

#endif
