/*
 * ner_train.c - labeled data, training and scoring of the entity tagger
 * (see warta.h and docs/ner.md).
 *
 * Training is the structured averaged perceptron (Collins 2002): decode
 * each sentence with the current weights, and where the best path differs
 * from the gold one add the gold path's features and subtract the
 * predicted path's.  The averaged weights are kept with the usual trick of
 * a second table of update-time-weighted sums (avg = w - u / c).  Sentence
 * order is shuffled each epoch with a fixed-seed generator, so a model is
 * reproducible bit for bit.  At the end the averaged weights are scaled to
 * int8 (the largest becomes 127), the form the tagger uses.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"

/* ---- labeled data ------------------------------------------------------ */

struct wt_ner_data {
    char *pool;
    size_t pool_len, pool_cap;
    size_t *tok_off;  /* offset into pool (NUL-terminated)  */
    uint32_t *tok_len;
    uint8_t *gold;    /* 0 O, 1 + 2t B, 2 + 2t I (t: data type index) */
    size_t n_tok, cap_tok;
    size_t *sent;     /* first token of each sentence; sent[n_sent] = n_tok */
    size_t n_sent, cap_sent;
    char types[WT_NER_MAX_TYPES][16];
    uint32_t n_types;
    int open; /* a sentence is being filled */
};

wt_status wt_ner_data_new(wt_ner_data **out)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return WT_ENOMEM;
    (*out)->sent = calloc(1, sizeof *(*out)->sent);
    (*out)->cap_sent = 1;
    if (!(*out)->sent) {
        free(*out);
        *out = NULL;
        return WT_ENOMEM;
    }
    return WT_OK;
}

void wt_ner_data_free(wt_ner_data *d)
{
    if (!d)
        return;
    free(d->pool);
    free(d->tok_off);
    free(d->tok_len);
    free(d->gold);
    free(d->sent);
    free(d);
}

size_t wt_ner_data_n_sentences(const wt_ner_data *d) { return d->n_sent; }
size_t wt_ner_data_n_tokens(const wt_ner_data *d) { return d->n_tok; }

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 256;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}

/* The one naming scheme: person, place and organization names of the
 * corpora to PER, LOC, ORG; others upper-cased as they are. */
static void map_type(const char *s, size_t n, char out[16])
{
    static const char *const map[][2] = {
        {"PERSON", "PER"}, {"PPL", "PER"}, {"PER", "PER"},
        {"PLACE", "LOC"}, {"PLC", "LOC"}, {"LOC", "LOC"},
        {"LOCATION", "LOC"}, {"ORGANISATION", "ORG"},
        {"ORGANIZATION", "ORG"}, {"IND", "ORG"}, {"ORG", "ORG"}};
    char up[16];
    if (n > 15)
        n = 15;
    for (size_t i = 0; i < n; i++)
        up[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
    up[n] = '\0';
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(up, map[i][0])) {
            strcpy(out, map[i][1]);
            return;
        }
    memcpy(out, up, n + 1);
}

static int type_index(wt_ner_data *d, const char *t)
{
    for (uint32_t i = 0; i < d->n_types; i++)
        if (!strcmp(d->types[i], t))
            return (int)i;
    if (d->n_types == WT_NER_MAX_TYPES)
        return -1;
    strcpy(d->types[d->n_types], t);
    return (int)d->n_types++;
}

static wt_status end_sentence(wt_ner_data *d)
{
    if (!d->open)
        return WT_OK;
    d->open = 0;
    if (grow((void **)&d->sent, &d->cap_sent, d->n_sent + 2, sizeof *d->sent))
        return WT_ENOMEM;
    d->sent[++d->n_sent] = d->n_tok;
    return WT_OK;
}

