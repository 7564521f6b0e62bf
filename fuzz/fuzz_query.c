/* fuzz_query.c -- libFuzzer target for the API's query-string parser
 * (src/serve/query.c) and the parameter checks behind every endpoint
 * (src/serve/api_params.c): any bytes must give either a parsed, bounded
 * query or a clean error, never a crash, overflow or leak. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "serve/api_internal.h"
#include "serve/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_query q;
    ew_query_init(&q, &a);
    if (ew_query_parse(&q, (const char *)data, size) == 0) {
        ew_api_filter f;
        char msg[200];
        int32_t d;
        long x;
        char ca[4], cb[4];
        ew_api_filter_parse(&q, &f, msg, sizeof msg);
        ew_api_date_param(&q, "date", &d, msg, sizeof msg);
        ew_api_int_param(&q, "n", 0, 100, 1, &x, msg, sizeof msg);
        const char *dy = ew_query_get(&q, "key");
        if (dy)
            ew_api_dyad_param(dy, ca, cb);
        ew_query_unused(&q);
    }
    ew_arena_free(&a);
    return 0;
}
