/*
 * bench_store.c -- raw store speed: synthetic coded events into SQLite.
 *
 *   build/bench/bench_store [events] [db-path]
 *
 * Events arrive as a news stream does, roughly in date order over 365 days
 * (a few days of jitter), spread over 2,000 documents and 30 actors with
 * some repetition (about one in ten events merges into an existing
 * row), committed in transactions of 50,000 -- the way ingest writes.
 * Prints events/s for fresh inserts and for a re-run of the same events
 * (the idempotent path: every mention already stored).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/date.h"
#include "store/store.h"

static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *const actors[] = {
    "AZEGOV", "ARMGOV", "GEOGOV", "RUSGOV", "UKRGOV", "KAZGOV", "KGZGOV", "TJKGOV",
    "UZBGOV", "TKMGOV", "SRBGOV", "KSVGOV", "BIHGOV", "MDAGOV", "BLRGOV", "IGOOSC",
    "AZEMIL", "ARMMIL", "RUSMIL", "UKRMIL", "KGZMIL", "TJKMIL", "USAGOV", "FRAGOV",
    "DEUGOV", "TURGOV", "IRNGOV", "CHNGOV", "EUR", "IGOUNO",
};
static const char *const codes[] = {"010", "036", "042", "043", "045", "057", "061", "111", "112",
                                    "130", "138", "141", "173", "190", "193", "195"};
#define NA (sizeof actors / sizeof *actors)
#define NC (sizeof codes / sizeof *codes)

static int run(ew_store *s, long n, const int64_t *docs, int pass, long *added)
{
    ew_event e;
    memset(&e, 0, sizeof e);
    e.sentence = "The two governments met in the capital to discuss the border.";
    char sid[16];
    unsigned x = 12345;
    *added = 0;
    for (long i = 0; i < n; i++) {
        if (i % 50000 == 0 && (i ? ew_store_commit(s) : 0) + ew_store_begin(s))
            return -1;
        x = x * 1103515245u + 12345u;
        /* a news stream: dates advance with the input (spread over a year),
         * with a few days of jitter as late reports arrive */
        e.date = ew_date_from_days(ew_date_days(20250101) + (long)(i * 365 / n) + (long)(x >> 8) % 4);
        e.source.code = actors[(x >> 3) % NA];
        e.target.code = actors[(x >> 11) % NA];
        snprintf(e.code, sizeof e.code, "%s", codes[(x >> 17) % NC]);
        snprintf(sid, sizeof sid, "%ld", i / 2 % 40); /* ~2 events per sentence */
        e.sent_id = sid;
        e.verb.start = (uint32_t)(i % 7);
        int rc = ew_store_add_event(s, docs[i % 2000], "Wire", &e, NULL);
        if (rc < 0)
            return -1;
        *added += rc != 2;
    }
    (void)pass;
    return ew_store_commit(s);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    char path[256];
    snprintf(path, sizeof path, "%s", argc > 2 ? argv[2] : "/tmp/ew-bench-store.db");
    char side[300];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    ew_diag d;
    ew_diag_init(&d);
    ew_store_opts o = {.no_fts = 1};
    ew_store *s = ew_store_open(path, &o, &d);
    if (!s)
        return 1;
    int64_t *docs = malloc(2000 * sizeof *docs);
    ew_store_begin(s);
    for (int i = 0; i < 2000; i++) {
        char text[64], id[16];
        snprintf(text, sizeof text, "synthetic document %d", i);
        snprintf(id, sizeof id, "d%d", i);
        ew_store_doc doc = {.ext_id = id, .date = 20250101, .source = "Wire", .text = text};
        ew_store_add_document(s, &doc, &docs[i]);
    }
    ew_store_commit(s);
    long added;
    double t0 = now(), c0 = cpu();
    int rc = run(s, n, docs, 0, &added);
    double t1 = now(), c1 = cpu();
    long again;
    int rc2 = run(s, n, docs, 1, &again);
    double t2 = now(), c2 = cpu();
    ew_store_index(s);
    double t3 = now();
    ew_store_counts c;
    ew_store_count(s, &c);
    printf("store: %ld events -> %ld event rows, %ld mentions (sentences stored, FTS off)\n", n,
           c.events, c.mentions);
    /* CPU-time rates too: on a shared machine wall time measures the load */
    printf("store: insert  %.0f events/s wall (%.2f s), %.0f events/s per CPU second\n",
           (double)n / (t1 - t0), t1 - t0, (double)n / (c1 - c0));
    printf("store: re-add  %.0f events/s wall (%.2f s), %.0f per CPU second (%ld changed: idempotent)\n",
           (double)n / (t2 - t1), t2 - t1, (double)n / (c2 - c1), again);
    printf("store: index build after bulk write %.2f s\n", t3 - t2);
    free(docs);
    ew_store_close(s);
    return rc || rc2 ? 1 : 0;
}
