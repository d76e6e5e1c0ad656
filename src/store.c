/*
 * store.c - the SQLite store: schema and migrations, batched idempotent
 * writes, ranked search (see warta.h, store section, and docs/store.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"

#define SCHEMA_VERSION 3

/* Migration i takes a database from user_version i to i + 1.  %s is the
 * FTS5 tokenizer. */
static const char *const MIGRATIONS[SCHEMA_VERSION] = {
    /* 0 -> 1 */
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
    "CREATE TABLE articles("
    "  id INTEGER PRIMARY KEY,"
    "  key TEXT NOT NULL,"
    "  content_id TEXT NOT NULL UNIQUE,"
    "  version INTEGER NOT NULL,"
    "  latest INTEGER NOT NULL DEFAULT 1,"
    "  path TEXT, outlet TEXT, title TEXT, deck TEXT, published TEXT,"
    "  byline TEXT, dateline TEXT, repaired INTEGER NOT NULL DEFAULT 0,"
    "  body TEXT NOT NULL,"
    "  ingested TEXT NOT NULL DEFAULT (strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ','now')));"
    "CREATE INDEX articles_key ON articles(key, version);"
    "CREATE INDEX articles_published ON articles(published);"
    "CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);"
    "CREATE TABLE sentences(article_id INTEGER NOT NULL REFERENCES articles(id)"
    "  ON DELETE CASCADE, idx INTEGER NOT NULL, start INTEGER, end INTEGER,"
    "  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;"
    "CREATE TABLE entities(id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL"
    "  REFERENCES articles(id) ON DELETE CASCADE, name TEXT NOT NULL,"
    "  type TEXT, role TEXT, mentions INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX entities_article ON entities(article_id);"
    "CREATE INDEX entities_name ON entities(name COLLATE NOCASE);"
    "CREATE TABLE aliases(entity_id INTEGER NOT NULL REFERENCES entities(id)"
    "  ON DELETE CASCADE, alias TEXT NOT NULL);"
    "CREATE INDEX aliases_entity ON aliases(entity_id);"
    "CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);"
    "CREATE TABLE mentions(entity_id INTEGER NOT NULL REFERENCES entities(id)"
    "  ON DELETE CASCADE, start INTEGER NOT NULL, end INTEGER NOT NULL);"
    "CREATE INDEX mentions_entity ON mentions(entity_id);"
    "CREATE TABLE times(article_id INTEGER NOT NULL REFERENCES articles(id)"
    "  ON DELETE CASCADE, start INTEGER, end INTEGER, text TEXT, type TEXT,"
    "  value TEXT, mod TEXT);"
    "CREATE INDEX times_article ON times(article_id);"
    "CREATE INDEX times_value ON times(value);"
    "CREATE TABLE quotes(article_id INTEGER NOT NULL REFERENCES articles(id)"
    "  ON DELETE CASCADE, start INTEGER, end INTEGER, text TEXT,"
    "  speaker TEXT, cue TEXT, via TEXT, direct INTEGER);"
    "CREATE INDEX quotes_article ON quotes(article_id);"
    "CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);"
    "CREATE TABLE claims(article_id INTEGER NOT NULL REFERENCES articles(id)"
    "  ON DELETE CASCADE, start INTEGER, end INTEGER, text TEXT, value REAL,"
    "  low REAL, high REAL, qualifier TEXT, unit TEXT, measure TEXT,"
    "  subject TEXT, source TEXT, date TEXT);"
    "CREATE INDEX claims_article ON claims(article_id);"
    "CREATE INDEX claims_measure ON claims(measure, subject);"
    "CREATE TABLE events(article_id INTEGER NOT NULL REFERENCES articles(id)"
    "  ON DELETE CASCADE, date TEXT, action TEXT, actors TEXT, place TEXT,"
    "  sentence INTEGER);"
    "CREATE INDEX events_article ON events(article_id);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body,"
    "  content='articles', content_rowid='id', tokenize='%s');"
    "INSERT INTO meta VALUES('tokenizer', '%s');",
    /* 1 -> 2: stories (wt_store_put_stories) */
    "CREATE TABLE stories(id TEXT PRIMARY KEY, rank INTEGER NOT NULL,"
    "  articles INTEGER NOT NULL, json TEXT NOT NULL, text TEXT NOT NULL);"
    "CREATE INDEX stories_rank ON stories(rank);"
    "CREATE TABLE story_members(story_id TEXT NOT NULL REFERENCES stories(id)"
    "  ON DELETE CASCADE, article_id INTEGER NOT NULL REFERENCES articles(id)"
    "  ON DELETE CASCADE, duplicate_of INTEGER REFERENCES articles(id),"
    "  PRIMARY KEY(story_id, article_id)) WITHOUT ROWID;"
    "CREATE INDEX story_members_article ON story_members(article_id);",
    /* 2 -> 3: the other keys (URLs, paths) an identical text came under */
    "CREATE TABLE copies(article_id INTEGER NOT NULL REFERENCES articles(id)"
    "  ON DELETE CASCADE, key TEXT NOT NULL, outlet TEXT, published TEXT,"
    "  PRIMARY KEY(article_id, key)) WITHOUT ROWID;"
    "CREATE INDEX copies_key ON copies(key);",
};

