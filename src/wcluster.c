/*
 * wcluster.c - word clusters from unlabeled text for the entity tagger
 * (wt_ner_clusters in warta.h, docs/ner.md).
 *
 * The exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney
 * 1998) for a class bigram model: every word belongs to one of K classes,
 * and words move, one at a time, to the class that most raises the
 * likelihood of the text under
 *
 *     sum_{c,d} N(c,d) log N(c,d)  -  2 sum_c N(c) log N(c)
 *
 * (N(c,d): class bigram counts, N(c): class counts).  Moving word w needs
 * only w's own bigrams grouped by the neighbours' classes, so one move
 * costs O(K * distinct neighbour classes of w).  Words are visited in
 * frequency order; the start assignment is word rank modulo K, so the
 * result is deterministic.  Like Brown clusters, words that occur in the
 * same contexts share a class: Indonesian given names, regencies, ministry
 * words, month names.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "warta.h"

#define MAX_FILE ((size_t)1 << 30)
#define MAX_WORD 64
#define FTAB ((size_t)1 << 21)

typedef struct vocab {
    wti_map map;     /* word -> id + 1 */
    char **words;    /* id -> word (owned by map's arena) */
    uint64_t *count;
    size_t n, cap;
    uint32_t *seq;   /* the text as ids */
    size_t n_seq, cap_seq;
    uint32_t nl_id;  /* id of the line break */
} vocab;

static wt_status seq_push(vocab *v, uint32_t id)
{
    if (v->n_seq == v->cap_seq) {
        size_t c = v->cap_seq ? v->cap_seq * 2 : 1 << 16;
        uint32_t *s = realloc(v->seq, c * sizeof *s);
        if (!s)
            return WT_ENOMEM;
        v->seq = s;
        v->cap_seq = c;
    }
    v->seq[v->n_seq++] = id;
    return WT_OK;
}

static wt_status push_nl(vocab *v)
{
    v->count[v->nl_id]++;
    return seq_push(v, v->nl_id);
}

static wt_status word_id(vocab *v, const char *w, size_t n, uint32_t *id)
{
    const wti_map_slot *s = wti_map_get(&v->map, w, n);
    if (s) {
        *id = (uint32_t)(s->value - 1);
        v->count[*id]++;
        return WT_OK;
    }
    if (v->n == v->cap) {
        size_t c = v->cap ? v->cap * 2 : 4096;
        char **ws = realloc(v->words, c * sizeof *ws);
        if (ws)
            v->words = ws;
        uint64_t *cs = realloc(v->count, c * sizeof *cs);
        if (cs)
            v->count = cs;
        if (!ws || !cs)
            return WT_ENOMEM;
        v->cap = c;
    }
    if (wti_map_put(&v->map, w, n, v->n + 1) != WT_OK)
        return WT_ENOMEM;
    v->words[v->n] = (char *)wti_map_get(&v->map, w, n)->key;
    v->count[v->n] = 1;
    *id = (uint32_t)v->n++;
    return WT_OK;
}

typedef struct tok_ctx {
    vocab *v;
    const char *s;
    uint32_t last_end;
    wt_status st;
} tok_ctx;

