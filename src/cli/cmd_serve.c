/*
 * cmd_serve.c -- `eventwatch serve --db FILE`: the JSON API and the
 * analyst dashboard (src/serve/, docs/api.md) on loopback until SIGINT or
 * SIGTERM, then a graceful stop (requests in flight finish).
 */
#include "cli/commands.h"

#include <libgen.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/options.h"
#include "core/paths.h"
#include "serve/api.h"
#include "serve/indexes.h"
#include "serve/server.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: eventwatch serve --db FILE [--port 8080] [--bind 127.0.0.1] [--threads N]\n"
            "                        [--web DIR] [--query-ms MS] [--no-explain] [--dict DIR]\n"
            "                        [--models DIR] [--create-indexes] [--no-cache]\n"
            "  Serves the JSON API (docs/api.md) and the dashboard (web/) from a store\n"
            "  opened read-only.  --create-indexes first adds the indexes the API's\n"
            "  filters use (opens the database read-write once), then serves.\n"
            "  --no-cache: recompute event pages, series and aggregates on every request.\n");
}

typedef struct opts {
    ew_api_config api;
    ew_server_config srv;
    int create_indexes;
} opts;

/* EW_CLI_GO with the options in o, else the exit status (usage printed). */
static int parse(int argc, char **argv, opts *o)
{
    const ew_cli_opt table[] = {
        {"--db", EW_CLI_STR, &o->api.db_path, NULL},
        {"--port", EW_CLI_INT, &o->srv.port, NULL},
        {"--bind", EW_CLI_STR, &o->srv.bind, NULL},
        {"--threads", EW_CLI_INT, &o->srv.threads, NULL},
        {"--web", EW_CLI_STR, &o->api.web_dir, NULL},
        {"--query-ms", EW_CLI_INT, &o->api.query_ms, NULL},
        {"--dict", EW_CLI_STR, &o->api.dict_dir, NULL},
        {"--models", EW_CLI_STR, &o->api.models_dir, NULL},
        {"--no-explain", EW_CLI_FLAG, &o->api.no_explain, NULL},
        {"--no-cache", EW_CLI_FLAG, &o->api.no_cache, NULL},
        {"--create-indexes", EW_CLI_FLAG, &o->create_indexes, NULL},
        {NULL, EW_CLI_STR, NULL, NULL}};
    int go = ew_cli_parse_opts(argc, argv, table, usage);
    if (go != EW_CLI_GO)
        return go;
    if (!o->api.db_path || o->srv.port < 0 || o->srv.port > 65535 || o->srv.threads < 0 ||
        o->srv.threads > 256) {
        usage(stderr);
        return EW_EXIT_USAGE;
    }
    return EW_CLI_GO;
}

/* web/ ships beside data/, so it is found the way data/ is. */
static const char *find_web(char *buf, size_t size)
{
    const char *env = getenv("EVENTWATCH_WEB");
    if (env && *env)
        return env;
    const char *data = ew_default_data_dir();
    if (!data)
        return NULL;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", data);
    snprintf(buf, size, "%s/web", dirname(tmp));
    return access(buf, R_OK) == 0 ? buf : NULL;
}

int cmd_serve(int argc, char **argv)
{
    opts o = {0};
    o.srv.port = 8080;
    int go = parse(argc, argv, &o);
    if (go != EW_CLI_GO)
        return go;
    if (access(o.api.db_path, R_OK)) {
        fprintf(stderr, "eventwatch serve: database %s does not exist or is not readable\n", o.api.db_path);
        return EW_EXIT_FATAL;
    }
    char webbuf[4096];
    if (!o.api.web_dir)
        o.api.web_dir = find_web(webbuf, sizeof webbuf);
    if (!o.api.web_dir)
        fprintf(stderr, "eventwatch serve: no web/ directory found: API only (set --web DIR)\n");
    ew_diag diag;
    ew_diag_init(&diag);
    if (o.create_indexes && ew_serve_create_indexes(o.api.db_path, &diag))
        return EW_EXIT_FATAL;
    o.api.pool = o.srv.threads > 0 ? o.srv.threads : 4;
    ew_api *api = ew_api_open(&o.api, &diag);
    if (!api)
        return EW_EXIT_FATAL;
    if (!ew_api_has_explain(api) && !o.api.no_explain)
        fprintf(stderr, "eventwatch serve: explain disabled (pipeline could not be loaded)\n");
    /* block the signals before the worker threads exist, so only sigwait sees them */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    ew_server *s = ew_server_start(api, &o.srv, &diag);
    if (!s) {
        ew_api_close(api);
        return EW_EXIT_FATAL;
    }
    fprintf(stderr, "eventwatch serve: http://%s:%d/ (database %s, read-only)\n",
            o.srv.bind ? o.srv.bind : "127.0.0.1", ew_server_port(s), o.api.db_path);
    int sig = 0;
    sigwait(&set, &sig);
    fprintf(stderr, "eventwatch serve: %s, stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    ew_server_stop(s);
    ew_api_close(api);
    return EW_EXIT_OK;
}
