/*
 * ner.c - the named-entity tagger at run time (see warta.h, docs/ner.md):
 * features, Viterbi decoding, the model file, and the analysis stage that
 * fills a document's BIO tags.
 *
 * Features are hashed: a template number and a value hash are mixed into
 * a row of the weight table, whose n_labels int16 weights are added to the
 * token's label scores.  Per token the attributes (word hashes, shape,
 * affixes, clusters, gazetteer state) are computed once and shared by the
 * templates that look at it from its neighbours.
 */
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "doc.h"
#include "engine.h"
#include "lex.h"
#include "ner.h"

/* ---- hashing -------------------------------------------------------- */

uint64_t wti_ner_hash(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return h | 1;
}

static inline unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

uint64_t wti_ner_hash_lower(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ lower((unsigned char)s[i])) * 0x100000001b3ull;
    return h | 1;
}

static inline uint64_t fmix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}

/* ---- u64 table ---------------------------------------------------------- */

/* The first slot of key: its top bits after one multiply (keys are
 * hashes; phrase keys all have the low bit set, so the low bits would not
 * do). */
static inline size_t slot(const wti_u64tab *t, uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> t->shift);
}

/* An empty table of cap slots (a power of two, at least 2). */
static wt_status u64tab_alloc(wti_u64tab *t, size_t cap)
{
    t->e = calloc(cap, sizeof *t->e);
    if (!t->e)
        return WT_ENOMEM;
    t->cap = cap;
    t->n = 0;
    t->shift = 64;
    while (cap > 1) {
        cap >>= 1;
        t->shift--;
    }
    return WT_OK;
}

static wt_status u64tab_grow(wti_u64tab *t)
{
    wti_u64tab nt;
    if (u64tab_alloc(&nt, t->cap ? t->cap * 2 : 1024) != WT_OK)
        return WT_ENOMEM;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->e[i].key)
            continue;
        size_t j = slot(&nt, t->e[i].key);
        while (nt.e[j].key)
            j = (j + 1) & (nt.cap - 1);
        nt.e[j] = t->e[i];
    }
    nt.n = t->n;
    free(t->e);
    *t = nt;
    return WT_OK;
}

wt_status wti_u64tab_put(wti_u64tab *t, uint64_t key, uint32_t val)
{
    if ((t->n + 1) * 2 > t->cap && u64tab_grow(t) != WT_OK)
        return WT_ENOMEM;
    size_t j = slot(t, key);
    while (t->e[j].key && t->e[j].key != key)
        j = (j + 1) & (t->cap - 1);
    if (!t->e[j].key) {
        t->e[j].key = key;
        t->n++;
    }
    t->e[j].val = val;
    return WT_OK;
}

int wti_u64tab_get(const wti_u64tab *t, uint64_t key, uint32_t *val)
{
    if (!t->cap)
        return 0;
    size_t j = slot(t, key);
    while (t->e[j].key) {
        if (t->e[j].key == key) {
            *val |= t->e[j].val;
            return 1;
        }
        j = (j + 1) & (t->cap - 1);
    }
    return 0;
}

void wti_u64tab_free(wti_u64tab *t)
{
    free(t->e);
    memset(t, 0, sizeof *t);
}

/* ---- features ----------------------------------------------------------- */

typedef struct tokattr {
    uint64_t w, l, shape;
    uint64_t pre[3], suf[4];
    uint32_t c[2];   /* cluster ids, 0 unknown */
    uint32_t gaz;    /* 2 bits per gazetteer kind: 0 -, 1 B, 2 B-multi, 3 I */
    uint8_t title, cap, lenb;
} tokattr;

/* The shape class of a byte (0 for a UTF-8 continuation byte, which
 * adds nothing): X x d for letters and digits, u for a character beyond
 * ASCII, the byte itself for common punctuation, o for the rest. */
static inline char shape_class(unsigned char c)
{
    if ((unsigned)(c - 'a') < 26u)
        return 'x';
    if ((unsigned)(c - 'A') < 26u)
        return 'X';
    if ((unsigned)(c - '0') < 10u)
        return 'd';
    if (c >= 0x80)
        return (c & 0xC0) == 0x80 ? 0 : 'u';
    switch (c) {
    case '.': case ',': case '-': case '\'': case '/': case '&': case ':':
    case '%': case '(': case ')': case '"':
        return (char)c;
    case '\0':
        return 1; /* NUL: a class of its own, written as 0 */
    default:
        return 'o';
    }
}

static uint8_t len_bucket(size_t len)
{
    return len <= 3 ? (uint8_t)len : len <= 5 ? 4 : len <= 8 ? 5 : 6;
}

