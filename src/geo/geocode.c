/*
 * geocode.c -- a document's place mentions resolved in two passes, and the
 * locations of its events (geocode.h).
 *
 * Pass 1 resolves every mention on its own; the countries of the
 * unambiguous ones (one country among all candidates, or a population lead
 * no namesake can close), of the dateline and of the events' actors become
 * the document's context.  Pass 2 resolves every mention again with that
 * context, which is how "Georgia" follows Atlanta or Tbilisi.
 */
#include "geo/geo_internal.h"
#include "geo/normalize.h"

#include <stdint.h>
#include <string.h>

#define SURE_MARGIN 4.0         /* pass-1 lead that makes a mention context */
#define DATELINE_SCALE 0.7      /* confidence of a location taken from the dateline */

static void add_actor_context(const ew_gazetteer *g, const ew_event_list *ev,
                              ew_geo_context *ctx)
{
    for (size_t i = 0; ev && i < ev->n; i++) {
        const ew_event_actor *act[2] = {&ev->v[i].source, &ev->v[i].target};
        for (int k = 0; k < 2; k++) {
            const char *c = act[k]->country ? act[k]->country : act[k]->code;
            const ew_geo_place *p = c && strlen(c) >= 3 ? ew_gaz_country3(g, c) : NULL;
            int ci = p ? ew_geo_cc_index(p->cc) : -1;
            if (ci >= 0)
                ctx->w[ci] += 1;
        }
    }
}

static void dateline_mention(const ew_gazetteer *g, const ew_segmented *seg, ew_arena *a,
                             ew_geo_doc *out, size_t *cap, ew_geo_context *ctx)
{
    char key[EW_GEO_KEY_MAX + 1];
    if (!seg->dateline || ew_geo_normalize(seg->dateline, strlen(seg->dateline), key,
                                           sizeof key) <= 0)
        return;
    ew_geo_mention *m = ew_geo_push_mention(a, out, cap);
    m->sent = SIZE_MAX;
    m->text = seg->dateline;
    m->key = ew_arena_strdup(a, key);
    m->role = EW_GEO_ROLE_DATELINE;
    m->cue = "dateline";
    m->span.start = seg->dateline_start;
    m->span.end = seg->dateline_start + (uint32_t)strlen(seg->dateline);
    m->want = EW_GEO_PLACE;             /* "ASTANA, Nov 27" is a city... */
    ew_geo_resolve(g, ctx, m);
    if (!m->place) {                    /* ...unless only a country fits */
        m->want = 0;
        ew_geo_resolve(g, ctx, m);
    }
    if (m->place)
        ctx->dateline_cc = ew_geo_cc_index(m->place->cc);
}

/* Countries named without a locative are context, not event locations;
 * implausible resolutions are dropped. */
static void finish(ew_geo_doc *out)
{
    size_t k = 0;
    for (size_t i = 0; i < out->n; i++) {
        ew_geo_mention *m = &out->m[i];
        if (!ew_geo_plausible(m))
            continue;
        if (m->role == EW_GEO_ROLE_LOCATION && !m->cue && !m->want &&
            m->place->kind == EW_GEO_COUNTRY) /* "Kazakhstan hosted": the state acts */
            m->role = m->subject ? EW_GEO_ROLE_ACTOR : EW_GEO_ROLE_MENTION;
        out->m[k++] = *m;
    }
    out->n = k;
}

void ew_geo_find(const ew_gazetteer *g, const ew_segmented *seg, const ew_event_list *events,
                 ew_arena *a, ew_geo_doc *out)
{
    size_t cap = 0;
    memset(out, 0, sizeof *out);
    if (!g || !seg)
        return;
    ew_geo_context *ctx = ew_arena_calloc(a, 1, sizeof *ctx);
    ctx->dateline_cc = -1;
    add_actor_context(g, events, ctx);
    dateline_mention(g, seg, a, out, &cap, ctx);
    size_t first = out->n;
    for (size_t i = 0; i < seg->n; i++)
        ew_geo_scan_sentence(g, &seg->sent[i], i, a, out, &cap);
    for (size_t i = first; i < out->n; i++) {
        ew_geo_mention *m = &out->m[i];
        ew_geo_resolve(g, NULL, m);
        if (m->place && (ew_geo_one_country(g, m) || m->margin >= SURE_MARGIN)) {
            int ci = ew_geo_cc_index(m->place->cc);
            if (ci >= 0)
                ctx->w[ci] += 1;
        }
    }
    for (size_t i = first; i < out->n; i++)
        ew_geo_resolve(g, ctx, &out->m[i]);
    finish(out);
}

