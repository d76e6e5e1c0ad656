/* report.c - `warta report -o FILE.html (--db FILE | FILE|DIR...)` */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "warta.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: warta report -o REPORT.html [--dic FILE] (--db FILE | FILE|DIR...)\n"
               "Writes one self-contained HTML page (no network) with every story:\n"
               "timeline chart, claims compared with conflicts marked, quotes by\n"
               "speaker, entities and member articles.  With --db, of the articles\n"
               "stored by `warta ingest` (their stories are stored again when stale).\n");
}

int cmd_report(int argc, char **argv)
{
    const char *out_path = NULL, *db_path = NULL, *dic = NULL;
    int first = 1;
    for (; first < argc; first++) {
        const char *a = argv[first];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "-o") && first + 1 < argc) {
            out_path = argv[++first];
        } else if (!strcmp(a, "--db") && first + 1 < argc) {
            db_path = argv[++first];
        } else if (!strcmp(a, "--dic") && first + 1 < argc) {
            dic = argv[++first];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta report: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    if (!out_path || (db_path ? first < argc : first >= argc)) {
        usage(stderr);
        return 2;
    }
    wt_corpus *c = NULL;
    int rc;
    if (db_path) {
        wt_store *db = NULL;
        if (cli_open_db("report", db_path, dic, &db))
            return 2;
        int fresh = 1;
        if (wt_store_stories_fresh(db, &fresh))
            fresh = 1; /* only the saving is skipped */
        rc = cli_db_corpus("report", db, !fresh, &c);
        wt_store_close(db);
    } else {
        rc = cli_build_corpus("report", argc - first, argv + first, &c);
    }
    if (!c)
        return rc;
    char *html = NULL;
    size_t len = 0;
    wt_status st = wt_corpus_report_html(c, &html, &len);
    wt_corpus_free(c);
    if (st) {
        fprintf(stderr, "warta report: %s\n", wt_strerror(st));
        return 2;
    }
    /* write to a temporary file and rename: a failed write leaves no half
     * report behind */
    size_t pl = strlen(out_path);
    char *tmp = malloc(pl + 8);
    if (!tmp) {
        free(html);
        return 2;
    }
    snprintf(tmp, pl + 8, "%s.tmp", out_path);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(html, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok && rename(tmp, out_path) != 0)
        ok = 0;
    if (!ok) {
        fprintf(stderr, "warta report: %s: %s\n", out_path, strerror(errno));
        remove(tmp);
        rc = 2;
    }
    free(tmp);
    free(html);
    return rc;
}
