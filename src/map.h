/*
 * map.h - string-keyed hash map (open addressing) for lexicons and counts.
 *
 * Keys are byte strings copied into the map's own arena; values are
 * pointer-sized.  Lookups take (ptr, len) so callers never need to
 * NUL-terminate a slice of the text.
 */
#ifndef WARTA_MAP_H
#define WARTA_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "warta.h"

typedef struct wti_map_slot {
    const char *key;
    uint32_t len;
    uint32_t hash;
    uintptr_t value;
} wti_map_slot;

typedef struct wti_map {
    wti_map_slot *slots;
    size_t cap, n;
    /* a Bloom filter of the keys' hashes, cap bytes (8 bits a slot, so 16
     * or more an entry, two bits a key): most lookups are of absent words,
     * and this answers them without touching the slots */
    uint8_t *bloom;
    wti_arena arena; /* key storage */
} wti_map;

uint32_t wti_hash(const char *s, size_t len);
void wti_map_init(wti_map *m);
void wti_map_free(wti_map *m);
/* Inserts or overwrites. Errors: WT_ENOMEM. */
wt_status wti_map_put(wti_map *m, const char *key, size_t len,
                      uintptr_t value);
/* wti_map_put without copying a new key: key[0..len) must stay as it is
 * while the map lives (a document's text for a map of that document). */
wt_status wti_map_put_ref(wti_map *m, const char *key, size_t len,
                          uintptr_t value);
/* ORs bits into key's value (0 when the key is new).  For maps of flag
 * sets, such as a word's classes.  Errors: WT_ENOMEM. */
wt_status wti_map_or(wti_map *m, const char *key, size_t len, uintptr_t bits);
/* Makes room for n entries in all, so that filling it does not rehash.
 * Errors: WT_ENOMEM. */
wt_status wti_map_reserve(wti_map *m, size_t n);
/* Inserts a phrase for longest-match lookups (wti_phrase_at): also each
 * of its prefixes that ends before a byte `sep` (a separator such as ' ',
 * or every prefix when sep is -1) and is longer than `from` bytes (the
 * part before `from` is a fixed class prefix), as a slot of value 0 unless
 * that prefix is an entry itself.  A lookup that misses a prefix can then
 * stop instead of trying longer phrases.  Entry values must be non-zero,
 * and readers of such a map take a value of 0 for "absent". */
wt_status wti_map_put_phrase(wti_map *m, const char *key, size_t len,
                             size_t from, int sep, uintptr_t value);
/* Returns the slot for key, or NULL. */
const wti_map_slot *wti_map_get(const wti_map *m, const char *key, size_t len);
/* 1 if key is present. */
int wti_map_has(const wti_map *m, const char *key, size_t len);

#endif