enum {
    Q_FIND_CONTENT,
    Q_MAX_VERSION,
    Q_UNLATEST,
    Q_ARTICLE,
    Q_FTS,
    Q_SENTENCE,
    Q_ENTITY,
    Q_ALIAS,
    Q_MENTION,
    Q_TIME,
    Q_QUOTE,
    Q_CLAIM,
    Q_EVENT,
    Q_COPY,
    N_QUERIES
};

_Static_assert((int)N_QUERIES == (int)WTI_STORE_QUERIES, "store.h query count");

static const char *const SQL[N_QUERIES] = {
    "SELECT id, key FROM articles WHERE content_id = ?1",
    "SELECT max(version) FROM articles WHERE key = ?1",
    "UPDATE articles SET latest = 0 WHERE key = ?1 AND latest = 1",
    "INSERT INTO articles(key, content_id, version, path, outlet, title, deck,"
    " published, byline, dateline, repaired, body)"
    " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
    "INSERT INTO articles_fts(rowid, title, body) VALUES(?1, ?2, ?3)",
    "INSERT INTO sentences VALUES(?1, ?2, ?3, ?4)",
    "INSERT INTO entities(article_id, name, type, role, mentions)"
    " VALUES(?1,?2,?3,?4,?5)",
    "INSERT INTO aliases VALUES(?1, ?2)",
    "INSERT INTO mentions VALUES(?1, ?2, ?3)",
    "INSERT INTO times VALUES(?1,?2,?3,?4,?5,?6,?7)",
    "INSERT INTO quotes VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    "INSERT INTO claims VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
    "INSERT INTO events VALUES(?1,?2,?3,?4,?5,?6)",
    "INSERT OR IGNORE INTO copies VALUES(?1,?2,?3,?4)",
};

int wt_store_schema_version(void) { return SCHEMA_VERSION; }

const wt_stemmer *wt_store_stemmer(const wt_store *db)
{
    return db ? db->stemmer : NULL;
}

const char *wt_store_errmsg(const wt_store *db)
{
    return db ? db->err : "no database";
}

wt_status wti_store_fail(wt_store *s, const char *what)
{
    snprintf(s->err, sizeof s->err, "%s: %s", what,
             s->db ? sqlite3_errmsg(s->db) : "cannot open");
    return WT_EDB;
}

wt_status wti_store_exec(wt_store *s, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(s->err, sizeof s->err, "%s", msg ? msg : "SQLite error");
        sqlite3_free(msg);
        return WT_EDB;
    }
    return WT_OK;
}

static int user_version(wt_store *s)
{
    sqlite3_stmt *q;
    int v = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &q, NULL) ==
        SQLITE_OK) {
        if (sqlite3_step(q) == SQLITE_ROW)
            v = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
    }
    return v;
}

static int valid_tokenizer(const char *t)
{
    for (const char *p = t; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
              *p == ' ' || *p == '_'))
            return 0;
    return *t != 0;
}

