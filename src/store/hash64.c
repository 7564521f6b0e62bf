/*
 * hash64.c -- FNV-1a 64 + SplitMix64 finaliser (see hash64.h for why).
 */
#include "store/hash64.h"

uint64_t ew_hash64(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ull;      /* FNV-1a offset basis */
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ull;                /* FNV prime */
    }
    /* SplitMix64 finaliser: FNV's low bits mix poorly on short inputs */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}
