/*
 * query.h -- the query string of an API request as a small list of
 * decoded (name, value) pairs, with hard limits, so every later check works
 * on bounded, NUL-terminated UTF-8-agnostic strings.
 *
 * Two ways in: the server hands over the pairs libmicrohttpd already
 * decoded (ew_query_add), and tests and the fuzz target parse a raw query
 * string (ew_query_parse: '&'-separated, '+' is a space, %XX decoded).
 * Both go through the same limits: at most EW_QUERY_MAX_PARAMS pairs,
 * names of at most 32 bytes, values of at most EW_QUERY_MAX_VALUE bytes, no
 * NUL bytes, no parameter twice.
 *
 * Errors: ew_query_add/ew_query_parse return -1 and leave a message naming
 * the parameter in q->error (a static or q-owned string); the request is
 * then answered 400 with that message.  Nothing is printed.
 * Ownership: the caller owns the ew_query (usually on the stack); strings
 * are copied into the arena given to ew_query_init, which must outlive it.
 */
#ifndef EW_SERVE_QUERY_H
#define EW_SERVE_QUERY_H

#include <stddef.h>

#include "core/arena.h"

#define EW_QUERY_MAX_PARAMS 24
#define EW_QUERY_MAX_NAME 32
#define EW_QUERY_MAX_VALUE 2048

typedef struct ew_query_param {
    const char *name, *value;
    int used;              /* set by ew_query_get: unused ones are unknown */
} ew_query_param;

typedef struct ew_query {
    ew_query_param p[EW_QUERY_MAX_PARAMS];
    size_t n;
    ew_arena *arena;
    char error[160];       /* reason of the last failure, "" when none */
} ew_query;

void ew_query_init(ew_query *q, ew_arena *a);

/* Adds one decoded pair (value may be NULL: "?flag" -> ""); vlen is the
 * value's length in bytes (it may contain a NUL, which is refused).
 * 0 or -1 (q->error set). */
int ew_query_add(ew_query *q, const char *name, const char *value, size_t vlen);

/* Parses a raw query string of len bytes (without the leading '?'). */
int ew_query_parse(ew_query *q, const char *raw, size_t len);

/* The value of a parameter, NULL when absent; marks it used. */
const char *ew_query_get(ew_query *q, const char *name);

/* The first parameter no ew_query_get asked for, NULL when none: callers
 * call it after reading everything they know, and refuse the request. */
const char *ew_query_unused(const ew_query *q);

#endif
