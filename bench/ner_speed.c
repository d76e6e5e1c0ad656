/*
 * ner_speed.c - tagging speed of the entity tagger on running text: the
 * files are normalized, split into sentences and tokens as the analysis
 * does, then every sentence is tagged, repeatedly for at least two seconds
 * on one core.  Prints tokens/s and the model's load time.
 *
 * usage: bench_ner MODEL FILE...
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "warta.h"

typedef struct toks {
    const char **tok;
    size_t *len;
    size_t n, cap;
    const char *text;
} toks;

static int on_tok(void *ctx, const wt_token *t)
{
    toks *k = ctx;
    if (k->n == k->cap) {
        k->cap = k->cap ? 2 * k->cap : 1 << 16;
        k->tok = realloc(k->tok, k->cap * sizeof *k->tok);
        k->len = realloc(k->len, k->cap * sizeof *k->len);
        if (!k->tok || !k->len)
            exit(1);
    }
    k->tok[k->n] = k->text + t->start;
    k->len[k->n++] = t->end - t->start;
    return 0;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_ner MODEL FILE...\n");
        return 2;
    }
    double t0 = now();
    wt_ner *m;
    if (wt_ner_load(argv[1], &m) != WT_OK) {
        fprintf(stderr, "bench_ner: cannot load %s\n", argv[1]);
        return 1;
    }
    double load_ms = (now() - t0) * 1e3;
    toks k = {0};
    size_t *sent = NULL, ns = 0, cap = 0, bytes = 0; /* token index bounds */
    for (int i = 2; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f)
            continue;
        char *buf = malloc(1 << 22);
        size_t len = fread(buf, 1, (1 << 22) - 1, f);
        fclose(f);
        char *text;
        size_t tl;
        wt_span *sp;
        size_t nsp;
        if (wt_text_normalize(buf, len, &text, &tl, NULL) != WT_OK ||
            wt_sentences(text, tl, &sp, &nsp) != WT_OK)
            return 1;
        free(buf);
        bytes += tl;
        for (size_t s = 0; s < nsp; s++) {
            k.text = text + sp[s].start;
            size_t first = k.n;
            if (wt_tokenize(k.text, sp[s].end - sp[s].start, on_tok, &k) != WT_OK)
                return 1;
            if (k.n == first)
                continue;
            if (ns + 2 > cap) {
                cap = cap ? 2 * cap : 4096;
                sent = realloc(sent, cap * sizeof *sent);
            }
            sent[ns++] = first;
            sent[ns] = k.n;
        }
        free(sp); /* text stays: tokens point into it */
    }
    uint8_t *lab = malloc(k.n + 1);
    size_t done = 0, rounds = 0;
    t0 = now();
    double t;
    do {
        for (size_t s = 0; s < ns; s++)
            if (wt_ner_tag(m, k.tok + sent[s], k.len + sent[s],
                           sent[s + 1] - sent[s], lab + sent[s]) != WT_OK)
                return 1;
        done += k.n;
        rounds++;
    } while ((t = now() - t0) < 2.0);
    /* a digest of the labels, so that a faster tagger can be checked
     * against a slower one */
    uint64_t sum = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < k.n; i++)
        sum = (sum ^ lab[i]) * 0x100000001b3ull;
    printf("tagger: %zu sentences, %zu tokens (%.1f MB of text) x %zu: "
           "%.0f tokens/s on one core; model load %.0f ms; labels %016llx\n",
           ns, k.n, (double)bytes / 1e6, rounds, (double)done / t, load_ms,
           (unsigned long long)sum);
    wt_ner_free(m);
    return 0;
}
