/*
 * store_event.c -- adding a coded event: the deduplication rule.
 *
 * Rule (docs/schema.md): events with the same date bucket (window_days,
 * default 1 = the same calendar day), the same source and target actor
 * codes, the same CAMEO code and the same location (GeoNames feature, else
 * country+ADM1+name, else none) are one event row.  Each sentence behind it
 * is a mention.  NumMentions counts mentions, NumArticles distinct
 * documents, NumSources distinct news sources -- GDELT's definitions.
 *
 * This file shares store.c's private struct through store_impl.h.
 */
#include "store/store_impl.h"

#include <stdio.h>
#include <string.h>

#include "store/date.h"
#include "store/hash64.h"

static const char *nz(const char *s) { return s ? s : ""; }

/* QuadClass from the CAMEO root when enrichment did not set it: 01-05
 * verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict,
 * 14-20 material conflict (a definition, not an estimate). */
int ew_store_quad_of_root(const char *root)
{
    if (!root || root[0] < '0' || root[0] > '9' || root[1] < '0' || root[1] > '9')
        return 0;
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    if (r >= 1 && r <= 5) return 1;
    if (r >= 6 && r <= 8) return 2;
    if (r >= 9 && r <= 13) return 3;
    if (r >= 14 && r <= 20) return 4;
    return 0;
}

static int64_t event_key(const ew_store *s, const ew_event *ev)
{
    char loc[192] = "";
    const ew_location *g = &ev->action_geo;
    if (g->type && g->feature_id > 0)
        snprintf(loc, sizeof loc, "g%ld", g->feature_id);
    else if (g->type)
        snprintf(loc, sizeof loc, "%s/%s/%s", nz(g->country), nz(g->adm1), nz(g->name));
    long days = ew_date_valid(ev->date) ? ew_date_days(ev->date) : 0;
    long bucket = days >= 0 ? days / s->window_days : -((-days + s->window_days - 1) / s->window_days);
    if (!ew_date_valid(ev->date))
        bucket = ev->date; /* unknown dates only merge with the same value */
    char buf[512];
    int n = snprintf(buf, sizeof buf, "%ld|%s|%s|%s|%s", bucket, nz(ev->source.code),
                     nz(ev->target.code), ev->code, loc);
    if (n < 0 || (size_t)n >= sizeof buf)
        n = (int)sizeof buf - 1;
    uint64_t h = ew_hash64(buf, (size_t)n);
    /* id = 18 bits of day number since 1800 | 45 bits of the digest.  Still
     * a pure function of content (shards merge), but ids sort by date, so a
     * news stream, which arrives roughly in date order, appends near the
     * right edge of the B-tree instead of at random places: measured 2x
     * faster inserts.  Collisions need two events on the same day to share
     * 45 bits of ew_hash64: ~1e-4 per day at 100,000 distinct events a day. */
    /* the bucket's first day, so every date of a bucket gives one id */
    int64_t day = ew_date_valid(ev->date) ? bucket * s->window_days - ew_date_days(18000101) : 0;
    return (day & 0x3FFFF) << 45 | (int64_t)(h & ((UINT64_C(1) << 45) - 1));
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v && *v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* Length of the valid UTF-8 prefix of s (all of it when valid). */
static size_t utf8_valid_len(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!k || i + k > n)
            return i;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80)
                return i;
        i += k;
    }
    return n;
}

/* Text columns must be valid UTF-8 (exports, JSON, the API depend on it).
 * A name whose span cut a character in two keeps its valid bytes; the
 * broken sequences are dropped, nothing is guessed. */
static void bind_utf8(sqlite3_stmt *st, int i, const char *v)
{
    size_t n = v ? strlen(v) : 0;
    if (!n || utf8_valid_len((const unsigned char *)v, n) == n) {
        bind_text(st, i, v);
        return;
    }
    char buf[1024];
    size_t o = 0;
    for (size_t p = 0; p < n && o < sizeof buf - 4;) {
        size_t ok = utf8_valid_len((const unsigned char *)v + p, n - p);
        size_t take = ok < sizeof buf - 4 - o ? ok : sizeof buf - 4 - o;
        memcpy(buf + o, v + p, take);
        o += take;
        p += ok + (ok < n - p); /* skip the byte that broke the sequence */
    }
    sqlite3_bind_text(st, i, buf, (int)o, SQLITE_TRANSIENT);
}