static wt_status add_token(wt_ner_data *d, const char *tok, size_t tl,
                           const char *tag, size_t gl)
{
    uint8_t label = 0;
    /* BIO (B-X, I-X, also B_X) or a bare type (Person, O) */
    if (!(gl == 1 && tag[0] == 'O') && gl) {
        int bio = gl > 2 && (tag[0] == 'B' || tag[0] == 'I') &&
                  (tag[1] == '-' || tag[1] == '_');
        char t[16];
        map_type(bio ? tag + 2 : tag, bio ? gl - 2 : gl, t);
        int ti = type_index(d, t);
        if (ti < 0)
            return WT_EFORMAT;
        uint8_t prev = d->open && d->n_tok > d->sent[d->n_sent]
                           ? d->gold[d->n_tok - 1] : 0;
        int cont = prev && (prev - 1) / 2 == ti;
        int begin = bio ? tag[0] == 'B' || !cont : !cont;
        label = (uint8_t)(1 + 2 * ti + (begin ? 0 : 1));
    }
    if (d->n_tok == d->cap_tok) {
        size_t cap = d->cap_tok ? d->cap_tok * 2 : 1024;
        size_t *off = realloc(d->tok_off, cap * sizeof *off);
        if (off)
            d->tok_off = off;
        uint32_t *tlen = realloc(d->tok_len, cap * sizeof *tlen);
        if (tlen)
            d->tok_len = tlen;
        uint8_t *gold = realloc(d->gold, cap);
        if (gold)
            d->gold = gold;
        if (!off || !tlen || !gold)
            return WT_ENOMEM;
        d->cap_tok = cap;
    }
    if (grow((void **)&d->pool, &d->pool_cap, d->pool_len + tl + 1, 1))
        return WT_ENOMEM;
    memcpy(d->pool + d->pool_len, tok, tl);
    d->pool[d->pool_len + tl] = '\0';
    d->tok_off[d->n_tok] = d->pool_len;
    d->tok_len[d->n_tok] = (uint32_t)tl;
    d->gold[d->n_tok] = label;
    d->pool_len += tl + 1;
    d->n_tok++;
    d->open = 1;
    return WT_OK;
}

