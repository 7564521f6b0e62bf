/*
 * ingest.c -- batch pipeline behind `eventwatch ingest` (see ingest.h for
 * the determinism and crash-safety argument).
 *
 *   reader callback: copy the document into the next batch slot
 *   batch full:      mark documents already stored -> code the rest on
 *                    worker threads (dynamic hand-out, results per slot) ->
 *                    write slots in input order in one transaction
 */
#include "store/ingest.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/doc_events.h"

typedef struct slot {
    ew_doc doc;             /* strings in the batch arena */
    int64_t key;
    int skip;               /* already stored, or a repeat inside the batch */
    int failed;
    ew_event_list events;   /* in the arena of the worker that coded it */
} slot;

typedef struct worker {
    struct ew_ingest *in;
    ew_arena arena;
    ew_diag diag;
    pthread_t tid;
} worker;

struct ew_ingest {
    ew_store *store;
    ew_ingest_opts opt;
    ew_diag *diag;
    ew_diag reader_diag;    /* forwards to diag and logs into ingest_log */
    ew_ingest_stats st;
    slot *slots;
    int n;
    ew_arena batch_arena;
    worker *workers;
    atomic_int next;
    int fatal;
    int log_failed;         /* ingest_log could not be written: stop trying */
};

static void log_and_forward(void *user, ew_severity sev, const char *file, long line,
                            const char *record, const char *msg)
{
    ew_ingest *in = user;
    ew_diag_report(in->diag, sev, file, line, record, "%s", msg);
    /* one failure (locked, full) is reported once; the records are still
     * reported above, only their copy in ingest_log is missing */
    if (sev == EW_ERROR && !in->fatal && !in->log_failed)
        in->log_failed = ew_store_log_reject(in->store, file, line, record, msg) != 0;
}

ew_ingest *ew_ingest_new(ew_store *s, const ew_ingest_opts *opts, ew_diag *diag)
{
    ew_ingest *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    in->store = s;
    if (opts)
        in->opt = *opts;
    if (in->opt.threads <= 0)
        in->opt.threads = 1;
    if (in->opt.batch <= 0)
        in->opt.batch = 256;
    in->diag = diag;
    ew_diag_init(&in->reader_diag);
    in->reader_diag.fn = log_and_forward;
    in->reader_diag.user = in;
    in->slots = calloc((size_t)in->opt.batch, sizeof *in->slots);
    in->workers = calloc((size_t)in->opt.threads, sizeof *in->workers);
    if (!in->slots || !in->workers) {
        ew_ingest_free(in);
        return NULL;
    }
    ew_arena_init(&in->batch_arena, 1 << 20);
    for (int i = 0; i < in->opt.threads; i++) {
        in->workers[i].in = in;
        ew_arena_init(&in->workers[i].arena, 1 << 20);
    }
    return in;
}

void ew_ingest_free(ew_ingest *in)
{
    if (!in)
        return;
    if (in->workers)
        for (int i = 0; i < in->opt.threads; i++)
            ew_arena_free(&in->workers[i].arena);
    ew_arena_free(&in->batch_arena);
    free(in->workers);
    free(in->slots);
    free(in);
}

const ew_ingest_stats *ew_ingest_get_stats(const ew_ingest *in) { return &in->st; }

static const char *dup(ew_arena *a, const char *s) { return s ? ew_arena_strdup(a, s) : NULL; }

/* Marks stored documents and repeats inside the batch: they are not coded. */
static int mark_known(ew_ingest *in)
{
    for (int i = 0; i < in->n; i++) {
        slot *sl = &in->slots[i];
        sl->key = ew_store_doc_key(sl->doc.text, NULL);
        int have = ew_store_has_document(in->store, sl->key);
        if (have < 0)
            return -1;
        for (int j = 0; j < i && !have; j++)
            have = in->slots[j].key == sl->key;
        sl->skip = have;
        if (have)
            in->st.duplicates++;
    }
    return 0;
}

static void *work(void *arg)
{
    worker *w = arg;
    ew_ingest *in = w->in;
    int i;
    while ((i = atomic_fetch_add(&in->next, 1)) < in->n) {
        slot *sl = &in->slots[i];
        if (sl->skip)
            continue;
        sl->failed = in->opt.code(in->opt.coder, &sl->doc, &w->arena, &sl->events, &w->diag) != 0;
    }
    return NULL;
}

static void code_batch(ew_ingest *in)
{
    atomic_store(&in->next, 0);
    for (int t = 0; t < in->opt.threads; t++) {
        worker *w = &in->workers[t];
        w->diag = *in->diag;   /* same destination and settings, own counters */
        w->diag.notes = w->diag.warnings = w->diag.errors = 0;
    }
    int started = 0;
    for (int t = 1; t < in->opt.threads; t++)
        if (pthread_create(&in->workers[t].tid, NULL, work, &in->workers[t]) == 0)
            started = t;
        else
            break;
    work(&in->workers[0]);   /* the calling thread works too */
    for (int t = 1; t <= started; t++)
        pthread_join(in->workers[t].tid, NULL);
    for (int t = 0; t < in->opt.threads; t++) {
        in->diag->notes += in->workers[t].diag.notes;
        in->diag->warnings += in->workers[t].diag.warnings;
        in->diag->errors += in->workers[t].diag.errors;
    }
}

