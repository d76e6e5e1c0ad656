/* stories.c - `warta stories [--format json|text] [--story ID] FILE|DIR...` */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "warta.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: warta stories [--format json|text] [--story ID] FILE|DIR...\n"
               "Analyzes the articles, finds near-duplicates and stories, and prints\n"
               "one JSON object per story (spec/STORY.md), largest first; with\n"
               "--format text, for a person to read; with --story, only that one.\n");
}

int cmd_stories(int argc, char **argv)
{
    int text = 0, first = 1;
    const char *only = NULL;
    for (; first < argc; first++) {
        const char *a = argv[first];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--format") && first + 1 < argc) {
            text = !strcmp(argv[++first], "text");
        } else if (!strcmp(a, "--json")) {
            text = 0;
        } else if (!strcmp(a, "--story") && first + 1 < argc) {
            only = argv[++first];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta stories: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    if (first >= argc) {
        usage(stderr);
        return 2;
    }
    wt_corpus *c = NULL;
    int rc = cli_build_corpus("stories", argc - first, argv + first, &c);
    if (!c)
        return rc;
    for (size_t i = 0; i < wt_corpus_n_stories(c); i++) {
        if (only && strcmp(only, wt_corpus_story_id(c, i)))
            continue;
        char *out = NULL;
        size_t len = 0;
        wt_status st = text ? wt_corpus_story_text(c, i, &out, &len)
                            : wt_corpus_story_json(c, i, &out, &len);
        if (st) {
            fprintf(stderr, "warta stories: %s\n", wt_strerror(st));
            rc = 1;
            break;
        }
        fwrite(out, 1, len, stdout);
        fputs(text ? "\n" : "\n", stdout);
        free(out);
    }
    wt_corpus_free(c);
    return rc;
}
