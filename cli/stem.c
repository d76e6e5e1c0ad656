/*
 * stem.c - `warta stem [--explain] [--dic FILE] [FILE...]`: one word per
 * line in, one stem per line out, in the same order.  With --explain each
 * output line is: word TAB stem TAB prefixes TAB suffixes TAB kind.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "warta.h"

static const char *const KIND[] = {"", "root", "stemmed", "proper", "unknown"};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: warta stem [--explain] [--dic FILE] [FILE...]\n"
            "  Reads one word per line (standard input when no FILE) and\n"
            "  prints its stem.  --explain adds the removed prefixes and\n"
            "  suffixes and the kind (root, stemmed, proper, unknown).\n"
            "  --dic names the hunspell id_ID.dic root lexicon (default\n"
            "  $WARTA_STEM_DIC or /usr/share/hunspell/id_ID.dic).\n");
}

static void run(const wt_stemmer *st, FILE *in, int explain)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    wt_stem_result r;
    while ((n = getline(&line, &cap, in)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
                         line[n - 1] == ' ' || line[n - 1] == '\t'))
            n--;
        size_t s = 0;
        while (s < (size_t)n && (line[s] == ' ' || line[s] == '\t'))
            s++;
        wt_stem(st, line + s, (size_t)n - s, &r);
        if (explain)
            printf("%.*s\t%s\t%s\t%s\t%s\n", (int)((size_t)n - s), line + s,
                   r.stem, r.prefixes, r.suffixes, KIND[r.kind]);
        else
            printf("%s\n", r.stem);
    }
    free(line);
}

int cmd_stem(int argc, char **argv)
{
    int explain = 0, first = argc;
    const char *dic = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--explain")) {
            explain = 1;
        } else if (!strcmp(argv[i], "--dic") && i + 1 < argc) {
            dic = argv[++i];
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "warta stem: unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        } else {
            first = i;
            break;
        }
    }
    wt_stemmer *st;
    wt_status s = wt_stemmer_new(dic, &st);
    if (s != WT_OK) {
        fprintf(stderr,
                "warta stem: cannot load the root lexicon %s: %s "
                "(install hunspell-id or pass --dic)\n",
                dic ? dic : "(default id_ID.dic)", wt_strerror(s));
        return 2;
    }
    int rc = 0;
    if (first == argc)
        run(st, stdin, explain);
    for (int i = first; i < argc; i++) {
        FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "r") : stdin;
        if (!f) {
            perror(argv[i]);
            rc = 1;
            continue;
        }
        run(st, f, explain);
        if (f != stdin)
            fclose(f);
    }
    wt_stemmer_free(st);
    return rc;
}
