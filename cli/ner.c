/*
 * ner.c - `warta ner train|eval|tag|clusters`: the entity tagger's front
 * end (docs/ner.md).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "warta.h"

#define MAX_DATA ((size_t)1 << 30)
#define MAX_SENT_TOKENS 65536 /* tag buffers at most this many tokens */

static void usage(FILE *f)
{
    fprintf(f,
        "usage: warta ner train -o MODEL [--clusters FILE] [--gazetteer DIR]\n"
        "                       [--types PER,LOC,ORG] [--dev FILE] [--epochs N]\n"
        "                       [--bits N] [--seed N] [--bags N] [--exclude FILE]...\n"
"                       FILE...\n"
        "       warta ner eval [--model MODEL] FILE...\n"
        "       warta ner tag [--model MODEL] [FILE|-]\n"
        "       warta ner clusters -o OUT [-k 64,512] [--min-count N] PATH...\n"
        "  Training and test files hold one token a line: the token first,\n"
        "  the tag last (TAB- or space-separated), a blank line between\n"
        "  sentences.  `tag` reads one token a line (further columns are\n"
        "  ignored) and prints token TAB tag in BIO form, keeping the blank\n"
        "  lines.  MODEL defaults to the installed data/models/ner.model.\n"
"  --exclude leaves out of training (and dev) every sentence that also\n"
"  occurs in FILE, such as another corpus's test split.\n");
}

/* path NULL: the installed model. */
static int load_model(const char *path, wt_ner **m)
{
    wt_status st = wt_ner_load(path, m);
    if (st != WT_OK) {
        fprintf(stderr, "warta ner: %s: %s\n", path ? path : "the installed model",
                wt_strerror(st));
        return 1;
    }
    return 0;
}

/* Reads each labeled file into d; reports failures. */
static int read_data(const char *path, wt_ner_data *d)
{
    char *buf;
    size_t len, bad = 0;
    int e = cli_read_file(path, MAX_DATA, &buf, &len);
    if (e) {
        fprintf(stderr, "warta ner: %s: %s\n", path, strerror(e));
        return 1;
    }
    wt_status st = wt_ner_data_add(d, buf, len, &bad);
    free(buf);
    if (st != WT_OK) {
        fprintf(stderr, "warta ner: %s:%zu: %s\n", path, bad,
                st == WT_EFORMAT ? "expected a token and a tag (or too many types)"
                                 : wt_strerror(st));
        return 1;
    }
    return 0;
}

static void progress(void *ctx, unsigned epoch, double f1)
{
    (void)ctx;
    if (f1 >= 0)
        fprintf(stderr, "warta ner: epoch %u: dev F1 %.2f\n", epoch, f1);
    else
        fprintf(stderr, "warta ner: epoch %u\n", epoch);
}

static int cmd_train(int argc, char **argv)
{
    wt_ner_train_options o = {0};
    const char *out = NULL, *dev = NULL;
    const char *excl[64];
    size_t n_excl = 0;
    int quiet = 0, i;
    for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--quiet"))
            quiet = 1;
        else if (i + 1 >= argc)
            break;
        else if (!strcmp(a, "-o"))
            out = argv[++i];
        else if (!strcmp(a, "--clusters"))
            o.clusters = argv[++i];
        else if (!strcmp(a, "--gazetteer"))
            o.gazetteer = argv[++i];
        else if (!strcmp(a, "--types"))
            o.types = argv[++i];
        else if (!strcmp(a, "--dev"))
            dev = argv[++i];
        else if (!strcmp(a, "--exclude") && n_excl < 64)
            excl[n_excl++] = argv[++i];
        else if (!strcmp(a, "--epochs"))
            o.epochs = (unsigned)atoi(argv[++i]);
        else if (!strcmp(a, "--bits"))
            o.hash_bits = (unsigned)atoi(argv[++i]);
        else if (!strcmp(a, "--bags"))
            o.bags = (unsigned)atoi(argv[++i]);
        else if (!strcmp(a, "--seed"))
            o.seed = (uint32_t)strtoul(argv[++i], NULL, 10);
        else
            break;
    }
    if (!out || i >= argc) {
        usage(stderr);
        return 2;
    }
    wt_ner_data *d = NULL, *dv = NULL;
    wt_ner *m = NULL;
    int rc = 0;
    if (wt_ner_data_new(&d) != WT_OK || (dev && wt_ner_data_new(&dv) != WT_OK)) {
        fprintf(stderr, "warta ner: out of memory\n");
        return 1;
    }
    for (; i < argc; i++)
        rc |= read_data(argv[i], d);
    if (dev)
        rc |= read_data(dev, dv);
    /* sentences of the excluded files (test splits) leave the training
     * and dev data */
    for (size_t k = 0; !rc && k < n_excl; k++) {
        wt_ner_data *x = NULL;
        size_t gone = 0, gone_dev = 0;
        if (wt_ner_data_new(&x) != WT_OK || read_data(excl[k], x) ||
            wt_ner_data_exclude(d, x, &gone) != WT_OK ||
            (dv && wt_ner_data_exclude(dv, x, &gone_dev) != WT_OK))
            rc = 1;
        else if (!quiet)
            fprintf(stderr, "warta ner: %s: %zu training and %zu dev sentences "
                    "left out\n", excl[k], gone, gone_dev);
        wt_ner_data_free(x);
    }
    if (rc)
        goto done;
    o.dev = dv;
    if (!quiet)
        o.progress = progress;
    clock_t t0 = clock();
    wt_status st = wt_ner_train(d, &o, &m);
    if (st == WT_OK)
        st = wt_ner_save(m, out);
    if (st != WT_OK) {
        fprintf(stderr, "warta ner train: %s\n", wt_strerror(st));
        rc = 1;
    } else if (!quiet) {
        fprintf(stderr, "warta ner: %zu sentences, %zu tokens, %.1f s -> %s\n",
                wt_ner_data_n_sentences(d), wt_ner_data_n_tokens(d),
                (double)(clock() - t0) / CLOCKS_PER_SEC, out);
    }
