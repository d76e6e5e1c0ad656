/* map.c - string-keyed hash map (see map.h). */
#include "map.h"

#include <stdlib.h>
#include <string.h>

static inline uint64_t load64(const char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static inline uint64_t load32(const char *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
    return w;
}

/* Eight bytes at a time: a multiply-xorshift round per word; the last one
 * to eight bytes read in at most two loads (overlapping what was hashed
 * when the key is longer than eight: the same key always reads the same
 * bytes).  In-memory only, so the host's byte order does not matter. */
uint32_t wti_hash(const char *s, size_t len)
{
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (uint64_t)len;
    const char *p = s;
    size_t n = len;
    while (n > 8) {
        h = (h ^ load64(p)) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    uint64_t w;
    if (len >= 8)
        w = load64(s + len - 8);
    else if (n >= 4)
        w = load32(p) | load32(p + n - 4) << 32;
    else if (n)
        w = (uint64_t)(unsigned char)p[0] |
            (uint64_t)(unsigned char)p[n / 2] << 8 |
            (uint64_t)(unsigned char)p[n - 1] << 16;
    else
        w = 0;
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    h *= 0xff51afd7ed558ccdULL;
    return (uint32_t)(h >> 32);
}

void wti_map_init(wti_map *m)
{
    memset(m, 0, sizeof *m);
}

void wti_map_free(wti_map *m)
{
    free(m->slots);
    free(m->bloom);
    wti_arena_free(&m->arena);
    memset(m, 0, sizeof *m);
}

static wti_map_slot *find(wti_map_slot *slots, size_t cap, const char *key,
                          size_t len, uint32_t h)
{
    uint32_t x = h ^ (h >> 15);
    x *= 0x2c1b3c6dU;
    x ^= x >> 12;
    size_t mask = cap - 1, i = x & mask;
    for (;;) {
        wti_map_slot *s = &slots[i];
        if (!s->key)
            return s;
        if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
            return s;
        i = (i + 1) & mask;
    }
}

/* The filter's two bits for hash h, in a filter of nbits (a power of two). */
static inline size_t bloom_a(uint32_t h, size_t nbits)
{
    return h & (nbits - 1);
}

static inline size_t bloom_b(uint32_t h, size_t nbits)
{
    return ((h >> 16) | (h << 16)) * 0x9E3779B1u & (nbits - 1);
}

static inline void bloom_set(uint8_t *f, size_t nbits, uint32_t h)
{
    size_t a = bloom_a(h, nbits), b = bloom_b(h, nbits);
    f[a >> 3] |= (uint8_t)(1u << (a & 7));
    f[b >> 3] |= (uint8_t)(1u << (b & 7));
}

static inline int bloom_maybe(const uint8_t *f, size_t nbits, uint32_t h)
{
    size_t a = bloom_a(h, nbits), b = bloom_b(h, nbits);
    return (f[a >> 3] >> (a & 7) & 1) && (f[b >> 3] >> (b & 7) & 1);
}

/* Rehashes into ncap slots (a power of two above twice the entries), and
 * remakes the filter at the new size. */
static wt_status resize(wti_map *m, size_t ncap)
{
    wti_map_slot *ns = calloc(ncap, sizeof *ns);
    uint8_t *nb = calloc(ncap, 1);
    if (!ns || !nb) {
        free(ns);
        free(nb);
        return WT_ENOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        wti_map_slot *s = &m->slots[i];
        if (s->key) {
            *find(ns, ncap, s->key, s->len, s->hash) = *s;
            bloom_set(nb, ncap * 8, s->hash);
        }
    }
    free(m->slots);
    free(m->bloom);
    m->slots = ns;
    m->bloom = nb;
    m->cap = ncap;
    return WT_OK;
}

static wt_status grow(wti_map *m)
{
    return resize(m, m->cap ? m->cap * 2 : 64);
}

wt_status wti_map_reserve(wti_map *m, size_t n)
{
    size_t ncap = m->cap ? m->cap : 64;
    while (n * 2 > ncap)
        ncap *= 2;
    return ncap == m->cap ? WT_OK : resize(m, ncap);
}

static wt_status put(wti_map *m, const char *key, size_t len,
                     uintptr_t value, int copy)
{
    if (len > UINT32_MAX)
        return WT_EINVAL;
    if ((m->n + 1) * 2 > m->cap) {
        wt_status st = grow(m);
        if (st)
            return st;
    }
    uint32_t h = wti_hash(key, len);
    wti_map_slot *s = find(m->slots, m->cap, key, len, h);
    if (!s->key) {
        const char *k = copy ? wti_arena_strndup(&m->arena, key, len) : key;
        if (!k)
            return WT_ENOMEM;
        s->key = k;
        s->len = (uint32_t)len;
        s->hash = h;
        m->n++;
        bloom_set(m->bloom, m->cap * 8, h);
    }
    s->value = value;
    return WT_OK;
}

wt_status wti_map_put(wti_map *m, const char *key, size_t len,
                      uintptr_t value)
{
    return put(m, key, len, value, 1);
}

wt_status wti_map_put_ref(wti_map *m, const char *key, size_t len,
                          uintptr_t value)
{
    return put(m, key, len, value, 0);
}

wt_status wti_map_or(wti_map *m, const char *key, size_t len, uintptr_t bits)
{
    const wti_map_slot *old = wti_map_get(m, key, len);
    return wti_map_put(m, key, len, (old ? old->value : 0) | bits);
}

const wti_map_slot *wti_map_get(const wti_map *m, const char *key, size_t len)
{
    if (!m->cap)
        return NULL;
    uint32_t h = wti_hash(key, len);
    if (!bloom_maybe(m->bloom, m->cap * 8, h))
        return NULL;
    wti_map_slot *s = find(m->slots, m->cap, key, len, h);
    return s->key ? s : NULL;
}

wt_status wti_map_put_phrase(wti_map *m, const char *key, size_t len,
                             size_t from, int sep, uintptr_t value)
{
    for (size_t i = from + 1; i < len; i++) {
        if ((sep >= 0 && key[i] != sep) || wti_map_get(m, key, i))
            continue;
        wt_status st = wti_map_put(m, key, i, 0);
        if (st)
            return st;
    }
    return wti_map_put(m, key, len, value);
}

int wti_map_has(const wti_map *m, const char *key, size_t len)
{
    return wti_map_get(m, key, len) != NULL;
}
