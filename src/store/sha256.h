/*
 * sha256.h -- SHA-256 (FIPS 180-4), used to key documents by content.
 *
 * Written here rather than pulled from a crypto library because the store
 * needs only a content fingerprint: ~100 lines beat a new dependency.  Keys
 * must be stable functions of content (shards coded on different machines
 * merge without collisions), so a strong hash is worth the few cycles.
 *
 * Ownership: the caller owns every buffer; nothing is allocated.
 */
#ifndef EW_STORE_SHA256_H
#define EW_STORE_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct ew_sha256_ctx {
    uint32_t h[8];
    uint64_t len;        /* bytes hashed so far */
    uint8_t buf[64];
    size_t nbuf;
} ew_sha256_ctx;

void ew_sha256_init(ew_sha256_ctx *c);
void ew_sha256_update(ew_sha256_ctx *c, const void *data, size_t n);
void ew_sha256_final(ew_sha256_ctx *c, uint8_t out[32]);

/* One-shot helpers.  hex receives 64 hex digits and a NUL. */
void ew_sha256(const void *data, size_t n, uint8_t out[32]);
void ew_sha256_hex(const uint8_t dig[32], char hex[65]);

/* First 63 bits of a digest as a non-negative integer key (SQLite INTEGER
 * PRIMARY KEY and GDELT GLOBALEVENTID are signed 64-bit). */
int64_t ew_sha256_key63(const uint8_t dig[32]);

#endif
