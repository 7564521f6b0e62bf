/*
 * code_common.c -- helpers of the coding commands (see code_common.h).
 */
#include "cli/code_common.h"

#include <string.h>
#include <unistd.h>

#include "core/paths.h"
#include "io/event_json.h"
#include "pipeline/pipeline.h"

ew_dict *ew_cli_load_dict(const char *dir, ew_diag *diag)
{
    ew_dict_options o = {0};
    char buf[4096];
    if (!dir) {
        /* data/PETR_config.ini names dict/eventwatch.*.txt (as `dict` and the
         * pipeline read it) */
        const char *data = ew_default_data_dir();
        snprintf(buf, sizeof buf, "%s", data ? data : "data");
        char ini[4200];
        snprintf(ini, sizeof ini, "%s/PETR_config.ini", buf);
        if (access(ini, R_OK) != 0) {
            fprintf(stderr, "eventwatch: the project's own dictionaries are not "
                            "complete yet (%s is missing); use --dict DIR\n", ini);
            return NULL;
        }
        dir = buf;
    }
    ew_dict *d = ew_dict_load_dir(dir, &o, diag);
    if (!d)
        fprintf(stderr, "eventwatch: cannot load dictionaries from %s\n", dir);
    return d;
}

void ew_cli_json_string(FILE *out, const char *s)
{
    ew_json_write_string(out, s);
}

static int has_options(const ew_suite *s)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->rec[i].n_options)
            return 1;
    return 0;
}

void ew_cli_suite_options(ew_suite *suite, const char *suite_path,
                          const char *config_from, ew_arena *a, ew_diag *diag)
{
    if (has_options(suite))
        return;
    char buf[4096];
    if (!config_from) {
        const char *slash = strrchr(suite_path, '/');
        int dl = slash ? (int)(slash - suite_path) : 1;
        snprintf(buf, sizeof buf, "%.*s/PETR.UnitTest.records.xml", dl,
                 slash ? suite_path : ".");
        if (access(buf, R_OK) != 0)
            return;
        config_from = buf;
    }
    ew_suite x;
    ew_diag quiet = *diag;
    quiet.quiet = 1;
    if (ew_suite_read(config_from, &x, a, &quiet) != 0)
        return;
    for (size_t i = 0; i < suite->n; i++)
        for (size_t j = 0; j < x.n; j++)
            if (suite->rec[i].id && x.rec[j].id && !strcmp(suite->rec[i].id, x.rec[j].id)) {
                suite->rec[i].options = x.rec[j].options;
                suite->rec[i].n_options = x.rec[j].n_options;
                break;
            }
}

ew_sentence *ew_cli_own_analyser(void *user, const ew_suite_record *r, ew_arena *a,
                                 ew_diag *diag)
{
    const ew_cli_own *own = user;
    ew_sentence *s = ew_pipeline_analyse_one(own->models, own->dict, r->text, r->date, a, diag);
    if (s)
        s->id = r->id;
    return s;
}
