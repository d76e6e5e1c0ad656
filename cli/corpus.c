/* corpus.c - shared by `warta stories` and `warta report`: analyzes files
 * and directories (recursively, in sorted order) into a story corpus. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "warta.h"

typedef struct ctx {
    wt_engine *eng;
    wt_corpus *corpus;
    const char *cmd;
    int failed;
    size_t added;
} ctx;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_file(ctx *c, const char *path)
{
    char *buf = NULL;
    size_t len = 0;
    int err = cli_read_file(path, (size_t)64 << 20, &buf, &len);
    if (err) {
        fprintf(stderr, "warta %s: %s: %s\n", c->cmd, path,
                err == EFBIG ? "file too large" : strerror(err));
        c->failed = 1;
        return;
    }
    wt_doc *d = NULL;
    wt_status st = wt_analyze(c->eng, path, buf, len, NULL, &d);
    free(buf);
    if (!st)
        st = wt_corpus_add(c->corpus, d);
    wt_doc_free(d);
    if (st) {
        fprintf(stderr, "warta %s: %s: %s\n", c->cmd, path, wt_strerror(st));
        c->failed = 1;
        return;
    }
    c->added++;
}

static void add_path(ctx *c, const char *path, int depth)
{
    struct stat sb;
    if (strcmp(path, "-") && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        if (depth > 16)
            return;
        DIR *dir = opendir(path);
        if (!dir) {
            fprintf(stderr, "warta %s: %s: %s\n", c->cmd, path, strerror(errno));
            c->failed = 1;
            return;
        }
        char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *e;
        while ((e = readdir(dir))) {
            if (e->d_name[0] == '.')
                continue;
            size_t l = strlen(e->d_name);
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                char **nn = realloc(names, cap * sizeof *nn);
                if (!nn)
                    break;
                names = nn;
            }
            names[n] = malloc(strlen(path) + l + 2);
            if (!names[n])
                break;
            sprintf(names[n], "%s/%s", path, e->d_name);
            n++;
        }
        closedir(dir);
        qsort(names, n, sizeof *names, cmp_str);
        for (size_t i = 0; i < n; i++) {
            struct stat s2;
            size_t l = strlen(names[i]);
            if (stat(names[i], &s2) == 0 &&
                (S_ISDIR(s2.st_mode) || (l > 4 && !strcmp(names[i] + l - 4, ".txt"))))
                add_path(c, names[i], depth + 1);
            free(names[i]);
        }
        free(names);
        return;
    }
    add_file(c, path);
}

int cli_build_corpus(const char *cmd, int argc, char **argv, wt_corpus **out)
{
    ctx c = {NULL, NULL, cmd, 0, 0};
    wt_engine_options eo;
    memset(&eo, 0, sizeof eo);
    wt_status st = wt_engine_new(&eo, &c.eng);
    if (!st)
        st = wt_corpus_new(&c.corpus);
    if (st) {
        fprintf(stderr, "warta %s: %s\n", cmd, wt_strerror(st));
        wt_engine_free(c.eng);
        return 2;
    }
    for (int i = 0; i < argc; i++)
        add_path(&c, argv[i], 0);
    wt_engine_free(c.eng);
    st = wt_corpus_cluster(c.corpus);
    if (st) {
        fprintf(stderr, "warta %s: clustering: %s\n", cmd, wt_strerror(st));
        wt_corpus_free(c.corpus);
        return 2;
    }
    *out = c.corpus;
    return c.failed;
}
