/*
 * pipeline.c -- loading resources once and running a document through every
 * stage (see pipeline.h).
 */
#include "pipeline/pipeline.h"

#include "core/paths.h"
#include "geo/geocode.h"
#include "pipeline/doc_context.h"
#include "pipeline/event_text.h"
#include "pipeline/demonyms.h"
#include "pipeline/forms.h"
#include "pipeline/names.h"
#include "pipeline/passive.h"
#include "pipeline/underscore.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ew_pipeline *ew_pipeline_open(const ew_pipeline_config *cfg, ew_diag *diag)
{
    ew_pipeline_config def = {0};
    if (!cfg) {
        def.need_models = 1;
        cfg = &def;
    }
    ew_pipeline *p = calloc(1, sizeof *p);
    if (!p)
        abort();
    const char *dir = cfg->dict_dir ? cfg->dict_dir : ew_default_data_dir();
    ew_dict_options dopt = {cfg->strict_dict};
    p->dict = ew_dict_load_dir(dir, &dopt, diag);
    if (!p->dict) {
        ew_diag_report(diag, EW_ERROR, dir, 0, NULL, "dictionaries could not be loaded");
        ew_pipeline_close(p);
        return NULL;
    }
    if (cfg->need_models) {
        p->nlp = ew_nlp_load(cfg->models_dir, diag);
        if (!p->nlp) {
            ew_pipeline_close(p);
            return NULL;
        }
    }
    char path[4096];
    const char *cpath = cfg->cameo_path;
    if (!cpath) {
        snprintf(path, sizeof path, "%s/cameo/cameo_codes.tsv", ew_default_data_dir());
        cpath = path;
    }
    p->cameo = ew_cameo_load(cpath, diag); /* missing: reported, events stay unscored */
    ew_enricher_init(&p->enricher, p->cameo, p->dict);
    ew_code_options_default(&p->coder.opt);
    p->coder.dict = p->dict;
    p->coder.diag = NULL; /* per-call diag is passed by the caller's context */
    if (!cfg->no_geo) /* optional: a missing or corrupt gazetteer is reported, events stay unplaced */
        p->gaz = ew_gaz_load(cfg->gazetteer_path, diag);
    return p;
}

void ew_pipeline_close(ew_pipeline *p)
{
    if (!p)
        return;
    ew_dict_free(p->dict);
    ew_nlp_free(p->nlp);
    ew_cameo_free(p->cameo);
    ew_gaz_free(p->gaz);
    free(p);
}

/* The same two geo passes as for a raw document, over a one-sentence
 * "document" (no dateline: a parsed sentence has none).  Only the new
 * events are handed over, so earlier sentences' events keep what they had. */
void ew_pipeline_geocode_sentence(const struct ew_gazetteer *g, const ew_sentence *s,
                                  ew_event_list *out, size_t first, ew_arena *a)
{
    if (!g || !s || out->n <= first)
        return;
    ew_sentence copy = *s; /* the segmented view wants a mutable pointer */
    ew_segmented seg = {.sent = &copy, .n = 1};
    ew_event_list ev = {out->v + first, out->n - first, out->n - first};
    ew_geo_doc d;
    ew_geo_find(g, &seg, &ev, a, &d);
    ew_geo_assign(g, &d, &seg, &ev, a);
}

ew_code_status ew_pipeline_code_sentence(const ew_pipeline *p, const ew_sentence *s,
                                         ew_arena *a, ew_event_list *out)
{
    size_t first = out->n;
    ew_code_status st = ew_code_sentence(&p->coder, s, a, out);
    for (size_t i = first; i < out->n; i++)
        ew_enrich_event(&p->enricher, &out->v[i], a);
    ew_pipeline_geocode_sentence(p->gaz, s, out, first, a);
    return st;
}

/* What require_dyad drops ("---GOV" is kept, as the coder keeps it), and an
 * actor acting on itself once the context filled both sides. */
static int half_coded(const ew_event *e)
{
    return !e->source.code || !e->target.code || !strcmp(e->source.code, "---") ||
           !strcmp(e->target.code, "---") || !strcmp(e->source.code, e->target.code);
}

static int same_event(const ew_event *x, const ew_event *y)
{
    return x->sent_id == y->sent_id && !strcmp(x->source.code, y->source.code) &&
           !strcmp(x->target.code, y->target.code) && !strcmp(x->code, y->code);
}

