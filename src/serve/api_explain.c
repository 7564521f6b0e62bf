/*
 * api_explain.c -- /api/explain?text= (one typed-in text through the whole
 * coding pipeline, with the coder's trace: tokens, tree, actors, patterns
 * tried, events) and /api/health.
 *
 * The pipeline is loaded once at start and is read-only afterwards; each
 * request codes on a private copy of the small ew_pipeline struct whose
 * coder carries this request's trace callback, and in its own arena, so
 * requests run in parallel without locks.
 */
#include "serve/api_internal.h"

#include <string.h>

#define EXPLAIN_MAX_TEXT 2000
#define EXPLAIN_MAX_TRACE 3000

static void trace(void *user, const char *line)
{
    json_t *list = user;
    if (json_array_size(list) < EXPLAIN_MAX_TRACE)
        json_array_append_new(list, ew_api_str(line));
}

static json_t *tokens_json(const ew_sentence *s)
{
    json_t *list = json_array();
    for (size_t i = 0; i < s->n; i++) {
        const ew_token *t = &s->tok[i];
        char rel[64];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer((json_int_t)i + 1));
        json_object_set_new(o, "form", ew_api_str(t->form));
        json_object_set_new(o, "lemma", ew_api_str(t->lemma));
        json_object_set_new(o, "upos", ew_api_str(ew_upos_name((ew_upos)t->upos)));
        json_object_set_new(o, "xpos", ew_api_str(t->xpos));
        json_object_set_new(o, "head", json_integer(t->head));
        json_object_set_new(o, "rel", ew_api_str(ew_rel_label(t, rel, sizeof rel)));
        json_object_set_new(o, "start", json_integer(t->start));
        json_object_set_new(o, "end", json_integer(t->end));
        json_array_append_new(list, o);
    }
    return list;
}

static json_t *span_json(ew_span s)
{
    return s.end > s.start ? json_pack("[ii]", (int)s.start, (int)s.end) : json_null();
}

static json_t *actor_json(const ew_event_actor *a)
{
    return json_pack("{s:o,s:o,s:o,s:o,s:o}", "code", ew_api_str(a->code), "text", ew_api_str(a->text),
                     "country", ew_api_str(a->country), "agent", ew_api_str(a->agent), "span",
                     span_json(a->span));
}

static json_t *event_json(const ew_event *e, const ew_segmented *seg)
{
    long sent = -1;
    for (size_t i = 0; i < seg->n && sent < 0; i++)
        if (e->sent_id && seg->sent[i].id && !strcmp(e->sent_id, seg->sent[i].id))
            sent = (long)i;
    json_t *o = json_object();
    json_object_set_new(o, "sentence", json_integer(sent));
    json_object_set_new(o, "source", actor_json(&e->source));
    json_object_set_new(o, "target", actor_json(&e->target));
    json_object_set_new(o, "code", json_string(e->code));
    json_object_set_new(o, "root", json_string(e->root));
    json_object_set_new(o, "quad_class", e->quad_class ? json_integer(e->quad_class) : json_null());
    json_object_set_new(o, "goldstein", e->quad_class ? json_real(e->goldstein) : json_null());
    json_object_set_new(o, "dimension", ew_api_str(e->dimension));
    json_object_set_new(o, "pattern", ew_api_str(e->pattern));
    json_object_set_new(o, "pattern_file", ew_api_str(e->pattern_file));
    json_object_set_new(o, "pattern_line", json_integer(e->pattern_line));
    json_object_set_new(o, "verb", span_json(e->verb));
    return o;
}

static json_t *explain_json(const ew_doc_result *r, json_t *lines)
{
    json_t *sents = json_array(), *events = json_array();
    for (size_t i = 0; i < r->seg.n; i++) {
        const ew_sentence *s = &r->seg.sent[i];
        json_array_append_new(sents, json_pack("{s:o,s:o,s:o}", "id", ew_api_str(s->id), "text",
                                               ew_api_str(s->text), "tokens", tokens_json(s)));
    }
    for (size_t i = 0; i < r->events.n; i++)
        json_array_append_new(events, event_json(&r->events.v[i], &r->seg));
    return json_pack("{s:o,s:o,s:o,s:b}", "sentences", sents, "trace", lines, "events", events,
                     "story_discarded", r->story_discarded);
}

void ew_api_explain(ew_api *api, ew_query *q, ew_api_response *out)
{
    const char *text = ew_query_get(q, "text");
    char msg[200];
    int32_t date;
    if (!text || !*text || strlen(text) > EXPLAIN_MAX_TEXT) {
        ew_api_error(out, 400, "parameter 'text': missing, empty or longer than 2000 bytes");
        return;
    }
    if (ew_api_date_param(q, "date", &date, msg, sizeof msg)) {
        ew_api_error(out, 400, msg);
        return;
    }
    if (ew_api_refuse_unknown(q, out))
        return;
    if (!api->pipeline) {
        ew_api_error(out, 503, "explain is not available: the coding pipeline (dictionaries, models) was not loaded");
        return;
    }
    ew_pipeline p = *api->pipeline;
    json_t *lines = json_array();
    p.coder.trace = trace;
    p.coder.trace_user = lines;
    ew_diag quiet = {0};
    quiet.quiet = 1;
    p.coder.diag = &quiet;
    ew_arena a;
    ew_arena_init(&a, 0);
    ew_doc_result r;
    memset(&r, 0, sizeof r);
    if (ew_pipeline_code_text(&p, "explain", date, text, strlen(text), &a, &r, &quiet)) {
        json_decref(lines);
        ew_api_error(out, 400, "parameter 'text': could not be segmented");
    } else {
        json_t *doc = explain_json(&r, lines);
        json_object_set_new(doc, "text", ew_api_str(text));
        ew_api_json(out, doc);
    }
    ew_arena_free(&a);
}

void ew_api_health(ew_api *api, ew_query *q, ew_api_response *out)
{
    if (ew_api_refuse_unknown(q, out))
        return;
    ew_api_json(out, json_pack("{s:s,s:I,s:b,s:b}", "status", "ok", "events", (json_int_t)api->events,
                               "fts", api->has_fts, "explain", api->pipeline != NULL));
}
