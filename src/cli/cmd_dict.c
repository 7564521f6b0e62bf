/*
 * cmd_dict.c -- `eventwatch dict stats|lint [--dict DIR] [--cameo FILE] [--strict]`
 *
 * stats: loads the dictionaries, reports every rejected line, prints counts,
 *        load time and peak memory.
 * lint:  also runs the whole-dictionary checks (src/dict/lint.h) against the
 *        CAMEO table.  Exit 0 when clean, 3 when anything was reported.
 */
#include "cli/commands.h"
#include "core/diag.h"
#include "core/paths.h"
#include "dict/cameo.h"
#include "dict/dict.h"
#include "dict/lint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long peak_rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0)
            kb = strtol(line + 6, NULL, 10);
    if (f)
        fclose(f);
    return kb;
}

static void dict_usage(FILE *out)
{
    fprintf(out, "usage: eventwatch dict stats|lint [--dict DIR] [--cameo FILE] [--strict]\n"
                 "  --dict DIR    directory with PETR_config.ini (default: the shipped data/)\n"
                 "  --cameo FILE  CAMEO table for lint (default: <data>/cameo/cameo_codes.tsv)\n"
                 "  --strict      any rejected line is fatal\n");
}

static void print_stats(const ew_dict_stats *s, double ms)
{
    printf("lines read        %zu\nlines rejected    %zu\n", s->lines_read, s->lines_rejected);
    printf("synsets           %zu\nverb blocks       %zu\nverb forms        %zu\n",
           s->synsets, s->verb_blocks, s->verb_forms);
    printf("patterns          %zu\ntransformations   %zu\n", s->patterns, s->transformations);
    printf("actors            %zu\nactor phrases     %zu\nagents            %zu\n",
           s->actors, s->actor_phrases, s->agents);
    printf("agent phrases     %zu\ndiscards          %zu\nissue phrases     %zu\n",
           s->agent_phrases, s->discards, s->issues);
    printf("load time         %.1f ms\npeak RSS          %.1f MB\n", ms, peak_rss_kb() / 1024.0);
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        dict_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? EW_EXIT_USAGE : EW_EXIT_OK;
    }
    const char *sub = argv[1], *dir = NULL, *cameo_path = NULL;
    ew_dict_options opts = {0};
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--dict") && i + 1 < argc) dir = argv[++i];
        else if (!strcmp(argv[i], "--cameo") && i + 1 < argc) cameo_path = argv[++i];
        else if (!strcmp(argv[i], "--strict")) opts.strict = 1;
        else { dict_usage(stderr); return EW_EXIT_USAGE; }
    }
    if (strcmp(sub, "stats") && strcmp(sub, "lint")) {
        dict_usage(stderr);
        return EW_EXIT_USAGE;
    }
    if (!dir)
        dir = ew_default_data_dir();
    ew_diag diag;
    ew_diag_init(&diag);
    double t0 = now_ms();
    ew_dict *d = ew_dict_load_dir(dir, &opts, &diag);
    double ms = now_ms() - t0;
    if (!d) {
        fprintf(stderr, "eventwatch: could not load dictionaries from %s\n", dir);
        return EW_EXIT_FATAL;
    }
    print_stats(ew_dict_get_stats(d), ms);
    size_t problems = diag.errors;
    if (!strcmp(sub, "lint")) {
        char buf[4096];
        if (!cameo_path) {
            snprintf(buf, sizeof buf, "%s/cameo/cameo_codes.tsv", ew_default_data_dir());
            cameo_path = buf;
        }
        ew_cameo *cameo = ew_cameo_load(cameo_path, &diag);
        if (!cameo)
            fprintf(stderr, "eventwatch: no CAMEO table (%s): event codes not checked\n", cameo_path);
        size_t n = ew_dict_lint(d, cameo, &diag);
        printf("lint problems     %zu\n", n);
        problems += n;
        ew_cameo_free(cameo);
    }
    ew_dict_free(d);
    return problems ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}
