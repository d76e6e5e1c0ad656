/* stories.c - `warta stories [--format json|text] [--story ID]
 *                             (--db FILE | FILE|DIR...)` */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "warta.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: warta stories [--format json|text] [--story ID] [--dic FILE]\n"
               "                     (--db FILE | FILE|DIR...)\n"
               "Finds near-duplicates and stories and prints one JSON object per\n"
               "story (spec/STORY.md), largest first; with --format text, for a\n"
               "person to read; with --story, only that one.  With --db, the\n"
               "articles stored by `warta ingest`: their stories are read from the\n"
               "database, and computed again first when articles were stored since.\n");
}

typedef struct out_ctx {
    int text;
} out_ctx;

static int print_story(void *ctx, const char *id, const char *json, const char *text)
{
    (void)id;
    const out_ctx *o = ctx;
    fputs(o->text ? text : json, stdout);
    fputc('\n', stdout);
    return 0;
}

static int from_db(const char *path, const char *dic, const char *only, int text)
{
    wt_store *db = NULL;
    if (cli_open_db("stories", path, dic, &db))
        return 2;
    int fresh = 0, rc = 0;
    wt_status st = wt_store_stories_fresh(db, &fresh);
    if (!st && !fresh) {
        wt_corpus *c = NULL;
        rc = cli_db_corpus("stories", db, 1, &c);
        wt_corpus_free(c);
    }
    out_ctx o = {text};
    if (!st && rc < 2)
        st = wt_store_stories(db, only, print_story, &o);
    if (st == WT_ENOTFOUND) {
        fprintf(stderr, "warta stories: %s: no story '%s'\n", path, only);
        rc = 1;
    } else if (st) {
        fprintf(stderr, "warta stories: %s: %s\n", path,
                st == WT_EDB ? wt_store_errmsg(db) : wt_strerror(st));
        rc = 2;
    }
    wt_store_close(db);
    return rc;
}

int cmd_stories(int argc, char **argv)
{
    int text = 0, first = 1;
    const char *only = NULL, *db = NULL, *dic = NULL;
    for (; first < argc; first++) {
        const char *a = argv[first];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--format") && first + 1 < argc) {
            const char *f = argv[++first];
            if (strcmp(f, "text") && strcmp(f, "json")) {
                fprintf(stderr, "warta stories: --format is json or text, not '%s'\n", f);
                return 2;
            }
            text = !strcmp(f, "text");
        } else if (!strcmp(a, "--json")) {
            text = 0;
        } else if (!strcmp(a, "--story") && first + 1 < argc) {
            only = argv[++first];
        } else if (!strcmp(a, "--db") && first + 1 < argc) {
            db = argv[++first];
        } else if (!strcmp(a, "--dic") && first + 1 < argc) {
            dic = argv[++first];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta stories: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    if (db ? first < argc : first >= argc) {
        if (db)
            fprintf(stderr, "warta stories: --db and files do not mix\n");
        usage(stderr);
        return 2;
    }
    if (db)
        return from_db(db, dic, only, text);
    wt_corpus *c = NULL;
    int rc = cli_build_corpus("stories", argc - first, argv + first, &c);
    if (!c)
        return rc;
    int found = 0;
    for (size_t i = 0; i < wt_corpus_n_stories(c); i++) {
        if (only && strcmp(only, wt_corpus_story_id(c, i)))
            continue;
        found = 1;
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
        fputc('\n', stdout);
        free(out);
    }
    if (only && !found) {
        fprintf(stderr, "warta stories: no story '%s'\n", only);
        rc = 1;
    }
    wt_corpus_free(c);
    return rc;
}
