/*
 * parallel.c -- the coding commands' worker pool (see parallel.h).
 */
#include "cli/parallel.h"

#include <pthread.h>
#include <stdatomic.h>

typedef struct pool {
    long n;
    atomic_long next;
    atomic_int workers;
    ew_cli_item_fn fn;
    void *ctx;
    pthread_mutex_t lock;
    ew_diag *diag;
} pool;

static void forward(void *user, ew_severity sev, const char *file, long line,
                    const char *record, const char *msg)
{
    pool *p = user;
    pthread_mutex_lock(&p->lock);
    ew_diag_report(p->diag, sev, file, line, record, "%s", msg);
    pthread_mutex_unlock(&p->lock);
}

static void *work(void *arg)
{
    pool *p = arg;
    ew_cli_worker w = {.index = atomic_fetch_add(&p->workers, 1), .ctx = p->ctx};
    ew_arena_init(&w.arena, 1u << 20);
    ew_diag_init(&w.diag);
    w.diag.fn = forward;
    w.diag.user = p;
    for (;;) {
        long i = atomic_fetch_add(&p->next, 1);
        if (i >= p->n)
            break;
        p->fn(&w, i);
        ew_arena_reset(&w.arena);
    }
    ew_arena_free(&w.arena);
    return NULL;
}

void ew_cli_parallel(int threads, long n, ew_cli_item_fn fn, void *ctx, ew_diag *diag)
{
    pool p = {.n = n, .fn = fn, .ctx = ctx, .diag = diag};
    atomic_init(&p.next, 0);
    atomic_init(&p.workers, 0);
    pthread_mutex_init(&p.lock, NULL);
    pthread_t tid[EW_CLI_MAX_THREADS];
    int nt = 0;
    for (; nt < threads - 1 && nt < EW_CLI_MAX_THREADS - 1; nt++)
        if (pthread_create(&tid[nt], NULL, work, &p) != 0)
            break;
    work(&p);
    for (int i = 0; i < nt; i++)
        pthread_join(tid[i], NULL);
    pthread_mutex_destroy(&p.lock);
}
