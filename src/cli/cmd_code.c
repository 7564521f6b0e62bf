/*
 * cmd_code.c -- `eventwatch code [--dict DIR] [-j N] [--stats] FILE`
 *
 * Codes PETRARCH XML (<Sentence> with <Parse>) or CoNLL-U (the file does
 * not start with '<') and writes JSON Lines events (io/event_json.h) to
 * stdout.  CoNLL-U carries no dates, and an XML record's may be "NA":
 * --date YYYYMMDD gives one (dated actor codes need it); without it their
 * events are written undated ("date": null).  With -j N the sentences are coded by N threads; each sentence's
 * events go to its own buffer and buffers are written in input order, so
 * the output is byte-identical for every N.  --stats prints sentence and
 * event counts and the coding rate to stderr.
 *
 * Parsed input gets the same enrichment as raw text (ew_pipeline_code_sentence:
 * quad class, Goldstein, PLOVER, OSCE dimension, issues, sentence and pattern
 * provenance, ActionGeo/Actor1Geo/Actor2Geo from the sentence's own words),
 * so an event does not depend on which input path produced it.  That costs
 * about a third of this path's speed (bench/README.md); --no-enrich writes
 * the coder's events alone (PETRARCH's output: no table, no places), and
 * --no-geo skips only the gazetteer (on both paths).
 *
 * Exit status: 0 done, 1 fatal (dictionaries or input unreadable), 2 usage,
 * 3 done but some sentences were skipped (each reported).
 */
#include "cli/commands.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/code_text.h"
#include "cli/parallel.h"
#include "code/petrxml.h"
#include "code/ptb_tokens.h"
#include "io/conllu.h"
#include "io/event_json.h"
#include "io/ptb.h"
#include "pipeline/pipeline.h"

typedef struct job {
    const ew_pipeline *pipe;     /* dictionaries, CAMEO table, gazetteer */
    ew_pipeline mine[EW_CLI_MAX_THREADS]; /* per worker: a shallow copy whose
                                             coder reports to that worker */
    ew_petr_sentence *rec;       /* XML input, or NULL */
    ew_sentence **sent;          /* CoNLL-U input, or NULL */
    long n;
    ew_jbuf buf[EW_CLI_MAX_THREADS]; /* one output buffer per worker */
    struct piece { int w; size_t off, len; } *piece;  /* per sentence: where its
                                                          JSON lies */
    atomic_long skipped, events;
    atomic_long parse_ns, code_ns;   /* time in tree reading vs coding */
    int stats;                       /* measure those times (--stats) */
    int bare;                        /* --no-enrich: coder output only */
    int32_t default_date;            /* --date, for undated XML records */
} job;

static int usage(void)
{
    fprintf(stderr, "usage: eventwatch code [--dict DIR] [--models DIR] [-j N] [--date YYYYMMDD]\n"
                    "                       [--stats] [--text] [--no-geo] [--no-enrich]\n"
                    "                       [FILE|-]\n"
                    "  FILE: PETRARCH XML with parses, CoNLL-U, or raw news text (JSON Lines\n"
                    "  documents, plain text, RSS/Atom); no FILE or '-': stdin\n");
    return EW_EXIT_USAGE;
}

static ew_sentence *xml_sentence(const ew_petr_sentence *r, int32_t default_date, ew_arena *a,
                                 ew_diag *d)
{
    ew_ptb_node *root = ew_ptb_parse(r->parse, a, d, NULL, r->line, r->id);
    /* the coder reads phrases and subjects from the Penn tree itself: the
     * dependency conversion is not needed here (code/ptb_tokens.h) */
    ew_sentence *s = root ? ew_code_ptb_sentence(root, r->text, a) : NULL;
    if (!s)
        return NULL;
    s->id = r->id;
    s->doc_id = r->id;
    s->date = r->date ? r->date : default_date;
    if (!s->text)
        s->text = r->text;
    return s;
}