int ew_geo_type(const ew_geo_place *p)
{
    int us = p->cc[0] == 'U' && p->cc[1] == 'S';
    if (p->kind == EW_GEO_COUNTRY)
        return 1;
    if (p->kind == EW_GEO_ADM1)
        return us ? 2 : 5;
    return us ? 3 : 4;
}

void ew_geo_location(const ew_gazetteer *g, const ew_geo_mention *m, double conf_scale,
                     ew_location *loc, ew_arena *a)
{
    const ew_geo_place *p = m->place;
    memset(loc, 0, sizeof *loc);
    if (!p)
        return;
    const ew_geo_place *c = ew_gaz_country(g, p->cc);
    const char *cn = c ? c->name : p->cc;
    loc->type = ew_geo_type(p);
    if (p->kind == EW_GEO_COUNTRY)
        loc->name = p->name;
    else if (p->kind == EW_GEO_ADM1 || !*p->adm1_name)
        loc->name = ew_arena_printf(a, "%s, %s", p->name, cn);
    else
        loc->name = ew_arena_printf(a, "%s, %s, %s", p->name, p->adm1_name, cn);
    loc->country = p->cc;
    loc->adm1 = *p->adm1 ? p->adm1 : NULL;
    loc->lat = p->lat;
    loc->lon = p->lon;
    loc->feature_id = p->id;
    loc->confidence = m->confidence * conf_scale;
    if (m->sent != SIZE_MAX)
        loc->span = m->span;
}

static size_t sentence_of(const ew_segmented *seg, const ew_event *e)
{
    for (size_t i = 0; i < seg->n; i++)
        if (e->sentence && e->sentence == seg->sent[i].text)
            return i;
    for (size_t i = 0; i < seg->n; i++)
        if (e->sent_id && seg->sent[i].id && !strcmp(e->sent_id, seg->sent[i].id))
            return i;
    return SIZE_MAX;
}

static uint32_t dist(ew_span a, ew_span b)
{
    return a.start > b.start ? a.start - b.start : b.start - a.start;
}

/* The sentence's location nearest the verb, cued ones first. */
static const ew_geo_mention *action_mention(const ew_geo_doc *d, size_t si, ew_span verb)
{
    const ew_geo_mention *best = NULL;
    uint64_t bd = UINT64_MAX;
    for (size_t i = 0; i < d->n; i++) {
        const ew_geo_mention *m = &d->m[i];
        if (m->sent != si || m->role != EW_GEO_ROLE_LOCATION)
            continue;
        uint64_t dd = dist(m->span, verb) + (m->cue ? 0 : (uint64_t)1 << 32);
        if (dd < bd) {
            bd = dd;
            best = m;
        }
    }
    return best;
}

static const ew_geo_mention *inside(const ew_geo_doc *d, size_t si, ew_span s)
{
    for (size_t i = 0; s.end > s.start && i < d->n; i++) {
        const ew_geo_mention *m = &d->m[i];
        if (m->sent == si && m->span.start >= s.start && m->span.end <= s.end)
            return m;
    }
    return NULL;
}

void ew_geo_assign(const ew_gazetteer *g, const ew_geo_doc *d, const ew_segmented *seg,
                   ew_event_list *events, ew_arena *a)
{
    const ew_geo_mention *dl = d->n && d->m[0].role == EW_GEO_ROLE_DATELINE ? &d->m[0] : NULL;
    for (size_t i = 0; events && i < events->n; i++) {
        ew_event *e = &events->v[i];
        size_t si = sentence_of(seg, e);
        if (si == SIZE_MAX)
            continue;
        const ew_geo_mention *m = action_mention(d, si, e->verb);
        if (m)
            ew_geo_location(g, m, 1.0, &e->action_geo, a);
        else if (dl)
            ew_geo_location(g, dl, DATELINE_SCALE, &e->action_geo, a);
        if ((m = inside(d, si, e->source.span)))
            ew_geo_location(g, m, 1.0, &e->actor1_geo, a);
        if ((m = inside(d, si, e->target.span)))
            ew_geo_location(g, m, 1.0, &e->actor2_geo, a);
    }
}
