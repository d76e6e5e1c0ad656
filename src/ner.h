/*
 * ner.h - inside of the entity tagger (src/ner.c tags, src/ner_train.c
 * trains and scores, src/wcluster.c builds word clusters).
 */
#ifndef WARTA_NER_H
#define WARTA_NER_H

#include <stddef.h>
#include <stdint.h>

#include "warta.h"

struct wt_doc;

/* The stage interface of src/stages.c.  Load leaves *out NULL when the
 * data directory holds no model (models/ner.bin.gz); run fills d->tags. */
wt_status wti_ner_load(const char *data_dir, wt_ner **out);
void wti_ner_free(wt_ner *m);
wt_status wti_ner_run(const wt_ner *m, struct wt_doc *d);

/* ---- u64-keyed open-addressing table (clusters, gazetteer) ---- */
typedef struct wti_u64ent {
    uint64_t key; /* 0 = empty (keys are hashes, never 0) */
    uint32_t val;
} wti_u64ent;

typedef struct wti_u64tab {
    wti_u64ent *e; /* key and value side by side: one cache line a probe */
    size_t cap, n; /* cap a power of two */
    unsigned shift; /* 64 - log2(cap): slot = (key * odd) >> shift */
} wti_u64tab;

wt_status wti_u64tab_put(wti_u64tab *t, uint64_t key, uint32_t val);
/* The value of key ORed into *val; returns 1 when found. */
int wti_u64tab_get(const wti_u64tab *t, uint64_t key, uint32_t *val);
void wti_u64tab_free(wti_u64tab *t);

/* 64-bit FNV-1a of bytes, never 0. */
uint64_t wti_ner_hash(const char *s, size_t len);
/* Hash of the ASCII-lowercased bytes, never 0. */
uint64_t wti_ner_hash_lower(const char *s, size_t len);
/* Hash of a phrase from its words' lowercase hashes (order matters). */
static inline uint64_t wti_ner_phrase_step(uint64_t h, uint64_t word)
{
    h = (h ^ word) * 0x9E3779B97F4A7C15ull;
    return (h ^ (h >> 31)) | 1;
}

/* Gazetteer bits of a phrase (value in wt_ner.gaz). */
enum { WTI_GAZ_PER = 1, WTI_GAZ_LOC = 2, WTI_GAZ_ORG = 4, WTI_GAZ_COUNTRY = 8,
       WTI_GAZ_KINDS = 4, WTI_GAZ_MAXLEN = 6,
       WTI_GAZ_PREFIX = 16 /* the phrase begins a longer name */ };

/* The title flag in a wt_ner.clusters value (ids use the low 31 bits). */
#define WTI_NER_TITLE 0x80000000u

#define WTI_NER_NF 44     /* feature templates per token */
#define WTI_NER_MAXSENT 256
#define WTI_NER_LMAX (2 * WT_NER_MAX_TYPES + 1)   /* labels           */
#define WTI_NER_SMAX ((WTI_NER_LMAX + 7) & ~7)    /* their stride     */

struct wt_ner {
    uint32_t hash_bits;
    uint32_t n_types, n_labels; /* n_labels = 1 + 2 * n_types */
    char types[WT_NER_MAX_TYPES][16];
    float scale;                /* weight = w8 / scale               */
    int8_t *w;                  /* [1 << hash_bits][stride]          */
    int32_t *trans;             /* [(n_labels + 1)][n_labels]; row n_labels = start */
    uint32_t n_cluster_sets;    /* 0..2 */
    wti_u64tab clusters;        /* lowercase word hash -> c0 | c1 << 16 (1-based), | WTI_NER_TITLE */
    wti_u64tab gaz;             /* phrase hash -> WTI_GAZ_* bits     */
    /* trans as floats in rows of stride lanes, forbidden steps and pad
     * lanes -inf (wti_ner_prepare) */
    _Alignas(16) float tp[(WTI_NER_LMAX + 1) * WTI_NER_SMAX];
};

/* Fills m->tp from m->trans; after loading and after every change of
 * m->trans. */
void wti_ner_prepare(struct wt_ner *m);

/* Feature rows of one sentence: out[i * WTI_NER_NF + k], row indices
 * below 1 << hash_bits.  n <= WTI_NER_MAXSENT. */
void wti_ner_features(const struct wt_ner *m, const char *const *tok,
                      const size_t *len, size_t n, uint32_t *out);

/* Weights per row in wt_ner.w: n_labels rounded up to 8, so a row is 8
 * aligned bytes (never across a cache line) and the sums vectorize. */
static inline uint32_t wti_ner_stride(uint32_t n_labels)
{
    return (n_labels + 7) & ~7u;
}

/* 1 if label b may follow label a (a == n_labels: sentence start). */
static inline int wti_ner_allowed(uint32_t a, uint32_t b, uint32_t n_labels)
{
    if (b == 0 || (b & 1))
        return 1; /* O or B-x */
    return a < n_labels && a != 0 && (a + 1) / 2 == b / 2;
}

/* Viterbi over emission scores em[i * S + l] (S = wti_ner_stride(L), the
 * pad lanes ignored) and transitions tr[(L + 1) * L] (row L = start);
 * back is n * S bytes of scratch.  L <= 2 * WT_NER_MAX_TYPES + 1.  Ties go
 * to the lowest predecessor label, the last step to the lowest label. */
void wti_ner_viterbi(const float *em, const float *tr, uint32_t L, size_t n,
                     uint8_t *back, uint8_t *out);

/* Adds a name (tokenized as the analysis does) to m->gaz with `bits`. */
wt_status wti_ner_gaz_add(struct wt_ner *m, const char *s, size_t len,
                          uint32_t bits);

/* Loads the data/aliases.txt, data/countries.txt and data/titles.txt
 * entries into m->gaz and m->clusters (title words). */
wt_status wti_ner_builtin_lexicons(struct wt_ner *m);

#endif