/* CPU time of the calling thread: on a shared, loaded machine wall time
 * says more about the neighbours than about the coder. */
static long ns_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (long)t.tv_sec * 1000000000L + t.tv_nsec;
}

static void code_one(ew_cli_worker *wk, long i)
{
    job *j = wk->ctx;
    int w = wk->index;
    ew_arena *a = &wk->arena;
    ew_pipeline *p = &j->mine[w];
    if (!p->dict) { /* first item of this worker */
        *p = *j->pipe;
        p->coder.diag = &wk->diag;
    }
    long t0 = j->stats ? ns_now() : 0;
    ew_sentence *s = j->rec ? xml_sentence(&j->rec[i], j->default_date, a, &wk->diag) : j->sent[i];
    long t1 = j->stats ? ns_now() : 0;
    atomic_fetch_add(&j->parse_ns, t1 - t0);
    if (!s) {
        atomic_fetch_add(&j->skipped, 1);
        return;
    }
    ew_event_list ev = {0};
    if (j->bare)
        ew_code_sentence(&p->coder, s, a, &ev);
    else
        ew_pipeline_code_sentence(p, s, a, &ev);
    ew_jbuf *b = &j->buf[w];
    size_t off = b->n;
    for (size_t k = 0; k < ev.n; k++)
        ew_event_json(b, &ev.v[k]);
    j->piece[i] = (struct piece){w, off, b->n - off};
    if (j->stats)
        atomic_fetch_add(&j->code_ns, ns_now() - t1);
    atomic_fetch_add(&j->events, (long)ev.n);
}

static long read_conllu(const char *path, ew_sentence ***out, int32_t default_date,
                        ew_arena *a, ew_diag *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ew_diag_report(d, EW_ERROR, path, 0, NULL, "cannot open");
        return -1;
    }
    ew_conllu_reader r;
    ew_conllu_open_file(&r, f, path, d);
    long n = 0, cap = 0;
    const char *doc_id = NULL;
    ew_sentence *s;
    while (ew_conllu_next(&r, a, &s) == 1) {
        if (n == cap) {
            long nc = cap ? cap * 2 : 256;
            ew_sentence **nv = ew_arena_alloc(a, sizeof *nv * (size_t)nc);
            if (n)
                memcpy(nv, *out, sizeof *nv * (size_t)n);
            *out = nv;
            cap = nc;
        }
        if (!s->id)
            s->id = ew_arena_printf(a, "%ld", n + 1);
        if (!s->date)
            s->date = default_date;
        /* "# newdoc id" opens a document that runs to the next one */
        if (s->doc_id)
            doc_id = s->doc_id;
        else
            s->doc_id = doc_id;
        (*out)[n++] = s;
    }
    ew_conllu_close(&r);
    fclose(f);
    return n;
}

static int is_xml(const char *path)
{
    FILE *f = fopen(path, "rb");
    int c = EOF;
    if (f) {
        while ((c = getc(f)) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))
            ;
        fclose(f);
    }
    return c == '<';
}

