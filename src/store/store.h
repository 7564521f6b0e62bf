/*
 * store.h -- the event store: documents, sentences, deduplicated events,
 * mentions and the ingest log, behind one small interface.
 *
 * SQLite (WAL, synchronous=NORMAL, prepared statements) is the only backend
 * today; everything above this header (ingest, exports, aggregates, alerts,
 * mediation, the API server) talks to ew_store_* only, so a PostgreSQL
 * backend can follow without touching them.  The SQL is kept portable: no
 * SQLite-only syntax outside store.c, except FTS5, which is optional.
 *
 * Schema, keys and the deduplication rule are documented in docs/schema.md.
 * In short: documents are keyed by SHA-256 of their whitespace-normalised
 * text; an event row is one (date bucket, source, target, CAMEO code,
 * location) and is keyed by its day and a 64-bit hash of that tuple
 * (store/hash64.h), so ids are stable functions of content and sort by
 * date; every sentence behind an event is a mention row.
 *
 * Transactions: callers group work with ew_store_begin()/ew_store_commit().
 * A document and all its events belong in one transaction, so a crash never
 * leaves a document without its events (re-ingest then skips it cleanly).
 *
 * Errors: every function returning int gives 0 (or a documented positive
 * value) on success and -1 on failure, after a report to the ew_diag given
 * at open time that names the database file and the SQLite reason
 * ("database is locked", "database or disk is full" ...).  After a failed
 * call inside a transaction, call ew_store_rollback(); rows committed
 * earlier are kept.
 *
 * Ownership: ew_store_open() allocates the handle, ew_store_close() frees
 * it.  Strings passed in are copied by SQLite; rows handed to callbacks are
 * valid only during the callback.  Thread use: one thread at a time.
 */
#ifndef EW_STORE_H
#define EW_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"
#include "core/event.h"

typedef struct ew_store ew_store;

/* A document as the readers deliver it.  Only text is required. */
typedef struct ew_store_doc {
    const char *ext_id;   /* the input's own id ("wikinews-ID736"), may be NULL */
    int32_t date;         /* YYYYMMDD, 0 unknown */
    const char *source;   /* news source name ("Wikinews"), may be NULL */
    const char *url, *title;
    const char *text;     /* NUL-terminated UTF-8 */
    const char *file;     /* input file, for the record */
    long line;            /* line or record number inside it */
    const char *key_text; /* NULL: key from text; else key from this instead
                             (stub documents for pre-coded events, whose
                             text is unknown) */
} ew_store_doc;

typedef struct ew_store_opts {
    int window_days;      /* dedup window: events in the same bucket of this many days merge; 0 -> 1 */
    int no_fts;           /* skip the FTS5 index even when SQLite has it */
    int must_exist;       /* fail instead of creating a missing database
                             (commands that only read: a typo must not
                             silently give an empty store) */
} ew_store_opts;

/* Opens (creating if needed) the database at path.  opts may be NULL.
 * diag must outlive the store; it may be NULL.  Returns NULL on failure
 * (reported). */
ew_store *ew_store_open(const char *path, const ew_store_opts *opts, ew_diag *diag);
void ew_store_close(ew_store *s);

int ew_store_begin(ew_store *s);
int ew_store_commit(ew_store *s);
void ew_store_rollback(ew_store *s);

/* Builds the secondary indexes used by analysis queries (date order,
 * mentions by document).  Call after bulk writes, outside a transaction;
 * ingest does.  Idempotent.  0 or -1. */
int ew_store_index(ew_store *s);

/* Computes the document key (63-bit, from SHA-256 of the normalised text)
 * and the hex digest (hex may be NULL).  Pure: no database access. */
int64_t ew_store_doc_key(const char *text, char hex[65]);

/* 1 if a document with this key is stored, 0 if not, -1 on error. */
int ew_store_has_document(ew_store *s, int64_t doc_key);

/* Stores the document.  Returns 1 when new, 0 when the same text was
 * already stored (nothing changes: re-ingest is idempotent), -1 on error.
 * *doc_key (may be NULL) receives the key either way. */
int ew_store_add_document(ew_store *s, const ew_store_doc *doc, int64_t *doc_key);

/* Finds a stored document by the input's own id.  Returns 1 and fills
 * *doc_key (and up to size-1 bytes of its news source into source, which
 * may be NULL) when found, 0 when not, -1 on error.  When several
 * documents share the id, the earliest added wins. */
int ew_store_find_document(ew_store *s, const char *ext_id, int64_t *doc_key,
                           char *source, size_t size);

