/*
 * sentence.h -- the one in-memory form of an analysed sentence.
 *
 * Every parse source feeds this structure: the Penn Treebank converter
 * (src/io/ptb*), the CoNLL-U reader (src/io/conllu*) and eventwatch's own
 * tagger and parser (src/nlp).  The coder (src/code) reads only this, so it
 * cannot tell -- and need not care -- where a tree came from.
 *
 * Conventions follow CoNLL-U: tokens are numbered from 1 in `head`; tok[i]
 * is the token with CoNLL-U id i+1; head 0 is the root.  Relations are UD v2;
 * readers of UD v1 input translate (dobj -> obj, nsubjpass -> nsubj:pass,
 * nmod on a predicate -> obl, neg -> advmod with subtype "neg").
 *
 * Ownership: all strings and arrays are owned by the arena of the document
 * that produced the sentence; the structure is plain data, never freed on
 * its own.
 */
#ifndef EW_SENTENCE_H
#define EW_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

/* Universal POS tags, in the order of the UD documentation. */
typedef enum ew_upos {
    EW_UPOS_X = 0, /* also "unknown" */
    EW_UPOS_ADJ, EW_UPOS_ADP, EW_UPOS_ADV, EW_UPOS_AUX, EW_UPOS_CCONJ,
    EW_UPOS_DET, EW_UPOS_INTJ, EW_UPOS_NOUN, EW_UPOS_NUM, EW_UPOS_PART,
    EW_UPOS_PRON, EW_UPOS_PROPN, EW_UPOS_PUNCT, EW_UPOS_SCONJ, EW_UPOS_SYM,
    EW_UPOS_VERB,
    EW_UPOS_COUNT
} ew_upos;

/* Universal dependency relations (UD v2), without subtypes. */
typedef enum ew_rel {
    EW_REL_DEP = 0, /* also "unknown" */
    EW_REL_ROOT, EW_REL_ACL, EW_REL_ADVCL, EW_REL_ADVMOD, EW_REL_AMOD,
    EW_REL_APPOS, EW_REL_AUX, EW_REL_CASE, EW_REL_CC, EW_REL_CCOMP,
    EW_REL_CLF, EW_REL_COMPOUND, EW_REL_CONJ, EW_REL_COP, EW_REL_CSUBJ,
    EW_REL_DET, EW_REL_DISCOURSE, EW_REL_DISLOCATED, EW_REL_EXPL,
    EW_REL_FIXED, EW_REL_FLAT, EW_REL_GOESWITH, EW_REL_IOBJ, EW_REL_LIST,
    EW_REL_MARK, EW_REL_NMOD, EW_REL_NSUBJ, EW_REL_NUMMOD, EW_REL_OBJ,
    EW_REL_OBL, EW_REL_ORPHAN, EW_REL_PARATAXIS, EW_REL_PUNCT,
    EW_REL_REPARANDUM, EW_REL_VOCATIVE, EW_REL_XCOMP,
    EW_REL_COUNT
} ew_rel;

typedef struct ew_token {
    const char *form;    /* surface form, never NULL */
    const char *lemma;   /* NULL until lemmatised */
    const char *xpos;    /* Penn Treebank tag or NULL */
    const char *feats;   /* UD features or NULL */
    const char *subrel;  /* relation subtype after ':' ("pass", "poss"...) or NULL */
    uint8_t upos;        /* ew_upos */
    uint8_t rel;         /* ew_rel */
    int32_t head;        /* CoNLL-U head: 0 root, 1..n token, -1 not yet parsed */
    uint32_t start, end; /* byte span in ew_sentence.text; end==0 when unknown */
} ew_token;

struct ew_ptb_node; /* constituency tree, src/io/ptb.h */

typedef struct ew_sentence {
    const char *doc_id;  /* may be NULL */
    const char *id;      /* sentence id within the document or suite */
    const char *text;    /* original text of the sentence, may be NULL */
    int32_t date;        /* YYYYMMDD, 0 when unknown */
    size_t n;            /* number of tokens */
    ew_token *tok;       /* n tokens */
    const struct ew_ptb_node *ptb; /* constituency tree when the input had one */
    uint32_t text_offset; /* where `text` starts inside its document text */
} ew_sentence;

/* Name <-> enum.  Unknown names map to EW_UPOS_X / EW_REL_DEP. */
const char *ew_upos_name(ew_upos u);
ew_upos ew_upos_from_name(const char *s);
const char *ew_rel_name(ew_rel r);
/* Parses a full label such as "nsubj:pass" or a UD v1 label such as
 * "nsubjpass" (-> nsubj, "pass"), "dobj" (-> obj), "neg" (-> advmod, "neg").
 * *subrel receives the subtype: a pointer into `label` just after ':' (so
 * `label` must outlive the token), a static string for translated v1 labels,
 * or NULL.  v1 "nmod" stays nmod: only the reader knows whether the head is a
 * predicate and the label should become obl. */
ew_rel ew_rel_from_label(const char *label, const char **subrel);

/* Writes the full label ("obl:agent") into buf; returns buf. */
char *ew_rel_label(const ew_token *t, char *buf, size_t size);

#endif
