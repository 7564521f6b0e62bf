/*
 * synth.h -- the random weekly counts of the synthetic alert series, shared
 * by tests/analyze/test_alerts.c and bench/bench_alerts.c so that the test's
 * noise and the bench's sweep come from one generator.
 *
 * Header-only: tests and benches are each built from one .c file against
 * libeventwatch.a (see the Makefile), and a test-only generator does not
 * belong in the library.  The caller owns the state: any non-zero seed,
 * the same seed gives the same sequence on every machine (xorshift64).
 */
#ifndef EW_TESTS_ANALYZE_SYNTH_H
#define EW_TESTS_ANALYZE_SYNTH_H

#include <math.h>
#include <stdint.h>

/* Uniform in [0, 1), 53 bits. */
static inline double synth_uniform(uint64_t *rng)
{
    *rng ^= *rng << 13;
    *rng ^= *rng >> 7;
    *rng ^= *rng << 17;
    return (double)(*rng >> 11) / 9007199254740992.0;
}

/* Poisson(lambda) by multiplying uniforms (Knuth): fine for the small
 * weekly rates used here. */
static inline int synth_poisson(uint64_t *rng, double lambda)
{
    double l = exp(-lambda), p = 1;
    int k = 0;
    do {
        k++;
        p *= synth_uniform(rng);
    } while (p > l);
    return k - 1;
}

#endif
