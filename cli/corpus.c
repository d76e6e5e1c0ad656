/* corpus.c - shared by `warta stories`, `warta report` and `warta ingest`:
 * a story corpus from files and directories (analyzed, recursively, in
 * sorted order) or from the articles stored in a database. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "warta.h"

typedef struct ctx {
    wt_engine *eng;
    wt_corpus *corpus;
    const char *cmd;
    int failed;
    size_t added;
} ctx;

static void add_file(ctx *c, const char *path)
{
    char *buf = NULL;
    size_t len = 0;
    int err = cli_read_file(path, (size_t)64 << 20, &buf, &len);
    if (err) {
        fprintf(stderr, "warta %s: %s: %s\n", c->cmd, path,
                err == EFBIG ? "file too large" : strerror(err));
        c->failed = 1;
        return;
    }
    wt_doc *d = NULL;
    wt_status st = wt_analyze(c->eng, path, buf, len, NULL, &d);
    free(buf);
    if (!st)
        st = wt_corpus_add(c->corpus, d);
    wt_doc_free(d);
    if (st) {
        fprintf(stderr, "warta %s: %s: %s\n", c->cmd, path, wt_strerror(st));
        c->failed = 1;
        return;
    }
    c->added++;
}

int cli_build_corpus(const char *cmd, int argc, char **argv, wt_corpus **out)
{
    ctx c = {NULL, NULL, cmd, 0, 0};
    wt_engine_options eo;
    memset(&eo, 0, sizeof eo);
    wt_status st = wt_engine_new(&eo, &c.eng);
    if (!st)
        st = wt_corpus_new(&c.corpus);
    if (st) {
        fprintf(stderr, "warta %s: %s\n", cmd, wt_strerror(st));
        wt_engine_free(c.eng);
        return 2;
    }
    cli_files files = {NULL, 0, 0};
    for (int i = 0; i < argc; i++)
        if (cli_list_files(cmd, argv[i], cli_is_txt, &files))
            c.failed = 1;
    for (size_t i = 0; i < files.n; i++)
        add_file(&c, files.v[i]);
    cli_files_free(&files);
    wt_engine_free(c.eng);
    st = wt_corpus_cluster(c.corpus);
    if (st) {
        fprintf(stderr, "warta %s: clustering: %s\n", cmd, wt_strerror(st));
        wt_corpus_free(c.corpus);
        return 2;
    }
    *out = c.corpus;
    return c.failed;
}

int cli_open_db(const char *cmd, const char *path, const char *dic, wt_store **out)
{
    wt_store_options so;
    memset(&so, 0, sizeof so);
    so.dic_path = dic;
    wt_status st = wt_store_open(path, &so, out);
    if (st) {
        fprintf(stderr, "warta %s: %s: %s\n", cmd, path,
                *out ? wt_store_errmsg(*out) : wt_strerror(st));
        wt_store_close(*out);
        *out = NULL;
        return 1;
    }
    return 0;
}

typedef struct db_ctx {
    wt_corpus *corpus;
    wt_status st;
} db_ctx;

static int add_stored(void *arg, long long id, const char *key, const wt_doc *d)
{
    (void)id;
    (void)key;
    db_ctx *c = arg;
    c->st = wt_corpus_add(c->corpus, d);
    return c->st != WT_OK;
}

int cli_db_corpus(const char *cmd, wt_store *db, int save, wt_corpus **out)
{
    *out = NULL;
    db_ctx c = {NULL, WT_OK};
    wt_status st = wt_corpus_new(&c.corpus);
    if (!st) /* the store's stemmer: id_ID.dic is read once */
        st = wt_corpus_set_stemmer(c.corpus, wt_store_stemmer(db));
    if (!st)
        st = wt_store_each(db, add_stored, &c);
    if (!st)
        st = c.st;
    if (!st)
        st = wt_corpus_cluster(c.corpus);
    if (st) {
        fprintf(stderr, "warta %s: reading the stored articles: %s%s%s\n", cmd,
                wt_strerror(st), st == WT_EDB ? ": " : "",
                st == WT_EDB ? wt_store_errmsg(db) : "");
        wt_corpus_free(c.corpus);
        return 2;
    }
    if (save && (st = wt_store_put_stories(db, c.corpus))) {
        fprintf(stderr, "warta %s: storing stories: %s\n", cmd,
                st == WT_EDB ? wt_store_errmsg(db) : wt_strerror(st));
        wt_corpus_free(c.corpus);
        return 2;
    }
    *out = c.corpus;
    return 0;
}