static void attrs(const struct wt_ner *m, const char *const *tok,
                  const size_t *len, size_t n, tokattr *a)
{
    for (size_t i = 0; i < n; i++) {
        const char *s = tok[i];
        size_t k = len[i] < WT_NER_MAX_TOKEN ? len[i] : WT_NER_MAX_TOKEN;
        tokattr *t = &a[i];
        /* one pass: the cased and lowercase hashes, the prefixes on the
         * way (proper prefixes only: a word of k bytes has prefixes of at
         * most k - 1), the shape (Xxxx, XXX, dd.ddd: classes with runs
         * collapsed, at most 12) */
        uint64_t h = 0xcbf29ce484222325ull, hw = h;
        char buf[12];
        size_t nb = 0;
        char last = 0;
        t->pre[0] = t->pre[1] = t->pre[2] = 0;
        size_t np = k > 3 ? 3 : k ? k - 1 : 0; /* prefixes */
        for (size_t j = 0; j < k; j++) {
            unsigned char c = (unsigned char)s[j];
            h = (h ^ lower(c)) * 0x100000001b3ull;
            hw = (hw ^ c) * 0x100000001b3ull;
            if (j < np)
                t->pre[j] = h | 1;
            char sc = shape_class(c);
            if (sc && nb < sizeof buf) {
                sc = sc == 1 ? 0 : sc;
                if (sc != last)
                    buf[nb++] = sc;
                last = sc;
            }
        }
        t->l = h | 1;
        t->w = hw | 1;
        t->shape = wti_ner_hash(buf, nb);
        t->cap = k && s[0] >= 'A' && s[0] <= 'Z';
        /* suffixes, hashed from the last byte backwards */
        h = 0x84222325cbf29ce4ull;
        t->suf[0] = t->suf[1] = t->suf[2] = t->suf[3] = 0;
        size_t ns = k > 4 ? 4 : k ? k - 1 : 0; /* proper suffixes */
        for (size_t j = 0; j < ns; j++) {
            h = (h ^ lower((unsigned char)s[k - 1 - j])) * 0x100000001b3ull;
            t->suf[j] = h | 1;
        }
        t->lenb = len_bucket(k);
        t->gaz = 0;
        /* the slots this token's cluster and one-word gazetteer lookups
         * will read, asked for now: the tables are megabytes, and the
         * misses of a whole piece then overlap */
        if (m->clusters.cap)
            __builtin_prefetch(&m->clusters.e[slot(&m->clusters, t->l)]);
        if (m->gaz.cap)
            __builtin_prefetch(&m->gaz.e[slot(&m->gaz,
                wti_ner_phrase_step(0x2545F4914F6CDD1Dull, t->l))]);
    }
    for (size_t i = 0; i < n; i++) {
        tokattr *t = &a[i];
        uint32_t c = 0;
        wti_u64tab_get(&m->clusters, t->l, &c);
        t->title = (c & WTI_NER_TITLE) != 0;
        c &= ~WTI_NER_TITLE;
        t->c[0] = c & 0xffff;
        t->c[1] = c >> 16;
    }
    /* longest gazetteer match of each kind from each token; a phrase that
     * neither is nor begins a name ends the search */
    for (size_t i = 0; i < n; i++) {
        size_t best[WTI_GAZ_KINDS] = {0}, any = 0;
        uint64_t h = 0x2545F4914F6CDD1Dull;
        for (size_t L = 1; L <= WTI_GAZ_MAXLEN && i + L <= n; L++) {
            h = wti_ner_phrase_step(h, a[i + L - 1].l);
            uint32_t bits = 0;
            if (!wti_u64tab_get(&m->gaz, h, &bits))
                break;
            for (unsigned g = 0; g < WTI_GAZ_KINDS; g++)
                if (bits & (1u << g))
                    best[g] = any = L;
            if (!(bits & WTI_GAZ_PREFIX))
                break;
        }
        for (unsigned g = 0; any && g < WTI_GAZ_KINDS; g++) {
            if (!best[g])
                continue;
            uint32_t sh = 2 * g;
            if (((a[i].gaz >> sh) & 3) != 3)
                a[i].gaz = (a[i].gaz & ~(3u << sh)) | ((best[g] > 1 ? 2u : 1u) << sh);
            for (size_t j = i + 1; j < i + best[g]; j++)
                a[j].gaz |= 3u << sh;
        }
    }
}

/* Template t with value v -> a row: one multiply-shift (the top bits of
 * an odd multiple), the template's offset folded in at compile time.  The
 * values are FNV hashes or small numbers; either way every bit of
 * v + t * K reaches the top bits of the product. */
#define ROW(t, v)                                                          \
    ((uint32_t)((((uint64_t)(v) + (uint64_t)(t) * 0x9E3779B97F4A7C15ull) * \
                 0xD6E8FEB86659FD93ull) >> shift))
