/*
 * export_format.c -- column tables of the exported datasets and the value
 * of each column for one stored event (writer loop in export_write.c).
 *
 * A format is data: an array of {codebook name, field}.  Adding a format
 * or a column is one table edit; the field switch below is the only place
 * that knows where a value comes from.
 */
#include "io/export_impl.h"

#include <stdio.h>
#include <string.h>

#include "store/date.h"

#define G_ACTOR(n) \
    {"Actor" #n "Code", F_##n##_CODE}, {"Actor" #n "Name", F_##n##_NAME}, \
    {"Actor" #n "CountryCode", F_##n##_COUNTRY}, {"Actor" #n "KnownGroupCode", F_EMPTY}, \
    {"Actor" #n "EthnicCode", F_EMPTY}, {"Actor" #n "Religion1Code", F_EMPTY}, \
    {"Actor" #n "Religion2Code", F_EMPTY}, {"Actor" #n "Type1Code", F_##n##_AGENT}, \
    {"Actor" #n "Type2Code", F_EMPTY}, {"Actor" #n "Type3Code", F_EMPTY}

#define G_EVENT \
    {"IsRootEvent", F_IS_ROOT}, {"EventCode", F_CODE}, {"EventBaseCode", F_BASE}, \
    {"EventRootCode", F_ROOT}, {"QuadClass", F_QUAD}, {"GoldsteinScale", F_GOLDSTEIN}, \
    {"NumMentions", F_MENTIONS}, {"NumSources", F_SOURCES}, {"NumArticles", F_ARTICLES}, \
    {"AvgTone", F_EMPTY}

/* Actor locations (src/geo places each actor); ADM2 is never produced. */
#define G_ACTOR_GEO(n) \
    {"Actor" #n "Geo_Type", F_##n##G_TYPE}, {"Actor" #n "Geo_FullName", F_##n##G_NAME}, \
    {"Actor" #n "Geo_CountryCode", F_##n##G_COUNTRY}, {"Actor" #n "Geo_ADM1Code", F_##n##G_ADM1}
#define G_ACTOR_GEO_TAIL(n) \
    {"Actor" #n "Geo_Lat", F_##n##G_LAT}, {"Actor" #n "Geo_Long", F_##n##G_LON}, \
    {"Actor" #n "Geo_FeatureID", F_##n##G_FEATURE}
#define G_ACTION \
    {"ActionGeo_Type", F_GEO_TYPE}, {"ActionGeo_FullName", F_GEO_NAME}, \
    {"ActionGeo_CountryCode", F_GEO_COUNTRY}, {"ActionGeo_ADM1Code", F_GEO_ADM1}
#define G_ACTION_TAIL \
    {"ActionGeo_Lat", F_LAT}, {"ActionGeo_Long", F_LON}, {"ActionGeo_FeatureID", F_FEATURE}

static const ew_export_col gdelt1[] = {
    {"GLOBALEVENTID", F_ID}, {"SQLDATE", F_SQLDATE}, {"MonthYear", F_MONTHYEAR},
    {"Year", F_YEAR}, {"FractionDate", F_FRACDATE},
    G_ACTOR(1), G_ACTOR(2), G_EVENT,
    G_ACTOR_GEO(1), G_ACTOR_GEO_TAIL(1), G_ACTOR_GEO(2), G_ACTOR_GEO_TAIL(2),
    G_ACTION, G_ACTION_TAIL,
    {"DATEADDED", F_ADDED_DAY}, {"SOURCEURL", F_URL},
};

static const ew_export_col gdelt2[] = {
    {"GLOBALEVENTID", F_ID}, {"SQLDATE", F_SQLDATE}, {"MonthYear", F_MONTHYEAR},
    {"Year", F_YEAR}, {"FractionDate", F_FRACDATE},
    G_ACTOR(1), G_ACTOR(2), G_EVENT,
    G_ACTOR_GEO(1), {"Actor1Geo_ADM2Code", F_EMPTY}, G_ACTOR_GEO_TAIL(1),
    G_ACTOR_GEO(2), {"Actor2Geo_ADM2Code", F_EMPTY}, G_ACTOR_GEO_TAIL(2), G_ACTION,
    {"ActionGeo_ADM2Code", F_EMPTY}, G_ACTION_TAIL,
    {"DATEADDED", F_ADDED}, {"SOURCEURL", F_URL},
};

static const ew_export_col phoenix[] = {
    {"EventID", F_ID}, {"Date", F_SQLDATE}, {"Year", F_YEAR}, {"Month", F_MONTH},
    {"Day", F_DAY}, {"SourceActorFull", F_1_CODE}, {"SourceActorEntity", F_1_COUNTRY},
    {"SourceActorRole", F_1_AGENT}, {"SourceActorAttribute", F_EMPTY},
    {"TargetActorFull", F_2_CODE}, {"TargetActorEntity", F_2_COUNTRY},
    {"TargetActorRole", F_2_AGENT}, {"TargetActorAttribute", F_EMPTY},
    {"EventCode", F_CODE}, {"EventRootCode", F_ROOT}, {"PentaClass", F_PENTA},
    {"GoldsteinScore", F_GOLDSTEIN}, {"Issues", F_ISSUES}, {"Lat", F_LAT}, {"Lon", F_LON},
    {"LocationName", F_GEO_NAME}, {"StateName", F_GEO_ADM1}, {"CountryCode", F_GEO_COUNTRY},
    {"SentenceID", F_SENTENCE_ID}, {"URLs", F_URLS}, {"NewsSources", F_NEWS_SOURCES},
};

static const ew_export_col icews[] = {
    {"Event ID", F_ID}, {"Event Date", F_ISODATE}, {"Source Name", F_1_NAME},
    {"Source Sectors", F_1_AGENT}, {"Source Country", F_1_COUNTRY},
    {"Event Text", F_EMPTY}, {"CAMEO Code", F_CODE}, {"Intensity", F_GOLDSTEIN},
    {"Target Name", F_2_NAME}, {"Target Sectors", F_2_AGENT}, {"Target Country", F_2_COUNTRY},
    {"Story ID", F_DOC_ID}, {"Sentence Number", F_SENT_ID}, {"Publisher", F_NEWS_SOURCE},
    {"City", F_EMPTY}, {"District", F_EMPTY}, {"Province", F_GEO_ADM1},
    {"Country", F_GEO_COUNTRY}, {"Latitude", F_LAT}, {"Longitude", F_LON},
};

static const ew_export_col native[] = {
    {"id", F_ID}, {"date", F_ISODATE}, {"source_code", F_1_CODE}, {"source_name", F_1_NAME},
    {"source_country", F_1_COUNTRY}, {"source_agent", F_1_AGENT}, {"target_code", F_2_CODE},
    {"target_name", F_2_NAME}, {"target_country", F_2_COUNTRY}, {"target_agent", F_2_AGENT},
    {"code", F_CODE}, {"root", F_ROOT}, {"quad_class", F_QUAD}, {"goldstein", F_GOLDSTEIN},
    {"plover", F_PLOVER}, {"dimension", F_DIMENSION}, {"issues", F_ISSUES},
    {"location", F_GEO_NAME}, {"location_country", F_GEO_COUNTRY}, {"lat", F_LAT},
    {"lon", F_LON}, {"num_mentions", F_MENTIONS}, {"num_sources", F_SOURCES},
    {"num_articles", F_ARTICLES}, {"doc_id", F_DOC_ID}, {"sent_id", F_SENT_ID},
    {"news_source", F_NEWS_SOURCE}, {"url", F_URL}, {"sentence", F_SENTENCE},
};

#define N(a) (sizeof a / sizeof a[0])
_Static_assert(N(gdelt1) == 58, "GDELT 1.0 has 58 columns");
_Static_assert(N(gdelt2) == 61, "GDELT 2.0 has 61 columns");
_Static_assert(N(phoenix) == 26, "Phoenix has 26 columns");
_Static_assert(N(icews) == 20, "ICEWS has 20 columns");
_Static_assert(F_FEATURE - F_GEO_TYPE == 6 && F_1G_FEATURE - F_1G_TYPE == 6 &&
               F_2G_FEATURE - F_2G_TYPE == 6, "geo_part offsets");

const ew_export_col *ew_export_table(ew_export_format f, size_t *n)
{
    switch (f) {
    case EW_EXPORT_GDELT1: *n = N(gdelt1); return gdelt1;
    case EW_EXPORT_GDELT2: *n = N(gdelt2); return gdelt2;
    case EW_EXPORT_PHOENIX: *n = N(phoenix); return phoenix;
    case EW_EXPORT_ICEWS: *n = N(icews); return icews;
    case EW_EXPORT_CSV: *n = N(native); return native;
    case EW_EXPORT_JSONL: break;
    }
    *n = 0;
    return NULL;
}

const char *const *ew_export_columns(ew_export_format f, size_t *n)
{
    static const char *names[5][64];
    const ew_export_col *t = ew_export_table(f, n);
    if (!t)
        return NULL;
    /* filled once per format; the tables are constant, so racing threads
     * write identical values */
    for (size_t i = 0; i < *n; i++)
        names[f][i] = t[i].name;
    return names[f];
}

int ew_export_format_parse(const char *name, ew_export_format *f)
{
    static const struct { const char *name; ew_export_format f; } map[] = {
        {"gdelt1", EW_EXPORT_GDELT1}, {"gdelt2", EW_EXPORT_GDELT2}, {"gdelt", EW_EXPORT_GDELT2},
        {"phoenix", EW_EXPORT_PHOENIX}, {"icews", EW_EXPORT_ICEWS}, {"csv", EW_EXPORT_CSV},
        {"jsonl", EW_EXPORT_JSONL},
    };
    for (size_t i = 0; i < N(map); i++)
        if (name && !strcmp(name, map[i].name)) {
            *f = map[i].f;
            return 0;
        }
    return -1;
}

/* Phoenix PentaClass by definition: 0 = 01-02, 1 = 03-05, 2 = 06-08,
 * 3 = 09-13, 4 = 14-20. */
static int penta(const char *root)
{
    if (!root || !root[0] || !root[1])
        return -1;
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    return r < 1 || r > 20 ? -1 : r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

static const char *num(char *buf, const char *fmt, long v)
{
    snprintf(buf, EW_EXPORT_BUF, fmt, v);
    return buf;
}

static const char *real(char *buf, double v)
{
    snprintf(buf, EW_EXPORT_BUF, "%.4f", v);
    return buf;
}

static const char *date_part(const ew_store_event *e, ew_export_field f, char *buf)
{
    int32_t d = e->date;
    if (d <= 0)
        return NULL; /* unknown date (undated document): empty columns, not 0000-00-00 */
    switch (f) {
    case F_SQLDATE: return num(buf, "%ld", d);
    case F_MONTHYEAR: return num(buf, "%ld", d / 100);
    case F_YEAR: return num(buf, "%ld", d / 10000);
    case F_MONTH: return num(buf, "%ld", d / 100 % 100);
    case F_DAY: return num(buf, "%ld", d % 100);
    case F_ISODATE:
        snprintf(buf, EW_EXPORT_BUF, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
        return buf;
    default: /* GDELT's own definition: year + (month*30 + day)/365 */
        snprintf(buf, EW_EXPORT_BUF, "%.4f", d / 10000 + (d / 100 % 100 * 30 + d % 100) / 365.0);
        return buf;
    }
}

/* One location's column; f is an offset 0..6 into the
 * type/name/country/ADM1/lat/lon/feature block. */
static const char *geo_part(const ew_store_geo *g, int f, char *buf)
{
    if (!g->type)
        return NULL;
    switch (f) {
    case 0: return num(buf, "%ld", g->type);
    case 1: return g->name;
    case 2: return g->country;
    case 3: return g->adm1;
    case 4: return real(buf, g->lat);
    case 5: return real(buf, g->lon);
    default: return g->feature > 0 ? num(buf, "%ld", g->feature) : NULL;
    }
}

/* The action location as an ew_store_geo (the store row keeps it flat). */
static ew_store_geo action_geo(const ew_store_event *e)
{
    return (ew_store_geo){.type = e->geo_type, .name = e->geo_name, .country = e->geo_country,
                          .adm1 = e->geo_adm1, .lat = e->geo_lat, .lon = e->geo_lon,
                          .feature = e->geo_feature};
}

static const char *any_geo(const ew_store_event *e, ew_export_field f, char *buf)
{
    if (f >= F_1G_TYPE && f <= F_1G_FEATURE)
        return geo_part(&e->actor1_geo, (int)(f - F_1G_TYPE), buf);
    if (f >= F_2G_TYPE && f <= F_2G_FEATURE)
        return geo_part(&e->actor2_geo, (int)(f - F_2G_TYPE), buf);
    ew_store_geo g = action_geo(e);
    return geo_part(&g, (int)(f - F_GEO_TYPE), buf);
}

const char *ew_export_value(const ew_store_event *e, const ew_export_extra *x,
                            ew_export_field f, char *buf)
{
    switch (f) {
    case F_EMPTY: return NULL;
    case F_ID: snprintf(buf, EW_EXPORT_BUF, "%lld", (long long)e->id); return buf;
    case F_SQLDATE: case F_MONTHYEAR: case F_YEAR: case F_FRACDATE:
    case F_MONTH: case F_DAY: case F_ISODATE: return date_part(e, f, buf);
    case F_1_CODE: return e->src_code;
    case F_1_NAME: return e->src_name;
    case F_1_COUNTRY: return e->src_country;
    case F_1_AGENT: return e->src_agent;
    case F_2_CODE: return e->tgt_code;
    case F_2_NAME: return e->tgt_name;
    case F_2_COUNTRY: return e->tgt_country;
    case F_2_AGENT: return e->tgt_agent;
    case F_IS_ROOT: return num(buf, "%ld", e->is_root);
    case F_CODE: return e->code;
    case F_BASE: return e->base_code;
    case F_ROOT: return e->root_code;
    case F_QUAD: return e->quad_class ? num(buf, "%ld", e->quad_class) : NULL;
    case F_PENTA: return penta(e->root_code) < 0 ? NULL : num(buf, "%ld", penta(e->root_code));
    case F_GOLDSTEIN: return e->has_goldstein ? real(buf, e->goldstein) : NULL;
    case F_MENTIONS: return num(buf, "%ld", e->num_mentions);
    case F_SOURCES: return num(buf, "%ld", e->num_sources);
    case F_ARTICLES: return num(buf, "%ld", e->num_articles);
    case F_GEO_TYPE: case F_GEO_NAME: case F_GEO_COUNTRY: case F_GEO_ADM1:
    case F_LAT: case F_LON: case F_FEATURE:
    case F_1G_TYPE: case F_1G_NAME: case F_1G_COUNTRY: case F_1G_ADM1:
    case F_1G_LAT: case F_1G_LON: case F_1G_FEATURE:
    case F_2G_TYPE: case F_2G_NAME: case F_2G_COUNTRY: case F_2G_ADM1:
    case F_2G_LAT: case F_2G_LON: case F_2G_FEATURE: return any_geo(e, f, buf);
    case F_ADDED: return e->added;
    case F_ADDED_DAY:
        if (!e->added)
            return NULL;
        snprintf(buf, EW_EXPORT_BUF, "%.8s", e->added);
        return buf;
    case F_URL: return e->url;
    case F_PLOVER: return e->plover;
    case F_DIMENSION: return e->dimension;
    case F_ISSUES: return e->issues;
    case F_DOC_ID: return e->doc_id;
    case F_SENT_ID: return e->sent_id;
    case F_SENTENCE_ID:
        snprintf(buf, EW_EXPORT_BUF, "%s_%s", e->doc_id ? e->doc_id : "", e->sent_id ? e->sent_id : "");
        return buf;
    case F_SENTENCE: return e->sentence;
    case F_NEWS_SOURCE: return e->news_source;
    case F_URLS: return x && x->urls ? x->urls : e->url;
    case F_NEWS_SOURCES: return x && x->sources ? x->sources : e->news_source;
    }
    return NULL;
}
