/*
 * eventwatch.h -- the public C API of eventwatch.
 *
 * Load resources once, code documents from any number of threads, free:
 *
 *     ew_diag diag;
 *     ew_diag_init(&diag);                    // problems go to stderr
 *     ew_pipeline *p = ew_pipeline_open(NULL, &diag);   // shipped data/ and models/
 *     ew_arena a;
 *     ew_arena_init(&a, 0);
 *     ew_doc_result r;
 *     ew_pipeline_code_text(p, "doc-1", 20251204, text, strlen(text), &a, &r, &diag);
 *     for (size_t i = 0; i < r.events.n; i++) {
 *         const ew_event *e = &r.events.v[i];   // e->source.code, e->code, e->goldstein ...
 *     }
 *     ew_arena_free(&a);                       // every result of the document
 *     ew_pipeline_close(p);
 *
 * Contracts, per header:
 *   core/arena.h     per-document memory: everything a call returns lives in
 *                    the arena you pass; one arena per thread
 *   core/diag.h      every problem (file, line, record, reason); the library
 *                    never prints and never exits
 *   core/sentence.h  the analysed sentence (UD tokens and tree)
 *   core/event.h     the coded event
 *   pipeline/pipeline.h  loading and the raw-text entry point
 *   code/coder.h     coding an already-parsed sentence (Penn Treebank or
 *                    CoNLL-U input: io/ptb.h, io/conllu.h)
 *   io/event_json.h  the JSON Lines event format
 *   store/store.h    the SQLite event store
 *
 * The CLI (src/cli) is built on these headers alone.
 */
#ifndef EVENTWATCH_H
#define EVENTWATCH_H

#define EVENTWATCH_VERSION "0.1.0"

#include "core/arena.h"
#include "core/diag.h"
#include "core/event.h"
#include "core/sentence.h"
#include "pipeline/pipeline.h"
#include "code/coder.h"
#include "io/event_json.h"

#endif
