/* io.c - file reading shared by the subcommands. */
#include <errno.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

int cli_read_file(const char *path, size_t max, char **out, size_t *len)
{
    int is_stdin = !strcmp(path, "-");
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return errno ? errno : EIO;
    struct stat sb;
    if (fstat(fileno(f), &sb) == 0) {
        if (S_ISDIR(sb.st_mode)) {
            if (!is_stdin)
                fclose(f);
            return EISDIR;
        }
        if (S_ISREG(sb.st_mode) && (unsigned long long)sb.st_size > max) {
            if (!is_stdin)
                fclose(f);
            return EFBIG;
        }
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    int err = buf ? 0 : ENOMEM;
    while (!err) {
        if (n == cap) {
            if (cap > max) {
                err = EFBIG;
                break;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                err = ENOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) {
            if (ferror(f))
                err = errno ? errno : EIO;
            break;
        }
    }
    if (!err && n > max)
        err = EFBIG;
    if (!is_stdin)
        fclose(f);
    if (err) {
        free(buf);
        return err;
    }
    *out = buf;
    *len = n;
    return 0;
}

static int push(cli_files *f, char *path)
{
    if (!path)
        return -1;
    if (f->n == f->cap) {
        size_t nc = f->cap ? f->cap * 2 : 64;
        char **nv = realloc(f->v, nc * sizeof *nv);
        if (!nv) {
            free(path);
            return -1;
        }
        f->v = nv, f->cap = nc;
    }
    f->v[f->n++] = path;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(const char *cmd, const char *path, int depth,
                int (*want)(const char *), cli_files *out)
{
    struct stat sb;
    if (!strcmp(path, "-") || stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        push(out, strdup(path));
        return 0;
    }
    if (depth > 16)
        return 0;
    DIR *dir = opendir(path);
    if (!dir) {
        fprintf(stderr, "warta %s: %s: %s\n", cmd, path, strerror(errno));
        return 1;
    }
    size_t pl = strlen(path);
    while (pl > 1 && path[pl - 1] == '/')
        pl--;
    cli_files names = {NULL, 0, 0};
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        size_t l = pl + strlen(e->d_name) + 2;
        char *name = malloc(l);
        if (name)
            snprintf(name, l, "%.*s/%s", (int)pl, path, e->d_name);
        if (push(&names, name))
            break;
    }
    closedir(dir);
    if (names.n)
        qsort(names.v, names.n, sizeof *names.v, cmp_str);
    int failed = 0;
    for (size_t i = 0; i < names.n; i++) {
        struct stat s2;
        if (stat(names.v[i], &s2) == 0 &&
            (S_ISDIR(s2.st_mode) || want(names.v[i])))
            failed += walk(cmd, names.v[i], depth + 1, want, out);
    }
    cli_files_free(&names);
    return failed;
}

int cli_list_files(const char *cmd, const char *path,
                   int (*want)(const char *name), cli_files *out)
{
    return walk(cmd, path, 0, want, out);
}

void cli_files_free(cli_files *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->v[i]);
    free(f->v);
    memset(f, 0, sizeof *f);
}

void cli_json_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", f);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

int cli_is_txt(const char *name)
{
    size_t l = strlen(name);
    return l > 4 && !strcmp(name + l - 4, ".txt");
}