wt_status wt_ner_data_add(wt_ner_data *d, const char *s, size_t len,
                          size_t *bad_line)
{
    const char *p = s, *end = s + len;
    size_t lineno = 0;
    wt_status st = WT_OK;
    while (st == WT_OK && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        lineno++;
        while (e > p && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
            e--;
        const char *b = p;
        while (b < e && (*b == ' ' || *b == '\t'))
            b++;
        p = nl ? nl + 1 : end;
        if (b == e) {
            st = end_sentence(d);
            continue;
        }
        if ((size_t)(e - b) >= 10 && !memcmp(b, "-DOCSTART-", 10))
            continue;
        char sep = memchr(b, '\t', (size_t)(e - b)) ? '\t' : ' ';
        const char *t_end = memchr(b, sep, (size_t)(e - b));
        const char *g = e;
        while (g > b && g[-1] != sep)
            g--;
        if (!t_end || g <= t_end) {
            st = WT_EFORMAT;
            break;
        }
        st = add_token(d, b, (size_t)(t_end - b), g, (size_t)(e - g));
    }
    if (st == WT_OK)
        st = end_sentence(d);
    if (st != WT_OK && bad_line)
        *bad_line = lineno;
    return st;
}

/* Hash of sentence s: its tokens, lowercased, in order. */
static uint64_t sentence_hash(const wt_ner_data *d, size_t s)
{
    uint64_t h = 0x2545F4914F6CDD1Dull;
    for (size_t i = d->sent[s]; i < d->sent[s + 1]; i++)
        h = wti_ner_phrase_step(h, wti_ner_hash_lower(d->pool + d->tok_off[i],
                                                        d->tok_len[i]));
    return h;
}

wt_status wt_ner_data_exclude(wt_ner_data *d, const wt_ner_data *x,
                              size_t *removed)
{
    wti_u64tab seen = {0};
    wt_status st = WT_OK;
    for (size_t s = 0; st == WT_OK && s < x->n_sent; s++)
        st = wti_u64tab_put(&seen, sentence_hash(x, s), 1);
    size_t gone = 0, nt = 0, ns = 0;
    for (size_t s = 0; st == WT_OK && s < d->n_sent; s++) {
        uint32_t v = 0;
        size_t a = d->sent[s], b = d->sent[s + 1];
        if (wti_u64tab_get(&seen, sentence_hash(d, s), &v)) {
            gone++;
            continue;
        }
        /* keep: move tokens down (the pool stays; offsets still point in) */
        for (size_t i = a; i < b; i++, nt++) {
            d->tok_off[nt] = d->tok_off[i];
            d->tok_len[nt] = d->tok_len[i];
            d->gold[nt] = d->gold[i];
        }
        d->sent[++ns] = nt;
    }
    if (st == WT_OK) {
        d->n_sent = ns;
        d->n_tok = nt;
    }
    wti_u64tab_free(&seen);
    if (removed)
        *removed = gone;
    return st;
}

/* ---- spans ------------------------------------------------------------------ */

/* Counts spans of labels (types by model index) against gold labels. */
static void count_spans(const uint8_t *gold, const uint8_t *pred, size_t n,
                        size_t *g, size_t *p, size_t *c)
{
    size_t i = 0;
    /* gold spans, and whether pred has the same span */
    for (i = 0; i < n; i++) {
        if (gold[i] && (gold[i] & 1)) {
            size_t j = i + 1;
            while (j < n && gold[j] == gold[i] + 1)
                j++;
            uint32_t t = (gold[i] - 1) / 2;
            g[t]++;
            if (pred[i] == gold[i] && (j == n || pred[j] != gold[i] + 1)) {
                size_t k = i + 1;
                while (k < j && pred[k] == gold[i] + 1)
                    k++;
                if (k == j)
                    c[t]++;
            }
        }
        if (pred[i] && (pred[i] & 1))
            p[(pred[i] - 1) / 2]++;
    }
}

/* ---- training ------------------------------------------------------------- */

typedef struct trainer {
    wt_ner *m;
    uint32_t L;
    size_t rows;
    float *w, *u;     /* [rows][L] weights and update-time sums */
    float *t, *tu;    /* [(L+1)][L] transitions              */
    double c;         /* update clock                       */
} trainer;

/* Data labels (data type index) -> model labels, via the type remap. */
static void remap(const uint8_t *in, size_t n, const int *tmap, uint8_t *out)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t x = in[i];
        int t = x ? tmap[(x - 1) / 2] : -1;
        out[i] = t < 0 ? 0 : (uint8_t)(1 + 2 * t + ((x - 1) & 1));
        /* an I whose B was dropped cannot happen: same type both */
    }
}

static void decode_float(const trainer *tr, const uint32_t *f, size_t n,
                         float *em, uint8_t *back, uint8_t *out)
{
    uint32_t L = tr->L, S = wti_ner_stride(L);
    for (size_t i = 0; i < n; i++) {
        float *e = em + i * S;
        for (uint32_t l = 0; l < S; l++)
            e[l] = 0;
        for (int k = 0; k < WTI_NER_NF; k++) {
            const float *row = tr->w + (size_t)f[i * WTI_NER_NF + k] * L;
            for (uint32_t l = 0; l < L; l++)
                e[l] += row[l];
        }
    }
    wti_ner_viterbi(em, tr->t, L, n, back, out);
}

static void update(trainer *tr, const uint32_t *f, size_t n,
                   const uint8_t *gold, const uint8_t *pred)
{
    uint32_t L = tr->L;
    float c = (float)tr->c;
    for (size_t i = 0; i < n; i++) {
        uint32_t pg = i ? gold[i - 1] : L, pp = i ? pred[i - 1] : L;
        if (gold[i] != pred[i] || pg != pp) {
            tr->t[pg * L + gold[i]] += 1;
            tr->tu[pg * L + gold[i]] += c;
            tr->t[pp * L + pred[i]] -= 1;
            tr->tu[pp * L + pred[i]] -= c;
        }
        if (gold[i] == pred[i])
            continue;
        for (int k = 0; k < WTI_NER_NF; k++) {
            size_t r = (size_t)f[i * WTI_NER_NF + k] * L;
            tr->w[r + gold[i]] += 1;
            tr->u[r + gold[i]] += c;
            tr->w[r + pred[i]] -= 1;
            tr->u[r + pred[i]] -= c;
        }
    }
}