static wt_status migrate(wt_store *s, const char *tokenizer)
{
    int v = user_version(s);
    if (v < 0)
        return wti_store_fail(s, "reading the schema version");
    if (v > SCHEMA_VERSION) {
        snprintf(s->err, sizeof s->err,
                 "database schema %d is newer than this warta (%d)", v,
                 SCHEMA_VERSION);
        return WT_ESTATE;
    }
    for (; v < SCHEMA_VERSION; v++) {
        char *sql = sqlite3_mprintf(MIGRATIONS[v], tokenizer, tokenizer);
        if (!sql)
            return WT_ENOMEM;
        wt_status st = wti_store_exec(s, "BEGIN IMMEDIATE");
        if (!st)
            st = wti_store_exec(s, sql);
        sqlite3_free(sql);
        if (!st) {
            char pv[64];
            snprintf(pv, sizeof pv, "PRAGMA user_version = %d", v + 1);
            st = wti_store_exec(s, pv);
        }
        if (!st)
            st = wti_store_exec(s, "COMMIT");
        if (st) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return st;
        }
    }
    return WT_OK;
}

wt_status wt_store_open(const char *path, const wt_store_options *opt,
                        wt_store **out)
{
    *out = NULL;
    if (!path)
        return WT_EINVAL;
    wt_store *s = calloc(1, sizeof *s);
    if (!s)
        return WT_ENOMEM;
    const char *tok = opt && opt->tokenizer ? opt->tokenizer : "warta";
    int ro = opt && opt->readonly;
    wt_status st = WT_OK;
    if (!valid_tokenizer(tok)) {
        snprintf(s->err, sizeof s->err, "bad tokenizer name '%s'", tok);
        st = WT_EINVAL;
    }
    if (!st) {
        st = wt_stemmer_new(opt ? opt->dic_path : NULL, &s->stemmer);
        if (st)
            snprintf(s->err, sizeof s->err,
                     "cannot load the stemmer's root lexicon (hunspell-id "
                     "id_ID.dic): %s", wt_strerror(st));
    }
    if (!st && (st = wti_fts_shared_init(&s->fts, s->stemmer)) == WT_OK)
        s->fts_ready = 1;
    if (!st) {
        int flags = ro ? SQLITE_OPEN_READONLY
                       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX,
                            NULL) != SQLITE_OK)
            st = wti_store_fail(s, path);
    }
    if (!st)
        st = wti_fts_register(s->db, &s->fts);
    if (!st)
        sqlite3_busy_timeout(s->db, 5000);
    if (!st && !ro)
        st = wti_store_exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                     "PRAGMA foreign_keys = ON;");
    if (!st && !ro)
        st = migrate(s, tok);
    if (!st && ro && user_version(s) != SCHEMA_VERSION) {
        snprintf(s->err, sizeof s->err, "%s is not a warta database (schema "
                 "%d, want %d)", path, user_version(s), SCHEMA_VERSION);
        st = user_version(s) > SCHEMA_VERSION ? WT_ESTATE : WT_EDB;
    }
    if (!st) {
        sqlite3_stmt *q;
        if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = "
                               "'tokenizer'", -1, &q, NULL) == SQLITE_OK) {
            if (sqlite3_step(q) == SQLITE_ROW) {
                const char *t = (const char *)sqlite3_column_text(q, 0);
                s->both_forms = t && !strncmp(t, "warta", 5) &&
                                !strstr(t, "nostem");
            }
            sqlite3_finalize(q);
        }
    }
    for (int i = 0; !st && !ro && i < N_QUERIES; i++)
        if (sqlite3_prepare_v3(s->db, SQL[i], -1, SQLITE_PREPARE_PERSISTENT,
                               &s->q[i], NULL) != SQLITE_OK)
            st = wti_store_fail(s, "preparing statements");
    if (st) {
        /* the handle now only answers wt_store_errmsg() */
        for (int i = 0; i < N_QUERIES; i++) {
            sqlite3_finalize(s->q[i]);
            s->q[i] = NULL;
        }
        if (s->db)
            sqlite3_close(s->db);
        s->db = NULL;
    }
    *out = s;
    return st;
}

