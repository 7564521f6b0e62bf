/*
 * geocode.h -- places in a document's sentences, resolved against the
 * gazetteer, and the GDELT-style locations of its events.
 *
 *   ew_geo_find     every place mention of a segmented (tagged) document:
 *                   which words, in what role (event location, actor by
 *                   metonymy, mere mention, dateline), resolved with the
 *                   document's context (dateline, other places, the events'
 *                   actor countries) and population;
 *   ew_geo_assign   ActionGeo / Actor1Geo / Actor2Geo of each event from
 *                   those mentions;
 *   ew_geo_location a mention as an ew_location (GDELT fields).
 *
 * Roles: a place after a locative ("in", "near", "at", "outside", "from"...)
 * or named as "the X region/oblast/province" / "the city of X" is a
 * LOCATION; a country or big city as the subject of a speech or decision
 * verb ("Moscow rejected"), or in a possessive ("Astana's offer"), is an
 * ACTOR (a government, not a place where something happened); a country
 * named without such a cue is a MENTION (it only informs disambiguation).
 * Unknown or unresolvable names are left out, never guessed; over-long or
 * garbled strings are not looked up.
 *
 * Ownership: results live in the caller's arena; the gazetteer is only read
 * (thread-safe).  No function here reports or fails: no place is a result.
 */
#ifndef EW_GEO_GEOCODE_H
#define EW_GEO_GEOCODE_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/event.h"
#include "geo/gazetteer.h"
#include "text/segment.h"

typedef enum ew_geo_role {
    EW_GEO_ROLE_LOCATION = 1,
    EW_GEO_ROLE_ACTOR = 2,
    EW_GEO_ROLE_MENTION = 3,
    EW_GEO_ROLE_DATELINE = 4,
} ew_geo_role;

typedef struct ew_geo_mention {
    size_t sent;                /* sentence index; SIZE_MAX for the dateline */
    size_t tok_first, tok_end;  /* tokens [first,end) of that sentence */
    ew_span span;               /* bytes in the sentence text (dateline: document) */
    const char *text;           /* the words as written (token forms) */
    const char *key;            /* normalised lookup key */
    const char *qual;           /* key of a qualifier ("Alexandria, Virginia") or NULL */
    int role;                   /* ew_geo_role */
    const char *cue;            /* word that made it a location ("in", "region"...) or NULL */
    int subject;                /* the name is (or modifies) a clause subject */
    int want;                   /* 0 any, EW_GEO_ADM1 ("X region"), EW_GEO_PLACE ("city of X") */
    const ew_geo_place *place;  /* resolution; NULL when no candidate fits */
    double confidence;          /* 0..1 */
    double margin;              /* score lead over the best place in another country */
    uint32_t ncand;             /* candidates of the right kind considered */
    uint8_t in_context;         /* the winner's country is in the document context */
    uint8_t dateline_country;   /* ... and is the dateline's country */
} ew_geo_mention;

typedef struct ew_geo_doc {
    ew_geo_mention *m;
    size_t n;
} ew_geo_doc;

/* Finds and resolves the mentions of seg (tokens tagged when models are
 * loaded; untagged tokens work with surface cues only).  events may be
 * NULL; their actor country codes then do not count as context. */
void ew_geo_find(const ew_gazetteer *g, const ew_segmented *seg, const ew_event_list *events,
                 ew_arena *a, ew_geo_doc *out);

/* Sets action_geo / actor1_geo / actor2_geo of every event whose sentence is
 * in seg (matched by sentence text pointer, else sent_id).  ActionGeo: the
 * sentence's LOCATION mention nearest the event verb, else the dateline;
 * ActorNGeo: a mention inside the actor's words.  Fields stay zero (type 0)
 * when the text gives no place. */
void ew_geo_assign(const ew_gazetteer *g, const ew_geo_doc *d, const ew_segmented *seg,
                   ew_event_list *events, ew_arena *a);

/* Fills loc from a resolved mention: GDELT type (1 country, 2 US state,
 * 3 US city, 4 world city, 5 world ADM1), "City, Region, Country" name,
 * codes, coordinates, feature id, confidence and span. */
void ew_geo_location(const ew_gazetteer *g, const ew_geo_mention *m, double conf_scale,
                     ew_location *loc, ew_arena *a);

/* Human-readable reasons for m's resolution (candidates, kind, population,
 * capital, context, margin), in a. */
const char *ew_geo_why(const ew_geo_mention *m, ew_arena *a);

/* GDELT geo type of a place. */
int ew_geo_type(const ew_geo_place *p);

#endif
