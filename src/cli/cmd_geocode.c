/*
 * cmd_geocode.c -- `eventwatch geocode [options] [TEXT...]`: the places a
 * text names, how each was read (role, cue) and resolved (GDELT type, name,
 * codes, coordinates, confidence, reasons).  Without TEXT, reads stdin as
 * one document.  For inspection; the pipeline does the same for `code`.
 */
#include "cli/commands.h"
#include "cli/read_all.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/diag.h"
#include "geo/geocode.h"
#include "nlp/nlp.h"
#include "text/segment.h"

static const char *role_name(int r)
{
    static const char *const n[] = {"?", "location", "actor", "mention", "dateline"};
    return r >= 1 && r <= 4 ? n[r] : n[0];
}

static void usage(FILE *out)
{
    fprintf(out, "usage: eventwatch geocode [--gazetteer FILE] [--models DIR] [--no-models] "
                 "[TEXT...]\n  prints one line per recognised place:\n"
                 "  sentence, span, words, role, cue, GDELT type, name, country, ADM1, "
                 "lat, lon, feature id, confidence, reasons\n");
}

static void print_mention(const ew_gazetteer *g, const ew_geo_mention *m, ew_arena *a)
{
    ew_location loc;
    ew_geo_location(g, m, 1.0, &loc, a);
    char sent[24];
    if (m->sent == SIZE_MAX)
        snprintf(sent, sizeof sent, "dateline");
    else
        snprintf(sent, sizeof sent, "%zu", m->sent + 1);
    printf("%s\t%u-%u\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%.5f\t%.5f\t%ld\t%.2f\t%s\n", sent,
           m->span.start, m->span.end, m->text, role_name(m->role), m->cue ? m->cue : "-",
           loc.type, loc.name, loc.country, loc.adm1 ? loc.adm1 : "-", loc.lat, loc.lon,
           loc.feature_id, loc.confidence, ew_geo_why(m, a));
}

static char *join_args(int argc, char **argv, int first, size_t *len)
{
    size_t n = 0;
    for (int i = first; i < argc; i++)
        n += strlen(argv[i]) + 1;
    char *t = malloc(n + 1);
    if (!t)
        return NULL;
    t[0] = 0;
    for (int i = first; i < argc; i++) {
        strcat(t, argv[i]);
        if (i + 1 < argc)
            strcat(t, " ");
    }
    *len = strlen(t);
    return t;
}

int cmd_geocode(int argc, char **argv)
{
    const char *gpath = NULL, *mdir = NULL;
    int no_models = 0, i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--gazetteer") && i + 1 < argc)
            gpath = argv[++i];
        else if (!strcmp(argv[i], "--models") && i + 1 < argc)
            mdir = argv[++i];
        else if (!strcmp(argv[i], "--no-models"))
            no_models = 1;
        else {
            usage(strcmp(argv[i], "--help") ? stderr : stdout);
            return strcmp(argv[i], "--help") ? EW_EXIT_USAGE : EW_EXIT_OK;
        }
    }
    ew_diag diag;
    ew_diag_init(&diag);
    ew_gazetteer *g = ew_gaz_load(gpath, &diag);
    if (!g)
        return EW_EXIT_FATAL;
    ew_nlp_models *nlp = no_models ? NULL : ew_nlp_load(mdir, &diag);
    size_t len = 0;
    char *text = i < argc ? join_args(argc, argv, i, &len) : ew_cli_read_all(stdin, &len);
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_segmented seg;
    int rc = EW_EXIT_FATAL;
    if (text && ew_text_segment(text, len, &seg, &a, &diag) == 0) {
        for (size_t k = 0; nlp && k < seg.n; k++)
            ew_nlp_analyse(nlp, &seg.sent[k], &a);
        ew_geo_doc d;
        ew_geo_find(g, &seg, NULL, &a, &d);
        for (size_t k = 0; k < d.n; k++)
            print_mention(g, &d.m[k], &a);
        rc = diag.errors ? EW_EXIT_SKIPPED : EW_EXIT_OK;
    }
    ew_arena_free(&a);
    free(text);
    ew_nlp_free(nlp);
    ew_gaz_free(g);
    return rc;
}
