/* main.c - `warta COMMAND [ARGS]`: dispatches to cli/<command>.c. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "warta.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *help;
} command;

static const command commands[] = {
    {"analyze", cmd_analyze, "analyze articles, print one JSON line each"},
    {"ingest",  cmd_ingest,  "analyze articles and store them in a database"},
    {"search",  cmd_search,  "full-text search of a database"},
    {"stories", cmd_stories, "cluster articles into stories"},
    {"story",   cmd_story,   "show one story"},
    {"report",  cmd_report,  "write an HTML report of the stories"},
    {"summarize", cmd_summarize, "extractive summary of each article"},
    {"stem",    cmd_stem,    "stem Indonesian words, one per line"},
    {"timex",   cmd_timex,   "find and resolve time expressions in a text"},
    {"ner",     cmd_ner,     "train, evaluate and run the entity tagger"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: warta COMMAND [ARGS]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (commands[i].run)
            fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
    fprintf(f, "\n`warta COMMAND --help` describes one command.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("warta %s\n", wt_version());
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[1], commands[i].name)) {
            if (!commands[i].run) {
                fprintf(stderr, "warta: '%s' is not built in this binary\n",
                        argv[1]);
                return 2;
            }
            return commands[i].run(argc - 1, argv + 1);
        }
    fprintf(stderr, "warta: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