/* Document context first (agent-only actors take the document's country),
 * then what require_dyad and the coder's duplicate removal would have
 * dropped, then enrichment of what is left. */
static void finish_document(const ew_pipeline *p, const ew_doc_context *ctx,
                            ew_event_list *ev, ew_arena *a)
{
    ew_doc_context_fill(ctx, ev, 0, a);
    size_t w = 0;
    for (size_t i = 0; i < ev->n; i++) {
        int drop = p->coder.opt.require_dyad && half_coded(&ev->v[i]);
        for (size_t j = w; j-- > 0 && !drop && ev->v[j].sent_id == ev->v[i].sent_id;)
            drop = same_event(&ev->v[j], &ev->v[i]);
        if (drop)
            continue;
        ev->v[w] = ev->v[i];
        ew_enrich_event(&p->enricher, &ev->v[w], a);
        w++;
    }
    ev->n = w;
}

void ew_pipeline_analyse_sentence(const ew_nlp_models *m, const ew_dict *d, ew_sentence *s,
                                  ew_arena *a)
{
    ew_pipeline_split_underscores(s, a);
    if (d)
        ew_pipeline_join_demonyms(d, s, a);
    ew_nlp_analyse(m, s, a);
    ew_pipeline_normalise_forms(s);
    if (d)
        ew_pipeline_join_names(d, s, a);
}

int ew_pipeline_code_text(const ew_pipeline *p, const char *doc_id, int32_t date,
                          const char *text, size_t len, ew_arena *a,
                          ew_doc_result *out, ew_diag *diag)
{
    memset(out, 0, sizeof *out);
    if (ew_text_segment(text, len, &out->seg, a, diag) != 0)
        return -1;
    ew_doc_context ctx;
    ew_doc_context_init(&ctx);
    ew_coder half = p->coder; /* keeps half-coded events for the document context */
    half.opt.require_dyad = 0;
    for (size_t i = 0; i < out->seg.n; i++) {
        ew_sentence *s = &out->seg.sent[i];
        s->doc_id = doc_id;
        s->date = date;
        if (p->nlp)
            ew_pipeline_analyse_sentence(p->nlp, p->dict, s, a);
        size_t first = out->events.n;
        ew_code_status st = ew_code_sentence(&half, s, a, &out->events);
        ew_pipeline_event_texts(s, &out->events, first, a);
        ew_pipeline_unsource_passives(s, &out->events, first);
        ew_doc_context_sentence(&ctx, p->dict, s, &out->events, first, a);
        if (st == EW_CODE_DISCARD_SENTENCE)
            out->sentences_discarded++;
        if (st == EW_CODE_DISCARD_STORY) {
            out->story_discarded = 1;
            out->events.n = 0; /* a story discard drops what the story had yielded */
            break;
        }
    }
    finish_document(p, &ctx, &out->events, a);
    if (p->gaz && out->events.n) { /* after coding: the events' actors are context */
        ew_geo_doc d;
        ew_geo_find(p->gaz, &out->seg, &out->events, a, &d);
        ew_geo_assign(p->gaz, &d, &out->seg, &out->events, a);
    }
    return 0;
}

ew_sentence *ew_pipeline_analyse_one(const ew_nlp_models *m, const ew_dict *d, const char *text,
                                     int32_t date, ew_arena *a, ew_diag *diag)
{
    ew_segmented seg;
    if (!text || ew_text_segment(text, strlen(text), &seg, a, diag) != 0 || seg.n == 0)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < seg.n; i++)
        n += seg.sent[i].n;
    ew_sentence *s = ew_arena_calloc(a, 1, sizeof *s);
    s->tok = ew_arena_calloc(a, n ? n : 1, sizeof *s->tok);
    /* offsets of every segment become offsets into the whole text */
    for (size_t i = 0, k = 0; i < seg.n; i++)
        for (size_t j = 0; j < seg.sent[i].n; j++, k++) {
            s->tok[k] = seg.sent[i].tok[j];
            s->tok[k].start += seg.sent[i].text_offset;
            s->tok[k].end += seg.sent[i].text_offset;
        }
    s->n = n;
    s->text = text;
    s->id = "1";
    s->date = date;
    if (m)
        ew_pipeline_analyse_sentence(m, d, s, a);
    return s;
}
