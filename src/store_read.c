/*
 * store_read.c - reading back from the store (see warta.h, store section):
 * stored analyses rebuilt as documents (wt_store_each) and the stories kept
 * beside the articles (wt_store_put_stories, wt_store_stories).
 *
 * A rebuilt document trusts nothing it reads: spans outside the text and
 * event sentence numbers out of range are dropped, unknown type names read
 * as the first of their enum.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "doc.h"
#include "store.h"

enum {
    R_ARTICLES,
    R_SENTENCES,
    R_ENTITIES,
    R_ALIASES,
    R_MENTIONS,
    R_TIMES,
    R_QUOTES,
    R_CLAIMS,
    R_EVENTS,
    N_READ
};

static const char *const READ_SQL[N_READ] = {
    "SELECT id, key, content_id, path, outlet, title, deck, published, byline,"
    " dateline, repaired, body FROM articles WHERE latest = 1 ORDER BY id",
    "SELECT start, end FROM sentences WHERE article_id = ?1 ORDER BY idx",
    "SELECT id, name, type, role FROM entities WHERE article_id = ?1"
    " ORDER BY id",
    "SELECT a.entity_id, a.alias FROM aliases a JOIN entities e"
    " ON e.id = a.entity_id WHERE e.article_id = ?1"
    " ORDER BY a.entity_id, a.rowid",
    "SELECT m.entity_id, m.start, m.end FROM mentions m JOIN entities e"
    " ON e.id = m.entity_id WHERE e.article_id = ?1"
    " ORDER BY m.entity_id, m.start",
    "SELECT start, end, type, value, mod FROM times WHERE article_id = ?1"
    " ORDER BY rowid",
    "SELECT start, end, speaker, cue, via, direct FROM quotes"
    " WHERE article_id = ?1 ORDER BY rowid",
    "SELECT start, end, value, low, high, qualifier, unit, measure, subject,"
    " source, date FROM claims WHERE article_id = ?1 ORDER BY rowid",
    "SELECT date, action, actors, place, sentence FROM events"
    " WHERE article_id = ?1 ORDER BY rowid",
};

typedef struct reader {
    wt_store *s;
    sqlite3_stmt *q[N_READ];
    wt_doc *d;
    int oom;
} reader;

/* Column i as an arena string; NULL for SQL NULL (or out of memory, which
 * sets r->oom). */
static const char *col(reader *r, sqlite3_stmt *q, int i)
{
    const unsigned char *t = sqlite3_column_text(q, i);
    if (!t)
        return NULL;
    char *c = wti_arena_strndup(&r->d->arena, (const char *)t,
                                (size_t)sqlite3_column_bytes(q, i));
    if (!c)
        r->oom = 1;
    return c;
}

/* Reads a [start, end) pair from columns i, i+1; 0 when outside the text. */
static int span_at(const reader *r, sqlite3_stmt *q, int i, uint32_t *start,
                   uint32_t *end)
{
    sqlite3_int64 a = sqlite3_column_int64(q, i);
    sqlite3_int64 b = sqlite3_column_int64(q, i + 1);
    if (a < 0 || b < a || (size_t)b > r->d->text_len)
        return 0;
    *start = (uint32_t)a;
    *end = (uint32_t)b;
    return 1;
}

static int named(const char *name, const char *(*fn)(int), int lo, int hi)
{
    for (int k = lo; name && k <= hi; k++) {
        const char *n = fn(k);
        if (n && !strcmp(n, name))
            return k;
    }
    return lo;
}

static const char *ent_name(int k) { return wt_entity_type_name((wt_entity_type)k); }
static const char *ttype_name(int k) { return wt_time_type_name((wt_time_type)k); }
static const char *tmod_name(int k) { return wt_time_mod_name((wt_time_mod)k); }
static const char *qual_name(int k) { return wt_qualifier_name((wt_qualifier)k); }

typedef struct tok_push {
    wt_doc *d;
    int oom;
} tok_push;

static int push_token(void *ctx, const wt_token *tok)
{
    tok_push *p = ctx;
    wt_token *t = WTI_VEC_PUSH(&p->d->arena, p->d->tokens, p->d->n_tokens,
                               p->d->cap_tokens);
    if (!t) {
        p->oom = 1;
        return 1;
    }
    *t = *tok;
    return 0;
}