/* The averaged weights (w - u / c) into aw and at. */
static void averaged(const trainer *tr, float *aw, float *at)
{
    size_t nw = tr->rows * tr->L, nt = (size_t)(tr->L + 1) * tr->L;
    float c = (float)tr->c;
    for (size_t i = 0; i < nw; i++)
        aw[i] = tr->w[i] - tr->u[i] / c;
    for (size_t i = 0; i < nt; i++)
        at[i] = tr->t[i] - tr->tu[i] / c;
}

/* Float weights -> the model's int8 table and int32 transitions, on one
 * scale: the largest weight becomes 127 (the transitions, added once per
 * token, may go beyond). */
static void quantize(const float *aw, const float *at, size_t nw, size_t nt,
                     wt_ner *m)
{
    uint32_t L = m->n_labels, S = wti_ner_stride(L);
    double mx = 1e-9;
    for (size_t i = 0; i < nw; i++)
        if (fabs(aw[i]) > mx)
            mx = fabs(aw[i]);
    double scale = 127.0 / mx;
    m->scale = (float)scale;
    for (size_t i = 0; i < nw; i++) {
        long q = lrint(aw[i] * scale);
        m->w[i / L * S + i % L] = (int8_t)(q > 127 ? 127 : q < -127 ? -127 : q);
    }
    for (size_t i = 0; i < nt; i++)
        m->trans[i] = (int32_t)lrint(at[i] * scale);
    wti_ner_prepare(m);
}

static uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

/* Features of every sentence piece of d (pieces of at most
 * WTI_NER_MAXSENT tokens): feats[tok * NF]. */
static uint32_t *all_features(const wt_ner *m, const wt_ner_data *d)
{
    uint32_t *f = malloc((d->n_tok ? d->n_tok : 1) * WTI_NER_NF * sizeof *f);
    const char *tok[WTI_NER_MAXSENT];
    size_t len[WTI_NER_MAXSENT];
    if (!f)
        return NULL;
    for (size_t s = 0; s < d->n_sent; s++)
        for (size_t i = d->sent[s]; i < d->sent[s + 1]; i += WTI_NER_MAXSENT) {
            size_t n = d->sent[s + 1] - i;
            if (n > WTI_NER_MAXSENT)
                n = WTI_NER_MAXSENT;
            for (size_t k = 0; k < n; k++) {
                tok[k] = d->pool + d->tok_off[i + k];
                len[k] = d->tok_len[i + k];
            }
            wti_ner_features(m, tok, len, n, f + i * WTI_NER_NF);
        }
    return f;
}

static wt_status read_clusters(wt_ner *m, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return WT_ENOTFOUND;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    wt_status st = WT_OK;
    while (st == WT_OK && (n = getline(&line, &cap, f)) >= 0) {
        if (n == 0 || line[0] == '#')
            continue;
        char *tab = memchr(line, '\t', (size_t)n);
        if (!tab) {
            st = WT_EFORMAT;
            break;
        }
        char *p = tab + 1, *q;
        unsigned long c0 = strtoul(p, &q, 10), c1 = 0;
        if (q == p || c0 >= 0xffff) {
            st = WT_EFORMAT;
            break;
        }
        unsigned sets = 1;
        if (*q == '\t') {
            p = q + 1;
            c1 = strtoul(p, &q, 10);
            if (q != p && (*q == '\t' || *q == '\n') && c1 < 0xffff)
                sets = 2;
            else
                c1 = 0;
        }
        if (sets > m->n_cluster_sets)
            m->n_cluster_sets = sets;
        st = wti_u64tab_put(&m->clusters,
                            wti_ner_hash_lower(line, (size_t)(tab - line)),
                            (uint32_t)(c0 + 1) | (uint32_t)(sets > 1 ? c1 + 1 : 0) << 16);
    }
    if (ferror(f))
        st = WT_EIO;
    free(line);
    fclose(f);
    return st;
}

