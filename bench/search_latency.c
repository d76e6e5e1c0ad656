/*
 * search_latency.c - query latency of wt_store_search() on a database:
 * every query of QUERIES_FILE (one per line) runs ROUNDS times (first
 * round untimed, to warm the page cache), top 10 with snippets; prints
 * p50, p95 and max in milliseconds.
 *
 *   search_latency DB QUERIES_FILE [ROUNDS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../include/warta.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int count(void *ctx, const wt_search_hit *h)
{
    (void)h;
    ++*(size_t *)ctx;
    return 0;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: search_latency DB QUERIES_FILE [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? atoi(argv[3]) : 3;
    FILE *f = fopen(argv[2], "r");
    if (!f) {
        perror(argv[2]);
        return 2;
    }
    char *qs[1024];
    size_t nq = 0;
    char line[512];
    while (nq < 1024 && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (line[0])
            qs[nq++] = strdup(line);
    }
    fclose(f);
    wt_store_options o;
    memset(&o, 0, sizeof o);
    o.readonly = 1;
    wt_store *db;
    if (wt_store_open(argv[1], &o, &db) != WT_OK) {
        fprintf(stderr, "search_latency: %s\n", db ? wt_store_errmsg(db) : "?");
        return 2;
    }
    double *ms = malloc(sizeof *ms * nq * (size_t)(rounds > 1 ? rounds : 1));
    size_t nm = 0, hits = 0;
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < nq; i++) {
            wt_search_query q;
            memset(&q, 0, sizeof q);
            q.query = qs[i];
            q.limit = 10;
            double t = now_ms();
            if (wt_store_search(db, &q, count, &hits) != WT_OK)
                fprintf(stderr, "search_latency: %s\n", wt_store_errmsg(db));
            if (r > 0 || rounds == 1)
                ms[nm++] = now_ms() - t;
        }
    qsort(ms, nm, sizeof *ms, cmp_d);
    printf("%zu queries x %d rounds: p50 %.2f ms, p95 %.2f ms, max %.2f ms"
           " (%zu hits)\n", nq, rounds > 1 ? rounds - 1 : 1, ms[nm / 2],
           ms[(size_t)(nm * 0.95)], ms[nm - 1], hits);
    wt_store_close(db);
    for (size_t i = 0; i < nq; i++)
        free(qs[i]);
    free(ms);
    return 0;
}