static int on_token(void *ctx, const wt_token *t)
{
    tok_ctx *c = ctx;
    char buf[MAX_WORD];
    const char *w = buf;
    size_t n = t->end - t->start;
    uint32_t id;
    if (memchr(c->s + c->last_end, '\n', t->start - c->last_end))
        c->st = push_nl(c->v);
    c->last_end = t->end;
    if (t->kind == WT_TOK_NUMBER || t->kind == WT_TOK_MONEY)
        w = "<num>", n = 5;
    else if (t->kind == WT_TOK_URL || t->kind == WT_TOK_EMAIL)
        w = "<url>", n = 5;
    else if (n >= MAX_WORD)
        w = "<long>", n = 6;
    else
        for (size_t i = 0; i < n; i++) {
            char ch = c->s[t->start + i];
            buf[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
        }
    if (c->st == WT_OK)
        c->st = word_id(c->v, w, n, &id);
    if (c->st == WT_OK)
        c->st = seq_push(c->v, id);
    return c->st != WT_OK;
}

static wt_status read_text(vocab *v, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return WT_ENOTFOUND;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    wt_status st = WT_OK;
    for (;;) {
        if (len + 65536 > cap) {
            cap = cap ? cap * 2 : 1 << 20;
            char *b = cap <= MAX_FILE ? realloc(buf, cap) : NULL;
            if (!b) {
                st = cap > MAX_FILE ? WT_ETOOBIG : WT_ENOMEM;
                break;
            }
            buf = b;
        }
        size_t k = fread(buf + len, 1, cap - len, f);
        len += k;
        if (k == 0)
            break;
    }
    if (st == WT_OK && ferror(f))
        st = WT_EIO;
    fclose(f);
    char *norm = NULL;
    size_t nlen = 0;
    if (st == WT_OK)
        st = wt_text_normalize(buf, len, &norm, &nlen, NULL);
    free(buf);
    if (st == WT_OK) {
        tok_ctx c = {v, norm, 0, WT_OK};
        st = wt_tokenize(norm, nlen, on_token, &c);
        if (st == WT_OK)
            st = c.st;
        if (st == WT_OK)
            st = push_nl(v);
    }
    free(norm);
    return st;
}

/* ---- bigrams ------------------------------------------------------------ */

typedef struct adj {
    size_t *start;    /* [V + 1] */
    uint32_t *other;  /* neighbour word */
    uint32_t *cnt;
} adj;

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted (first, second) pairs -> adjacency lists by `first`. */
static wt_status build_adj(uint64_t *pairs, size_t n, size_t V, adj *a)
{
    qsort(pairs, n, sizeof *pairs, cmp_u64);
    a->start = calloc(V + 1, sizeof *a->start);
    a->other = malloc((n ? n : 1) * sizeof *a->other);
    a->cnt = malloc((n ? n : 1) * sizeof *a->cnt);
    if (!a->start || !a->other || !a->cnt)
        return WT_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && pairs[j] == pairs[i])
            j++;
        uint32_t x = (uint32_t)(pairs[i] >> 32);
        a->other[m] = (uint32_t)pairs[i];
        a->cnt[m] = (uint32_t)(j - i);
        a->start[x + 1]++;
        m++;
        i = j;
    }
    for (size_t x = 0; x < V; x++)
        a->start[x + 1] += a->start[x];
    return WT_OK;
}

static void adj_free(adj *a)
{
    free(a->start);
    free(a->other);
    free(a->cnt);
}

/* ---- exchange --------------------------------------------------------------- */

static double *ftab;

static inline double F(int64_t x)
{
    if (x <= 0)
        return 0;
    if ((uint64_t)x < FTAB)
        return ftab[x];
    return (double)x * log((double)x);
}

/* Sparse class vector: dense values plus the list of touched classes. */
typedef struct svec {
    int64_t *v;
    uint32_t *nz;
    size_t n;
} svec;

static void svec_add(svec *s, uint32_t c, int64_t x)
{
    if (!s->v[c])
        s->nz[s->n++] = c;
    s->v[c] += x;
}

static void svec_clear(svec *s)
{
    for (size_t i = 0; i < s->n; i++)
        s->v[s->nz[i]] = 0;
    s->n = 0;
}

