/* test_store.c - store transactions: a rolled-back batch leaves nothing,
 * a put outside a batch is refused, the same content is stored once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "warta.h"

static const char ART[] =
    "Banjir Rendam Bekasi\n\nBanjir merendam ratusan rumah di Bekasi, "
    "Jawa Barat, pada Senin (3/3/2025). Warga mengungsi ke masjid.\n";

static int hits(void *ctx, const wt_search_hit *h)
{
    (void)h;
    ++*(int *)ctx;
    return 0;
}

TEST(store_batches_are_transactions)
{
    char path[] = "/tmp/warta-test-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    close(fd);
    unlink(path);
    wt_store_options o;
    memset(&o, 0, sizeof o);
    o.dic_path = "test/data/mini_id.dic";
    wt_store *db = NULL;
    wt_engine *eng = NULL;
    wt_engine_options eo;
    memset(&eo, 0, sizeof eo);
    wt_doc *d = NULL;
    CHECK_INT(wt_store_open(path, &o, &db), WT_OK);
    CHECK_INT(wt_engine_new(&eo, &eng), WT_OK);
    CHECK_INT(wt_analyze(eng, "a.txt", ART, sizeof ART - 1, NULL, &d), WT_OK);
    if (!db || !d)
        goto out;
    wt_put_result r = 0;
    long long n = -1;
    CHECK_INT(wt_store_put(db, d, NULL, &r), WT_ESTATE); /* no batch */
    CHECK_INT(wt_store_begin(db), WT_OK);
    CHECK_INT(wt_store_put(db, d, NULL, &r), WT_OK);
    CHECK_INT(r, WT_PUT_ADDED);
    wt_store_rollback(db);
    CHECK_INT(wt_store_count(db, &n), WT_OK);
    CHECK_INT(n, 0);
    CHECK_INT(wt_store_begin(db), WT_OK);
    CHECK_INT(wt_store_put(db, d, NULL, &r), WT_OK);
    CHECK_INT(wt_store_put(db, d, "other-key", &r), WT_OK);
    CHECK_INT(r, WT_PUT_SAME);
    CHECK_INT(wt_store_commit(db), WT_OK);
    CHECK_INT(wt_store_count(db, &n), WT_OK);
    CHECK_INT(n, 1);
    int k = 0;
    wt_search_query q;
    memset(&q, 0, sizeof q);
    q.query = "mengungsi";
    CHECK_INT(wt_store_search(db, &q, hits, &k), WT_OK);
    CHECK_INT(k, 1);
    q.query = "   ";
    CHECK_INT(wt_store_search(db, &q, hits, &k), WT_EINVAL);
out:
    wt_doc_free(d);
    wt_engine_free(eng);
    wt_store_close(db);
    char aux[64];
    unlink(path);
    snprintf(aux, sizeof aux, "%s-wal", path);
    unlink(aux);
    snprintf(aux, sizeof aux, "%s-shm", path);
    unlink(aux);
}
