/*
 * arena.h - per-document bump allocator.
 *
 * Everything an analysis allocates hangs off the document's arena and is
 * released at once by wti_arena_free().  Blocks grow geometrically; a total
 * cap bounds what one hostile document can take.
 */
#ifndef WARTA_ARENA_H
#define WARTA_ARENA_H

#include <stddef.h>

typedef struct wti_arena_block wti_arena_block;

typedef struct wti_arena {
    wti_arena_block *head;
    size_t total;  /* bytes obtained from malloc so far */
    size_t cap;    /* 0: default cap (1 GiB)             */
} wti_arena;

/* Returns `n` bytes aligned to 16, or NULL when out of memory or over the
 * cap.  Memory is not zeroed. */
void *wti_arena_alloc(wti_arena *a, size_t n);
/* Zeroed allocation of `n` elements of `size` bytes (overflow-checked). */
void *wti_arena_calloc(wti_arena *a, size_t n, size_t size);
/* Copies [s, s+len) into the arena and NUL-terminates it. */
char *wti_arena_strndup(wti_arena *a, const char *s, size_t len);
char *wti_arena_strdup(wti_arena *a, const char *s);
/* printf into the arena. */
char *wti_arena_printf(wti_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Releases every block; the arena is empty and reusable afterwards. */
void wti_arena_free(wti_arena *a);

/*
 * Growable arrays in an arena: `items` points at `n` used slots of `cap`.
 * wti_vec_push returns a zeroed new slot, or NULL when out of memory.
 * Old storage is abandoned to the arena (freed with it).
 */
void *wti_vec_push(wti_arena *a, void **items, size_t *n, size_t *cap,
                   size_t elem);
#define WTI_VEC_PUSH(a, v, n, cap) \
    wti_vec_push((a), (void **)&(v), &(n), &(cap), sizeof(*(v)))

#endif
