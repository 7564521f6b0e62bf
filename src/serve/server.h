/*
 * server.h -- the HTTP side of `eventwatch serve`: libmicrohttpd with an
 * internal polling thread per pool worker (MHD_OPTION_THREAD_POOL_SIZE),
 * each request answered by ew_api_handle (api.h).
 *
 * Protection against clients: connections idle for timeout seconds are
 * closed (slow clients), the number of connections is capped, request
 * headers and URLs are bounded by MHD's per-connection memory (a huge URL
 * gets 414 from MHD), bodies are never read (only GET and HEAD are
 * served), and every response carries nosniff and a same-origin-only
 * Content-Security-Policy (the dashboard is offline by construction).
 *
 * Errors: ew_server_start reports why it could not listen (address in use,
 * bad bind address) and returns NULL.  Ownership: start allocates, stop
 * waits for the workers and frees; the api is borrowed and must outlive
 * the server.
 */
#ifndef EW_SERVE_SERVER_H
#define EW_SERVE_SERVER_H

#include "core/diag.h"
#include "serve/api.h"

typedef struct ew_server_config {
    const char *bind;        /* IPv4 address, default "127.0.0.1" */
    int port;                /* default 8080; 0 picks a free port */
    int threads;             /* worker threads (default 4) */
    int timeout_s;           /* idle connection timeout (default 10) */
    int max_conns;           /* default 1000 */
} ew_server_config;

typedef struct ew_server ew_server;

ew_server *ew_server_start(ew_api *api, const ew_server_config *cfg, ew_diag *diag);
/* The port actually listened on (useful with port 0). */
int ew_server_port(const ew_server *s);
void ew_server_stop(ew_server *s);

#endif
