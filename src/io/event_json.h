/*
 * event_json.h -- the project's event format: one JSON object per event,
 * one per line (JSON Lines).
 *
 *   {"doc_id":..., "sent_id":..., "date":"YYYY-MM-DD",
 *    "source":{"code":...,"text":...}, "target":{"code":...,"text":...},
 *    "code":"064", "root":"06", "pattern":"- * DIPLOMATIC TIES [064]",
 *    "spans":{"source":[s,e],"target":[s,e],"verb":[s,e]}}
 *
 * Spans are byte offsets [start,end) into the sentence text.  Fields are
 * always present and always in this order (null when unknown), so output is
 * byte-for-byte reproducible.  Extend the shape by appending fields; never
 * rename or reorder these.
 *
 * Strings are escaped per RFC 8259: '"', '\\', control characters as
 * \uXXXX (\n \t \r \b \f short forms); bytes >= 0x80 are passed through
 * (inputs are UTF-8; invalid sequences were repaired upstream).
 *
 * Ownership: ew_jbuf memory is the caller's (ew_jbuf_free); nothing else
 * allocates.
 */
#ifndef EW_IO_EVENT_JSON_H
#define EW_IO_EVENT_JSON_H

#include <stddef.h>
#include <stdio.h>

#include "core/event.h"

/* Growable output buffer (heap). */
typedef struct ew_jbuf {
    char *p;
    size_t n, cap;
} ew_jbuf;

void ew_jbuf_free(ew_jbuf *b);
void ew_jbuf_put(ew_jbuf *b, const char *s, size_t n);

/* Appends s as a JSON string literal, or null when s is NULL. */
void ew_json_string(ew_jbuf *b, const char *s);

/* Appends one event as a JSON object and a newline. */
void ew_event_json(ew_jbuf *b, const ew_event *e);

/* Convenience: the same, written to a stream. */
void ew_json_write_string(FILE *out, const char *s);
int ew_event_json_write(FILE *out, const ew_event *e);

#endif
