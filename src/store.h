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
} wti_fts_shared;

wt_status wti_fts_shared_init(wti_fts_shared *sh, const wt_stemmer *st);
void wti_fts_shared_free(wti_fts_shared *sh);
/* Registers the tokenizer "warta" on db; sh must outlive db. */
wt_status wti_fts_register(sqlite3 *db, wti_fts_shared *sh);

#endif