static wt_status read_gazetteer(wt_ner *m, const char *dir)
{
    static const struct { const char *file; uint32_t bits; } lists[] = {
        {"person.txt", WTI_GAZ_PER}, {"place.txt", WTI_GAZ_LOC},
        {"organization.txt", WTI_GAZ_ORG}};
    for (size_t i = 0; i < 3; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, lists[i].file);
        FILE *f = fopen(path, "r");
        if (!f)
            return WT_ENOTFOUND;
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        wt_status st = WT_OK;
        while (st == WT_OK && (n = getline(&line, &cap, f)) >= 0) {
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                n--;
            /* names with invalid UTF-8 are repaired as the analysis does */
            char *norm = NULL;
            size_t nl = 0;
            st = wt_text_normalize(line, (size_t)n, &norm, &nl, NULL);
            if (st == WT_OK)
                st = wti_ner_gaz_add(m, norm, nl, lists[i].bits);
            free(norm);
        }
        free(line);
        fclose(f);
        if (st != WT_OK)
            return st;
    }
    return WT_OK;
}

/* The model's types: the requested ones in their order, else the data's
 * with PER, LOC, ORG first. */
static wt_status choose_types(const wt_ner_data *d, const char *want,
                              wt_ner *m, int *tmap)
{
    m->n_types = 0;
    if (want && *want) {
        const char *p = want;
        while (*p) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            if (!n || n > 15 || m->n_types == WT_NER_MAX_TYPES)
                return WT_EINVAL;
            map_type(p, n, m->types[m->n_types++]);
            p += n + (e ? 1 : 0);
        }
    } else {
        static const char *const first[] = {"PER", "LOC", "ORG"};
        for (int k = 0; k < 3; k++)
            for (uint32_t i = 0; i < d->n_types; i++)
                if (!strcmp(d->types[i], first[k]))
                    strcpy(m->types[m->n_types++], first[k]);
        for (uint32_t i = 0; i < d->n_types; i++) {
            uint32_t j = 0;
            while (j < m->n_types && strcmp(m->types[j], d->types[i]))
                j++;
            if (j == m->n_types)
                strcpy(m->types[m->n_types++], d->types[i]);
        }
    }
    if (!m->n_types)
        return WT_EINVAL;
    for (uint32_t i = 0; i < d->n_types; i++) {
        tmap[i] = -1;
        for (uint32_t j = 0; j < m->n_types; j++)
            if (!strcmp(d->types[i], m->types[j]))
                tmap[i] = (int)j;
    }
    m->n_labels = 1 + 2 * m->n_types;
    return WT_OK;
}

/* Scores every sentence of d with m into per-type counts. */
static wt_status eval_counts(const wt_ner *m, const wt_ner_data *d,
                             size_t *g, size_t *p, size_t *c)
{
    int tmap[WT_NER_MAX_TYPES];
    for (uint32_t i = 0; i < d->n_types; i++) {
        tmap[i] = -1;
        for (uint32_t j = 0; j < m->n_types; j++)
            if (!strcmp(d->types[i], m->types[j]))
                tmap[i] = (int)j;
    }
    const char **tok = malloc((d->n_tok + 1) * sizeof *tok);
    size_t *len = malloc((d->n_tok + 1) * sizeof *len);
    uint8_t *gold = malloc(d->n_tok + 1), *pred = malloc(d->n_tok + 1);
    wt_status st = tok && len && gold && pred ? WT_OK : WT_ENOMEM;
    for (size_t i = 0; st == WT_OK && i < d->n_tok; i++) {
        tok[i] = d->pool + d->tok_off[i];
        len[i] = d->tok_len[i];
    }
    if (st == WT_OK)
        remap(d->gold, d->n_tok, tmap, gold);
    for (size_t s = 0; st == WT_OK && s < d->n_sent; s++) {
        size_t a = d->sent[s], n = d->sent[s + 1] - a;
        /* a gold I after a dropped or other-type label starts a span */
        for (size_t i = a; i < a + n; i++)
            if (gold[i] && !(gold[i] & 1) &&
                (i == a || (gold[i - 1] != gold[i] && gold[i - 1] != gold[i] - 1)))
                gold[i]--;
        st = wt_ner_tag(m, tok + a, len + a, n, pred + a);
        if (st == WT_OK)
            count_spans(gold + a, pred + a, n, g, p, c);
    }
    free(tok);
    free(len);
    free(gold);
    free(pred);
    return st;
}

