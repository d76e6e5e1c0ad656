/*
 * search.c - `warta search --db FILE [options] QUERY`: ranked full-text
 * search of a database written by `warta ingest`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "warta.h"

static void usage(FILE *f)
{
    fprintf(f,
        "usage: warta search --db FILE [options] QUERY\n"
        "  Ranked (BM25) search of titles and bodies.  Words are matched\n"
        "  by stem (pengiriman finds dikirim); \"a phrase\" in quotes,\n"
        "  OR, NOT, (groups) and prefix* work as in SQLite FTS5.\n"
        "options:\n"
        "  --from YYYY-MM-DD  --to YYYY-MM-DD   publication date range\n"
        "  --outlet NAME      only this outlet\n"
        "  --entity NAME      only articles naming this entity (or alias)\n"
        "  --limit N          hits to show (default 10)\n"
        "  --json             one JSON object per hit\n"
        "  --dic FILE         stemmer root lexicon (hunspell id_ID.dic)\n");
}

typedef struct out {
    int json;
    size_t n;
} out;

static int hit(void *ctx, const wt_search_hit *h)
{
    out *o = ctx;
    o->n++;
    if (o->json) {
        printf("{\"rank\":%zu,\"score\":%.4f,\"id\":%lld,\"content_id\":",
               o->n, h->score, h->article);
        cli_json_str(stdout, h->content_id);
        fputs(",\"key\":", stdout);
        cli_json_str(stdout, h->key);
        fputs(",\"title\":", stdout);
        cli_json_str(stdout, h->title);
        fputs(",\"outlet\":", stdout);
        cli_json_str(stdout, h->outlet);
        fputs(",\"published\":", stdout);
        cli_json_str(stdout, h->published);
        fputs(",\"snippet\":", stdout);
        cli_json_str(stdout, h->snippet);
        fputs("}\n", stdout);
    } else {
        printf("%2zu. %s\n    %s | %s | %s | score %.3g\n    %s\n\n", o->n,
               h->title ? h->title : "(untitled)",
               h->outlet ? h->outlet : "-", h->published ? h->published : "-",
               h->key ? h->key : "", h->score, h->snippet ? h->snippet : "");
    }
    return 0;
}

int cmd_search(int argc, char **argv)
{
    wt_search_query q;
    memset(&q, 0, sizeof q);
    const char *dbpath = NULL, *dic = NULL;
    out o = {0, 0};
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (!strcmp(a, "--db") && more)
            dbpath = argv[++i];
        else if (!strcmp(a, "--from") && more)
            q.from = argv[++i];
        else if (!strcmp(a, "--to") && more)
            q.to = argv[++i];
        else if (!strcmp(a, "--outlet") && more)
            q.outlet = argv[++i];
        else if (!strcmp(a, "--entity") && more)
            q.entity = argv[++i];
        else if (!strcmp(a, "--limit") && more)
            q.limit = (size_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(a, "--dic") && more)
            dic = argv[++i];
        else if (!strcmp(a, "--json"))
            o.json = 1;
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (a[0] == '-' && a[1] && !q.query) {
            fprintf(stderr, "warta search: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else if (!q.query) {
            q.query = a;
        } else {
            fprintf(stderr, "warta search: one QUERY only (quote it)\n");
            return 2;
        }
    }
    if (!dbpath || !q.query) {
        usage(stderr);
        return 2;
    }
    if (!o.json) {
        q.mark_open = "\033[1m";
        q.mark_close = "\033[0m";
        if (!isatty(1))
            q.mark_open = "[", q.mark_close = "]";
    }
    wt_store_options so;
    memset(&so, 0, sizeof so);
    so.dic_path = dic;
    so.readonly = 1;
    wt_store *db = NULL;
    wt_status st = wt_store_open(dbpath, &so, &db);
    if (st) {
        fprintf(stderr, "warta search: %s: %s\n", dbpath,
                db ? wt_store_errmsg(db) : wt_strerror(st));
        wt_store_close(db);
        return 2;
    }
    st = wt_store_search(db, &q, hit, &o);
    if (st)
        fprintf(stderr, "warta search: %s\n", wt_store_errmsg(db));
    else if (!o.json && !o.n)
        printf("no matches\n");
    wt_store_close(db);
    return st == WT_EINVAL ? 2 : st ? 1 : 0;
}