static sqlite3_stmt *bound(reader *r, int which, sqlite3_int64 id)
{
    sqlite3_stmt *q = r->q[which];
    sqlite3_reset(q);
    sqlite3_bind_int64(q, 1, id);
    return q;
}

/* Array `items` of n elements with room for one more, in the document's
 * arena: the capacity doubles at each power of two.  NULL (r->oom set)
 * when out of memory. */
static void *room(reader *r, void *items, size_t n, size_t elem)
{
    if (n & (n - 1))
        return items;
    void *grown = wti_arena_alloc(&r->d->arena, (n ? 2 * n : 1) * elem);
    if (!grown) {
        r->oom = 1;
        return NULL;
    }
    if (n)
        memcpy(grown, items, n * elem);
    return grown;
}

/* The entity with row id eid; rows come in entity id order, so *k only
 * moves forward over eids (the entities' row ids).  NULL when unknown. */
static wt_entity *entity_at(wt_doc *d, const sqlite3_int64 *eids, size_t *k,
                            sqlite3_int64 eid)
{
    while (*k < d->n_entities && eids[*k] < eid)
        ++*k;
    return *k < d->n_entities && eids[*k] == eid ? &d->entities[*k] : NULL;
}

static wt_status read_entities(reader *r, sqlite3_int64 id)
{
    wt_doc *d = r->d;
    sqlite3_stmt *q = bound(r, R_ENTITIES, id);
    sqlite3_int64 *eids = NULL;
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && !r->oom) {
        wt_entity *e = WTI_VEC_PUSH(&d->arena, d->entities, d->n_entities,
                                    d->cap_entities);
        if (!e || !(e->name = col(r, q, 1))) {
            r->oom = 1;
            break;
        }
        e->type = (wt_entity_type)named((const char *)sqlite3_column_text(q, 2),
                                        ent_name, WT_ENT_PER, WT_ENT_LOC);
        e->role = col(r, q, 3);
        if (d->n_entities > cap) {
            size_t nc = cap ? 2 * cap : 16;
            sqlite3_int64 *ne = realloc(eids, nc * sizeof *ne);
            if (!ne) {
                r->oom = 1;
                break;
            }
            eids = ne;
            cap = nc;
        }
        eids[d->n_entities - 1] = sqlite3_column_int64(q, 0);
    }
    /* aliases and mentions come ordered by entity id, as the entities do */
    size_t k = 0;
    q = bound(r, R_ALIASES, id);
    while (!r->oom && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        wt_entity *e = entity_at(d, eids, &k, sqlite3_column_int64(q, 0));
        const char *alias = e ? col(r, q, 1) : NULL;
        if (!alias || !(e->aliases = room(r, e->aliases, e->n_aliases, sizeof *e->aliases)))
            continue;
        e->aliases[e->n_aliases++] = alias;
    }
    k = 0;
    q = bound(r, R_MENTIONS, id);
    while (!r->oom && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        wt_entity *e = entity_at(d, eids, &k, sqlite3_column_int64(q, 0));
        wt_span sp;
        if (!e || !span_at(r, q, 1, &sp.start, &sp.end) ||
            !(e->mentions = room(r, e->mentions, e->n_mentions, sizeof *e->mentions)))
            continue;
        e->mentions[e->n_mentions++] = sp;
    }
    free(eids);
    return r->oom ? WT_ENOMEM : WT_OK;
}

