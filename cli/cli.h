/*
 * cli.h - the subcommands of the `warta` front end.  Each lives in its own
 * cli/<name>.c, uses only include/warta.h, and returns the process exit
 * status: 0 success, 1 some input failed, 2 usage error.
 */
#ifndef WARTA_CLI_H
#define WARTA_CLI_H

#include <stddef.h>
#include <stdio.h>

int cmd_analyze(int argc, char **argv);

/* Commands built from their own cli/<name>.c.  Declared weak so a tree in
 * which one of them is not written yet still links; main.c reports such a
 * command as not built. */
#define CLI_OPTIONAL __attribute__((weak))
int cmd_ner(int argc, char **argv) CLI_OPTIONAL;
int cmd_timex(int argc, char **argv) CLI_OPTIONAL;
int cmd_stem(int argc, char **argv) CLI_OPTIONAL;
int cmd_ingest(int argc, char **argv) CLI_OPTIONAL;
int cmd_search(int argc, char **argv) CLI_OPTIONAL;
int cmd_stories(int argc, char **argv) CLI_OPTIONAL;
int cmd_story(int argc, char **argv) CLI_OPTIONAL;
int cmd_report(int argc, char **argv) CLI_OPTIONAL;
int cmd_summarize(int argc, char **argv) CLI_OPTIONAL;

/* Reads a whole file ("-" is standard input) into a malloc'd buffer of at
 * most `max` bytes.  Returns 0 on success; on failure prints nothing and
 * returns an errno-style code, with EFBIG when the file is over `max`. */
/* Analyzes the files and directories (recursively, *.txt, sorted) into a
 * clustered story corpus (*out, NULL on a fatal error).  Returns 0, 1 when
 * some input failed (reported on stderr), 2 on a fatal error. */
typedef struct wt_corpus wt_corpus;
int cli_build_corpus(const char *cmd, int argc, char **argv, wt_corpus **out);

/* Opens the database for a story command (read-write, so stale stories
 * can be stored again); reports failures as "warta CMD: PATH: reason" and
 * returns nonzero. */
typedef struct wt_store wt_store;
int cli_open_db(const char *cmd, const char *path, const char *dic, wt_store **out);

/* Rebuilds every stored article's analysis from `db` into a clustered
 * corpus (*out; NULL on a fatal error) and, when `save`, stores its
 * stories back (wt_store_put_stories).  Returns as cli_build_corpus. */
int cli_db_corpus(const char *cmd, wt_store *db, int save, wt_corpus **out);

int cli_read_file(const char *path, size_t max, char **out, size_t *len);

/* A growing list of paths (malloc'd strings). */
typedef struct cli_files {
    char **v;
    size_t n, cap;
} cli_files;

/* Appends the files of `path` to *out: a directory is walked recursively
 * (at most 16 levels, hidden entries skipped, names sorted) keeping the
 * files whose name `want` accepts; any other path, and "-", is appended as
 * given.  A directory that cannot be opened is reported on stderr as
 * "warta CMD: PATH: reason".  Returns the number of such failures. */
int cli_list_files(const char *cmd, const char *path,
                   int (*want)(const char *name), cli_files *out);
void cli_files_free(cli_files *f);
/* A `want` for cli_list_files: names ending in ".txt". */
int cli_is_txt(const char *name);

/* Writes s as a JSON string (null for NULL); s is valid UTF-8. */
void cli_json_str(FILE *f, const char *s);

#endif