static void fill_score(wt_ner_score *s, const char *type, size_t g, size_t p,
                       size_t c)
{
    snprintf(s->type, sizeof s->type, "%s", type);
    s->gold = g;
    s->pred = p;
    s->correct = c;
    s->precision = p ? 100.0 * (double)c / (double)p : 0;
    s->recall = g ? 100.0 * (double)c / (double)g : 0;
    s->f1 = s->precision + s->recall > 0
                ? 2 * s->precision * s->recall / (s->precision + s->recall)
                : 0;
}

wt_status wt_ner_eval(const wt_ner *m, const wt_ner_data *d,
                      wt_ner_score *scores, size_t *n)
{
    size_t g[WT_NER_MAX_TYPES] = {0}, p[WT_NER_MAX_TYPES] = {0},
           c[WT_NER_MAX_TYPES] = {0}, G = 0, P = 0, C = 0;
    wt_status st = eval_counts(m, d, g, p, c);
    if (st != WT_OK)
        return st;
    for (uint32_t t = 0; t < m->n_types; t++) {
        fill_score(&scores[1 + t], m->types[t], g[t], p[t], c[t]);
        G += g[t];
        P += p[t];
        C += c[t];
    }
    fill_score(&scores[0], "ALL", G, P, C);
    *n = 1 + m->n_types;
    return WT_OK;
}

static double dev_f1(const wt_ner *m, const wt_ner_data *d)
{
    wt_ner_score s[1 + WT_NER_MAX_TYPES];
    size_t n;
    return wt_ner_eval(m, d, s, &n) == WT_OK ? s[0].f1 : -1;
}