#define MIX(a, b) ((a) * 0x100000001b3ull ^ (b))

/* The attributes of a sentence piece, with two pads on each side. */
static void piece_attrs(const struct wt_ner *m, const char *const *tok,
                        const size_t *len, size_t n, tokattr *a)
{
    static const tokattr pad = {.w = 11, .l = 11, .shape = 11};
    a[0] = a[1] = pad;
    a[0].l = a[0].w = 13;
    attrs(m, tok, len, n, a + 2);
    a[n + 2] = a[n + 3] = pad;
    a[n + 3].l = a[n + 3].w = 17;
}

/* The WTI_NER_NF rows of token i; A points at token 0 of piece_attrs. */
static void token_features(int shift, const tokattr *A, size_t i,
                           uint32_t *f)
{
    const tokattr *p2 = &A[(ptrdiff_t)i - 2], *p1 = &A[(ptrdiff_t)i - 1];
    const tokattr *t = &A[i], *n1 = &A[i + 1], *n2 = &A[i + 2];
    int k = 0;
    f[k++] = ROW(1, 1);
    f[k++] = ROW(2, t->w);
    f[k++] = ROW(3, t->l);
    f[k++] = ROW(4, p1->l);
    f[k++] = ROW(5, n1->l);
    f[k++] = ROW(6, p2->l);
    f[k++] = ROW(7, n2->l);
    f[k++] = ROW(8, t->shape);
    f[k++] = ROW(9, p1->shape);
    f[k++] = ROW(10, n1->shape);
    f[k++] = ROW(11, MIX(p1->shape, t->shape));
    f[k++] = ROW(12, MIX(t->shape, n1->shape));
    for (int j = 0; j < 3; j++)
        f[k++] = ROW(13 + j, t->pre[j]);
    for (int j = 0; j < 4; j++)
        f[k++] = ROW(16 + j, t->suf[j]);
    f[k++] = ROW(20, MIX(p1->l, t->l));
    f[k++] = ROW(21, MIX(t->l, n1->l));
    f[k++] = ROW(22, t->c[0]);
    f[k++] = ROW(23, p1->c[0]);
    f[k++] = ROW(24, n1->c[0]);
    f[k++] = ROW(25, t->c[1]);
    f[k++] = ROW(26, p1->c[1]);
    f[k++] = ROW(27, n1->c[1]);
    f[k++] = ROW(28, MIX(p1->c[1], t->c[1]));
    f[k++] = ROW(29, MIX(t->c[1], n1->c[1]));
    f[k++] = ROW(30, t->gaz & 3);
    f[k++] = ROW(31, (t->gaz >> 2) & 3);
    f[k++] = ROW(32, (t->gaz >> 4) & 3);
    f[k++] = ROW(33, (t->gaz >> 6) & 3);
    f[k++] = ROW(34, p1->gaz);
    f[k++] = ROW(35, n1->gaz);
    f[k++] = ROW(36, MIX(t->gaz, t->shape));
    f[k++] = ROW(37, p1->title);
    f[k++] = ROW(38, p2->title);
    f[k++] = ROW(39, MIX(i == 0, t->shape));
    f[k++] = ROW(40, MIX(p1->l, t->shape));
    f[k++] = ROW(41, MIX(t->shape, n1->l));
    f[k++] = ROW(42, MIX(t->lenb, t->shape));
    f[k++] = ROW(43, p1->w);
    f[k++] = ROW(44, MIX(p1->cap * 2 + t->cap, n1->cap));
}

void wti_ner_features(const struct wt_ner *m, const char *const *tok,
                      const size_t *len, size_t n, uint32_t *out)
{
    tokattr a[WTI_NER_MAXSENT + 4];
    piece_attrs(m, tok, len, n, a);
    for (size_t i = 0; i < n; i++)
        token_features(64 - (int)m->hash_bits, a + 2, i, out + i * WTI_NER_NF);
}

/* ---- decoding ------------------------------------------------------------ */

enum { LMAX = WTI_NER_LMAX, SMAX = WTI_NER_SMAX };

/* The transitions padded to rows of S lanes, with the BIO constraint
 * folded in: a forbidden step, and a step into a pad lane, costs -inf, so
 * the inner loop has no branch on it. */
static void padded_trans(const float *tr, uint32_t L, uint32_t S, float *t)
{
    for (uint32_t a = 0; a <= L; a++)
        for (uint32_t b = 0; b < S; b++)
            t[a * S + b] = b < L && wti_ner_allowed(a, b, L) ? tr[a * L + b]
                                                              : -INFINITY;
}

#ifdef __SSE2__
/* One step of the recursion for lanes [b, b + 8): nd = max over a of
 * d[a] + t[a][.], the first strictly best a in bk, then nd += e.  The
 * float operations are those of the scalar loop, in its order, so the
 * result is the same bit for bit. */
