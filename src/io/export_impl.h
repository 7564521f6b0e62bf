/*
 * export_impl.h -- private to the export_*.c files: the field catalogue and
 * column tables shared by the table definitions and the writer.
 */
#ifndef EW_IO_EXPORT_IMPL_H
#define EW_IO_EXPORT_IMPL_H

#include "io/export_format.h"

/* Where a column's value comes from; F_EMPTY: not produced, left empty. */
typedef enum ew_export_field {
    F_EMPTY, F_ID, F_SQLDATE, F_MONTHYEAR, F_YEAR, F_FRACDATE, F_MONTH, F_DAY, F_ISODATE,
    F_1_CODE, F_1_NAME, F_1_COUNTRY, F_1_AGENT, F_2_CODE, F_2_NAME, F_2_COUNTRY, F_2_AGENT,
    F_IS_ROOT, F_CODE, F_BASE, F_ROOT, F_QUAD, F_PENTA, F_GOLDSTEIN, F_MENTIONS, F_SOURCES,
    F_ARTICLES, F_GEO_TYPE, F_GEO_NAME, F_GEO_COUNTRY, F_GEO_ADM1, F_LAT, F_LON, F_FEATURE,
    F_ADDED, F_ADDED_DAY, F_URL, F_PLOVER, F_DIMENSION, F_ISSUES, F_DOC_ID, F_SENT_ID,
    F_SENTENCE_ID, F_SENTENCE, F_NEWS_SOURCE, F_URLS, F_NEWS_SOURCES,
    /* actor locations, in the order of the F_GEO_TYPE..F_FEATURE block */
    F_1G_TYPE, F_1G_NAME, F_1G_COUNTRY, F_1G_ADM1, F_1G_LAT, F_1G_LON, F_1G_FEATURE,
    F_2G_TYPE, F_2G_NAME, F_2G_COUNTRY, F_2G_ADM1, F_2G_LAT, F_2G_LON, F_2G_FEATURE,
} ew_export_field;

typedef struct ew_export_col {
    const char *name;   /* as in the dataset's codebook */
    ew_export_field field;
} ew_export_col;

/* Per-event values gathered from all mentions (Phoenix URLs/NewsSources);
 * NULL members fall back to the first mention. */
typedef struct ew_export_extra {
    const char *urls, *sources;
} ew_export_extra;

#define EW_EXPORT_BUF 256

const ew_export_col *ew_export_table(ew_export_format f, size_t *n);

/* The text of one column, or NULL for empty.  buf (EW_EXPORT_BUF bytes)
 * holds formatted numbers; the result lives until the next call. */
const char *ew_export_value(const ew_store_event *e, const ew_export_extra *x,
                            ew_export_field f, char *buf);

#endif