wt_status wt_ner_train(const wt_ner_data *d, const wt_ner_train_options *o,
                       wt_ner **out)
{
    *out = NULL;
    if (!d->n_sent)
        return WT_EINVAL;
    unsigned bits = o && o->hash_bits ? o->hash_bits : 18;
    unsigned epochs = o && o->epochs ? o->epochs : 12;
    unsigned bags = o && o->bags ? o->bags : 1;
    if (bits < 16 || bits > 24 || bags > 64)
        return WT_EINVAL;
    wt_ner *m = calloc(1, sizeof *m);
    trainer tr = {0};
    int tmap[WT_NER_MAX_TYPES];
    uint32_t *feats = NULL;
    uint8_t *gold = NULL, *pred = NULL, *back = NULL;
    float *em = NULL, *aw = NULL, *at = NULL, *bw = NULL, *bt = NULL;
    float *sw = NULL, *st_ = NULL;
    size_t *order = NULL, nw = 0, nt = 0;
    wt_status st = m ? WT_OK : WT_ENOMEM;
    if (st == WT_OK)
        st = choose_types(d, o ? o->types : NULL, m, tmap);
    if (st == WT_OK) {
        m->hash_bits = bits;
        st = wti_ner_builtin_lexicons(m);
    }
    if (st == WT_OK && o && o->clusters)
        st = read_clusters(m, o->clusters);
    if (st == WT_OK && o && o->gazetteer)
        st = read_gazetteer(m, o->gazetteer);
    if (st != WT_OK)
        goto done;
    tr.m = m;
    tr.L = m->n_labels;
    tr.rows = (size_t)1 << bits;
    nw = tr.rows * tr.L;
    nt = (size_t)(tr.L + 1) * tr.L;
    tr.w = malloc(nw * sizeof *tr.w);
    tr.u = malloc(nw * sizeof *tr.u);
    tr.t = malloc(nt * sizeof *tr.t);
    tr.tu = malloc(nt * sizeof *tr.tu);
    aw = malloc(nw * sizeof *aw);      /* this epoch's average       */
    at = malloc(nt * sizeof *at);
    bw = malloc(nw * sizeof *bw);      /* this bag's best            */
    bt = malloc(nt * sizeof *bt);
    sw = calloc(nw, sizeof *sw);       /* sum over bags              */
    st_ = calloc(nt, sizeof *st_);
    m->w = aligned_alloc(64, tr.rows * wti_ner_stride(tr.L) * sizeof *m->w);
    if (m->w)
        memset(m->w, 0, tr.rows * wti_ner_stride(tr.L) * sizeof *m->w);
    m->trans = calloc(nt, sizeof *m->trans);
    feats = all_features(m, d);
    gold = malloc(d->n_tok + 1);
    pred = malloc(WTI_NER_MAXSENT);
    back = malloc(WTI_NER_MAXSENT * wti_ner_stride(tr.L));
    em = malloc(WTI_NER_MAXSENT * wti_ner_stride(tr.L) * sizeof *em);
    order = malloc(d->n_sent * sizeof *order);
    if (!tr.w || !tr.u || !tr.t || !tr.tu || !aw || !at || !bw || !bt ||
        !sw || !st_ || !m->w || !m->trans || !feats || !gold || !pred ||
        !back || !em || !order) {
        st = WT_ENOMEM;
        goto done;
    }
    remap(d->gold, d->n_tok, tmap, gold);
    for (unsigned bag = 0; bag < bags; bag++) {
        memset(tr.w, 0, nw * sizeof *tr.w);
        memset(tr.u, 0, nw * sizeof *tr.u);
        memset(tr.t, 0, nt * sizeof *tr.t);
        memset(tr.tu, 0, nt * sizeof *tr.tu);
        tr.c = 1;
        for (size_t s = 0; s < d->n_sent; s++)
            order[s] = s;
        uint64_t rng = 0x9E3779B97F4A7C15ull ^
                       ((uint64_t)((o ? o->seed : 0) + bag) * 0xD1B54A32D192ED03ull);
        if (!rng)
            rng = 1;
        double best_f1 = -2;
        for (unsigned ep = 1; ep <= epochs; ep++) {
            for (size_t s = d->n_sent; s > 1; s--) {
                size_t j = rng_next(&rng) % s, x = order[s - 1];
                order[s - 1] = order[j];
                order[j] = x;
            }
            for (size_t k = 0; k < d->n_sent; k++) {
                size_t s = order[k];
                for (size_t i = d->sent[s]; i < d->sent[s + 1]; i += WTI_NER_MAXSENT) {
                    size_t n = d->sent[s + 1] - i;
                    if (n > WTI_NER_MAXSENT)
                        n = WTI_NER_MAXSENT;
                    const uint32_t *f = feats + i * WTI_NER_NF;
                    decode_float(&tr, f, n, em, back, pred);
                    if (memcmp(pred, gold + i, n))
                        update(&tr, f, n, gold + i, pred);
                }
                tr.c += 1;
            }
            double f1 = -1;
            averaged(&tr, aw, at);
            if (o && o->dev) {
                quantize(aw, at, nw, nt, m);
                f1 = dev_f1(m, o->dev);
            }
            if (!(o && o->dev) || f1 > best_f1) {
                best_f1 = f1;
                memcpy(bw, aw, nw * sizeof *bw);
                memcpy(bt, at, nt * sizeof *bt);
            }
            if (o && o->progress)
                o->progress(o->ctx, ep, f1);
        }
        for (size_t i = 0; i < nw; i++)
            sw[i] += bw[i];
        for (size_t i = 0; i < nt; i++)
            st_[i] += bt[i];
    }
    quantize(sw, st_, nw, nt, m);
done:
    free(tr.w);
    free(tr.u);
    free(tr.t);
    free(tr.tu);
    free(aw);
    free(at);
    free(bw);
    free(bt);
    free(sw);
    free(st_);
    free(feats);
    free(gold);
    free(pred);
    free(back);
    free(em);
    free(order);
    if (st != WT_OK) {
        wt_ner_free(m);
        return st;
    }
    *out = m;
    return WT_OK;
}