void wt_store_close(wt_store *s)
{
    if (!s)
        return;
    if (s->in_batch)
        wt_store_rollback(s);
    for (int i = 0; i < N_QUERIES; i++)
        sqlite3_finalize(s->q[i]);
    if (s->db)
        sqlite3_close(s->db);
    if (s->fts_ready)
        wti_fts_shared_free(&s->fts);
    wt_stemmer_free(s->stemmer);
    free(s);
}

wt_status wt_store_begin(wt_store *s)
{
    if (!s || !s->db || s->in_batch)
        return WT_ESTATE;
    wt_status st = wti_store_exec(s, "BEGIN IMMEDIATE");
    if (!st)
        s->in_batch = 1;
    return st;
}

wt_status wt_store_commit(wt_store *s)
{
    if (!s || !s->in_batch)
        return WT_ESTATE;
    wt_status st = wti_store_exec(s, "COMMIT");
    if (st) {
        wt_store_rollback(s);
        return st;
    }
    s->in_batch = 0;
    return WT_OK;
}

void wt_store_rollback(wt_store *s)
{
    if (!s || !s->in_batch)
        return;
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_batch = 0;
}

/* ---- writing one article ----------------------------------------------- */

static void bind_text(sqlite3_stmt *q, int i, const char *t)
{
    if (t)
        sqlite3_bind_text(q, i, t, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(q, i);
}

static void bind_slice(sqlite3_stmt *q, int i, const char *text, size_t len,
                       uint32_t a, uint32_t b)
{
    if (a <= b && b <= len)
        sqlite3_bind_text(q, i, text + a, (int)(b - a), SQLITE_STATIC);
    else
        sqlite3_bind_null(q, i);
}

static wt_status step(wt_store *s, sqlite3_stmt *q, const char *what)
{
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? WT_OK : wti_store_fail(s, what);
}

static wt_status put_parts(wt_store *s, sqlite3_int64 id, const wt_doc *d)
{
    size_t tlen, n;
    const char *text = wt_doc_text(d, &tlen);
    wt_status st = WT_OK;
    sqlite3_stmt *q;

    const wt_span *sp = wt_doc_sentences(d, &n);
    q = s->q[Q_SENTENCE];
    for (size_t i = 0; !st && i < n; i++) {
        sqlite3_bind_int64(q, 1, id);
        sqlite3_bind_int64(q, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(q, 3, sp[i].start);
        sqlite3_bind_int64(q, 4, sp[i].end);
        st = step(s, q, "storing sentences");
    }

    const wt_entity *e = wt_doc_entities(d, &n);
    for (size_t i = 0; !st && i < n; i++) {
        q = s->q[Q_ENTITY];
        sqlite3_bind_int64(q, 1, id);
        bind_text(q, 2, e[i].name);
        bind_text(q, 3, wt_entity_type_name(e[i].type));
        bind_text(q, 4, e[i].role);
        sqlite3_bind_int64(q, 5, (sqlite3_int64)e[i].n_mentions);
        st = step(s, q, "storing entities");
        sqlite3_int64 eid = sqlite3_last_insert_rowid(s->db);
        for (size_t k = 0; !st && k < e[i].n_aliases; k++) {
            q = s->q[Q_ALIAS];
            sqlite3_bind_int64(q, 1, eid);
            bind_text(q, 2, e[i].aliases[k]);
            st = step(s, q, "storing aliases");
        }
        for (size_t k = 0; !st && k < e[i].n_mentions; k++) {
            q = s->q[Q_MENTION];
            sqlite3_bind_int64(q, 1, eid);
            sqlite3_bind_int64(q, 2, e[i].mentions[k].start);
            sqlite3_bind_int64(q, 3, e[i].mentions[k].end);
            st = step(s, q, "storing mentions");
        }
    }

    const wt_time *t = wt_doc_times(d, &n);
    q = s->q[Q_TIME];
    for (size_t i = 0; !st && i < n; i++) {
        sqlite3_bind_int64(q, 1, id);
        sqlite3_bind_int64(q, 2, t[i].start);
        sqlite3_bind_int64(q, 3, t[i].end);
        bind_slice(q, 4, text, tlen, t[i].start, t[i].end);
        bind_text(q, 5, wt_time_type_name(t[i].type));
        bind_text(q, 6, t[i].value);
        bind_text(q, 7, wt_time_mod_name(t[i].mod));
        st = step(s, q, "storing times");
    }

    const wt_quote *qu = wt_doc_quotes(d, &n);
    q = s->q[Q_QUOTE];
    for (size_t i = 0; !st && i < n; i++) {
        sqlite3_bind_int64(q, 1, id);
        sqlite3_bind_int64(q, 2, qu[i].start);
        sqlite3_bind_int64(q, 3, qu[i].end);
        bind_slice(q, 4, text, tlen, qu[i].start, qu[i].end);
        bind_text(q, 5, qu[i].speaker);
        bind_text(q, 6, qu[i].cue);
        bind_text(q, 7, qu[i].via);
        sqlite3_bind_int(q, 8, qu[i].direct);
        st = step(s, q, "storing quotes");
    }

    const wt_claim *c = wt_doc_claims(d, &n);
    q = s->q[Q_CLAIM];
    for (size_t i = 0; !st && i < n; i++) {
        sqlite3_bind_int64(q, 1, id);
        sqlite3_bind_int64(q, 2, c[i].start);
        sqlite3_bind_int64(q, 3, c[i].end);
        bind_slice(q, 4, text, tlen, c[i].start, c[i].end);
        sqlite3_bind_double(q, 5, c[i].value);
        sqlite3_bind_double(q, 6, c[i].low);
        sqlite3_bind_double(q, 7, c[i].high);
        bind_text(q, 8, wt_qualifier_name(c[i].qualifier));
        bind_text(q, 9, c[i].unit);
        bind_text(q, 10, c[i].measure);
        bind_text(q, 11, c[i].subject);
        bind_text(q, 12, c[i].source);
        bind_text(q, 13, c[i].date);
        st = step(s, q, "storing claims");
    }

    const wt_event *ev = wt_doc_events(d, &n);
    q = s->q[Q_EVENT];
    for (size_t i = 0; !st && i < n; i++) {
        char actors[1024];
        size_t o = 0;
        actors[0] = 0;
        for (size_t k = 0; k < ev[i].n_actors && o + 1 < sizeof actors; k++)
            o += (size_t)snprintf(actors + o, sizeof actors - o, "%s%s",
                                  k ? "; " : "", ev[i].actors[k]);
        if (o >= sizeof actors)
            o = sizeof actors - 1;
        sqlite3_bind_int64(q, 1, id);
        bind_text(q, 2, ev[i].date);
        bind_text(q, 3, ev[i].action);
        sqlite3_bind_text(q, 4, actors, (int)o, SQLITE_TRANSIENT);
        bind_text(q, 5, ev[i].place);
        sqlite3_bind_int64(q, 6, (sqlite3_int64)ev[i].sentence);
        st = step(s, q, "storing events");
    }
    return st;
}

wt_status wt_store_put(wt_store *s, const wt_doc *d, const char *key,
                       wt_put_result *result)
{
    if (!s || !d)
        return WT_EINVAL;
    if (!s->in_batch)
        return WT_ESTATE;
    const char *cid = wt_doc_id(d);
    const char *path = wt_doc_path(d);
    if (!key || !*key)
        key = (path && strcmp(path, "-")) ? path : cid;

    sqlite3_stmt *q = s->q[Q_FIND_CONTENT];
    bind_text(q, 1, cid);
    int rc = sqlite3_step(q);
    sqlite3_int64 same_id = 0;
    int other_key = 0;
    if (rc == SQLITE_ROW) {
        const char *k0 = (const char *)sqlite3_column_text(q, 1);
        same_id = sqlite3_column_int64(q, 0);
        other_key = !k0 || strcmp(k0, key) != 0;
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc == SQLITE_ROW) {
        /* the same text under another key (a syndicated copy) */
        if (other_key) {
            q = s->q[Q_COPY];
            sqlite3_bind_int64(q, 1, same_id);
            bind_text(q, 2, key);
            bind_text(q, 3, wt_doc_outlet(d));
            bind_text(q, 4, wt_doc_published(d));
            wt_status st = step(s, q, "recording a copy");
            if (st)
                return st;
        }
        if (result)
            *result = WT_PUT_SAME;
        return WT_OK;
    }
    if (rc != SQLITE_DONE)
        return wti_store_fail(s, "looking up the content id");

    wt_status st = wti_store_exec(s, "SAVEPOINT put");
    if (st)
        return st;
    q = s->q[Q_MAX_VERSION];
    bind_text(q, 1, key);
    sqlite3_int64 version = 0;
    rc = sqlite3_step(q);
    if (rc == SQLITE_ROW && sqlite3_column_type(q, 0) != SQLITE_NULL)
        version = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_ROW)
        st = wti_store_fail(s, "reading versions");
    if (!st && version) {
        q = s->q[Q_UNLATEST];
        bind_text(q, 1, key);
        st = step(s, q, "marking the old version");
    }
    size_t tlen;
    const char *text = wt_doc_text(d, &tlen);
    char dateline[256];
    const char *pl = wt_doc_dateline_place(d), *ag = wt_doc_dateline_agency(d);
    snprintf(dateline, sizeof dateline, "%s%s%s", pl ? pl : "",
             pl && ag ? ", " : "", ag ? ag : "");
    sqlite3_int64 id = 0;
    if (!st) {
        q = s->q[Q_ARTICLE];
        bind_text(q, 1, key);
        bind_text(q, 2, cid);
        sqlite3_bind_int64(q, 3, version + 1);
        bind_text(q, 4, path);
        bind_text(q, 5, wt_doc_outlet(d));
        bind_text(q, 6, wt_doc_title(d));
        bind_text(q, 7, wt_doc_deck(d));
        bind_text(q, 8, wt_doc_published(d));
        bind_text(q, 9, wt_doc_byline(d));
        bind_text(q, 10, dateline[0] ? dateline : NULL);
        sqlite3_bind_int64(q, 11, (sqlite3_int64)wt_doc_repaired(d));
        sqlite3_bind_text(q, 12, text ? text : "", (int)tlen, SQLITE_STATIC);
        st = step(s, q, "storing the article");
        id = sqlite3_last_insert_rowid(s->db);
    }
    if (!st) {
        q = s->q[Q_FTS];
        sqlite3_bind_int64(q, 1, id);
        bind_text(q, 2, wt_doc_title(d));
        sqlite3_bind_text(q, 3, text ? text : "", (int)tlen, SQLITE_STATIC);
        st = step(s, q, "indexing the article");
    }
    if (!st)
        st = put_parts(s, id, d);
    if (st) {
        sqlite3_exec(s->db, "ROLLBACK TO put; RELEASE put", NULL, NULL, NULL);
        return st;
    }
    st = wti_store_exec(s, "RELEASE put");
    if (!st && result)
        *result = version ? WT_PUT_VERSION : WT_PUT_ADDED;
    return st;
}

wt_status wt_store_count(wt_store *s, long long *n)
{
    sqlite3_stmt *q;
    *n = 0;
    if (!s || !s->db)
        return WT_ESTATE;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT count(*) FROM articles WHERE latest = 1",
                           -1, &q, NULL) != SQLITE_OK)
        return wti_store_fail(s, "counting");
    if (sqlite3_step(q) == SQLITE_ROW)
        *n = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return WT_OK;
}