static int write_slot(ew_ingest *in, slot *sl)
{
    ew_store_doc d = {.ext_id = sl->doc.id, .date = sl->doc.date, .source = sl->doc.source,
                      .url = sl->doc.url, .title = sl->doc.title, .text = sl->doc.text,
                      .file = sl->doc.file, .line = sl->doc.line};
    int rc = ew_store_add_document(in->store, &d, NULL);
    if (rc <= 0)
        return rc;
    in->st.stored++;
    if (in->opt.code)
        in->st.coded += !sl->failed;
    in->st.code_failed += sl->failed;
    for (size_t i = 0; i < sl->events.n; i++) {
        rc = ew_store_add_event(in->store, sl->key, sl->doc.source, &sl->events.v[i], NULL);
        if (rc < 0)
            return -1;
        in->st.events += rc != 2;
        in->st.new_events += rc == 1;
    }
    return 0;
}

static void count_only(ew_ingest *in)
{
    for (int i = 0; i < in->n; i++) {
        in->st.coded += in->opt.code && !in->slots[i].failed;
        in->st.code_failed += in->slots[i].failed;
        in->st.events += (long)in->slots[i].events.n;
    }
}

static int write_batch(ew_ingest *in)
{
    if (ew_store_begin(in->store))
        return -1;
    for (int i = 0; i < in->n; i++)
        if (!in->slots[i].skip && write_slot(in, &in->slots[i]))
            goto fail;
    if (ew_store_commit(in->store) == 0)
        return 0;
fail:
    ew_store_rollback(in->store);
    return -1;
}

static int flush(ew_ingest *in)
{
    if (!in->n || in->fatal)
        return in->fatal ? -1 : 0;
    ew_ingest_stats before = in->st;
    int rc = in->opt.dry_run ? 0 : mark_known(in);
    if (!rc && in->opt.code)
        code_batch(in);
    if (!rc && in->opt.dry_run)
        count_only(in);
    else if (!rc)
        rc = write_batch(in);
    if (rc) {
        /* counts describe what is committed: undo this batch's */
        ew_doc_stats docs = in->st.docs;
        in->st = before;
        in->st.docs = docs;
        in->fatal = 1;
    }
    memset(in->slots, 0, (size_t)in->n * sizeof *in->slots);
    in->n = 0;
    ew_arena_reset(&in->batch_arena);
    for (int t = 0; t < in->opt.threads; t++)
        ew_arena_reset(&in->workers[t].arena);
    if (!rc && in->opt.progress)
        in->opt.progress(in->opt.progress_user, &in->st);
    return rc;
}

static int take_doc(void *user, const ew_doc *d)
{
    ew_ingest *in = user;
    slot *sl = &in->slots[in->n++];
    ew_arena *a = &in->batch_arena;
    sl->doc = *d;
    sl->doc.id = dup(a, d->id);
    sl->doc.source = dup(a, d->source);
    sl->doc.url = dup(a, d->url);
    sl->doc.title = dup(a, d->title);
    sl->doc.lang = dup(a, d->lang);
    sl->doc.file = dup(a, d->file);
    sl->doc.text = ew_arena_strndup(a, d->text, d->text_len);
    if (in->n == in->opt.batch)
        return flush(in) ? -1 : 0;
    return 0;
}

int ew_ingest_file(ew_ingest *in, const char *path)
{
    if (in->fatal)
        return -1;
    int rc = ew_doc_read_file(path, &in->opt.doc, take_doc, in, &in->reader_diag, &in->st.docs);
    return in->fatal || rc > 0 ? -1 : 0;
}

int ew_ingest_finish(ew_ingest *in)
{
    return flush(in);
}

/* ---- pre-coded events ---- */

typedef struct ev_ctx {
    ew_ingest *in;
    char last_doc[256];
    int64_t last_key;
    char source[128];
    long pending;
} ev_ctx;

static int doc_for_event(ev_ctx *c, const ew_event *ev)
{
    const char *id = ev->doc_id ? ev->doc_id : "";
    if (c->last_key && !strcmp(id, c->last_doc))
        return 0;
    int rc = ew_store_find_document(c->in->store, id, &c->last_key, c->source, sizeof c->source);
    if (rc < 0)
        return -1;
    if (rc == 0) {
        /* the document itself was not ingested: a stub keeps provenance */
        char key[300];
        snprintf(key, sizeof key, "events:%s", id);
        ew_store_doc d = {.ext_id = id, .date = ev->date, .text = "", .key_text = key};
        if (ew_store_add_document(c->in->store, &d, &c->last_key) < 0)
            return -1;
        c->source[0] = 0;
    }
    snprintf(c->last_doc, sizeof c->last_doc, "%s", id);
    return 0;
}

static int take_event(void *user, const ew_event *ev, const char *file, long line)
{
    (void)file;
    (void)line;
    ev_ctx *c = user;
    ew_store *s = c->in->store;
    if (c->pending == 0 && ew_store_begin(s))
        return 1;
    if (doc_for_event(c, ev))
        return 1;
    int rc = ew_store_add_event(s, c->last_key, c->source[0] ? c->source : NULL, ev, NULL);
    if (rc < 0)
        return 1;
    c->in->st.events += rc != 2;
    c->in->st.new_events += rc == 1;
    if (++c->pending == 10000) {
        c->pending = 0;
        return ew_store_commit(s) ? 1 : 0;
    }
    return 0;
}

int ew_ingest_events_file(ew_ingest *in, const char *path)
{
    if (in->fatal || flush(in))
        return -1;
    ev_ctx c = {.in = in};
    long read = 0, rej = 0;
    int rc = ew_doc_read_events(path, take_event, &c, &in->reader_diag, &read, &rej);
    in->st.event_lines += read;
    in->st.event_rejected += rej;
    if (rc > 0 || (c.pending && ew_store_commit(in->store))) {
        ew_store_rollback(in->store);
        in->fatal = 1;
        return -1;
    }
    return 0;
}
