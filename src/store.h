/*
 * store.h - internals of the SQLite store (store.c) and its FTS5 tokenizer
 * (fts.c).  The public API is the store section of warta.h.
 */
#ifndef WARTA_STORE_H
#define WARTA_STORE_H

#include <sqlite3.h>

#include "map.h"
#include "warta.h"

/* What every tokenizer instance of one connection shares: the stemmer
 * (NULL: fold only) and the stopword set. */
typedef struct wti_fts_shared {
    const wt_stemmer *stemmer;
    wti_map stop;
    /* Standing names (data/aliases.txt, data/countries.txt): every form of
     * one name -> the name's index token "#korea_utara".  `alias` is keyed
     * by the folded words joined by spaces; `alias_caps` by an all-capitals
     * acronym as written (AS, MA: "as" and "ma" are words too). */
    wti_map alias, alias_caps;
    wti_map alias_words; /* every folded word of any form */
    wti_arena names;
} wti_fts_shared;

#define WTI_FTS_PHRASE 6 /* longest alias phrase, in words */

/* The index token of the standing name that the words w[0..n) (as
 * written) form, or NULL.  A word outside alias_words ends every name. */
const char *wti_fts_alias(const wti_fts_shared *sh, const char *const *w,
                          const size_t *len, size_t n);

wt_status wti_fts_shared_init(wti_fts_shared *sh, const wt_stemmer *st);
void wti_fts_shared_free(wti_fts_shared *sh);
/* Registers the tokenizer "warta" on db; sh must outlive db. */
wt_status wti_fts_register(sqlite3 *db, wti_fts_shared *sh);

/* N_QUERIES prepared statements of the writer (store.c). */
enum { WTI_STORE_QUERIES = 14 };

struct wt_store {
    sqlite3 *db;
    wt_stemmer *stemmer;
    wti_fts_shared fts;
    int fts_ready;
    sqlite3_stmt *q[WTI_STORE_QUERIES];
    int in_batch;
    int both_forms; /* index has surface and stem tokens (tokenize=warta) */
    char err[256];
};

/* Records "what: SQLite's message" in s->err; returns WT_EDB. */
wt_status wti_store_fail(wt_store *s, const char *what);
/* Runs SQL; on error records SQLite's message; returns WT_EDB. */
wt_status wti_store_exec(wt_store *s, const char *sql);

#endif
