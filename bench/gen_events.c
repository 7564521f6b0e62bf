/*
 * gen_events.c -- a synthetic event store for load tests and fixtures.
 *
 *   gen_events --db FILE [--events N] [--sentences K] [--seed S]
 *              [--from YYYYMMDD] [--days D]
 *
 * Writes a new eventwatch store (the real schema, made by ew_store_open)
 * holding N events (default 1,000,000) whose shape follows what news
 * event data looks like: a few dyads carry most events (Zipf over pairs
 * of the 46 countries below, a tenth domestic), volume grows over the
 * years, CAMEO roots follow typical shares (statements, consultations and
 * verbal conflict dominate; mass violence is rare), codes, Goldstein
 * scores, QuadClass and PLOVER come from the shipped CAMEO table, and
 * locations scatter around the country's centre.  Two dyads (ARM-AZE and
 * RUS-UKR) escalate over the last three weeks so alerts have something to
 * find.  The first K events (default 20,000) get an invented English
 * sentence with source, target and verb spans, a document and a mention,
 * so /api/event/{id}, full-text search and highlighting work as on real
 * data.  Same seed, same database.  Prints what it wrote.
 */
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/paths.h"
#include "dict/cameo.h"
#include "store/date.h"
#include "store/store.h"

typedef struct country { const char *code, *name; double lat, lon; } country;

/* ISO 3166-1 alpha-3 codes and approximate centres (facts). */
static const country C[] = {
    {"RUS", "Russia", 55.7, 37.6},     {"UKR", "Ukraine", 48.4, 31.2},   {"USA", "the United States", 39.8, -98.6},
    {"ARM", "Armenia", 40.1, 45.0},    {"AZE", "Azerbaijan", 40.1, 47.6}, {"GEO", "Georgia", 42.3, 43.4},
    {"KAZ", "Kazakhstan", 48.0, 66.9}, {"KGZ", "Kyrgyzstan", 41.2, 74.8}, {"TJK", "Tajikistan", 38.9, 71.3},
    {"UZB", "Uzbekistan", 41.4, 64.6}, {"TKM", "Turkmenistan", 39.0, 59.6}, {"MDA", "Moldova", 47.4, 28.4},
    {"BLR", "Belarus", 53.7, 28.0},    {"SRB", "Serbia", 44.0, 21.0},    {"XKX", "Kosovo", 42.6, 20.9},
    {"BIH", "Bosnia and Herzegovina", 43.9, 17.7}, {"MKD", "North Macedonia", 41.6, 21.7},
    {"ALB", "Albania", 41.2, 20.2},    {"MNE", "Montenegro", 42.7, 19.4}, {"TUR", "Turkey", 39.0, 35.2},
    {"DEU", "Germany", 51.2, 10.5},    {"FRA", "France", 46.2, 2.2},     {"GBR", "the United Kingdom", 53.0, -1.5},
    {"POL", "Poland", 51.9, 19.1},     {"ITA", "Italy", 42.5, 12.6},     {"ESP", "Spain", 40.4, -3.7},
    {"SWE", "Sweden", 60.1, 15.6},     {"FIN", "Finland", 62.0, 25.7},   {"CHN", "China", 35.9, 104.2},
    {"IRN", "Iran", 32.4, 53.7},       {"AFG", "Afghanistan", 33.9, 67.7}, {"ISR", "Israel", 31.0, 34.9},
    {"SYR", "Syria", 34.8, 39.0},      {"IRQ", "Iraq", 33.2, 43.7},      {"EGY", "Egypt", 26.8, 30.8},
    {"LTU", "Lithuania", 55.2, 23.9},  {"LVA", "Latvia", 56.9, 24.6},    {"EST", "Estonia", 58.6, 25.0},
    {"HUN", "Hungary", 47.2, 19.5},    {"ROU", "Romania", 45.9, 25.0},   {"BGR", "Bulgaria", 42.7, 25.5},
    {"GRC", "Greece", 39.1, 21.8},     {"CYP", "Cyprus", 35.1, 33.4},    {"AUT", "Austria", 47.5, 14.6},
    {"CHE", "Switzerland", 46.8, 8.2}, {"IND", "India", 22.0, 79.0},
};
#define NC (sizeof C / sizeof C[0])

