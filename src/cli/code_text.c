/*
 * code_text.c -- raw text through the pipeline to JSON Lines events (see
 * code_text.h).
 */
#include "cli/code_text.h"

#include "cli/commands.h"
#include "cli/parallel.h"
#include "cli/read_all.h"
#include "io/doc_reader.h"
#include "io/event_json.h"
#include "pipeline/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define BATCH 256

typedef struct doc_copy {
    char *id;
    int32_t date;
    char *text;
    size_t len;
} doc_copy;

typedef struct batch {
    const ew_pipeline *p;
    doc_copy doc[BATCH];
    ew_jbuf out[BATCH];
    long events[BATCH], sentences[BATCH];
    int n;
    ew_diag *diag;
} batch;

static void code_doc(ew_cli_worker *w, long i)
{
    batch *b = w->ctx;
    doc_copy *dc = &b->doc[i];
    ew_doc_result r;
    if (ew_pipeline_code_text(b->p, dc->id, dc->date, dc->text, dc->len, &w->arena, &r,
                              &w->diag) != 0)
        return;
    for (size_t k = 0; k < r.events.n; k++)
        ew_event_json(&b->out[i], &r.events.v[k]);
    b->events[i] = (long)r.events.n;
    b->sentences[i] = (long)r.seg.n;
}

typedef struct run_state {
    batch *b;
    int threads;
    long docs, sentences, events;
    int tty;
    double t0;
} run_state;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void flush_batch(run_state *rs)
{
    batch *b = rs->b;
    ew_cli_parallel(rs->threads, b->n, code_doc, b, b->diag);
    for (int i = 0; i < b->n; i++) {
        if (b->out[i].n) /* a document without events has no buffer (NULL) */
            fwrite(b->out[i].p, 1, b->out[i].n, stdout);
        ew_jbuf_free(&b->out[i]);
        rs->events += b->events[i];
        rs->sentences += b->sentences[i];
        b->events[i] = b->sentences[i] = 0;
        free(b->doc[i].id);
        free(b->doc[i].text);
    }
    rs->docs += b->n;
    b->n = 0;
    if (rs->tty)
        fprintf(stderr, "\rcode: %ld documents, %ld sentences, %ld events", rs->docs,
                rs->sentences, rs->events);
}

static int on_doc(void *user, const ew_doc *d)
{
    run_state *rs = user;
    batch *b = rs->b;
    doc_copy *dc = &b->doc[b->n++];
    dc->id = strdup(d->id ? d->id : "");
    dc->text = malloc(d->text_len + 1);
    if (!dc->id || !dc->text)
        abort();
    memcpy(dc->text, d->text, d->text_len);
    dc->text[d->text_len] = '\0';
    dc->len = d->text_len;
    dc->date = d->date;
    if (b->n == BATCH)
        flush_batch(rs);
    return 0;
}

/* stdin: JSON Lines when it starts with '{', else one plain-text document. */
static void read_stdin(run_state *rs, const ew_doc_opts *dopt, ew_diag *diag, ew_doc_stats *st)
{
    size_t n;
    char *buf = ew_cli_read_all(stdin, &n);
    if (!buf)
        abort();
    size_t i = 0;
    while (i < n && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t'))
        i++;
    if (i < n && buf[i] == '{') {
        ew_doc_read_jsonl_mem(buf, n, "<stdin>", dopt, on_doc, rs, diag, st);
    } else if (i < n) {
        ew_doc d = {.id = "stdin", .date = dopt->default_date, .text = buf, .text_len = n,
                    .file = "<stdin>", .line = 1};
        if (!d.date) /* as for a plain-text file: the dateline's date, if any */
            d.date = ew_doc_text_date(buf, n, 0);
        st->read++;
        on_doc(rs, &d);
    }
    free(buf);
}

int ew_cli_code_text(const ew_code_text_opts *o, char **files, int nfiles, ew_diag *diag)
{
    ew_pipeline_config cfg = {.dict_dir = o->dict_dir, .models_dir = o->models_dir,
                              .need_models = 1, .no_geo = o->no_geo};
    ew_pipeline *p = ew_pipeline_open(&cfg, diag);
    if (!p) {
        fprintf(stderr, "eventwatch: could not load the dictionaries and models\n");
        return EW_EXIT_FATAL;
    }
    batch *b = calloc(1, sizeof *b);
    if (!b)
        abort();
    b->p = p;
    b->diag = diag;
    run_state rs = {b, o->threads > 0 ? o->threads : 1, 0, 0, 0, isatty(2), now()};
    ew_doc_opts dopt = {0, o->default_date, NULL};
    ew_doc_stats st = {0};
    if (nfiles == 0)
        read_stdin(&rs, &dopt, diag, &st);
    for (int f = 0; f < nfiles; f++) {
        if (!strcmp(files[f], "-"))
            read_stdin(&rs, &dopt, diag, &st);
        else
            ew_doc_read_file(files[f], &dopt, on_doc, &rs, diag, &st);
    }
    if (b->n)
        flush_batch(&rs);
    if (rs.tty)
        fputc('\n', stderr);
    long rejected = 0;
    for (int r = 0; r < EW_REJ_COUNT; r++)
        rejected += st.rejected[r];
    if (o->stats) {
        double dt = now() - rs.t0;
        fprintf(stderr, "documents %ld  rejected %ld  redated %ld  undated %ld  sentences %ld  "
                        "events %ld  threads %d  %.2f s  %.0f sentences/s\n",
                rs.docs, rejected, st.redated, st.undated, rs.sentences, rs.events, rs.threads, dt,
                dt > 0 ? (double)rs.sentences / dt : 0.0);
    }
    free(b);
    ew_pipeline_close(p);
    return rejected ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}