static inline void vstep8(const float *d, const float *t, uint32_t L,
                          uint32_t S, uint32_t b, const float *e, float *nd,
                          uint8_t *bk)
{
    __m128 d0 = _mm_set1_ps(d[0]);
    __m128 s0 = _mm_add_ps(d0, _mm_loadu_ps(t + b));
    __m128 s1 = _mm_add_ps(d0, _mm_loadu_ps(t + b + 4));
    __m128i a0 = _mm_setzero_si128(), a1 = _mm_setzero_si128();
#pragma GCC unroll 8
    for (uint32_t a = 1; a < L; a++) {
        __m128 da = _mm_set1_ps(d[a]);
        __m128i va = _mm_set1_epi32((int)a);
        __m128 x0 = _mm_add_ps(da, _mm_loadu_ps(t + a * S + b));
        __m128 x1 = _mm_add_ps(da, _mm_loadu_ps(t + a * S + b + 4));
        __m128i m0 = _mm_castps_si128(_mm_cmpgt_ps(x0, s0));
        __m128i m1 = _mm_castps_si128(_mm_cmpgt_ps(x1, s1));
        s0 = _mm_max_ps(x0, s0); /* x0 > s0 ? x0 : s0 */
        s1 = _mm_max_ps(x1, s1);
        a0 = _mm_or_si128(_mm_andnot_si128(m0, a0), _mm_and_si128(m0, va));
        a1 = _mm_or_si128(_mm_andnot_si128(m1, a1), _mm_and_si128(m1, va));
    }
    _mm_store_ps(nd + b, _mm_add_ps(s0, _mm_load_ps(e + b)));
    _mm_store_ps(nd + b + 4, _mm_add_ps(s1, _mm_load_ps(e + b + 4)));
    __m128i p = _mm_packs_epi32(a0, a1);
    _mm_storel_epi64((__m128i *)(void *)(bk + b), _mm_packus_epi16(p, p));
}
#endif

/* wti_ner_viterbi over transitions already padded (padded_trans). */
static void viterbi(const float *em, const float *t, uint32_t L, size_t n,
                    uint8_t *back, uint8_t *out)
{
    uint32_t S = wti_ner_stride(L);
    _Alignas(16) float dv[2][SMAX];
    if (!n)
        return;
    float *d = dv[0], *nd = dv[1];
    for (uint32_t b = 0; b < S; b++)
        d[b] = t[L * S + b] + (b < L ? em[b] : 0);
    for (size_t i = 1; i < n; i++) {
        const float *e = em + i * S;
        uint8_t *bk = back + i * S;
#ifdef __SSE2__
        if (((uintptr_t)e & 15) == 0) {
            if (L == 7) /* three types: constants, the loop unrolled */
                vstep8(d, t, 7, 8, 0, e, nd, bk);
            else
                for (uint32_t b = 0; b < S; b += 8)
                    vstep8(d, t, L, S, b, e, nd, bk);
            float *x = d;
            d = nd;
            nd = x;
            continue;
        }
#endif
        for (uint32_t b = 0; b < L; b++) {
            nd[b] = d[0] + t[b];
            bk[b] = 0;
        }
        /* the first strictly best predecessor wins, as a scan would */
        for (uint32_t a = 1; a < L; a++) {
            const float *row = t + a * S;
            for (uint32_t b = 0; b < L; b++) {
                float s = d[a] + row[b];
                int better = s > nd[b];
                nd[b] = better ? s : nd[b];
                bk[b] = better ? (uint8_t)a : bk[b];
            }
        }
        for (uint32_t b = 0; b < L; b++)
            nd[b] += e[b];
        float *x = d;
        d = nd;
        nd = x;
    }
    uint32_t best = 0;
    for (uint32_t b = 1; b < L; b++)
        if (d[b] > d[best])
            best = b;
    for (size_t i = n; i-- > 0;) {
        out[i] = (uint8_t)best;
        if (i)
            best = back[i * S + best];
    }
}

void wti_ner_viterbi(const float *em, const float *tr, uint32_t L, size_t n,
                     uint8_t *back, uint8_t *out)
{
    _Alignas(16) float t[(LMAX + 1) * SMAX];
    padded_trans(tr, L, wti_ner_stride(L), t);
    viterbi(em, t, L, n, back, out);
}

/* Scratch for one piece of a sentence (about 45 KB). */
typedef struct scratch {
    tokattr a[WTI_NER_MAXSENT + 4];
    _Alignas(16) float em[WTI_NER_MAXSENT * SMAX];
    uint8_t back[WTI_NER_MAXSENT * SMAX];
} scratch;

