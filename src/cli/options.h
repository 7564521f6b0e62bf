/*
 * options.h -- one table-driven parser for the "--name VALUE" options of
 * the store commands (alerts, stats, mediation, export, serve), which each
 * had the same hand-written loop.
 *
 * A command describes its options in an array of ew_cli_opt ended by an
 * entry whose name is NULL; each entry says where the value goes and how
 * it is read.  Values are checked: a number that is not a whole number (or
 * out of int range), a date ew_date_parse() rejects, or a word that is not
 * one of the choices is a usage error, not a silent 0.
 *
 * Ownership: EW_CLI_STR stores a pointer into argv (nothing is copied or
 * allocated); every other kind writes into the caller's variable.
 */
#ifndef EW_CLI_OPTIONS_H
#define EW_CLI_OPTIONS_H

#include <stdio.h>

typedef enum ew_cli_opt_kind {
    EW_CLI_STR,     /* const char *: the argument itself */
    EW_CLI_INT,     /* int: a whole decimal number */
    EW_CLI_LONG,    /* long: a whole decimal number */
    EW_CLI_DOUBLE,  /* double: a finite number */
    EW_CLI_DATE,    /* int32_t YYYYMMDD, via ew_date_parse() */
    EW_CLI_CHOICE,  /* int: index of the argument in choices */
    EW_CLI_FLAG     /* int: set to 1; takes no argument */
} ew_cli_opt_kind;

typedef struct ew_cli_opt {
    const char *name;             /* "--db"; NULL ends the table */
    ew_cli_opt_kind kind;
    void *dst;                    /* where the value goes, of the kind's type */
    const char *const *choices;   /* EW_CLI_CHOICE: NULL-terminated words */
} ew_cli_opt;

/* What ew_cli_parse_opts() tells the command to do. */
enum { EW_CLI_GO = -1 };

/* Reads argv[1..argc-1] against the table.  "-h"/"--help" prints usage to
 * stdout and returns EW_EXIT_OK; an unknown option, a missing or invalid
 * value, or a positional argument prints usage to stderr and returns
 * EW_EXIT_USAGE; otherwise returns EW_CLI_GO with the values stored.
 * Options given twice keep the last value. */
int ew_cli_parse_opts(int argc, char **argv, const ew_cli_opt *opts, void (*usage)(FILE *out));

#endif
