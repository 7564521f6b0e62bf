/*
 * suite_xml.c -- PETRARCH XML validation suites (placeholder until the
 * libxml2 reader lands: reports that the format is not read yet).
 */
#include "io/suite.h"

int ew_suite_read_xml(const char *path, ew_suite *out, ew_arena *arena,
                      ew_diag *diag)
{
    (void)arena;
    out->rec = NULL;
    out->n = 0;
    ew_diag_report(diag, EW_ERROR, path, 0, NULL,
                   "PETRARCH XML suites are not read yet");
    return -1;
}

int ew_suite_parse_xml(const char *buf, size_t len, const char *name,
                       ew_suite *out, ew_arena *arena, ew_diag *diag)
{
    (void)buf;
    (void)len;
    return ew_suite_read_xml(name, out, arena, diag);
}
