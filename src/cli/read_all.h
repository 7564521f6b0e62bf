/*
 * read_all.h -- a whole stream into memory, for the commands that take
 * one document on stdin or from a file (code, tokenize, geocode).
 *
 * Returns a malloc'd buffer holding the bytes read plus a terminating NUL
 * (not counted in *len; the input may itself contain NULs, so callers use
 * *len), or NULL when memory runs out (nothing leaks).  The caller frees.
 */
#ifndef EW_CLI_READ_ALL_H
#define EW_CLI_READ_ALL_H

#include <stddef.h>
#include <stdio.h>

char *ew_cli_read_all(FILE *f, size_t *len);

#endif
