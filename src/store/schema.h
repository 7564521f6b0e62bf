/*
 * schema.h -- the SQL that creates the store (docs/schema.md explains it).
 *
 * Kept apart from store.c so the schema reads as one piece and a future
 * PostgreSQL backend can reuse the portable part.  Only the FTS5 statements
 * are SQLite-specific; store.c runs them when the library has FTS5.
 */
#ifndef EW_STORE_SCHEMA_H
#define EW_STORE_SCHEMA_H

/* Bumped when a table changes; stored in meta.schema_version. */
#define EW_STORE_SCHEMA_VERSION "2"

extern const char ew_store_schema_sql[];
extern const char ew_store_fts_sql[];
extern const char ew_store_index_sql[];
/* Version 1 -> 2: adds the actor location columns (Actor1Geo/Actor2Geo). */
extern const char ew_store_migrate_2_sql[];

#endif
