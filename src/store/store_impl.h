/*
 * store_impl.h -- private to the src/store sources: the SQLite handle, its prepared
 * statements and helpers shared by the write and read halves.  Nothing
 * outside src/store includes this; the public contract is store.h.
 */
#ifndef EW_STORE_IMPL_H
#define EW_STORE_IMPL_H

#include <sqlite3.h>

#include "store/store.h"

enum {
    Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_HAS_DOC, Q_ADD_DOC, Q_ADD_SENT,
    Q_ADD_EVENT, Q_DOC_SEEN, Q_SRC_SEEN, Q_MENTION_SEEN, Q_ADD_MENTION,
    Q_BUMP, Q_REJECT, Q_FIND_DOC,
    Q_COUNT
};

struct ew_store {
    sqlite3 *db;
    sqlite3_stmt *q[Q_COUNT];
    ew_diag *diag;
    char *path;
    int window_days;   /* dedup bucket width, from meta.window_days */
    int has_fts;
    char added[16];    /* YYYYMMDDHHMMSS of this session */
    /* the last sentence stored: a sentence with several events is written
     * once, not once per event */
    const char *last_sentence;
    int64_t last_sentence_key;
    /* the last sentence key computed, and whose it is (doc, sentence id) */
    int key_valid;
    int64_t key_doc, key;
    char key_sent_id[64];
};

/* Reports "what: <SQLite reason>" against the database file; returns -1. */
int ew_store_fail(ew_store *s, const char *what);
/* Steps prepared statement q once and resets it: 0 ok, -1 reported. */
int ew_store_run(ew_store *s, int q, const char *what);
/* Steps q: 1 a row came back, 0 none, -1 reported. */
int ew_store_exists(ew_store *s, int q, const char *what);
int64_t ew_store_sentence_key(int64_t doc_key, const char *sent_id);
int ew_store_quad_of_root(const char *root);

#endif