#ifdef __SSE2__
/* Lanes [c, c + 8) of the sums of rows f[0..NF) into em: two rows of 8
 * bytes in one register, each byte sign-extended to 16 bits (unpack with
 * itself, shift right), added in int16 lanes (44 x 127 cannot overflow),
 * then widened to int32 and converted. */
static inline void sum_chunk(const int8_t *w, const uint32_t *f, uint32_t S,
                             uint32_t c, float *em)
{
    __m128i a = _mm_setzero_si128(), b = _mm_setzero_si128();
#pragma GCC unroll 22
    for (int k = 0; k < WTI_NER_NF; k += 2) {
        __m128i x = _mm_loadl_epi64((const __m128i *)(const void *)(w + (size_t)f[k] * S + c));
        __m128i v = _mm_castps_si128(_mm_loadh_pi(
            _mm_castsi128_ps(x), (const __m64 *)(const void *)(w + (size_t)f[k + 1] * S + c)));
        a = _mm_add_epi16(a, _mm_srai_epi16(_mm_unpacklo_epi8(v, v), 8));
        b = _mm_add_epi16(b, _mm_srai_epi16(_mm_unpackhi_epi8(v, v), 8));
    }
    a = _mm_add_epi16(a, b);
    __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(a, a), 16);
    __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(a, a), 16);
    _mm_store_ps(em + c, _mm_cvtepi32_ps(lo));
    _mm_store_ps(em + c + 4, _mm_cvtepi32_ps(hi));
}
#endif

/* The sums of the rows f[0..NF) of a stride-S table, as floats, into
 * em[0..S).  Exact: no partial sum leaves the int16 range. */
static inline void sum_rows(const int8_t *w, const uint32_t *f, uint32_t S,
                            float *em)
{
#ifdef __SSE2__
    if (((uintptr_t)em & 15) == 0) {
        if (S == 8) /* three types: one 8-byte row */
            sum_chunk(w, f, 8, 0, em);
        else
            for (uint32_t c = 0; c < S; c += 8)
                sum_chunk(w, f, S, c, em);
        return;
    }
#endif
    int32_t acc[SMAX] = {0};
    for (int k = 0; k < WTI_NER_NF; k++) {
        const int8_t *row = w + (size_t)f[k] * S;
        for (uint32_t l = 0; l < S; l++)
            acc[l] += row[l];
    }
    for (uint32_t l = 0; l < S; l++)
        em[l] = (float)acc[l];
}

/* How many tokens ahead the rows are computed and prefetched: the sums of
 * token i wait on no load that was not started a token earlier. */
#ifndef NER_AHEAD
#define NER_AHEAD 1
#endif

/* Starts the loads of rows f[0..NF). */
static inline void prefetch_rows(const int8_t *w, const uint32_t *f,
                                 uint32_t S)
{
    if (S == 8) {
#pragma GCC unroll 44
        for (int k = 0; k < WTI_NER_NF; k++)
            __builtin_prefetch(w + (size_t)f[k] * 8);
        return;
    }
    for (int k = 0; k < WTI_NER_NF; k++)
        __builtin_prefetch(w + (size_t)f[k] * S);
}

static void tag_piece(const wt_ner *m, scratch *s, const char *const *tok,
                      const size_t *len, size_t n, uint8_t *labels)
{
    uint32_t L = m->n_labels, S = wti_ner_stride(L);
    uint32_t f[NER_AHEAD + 1][WTI_NER_NF];
    int shift = 64 - (int)m->hash_bits;
    piece_attrs(m, tok, len, n, s->a);
    for (size_t i = 0; i < NER_AHEAD && i < n; i++)
        token_features(shift, s->a + 2, i, f[i]);
    for (size_t i = 0; i < n; i++) {
        if (i + NER_AHEAD < n) {
            uint32_t *g = f[(i + NER_AHEAD) % (NER_AHEAD + 1)];
            token_features(shift, s->a + 2, i + NER_AHEAD, g);
            prefetch_rows(m->w, g, S);
        }
        sum_rows(m->w, f[i % (NER_AHEAD + 1)], S, s->em + i * S);
    }
    viterbi(s->em, m->tp, L, n, s->back, labels);
}

void wti_ner_prepare(wt_ner *m)
{
    uint32_t L = m->n_labels;
    float t[(LMAX + 1) * LMAX];
    for (uint32_t i = 0; i < (L + 1) * L; i++)
        t[i] = (float)m->trans[i];
    padded_trans(t, L, wti_ner_stride(L), m->tp);
}

wt_status wt_ner_tag(const wt_ner *m, const char *const *tok,
                     const size_t *len, size_t n, uint8_t *labels)
{
    scratch s;
    for (size_t i = 0; i < n; i += WTI_NER_MAXSENT) {
        size_t k = n - i < WTI_NER_MAXSENT ? n - i : WTI_NER_MAXSENT;
        tag_piece(m, &s, tok + i, len + i, k, labels + i);
    }
    return WT_OK;
}

