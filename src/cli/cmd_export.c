/*
 * cmd_export.c -- `eventwatch export --db FILE --format F [--out FILE]`:
 * stored events as GDELT 1.0/2.0, Phoenix, ICEWS, CSV or JSON Lines
 * (src/io/export_format.h).
 */
#include "cli/commands.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

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
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); return EW_EXIT_OK; }
        if (!strcmp(a, "--no-header")) { o.no_header = 1; continue; }
        if (!v) { usage(stderr); return EW_EXIT_USAGE; }
        i++;
        if (!strcmp(a, "--db")) db = v;
        else if (!strcmp(a, "--format")) fmt = v;
        else if (!strcmp(a, "--out")) outp = v;
        else if (!strcmp(a, "--from")) f.date_from = ew_date_parse(v);
        else if (!strcmp(a, "--to")) f.date_to = ew_date_parse(v);
        else if (!strcmp(a, "--actor")) f.actor_a = v;
        else if (!strcmp(a, "--code")) f.code_prefix = v;
        else if (!strcmp(a, "--dyad") && !parse_dyad(v, da, dbb)) { f.actor_a = da; f.actor_b = dbb; }
        else { usage(stderr); return EW_EXIT_USAGE; }
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
