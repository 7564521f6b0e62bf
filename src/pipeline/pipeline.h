/*
 * pipeline.h -- one document of raw text to enriched events, the main job.
 *
 *   text -> segment (src/text) -> tag, lemmatise, parse (src/nlp)
 *        -> "US"/"member states" repairs (forms.h), dictionary names
 *           joined in the tree (names.h)
 *        -> code (src/code, require_dyad off) -> actor texts from tokens
 *           (event_text.h), agentless-passive sources dropped (passive.h),
 *           document context: he/she/it/they, learned surnames, the
 *           document's country for "---GOV" (doc_context.h)
 *        -> require_dyad, self-references and duplicates dropped
 *        -> enrich (src/enrich) -> geocode (src/geo) -> events
 *
 * ew_pipeline_open loads everything once: dictionaries (PETR_config.ini in
 * dict_dir, default the shipped data/), models (default models/), the CAMEO
 * table (<data>/cameo/cameo_codes.tsv).  After that the pipeline is
 * read-only: any number of threads may call ew_pipeline_code_text, each
 * with its own arena.  Results are deterministic: the same text, date and
 * resources give the same events in the same order.
 *
 * Errors: open reports what could not be loaded (naming the file) and
 * returns NULL.  Coding never fails on bad text; repaired UTF-8 and skipped
 * over-long sentences are reported through diag.
 * Ownership: the pipeline owns its resources (ew_pipeline_close frees
 * them); results live in the caller's arena.
 */
#ifndef EW_PIPELINE_PIPELINE_H
#define EW_PIPELINE_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

#include "code/coder.h"
#include "core/arena.h"
#include "core/diag.h"
#include "core/event.h"
#include "dict/cameo.h"
#include "dict/dict.h"
#include "enrich/enrich.h"
#include "nlp/nlp.h"
#include "text/segment.h"

typedef struct ew_pipeline_config {
    const char *dict_dir;     /* NULL: ew_default_data_dir() */
    const char *models_dir;   /* NULL: ew_default_models_dir() */
    const char *cameo_path;   /* NULL: <data dir>/cameo/cameo_codes.tsv */
    int strict_dict;          /* a rejected dictionary line is fatal */
    int need_models;          /* 0: open without models (pre-parsed input only) */
    const char *gazetteer_path; /* NULL: <data dir>/geo/gazetteer.bin */
    int no_geo;               /* 1: do not geocode (events keep empty locations) */
} ew_pipeline_config;

typedef struct ew_pipeline {
    ew_dict *dict;
    ew_nlp_models *nlp;       /* NULL when opened without models */
    ew_cameo *cameo;          /* NULL when the table is missing (reported) */
    ew_enricher enricher;
    ew_coder coder;
    struct ew_gazetteer *gaz; /* NULL: missing/refused gazetteer (reported), no geocoding */
} ew_pipeline;

typedef struct ew_doc_result {
    ew_segmented seg;         /* the sentences, analysed */
    ew_event_list events;
    int story_discarded;      /* a story-level discard phrase matched */
    size_t sentences_discarded;
} ew_doc_result;

ew_pipeline *ew_pipeline_open(const ew_pipeline_config *cfg, ew_diag *diag);
void ew_pipeline_close(ew_pipeline *p);

/* Codes one document of raw text.  doc_id may be NULL; date is YYYYMMDD
 * (0: unknown, dated actor codes then use their defaults).  Returns 0, or -1
 * if the text cannot be segmented (over 4 GiB; reported). */
int ew_pipeline_code_text(const ew_pipeline *p, const char *doc_id, int32_t date,
                          const char *text, size_t len, ew_arena *a,
                          ew_doc_result *out, ew_diag *diag);

/* Codes one already-analysed sentence (PTB, CoNLL-U input), enriches its
 * events and, when the pipeline has a gazetteer, places them (action and
 * actor locations from this sentence alone); returns the coder's status. */
ew_code_status ew_pipeline_code_sentence(const ew_pipeline *p, const ew_sentence *s,
                                         ew_arena *a, ew_event_list *out);

/* Places events out->v[first..n) coded from the pre-parsed sentence s:
 * ActionGeo, Actor1Geo, Actor2Geo from that sentence's words alone, as
 * ew_pipeline_code_text does per document.  For callers that code with a
 * bare ew_coder (the parsed-input path of `eventwatch code`).  g NULL: no-op.
 * Allocates from a; never fails (no place is a result). */
void ew_pipeline_geocode_sentence(const struct ew_gazetteer *g, const ew_sentence *s,
                                  ew_event_list *out, size_t first, ew_arena *a);

/* The analysis every raw-text sentence gets before coding, in this order:
 * words joined by underscores split (underscore.h), Wikinews-cut demonyms
 * rejoined (demonyms.h), tagged and parsed, tagger forms normalised
 * (forms.h), multiword names joined (names.h).  One function so that
 * `code`, `explain` and `validate --parse own` analyse a sentence the same
 * way.  d NULL skips the two dictionary-driven joins.  Allocates from a. */
void ew_pipeline_analyse_sentence(const ew_nlp_models *m, const ew_dict *d, ew_sentence *s,
                                  ew_arena *a);

/* Analyses text that is known to be one sentence (a suite record, an
 * "explain" box): tokens of every segment are merged into one sentence,
 * then ew_pipeline_analyse_sentence() (m NULL: tokens only).  Token
 * offsets index `text`.  NULL when the text has no tokens. */
ew_sentence *ew_pipeline_analyse_one(const ew_nlp_models *m, const ew_dict *d, const char *text,
                                     int32_t date, ew_arena *a, ew_diag *diag);

#endif