static void bind_actor(sqlite3_stmt *st, int i, const ew_event_actor *a)
{
    bind_text(st, i, a->code && strcmp(a->code, "---") ? a->code : NULL);
    bind_utf8(st, i + 1, a->text);
    bind_text(st, i + 2, a->country);
    bind_text(st, i + 3, a->agent);
}

static void bind_geo(sqlite3_stmt *st, int i, const ew_location *g)
{
    if (!g->type)
        return; /* all NULL */
    sqlite3_bind_int(st, i, g->type);
    bind_text(st, i + 1, g->name);
    bind_text(st, i + 2, g->country);
    bind_text(st, i + 3, g->adm1);
    sqlite3_bind_double(st, i + 4, g->lat);
    sqlite3_bind_double(st, i + 5, g->lon);
    if (g->feature_id > 0)
        sqlite3_bind_int64(st, i + 6, g->feature_id);
}

static void bind_event_row(ew_store *s, sqlite3_stmt *st, int64_t id, int64_t doc_key,
                           int64_t sent_key, const ew_event *ev, char base[4], char root[3])
{
    memcpy(base, ev->code, 3);
    base[3] = 0;
    if (ev->root[0])
        memcpy(root, ev->root, 2);
    else
        memcpy(root, ev->code, 2);
    root[2] = 0;
    int quad = ev->quad_class ? ev->quad_class : ew_store_quad_of_root(root);
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, ev->date);
    bind_text(st, 3, ev->code);
    bind_text(st, 4, strlen(ev->code) >= 3 ? base : ev->code);
    bind_text(st, 5, root);
    if (quad)
        sqlite3_bind_int(st, 6, quad);
    /* Goldstein 0.0 is a real score (code 010), so "unknown" is judged by
     * whether enrichment ran at all (it sets quad_class). */
    if (ev->quad_class || ev->goldstein != 0.0)
        sqlite3_bind_double(st, 7, ev->goldstein);
    bind_text(st, 8, ev->plover);
    bind_text(st, 9, ev->dimension);
    bind_text(st, 10, ev->issues);
    bind_actor(st, 11, &ev->source);
    bind_actor(st, 15, &ev->target);
    bind_geo(st, 19, &ev->action_geo);
    sqlite3_bind_int(st, 26, ev->is_root_event);
    sqlite3_bind_int64(st, 27, doc_key);
    sqlite3_bind_int64(st, 28, sent_key);
    bind_text(st, 29, s->added);
    bind_geo(st, 30, &ev->actor1_geo);
    bind_geo(st, 37, &ev->actor2_geo);
}

static void bind_mention(sqlite3_stmt *st, int64_t id, int64_t doc_key, int64_t sent_key,
                         const char *news_source, const ew_event *ev)
{
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, doc_key);
    sqlite3_bind_text(st, 3, nz(ev->sent_id), -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, (int)ev->verb.start);
    sqlite3_bind_int(st, 5, (int)ev->verb.end);
    sqlite3_bind_int64(st, 6, sent_key);
    bind_text(st, 7, news_source);
    sqlite3_bind_int(st, 8, ev->date);
    sqlite3_bind_int(st, 9, (int)ev->source.span.start);
    sqlite3_bind_int(st, 10, (int)ev->source.span.end);
    sqlite3_bind_int(st, 11, (int)ev->target.span.start);
    sqlite3_bind_int(st, 12, (int)ev->target.span.end);
    bind_text(st, 13, ev->pattern);
    bind_text(st, 14, ev->pattern_file);
    if (ev->pattern_line > 0)
        sqlite3_bind_int64(st, 15, ev->pattern_line);
    if (ev->confidence > 0)
        sqlite3_bind_double(st, 16, ev->confidence);
}

