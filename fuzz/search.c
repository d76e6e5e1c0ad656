/*
 * search.c - libFuzzer target over the stemmer, the FTS5 tokenizer and the
 * query translator: the input is stemmed line by line, stored as an
 * article in an in-memory database and used as a search query.  Built and
 * run by `make fuzz`.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "warta.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int sink(void *ctx, const wt_search_hit *h)
{
    (void)ctx;
    (void)h;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static wt_engine *eng;
    static wt_stemmer *st;
    static wt_store *db;
    if (!eng) {
        wt_engine_options o = {0};
        wt_store_options so = {0};
        so.dic_path = "test/data/mini_id.dic";
        if (wt_engine_new(&o, &eng) != WT_OK ||
            wt_stemmer_new(so.dic_path, &st) != WT_OK ||
            wt_store_open(":memory:", &so, &db) != WT_OK)
            abort();
    }
    if (size > 4096)
        return 0;
    const char *s = (const char *)data;
    for (size_t a = 0, i = 0; i <= size; i++)
        if (i == size || s[i] == '\n') {
            wt_stem_result r;
            wt_stem(st, s + a, i - a, &r);
            if (r.len > WT_STEM_MAX || strlen(r.stem) > r.len)
                abort();
            a = i + 1;
        }
    wt_doc *doc = NULL;
    if (wt_analyze(eng, "fuzz", s, size, NULL, &doc) == WT_OK) {
        if (wt_store_begin(db) == WT_OK) {
            wt_put_result pr;
            if (wt_store_put(db, doc, NULL, &pr) == WT_OK)
                (void)wt_store_commit(db);
            else
                wt_store_rollback(db);
        }
        wt_doc_free(doc);
    }
    char *q = malloc(size + 1);
    if (!q)
        return 0;
    memcpy(q, s, size);
    q[size] = 0;
    wt_search_query sq = {0};
    sq.query = q;
    (void)wt_store_search(db, &sq, sink, NULL);
    free(q);
    return 0;
}
