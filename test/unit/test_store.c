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

/* A fresh path for a database in /tmp (the file does not exist). */
static int temp_path(char path[32])
{
    snprintf(path, 32, "/tmp/warta-test-XXXXXX");
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return 0;
    close(fd);
    unlink(path);
    return 1;
}

/* Removes the database and its WAL files. */
static void remove_db(const char *path)
{
    char aux[64];
    unlink(path);
    snprintf(aux, sizeof aux, "%s-wal", path);
    unlink(aux);
    snprintf(aux, sizeof aux, "%s-shm", path);
    unlink(aux);
}

/* A store at path with the test root lexicon, and an engine; *db and
 * *eng stay NULL when they cannot be made (the failure is checked). */
static void open_fixture(const char *path, wt_store **db, wt_engine **eng)
{
    wt_store_options o;
    memset(&o, 0, sizeof o);
    o.dic_path = "test/data/mini_id.dic";
    wt_engine_options eo;
    memset(&eo, 0, sizeof eo);
    CHECK_INT(wt_store_open(path, &o, db), WT_OK);
    CHECK_INT(wt_engine_new(&eo, eng), WT_OK);
}

static int hits(void *ctx, const wt_search_hit *h)
{
    (void)h;
    ++*(int *)ctx;
    return 0;
}

TEST(store_batches_are_transactions)
{
    char path[32];
    if (!temp_path(path))
        return;
    wt_store *db = NULL;
    wt_engine *eng = NULL;
    wt_doc *d = NULL;
    open_fixture(path, &db, &eng);
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
    remove_db(path);
}

/* What wt_store_each gives back equals what was stored: entities with
 * aliases and mentions, times, quotes, claims, events, sentences. */
static const char STORY[] =
    "Korut Kirim Pasukan\n\nJakarta - Korea Utara (Korut) mengirim sekitar "
    "2.000 tentara ke Rusia pada Senin (3/3/2025), menurut badan intelijen "
    "Korea Selatan.\n\n\"Kami siap membantu,\" kata Kim Jong Un. Kim juga "
    "bertemu Presiden Rusia Vladimir Putin di Moskow kemarin.\n";

static int count_story(void *ctx, const char *id, const char *json, const char *text)
{
    CHECK(id && json && text && json[0] == '{');
    ++*(int *)ctx;
    return 0;
}

typedef struct each_ctx {
    const wt_doc *want;
    int seen;
} each_ctx;

static int same_str(const char *a, const char *b)
{
    return (!a || !b) ? a == b : !strcmp(a, b);
}