size_t wt_ner_n_types(const wt_ner *m) { return m ? m->n_types : 0; }

const char *wt_ner_type(const wt_ner *m, size_t t)
{
    return m && t < m->n_types ? m->types[t] : NULL;
}

void wt_ner_free(wt_ner *m)
{
    if (!m)
        return;
    free(m->w);
    free(m->trans);
    wti_u64tab_free(&m->clusters);
    wti_u64tab_free(&m->gaz);
    free(m);
}

/* ---- built-in lexicons ---------------------------------------------------- */

typedef struct phrase_ctx {
    uint64_t h[WTI_GAZ_MAXLEN];
    const char *s;
    size_t n;
} phrase_ctx;

static int phrase_tok(void *ctx, const wt_token *t)
{
    phrase_ctx *p = ctx;
    if (p->n < WTI_GAZ_MAXLEN) {
        uint64_t prev = p->n ? p->h[p->n - 1] : 0x2545F4914F6CDD1Dull;
        p->h[p->n] = wti_ner_phrase_step(prev, wti_ner_hash_lower(
                                                   p->s + t->start, t->end - t->start));
    }
    p->n++;
    return 0;
}

static wt_status tab_or(wti_u64tab *t, uint64_t k, uint32_t bits)
{
    uint32_t old = 0;
    wti_u64tab_get(t, k, &old);
    return wti_u64tab_put(t, k, old | bits);
}

/* A name, tokenized as the analysis tokenizes, under its phrase key with
 * `bits`, and each of its proper prefixes with WTI_GAZ_PREFIX; names of
 * more than WTI_GAZ_MAXLEN tokens are left out. */
static wt_status gaz_add(wti_u64tab *t, const char *s, size_t len,
                         uint32_t bits)
{
    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    phrase_ctx p = {{0}, s, 0};
    if (wt_tokenize(s, len, phrase_tok, &p) != WT_OK || !p.n ||
        p.n > WTI_GAZ_MAXLEN)
        return WT_OK;
    wt_status st = tab_or(t, p.h[p.n - 1], bits);
    for (size_t i = 0; st == WT_OK && i + 1 < p.n; i++)
        st = tab_or(t, p.h[i], WTI_GAZ_PREFIX);
    return st;
}

wt_status wti_ner_gaz_add(wt_ner *m, const char *s, size_t len, uint32_t bits)
{
    return gaz_add(&m->gaz, s, len, bits);
}

static uint32_t type_bits(const char *s, size_t n)
{
    if (n == 3 && !memcmp(s, "PER", 3))
        return WTI_GAZ_PER;
    if (n == 3 && !memcmp(s, "ORG", 3))
        return WTI_GAZ_ORG;
    if (n == 3 && !memcmp(s, "LOC", 3))
        return WTI_GAZ_LOC;
    return 0;
}

/* countries.txt and aliases.txt: name TAB type TAB alias,alias,... */
static wt_status names_file(wt_ner *m, const char *file, int country)
{
    const wti_lexfile *f = wti_lex_find(file);
    if (!f)
        return WT_OK;
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[4];
        size_t nf = wti_lex_fields(line, len, fl, 4);
        if (nf < 2)
            continue;
        uint32_t bits = type_bits(fl[1].s, fl[1].len);
        if (country && bits == WTI_GAZ_LOC)
            bits |= WTI_GAZ_COUNTRY;
        if (!bits)
            continue;
        wt_status st = gaz_add(&m->gaz, fl[0].s, fl[0].len, bits);
        wti_str rest = nf > 2 ? fl[2] : (wti_str){NULL, 0}, item;
        while (st == WT_OK && wti_lex_next_item(&rest, &item))
            st = gaz_add(&m->gaz, item.s, item.len, bits);
        if (st != WT_OK)
            return st;
    }
    return WT_OK;
}

wt_status wti_ner_builtin_lexicons(wt_ner *m)
{
    wt_status st;
    if ((st = names_file(m, "countries", 1)) != WT_OK ||
        (st = names_file(m, "aliases", 0)) != WT_OK)
        return st;
    const wti_lexfile *f = wti_lex_find("titles");
    if (!f)
        return WT_OK;
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[2];
        if (!wti_lex_fields(line, len, fl, 2))
            continue;
        const char *p = fl[0].s, *end = p + fl[0].len;
        while (p < end) {
            const char *q = p;
            while (q < end && *q != ' ')
                q++;
            if (q > p && (st = tab_or(&m->clusters,
                                      wti_ner_hash_lower(p, (size_t)(q - p)),
                                      WTI_NER_TITLE)) != WT_OK)
                return st;
            p = q + 1;
        }
    }
    return WT_OK;
}

