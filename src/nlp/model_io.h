/*
 * model_io.h -- versioned, checksummed binary model files.
 *
 * Every trained model (tagger, lemmatizer, parser) is one file: a fixed
 * 48-byte header followed by an opaque payload that the model's own code
 * lays out.  The header lets a loader refuse, with a message naming the
 * file, anything it cannot trust: a missing or truncated file, another
 * program's file, a model of another kind, an older/newer format version,
 * or a payload whose bytes changed since it was written.
 *
 * Header layout (all integers little-endian, whatever the host):
 *   0  char[8]  magic "EWMODEL1"
 *   8  char[16] kind, NUL-padded ("tagger", "lemmatizer", "parser"...)
 *  24  u32      version of the payload format (the model code's constant)
 *  28  u32      reserved, 0
 *  32  u64      payload size in bytes
 *  40  u64      FNV-1a 64 checksum of the payload bytes
 * FNV-1a was chosen over CRC32 because it is a five-line loop with no table
 * and catches the failures we care about (truncation, bit rot, a file
 * overwritten mid-copy); it is not meant to resist tampering.
 *
 * Errors: both functions report through ew_diag_report() (file = path) and
 * return -1 / NULL; they never print or exit.
 */
#ifndef EW_NLP_MODEL_IO_H
#define EW_NLP_MODEL_IO_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

#define EW_MODEL_MAGIC "EWMODEL1"
#define EW_MODEL_KIND_MAX 16     /* kind strings are at most 15 bytes + NUL */
#define EW_MODEL_HEADER_SIZE 48

/* Writes header + payload[0..n) to path (replaced atomically through a
 * temporary "<path>.tmp" and rename, so a reader never sees half a model).
 * kind must be 1..15 bytes.  Returns 0, or -1 after a diag report. */
int ew_model_write(const char *path, const char *kind, uint32_t version,
                   const void *payload, size_t n, ew_diag *diag);

/* Reads and checks a model file.  Returns a malloc'd copy of the payload
 * (caller frees with free()) and stores its size in *n; the buffer is
 * aligned for any type.  Returns NULL after a diag report naming the file
 * when it is missing/unreadable, shorter than its header says, has the
 * wrong magic, kind or version, or fails the checksum.  A zero-size payload
 * yields a non-NULL 1-byte buffer. */
void *ew_model_read(const char *path, const char *kind, uint32_t version,
                    size_t *n, ew_diag *diag);

/* FNV-1a 64 of data[0..n): exposed for tests and for models that want to
 * fingerprint their training data. */
uint64_t ew_model_fnv1a(const void *data, size_t n);

#endif