static int check_doc(void *arg, long long id, const char *key, const wt_doc *got)
{
    each_ctx *c = arg;
    const wt_doc *w = c->want;
    size_t n1, n2, l1, l2;
    c->seen++;
    CHECK(id > 0);
    CHECK_STR(key, "k.txt");
    CHECK_STR(wt_doc_id(got), wt_doc_id(w));
    CHECK_STR(wt_doc_title(got), wt_doc_title(w));
    CHECK_STR(wt_doc_published(got), wt_doc_published(w));
    const char *t1 = wt_doc_text(w, &l1), *t2 = wt_doc_text(got, &l2);
    CHECK(l1 == l2 && !memcmp(t1, t2, l1));
    const wt_span *s1 = wt_doc_sentences(w, &n1), *s2 = wt_doc_sentences(got, &n2);
    CHECK(n1 == n2 && !memcmp(s1, s2, n1 * sizeof *s1));
    wt_doc_tokens(w, &n1);
    wt_doc_tokens(got, &n2);
    CHECK_INT(n2, n1);
    const wt_entity *e1 = wt_doc_entities(w, &n1), *e2 = wt_doc_entities(got, &n2);
    CHECK_INT(n2, n1);
    CHECK(n1 >= 3);
    for (size_t i = 0; i < n1 && i < n2; i++) {
        CHECK_STR(e2[i].name, e1[i].name);
        CHECK_INT(e2[i].type, e1[i].type);
        CHECK(same_str(e2[i].role, e1[i].role));
        CHECK_INT(e2[i].n_aliases, e1[i].n_aliases);
        for (size_t k = 0; k < e1[i].n_aliases && k < e2[i].n_aliases; k++)
            CHECK_STR(e2[i].aliases[k], e1[i].aliases[k]);
        CHECK(e1[i].n_mentions == e2[i].n_mentions &&
              !memcmp(e1[i].mentions, e2[i].mentions, e1[i].n_mentions * sizeof(wt_span)));
    }
    const wt_time *m1 = wt_doc_times(w, &n1), *m2 = wt_doc_times(got, &n2);
    CHECK_INT(n2, n1);
    CHECK(n1 >= 1);
    for (size_t i = 0; i < n1 && i < n2; i++) {
        CHECK_STR(m2[i].value, m1[i].value);
        CHECK(m2[i].start == m1[i].start && m2[i].end == m1[i].end &&
              m2[i].type == m1[i].type && m2[i].mod == m1[i].mod);
    }
    const wt_quote *q1 = wt_doc_quotes(w, &n1), *q2 = wt_doc_quotes(got, &n2);
    CHECK_INT(n2, n1);
    CHECK(n1 >= 1);
    for (size_t i = 0; i < n1 && i < n2; i++) {
        CHECK(same_str(q2[i].speaker, q1[i].speaker) && same_str(q2[i].cue, q1[i].cue) &&
              same_str(q2[i].via, q1[i].via) && q2[i].direct == q1[i].direct &&
              q2[i].start == q1[i].start && q2[i].end == q1[i].end);
    }
    const wt_claim *c1 = wt_doc_claims(w, &n1), *c2 = wt_doc_claims(got, &n2);
    CHECK_INT(n2, n1);
    CHECK(n1 >= 1);
    for (size_t i = 0; i < n1 && i < n2; i++) {
        CHECK(c2[i].value == c1[i].value && c2[i].low == c1[i].low &&
              c2[i].high == c1[i].high && c2[i].qualifier == c1[i].qualifier);
        CHECK(same_str(c2[i].unit, c1[i].unit) && same_str(c2[i].measure, c1[i].measure) &&
              same_str(c2[i].subject, c1[i].subject) && same_str(c2[i].source, c1[i].source) &&
              same_str(c2[i].date, c1[i].date));
    }
    const wt_event *v1 = wt_doc_events(w, &n1), *v2 = wt_doc_events(got, &n2);
    CHECK_INT(n2, n1);
    for (size_t i = 0; i < n1 && i < n2; i++) {
        CHECK(same_str(v2[i].date, v1[i].date) && same_str(v2[i].action, v1[i].action) &&
              same_str(v2[i].place, v1[i].place) && v2[i].sentence == v1[i].sentence);
        CHECK_INT(v2[i].n_actors, v1[i].n_actors);
        for (size_t k = 0; k < v1[i].n_actors && k < v2[i].n_actors; k++)
            CHECK_STR(v2[i].actors[k], v1[i].actors[k]);
    }
    return 0;
}