static wt_status exchange(size_t V, const uint64_t *count, const adj *right,
                          const adj *left, unsigned K, unsigned passes,
                          uint16_t *cl, const wt_cluster_options *o)
{
    int64_t *M = calloc((size_t)K * K, sizeof *M), *N = calloc(K, sizeof *N);
    svec R = {calloc(K, sizeof(int64_t)), malloc(K * sizeof(uint32_t)), 0};
    svec L = {calloc(K, sizeof(int64_t)), malloc(K * sizeof(uint32_t)), 0};
    double *delta = malloc(K * sizeof *delta);
    if (!M || !N || !R.v || !R.nz || !L.v || !L.nz || !delta) {
        free(M), free(N), free(R.v), free(R.nz), free(L.v), free(L.nz);
        free(delta);
        return WT_ENOMEM;
    }
    for (size_t w = 0; w < V; w++) {
        cl[w] = (uint16_t)(w % K);
        N[cl[w]] += (int64_t)count[w];
    }
    for (size_t w = 0; w < V; w++)
        for (size_t j = right->start[w]; j < right->start[w + 1]; j++)
            M[(size_t)cl[w] * K + cl[right->other[j]]] += right->cnt[j];
    for (unsigned pass = 1; pass <= passes; pass++) {
        size_t moves = 0;
        for (size_t w = 0; w < V; w++) {
            uint32_t a = cl[w];
            int64_t nw = (int64_t)count[w], nww = 0;
            for (size_t j = right->start[w]; j < right->start[w + 1]; j++) {
                svec_add(&R, cl[right->other[j]], right->cnt[j]);
                if (right->other[j] == w)
                    nww = right->cnt[j];
            }
            for (size_t j = left->start[w]; j < left->start[w + 1]; j++)
                svec_add(&L, cl[left->other[j]], left->cnt[j]);
            /* take w out of a */
            for (size_t i = 0; i < R.n; i++)
                M[(size_t)a * K + R.nz[i]] -= R.v[R.nz[i]];
            for (size_t i = 0; i < L.n; i++)
                M[(size_t)L.nz[i] * K + a] -= L.v[L.nz[i]];
            M[(size_t)a * K + a] += nww;
            N[a] -= nw;
            if (nww) {
                R.v[a] -= nww; /* a entry stays listed; a zero is harmless */
                L.v[a] -= nww;
            }
            /* the gain of putting it in each class */
            for (uint32_t b = 0; b < K; b++) {
                const int64_t *row = M + (size_t)b * K;
                double d = 0;
                for (size_t i = 0; i < R.n; i++) {
                    uint32_t c = R.nz[i];
                    if (c != b)
                        d += F(row[c] + R.v[c]) - F(row[c]);
                }
                for (size_t i = 0; i < L.n; i++) {
                    uint32_t c = L.nz[i];
                    if (c != b)
                        d += F(M[(size_t)c * K + b] + L.v[c]) -
                             F(M[(size_t)c * K + b]);
                }
                int64_t bb = row[b];
                d += F(bb + R.v[b] + L.v[b] + nww) - F(bb);
                d -= 2 * (F(N[b] + nw) - F(N[b]));
                delta[b] = d;
            }
            uint32_t best = a;
            for (uint32_t b = 0; b < K; b++)
                if (delta[b] > delta[best] + 1e-9)
                    best = b;
            if (best != a)
                moves++;
            /* put it in best */
            for (size_t i = 0; i < R.n; i++)
                M[(size_t)best * K + R.nz[i]] += R.v[R.nz[i]];
            for (size_t i = 0; i < L.n; i++)
                M[(size_t)L.nz[i] * K + best] += L.v[L.nz[i]];
            M[(size_t)best * K + best] += nww;
            N[best] += nw;
            cl[w] = (uint16_t)best;
            svec_clear(&R);
            svec_clear(&L);
        }
        if (o->progress) {
            char msg[96];
            snprintf(msg, sizeof msg, "k=%u pass %u: %zu of %zu words moved",
                     K, pass, moves, V);
            o->progress(o->ctx, msg);
        }
        if (!moves)
            break;
    }
    free(M), free(N), free(R.v), free(R.nz), free(L.v), free(L.nz);
    free(delta);
    return WT_OK;
}

/* ---- driver ------------------------------------------------------------------- */

typedef struct ranked {
    uint64_t count;
    const char *word;
    uint32_t id;
} ranked;

static int cmp_rank(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->word, y->word);
}

static pthread_once_t ftab_once = PTHREAD_ONCE_INIT;

static void ftab_init(void)
{
    double *t = malloc(FTAB * sizeof *t);
    if (!t)
        return;
    t[0] = 0;
    for (size_t x = 1; x < FTAB; x++)
        t[x] = (double)x * log((double)x);
    ftab = t; /* kept for the process: 16 MiB, built once */
}