/* Stores a sentence of a stored document (for provenance and full-text
 * search).  Idempotent on (doc_key, sent_id). */
int ew_store_add_sentence(ew_store *s, int64_t doc_key, const char *sent_id,
                          uint32_t offset, const char *text);

/* Adds one coded event seen in document doc_key.  Merges it into the event
 * row of its dedup key (creating it when new) and records the mention.
 * The mention is idempotent on (event, document, sentence, verb span):
 * adding the same event from the same sentence twice changes nothing.
 * doc_source is the document's news source (for NumSources), may be NULL.
 * Returns 1 new event row, 0 merged into an existing one (a new mention),
 * 2 when this very mention was already stored (nothing changed), -1 error.
 * *event_id (may be NULL) receives the event key. */
int ew_store_add_event(ew_store *s, int64_t doc_key, const char *doc_source,
                       const ew_event *ev, int64_t *event_id);

/* Records a rejected input record in ingest_log (file, line, reason). */
int ew_store_log_reject(ew_store *s, const char *file, long line,
                        const char *record, const char *reason);

/* ---- reading ---- */

/* A stored location (actor locations; the action location keeps its flat
 * geo_* fields in ew_store_event).  type 0: none, the rest is then 0/NULL. */
typedef struct ew_store_geo {
    int type;
    const char *name, *country, *adm1;
    double lat, lon;
    long feature;
} ew_store_geo;

/* One stored event, as handed to ew_store_each_event callbacks.  Strings
 * are NULL when the column is NULL. */
typedef struct ew_store_event {
    int64_t id;
    int32_t date;                  /* YYYYMMDD */
    const char *code, *base_code, *root_code;
    int quad_class;                /* 0 unknown */
    int has_goldstein;
    double goldstein;
    const char *plover, *dimension, *issues;
    const char *src_code, *src_name, *src_country, *src_agent;
    const char *tgt_code, *tgt_name, *tgt_country, *tgt_agent;
    int geo_type;                  /* 0 none */
    const char *geo_name, *geo_country, *geo_adm1;
    double geo_lat, geo_lon;
    long geo_feature;
    int is_root;
    int num_mentions, num_sources, num_articles;
    const char *url;               /* URL of the first document seen */
    const char *doc_id;            /* ext id of the first document */
    const char *sent_id;           /* sentence of the first mention */
    const char *sentence;          /* its text, when stored */
    const char *news_source;       /* news source of the first document */
    const char *added;             /* UTC time first stored, "YYYYMMDDHHMMSS" */
    ew_store_geo actor1_geo;       /* where the source actor is (Actor1Geo) */
    ew_store_geo actor2_geo;       /* where the target actor is (Actor2Geo) */
} ew_store_event;

/* Selection for ew_store_each_event.  Zero/NULL fields do not filter.
 * actor_a/actor_b match an actor's country or the start of its code; with
 * both set, events between the two in either direction are selected. */
typedef struct ew_store_filter {
    int32_t date_from, date_to;    /* inclusive, YYYYMMDD */
    const char *actor_a, *actor_b;
    const char *code_prefix;       /* "14" selects protests */
} ew_store_filter;

/* Return nonzero from a callback to stop the walk (the walk then returns
 * that value). */
typedef int (*ew_store_event_fn)(void *user, const ew_store_event *ev);

/* Walks events in (date, id) order.  Returns 0, the callback's nonzero
 * value, or -1 on a database error. */
int ew_store_each_event(ew_store *s, const ew_store_filter *f,
                        ew_store_event_fn fn, void *user);

typedef struct ew_store_mention {
    int64_t event_id;
    const char *doc_id, *url, *news_source, *sent_id, *sentence, *pattern;
    int32_t doc_date;
    ew_span source, target, verb;
} ew_store_mention;

typedef int (*ew_store_mention_fn)(void *user, const ew_store_mention *m);

/* Walks the mentions of one event (document order).  Same returns. */
int ew_store_each_mention(ew_store *s, int64_t event_id,
                          ew_store_mention_fn fn, void *user);

/* Counts of rows, for summaries and tests. */
typedef struct ew_store_counts {
    long documents, sentences, events, mentions, rejected;
} ew_store_counts;
int ew_store_count(ew_store *s, ew_store_counts *out);

/* Full-text search over stored sentences (FTS5 MATCH syntax); calls fn
 * with sentence rows as mentions (event_id 0).  Returns -1 when FTS5 is
 * not available. */
int ew_store_search(ew_store *s, const char *query, int limit,
                    ew_store_mention_fn fn, void *user);

#endif
