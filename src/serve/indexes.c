/*
 * indexes.c -- `serve --create-indexes` (indexes.h): the statements live
 * with the queries they serve, in the store (store/reader.h).
 */
#include "serve/indexes.h"

#include "store/reader.h"

int ew_serve_create_indexes(const char *db_path, ew_diag *diag)
{
    return ew_store_create_api_indexes(db_path, diag);
}
