/*
 * mediation.h -- tracking a mediation or negotiation process between two
 * parties A and B (e.g. AZE and ARM): the weekly timeline of cooperation
 * (CAMEO roots 03, 04, 05, 08, with 057 "sign formal agreement" counted
 * apart) against conflict (roots 10-20) between them, the third parties
 * that engage both sides (04x consultations with A and with B, or 045
 * "mediate"), and a progress indicator (defined in docs/alerts.md).
 *
 * Ownership: ew_med_new() allocates; ew_med_free() releases everything.
 */
#ifndef EW_ANALYZE_MEDIATION_H
#define EW_ANALYZE_MEDIATION_H

#include <stddef.h>
#include <stdint.h>

typedef struct ew_med_week {
    int32_t week;            /* Monday YYYYMMDD */
    long coop, agreements, conflict, mediation;
    double balance;          /* (coop - conflict) / (coop + conflict), 0 when both 0 */
    double index;            /* progress index: balance over the last 4 weeks' totals */
} ew_med_week;

typedef struct ew_med_party {
    char code[16];           /* the third party's country or actor code */
    long with_a, with_b;     /* 04x events with each side (either direction) */
    long mediate;            /* 045 events naming A or B */
    int32_t first, last;     /* dates of its first and last engagement */
} ew_med_party;

typedef struct ew_mediation {
    char a[8], b[8];
    ew_med_week *weeks;      /* contiguous, first to last week with dyad events */
    size_t nweeks;
    ew_med_party *parties;   /* engaging both sides or mediating, most active first */
    size_t nparties;
    double index_start, index_end; /* progress index at the first and last week */
    const char *trend;       /* "improving", "stable", "deteriorating", "no data" */
} ew_mediation;

/* What the tracker needs of an event. */
typedef struct ew_med_event {
    int32_t date;
    const char *code;        /* CAMEO code */
    const char *src, *tgt;   /* countries (3 letters) or NULL */
    const char *src_code, *tgt_code; /* how to name a third party: its country,
                                        or its actor code for IGOs/NGOs; NULL: country */
} ew_med_event;

ew_mediation *ew_med_new(const char *a, const char *b);
/* Adds one event (0, or -1 out of memory); irrelevant events are ignored. */
int ew_med_add(ew_mediation *m, const ew_med_event *e);
/* Builds the weekly timeline, party list and indicator.  0 or -1. */
int ew_med_finish(ew_mediation *m);
void ew_med_free(ew_mediation *m);

#endif
