/* buf.c - growable byte buffer with a cap (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define BUF_DEFAULT_MAX ((size_t)1 << 30)

void wti_buf_init(wti_buf *b, size_t max)
{
    memset(b, 0, sizeof *b);
    b->max = max ? max : BUF_DEFAULT_MAX;
}

void wti_buf_free(wti_buf *b)
{
    free(b->ptr);
    size_t max = b->max;
    wti_buf_init(b, max);
}

void wti_buf_reset(wti_buf *b)
{
    b->len = 0;
    b->err = WT_OK;
    if (b->ptr)
        b->ptr[0] = '\0';
}

wt_status wti_buf_reserve(wti_buf *b, size_t extra)
{
    if (b->err)
        return b->err;
    if (extra > b->max || b->len + extra + 1 > b->max) {
        b->err = WT_ETOOBIG;
        return b->err;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return WT_OK;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < need)
        ncap = ncap > b->max / 2 ? b->max : ncap * 2;
    if (ncap > b->max) /* the room never passes the cap: wti_buf_put's */
        ncap = b->max; /* inline test relies on it */
    char *p = realloc(b->ptr, ncap);
    if (!p) {
        b->err = WT_ENOMEM;
        return b->err;
    }
    b->ptr = p;
    b->cap = ncap;
    return WT_OK;
}

void wti_buf_put_slow(wti_buf *b, const char *s, size_t len)
{
    if (wti_buf_reserve(b, len) != WT_OK)
        return;
    if (len)
        memcpy(b->ptr + b->len, s, len);
    b->len += len;
    b->ptr[b->len] = '\0';
}


void wti_buf_printf(wti_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->err = WT_EINVAL;
        return;
    }
    if ((size_t)n < sizeof small) {
        wti_buf_put(b, small, (size_t)n);
        return;
    }
    if (wti_buf_reserve(b, (size_t)n) != WT_OK)
        return;
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void wti_buf_uint(wti_buf *b, unsigned long long v)
{
    char d[20];
    size_t n = 0;
    do {
        d[sizeof d - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    wti_buf_put(b, d + sizeof d - n, n);
}

void wti_buf_pair(wti_buf *b, int first, unsigned long long a,
                  unsigned long long c)
{
    if (!first)
        wti_buf_putc(b, ',');
    wti_buf_putc(b, '[');
    wti_buf_uint(b, a);
    wti_buf_putc(b, ',');
    wti_buf_uint(b, c);
    wti_buf_putc(b, ']');
}

void wti_buf_json_str(wti_buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    if (wti_buf_reserve(b, len + 2) != WT_OK)
        return;
    wti_buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        /* eight bytes at a time while none of them needs escaping: a byte
         * below 0x20, a quote or a backslash (SWAR zero-byte tests) */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
            uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
            uint64_t hit = ((w - ones * 0x20) & ~w) |
                           ((q - ones) & ~q) | ((bs - ones) & ~bs);
            if (hit & high)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        wti_buf_put(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': wti_buf_put(b, "\\\"", 2); break;
        case '\\': wti_buf_put(b, "\\\\", 2); break;
        case '\n': wti_buf_put(b, "\\n", 2); break;
        case '\t': wti_buf_put(b, "\\t", 2); break;
        case '\r': wti_buf_put(b, "\\r", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            wti_buf_put(b, e, 6);
        }
        }
    }
    wti_buf_put(b, s + run, len - run);
    wti_buf_putc(b, '"');
}

char *wti_buf_detach(wti_buf *b, size_t *len)
{
    if (wti_buf_reserve(b, 0) != WT_OK)
        return NULL;
    char *p = b->ptr;
    if (len)
        *len = b->len;
    b->ptr = NULL;
    size_t max = b->max;
    wti_buf_init(b, max);
    return p;
}