/* ---- model file ------------------------------------------------------------
 * "WARTANER" u32 version (3) u32 0x01020304 u32 hash_bits
 * u32 n_types, n_types x char[16], f32 scale, u32 n_cluster_sets,
 * int8 w[rows][stride], int32 trans[(L+1) L], then two tables, each
 * u32 n followed by n x (u64 key, u32 value).  Host byte order (the
 * 0x01020304 marker rejects a foreign one).  Written uncompressed (the
 * weights hardly compress, and inflating took 35 ms at every start); a
 * gzip file of the same bytes loads as well. */

#define MAGIC "WARTANER"
#define VERSION 3u /* 3: rows by multiply-shift, int8 weights */

static int put(gzFile g, const void *p, size_t n)
{
    while (n) {
        unsigned k = n > (1u << 30) ? 1u << 30 : (unsigned)n;
        if (gzwrite(g, p, k) != (int)k)
            return -1;
        p = (const char *)p + k;
        n -= k;
    }
    return 0;
}

static int get(gzFile g, void *p, size_t n)
{
    while (n) {
        unsigned k = n > (1u << 30) ? 1u << 30 : (unsigned)n;
        if (gzread(g, p, k) != (int)k)
            return -1;
        p = (char *)p + k;
        n -= k;
    }
    return 0;
}

static int put_tab(gzFile g, const wti_u64tab *t)
{
    uint32_t n = (uint32_t)t->n;
    if (put(g, &n, 4))
        return -1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->e[i].key && (put(g, &t->e[i].key, 8) || put(g, &t->e[i].val, 4)))
            return -1;
    return 0;
}

static wt_status get_tab(gzFile g, wti_u64tab *t)
{
    uint32_t n;
    if (get(g, &n, 4) || n > (1u << 26))
        return WT_EFORMAT;
    /* sized once: no growth while loading */
    size_t cap = 1024;
    while (cap < 2 * (size_t)n + 2)
        cap *= 2;
    if (u64tab_alloc(t, cap) != WT_OK)
        return WT_ENOMEM;
    /* the entries in blocks: one gzread per 4096 */
    enum { BLOCK = 4096 };
    unsigned char buf[BLOCK * 12];
    for (uint32_t i = 0; i < n;) {
        uint32_t k = n - i < BLOCK ? n - i : BLOCK;
        if (get(g, buf, (size_t)k * 12))
            return WT_EFORMAT;
        for (uint32_t j = 0; j < k; j++) {
            uint64_t key;
            uint32_t v;
            memcpy(&key, buf + 12 * j, 8);
            memcpy(&v, buf + 12 * j + 8, 4);
            if (!key)
                return WT_EFORMAT;
            if (wti_u64tab_put(t, key, v) != WT_OK) /* sized: never grows */
                return WT_ENOMEM;
        }
        i += k;
    }
    return WT_OK;
}

wt_status wt_ner_save(const wt_ner *m, const char *path)
{
    gzFile g = gzopen(path, "wbT"); /* T: plain bytes, read without inflating */
    if (!g)
        return WT_EIO;
    uint32_t hdr[4] = {VERSION, 0x01020304u, m->hash_bits, m->n_types};
    size_t rows = (size_t)1 << m->hash_bits, L = m->n_labels;
    size_t S = wti_ner_stride(m->n_labels);
    int bad = put(g, MAGIC, 8) || put(g, hdr, sizeof hdr) ||
              put(g, m->types, sizeof m->types[0] * m->n_types) ||
              put(g, &m->scale, 4) || put(g, &m->n_cluster_sets, 4) ||
              put(g, m->w, rows * S * sizeof *m->w) ||
              put(g, m->trans, (L + 1) * L * sizeof *m->trans) ||
              put_tab(g, &m->clusters) || put_tab(g, &m->gaz);
    if (gzclose(g) != Z_OK)
        bad = 1;
    return bad ? WT_EIO : WT_OK;
}

/* <data_dir>/models/ner.model, malloc'd, or NULL. */
static char *model_path(const char *data_dir)
{
    size_t n = strlen(data_dir) + 32;
    char *path = malloc(n);
    if (path)
        snprintf(path, n, "%s/models/ner.model", data_dir);
    return path;
}

