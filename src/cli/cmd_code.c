/* cmd_code.c -- placeholder, see below */
#include "cli/commands.h"
#include <stdio.h>
int cmd_code(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "eventwatch code: not implemented yet\n");
    return EW_EXIT_FATAL;
}
