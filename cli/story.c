/* story.c - `warta story ID [--format json|text] (--db FILE | FILE|DIR...)`:
 * one story, the same as `warta stories --story ID`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_story(int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        FILE *f = argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))
                      ? stdout : stderr;
        fprintf(f, "usage: warta story ID [--format json|text] [--dic FILE]\n"
                   "                  (--db FILE | FILE|DIR...)\n"
                   "Prints story ID (an id from `warta stories`), as `warta stories\n"
                   "--story ID` does.\n");
        return f == stdout ? 0 : 2;
    }
    char **v = malloc(((size_t)argc + 3) * sizeof *v);
    if (!v)
        return 2;
    int n = 0;
    v[n++] = "stories";
    v[n++] = "--story";
    v[n++] = argv[1];
    for (int i = 2; i < argc; i++)
        v[n++] = argv[i];
    v[n] = NULL;
    int rc = cmd_stories(n, v);
    free(v);
    return rc;
}
