/* Tests for src/geo/geocode.c, recognize.c, resolve.c: cues, metonymy,
 * disambiguation by context and population, "X, Region" qualifiers,
 * datelines, event locations, and garbage ignored.  Sentences are the
 * project's own; the shipped gazetteer is read from the source tree.
 * Text is segmented but not tagged, so only surface cues are used. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "geo/geocode.h"
#include "text/segment.h"

static ew_gazetteer *gaz;

static int setup(void **state)
{
    (void)state;
    ew_diag d;
    ew_diag_init(&d);
    gaz = ew_gaz_load(EW_SOURCE_DIR "/data/geo/gazetteer.bin", &d);
    return gaz ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ew_gaz_free(gaz);
    return 0;
}

typedef struct run {
    ew_arena a;
    ew_segmented seg;
    ew_geo_doc d;
} run;

static void geocode(run *r, const char *text)
{
    ew_diag diag;
    ew_diag_init(&diag);
    diag.quiet = 1;
    ew_arena_init(&r->a, 0);
    assert_int_equal(ew_text_segment(text, strlen(text), &r->seg, &r->a, &diag), 0);
    ew_geo_find(gaz, &r->seg, NULL, &r->a, &r->d);
}

/* The mention whose words start with `words`, or NULL. */
static const ew_geo_mention *find(const run *r, const char *words)
{
    for (size_t i = 0; i < r->d.n; i++)
        if (!strncmp(r->d.m[i].text, words, strlen(words)))
            return &r->d.m[i];
    return NULL;
}

static void locatives_and_regions(void **state)
{
    (void)state;
    run r;
    geocode(&r, "Clashes broke out near Kherson on Monday. Troops later entered the Kherson region.");
    assert_int_equal(r.d.n, 2);
    const ew_geo_mention *city = &r.d.m[0], *region = &r.d.m[1];
    assert_int_equal(city->role, EW_GEO_ROLE_LOCATION);
    assert_string_equal(city->cue, "near");
    assert_int_equal(ew_geo_type(city->place), 4);
    assert_string_equal(city->place->cc, "UA");
    assert_int_equal(region->want, EW_GEO_ADM1);
    assert_int_equal(ew_geo_type(region->place), 5);
    assert_string_equal(region->place->adm1, city->place->adm1);
    ew_arena_free(&r.a);
}

static void capitals_as_governments(void **state)
{
    (void)state;
    run r;
    geocode(&r, "Moscow rejected the proposal, while Astana's envoy stayed in Geneva.");
    const ew_geo_mention *m = find(&r, "Moscow"), *a = find(&r, "Astana"), *g = find(&r, "Geneva");
    assert_non_null(m);
    assert_non_null(a);
    assert_non_null(g);
    assert_int_equal(m->role, EW_GEO_ROLE_ACTOR);
    assert_int_equal(a->role, EW_GEO_ROLE_ACTOR);
    assert_string_equal(a->place->cc, "KZ");     /* never the Indonesian Astana */
    assert_int_equal(g->role, EW_GEO_ROLE_LOCATION);
    assert_string_equal(g->place->cc, "CH");
    ew_arena_free(&r.a);
}

static void georgia_by_context(void **state)
{
    (void)state;
    run r;
    geocode(&r, "Storms hit Atlanta overnight. Power lines were down across Georgia.");
    const ew_geo_mention *g = find(&r, "Georgia");
    assert_non_null(g);
    assert_int_equal(ew_geo_type(g->place), 2);  /* US state */
    ew_arena_free(&r.a);
    geocode(&r, "Protesters marched in Tbilisi. Police across Georgia were on alert.");
    g = find(&r, "Georgia");
    assert_non_null(g);
    assert_int_equal(ew_geo_type(g->place), 1);  /* the country */
    assert_string_equal(g->place->cc, "GE");
    ew_arena_free(&r.a);
}

static void qualifier_and_population(void **state)
{
    (void)state;
    run r;
    geocode(&r, "A man was arrested in Alexandria, Virginia. Fishermen protested in Alexandria.");
    assert_int_equal(r.d.n, 2);
    assert_string_equal(r.d.m[0].text, "Alexandria, Virginia");
    assert_int_equal(ew_geo_type(r.d.m[0].place), 3);
    /* the second Alexandria: the document is now about the US, so Virginia's */
    assert_string_equal(r.d.m[1].place->cc, "US");
    ew_arena_free(&r.a);
    geocode(&r, "Fishermen protested in Alexandria against port fees.");
    assert_string_equal(r.d.m[0].place->cc, "EG");   /* by population */
    ew_arena_free(&r.a);
}

static void dateline_and_events(void **state)
{
    (void)state;
    run r;
    geocode(&r, "ALMATY, Dec 4 (Kazinform) - Bishkek accused Dushanbe of shelling. "
                "Talks were held later.");
    assert_true(r.d.n >= 1);
    assert_int_equal(r.d.m[0].role, EW_GEO_ROLE_DATELINE);
    assert_string_equal(r.d.m[0].place->cc, "KZ");
    /* an event in sentence 1: Bishkek (source) accused Dushanbe (target) */
    const ew_sentence *s = &r.seg.sent[0];
    const char *t = s->text;
    ew_event ev;
    memset(&ev, 0, sizeof ev);
    ev.sentence = t;
    ev.sent_id = s->id;
    ev.source.span = (ew_span){0, 7};
    ev.target.span = (ew_span){16, 24};
    ev.verb = (ew_span){8, 15};
    ew_event_list list = {&ev, 1, 1};
    ew_geo_assign(gaz, &r.d, &r.seg, &list, &r.a);
    assert_int_equal(ev.action_geo.type, 4);          /* from the dateline */
    assert_string_equal(ev.action_geo.country, "KZ");
    assert_true(ev.action_geo.confidence < 0.8);
    assert_int_equal(ev.actor1_geo.type, 4);
    assert_string_equal(ev.actor1_geo.country, "KG");
    assert_string_equal(ev.actor2_geo.country, "TJ");
    assert_non_null(ev.actor2_geo.name);
    ew_arena_free(&r.a);
}

static void unknown_and_garbage_ignored(void **state)
{
    (void)state;
    run r;
    geocode(&r, "Officials met in Zzyxqborough and Qwertzstadt on Friday.");
    assert_int_equal(r.d.n, 0);
    ew_arena_free(&r.a);
    char big[5000];
    for (size_t i = 0; i < sizeof big - 1; i++)
        big[i] = i % 7 == 0 ? ' ' : (i % 7 == 1 ? 'K' : 'a');
    big[sizeof big - 1] = 0;
    geocode(&r, big);
    ew_arena_free(&r.a);
    char longword[800];
    longword[0] = 'K';
    memset(longword + 1, 'a', sizeof longword - 2);
    longword[sizeof longword - 1] = 0;
    char *text = malloc(sizeof longword + 16);
    snprintf(text, sizeof longword + 16, "in %s \xff\xfe.", longword);
    geocode(&r, text);
    assert_int_equal(r.d.n, 0);
    ew_arena_free(&r.a);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(locatives_and_regions),
        cmocka_unit_test(capitals_as_governments),
        cmocka_unit_test(georgia_by_context),
        cmocka_unit_test(qualifier_and_population),
        cmocka_unit_test(dateline_and_events),
        cmocka_unit_test(unknown_and_garbage_ignored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
