/* Tests for src/core/arena.c: alignment, big requests, reset reuse. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"

static void alloc_is_aligned_and_distinct(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 256);
    char *p = ew_arena_alloc(&a, 3);
    char *q = ew_arena_alloc(&a, 5);
    assert_true(p != q);
    assert_int_equal((uintptr_t)q % _Alignof(max_align_t), 0);
    memset(p, 'x', 3);
    memset(q, 'y', 5);
    assert_int_equal(p[2], 'x');
    ew_arena_free(&a);
}

static void big_request_gets_own_block(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 256);
    char *small = ew_arena_alloc(&a, 16);
    char *big = ew_arena_alloc(&a, 100000);
    memset(big, 1, 100000);
    char *small2 = ew_arena_alloc(&a, 16);
    /* the head block keeps serving small requests after a big one */
    assert_ptr_equal(small2, small + 16);
    ew_arena_free(&a);
}

static void strdup_and_printf(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 0);
    assert_string_equal(ew_arena_strndup(&a, "abcdef", 3), "abc");
    assert_string_equal(ew_arena_printf(&a, "%s-%d", "x", 42), "x-42");
    ew_arena_free(&a);
}

static void reset_reuses_first_block(void **state)
{
    (void)state;
    ew_arena a;
    ew_arena_init(&a, 1024);
    void *first = ew_arena_alloc(&a, 8);
    for (int i = 0; i < 100; i++)
        ew_arena_alloc(&a, 100);
    ew_arena_reset(&a);
    assert_int_equal(a.used_total, 0);
    void *again = ew_arena_alloc(&a, 8);
    assert_non_null(again);
    (void)first;
    ew_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(alloc_is_aligned_and_distinct),
        cmocka_unit_test(big_request_gets_own_block),
        cmocka_unit_test(strdup_and_printf),
        cmocka_unit_test(reset_reuses_first_block),
    };
    return cmocka_run_group_tests_name("core/arena", tests, NULL, NULL);
}