static const struct { const char *code, *noun; } AG[] = {
    {"GOV", "The government of"}, {"MIL", "The armed forces of"}, {"OPP", "The opposition in"},
    {"REB", "Rebels in"}, {"BUS", "Business leaders in"}, {"MED", "Journalists in"},
    {"CVL", "Civilians in"}, {"COP", "Police in"}, {"JUD", "Judges in"}, {"LEG", "Lawmakers in"},
};
static const int AGW[] = {40, 15, 6, 4, 4, 4, 8, 8, 4, 7};

/* Share of each CAMEO root (per mille), roughly as in news event data. */
static const int ROOTW[21] = {0, 90, 30, 35, 190, 80, 20, 20, 20, 12, 25, 80, 30, 30, 40, 10, 12, 80, 80, 110, 6};
static const char *VERB[21] = {"", "made a statement about", "appealed to", "offered to cooperate with",
    "held talks with", "praised", "signed a trade deal with", "sent aid to", "yielded to",
    "launched an inquiry into", "made demands of", "criticised", "rejected a proposal from",
    "threatened", "protested against", "mobilised troops against", "cut ties with",
    "detained members of", "attacked", "shelled positions of", "massacred people from"};
static const char *TAIL[] = {"near the border", "over the gas pipeline", "ahead of the elections",
    "after the ceasefire collapsed", "during a summit in Vienna", "over water rights",
    "in a dispute about grain exports", "as refugees crossed the frontier"};

static uint64_t rng = 88172645463325252ULL;
static uint64_t next(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
static double unif(void) { return (double)(next() >> 11) / 9007199254740992.0; }

static int weighted(const int *w, int n)
{
    int sum = 0;
    for (int i = 0; i < n; i++)
        sum += w[i];
    int r = (int)(unif() * sum);
    for (int i = 0; i < n; i++)
        if ((r -= w[i]) < 0)
            return i;
    return n - 1;
}

/* Zipf-ish index in [0, n): small indexes much more likely. */
static int zipf(int n, double s)
{
    double u = unif();
    int i = (int)(pow(u, s) * n);
    return i < n ? i : n - 1;
}

typedef struct gen {
    ew_cameo *cameo;
    const ew_cameo_code *by_root[21][64];
    int nroot[21];
    int32_t from;
    int days;
    sqlite3 *db;
    sqlite3_stmt *ev, *doc, *sent, *men;
} gen;

static void index_cameo(gen *g)
{
    for (size_t i = 0; i < ew_cameo_count(g->cameo); i++) {
        const ew_cameo_code *c = ew_cameo_at(g->cameo, i);
        int root = atoi((char[3]){c->code[0], c->code[1], 0});
        if (strlen(c->code) >= 3 && root >= 1 && root <= 20 && g->nroot[root] < 64)
            g->by_root[root][g->nroot[root]++] = c;
    }
}

typedef struct ev {
    int64_t id;
    int32_t date;
    const country *s, *t;
    int sa, ta, root;
    const ew_cameo_code *code;
} ev;

static void pick(gen *g, ev *e, long i, long n)
{
    /* volume grows over time: day = days * sqrt(u) puts more events late */
    int day = (int)(g->days * sqrt(unif()));
    e->date = ew_date_from_days(ew_date_days(g->from) + (day < g->days ? day : g->days - 1));
    int a = zipf((int)NC, 2.2), b = zipf((int)NC, 2.2);
    if (unif() < 0.1 || a == b)
        b = a;                                   /* domestic */
    e->s = &C[a];
    e->t = &C[b];
    e->root = weighted(ROOTW, 21);
    e->sa = weighted(AGW, 10);
    e->ta = weighted(AGW, 10);
    if (i >= n - n / 200) {                      /* the escalation: last 0.5% */
        int ru = unif() < 0.5;
        e->s = &C[ru ? 0 : 4];
        e->t = &C[ru ? 1 : 3];
        e->root = 17 + (int)(unif() * 3);
        e->date = ew_date_from_days(ew_date_days(g->from) + g->days - 1 - (int)(unif() * 20));
    }
    int k = g->nroot[e->root];
    e->code = k ? g->by_root[e->root][zipf(k, 1.6)] : NULL;
    e->id = (int64_t)(next() >> 1);
}

static void put_event(gen *g, const ev *e, int64_t sent_id, int64_t doc_id)
{
    sqlite3_stmt *st = g->ev;
    char sc[8], tc[8], bc[4], rc[3];
    snprintf(sc, sizeof sc, "%s%s", e->s->code, AG[e->sa].code);
    snprintf(tc, sizeof tc, "%s%s", e->t->code, AG[e->ta].code);
    snprintf(bc, sizeof bc, "%.3s", e->code->code);
    snprintf(rc, sizeof rc, "%.2s", e->code->code);
    const char *dim = e->root >= 13 ? "politico-military" : e->root == 6 || e->root == 7 ? "economic-environmental"
                      : e->root == 11 || e->root == 12 ? "human" : NULL;
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, e->id);
    sqlite3_bind_int(st, 2, e->date);
    sqlite3_bind_text(st, 3, e->code->code, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, bc, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, rc, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 6, e->code->quad_class);
    sqlite3_bind_double(st, 7, e->code->goldstein);
    sqlite3_bind_text(st, 8, e->code->plover && *e->code->plover ? e->code->plover : NULL, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, dim, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, sc, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 11, e->s->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 12, e->s->code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 13, AG[e->sa].code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 14, tc, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 15, e->t->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 16, e->t->code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 17, AG[e->ta].code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 18, e->t->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 19, e->t->code, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 20, e->t->lat + (unif() - 0.5) * 3);
    sqlite3_bind_double(st, 21, e->t->lon + (unif() - 0.5) * 4);
    int arts = 1 + zipf(20, 3.0);
    sqlite3_bind_int(st, 22, arts + zipf(5, 2.0));
    sqlite3_bind_int(st, 23, 1 + zipf(arts, 2.0));
    sqlite3_bind_int(st, 24, arts);
    if (sent_id) {
        sqlite3_bind_int64(st, 25, doc_id);
        sqlite3_bind_int64(st, 26, sent_id);
    } else {
        sqlite3_bind_null(st, 25);
        sqlite3_bind_null(st, 26);
    }
    sqlite3_step(st);
}