static wt_status read_parts(reader *r, sqlite3_int64 id)
{
    wt_doc *d = r->d;
    sqlite3_stmt *q = bound(r, R_SENTENCES, id);
    while (!r->oom && sqlite3_step(q) == SQLITE_ROW) {
        wt_span sp;
        if (!span_at(r, q, 0, &sp.start, &sp.end))
            continue;
        wt_span *p = WTI_VEC_PUSH(&d->arena, d->sentences, d->n_sentences,
                                  d->cap_sentences);
        if (!p)
            return WT_ENOMEM;
        *p = sp;
    }
    wt_status st = read_entities(r, id);
    if (st)
        return st;

    q = bound(r, R_TIMES, id);
    while (!r->oom && sqlite3_step(q) == SQLITE_ROW) {
        wt_time t;
        memset(&t, 0, sizeof t);
        if (!span_at(r, q, 0, &t.start, &t.end))
            continue;
        t.type = (wt_time_type)named((const char *)sqlite3_column_text(q, 2),
                                     ttype_name, WT_TIME_DATE, WT_TIME_SET);
        t.value = col(r, q, 3);
        t.mod = (wt_time_mod)named((const char *)sqlite3_column_text(q, 4),
                                   tmod_name, WT_MOD_NONE, 15);
        wt_time *p = WTI_VEC_PUSH(&d->arena, d->times, d->n_times, d->cap_times);
        if (!p)
            return WT_ENOMEM;
        *p = t;
    }

    q = bound(r, R_QUOTES, id);
    while (!r->oom && sqlite3_step(q) == SQLITE_ROW) {
        wt_quote x;
        memset(&x, 0, sizeof x);
        if (!span_at(r, q, 0, &x.start, &x.end))
            continue;
        x.speaker = col(r, q, 2);
        x.cue = col(r, q, 3);
        x.via = col(r, q, 4);
        x.direct = sqlite3_column_int(q, 5) != 0;
        wt_quote *p = WTI_VEC_PUSH(&d->arena, d->quotes, d->n_quotes, d->cap_quotes);
        if (!p)
            return WT_ENOMEM;
        *p = x;
    }

    q = bound(r, R_CLAIMS, id);
    while (!r->oom && sqlite3_step(q) == SQLITE_ROW) {
        wt_claim x;
        memset(&x, 0, sizeof x);
        if (!span_at(r, q, 0, &x.start, &x.end))
            continue;
        x.value = sqlite3_column_double(q, 2);
        x.low = sqlite3_column_double(q, 3);
        x.high = sqlite3_column_double(q, 4);
        x.qualifier = (wt_qualifier)named((const char *)sqlite3_column_text(q, 5),
                                          qual_name, WT_Q_EXACT, WT_Q_LESS_THAN);
        x.unit = col(r, q, 6);
        x.measure = col(r, q, 7);
        x.subject = col(r, q, 8);
        x.source = col(r, q, 9);
        x.date = col(r, q, 10);
        if (!x.measure)
            continue; /* every claim has a measure */
        wt_claim *p = WTI_VEC_PUSH(&d->arena, d->claims, d->n_claims, d->cap_claims);
        if (!p)
            return WT_ENOMEM;
        *p = x;
    }

    q = bound(r, R_EVENTS, id);
    while (!r->oom && sqlite3_step(q) == SQLITE_ROW) {
        wt_event x;
        memset(&x, 0, sizeof x);
        sqlite3_int64 si = sqlite3_column_int64(q, 4);
        x.action = col(r, q, 1);
        if (si < 0 || (size_t)si >= d->n_sentences || !x.action)
            continue;
        x.sentence = (size_t)si;
        x.date = col(r, q, 0);
        x.place = col(r, q, 3);
        /* actors were stored joined by "; " */
        const char *all = col(r, q, 2);
        size_t n = 0;
        for (const char *p = all; p && *p; p++)
            n += *p == ';';
        x.actors = wti_arena_calloc(&d->arena, n + 2, sizeof *x.actors);
        if (!x.actors)
            return WT_ENOMEM;
        for (const char *p = all; p && *p;) {
            const char *e = strstr(p, "; ");
            size_t len = e ? (size_t)(e - p) : strlen(p);
            if (len && !(x.actors[x.n_actors++] =
                             wti_arena_strndup(&d->arena, p, len)))
                return WT_ENOMEM;
            p = e ? e + 2 : p + len;
        }
        wt_event *p = WTI_VEC_PUSH(&d->arena, d->events, d->n_events, d->cap_events);
        if (!p)
            return WT_ENOMEM;
        *p = x;
    }
    return r->oom ? WT_ENOMEM : WT_OK;
}