/* ---- search ------------------------------------------------------------ */

/* One item of a user query. */
typedef struct qitem {
    const char *a;
    size_t n;
    char kind; /* 'w' bare word, 'q' "phrase", 'o' OR/AND/NOT, '(' or ')' */
    int star;
} qitem;

/* Appends word or phrase (a, n) as a quoted FTS5 string; with both, as
 * ("=W" OR "W"). */
static void put_term(sqlite3_str *o, const char *a, size_t n, int star, int both)
{
    for (int pass = both ? 0 : 1; pass < 2; pass++) {
        if (both)
            sqlite3_str_appendall(o, pass == 0 ? " (" : " OR");
        sqlite3_str_appendall(o, pass == 0 ? " \"=" : " \"");
        for (size_t i = 0; i < n; i++) {
            if (a[i] == '"')
                sqlite3_str_appendchar(o, 1, '"');
            sqlite3_str_appendchar(o, 1, a[i]);
        }
        sqlite3_str_appendall(o, star ? "\"*" : "\"");
    }
    if (both)
        sqlite3_str_appendall(o, ")");
}

/* The user's query as an FTS5 expression: every bare word becomes a quoted
 * string (so hyphens, dots and digits never break the syntax), "phrases"
 * stay phrases, OR / AND / NOT and parentheses stay operators, a trailing
 * * stays a prefix mark.  With both_forms each word or phrase W becomes
 * ("=W" OR "W"): the surface form and the stem, so an article with the
 * exact form scores on both and ranks above one with another form of the
 * stem (fts.c).  With sh, bare words that form a standing name (Kemensos,
 * Bank Indonesia) also match the name's index token: (words OR "#name"). */
