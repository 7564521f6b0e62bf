/*
 * cmd_ingest.c -- `eventwatch ingest --db FILE [options] [INPUT...]`:
 * documents (JSON Lines, plain text, RSS/Atom, PETRARCH XML) and pre-coded
 * events (--events FILE) into the store.  The work is in src/store/ingest.c;
 * this file parses options, shows progress on a TTY and prints the summary.
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/date.h"
#include "store/ingest.h"
#include "pipeline/pipeline.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: eventwatch ingest --db FILE [options] [INPUT...]\n"
            "  INPUT          JSON Lines documents {\"id\",\"date\",\"source\",\"url\",\"title\",\"text\"},\n"
            "                 plain text (one file = one document), RSS 2.0 / Atom, PETRARCH XML;\n"
            "                 '-' reads JSON Lines from stdin\n"
            "  --events FILE  store pre-coded events (event JSON Lines), repeatable\n"
            "  -j, --threads N  coding threads (default 1); results do not depend on N\n"
            "  --date YYYY-MM-DD  date of plain-text documents\n"
            "  --source NAME  news source for documents that name none\n"
            "  --batch N      documents per transaction (default 256)\n"
            "  --window DAYS  dedup window of a new database (default 1: same day)\n"
            "  --max-bytes N  reject documents over N bytes (default 10 MB)\n"
            "  --no-code      store documents without coding them\n"
            "  --dry-run      read and code but store nothing (throughput baseline)\n"
            "  -q, --quiet    no per-record messages (the summary stays)\n");
}

/* Coding hook for src/store/ingest.c: the raw-text pipeline (segment,
 * tag, parse, code, enrich).  ew_pipeline is read-only after open, so any
 * number of ingest workers call this at once, each with its own arena. */
static int code_doc(void *coder, const ew_doc *doc, ew_arena *arena, ew_event_list *out,
                    ew_diag *diag)
{
    ew_doc_result r;
    if (ew_pipeline_code_text(coder, doc->id, doc->date, doc->text, doc->text_len, arena, &r, diag))
        return -1;
    *out = r.events;
    return 0;
}

static void progress(void *user, const ew_ingest_stats *st)
{
    (void)user;
    fprintf(stderr, "\ringest: %ld documents read, %ld stored, %ld events", st->docs.read,
            st->stored, st->events);
    fflush(stderr);
}

static long rejected(const ew_ingest_stats *st)
{
    long n = st->event_rejected;
    for (int r = 0; r < EW_REJ_COUNT; r++)
        n += st->docs.rejected[r];
    return n;
}

static void summary(const ew_ingest_stats *st, int coding)
{
    fprintf(stderr, "ingest: read %ld documents: %ld stored, %ld already stored; ",
            st->docs.read, st->stored, st->duplicates);
    if (coding)
        fprintf(stderr, "coded %ld (%ld failed); ", st->coded, st->code_failed);
    else
        fprintf(stderr, "coded 0 (no coder linked); ");
    fprintf(stderr, "events stored %ld (%ld new rows)", st->events, st->new_events);
    if (st->event_lines || st->event_rejected)
        fprintf(stderr, " from %ld event lines", st->event_lines);
    fprintf(stderr, "; skipped %ld", rejected(st));
    const char *sep = ": ";
    for (int r = 0; r < EW_REJ_COUNT; r++)
        if (st->docs.rejected[r]) {
            fprintf(stderr, "%s%s %ld", sep, ew_doc_reject_name((ew_doc_reject)r), st->docs.rejected[r]);
            sep = ", ";
        }
    if (st->event_rejected)
        fprintf(stderr, "%sbad event line %ld", sep, st->event_rejected);
    if (st->docs.redated || st->docs.undated) /* kept, each warned about */
        fprintf(stderr, "; bad dates repaired %ld, left unknown %ld", st->docs.redated,
                st->docs.undated);
    fputc('\n', stderr);
}

typedef struct args {
    const char *db;
    const char **inputs, **events;
    int ninputs, nevents;
    ew_ingest_opts opts;
    int quiet, no_code;
    ew_store_opts store;
} args;