/* The document of the article row q is on. */
static wt_status rebuild(reader *r, sqlite3_stmt *q)
{
    wt_doc *d = r->d;
    size_t blen = (size_t)sqlite3_column_bytes(q, 11);
    const char *body = (const char *)sqlite3_column_text(q, 11);
    d->arena.cap = blen * 64 + ((size_t)64 << 20);
    d->text = wti_arena_strndup(&d->arena, body ? body : "", body ? blen : 0);
    d->text_len = body ? blen : 0;
    d->raw = d->text;
    d->raw_len = d->text_len;
    const char *path = col(r, q, 3);
    d->path = path ? path : col(r, q, 1);
    d->id = (char *)col(r, q, 2);
    d->outlet = col(r, q, 4);
    d->title = col(r, q, 5);
    d->deck = col(r, q, 6);
    d->published = col(r, q, 7);
    d->byline = col(r, q, 8);
    d->dateline_place = col(r, q, 9);
    d->repaired = (size_t)sqlite3_column_int64(q, 10);
    if (r->oom || !d->text || !d->path || !d->id)
        return WT_ENOMEM;
    if (d->published) {
        char day[11];
        size_t i = 0;
        for (; i < 10 && d->published[i]; i++)
            day[i] = d->published[i];
        day[i] = 0;
        if (!wti_date_parse(day, &d->pub))
            memset(&d->pub, 0, sizeof d->pub);
    }
    d->ref = d->pub;
    tok_push tp = {d, 0};
    wt_status st = wt_tokenize(d->text, d->text_len, push_token, &tp);
    if (!st && tp.oom)
        st = WT_ENOMEM;
    if (!st)
        st = read_parts(r, sqlite3_column_int64(q, 0));
    return st;
}

wt_status wt_store_each(wt_store *s, wt_store_doc_cb cb, void *ctx)
{
    if (!s || !s->db)
        return WT_ESTATE;
    if (!cb)
        return WT_EINVAL;
    reader r;
    memset(&r, 0, sizeof r);
    r.s = s;
    wt_status st = WT_OK;
    for (int i = 0; i < N_READ && !st; i++)
        if (sqlite3_prepare_v2(s->db, READ_SQL[i], -1, &r.q[i], NULL) != SQLITE_OK)
            st = wti_store_fail(s, "preparing to read articles");
    /* one read transaction: a consistent snapshot even while an ingest
     * writes (WAL) */
    int txn = !st && !s->in_batch && sqlite3_get_autocommit(s->db);
    if (txn)
        st = wti_store_exec(s, "BEGIN");
    sqlite3_stmt *q = r.q[R_ARTICLES];
    int rc = SQLITE_DONE;
    while (!st && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        r.d = calloc(1, sizeof *r.d);
        if (!r.d) {
            st = WT_ENOMEM;
            break;
        }
        r.oom = 0;
        st = rebuild(&r, q);
        int stop = 0;
        if (!st)
            stop = cb(ctx, (long long)sqlite3_column_int64(q, 0),
                      (const char *)sqlite3_column_text(q, 1), r.d);
        wt_doc_free(r.d);
        r.d = NULL;
        if (stop)
            break;
    }
    if (!st && rc != SQLITE_ROW && rc != SQLITE_DONE)
        st = wti_store_fail(s, "reading articles");
    for (int i = 0; i < N_READ; i++)
        sqlite3_finalize(r.q[i]);
    if (txn)
        sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    return st;
}

/* ---- stories -------------------------------------------------------------- */

/* What stories were computed from: the number of latest articles and the
 * highest row id (articles are never deleted by warta, so a new article or
 * version changes it). */
#define STATE_SQL                                                            \
    "(SELECT count(*) || ' ' || ifnull(max(id), 0) FROM articles"            \
    " WHERE latest = 1)"

wt_status wt_store_stories_fresh(wt_store *s, int *fresh)
{
    *fresh = 0;
    if (!s || !s->db)
        return WT_ESTATE;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT ifnull((SELECT value FROM meta WHERE key ="
                           " 'stories_state') = " STATE_SQL ", 0)",
                           -1, &q, NULL) != SQLITE_OK)
        return wti_store_fail(s, "reading the stories' state");
    wt_status st = WT_OK;
    if (sqlite3_step(q) == SQLITE_ROW)
        *fresh = sqlite3_column_int(q, 0);
    else
        st = wti_store_fail(s, "reading the stories' state");
    sqlite3_finalize(q);
    return st;
}