done:
    wt_ner_free(m);
    wt_ner_data_free(d);
    wt_ner_data_free(dv);
    return rc;
}

static int cmd_eval(int argc, char **argv)
{
    const char *model = NULL;
    int i = 1, json = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--model") && i + 1 < argc)
            model = argv[++i];
        else if (!strcmp(argv[i], "--json"))
            json = 1;
        else {
            usage(stderr);
            return 2;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    wt_ner *m;
    if (load_model(model, &m))
        return 1;
    int rc = 0;
    for (; i < argc; i++) {
        wt_ner_data *d;
        if (wt_ner_data_new(&d) != WT_OK)
            return 1;
        wt_ner_score s[1 + WT_NER_MAX_TYPES];
        size_t n = 0;
        if (read_data(argv[i], d) || wt_ner_eval(m, d, s, &n) != WT_OK) {
            rc = 1;
            wt_ner_data_free(d);
            continue;
        }
        if (json) {
            printf("{\"file\":");
            cli_json_str(stdout, argv[i]);
            for (size_t k = 0; k < n; k++)
                printf(",\"%s\":{\"p\":%.2f,\"r\":%.2f,\"f1\":%.2f,\"gold\":%zu}",
                       s[k].type, s[k].precision, s[k].recall, s[k].f1, s[k].gold);
            printf("}\n");
        } else {
            printf("%s: %zu sentences, %zu tokens\n", argv[i],
                   wt_ner_data_n_sentences(d), wt_ner_data_n_tokens(d));
            printf("  %-6s %7s %7s %7s %6s\n", "type", "P", "R", "F1", "gold");
            for (size_t k = 0; k < n; k++)
                printf("  %-6s %7.2f %7.2f %7.2f %6zu\n", s[k].type,
                       s[k].precision, s[k].recall, s[k].f1, s[k].gold);
        }
        wt_ner_data_free(d);
    }
    wt_ner_free(m);
    return rc;
}

/* One sentence buffered for tagging. */
typedef struct sent {
    char **tok;
    size_t *len;
    uint8_t *lab;
    size_t n, cap;
} sent;

static int flush(const wt_ner *m, sent *s, FILE *out)
{
    if (!s->n)
        return 0;
    if (wt_ner_tag(m, (const char *const *)s->tok, s->len, s->n, s->lab) != WT_OK)
        return -1;
    for (size_t i = 0; i < s->n; i++) {
        uint8_t l = s->lab[i];
        fwrite(s->tok[i], 1, s->len[i], out);
        if (!l)
            fputs("\tO\n", out);
        else
            fprintf(out, "\t%c-%s\n", l & 1 ? 'B' : 'I',
                    wt_ner_type(m, (size_t)(l - 1) / 2));
        free(s->tok[i]);
    }
    s->n = 0;
    return 0;
}

static int cmd_tag(int argc, char **argv)
{
    const char *model = NULL, *path = "-";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--model") && i + 1 < argc)
            model = argv[++i];
        else if (argv[i][0] != '-' || !argv[i][1])
            path = argv[i];
        else {
            usage(stderr);
            return 2;
        }
    }
    wt_ner *m;
    if (load_model(model, &m))
        return 1;
    FILE *in = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!in) {
        fprintf(stderr, "warta ner: %s: %s\n", path, strerror(errno));
        wt_ner_free(m);
        return 1;
    }
    sent s = {0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (!rc && (n = getline(&line, &cap, in)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        char *tab = memchr(line, '\t', (size_t)n);
        size_t tl = tab ? (size_t)(tab - line) : (size_t)n;
        while (tl > 0 && line[tl - 1] == ' ')
            tl--;
        if (!tl) {
            if (flush(m, &s, stdout))
                rc = 1;
            putchar('\n');
            continue;
        }
        /* a "sentence" of this many tokens is not one: tag what is
         * buffered so memory stays bounded */
        if (s.n == MAX_SENT_TOKENS && flush(m, &s, stdout)) {
            rc = 1;
            break;
        }
        if (s.n == s.cap) {
            size_t c = s.cap ? 2 * s.cap : 64;
            char **t = realloc(s.tok, c * sizeof *t);
            size_t *l = t ? realloc(s.len, c * sizeof *l) : NULL;
            uint8_t *b = l ? realloc(s.lab, c) : NULL;
            if (t)
                s.tok = t;
            if (l)
                s.len = l;
            if (!b) {
                rc = 1;
                break;
            }
            s.lab = b;
            s.cap = c;
        }
        if (!(s.tok[s.n] = malloc(tl + 1))) {
            rc = 1;
            break;
        }
        memcpy(s.tok[s.n], line, tl);
        s.len[s.n++] = tl;
    }
    if (!rc && flush(m, &s, stdout))
        rc = 1;
    if (rc)
        fprintf(stderr, "warta ner tag: out of memory\n");
    if (ferror(in)) {
        fprintf(stderr, "warta ner: %s: read error\n", path);
        rc = 1;
    }
    if (in != stdin)
        fclose(in);
    free(line);
    free(s.tok);
    free(s.len);
    free(s.lab);
    wt_ner_free(m);
    return rc;
}

static void cl_progress(void *ctx, const char *what)
{
    (void)ctx;
    fprintf(stderr, "warta ner clusters: %s\n", what);
}

static int keep_all(const char *name)
{
    (void)name;
    return 1;
}

static int cmd_clusters(int argc, char **argv)
{
    unsigned ks[4] = {64, 512};
    wt_cluster_options o = {.ks = ks, .n_ks = 2, .progress = cl_progress};
    const char *out = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (i + 1 >= argc) {
            usage(stderr);
            return 2;
        }
        if (!strcmp(argv[i], "-o"))
            out = argv[++i];
        else if (!strcmp(argv[i], "-k")) {
            char *p = argv[++i];
            o.n_ks = 0;
            while (*p && o.n_ks < 4) {
                ks[o.n_ks++] = (unsigned)strtoul(p, &p, 10);
                if (*p == ',')
                    p++;
            }
        } else if (!strcmp(argv[i], "--min-count"))
            o.min_count = (unsigned)atoi(argv[++i]);
        else if (!strcmp(argv[i], "--iterations"))
            o.iterations = (unsigned)atoi(argv[++i]);
        else {
            usage(stderr);
            return 2;
        }
    }
    if (!out || i >= argc) {
        usage(stderr);
        return 2;
    }
    cli_files files = {0};
    int rc = 0;
    for (; i < argc; i++)
        rc |= cli_list_files("ner clusters", argv[i], keep_all, &files) ? 1 : 0;
    wt_status st = wt_ner_clusters((const char *const *)files.v, files.n, &o, out);
    if (st != WT_OK) {
        fprintf(stderr, "warta ner clusters: %s\n", wt_strerror(st));
        rc = 1;
    }
    cli_files_free(&files);
    return rc;
}

int cmd_ner(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "train"))
        return cmd_train(argc - 1, argv + 1);
    if (!strcmp(argv[1], "eval"))
        return cmd_eval(argc - 1, argv + 1);
    if (!strcmp(argv[1], "tag"))
        return cmd_tag(argc - 1, argv + 1);
    if (!strcmp(argv[1], "clusters"))
        return cmd_clusters(argc - 1, argv + 1);
    fprintf(stderr, "warta ner: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
