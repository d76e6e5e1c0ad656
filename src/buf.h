/*
 * buf.h - growable byte buffer with a size cap (for output and scratch).
 *
 * Every append checks the cap; once an append fails the buffer stays in
 * the failed state (`err` set) and later appends are no-ops, so callers
 * can append freely and check once at the end.
 */
#ifndef WARTA_BUF_H
#define WARTA_BUF_H

#include <stddef.h>
#include <string.h>

#include "warta.h"

typedef struct wti_buf {
    char *ptr;     /* NUL-terminated when len > 0 or after wti_buf_cstr */
    size_t len, cap;
    size_t max;    /* 0: default (1 GiB) */
    wt_status err;
} wti_buf;

void wti_buf_init(wti_buf *b, size_t max);
void wti_buf_free(wti_buf *b);
void wti_buf_reset(wti_buf *b);
wt_status wti_buf_reserve(wti_buf *b, size_t extra);
void wti_buf_put_slow(wti_buf *b, const char *s, size_t len);
/* Appends s[0..len).  Inline when it fits in the room there is (the
 * buffer is then neither failed nor past its cap: both were checked when
 * the room was made). */
static inline void wti_buf_put(wti_buf *b, const char *s, size_t len)
{
    if (b->len + len + 1 <= b->cap && !b->err) {
        if (len) /* s may be NULL then */
            memcpy(b->ptr + b->len, s, len);
        b->len += len;
        b->ptr[b->len] = '\0';
        return;
    }
    wti_buf_put_slow(b, s, len);
}
static inline void wti_buf_puts(wti_buf *b, const char *s)
{
    wti_buf_put(b, s, strlen(s));
}
static inline void wti_buf_putc(wti_buf *b, char c)
{
    if (b->len + 2 <= b->cap && !b->err) {
        b->ptr[b->len++] = c;
        b->ptr[b->len] = '\0';
        return;
    }
    wti_buf_put_slow(b, &c, 1);
}
void wti_buf_printf(wti_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends the decimal digits of v (no printf). */
void wti_buf_uint(wti_buf *b, unsigned long long v);
/* Appends "[a,b]", after a comma unless first. */
void wti_buf_pair(wti_buf *b, int first, unsigned long long a,
                  unsigned long long c);
/* Appends s as a JSON string literal, quotes included. */
void wti_buf_json_str(wti_buf *b, const char *s, size_t len);
/* Hands the storage to the caller (malloc'd, NUL-terminated) and resets. */
char *wti_buf_detach(wti_buf *b, size_t *len);

#endif