/* A merge: the document and the news source count only when new. */
static int bump(ew_store *s, int64_t id, int64_t doc_key, const char *news_source, int32_t date)
{
    sqlite3_bind_int64(s->q[Q_DOC_SEEN], 1, id);
    sqlite3_bind_int64(s->q[Q_DOC_SEEN], 2, doc_key);
    int doc_seen = ew_store_exists(s, Q_DOC_SEEN, "look up mention");
    sqlite3_bind_int64(s->q[Q_SRC_SEEN], 1, id);
    bind_text(s->q[Q_SRC_SEEN], 2, news_source);
    int src_seen = ew_store_exists(s, Q_SRC_SEEN, "look up mention");
    if (doc_seen < 0 || src_seen < 0)
        return -1;
    sqlite3_stmt *st = s->q[Q_BUMP];
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, !doc_seen);
    sqlite3_bind_int(st, 3, !src_seen);
    sqlite3_bind_int(st, 4, date);
    return ew_store_run(s, Q_BUMP, "update event counts");
}

int ew_store_add_event(ew_store *s, int64_t doc_key, const char *news_source,
                       const ew_event *ev, int64_t *event_id)
{
    if (!ev->code[0]) {
        ew_diag_report(s->diag, EW_ERROR, s->path, 0, ev->doc_id, "event without a CAMEO code");
        return -1;
    }
    int64_t id = event_key(s, ev);
    if (event_id)
        *event_id = id;
    /* events of one sentence come together: hash its key once */
    const char *sid = ev->sent_id ? ev->sent_id : "";
    int64_t sent_key;
    if (s->key_valid && doc_key == s->key_doc && !strcmp(sid, s->key_sent_id)) {
        sent_key = s->key;
    } else {
        sent_key = ew_store_sentence_key(doc_key, ev->sent_id);
        s->key_valid = strlen(sid) < sizeof s->key_sent_id; /* cache only what fits */
        if (s->key_valid) {
            s->key_doc = doc_key;
            s->key = sent_key;
            strcpy(s->key_sent_id, sid);
        }
    }
    /* pointer identity: events of one sentence share its text pointer */
    if (ev->sentence && (ev->sentence != s->last_sentence || sent_key != s->last_sentence_key)) {
        if (ew_store_add_sentence(s, doc_key, ev->sent_id, ev->sentence_offset, ev->sentence))
            return -1;
        s->last_sentence = ev->sentence;
        s->last_sentence_key = sent_key;
    }
    char base[4], root[3];
    bind_event_row(s, s->q[Q_ADD_EVENT], id, doc_key, sent_key, ev, base, root);
    if (ew_store_run(s, Q_ADD_EVENT, "store event"))
        return -1;
    int fresh = sqlite3_changes(s->db) > 0;
    if (fresh) {
        /* counts were written as 1/1/1 with the row */
        bind_mention(s->q[Q_ADD_MENTION], id, doc_key, sent_key, news_source, ev);
        return ew_store_run(s, Q_ADD_MENTION, "store mention") ? -1 : 1;
    }
    /* Existing row: a mention already stored means this very sentence was
     * ingested before -- nothing changes (idempotent re-ingest). */
    sqlite3_stmt *st = s->q[Q_MENTION_SEEN];
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, doc_key);
    sqlite3_bind_text(st, 3, nz(ev->sent_id), -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, (int)ev->verb.start);
    int dup = ew_store_exists(s, Q_MENTION_SEEN, "look up mention");
    if (dup)
        return dup < 0 ? -1 : 2;
    /* counts first: their lookups must not find the new mention */
    if (bump(s, id, doc_key, news_source, ev->date))
        return -1;
    bind_mention(s->q[Q_ADD_MENTION], id, doc_key, sent_key, news_source, ev);
    return ew_store_run(s, Q_ADD_MENTION, "store mention") ? -1 : 0;
}
