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
/* Under AddressSanitizer the room of an arena block not yet handed out,
 * and a vector's room past its last item, are poisoned: a read past the
 * end of an allocation or of a vector (tokens[n_tokens]) is reported,
 * though it stays inside memory malloc gave.  Code that writes into a
 * vector's room itself unpoisons the slot first. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define WTI_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define WTI_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define WTI_POISON(p, n) ((void)(p), (void)(n))
#define WTI_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define WTI_VEC_PUSH(a, v, n, cap) \
    wti_vec_push((a), (void **)&(v), &(n), &(cap), sizeof(*(v)))

#endif
