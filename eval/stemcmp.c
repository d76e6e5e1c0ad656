/*
 * stemcmp.c - runs warta's stemmer, Snowball's Indonesian stemmer
 * (libstemmer) and hunspell's stemming with id_ID side by side.
 *
 *   stemcmp words FILE    one word per line in; word TAB warta TAB
 *                         snowball TAB hunspell out
 *   stemcmp speed FILE... tokenizes running text (letters and hyphens) and
 *                         prints words/s of each stemmer on one core
 *
 * Snowball is given the lowercased word (it does not fold case); hunspell
 * gets the word as written and its first stem is taken, lowercased, or the
 * word itself when it has none.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <hunspell/hunspell.h>
#include <libstemmer.h>

#include "../include/warta.h"

#define AFF "/usr/share/hunspell/id_ID.aff"
#define DIC "/usr/share/hunspell/id_ID.dic"

static void lower(const char *w, char *out, size_t cap)
{
    size_t i = 0;
    for (; w[i] && i + 1 < cap; i++)
        out[i] = (char)tolower((unsigned char)w[i]);
    out[i] = 0;
}

/* hunspell's dictionary is ISO-8859-1: pass ASCII words only. */
static void hun_stem(Hunhandle *h, const char *w, char *out, size_t cap)
{
    char **list = NULL;
    int n = Hunspell_stem(h, &list, w);
    if (n > 0)
        lower(list[0], out, cap);
    else
        lower(w, out, cap);
    Hunspell_free_list(h, &list, n);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int words_mode(const char *path, wt_stemmer *ws,
                      struct sb_stemmer *sb, Hunhandle *h)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    char line[256], low[256], hs[256];
    wt_stem_result r;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        wt_stem(ws, line, strlen(line), &r);
        lower(line, low, sizeof low);
        const sb_symbol *s =
            sb_stemmer_stem(sb, (const sb_symbol *)low, (int)strlen(low));
        hun_stem(h, line, hs, sizeof hs);
        printf("%s\t%s\t%s\t%s\n", line, r.stem, s ? (const char *)s : low,
               hs);
    }
    fclose(f);
    return 0;
}

static int speed_mode(int n, char **paths, wt_stemmer *ws,
                      struct sb_stemmer *sb, Hunhandle *h)
{
    /* collect the words of all files */
    size_t cap = 1 << 20, len = 0, nw = 0;
    char *buf = malloc(cap);
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(paths[i], "r");
        if (!f)
            continue;
        int c, inword = 0;
        while ((c = fgetc(f)) != EOF) {
            int w = isalpha(c) || (inword && c == '-');
            if (len + 2 >= cap)
                buf = realloc(buf, cap *= 2);
            if (w) {
                buf[len++] = (char)c;
                inword = 1;
            } else if (inword) {
                buf[len++] = 0;
                nw++;
                inword = 0;
            }
        }
        if (inword)
            buf[len++] = 0, nw++;
        fclose(f);
    }
    char low[256], hs[256];
    wt_stem_result r;
    double t0 = now();
    size_t sink = 0;
    for (size_t p = 0; p < len; p += strlen(buf + p) + 1) {
        wt_stem(ws, buf + p, strlen(buf + p), &r);
        sink += r.len;
    }
    double t1 = now();
    for (size_t p = 0; p < len; p += strlen(buf + p) + 1) {
        lower(buf + p, low, sizeof low);
        const sb_symbol *s =
            sb_stemmer_stem(sb, (const sb_symbol *)low, (int)strlen(low));
        sink += s ? 1 : 0;
    }
    double t2 = now();
    size_t hn = nw < 200000 ? nw : 200000; /* hunspell is slow */
    size_t k = 0;
    for (size_t p = 0; p < len && k < hn; p += strlen(buf + p) + 1, k++) {
        hun_stem(h, buf + p, hs, sizeof hs);
        sink += hs[0];
    }
    double t3 = now();
    printf("words %zu (hunspell timed on the first %zu)\n", nw, hn);
    printf("%-10s %12.0f words/s\n", "warta", nw / (t1 - t0));
    printf("%-10s %12.0f words/s\n", "snowball", nw / (t2 - t1));
    printf("%-10s %12.0f words/s\n", "hunspell", hn / (t3 - t2));
    free(buf);
    return sink == 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: stemcmp words FILE | speed FILE...\n");
        return 2;
    }
    wt_stemmer *ws;
    if (wt_stemmer_new(NULL, &ws) != WT_OK) {
        fprintf(stderr, "stemcmp: cannot load id_ID.dic\n");
        return 2;
    }
    struct sb_stemmer *sb = sb_stemmer_new("indonesian", "UTF_8");
    Hunhandle *h = Hunspell_create(AFF, DIC);
    if (!sb || !h) {
        fprintf(stderr, "stemcmp: libstemmer or hunspell unavailable\n");
        return 2;
    }
    int rc = !strcmp(argv[1], "words")
                 ? words_mode(argv[2], ws, sb, h)
                 : speed_mode(argc - 2, argv + 2, ws, sb, h);
    Hunspell_destroy(h);
    sb_stemmer_delete(sb);
    wt_stemmer_free(ws);
    return rc;
}
