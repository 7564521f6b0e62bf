/*
 * event.h -- a coded event: who did what to whom, when, where, and why we
 * think so.
 *
 * The coder (src/code) fills the who/what/whom and provenance; enrichment
 * (CAMEO reference table, issues, geo) fills the rest; writers in src/io turn
 * it into JSON Lines, GDELT/Phoenix/ICEWS rows; the store persists it.
 *
 * The JSON shape (src/io/event_json.c) is the project's event format: it may
 * be extended, never changed.  Field names there:
 *   doc_id, sent_id, date, source{code,text}, target{code,text}, code, root,
 *   pattern, spans{source,target,verb}, plus later additions.
 *
 * Ownership: every pointer is owned by the arena of the document being coded.
 */
#ifndef EW_EVENT_H
#define EW_EVENT_H

#include <stddef.h>
#include <stdint.h>

/* Byte span [start,end) inside the sentence text; end==start means none. */
typedef struct ew_span {
    uint32_t start, end;
} ew_span;

typedef struct ew_event_actor {
    const char *code;    /* full actor code, e.g. "KAZGOV"; "---" or NULL when unresolved */
    const char *text;    /* the words that named the actor */
    ew_span span;
    const char *country; /* 3-letter country/bloc part when known */
    const char *agent;   /* agent/role part ("GOV", "MIL") when known */
} ew_event_actor;

typedef struct ew_location {
    int type;            /* GDELT geo type: 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state/ADM1 */
    const char *name;    /* full name, "Almaty, Almaty City, Kazakhstan" */
    const char *country; /* ISO 3166-1 alpha-2 (GDELT FIPS-like column filled from it) */
    const char *adm1;
    double lat, lon;
    long feature_id;     /* GeoNames id, 0 if none */
    double confidence;
    ew_span span;
} ew_location;

typedef struct ew_event {
    const char *doc_id;
    const char *sent_id;
    int32_t date;               /* YYYYMMDD */
    ew_event_actor source, target;
    char code[8];               /* CAMEO event code, e.g. "0431" */
    char root[4];               /* first two digits, e.g. "04" */
    const char *pattern;        /* the dictionary pattern that matched, as written */
    const char *pattern_file;   /* dictionary file and line of that pattern */
    long pattern_line;
    ew_span verb;               /* the verb (or verb phrase head) */
    const char *sentence;       /* sentence text, for provenance */
    uint32_t sentence_offset;   /* where the sentence starts in the document text */
    /* enrichment: filled by src/code/enrich or later stages; 0/NULL = unknown */
    int quad_class;             /* 1..4 */
    double goldstein;
    const char *plover;         /* PLOVER event type */
    const char *dimension;      /* OSCE dimension: "politico-military", "economic-environmental", "human" */
    const char *issues;         /* ';'-separated issue/theme codes */
    int is_root_event;          /* GDELT IsRootEvent: from the main clause */
    double confidence;          /* 0..1 */
    ew_location action_geo, actor1_geo, actor2_geo;
} ew_event;

/* Growable list of events, storage in an arena. */
typedef struct ew_event_list {
    ew_event *v;
    size_t n, cap;
} ew_event_list;

#endif
