/*
 * cmd_mediation.c -- `eventwatch mediation --db FILE --dyad A-B
 * [--process NAME]`: weekly cooperation vs conflict between A and B, the
 * third parties engaging both, and the progress indicator
 * (src/analyze/mediation.h, docs/alerts.md).
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/aggregate.h"
#include "analyze/mediation.h"
#include "cli/options.h"
#include "store/date.h"
#include "store/store.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: eventwatch mediation --db FILE --dyad A-B [--process NAME] [--from DATE] [--to DATE]\n"
            "  A, B: country codes (AZE-ARM).  --process keeps only events reported in\n"
            "  sentences that name the process (case-insensitive), e.g. \"border commission\".\n");
}

typedef struct ctx {
    ew_store *st;
    ew_mediation *m;
    const char *process;
    int found;
} ctx;

static int names_process(void *user, const ew_store_mention *mn)
{
    ctx *c = user;
    if (mn->sentence && strcasestr(mn->sentence, c->process))
        c->found = 1;
    return c->found;
}

/* A state, not one of CAMEO's transnational actor types, which are better
 * named by their full code (IGOOSC, NGOHRW...). */
static int real_country(const char *c)
{
    static const char *const nonstate[] = {"IGO", "NGO", "NGM", "MNC", "IMG", "UAF", "INT"};
    if (!c || strlen(c) != 3 || c[0] < 'A' || c[0] > 'Z')
        return 0;
    for (size_t i = 0; i < sizeof nonstate / sizeof *nonstate; i++)
        if (!strcmp(c, nonstate[i]))
            return 0;
    return 1;
}

static int add(void *user, const ew_store_event *e)
{
    ctx *c = user;
    if (c->process) {
        c->found = 0;
        if (ew_store_each_mention(c->st, e->id, names_process, c) < 0)
            return -1;
        if (!c->found)
            return 0;
    }
    ew_agg_event a;
    char buf[EW_AGG_CBUF];
    ew_agg_from_store(e, &a, buf);
    /* third parties are named by country when known, else by actor code
     * (IGOs, NGOs); unresolved actors ("---") are nobody */
    ew_med_event m = {.date = e->date, .code = e->code, .src = a.src, .tgt = a.tgt,
                      .src_code = real_country(e->src_country) ? NULL : e->src_code,
                      .tgt_code = real_country(e->tgt_country) ? NULL : e->tgt_code};
    if (!a.src && (!e->src_code || e->src_code[0] == '-'))
        return 0;
    if (!a.tgt && (!e->tgt_code || e->tgt_code[0] == '-'))
        return 0;
    return ew_med_add(c->m, &m);
}

static void bar(char ch, long n)
{
    for (long i = 0; i < n && i < 30; i++)
        putchar(ch);
    if (n > 30)
        putchar('+');
}

static void print(const ew_mediation *m, const char *process)
{
    printf("mediation %s-%s%s%s: weekly cooperation (03,04,05,08; * = 057 agreement) vs conflict (10-20)\n",
           m->a, m->b, process ? ", process: " : "", process ? process : "");
    printf("%-10s %5s %5s %5s %6s  %s\n", "week", "coop", "057", "confl", "index", "cooperation + / conflict -");
    for (size_t i = 0; i < m->nweeks; i++) {
        const ew_med_week *w = &m->weeks[i];
        printf("%04d-%02d-%02d %5ld %5ld %5ld %+6.2f  ", w->week / 10000, w->week / 100 % 100,
               w->week % 100, w->coop, w->agreements, w->conflict, w->index);
        bar('*', w->agreements);
        bar('+', w->coop - w->agreements);
        bar('-', w->conflict);
        putchar('\n');
    }
    printf("third parties engaging both sides (04x with %s and with %s, 045 mediate):\n", m->a, m->b);
    if (!m->nparties)
        printf("  none found\n");
    for (size_t i = 0; i < m->nparties; i++) {
        const ew_med_party *p = &m->parties[i];
        printf("  %-10s with %s %ld, with %s %ld, mediate %ld, %04d-%02d-%02d .. %04d-%02d-%02d\n",
               p->code, m->a, p->with_a, m->b, p->with_b, p->mediate, p->first / 10000,
               p->first / 100 % 100, p->first % 100, p->last / 10000, p->last / 100 % 100, p->last % 100);
    }
    printf("progress index (4-week (coop-conflict)/(coop+conflict), -1..+1): %+.2f at start, %+.2f now: %s\n",
           m->index_start, m->index_end, m->trend);
}

int cmd_mediation(int argc, char **argv)
{
    const char *db = NULL, *dyad = NULL, *process = NULL;
    ew_store_filter f = {0};
    const ew_cli_opt opts[] = {
        {"--db", EW_CLI_STR, &db, NULL},           {"--dyad", EW_CLI_STR, &dyad, NULL},
        {"--process", EW_CLI_STR, &process, NULL}, {"--from", EW_CLI_DATE, &f.date_from, NULL},
        {"--to", EW_CLI_DATE, &f.date_to, NULL},   {NULL, EW_CLI_STR, NULL, NULL}};
    int go = ew_cli_parse_opts(argc, argv, opts, usage);
    if (go != EW_CLI_GO)
        return go;
    char a[8] = "", b[8] = "";
    if (!db || !dyad || sscanf(dyad, "%7[A-Z]-%7[A-Z]", a, b) != 2) {
        usage(stderr);
        return EW_EXIT_USAGE;
    }
    ew_diag diag;
    ew_diag_init(&diag);
    ew_store *st = ew_store_open(db, &(ew_store_opts){.must_exist = 1}, &diag);
    if (!st)
        return EW_EXIT_FATAL;
    ctx c = {.st = st, .m = ew_med_new(a, b), .process = process};
    int rc = c.m ? ew_store_each_event(st, &f, add, &c) : -1;
    if (!rc)
        rc = ew_med_finish(c.m);
    if (!rc)
        print(c.m, process);
    ew_med_free(c.m);
    ew_store_close(st);
    return rc ? EW_EXIT_FATAL : EW_EXIT_OK;
}
