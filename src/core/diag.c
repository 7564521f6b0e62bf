/*
 * diag.c -- default formatting of problem reports (see diag.h).
 *
 * The printed form follows the compiler convention "file:line: error: msg"
 * so that editors and grep pick it up.
 */
#include "core/diag.h"

#include <stdarg.h>
#include <string.h>

void ew_diag_init(ew_diag *d)
{
    memset(d, 0, sizeof *d);
}

static const char *sev_name(ew_severity sev)
{
    switch (sev) {
    case EW_NOTE: return "note";
    case EW_WARN: return "warning";
    default: return "error";
    }
}

void ew_diag_report(ew_diag *d, ew_severity sev, const char *file, long line,
                    const char *record, const char *fmt, ...)
{
    if (!d)
        return;
    size_t *counter = sev == EW_NOTE ? &d->notes
                    : sev == EW_WARN ? &d->warnings : &d->errors;
    (*counter)++;

    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);

    if (d->fn) {
        d->fn(d->user, sev, file, line, record, msg);
        return;
    }
    if (d->quiet)
        return;
    size_t total = d->notes + d->warnings + d->errors;
    if (d->max_print && total > d->max_print) {
        if (total == d->max_print + 1)
            fprintf(d->out ? d->out : stderr,
                    "eventwatch: further problems are counted, not printed\n");
        return;
    }
    FILE *out = d->out ? d->out : stderr;
    if (file && line > 0)
        fprintf(out, "%s:%ld: ", file, line);
    else if (file)
        fprintf(out, "%s: ", file);
    if (record && *record)
        fprintf(out, "[%s] ", record);
    fprintf(out, "%s: %s\n", sev_name(sev), msg);
}
