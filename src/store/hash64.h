/*
 * hash64.h -- a fast 64-bit hash for the store's row keys (events,
 * sentences): FNV-1a over the bytes, then the SplitMix64 finaliser so every
 * input bit reaches every output bit.
 *
 * Why not SHA-256 here: keys are computed once or twice per stored event,
 * and SHA-256 was 15% of the whole insert path (perf, bench_store).  The
 * keys need a stable, well-spread function of content -- shards and thread
 * counts must agree -- not resistance to a forger: event text comes from
 * the coder, not from an attacker choosing collisions.  Documents keep
 * SHA-256 (sha256.h), the content fingerprint users see.
 *
 * Pure function, no allocation.
 */
#ifndef EW_STORE_HASH64_H
#define EW_STORE_HASH64_H

#include <stddef.h>
#include <stdint.h>

uint64_t ew_hash64(const void *data, size_t n);

#endif