static char *translate(const char *q, int both, const wti_fts_shared *sh)
{
    size_t cap = 16, ni = 0;
    qitem *it = malloc(cap * sizeof *it);
    const char *p = q;
    while (it && *p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p)
            break;
        if (ni == cap) {
            qitem *g = realloc(it, 2 * cap * sizeof *it);
            if (!g) {
                free(it);
                it = NULL;
                break;
            }
            it = g;
            cap *= 2;
        }
        qitem *x = &it[ni];
        memset(x, 0, sizeof *x);
        if (*p == '(' || *p == ')') {
            x->kind = *p++;
            ni++;
            continue;
        }
        const char *a = p;
        int quoted = *p == '"';
        if (quoted) {
            a = ++p;
            while (*p && *p != '"')
                p++;
        } else {
            while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '(' &&
                   *p != ')' && *p != '"')
                p++;
        }
        size_t n = (size_t)(p - a);
        if (quoted && *p == '"')
            p++;
        x->star = !quoted && n > 1 && a[n - 1] == '*';
        if (x->star)
            n--;
        if (n == 0)
            continue;
        x->a = a;
        x->n = n;
        x->kind = quoted ? 'q' : 'w';
        if (!quoted && ((n == 2 && !memcmp(a, "OR", 2)) ||
                        (n == 3 && (!memcmp(a, "AND", 3) || !memcmp(a, "NOT", 3)))))
            x->kind = 'o';
        ni++;
    }
    if (!it)
        return NULL;
    sqlite3_str *o = sqlite3_str_new(NULL);
    int terms = 0, need_op = 0;
    for (size_t i = 0; i < ni; i++) {
        qitem *x = &it[i];
        if (x->kind == '(' || x->kind == ')') {
            if (x->kind == '(' && need_op) /* FTS5 has no implicit AND here */
                sqlite3_str_appendall(o, " AND");
            need_op = x->kind == ')';
            sqlite3_str_appendf(o, " %c", x->kind);
            continue;
        }
        if (x->kind == 'o') {
            sqlite3_str_appendf(o, " %.*s", (int)x->n, x->a);
            need_op = 0;
            continue;
        }
        if (need_op)
            sqlite3_str_appendall(o, " AND");
        need_op = 1;
        terms++;
        /* the longest standing name from here over bare words */
        const char *name = NULL;
        size_t k = 0;
        if (sh && x->kind == 'w' && !x->star) {
            const char *w[WTI_FTS_PHRASE];
            size_t wl[WTI_FTS_PHRASE], m = 0;
            while (m < WTI_FTS_PHRASE && i + m < ni && it[i + m].kind == 'w' &&
                   !it[i + m].star) {
                w[m] = it[i + m].a;
                wl[m] = it[i + m].n;
                m++;
            }
            for (k = m; k >= 1 && !(name = wti_fts_alias(sh, w, wl, k)); k--)
                ;
        }
        if (!name) {
            put_term(o, x->a, x->n, x->star, both);
            continue;
        }
        sqlite3_str_appendall(o, " (");
        for (size_t j = 0; j < k; j++) {
            if (j)
                sqlite3_str_appendall(o, " AND");
            put_term(o, it[i + j].a, it[i + j].n, 0, both);
        }
        sqlite3_str_appendf(o, " OR \"%s\")", name);
        i += k - 1;
    }
    free(it);
    char *r = sqlite3_str_finish(o);
    if (r && !terms) {
        sqlite3_free(r);
        return NULL;
    }
    return r;
}