static int parse(int argc, char **argv, args *a)
{
    a->inputs = calloc((size_t)argc, sizeof *a->inputs);
    a->events = calloc((size_t)argc, sizeof *a->events);
    if (!a->inputs || !a->events)
        return -1;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = 1;
        if (!strcmp(o, "--db") && v) a->db = v;
        else if (!strcmp(o, "--events") && v) a->events[a->nevents++] = v;
        else if ((!strcmp(o, "-j") || !strcmp(o, "--threads")) && v) a->opts.threads = atoi(v);
        else if (!strcmp(o, "--batch") && v) a->opts.batch = atoi(v);
        else if (!strcmp(o, "--window") && v) a->store.window_days = atoi(v);
        else if (!strcmp(o, "--source") && v) a->opts.doc.source = v;
        else if (!strcmp(o, "--max-bytes") && v) a->opts.doc.max_bytes = strtoull(v, NULL, 10);
        else if (!strcmp(o, "--date") && v) {
            if (!(a->opts.doc.default_date = ew_date_parse(v)))
                return -1;
        } else if (!strncmp(o, "-j", 2) && o[2]) { a->opts.threads = atoi(o + 2); takes = 0; }
        else if (!strcmp(o, "-q") || !strcmp(o, "--quiet")) { a->quiet = 1; takes = 0; }
        else if (!strcmp(o, "--no-code")) { a->no_code = 1; takes = 0; }
        else if (!strcmp(o, "--dry-run")) { a->opts.dry_run = 1; takes = 0; }
        else if (o[0] == '-' && o[1]) return -1;
        else { a->inputs[a->ninputs++] = o; takes = 0; }
        i += takes;
    }
    return a->db && (a->ninputs || a->nevents) ? 0 : -1;
}

static int run(args *a)
{
    ew_diag diag, loud;   /* -q silences per-record reports, never fatal ones */
    ew_diag_init(&diag);
    ew_diag_init(&loud);
    diag.quiet = a->quiet;
    ew_store *s = ew_store_open(a->db, &a->store, &loud);
    if (!s)
        return EW_EXIT_FATAL;
    ew_pipeline *pipe = NULL;
    if (!a->no_code && a->ninputs) {
        if (!(pipe = ew_pipeline_open(NULL, &loud))) {
            fprintf(stderr, "ingest: cannot load the coder (dictionaries/models, see above); "
                            "--no-code stores documents without coding\n");
            ew_store_close(s);
            return EW_EXIT_FATAL;
        }
        a->opts.code = code_doc;
        a->opts.coder = pipe;
    }
    if (isatty(2) && !a->quiet)
        a->opts.progress = progress;
    ew_ingest *in = ew_ingest_new(s, &a->opts, &diag);
    int rc = in ? 0 : -1;
    for (int i = 0; i < a->ninputs && !rc; i++)
        rc = ew_ingest_file(in, a->inputs[i]);
    if (!rc)
        rc = ew_ingest_finish(in);
    for (int i = 0; i < a->nevents && !rc; i++)
        rc = ew_ingest_events_file(in, a->events[i]);
    if (!rc)
        rc = ew_store_index(s);
    if (a->opts.progress)
        fputc('\n', stderr);
    if (in)
        summary(ew_ingest_get_stats(in), a->opts.code != NULL);
    if (rc)
        fprintf(stderr, "ingest: stopped on a database error (see above); everything committed "
                        "before it is kept, re-run the same command to resume\n");
    long skipped = in ? rejected(ew_ingest_get_stats(in)) : 0;
    ew_ingest_free(in);
    ew_pipeline_close(pipe);
    ew_store_close(s);
    return rc ? EW_EXIT_FATAL : skipped ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}

int cmd_ingest(int argc, char **argv)
{
    args a = {0};
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return EW_EXIT_OK;
        }
    int bad = parse(argc, argv, &a);
    int rc = EW_EXIT_USAGE;
    if (bad)
        usage(stderr);
    else
        rc = run(&a);
    free(a.inputs);
    free(a.events);
    return rc;
}