wt_status wt_store_put_stories(wt_store *s, const wt_corpus *c)
{
    if (!s || !s->db || s->in_batch || !c)
        return WT_ESTATE;
    sqlite3_stmt *ins = NULL, *mem = NULL;
    wt_status st = wti_store_exec(s, "BEGIN IMMEDIATE");
    if (st)
        return st;
    st = wti_store_exec(s, "DELETE FROM story_members; DELETE FROM stories;"
                           "INSERT OR REPLACE INTO meta VALUES('stories_state', "
                           STATE_SQL ");");
    if (!st &&
        (sqlite3_prepare_v2(s->db, "INSERT INTO stories VALUES(?1,?2,?3,?4,?5)",
                            -1, &ins, NULL) != SQLITE_OK ||
         sqlite3_prepare_v2(s->db,
                            "INSERT OR IGNORE INTO story_members SELECT ?1, a.id,"
                            " (SELECT id FROM articles WHERE content_id = ?3)"
                            " FROM articles a WHERE a.content_id = ?2",
                            -1, &mem, NULL) != SQLITE_OK))
        st = wti_store_fail(s, "preparing to store stories");
    for (size_t i = 0; !st && i < wt_corpus_n_stories(c); i++) {
        char *json = NULL, *text = NULL;
        size_t jl = 0, tl = 0;
        const char *id = wt_corpus_story_id(c, i);
        st = wt_corpus_story_json(c, i, &json, &jl);
        if (!st)
            st = wt_corpus_story_text(c, i, &text, &tl);
        if (!st) {
            sqlite3_bind_text(ins, 1, id, -1, SQLITE_STATIC);
            sqlite3_bind_int64(ins, 2, (sqlite3_int64)i);
            sqlite3_bind_int64(ins, 3, (sqlite3_int64)wt_corpus_story_size(c, i));
            sqlite3_bind_text(ins, 4, json, (int)jl, SQLITE_STATIC);
            sqlite3_bind_text(ins, 5, text, (int)tl, SQLITE_STATIC);
            if (sqlite3_step(ins) != SQLITE_DONE)
                st = wti_store_fail(s, "storing a story");
            sqlite3_reset(ins);
        }
        free(json);
        free(text);
        for (size_t k = 0; !st && k < wt_corpus_story_size(c, i); k++) {
            const char *dup = NULL;
            const char *cid = wt_corpus_story_member(c, i, k, &dup);
            sqlite3_bind_text(mem, 1, id, -1, SQLITE_STATIC);
            sqlite3_bind_text(mem, 2, cid, -1, SQLITE_STATIC);
            if (dup)
                sqlite3_bind_text(mem, 3, dup, -1, SQLITE_STATIC);
            else
                sqlite3_bind_null(mem, 3);
            if (sqlite3_step(mem) != SQLITE_DONE)
                st = wti_store_fail(s, "storing story members");
            sqlite3_reset(mem);
        }
    }
    sqlite3_finalize(ins);
    sqlite3_finalize(mem);
    if (!st)
        st = wti_store_exec(s, "COMMIT");
    if (st)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return st;
}

wt_status wt_store_stories(wt_store *s, const char *id, wt_store_story_cb cb,
                           void *ctx)
{
    if (!s || !s->db)
        return WT_ESTATE;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db,
                           id ? "SELECT id, json, text FROM stories WHERE id = ?1"
                              : "SELECT id, json, text FROM stories ORDER BY rank",
                           -1, &q, NULL) != SQLITE_OK)
        return wti_store_fail(s, "reading stories");
    if (id)
        sqlite3_bind_text(q, 1, id, -1, SQLITE_STATIC);
    int rc, any = 0;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        any = 1;
        if (cb(ctx, (const char *)sqlite3_column_text(q, 0),
               (const char *)sqlite3_column_text(q, 1),
               (const char *)sqlite3_column_text(q, 2)))
            break;
    }
    wt_status st = WT_OK;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        st = wti_store_fail(s, "reading stories");
    else if (id && !any)
        st = WT_ENOTFOUND;
    sqlite3_finalize(q);
    return st;
}