wt_status wt_store_search(wt_store *s, const wt_search_query *qy,
                          wt_search_cb cb, void *ctx)
{
    if (!s || !s->db || !qy || !qy->query)
        return WT_EINVAL;
    char *match = translate(qy->query, s->both_forms, s->both_forms ? &s->fts : NULL);
    if (!match) {
        snprintf(s->err, sizeof s->err, "empty query");
        return WT_EINVAL;
    }
    sqlite3_str *sql = sqlite3_str_new(s->db);
    sqlite3_str_appendall(
        sql,
        "SELECT a.id, a.key, a.content_id, a.title, a.outlet, a.published,"
        " -bm25(articles_fts, 3.0, 1.0) AS score,"
        " snippet(articles_fts, 1, ?2, ?3, '…', 16)"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        " WHERE articles_fts MATCH ?1 AND a.latest = 1");
    if (qy->from)
        sqlite3_str_appendall(sql, " AND substr(a.published, 1, 10) >= ?4");
    if (qy->to)
        sqlite3_str_appendall(sql, " AND substr(a.published, 1, 10) <= ?5");
    if (qy->outlet)
        sqlite3_str_appendall(sql, " AND a.outlet = ?6 COLLATE NOCASE");
    if (qy->entity)
        sqlite3_str_appendall(
            sql, " AND a.id IN (SELECT article_id FROM entities"
                 " WHERE name = ?7 COLLATE NOCASE UNION SELECT e.article_id"
                 " FROM aliases l JOIN entities e ON e.id = l.entity_id"
                 " WHERE l.alias = ?7 COLLATE NOCASE)");
    sqlite3_str_appendall(sql, " ORDER BY score DESC, a.id LIMIT ?8");
    char *text = sqlite3_str_finish(sql);
    sqlite3_stmt *q = NULL;
    wt_status st = WT_OK;
    if (!text || sqlite3_prepare_v2(s->db, text, -1, &q, NULL) != SQLITE_OK)
        st = wti_store_fail(s, "preparing the search");
    sqlite3_free(text);
    if (st) {
        sqlite3_free(match);
        return st;
    }
    sqlite3_bind_text(q, 1, match, -1, SQLITE_STATIC);
    bind_text(q, 2, qy->mark_open ? qy->mark_open : "[");
    bind_text(q, 3, qy->mark_close ? qy->mark_close : "]");
    if (qy->from)
        bind_text(q, 4, qy->from);
    if (qy->to)
        bind_text(q, 5, qy->to);
    if (qy->outlet)
        bind_text(q, 6, qy->outlet);
    if (qy->entity)
        bind_text(q, 7, qy->entity);
    sqlite3_bind_int64(q, 8, qy->limit ? (sqlite3_int64)qy->limit : 10);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        wt_search_hit h;
        h.article = sqlite3_column_int64(q, 0);
        h.key = (const char *)sqlite3_column_text(q, 1);
        h.content_id = (const char *)sqlite3_column_text(q, 2);
        h.title = (const char *)sqlite3_column_text(q, 3);
        h.outlet = (const char *)sqlite3_column_text(q, 4);
        h.published = (const char *)sqlite3_column_text(q, 5);
        h.score = sqlite3_column_double(q, 6);
        h.snippet = (const char *)sqlite3_column_text(q, 7);
        if (cb(ctx, &h))
            break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        /* a malformed FTS5 expression is the user's error */
        snprintf(s->err, sizeof s->err, "search '%s': %s", qy->query,
                 sqlite3_errmsg(s->db));
        st = rc == SQLITE_ERROR ? WT_EINVAL : WT_EDB;
    }
    sqlite3_finalize(q);
    sqlite3_free(match);
    return st;
}
