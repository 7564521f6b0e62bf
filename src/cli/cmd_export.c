/*
 * cmd_export.c -- `eventwatch export --db FILE --format F [--out FILE]`:
 * stored events as GDELT 1.0/2.0, Phoenix, ICEWS, CSV or JSON Lines
 * (src/io/export_format.h).
 */
#include "cli/commands.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli/options.h"
#include "io/export_format.h"
#include "store/date.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: eventwatch export --db FILE --format gdelt1|gdelt2|phoenix|icews|jsonl|csv\n"
            "                         [--out FILE] [--no-header] [--from DATE] [--to DATE]\n"
            "                         [--actor A] [--dyad A-B] [--code PREFIX]\n"
            "  Tabular formats start with a header line of the codebook column names\n"
            "  (--no-header for raw GDELT/Phoenix-style files).\n");
}

static int parse_dyad(const char *v, char a[16], char b[16])
{
    const char *dash = strchr(v, '-');
    if (!dash || dash == v || !dash[1] || dash - v >= 16 || strlen(dash + 1) >= 16)
        return -1;
    memcpy(a, v, (size_t)(dash - v));
    a[dash - v] = 0;
    strcpy(b, dash + 1);
    return 0;
}

int cmd_export(int argc, char **argv)
{
    const char *db = NULL, *fmt = NULL, *outp = NULL;
    ew_store_filter f = {0};
    ew_export_opts o = {.filter = &f};
    char da[16], dbb[16];
    const char *dyad = NULL;
    const ew_cli_opt opts[] = {
        {"--db", EW_CLI_STR, &db, NULL},             {"--format", EW_CLI_STR, &fmt, NULL},
        {"--out", EW_CLI_STR, &outp, NULL},          {"--no-header", EW_CLI_FLAG, &o.no_header, NULL},
        {"--from", EW_CLI_DATE, &f.date_from, NULL}, {"--to", EW_CLI_DATE, &f.date_to, NULL},
        {"--actor", EW_CLI_STR, &f.actor_a, NULL},   {"--code", EW_CLI_STR, &f.code_prefix, NULL},
        {"--dyad", EW_CLI_STR, &dyad, NULL},         {NULL, EW_CLI_STR, NULL, NULL}};
    int go = ew_cli_parse_opts(argc, argv, opts, usage);
    if (go != EW_CLI_GO)
        return go;
    if (dyad) { /* a dyad selects both sides, whatever --actor said */
        if (parse_dyad(dyad, da, dbb)) {
            usage(stderr);
            return EW_EXIT_USAGE;
        }
        f.actor_a = da;
        f.actor_b = dbb;
    }
    ew_export_format ef;
    if (!db || !fmt || ew_export_format_parse(fmt, &ef)) {
        usage(stderr);
        return EW_EXIT_USAGE;
    }
    ew_diag diag;
    ew_diag_init(&diag);
    ew_store *s = ew_store_open(db, &(ew_store_opts){.must_exist = 1}, &diag);
    if (!s)
        return EW_EXIT_FATAL;
    FILE *out = outp ? fopen(outp, "w") : stdout;
    if (!out) {
        fprintf(stderr, "export: cannot write %s: %s\n", outp, strerror(errno));
        ew_store_close(s);
        return EW_EXIT_FATAL;
    }
    long rows = 0;
    int rc = ew_export_write(s, ef, &o, out, &diag, &rows);
    if (outp && fclose(out) != 0)
        rc = -1;
    ew_store_close(s);
    if (outp)
        fprintf(stderr, "export: %ld events written to %s\n", rows, outp);
    return rc ? EW_EXIT_FATAL : EW_EXIT_OK;
}