TEST(store_each_gives_back_what_was_stored)
{
    char path[32];
    if (!temp_path(path))
        return;
    wt_store *db = NULL;
    wt_engine *eng = NULL;
    wt_doc *d = NULL;
    open_fixture(path, &db, &eng);
    CHECK_INT(wt_analyze(eng, "k.txt", STORY, sizeof STORY - 1, NULL, &d), WT_OK);
    if (!db || !d)
        goto out;
    CHECK_INT(wt_store_begin(db), WT_OK);
    CHECK_INT(wt_store_put(db, d, NULL, NULL), WT_OK);
    CHECK_INT(wt_store_commit(db), WT_OK);
    each_ctx c = {d, 0};
    CHECK_INT(wt_store_each(db, check_doc, &c), WT_OK);
    CHECK_INT(c.seen, 1);

    /* stories: stale until stored, then fresh, then stale after a put */
    int fresh = -1;
    CHECK_INT(wt_store_stories_fresh(db, &fresh), WT_OK);
    CHECK_INT(fresh, 0);
    wt_corpus *corpus = NULL;
    CHECK_INT(wt_corpus_new(&corpus), WT_OK);
    CHECK_INT(wt_corpus_add(corpus, d), WT_OK);
    CHECK_INT(wt_corpus_cluster(corpus), WT_OK);
    CHECK_INT(wt_store_put_stories(db, corpus), WT_OK);
    CHECK_INT(wt_store_stories_fresh(db, &fresh), WT_OK);
    CHECK_INT(fresh, 1);
    int k = 0;
    CHECK_INT(wt_store_stories(db, wt_corpus_story_id(corpus, 0), count_story, &k), WT_OK);
    CHECK_INT(k, 1);
    CHECK_INT(wt_store_stories(db, "s-none", count_story, &k), WT_ENOTFOUND);
    wt_corpus_free(corpus);
    wt_doc *d2 = NULL;
    static const char OTHER[] = "Judul\n\nBanjir di Bekasi pada Senin.\n";
    CHECK_INT(wt_analyze(eng, "o.txt", OTHER, sizeof OTHER - 1, NULL, &d2), WT_OK);
    CHECK_INT(wt_store_begin(db), WT_OK);
    CHECK_INT(wt_store_put(db, d2, NULL, NULL), WT_OK);
    CHECK_INT(wt_store_commit(db), WT_OK);
    wt_doc_free(d2);
    CHECK_INT(wt_store_stories_fresh(db, &fresh), WT_OK);
    CHECK_INT(fresh, 0);
out:
    wt_doc_free(d);
    wt_engine_free(eng);
    wt_store_close(db);
    remove_db(path);
}

/* Standing names: a query for one form of a name finds an article that
 * writes another (Kemensos / Kementerian Sosial; AS / Amerika Serikat),
 * and an all-capitals acronym does not match the lowercase word. */
TEST(store_search_standing_names)
{
    static const char A[] = "Bantuan Cair\n\nKementerian Sosial menyalurkan "
                            "bantuan kepada warga pada Senin.\n";
    static const char B[] = "Kunjungan\n\nPresiden bertemu utusan Amerika "
                            "Serikat di Jakarta.\n";
    static const char C[] = "Olahraga\n\nPemain itu bermain as a team, "
                            "kata pelatih.\n";
    char path[32];
    if (!temp_path(path))
        return;
    wt_store *db = NULL;
    wt_engine *eng = NULL;
    open_fixture(path, &db, &eng);
    if (!db || !eng)
        goto out;
    const char *texts[] = {A, B, C};
    const size_t lens[] = {sizeof A - 1, sizeof B - 1, sizeof C - 1};
    const char *keys[] = {"a.txt", "b.txt", "c.txt"};
    CHECK_INT(wt_store_begin(db), WT_OK);
    for (int i = 0; i < 3; i++) {
        wt_doc *d = NULL;
        wt_put_result r = 0;
        CHECK_INT(wt_analyze(eng, keys[i], texts[i], lens[i], NULL, &d), WT_OK);
        if (d)
            CHECK_INT(wt_store_put(db, d, NULL, &r), WT_OK);
        wt_doc_free(d);
    }
    CHECK_INT(wt_store_commit(db), WT_OK);
    wt_search_query q;
    memset(&q, 0, sizeof q);
    int k = 0;
    q.query = "Kemensos";
    CHECK_INT(wt_store_search(db, &q, hits, &k), WT_OK);
    CHECK_INT(k, 1);
    k = 0;
    q.query = "kementerian sosial";
    CHECK_INT(wt_store_search(db, &q, hits, &k), WT_OK);
    CHECK_INT(k, 1);
    k = 0;
    q.query = "Amerika Serikat";
    CHECK_INT(wt_store_search(db, &q, hits, &k), WT_OK);
    CHECK_INT(k, 1); /* "as a team" is not a form of the name */
    k = 0;
    q.query = "AS";
    CHECK_INT(wt_store_search(db, &q, hits, &k), WT_OK);
    CHECK_INT(k, 2); /* the name's form in B, the word "as" in C */
    k = 0;
    q.query = "Kemensos OR pelatih";
    CHECK_INT(wt_store_search(db, &q, hits, &k), WT_OK);
    CHECK_INT(k, 2);
out:
    wt_engine_free(eng);
    wt_store_close(db);
    remove_db(path);
}
