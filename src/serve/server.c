/*
 * server.c -- libmicrohttpd glue for the API (see server.h).
 */
#include "serve/server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

struct ew_server {
    struct MHD_Daemon *d;
    ew_api *api;
    int port;
};

typedef struct args_ctx {
    ew_query *q;
    int failed;
} args_ctx;

static enum MHD_Result arg(void *cls, enum MHD_ValueKind kind, const char *key, size_t klen,
                           const char *value, size_t vlen)
{
    (void)kind;
    args_ctx *a = cls;
    if (a->failed)
        return MHD_NO;
    if (!key || strlen(key) != klen || ew_query_add(a->q, key, value, value ? vlen : 0)) {
        if (!a->q->error[0])
            strcpy(a->q->error, "bad parameter name");
        a->failed = 1;
        return MHD_NO;
    }
    return MHD_YES;
}

static const char *cache_control(const ew_api_response *r, const char *url)
{
    if (!r->is_static)
        return "no-store";
    /* the page itself is revalidated so a new build shows at once; its
     * libraries and map data change only with the vendored versions */
    if (!strncmp(url, "/vendor/", 8))
        return "public, max-age=86400";
    return "no-cache";
}

static enum MHD_Result reply(struct MHD_Connection *c, const char *url, ew_api_response *r)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        free(r->body);
        return MHD_NO;
    }
    r->body = NULL;
    MHD_add_response_header(resp, "Content-Type", r->type ? r->type : "application/json");
    MHD_add_response_header(resp, "Cache-Control", cache_control(r, url));
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
    if (r->allow)
        MHD_add_response_header(resp, "Allow", r->allow);
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ok;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **state)
{
    (void)version;
    (void)upload;
    ew_server *s = cls;
    static int first;
    if (!*state) {
        /* first call: headers only; answer on the next one (GET/HEAD have
         * no body), except that refused methods are answered now */
        *state = &first;
        if (!strcmp(method, "GET") || !strcmp(method, "HEAD"))
            return MHD_YES;
    }
    *upload_size = 0;
    ew_arena a;
    ew_arena_init(&a, 8192);
    ew_query q;
    ew_query_init(&q, &a);
    args_ctx ac = {&q, 0};
    MHD_get_connection_values_n(c, MHD_GET_ARGUMENT_KIND, arg, &ac);
    ew_api_response r = {0};
    if (ac.failed)
        ew_api_error(&r, 400, q.error);
    else
        ew_api_handle(s->api, method, url, &q, &r);
    enum MHD_Result ok = reply(c, url, &r);
    ew_arena_free(&a);
    return ok;
}

ew_server *ew_server_start(ew_api *api, const ew_server_config *cfg, ew_diag *diag)
{
    ew_server *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->api = api;
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)cfg->port)};
    const char *bind = cfg->bind ? cfg->bind : "127.0.0.1";
    if (inet_pton(AF_INET, bind, &sa.sin_addr) != 1) {
        ew_diag_report(diag, EW_ERROR, NULL, 0, NULL, "--bind %s: not an IPv4 address", bind);
        free(s);
        return NULL;
    }
    s->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, (uint16_t)cfg->port, NULL, NULL,
                            handle, s,
                            MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
                            MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(cfg->threads > 0 ? cfg->threads : 4),
                            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(cfg->timeout_s > 0 ? cfg->timeout_s : 10),
                            MHD_OPTION_CONNECTION_LIMIT, (unsigned)(cfg->max_conns > 0 ? cfg->max_conns : 1000),
                            MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536,
                            MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1,
                            MHD_OPTION_END);
    if (!s->d) {
        ew_diag_report(diag, EW_ERROR, NULL, 0, NULL, "cannot listen on %s:%d (address in use?)", bind, cfg->port);
        free(s);
        return NULL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : cfg->port;
    return s;
}

int ew_server_port(const ew_server *s)
{
    return s->port;
}

void ew_server_stop(ew_server *s)
{
    if (!s)
        return;
    MHD_stop_daemon(s->d);
    free(s);
}