wt_status wt_ner_load(const char *path, wt_ner **out)
{
    *out = NULL;
    if (!path) { /* the installed model */
        char *p = model_path(wti_data_dir(NULL));
        if (!p)
            return WT_ENOMEM;
        wt_status st = wt_ner_load(p, out);
        free(p);
        return st;
    }
    FILE *probe = fopen(path, "rb");
    if (!probe)
        return WT_ENOTFOUND;
    fclose(probe);
    gzFile g = gzopen(path, "rb");
    if (!g)
        return WT_EIO;
    gzbuffer(g, 1 << 17);
    wt_ner *m = calloc(1, sizeof *m);
    wt_status st = m ? WT_OK : WT_ENOMEM;
    char magic[8];
    uint32_t hdr[4];
    if (st == WT_OK &&
        (get(g, magic, 8) || memcmp(magic, MAGIC, 8) || get(g, hdr, sizeof hdr) ||
         hdr[0] != VERSION || hdr[1] != 0x01020304u || hdr[2] < 8 ||
         hdr[2] > 24 || hdr[3] < 1 || hdr[3] > WT_NER_MAX_TYPES))
        st = WT_EFORMAT;
    if (st == WT_OK) {
        m->hash_bits = hdr[2];
        m->n_types = hdr[3];
        m->n_labels = 1 + 2 * m->n_types;
        size_t rows = (size_t)1 << m->hash_bits, L = m->n_labels;
        size_t S = wti_ner_stride(m->n_labels);
        m->w = aligned_alloc(64, rows * S * sizeof *m->w);
        m->trans = malloc((L + 1) * L * sizeof *m->trans);
        if (!m->w || !m->trans)
            st = WT_ENOMEM;
        else if (get(g, m->types, sizeof m->types[0] * m->n_types) ||
                 get(g, &m->scale, 4) || get(g, &m->n_cluster_sets, 4) ||
                 get(g, m->w, rows * S * sizeof *m->w) ||
                 get(g, m->trans, (L + 1) * L * sizeof *m->trans))
            st = WT_EFORMAT;
        for (uint32_t t = 0; st == WT_OK && t < m->n_types; t++)
            m->types[t][15] = '\0';
    }
    if (st == WT_OK && (st = get_tab(g, &m->clusters)) == WT_OK)
        st = get_tab(g, &m->gaz);
    gzclose(g);
    if (st == WT_OK)
        wti_ner_prepare(m);
    if (st != WT_OK) {
        wt_ner_free(m);
        return st;
    }
    *out = m;
    return WT_OK;
}

/* ---- the analysis stage ----------------------------------------------------- */

wt_status wti_ner_load(const char *data_dir, wt_ner **out)
{
    *out = NULL;
    if (!data_dir)
        return WT_OK;
    char *path = model_path(data_dir);
    if (!path)
        return WT_ENOMEM;
    wt_status st = wt_ner_load(path, out);
    free(path);
    return st == WT_ENOTFOUND ? WT_OK : st;
}

void wti_ner_free(wt_ner *m) { wt_ner_free(m); }

/* Model type name -> the B tag of doc.h, or 0 for a type warta drops. */
static uint8_t doc_tag(const char *type)
{
    if (!strcmp(type, "PER"))
        return WTI_TAG_B_PER;
    if (!strcmp(type, "ORG"))
        return WTI_TAG_B_ORG;
    if (!strcmp(type, "LOC"))
        return WTI_TAG_B_LOC;
    return 0;
}

wt_status wti_ner_run(const wt_ner *m, wt_doc *d)
{
    if (!d->n_tokens)
        return WT_OK;
    d->tags = wti_arena_calloc(&d->arena, d->n_tokens, 1);
    scratch *s = malloc(sizeof *s);
    const char **tok = malloc(WTI_NER_MAXSENT * sizeof *tok);
    size_t *len = malloc(WTI_NER_MAXSENT * sizeof *len);
    uint8_t lab[WTI_NER_MAXSENT];
    wt_status st = d->tags && s && tok && len ? WT_OK : WT_ENOMEM;
    uint8_t map[2 * WT_NER_MAX_TYPES + 1] = {0};
    for (uint32_t t = 0; t < m->n_types; t++) {
        uint8_t b = doc_tag(m->types[t]);
        map[1 + 2 * t] = b;
        map[2 + 2 * t] = b ? (uint8_t)(b + 1) : 0;
    }
    size_t ti = 0;
    for (size_t si = 0; st == WT_OK && si < d->n_sentences; si++) {
        wt_span sp = d->sentences[si];
        while (ti < d->n_tokens && d->tokens[ti].start < sp.start)
            ti++;
        while (ti < d->n_tokens && d->tokens[ti].end <= sp.end) {
            size_t k = 0, base = ti;
            while (ti < d->n_tokens && d->tokens[ti].end <= sp.end &&
                   k < WTI_NER_MAXSENT) {
                tok[k] = d->text + d->tokens[ti].start;
                len[k] = d->tokens[ti].end - d->tokens[ti].start;
                k++;
                ti++;
            }
            tag_piece(m, s, tok, len, k, lab);
            for (size_t j = 0; j < k; j++)
                d->tags[base + j] = map[lab[j]];
        }
    }
    free(s);
    free(tok);
    free(len);
    return st;
}
