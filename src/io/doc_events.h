/*
 * doc_events.h -- reading pre-coded events in the project's event JSON
 * Lines format (the coder's output; field names in core/event.h):
 *   doc_id, sent_id, date, source{code,text[,country,agent]}, target{...},
 *   code, root, pattern, spans{source,target,verb: [start,end]}
 * and, when present, sentence, quad_class, goldstein, plover, dimension,
 * issues, location{name,country,lat,lon}.
 *
 * This lets `eventwatch ingest --events FILE` store events coded elsewhere
 * (another machine, another coder, a shard of a corpus).
 *
 * A line without a code or with broken JSON is reported with file and line
 * and skipped.  A missing or null date gives date 0 (unknown, as for an
 * undated document); a date that does not parse also does, with a warning:
 * events are not lost over their date.  Ownership: the event handed to the callback
 * and its strings live until the callback returns.
 */
#ifndef EW_IO_DOC_EVENTS_H
#define EW_IO_DOC_EVENTS_H

#include "core/diag.h"
#include "core/event.h"

typedef int (*ew_doc_event_fn)(void *user, const ew_event *ev, const char *file, long line);

/* Returns 0 when the whole file was read, the callback's nonzero value if
 * it stopped, -1 when the file cannot be opened.  *read / *rejected (may
 * be NULL) receive the counts. */
int ew_doc_read_events(const char *path, ew_doc_event_fn fn, void *user, ew_diag *diag,
                       long *read, long *rejected);

#endif