wt_status wt_ner_clusters(const char *const *paths, size_t n_paths,
                          const wt_cluster_options *o, const char *out_path)
{
    if (!o || !o->ks || !o->n_ks || o->n_ks > 4 || !n_paths)
        return WT_EINVAL;
    for (size_t i = 0; i < o->n_ks; i++)
        if (o->ks[i] < 2 || o->ks[i] > 4096)
            return WT_EINVAL;
    unsigned min_count = o->min_count ? o->min_count : 3;
    size_t max_vocab = o->max_vocab ? o->max_vocab : 60000;
    unsigned passes = o->iterations ? o->iterations : 8;
    vocab v = {0};
    adj right = {0}, left = {0};
    ranked *order = NULL;
    uint32_t *newid = NULL;
    uint64_t *pairs = NULL, *count = NULL;
    uint16_t *cl[4] = {0};
    wt_status st = WT_OK;
    wti_map_init(&v.map);
    pthread_once(&ftab_once, ftab_init);
    if (!ftab)
        return WT_ENOMEM;
    st = word_id(&v, "\n", 1, &v.nl_id);
    if (st == WT_OK)
        v.count[v.nl_id] = 0;
    for (size_t i = 0; st == WT_OK && i < n_paths; i++)
        st = read_text(&v, paths[i]);
    if (st != WT_OK)
        goto done;
    if (o->progress) {
        char msg[96];
        snprintf(msg, sizeof msg, "%zu tokens, %zu distinct words", v.n_seq, v.n);
        o->progress(o->ctx, msg);
    }
    /* vocabulary: frequent words by rank; the rest share one id, <unk> */
    order = malloc(v.n * sizeof *order);
    newid = malloc(v.n * sizeof *newid);
    if (!order || !newid) {
        st = WT_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < v.n; i++)
        order[i] = (ranked){v.count[i], v.words[i], (uint32_t)i};
    qsort(order, v.n, sizeof *order, cmp_rank);
    size_t V = 0;
    while (V < v.n && V < max_vocab && order[V].count >= min_count)
        V++;
    for (size_t i = 0; i < v.n; i++)
        newid[order[i].id] = (uint32_t)(i < V ? i : V);
    size_t VV = V + 1; /* with <unk> */
    count = calloc(VV, sizeof *count);
    pairs = malloc((v.n_seq ? v.n_seq : 1) * sizeof *pairs);
    if (!count || !pairs) {
        st = WT_ENOMEM;
        goto done;
    }
    size_t np = 0;
    for (size_t i = 0; i < v.n_seq; i++) {
        uint32_t x = newid[v.seq[i]];
        count[x]++;
        if (i + 1 < v.n_seq)
            pairs[np++] = (uint64_t)x << 32 | newid[v.seq[i + 1]];
    }
    if ((st = build_adj(pairs, np, VV, &right)) != WT_OK)
        goto done;
    for (size_t i = 0; i < np; i++)
        pairs[i] = pairs[i] << 32 | pairs[i] >> 32;
    if ((st = build_adj(pairs, np, VV, &left)) != WT_OK)
        goto done;
    free(pairs);
    pairs = NULL;
    for (size_t k = 0; k < o->n_ks; k++) {
        cl[k] = malloc(VV * sizeof *cl[k]);
        if (!cl[k]) {
            st = WT_ENOMEM;
            goto done;
        }
        if ((st = exchange(VV, count, &right, &left, o->ks[k], passes, cl[k],
                           o)) != WT_OK)
            goto done;
    }
    FILE *f = fopen(out_path, "w");
    if (!f) {
        st = WT_EIO;
        goto done;
    }
    fprintf(f, "# warta word clusters (exchange algorithm): word");
    for (size_t k = 0; k < o->n_ks; k++)
        fprintf(f, "\tclass of %u", o->ks[k]);
    fprintf(f, "\tcount; %zu tokens, %zu words\n", v.n_seq, V);
    for (size_t i = 0; i < V; i++) {
        const char *w = order[i].word;
        if (order[i].id == v.nl_id)
            continue;
        fputs(w, f);
        for (size_t k = 0; k < o->n_ks; k++)
            fprintf(f, "\t%u", (unsigned)cl[k][i]);
        fprintf(f, "\t%llu\n", (unsigned long long)count[i]);
    }
    if (fclose(f) != 0)
        st = WT_EIO;
done:
    for (size_t k = 0; k < 4; k++)
        free(cl[k]);
    adj_free(&right);
    adj_free(&left);
    free(order);
    free(newid);
    free(pairs);
    free(count);
    free(v.words);
    free(v.count);
    free(v.seq);
    wti_map_free(&v.map);
    return st;
}
