/*
 * commands.h -- the eventwatch subcommands.
 *
 * Each command lives in src/cli/cmd_<name>.c, parses its own options, calls
 * the library and returns an exit status:
 *   0  done, nothing skipped
 *   1  fatal error (could not open input, could not load resources...)
 *   2  usage error
 *   3  done, but some records or lines were skipped (each was reported)
 * The CLI is thin: anything worth testing lives in the library.
 */
#ifndef EW_CLI_COMMANDS_H
#define EW_CLI_COMMANDS_H

enum { EW_EXIT_OK = 0, EW_EXIT_FATAL = 1, EW_EXIT_USAGE = 2, EW_EXIT_SKIPPED = 3 };

typedef int (*ew_command_fn)(int argc, char **argv);

typedef struct ew_command {
    const char *name;
    ew_command_fn fn;
    const char *summary;
} ew_command;

/* The table, defined in main.c, NULL-terminated. */
extern const ew_command ew_commands[];

int cmd_version(int argc, char **argv);
int cmd_tokenize(int argc, char **argv);
int cmd_eval_split(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_parse(int argc, char **argv);

int cmd_validate(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_eval_parse(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_alerts(int argc, char **argv);
int cmd_mediation(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_geocode(int argc, char **argv);

#endif
