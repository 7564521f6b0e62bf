/*
 * options.c -- the table-driven option parser of options.h.
 */
#include "cli/options.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "store/date.h"

static const ew_cli_opt *find(const ew_cli_opt *opts, const char *name)
{
    for (; opts->name; opts++)
        if (!strcmp(opts->name, name))
            return opts;
    return NULL;
}

/* strtol with the checks atoi leaves out: the whole argument is the number
 * and it fits. */
static int read_long(const char *v, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (end == v || *end || errno || x < lo || x > hi)
        return -1;
    *out = x;
    return 0;
}

static int read_choice(const char *v, const char *const *choices, int *out)
{
    for (int i = 0; choices && choices[i]; i++)
        if (!strcmp(v, choices[i])) {
            *out = i;
            return 0;
        }
    return -1;
}

/* Stores v as o's kind; -1 when v is not a value of that kind. */
static int store(const ew_cli_opt *o, const char *v)
{
    long x;
    char *end;
    switch (o->kind) {
    case EW_CLI_STR:
        *(const char **)o->dst = v;
        return 0;
    case EW_CLI_INT:
        if (read_long(v, INT_MIN, INT_MAX, &x))
            return -1;
        *(int *)o->dst = (int)x;
        return 0;
    case EW_CLI_LONG:
        return read_long(v, LONG_MIN, LONG_MAX, (long *)o->dst);
    case EW_CLI_DOUBLE: {
        double d = strtod(v, &end);
        if (end == v || *end || !isfinite(d))
            return -1;
        *(double *)o->dst = d;
        return 0;
    }
    case EW_CLI_DATE: {
        int32_t ymd = ew_date_parse(v);
        if (!ymd)
            return -1;
        *(int32_t *)o->dst = ymd;
        return 0;
    }
    case EW_CLI_CHOICE:
        return read_choice(v, o->choices, (int *)o->dst);
    case EW_CLI_FLAG:
        break;
    }
    return -1;
}

int ew_cli_parse_opts(int argc, char **argv, const ew_cli_opt *opts, void (*usage)(FILE *out))
{
    for (int i = 1; i < argc; i++) {
        const char *name = argv[i];
        if (!strcmp(name, "-h") || !strcmp(name, "--help")) {
            usage(stdout);
            return EW_EXIT_OK;
        }
        const ew_cli_opt *o = find(opts, name);
        int ok = o != NULL;
        if (ok && o->kind == EW_CLI_FLAG)
            *(int *)o->dst = 1;
        else if (ok)
            ok = ++i < argc && !store(o, argv[i]);
        if (!ok) {
            usage(stderr);
            return EW_EXIT_USAGE;
        }
    }
    return EW_CLI_GO;
}
