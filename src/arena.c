/* arena.c - per-document bump allocator (see arena.h). */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct wti_arena_block {
    wti_arena_block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

#define POISON WTI_POISON
#define UNPOISON WTI_UNPOISON

#define ARENA_MIN_BLOCK ((size_t)16 * 1024)
#define ARENA_DEFAULT_CAP ((size_t)1 << 30)

void *wti_arena_alloc(wti_arena *a, size_t n)
{
    size_t cap = a->cap ? a->cap : ARENA_DEFAULT_CAP;
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    wti_arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = b ? b->size * 2 : ARENA_MIN_BLOCK;
        if (size > ((size_t)64 << 20))
            size = (size_t)64 << 20;
        if (size < n)
            size = n;
        if (n > cap || a->total + size > cap)
            return NULL;
        b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
        a->total += size;
        POISON(b->data, size);
    }
    void *p = b->data + b->used;
    b->used += n;
    UNPOISON(p, n);
    return p;
}

void *wti_arena_calloc(wti_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = wti_arena_alloc(a, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

char *wti_arena_strndup(wti_arena *a, const char *s, size_t len)
{
    char *p = wti_arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *wti_arena_strdup(wti_arena *a, const char *s)
{
    return s ? wti_arena_strndup(a, s, strlen(s)) : NULL;
}

char *wti_arena_printf(wti_arena *a, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = wti_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    if ((size_t)n < sizeof small) {
        memcpy(p, small, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return p;
}

void wti_arena_free(wti_arena *a)
{
    wti_arena_block *b = a->head;
    while (b) {
        wti_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}

void *wti_vec_push(wti_arena *a, void **items, size_t *n, size_t *cap,
                   size_t elem)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        if (ncap > SIZE_MAX / elem)
            return NULL;
        void *p = wti_arena_alloc(a, ncap * elem);
        if (!p)
            return NULL;
        if (*n)
            memcpy(p, *items, *n * elem);
        if (*items)
            POISON(*items, *cap * elem); /* the old copy: a stale pointer's */
        *items = p;
        *cap = ncap;
        POISON((unsigned char *)p + *n * elem, (ncap - *n) * elem);
    }
    unsigned char *slot = (unsigned char *)*items + *n * elem;
    UNPOISON(slot, elem);
    memset(slot, 0, elem);
    (*n)++;
    return slot;
}