/* Neither XML nor CoNLL-U (whose first line is a comment or "1<TAB>"). */
static int is_raw_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0; /* let the parsed-input path report the error */
    char line[256] = "";
    int c;
    while ((c = getc(f)) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))
        ;
    if (c != EOF) {
        ungetc(c, f);
        if (!fgets(line, sizeof line, f))
            line[0] = '\0';
    }
    fclose(f);
    if (line[0] == '<' || line[0] == '#')
        return 0;
    size_t d = strspn(line, "0123456789");
    return !(d > 0 && line[d] == '\t');
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int run(job *j, int threads, int stats, ew_diag *diag)
{
    j->piece = calloc((size_t)(j->n ? j->n : 1), sizeof *j->piece);
    if (!j->piece)
        abort();
    double t0 = now();
    ew_cli_parallel(threads, j->n, code_one, j, diag);
    double dt = now() - t0;
    /* input order, whichever worker coded what */
    for (long i = 0; i < j->n; i++)
        if (j->piece[i].len)
            fwrite(j->buf[j->piece[i].w].p + j->piece[i].off, 1, j->piece[i].len, stdout);
    for (int w = 0; w < EW_CLI_MAX_THREADS; w++)
        ew_jbuf_free(&j->buf[w]);
    free(j->piece);
    if (stats) {
        double pt = (double)j->parse_ns * 1e-9, ct = (double)j->code_ns * 1e-9;
        fprintf(stderr, "sentences %ld  events %ld  skipped %ld  threads %d  "
                        "coding %.3f s  %.0f sentences/s\n",
                j->n, (long)j->events, (long)j->skipped, threads, dt,
                dt > 0 ? (double)j->n / dt : 0.0);
        fprintf(stderr, "cpu time: Penn tree reading %.3f s, coding+JSON %.3f s; "
                        "%.0f sentences/s per core end to end, %.0f coder alone\n",
                pt, ct, pt + ct > 0 ? (double)j->n / (pt + ct) : 0.0,
                ct > 0 ? (double)j->n / ct : 0.0);
    }
    return j->skipped ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}

int cmd_code(int argc, char **argv)
{
    const char *dir = NULL, *file = NULL, *models = NULL;
    int threads = 1, stats = 0, force_text = 0, no_geo = 0, bare = 0;
    int32_t date = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dict") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--models") && i + 1 < argc)
            models = argv[++i];
        else if (!strcmp(argv[i], "--text"))
            force_text = 1;
        else if (!strcmp(argv[i], "-") && !file)
            file = argv[i];
        else if (!strcmp(argv[i], "-j") && i + 1 < argc)
            threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--stats"))
            stats = 1;
        else if (!strcmp(argv[i], "--no-geo"))
            no_geo = 1;
        else if (!strcmp(argv[i], "--no-enrich"))
            bare = 1;
        else if (!strcmp(argv[i], "--date") && i + 1 < argc)
            date = (int32_t)atol(argv[++i]);
        else if (argv[i][0] == '-' && argv[i][1])
            return usage();
        else if (!file)
            file = argv[i];
        else
            return usage();
    }
    if (threads < 1 || threads > 64)
        return usage();
    ew_diag diag;
    ew_diag_init(&diag);
    diag.max_print = 50;
    /* raw news text (JSON Lines documents, plain text, feeds, stdin) goes
     * through the whole pipeline: segment, tag, parse, code, enrich */
    if (bare && (force_text || !file || !strcmp(file, "-") || is_raw_text(file)))
        return usage(); /* the raw-text pipeline always enriches */
    if (force_text || !file || !strcmp(file, "-") || is_raw_text(file)) {
        ew_code_text_opts o = {dir, models, threads, stats, date, no_geo};
        char *files[1] = {(char *)file};
        return ew_cli_code_text(&o, files, file ? 1 : 0, &diag);
    }
    ew_pipeline_config cfg = {.dict_dir = dir, .no_geo = no_geo || bare};
    ew_pipeline *p = ew_pipeline_open(&cfg, &diag);
    if (!p) {
        fprintf(stderr, "eventwatch: could not load the dictionaries\n");
        return EW_EXIT_FATAL;
    }
    ew_arena a;
    ew_arena_init(&a, 0);
    job *j = calloc(1, sizeof *j); /* per-worker copies: too big for the stack */
    if (!j)
        abort();
    j->pipe = p;
    j->bare = bare;
    j->stats = stats;
    j->default_date = date;
    j->n = is_xml(file) ? ew_petrxml_read(file, &j->rec, &a, &diag)
                        : read_conllu(file, &j->sent, date, &a, &diag);
    int rc = j->n < 0 ? EW_EXIT_FATAL : run(j, threads, stats, &diag);
    if (rc == EW_EXIT_OK && diag.errors)
        rc = EW_EXIT_SKIPPED;
    free(j);
    ew_arena_free(&a);
    ew_pipeline_close(p);
    return rc;
}
