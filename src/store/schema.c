/*
 * schema.c -- CREATE statements of the store.  Every statement is
 * idempotent (IF NOT EXISTS) so opening an existing database is cheap and
 * safe.  Integer primary keys are 63-bit prefixes of SHA-256 digests of
 * content (see docs/schema.md), never counters, so shards merge.
 */
#include "store/schema.h"

const char ew_store_schema_sql[] =
    "CREATE TABLE IF NOT EXISTS meta("
    " key TEXT PRIMARY KEY, value TEXT);\n"
    "CREATE TABLE IF NOT EXISTS documents("
    " id INTEGER PRIMARY KEY,"          /* key63(sha256(normalised text)) */
    " sha256 TEXT NOT NULL,"
    " ext_id TEXT, date INTEGER, source TEXT, url TEXT, title TEXT,"
    " text TEXT NOT NULL, file TEXT, line INTEGER, added TEXT);\n"
    "CREATE INDEX IF NOT EXISTS documents_ext ON documents(ext_id);\n"
    "CREATE TABLE IF NOT EXISTS sentences("
    " id INTEGER PRIMARY KEY,"          /* key63(sha256(doc key ':' sent_id)) */
    " doc INTEGER NOT NULL, sent_id TEXT NOT NULL, offset INTEGER, text TEXT);\n"
    "CREATE TABLE IF NOT EXISTS events("
    " id INTEGER PRIMARY KEY,"          /* key63(sha256(dedup key)) */
    " date INTEGER NOT NULL, code TEXT NOT NULL, base_code TEXT, root_code TEXT,"
    " quad_class INTEGER, goldstein REAL, plover TEXT, dimension TEXT, issues TEXT,"
    " src_code TEXT, src_name TEXT, src_country TEXT, src_agent TEXT,"
    " tgt_code TEXT, tgt_name TEXT, tgt_country TEXT, tgt_agent TEXT,"
    " geo_type INTEGER, geo_name TEXT, geo_country TEXT, geo_adm1 TEXT,"
    " geo_lat REAL, geo_lon REAL, geo_feature INTEGER,"
    " is_root INTEGER,"
    " num_mentions INTEGER NOT NULL DEFAULT 0,"
    " num_sources INTEGER NOT NULL DEFAULT 0,"
    " num_articles INTEGER NOT NULL DEFAULT 0,"
    " avg_tone REAL,"                   /* always NULL: no tone model yet */
    " first_doc INTEGER, first_sentence INTEGER, added TEXT,"
    /* actor locations (schema 2): appended, not placed next to geo_*, so
     * a version-1 database reaches the same column order by ALTER TABLE */
    " a1_geo_type INTEGER, a1_geo_name TEXT, a1_geo_country TEXT, a1_geo_adm1 TEXT,"
    " a1_geo_lat REAL, a1_geo_lon REAL, a1_geo_feature INTEGER,"
    " a2_geo_type INTEGER, a2_geo_name TEXT, a2_geo_country TEXT, a2_geo_adm1 TEXT,"
    " a2_geo_lat REAL, a2_geo_lon REAL, a2_geo_feature INTEGER);\n"
    "CREATE TABLE IF NOT EXISTS mentions("
    " event INTEGER NOT NULL, doc INTEGER NOT NULL, sent_id TEXT NOT NULL,"
    " verb_start INTEGER NOT NULL, verb_end INTEGER,"
    " sentence INTEGER, news_source TEXT, date INTEGER,"
    " src_start INTEGER, src_end INTEGER, tgt_start INTEGER, tgt_end INTEGER,"
    " pattern TEXT, pattern_file TEXT, pattern_line INTEGER, confidence REAL,"
    " PRIMARY KEY(event, doc, sent_id, verb_start)) WITHOUT ROWID;\n"
    "CREATE TABLE IF NOT EXISTS ingest_log("
    " id INTEGER PRIMARY KEY, file TEXT, line INTEGER, record TEXT,"
    " reason TEXT NOT NULL, at TEXT);\n";

/* Upgrades a version-1 events table: plain ALTER TABLE ADD COLUMN, which
 * SQLite and PostgreSQL both accept; run once, when a1_geo_type is missing. */
const char ew_store_migrate_2_sql[] =
    "ALTER TABLE events ADD COLUMN a1_geo_type INTEGER;\n"
    "ALTER TABLE events ADD COLUMN a1_geo_name TEXT;\n"
    "ALTER TABLE events ADD COLUMN a1_geo_country TEXT;\n"
    "ALTER TABLE events ADD COLUMN a1_geo_adm1 TEXT;\n"
    "ALTER TABLE events ADD COLUMN a1_geo_lat REAL;\n"
    "ALTER TABLE events ADD COLUMN a1_geo_lon REAL;\n"
    "ALTER TABLE events ADD COLUMN a1_geo_feature INTEGER;\n"
    "ALTER TABLE events ADD COLUMN a2_geo_type INTEGER;\n"
    "ALTER TABLE events ADD COLUMN a2_geo_name TEXT;\n"
    "ALTER TABLE events ADD COLUMN a2_geo_country TEXT;\n"
    "ALTER TABLE events ADD COLUMN a2_geo_adm1 TEXT;\n"
    "ALTER TABLE events ADD COLUMN a2_geo_lat REAL;\n"
    "ALTER TABLE events ADD COLUMN a2_geo_lon REAL;\n"
    "ALTER TABLE events ADD COLUMN a2_geo_feature INTEGER;\n"
    "UPDATE meta SET value='2' WHERE key='schema_version';\n";

/* Secondary indexes for analysis queries, built once after bulk writes
 * (ew_store_index) rather than maintained on every insert: a sorted build
 * is far cheaper than random inserts into three more B-trees per event. */
const char ew_store_index_sql[] =
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
    "CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);\n";

const char ew_store_fts_sql[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
    " text, content='sentences', content_rowid='id');\n"
    "CREATE TRIGGER IF NOT EXISTS sentences_fts_ins AFTER INSERT ON sentences BEGIN"
    " INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END;\n";
