/*
 * cli.h - the subcommands of the `warta` front end.  Each lives in its own
 * cli/<name>.c, uses only include/warta.h, and returns the process exit
 * status: 0 success, 1 some input failed, 2 usage error.
 */
#ifndef WARTA_CLI_H
#define WARTA_CLI_H

#include <stddef.h>

int cmd_analyze(int argc, char **argv);

/* Reads a whole file ("-" is standard input) into a malloc'd buffer of at
 * most `max` bytes.  Returns 0 on success; on failure prints nothing and
 * returns an errno-style code, with EFBIG when the file is over `max`. */
int cli_read_file(const char *path, size_t max, char **out, size_t *len);

#endif