/* The invented sentence of an event, its document, sentence and mention. */
static void put_sentence(gen *g, const ev *e, long i, int64_t *sent_id, int64_t *doc_id)
{
    char text[512];
    const char *tn = AG[e->ta].noun;
    int s0 = 0;
    int s1 = snprintf(text, sizeof text, "%s %s", AG[e->sa].noun, e->s->name);
    int v0 = s1 + 1;
    int v1 = v0 + (int)strcspn(VERB[e->root], " ");
    int t0 = s1 + 1 + (int)strlen(VERB[e->root]) + 1;
    int n = snprintf(text + s1, sizeof text - (size_t)s1, " %s %c%s %s", VERB[e->root], tn[0] + 32, tn + 1, e->t->name);
    int t1 = s1 + n;
    snprintf(text + t1, sizeof text - (size_t)t1, " %s, officials said on %s.", TAIL[next() % 8],
             (const char *[]){"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}[next() % 5]);
    *doc_id = (int64_t)(next() >> 1);
    *sent_id = (int64_t)(next() >> 1);
    char ext[32], sha[24];
    snprintf(ext, sizeof ext, "synthetic-%ld", i);
    snprintf(sha, sizeof sha, "%016llx", (unsigned long long)*doc_id);
    sqlite3_reset(g->doc);
    sqlite3_bind_int64(g->doc, 1, *doc_id);
    sqlite3_bind_text(g->doc, 2, sha, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(g->doc, 3, ext, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(g->doc, 4, e->date);
    sqlite3_bind_text(g->doc, 5, text, -1, SQLITE_TRANSIENT);
    sqlite3_step(g->doc);
    sqlite3_reset(g->sent);
    sqlite3_bind_int64(g->sent, 1, *sent_id);
    sqlite3_bind_int64(g->sent, 2, *doc_id);
    sqlite3_bind_text(g->sent, 3, text, -1, SQLITE_TRANSIENT);
    sqlite3_step(g->sent);
    int sp[6] = {s0, s1, t0, t1, v0, v1};
    sqlite3_reset(g->men);
    sqlite3_bind_int64(g->men, 1, e->id);
    sqlite3_bind_int64(g->men, 2, *doc_id);
    sqlite3_bind_int(g->men, 3, e->date);
    sqlite3_bind_int64(g->men, 4, *sent_id);
    for (int k = 0; k < 6; k++)
        sqlite3_bind_int(g->men, 5 + k, sp[k]);
    sqlite3_step(g->men);
}

static int prepare(gen *g)
{
    const char *sql[4] = {
        "INSERT OR IGNORE INTO events(id,date,code,base_code,root_code,quad_class,goldstein,plover,dimension,"
        "src_code,src_name,src_country,src_agent,tgt_code,tgt_name,tgt_country,tgt_agent,geo_type,geo_name,"
        "geo_country,geo_lat,geo_lon,is_root,num_mentions,num_sources,num_articles,first_doc,first_sentence,added)"
        " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,1,?18,?19,?20,?21,1,?22,?23,?24,?25,?26,"
        "'20260101000000')",
        "INSERT INTO documents(id,sha256,ext_id,date,source,text,added) VALUES(?1,?2,?3,?4,'Synthetic Wire',?5,"
        "'20260101000000')",
        "INSERT INTO sentences(id,doc,sent_id,offset,text) VALUES(?1,?2,'1',0,?3)",
        "INSERT OR IGNORE INTO mentions(event,doc,sent_id,verb_start,verb_end,sentence,news_source,date,src_start,"
        "src_end,tgt_start,tgt_end,pattern,confidence) VALUES(?1,?2,'1',?9,?10,?4,'Synthetic Wire',?3,?5,?6,?7,?8,"
        "'synthetic',1.0)"};
    sqlite3_stmt **st[4] = {&g->ev, &g->doc, &g->sent, &g->men};
    for (int i = 0; i < 4; i++)
        if (sqlite3_prepare_v2(g->db, sql[i], -1, st[i], NULL) != SQLITE_OK) {
            fprintf(stderr, "gen_events: %s\n", sqlite3_errmsg(g->db));
            return -1;
        }
    return 0;
}

static int generate(gen *g, long n, long nsent)
{
    sqlite3_exec(g->db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
    if (prepare(g))
        return -1;
    for (long i = 0; i < n; i++) {
        ev e;
        pick(g, &e, i, n);
        if (!e.code)
            continue;
        int64_t sid = 0, did = 0;
        if (i < nsent || i >= n - n / 200)
            put_sentence(g, &e, i, &sid, &did);
        put_event(g, &e, sid, did);
    }
    sqlite3_finalize(g->ev);
    sqlite3_finalize(g->doc);
    sqlite3_finalize(g->sent);
    sqlite3_finalize(g->men);
    return sqlite3_exec(g->db, "COMMIT; CREATE INDEX IF NOT EXISTS events_date ON events(date); ANALYZE;",
                        NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    const char *db = NULL;
    long n = 1000000, nsent = 20000;
    gen g = {.from = 20160101, .days = 3653};
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--db")) db = argv[i + 1];
        else if (!strcmp(argv[i], "--events")) n = atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--sentences")) nsent = atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--seed")) rng = strtoull(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--from")) g.from = ew_date_parse(argv[i + 1]);
        else if (!strcmp(argv[i], "--days")) g.days = atoi(argv[i + 1]);
    }
    if (!db || n <= 0 || !g.from || g.days <= 0 || access(db, F_OK) == 0) {
        fprintf(stderr, "usage: gen_events --db NEW-FILE [--events N] [--sentences K] [--seed S]"
                        " [--from YYYYMMDD] [--days D]\n");
        return 2;
    }
    ew_diag diag;
    ew_diag_init(&diag);
    char path[4096];
    snprintf(path, sizeof path, "%s/cameo/cameo_codes.tsv", ew_default_data_dir());
    g.cameo = ew_cameo_load(path, &diag);
    ew_store *st = g.cameo ? ew_store_open(db, NULL, &diag) : NULL;
    if (!st)
        return 1;
    ew_store_close(st);   /* the schema is made; rows go in through one fast connection */
    index_cameo(&g);
    int rc = sqlite3_open(db, &g.db) == SQLITE_OK ? generate(&g, n, nsent) : -1;
    if (rc)
        fprintf(stderr, "gen_events: %s\n", sqlite3_errmsg(g.db));
    sqlite3_close(g.db);
    ew_cameo_free(g.cameo);
    if (!rc)
        printf("gen_events: %s: %ld events, %ld with sentences, %d days from %d\n", db, n,
               nsent < n ? nsent + n / 200 : n, g.days, (int)g.from);
    return rc ? 1 : 0;
}
