/*
 * ingest.c - `warta ingest --db FILE [options] PATH...`: analyzes articles
 * and stores them (see docs/store.md).
 *
 * Inputs: text files (one article each), CSV files (RFC 4180, a header
 * row, one article per row) and JSON Lines (one object per line), from
 * files, directories (recursively, sorted: *.txt, *.csv, *.jsonl,
 * *.ndjson) or standard input ("-", text unless --format says otherwise).
 * Structured records become "title\n\nbody" for the cleaner, and their
 * title, outlet and date override what the cleaner finds.
 *
 * Records are analyzed in chunks on all cores and written in input order,
 * one transaction per batch (--batch, default 1000 articles).
 */
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"
#include "warta.h"

enum fmt { F_AUTO, F_TEXT, F_CSV, F_JSONL };
enum { FLD_TITLE, FLD_BODY, FLD_DATE, FLD_TIME, FLD_OUTLET, FLD_KEY, N_FLD };
static const char *const FLD_NAME[N_FLD] = {"title", "body",   "date",
                                            "time",  "outlet", "key"};
static const char *const FLD_DEFAULT[N_FLD] = {"title", "body",   "date",
                                               "time",  "outlet", "url"};

typedef struct job {
    char *text;
    size_t len;
    char *path, *key, *title, *outlet, *published;
    wt_doc *doc;
    wt_status st;
} job;

#define CHUNK 512

typedef struct ingest {
    wt_engine *eng;
    wt_store *db;
    enum fmt format;
    const char *field[N_FLD];
    int excel_dates; /* -1 auto, 0 no, 1 yes */
    size_t batch, in_batch;
    size_t max_size;
    int threads;
    /* the chunk being filled */
    job jobs[CHUNK];
    size_t n_jobs;
    size_t next; /* next job to analyze (shared by the workers) */
    pthread_mutex_t lock;
    /* counts */
    size_t read, added, versions, same, failed;
    /* progress */
    int progress;
    unsigned long long bytes_total, bytes_done;
    double t0, last;
    int fatal;
} ingest;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void usage(FILE *f)
{
    fprintf(f,
        "usage: warta ingest --db FILE [options] PATH...\n"
        "  Analyzes articles and stores them in the SQLite database FILE\n"
        "  (created if missing).  PATH is a file, a directory (recursively:\n"
        "  *.txt, *.csv, *.jsonl, *.ndjson) or - for standard input.  The\n"
        "  same content is stored once; new content under a known key (URL\n"
        "  or path) is a new version.\n"
        "options:\n"
        "  --format auto|text|csv|jsonl  input format (auto: by extension)\n"
        "  --field NAME=COLUMN   map a record field; NAME is title, body,\n"
        "                        date, time, outlet or key (defaults: title,\n"
        "                        body, date, time, outlet, url)\n"
        "  --date-format auto|excel|iso  auto reads 5-digit numbers as\n"
        "                        Excel serial days (43718 = 2019-09-10)\n"
        "  --batch N             articles per transaction (default 1000)\n"
        "  --jobs N              analysis threads (default: all cores)\n"
        "  --max-size BYTES      largest input file (default 1 GiB)\n"
        "  --dic FILE            stemmer root lexicon (hunspell id_ID.dic)\n"
        "  --tokenizer NAME      FTS5 tokenizer of a new database: warta\n"
        "                        (default), 'warta nostem', unicode61\n"
        "  --quiet               no progress line even on a terminal\n"
        "  --no-stories          do not update the stories (the next `warta\n"
        "                        stories --db` or `warta report --db` will)\n");
}

/* ---- progress ----------------------------------------------------------- */

static void progress(ingest *g, int final)
{
    if (!g->progress)
        return;
    double t = now();
    if (!final && t - g->last < 0.5)
        return;
    g->last = t;
    double el = t - g->t0;
    double rate = el > 0 ? g->read / el : 0;
    double frac = g->bytes_total ? (double)g->bytes_done / g->bytes_total : 0;
    double left = frac > 0.001 ? el * (1 - frac) / frac : 0;
    fprintf(stderr, "\r%zu articles  %.0f/s  %3.0f%%  %02d:%02d left   ",
            g->read, rate, frac * 100, (int)left / 60, (int)left % 60);
    if (final)
        fputc('\n', stderr);
}

/* ---- analysis on all cores, writing in order ----------------------------- */

static void *worker(void *arg)
{
    ingest *g = arg;
    for (;;) {
        pthread_mutex_lock(&g->lock);
        size_t i = g->next++;
        pthread_mutex_unlock(&g->lock);
        if (i >= g->n_jobs)
            return NULL;
        job *j = &g->jobs[i];
        wt_analyze_options o;
        memset(&o, 0, sizeof o);
        o.title = j->title;
        o.outlet = j->outlet;
        o.published = j->published;
        j->st = wt_analyze(g->eng, j->path, j->text, j->len, &o, &j->doc);
    }
}

static void job_free(job *j)
{
    free(j->text);
    free(j->path);
    free(j->key);
    free(j->title);
    free(j->outlet);
    free(j->published);
    wt_doc_free(j->doc);
    memset(j, 0, sizeof *j);
}

static void flush(ingest *g)
{
    if (!g->n_jobs)
        return;
    g->next = 0;
    int nt = g->threads > 1 ? g->threads : 1;
    pthread_t th[64];
    int started = 0;
    for (int i = 1; i < nt && i < 64; i++)
        if (pthread_create(&th[started], NULL, worker, g) == 0)
            started++;
    worker(g);
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    for (size_t i = 0; i < g->n_jobs; i++) {
        job *j = &g->jobs[i];
        if (g->fatal) {
            job_free(j);
            continue;
        }
        g->read++;
        if (j->st) {
            fprintf(stderr, "warta ingest: %s: %s\n", j->path,
                    wt_strerror(j->st));
            g->failed++;
            job_free(j);
            continue;
        }
        if (!g->in_batch && wt_store_begin(g->db) != WT_OK) {
            fprintf(stderr, "warta ingest: %s\n", wt_store_errmsg(g->db));
            g->fatal = 1;
            job_free(j);
            continue;
        }
        g->in_batch++;
        wt_put_result r = 0;
        wt_status st = wt_store_put(g->db, j->doc, j->key, &r);
        if (st) {
            fprintf(stderr, "warta ingest: %s: %s\n", j->path,
                    wt_store_errmsg(g->db));
            g->failed++;
            if (st != WT_EDB) /* out of memory and the like */
                g->fatal = 1;
        } else if (r == WT_PUT_ADDED) {
            g->added++;
        } else if (r == WT_PUT_VERSION) {
            g->versions++;
        } else {
            g->same++;
        }
        if (g->in_batch >= g->batch) {
            if (wt_store_commit(g->db) != WT_OK) {
                fprintf(stderr, "warta ingest: commit: %s\n",
                        wt_store_errmsg(g->db));
                g->fatal = 1;
            }
            g->in_batch = 0;
        }
        job_free(j);
    }
    g->n_jobs = 0;
    progress(g, 0);
}

static char *dup_s(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* Queues one article; takes ownership of text. */
static void add_job(ingest *g, char *text, size_t len, const char *path,
                    const char *key, const char *title, const char *outlet,
                    const char *published)
{
    job *j = &g->jobs[g->n_jobs++];
    j->text = text;
    j->len = len;
    j->path = dup_s(path);
    j->key = dup_s(key);
    j->title = dup_s(title);
    j->outlet = dup_s(outlet);
    j->published = dup_s(published);
    if (g->n_jobs == CHUNK)
        flush(g);
}

/* ---- dates --------------------------------------------------------------- */

/* "43718" (Excel serial day, 1900 system) or ISO or D/M/Y, plus an optional
 * "21:48 WIB" time, to "YYYY-MM-DD[THH:MM]" in out; "" if unreadable. */
static void norm_date(const ingest *g, const char *d, const char *t,
                      char *out, size_t cap)
{
    out[0] = 0;
    if (!d)
        return;
    while (isspace((unsigned char)*d))
        d++;
    size_t n = strlen(d);
    while (n && isspace((unsigned char)d[n - 1]))
        n--;
    int y = 0, m = 0, day = 0;
    int digits = 1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)d[i]))
            digits = 0;
    if (digits && n >= 4 && n <= 6 &&
        (g->excel_dates == 1 || (g->excel_dates == -1 && n == 5))) {
        /* days since 1899-12-30 (Excel's 1900 system with its leap bug) */
        long serial = atol(d);
        long z = serial - 25569 + 719468; /* to days since 0000-03-01 */
        long era = z / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        day = (int)(doy - (153 * mp + 2) / 5 + 1);
        m = (int)(mp < 10 ? mp + 3 : mp - 9);
        y = (int)(yoe + era * 400 + (m <= 2));
    } else if (n >= 10 && d[4] == '-' && d[7] == '-') {
        y = atoi(d), m = atoi(d + 5), day = atoi(d + 8);
    } else if (sscanf(d, "%d/%d/%d", &day, &m, &y) == 3 && y > 1900) {
        /* D/M/Y as Indonesian sites write it */
    } else {
        return;
    }
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || day < 1 || day > 31)
        return;
    int hh = -1, mm = -1;
    if (n >= 16 && d[10] == 'T')
        sscanf(d + 11, "%d:%d", &hh, &mm);
    else if (t)
        sscanf(t, "%d:%d", &hh, &mm);
    if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60)
        snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d", y, m, day, hh, mm);
    else
        snprintf(out, cap, "%04d-%02d-%02d", y, m, day);
}

/* A structured record: fields by our names (NULL if absent). */
static void add_record(ingest *g, const char *path, size_t row,
                       const char *const f[N_FLD])
{
    const char *body = f[FLD_BODY];
    if (!body || !*body) {
        fprintf(stderr, "warta ingest: %s: record %zu has no %s field\n",
                path, row, g->field[FLD_BODY]);
        g->failed++;
        return;
    }
    const char *title = f[FLD_TITLE] && *f[FLD_TITLE] ? f[FLD_TITLE] : NULL;
    size_t tl = title ? strlen(title) : 0, bl = strlen(body);
    char *text = malloc(tl + bl + 3);
    if (!text) {
        g->fatal = 1;
        return;
    }
    size_t n = 0;
    if (title) {
        memcpy(text, title, tl);
        memcpy(text + tl, "\n\n", 2);
        n = tl + 2;
    }
    memcpy(text + n, body, bl + 1);
    n += bl;
    char pub[32], where[64];
    norm_date(g, f[FLD_DATE], f[FLD_TIME], pub, sizeof pub);
    snprintf(where, sizeof where, "#%zu", row);
    size_t pl = strlen(path);
    char *rp = malloc(pl + strlen(where) + 1);
    if (!rp) {
        free(text);
        g->fatal = 1;
        return;
    }
    memcpy(rp, path, pl);
    strcpy(rp + pl, where);
    const char *key = f[FLD_KEY] && *f[FLD_KEY] ? f[FLD_KEY] : rp;
    const char *outlet = f[FLD_OUTLET];
    if (outlet && (!*outlet || !strcmp(outlet, "-")))
        outlet = NULL;
    add_job(g, text, n, rp, key, title, outlet, pub[0] ? pub : NULL);
    free(rp);
}

/* ---- CSV (RFC 4180) -------------------------------------------------------- */

typedef struct csv {
    const char *p, *end;
} csv;

/* Reads one field into *out (malloc'd, quotes undone); returns 1 if more
 * fields follow on this row, 0 at the end of the row, -1 at end of input. */
static int csv_field(csv *c, char **out)
{
    *out = NULL;
    if (c->p >= c->end)
        return -1;
    size_t cap = 64, n = 0;
    char *b = malloc(cap);
    if (!b)
        return -1;
    int quoted = *c->p == '"';
    if (quoted)
        c->p++;
    int r = 0;
    while (c->p < c->end) {
        char ch = *c->p;
        if (quoted) {
            if (ch == '"') {
                if (c->p + 1 < c->end && c->p[1] == '"') {
                    c->p += 2;
                    ch = '"';
                } else {
                    quoted = 0;
                    c->p++;
                    continue;
                }
            } else {
                c->p++;
            }
        } else {
            if (ch == ',') {
                c->p++;
                r = 1;
                break;
            }
            if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && c->p + 1 < c->end && c->p[1] == '\n')
                    c->p++;
                c->p++;
                r = 0;
                break;
            }
            c->p++;
        }
        if (n + 1 >= cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb) {
                free(b);
                return -1;
            }
            b = nb;
        }
        b[n++] = ch;
    }
    b[n] = 0;
    *out = b;
    return r;
}

/* Reads one row; returns the number of fields, 0 at the end. */
static size_t csv_row(csv *c, char ***fields, size_t *cap)
{
    size_t n = 0;
    for (;;) {
        char *f;
        int r = csv_field(c, &f);
        if (r < 0 && !f)
            return n;
        if (n == *cap) {
            size_t nc = *cap ? *cap * 2 : 16;
            char **nf = realloc(*fields, nc * sizeof *nf);
            if (!nf) {
                free(f);
                return n;
            }
            *fields = nf, *cap = nc;
        }
        (*fields)[n++] = f;
        if (r <= 0)
            return n;
    }
}

static void ingest_csv(ingest *g, const char *path, const char *buf,
                       size_t len)
{
    csv c = {buf, buf + len};
    if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
        c.p += 3;
    char **head = NULL, **row = NULL;
    size_t hcap = 0, rcap = 0;
    size_t nh = csv_row(&c, &head, &hcap);
    int col[N_FLD];
    for (int k = 0; k < N_FLD; k++) {
        col[k] = -1;
        for (size_t i = 0; i < nh; i++)
            if (!strcasecmp(head[i], g->field[k]))
                col[k] = (int)i;
    }
    if (col[FLD_BODY] < 0) {
        fprintf(stderr,
                "warta ingest: %s: no column '%s' for the body (use --field "
                "body=COLUMN)\n", path, g->field[FLD_BODY]);
        g->failed++;
    }
    size_t rowno = 1;
    while (col[FLD_BODY] >= 0 && !g->fatal) {
        const char *before = c.p;
        size_t n = csv_row(&c, &row, &rcap);
        if (n == 0)
            break;
        rowno++;
        const char *f[N_FLD];
        for (int k = 0; k < N_FLD; k++)
            f[k] = col[k] >= 0 && (size_t)col[k] < n ? row[col[k]] : NULL;
        if (!(n == 1 && !row[0][0])) /* blank line */
            add_record(g, path, rowno, f);
        for (size_t i = 0; i < n; i++)
            free(row[i]);
        g->bytes_done += (unsigned long long)(c.p - before);
    }
    for (size_t i = 0; i < nh; i++)
        free(head[i]);
    free(head);
    free(row);
}

/* ---- JSON Lines ------------------------------------------------------------ */

static void ingest_jsonl(ingest *g, const char *path, const char *buf,
                         size_t len)
{
    const char *p = buf, *end = buf + len;
    size_t lineno = 0;
    while (p < end && !g->fatal) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        lineno++;
        const char *s = p;
        while (s < le && isspace((unsigned char)*s))
            s++;
        if (s < le) {
            json_error_t err;
            json_t *o = json_loadb(s, (size_t)(le - s), 0, &err);
            if (!o || !json_is_object(o)) {
                fprintf(stderr, "warta ingest: %s:%zu: not a JSON object%s%s\n",
                        path, lineno, o ? "" : ": ", o ? "" : err.text);
                g->failed++;
            } else {
                const char *f[N_FLD];
                char num[N_FLD][32];
                for (int k = 0; k < N_FLD; k++) {
                    json_t *v = json_object_get(o, g->field[k]);
                    f[k] = NULL;
                    if (json_is_string(v)) {
                        f[k] = json_string_value(v);
                    } else if (json_is_integer(v)) {
                        snprintf(num[k], sizeof num[k], "%lld",
                                 (long long)json_integer_value(v));
                        f[k] = num[k];
                    }
                }
                add_record(g, path, lineno, f);
            }
            json_decref(o);
        }
        g->bytes_done += (unsigned long long)(le - p) + (nl ? 1 : 0);
        p = nl ? nl + 1 : end;
    }
}

/* ---- files and directories -------------------------------------------------- */

static enum fmt format_of(const ingest *g, const char *path)
{
    if (g->format != F_AUTO)
        return g->format;
    size_t n = strlen(path);
    if (n > 4 && !strcasecmp(path + n - 4, ".csv"))
        return F_CSV;
    if ((n > 6 && !strcasecmp(path + n - 6, ".jsonl")) ||
        (n > 7 && !strcasecmp(path + n - 7, ".ndjson")))
        return F_JSONL;
    return F_TEXT;
}

static void ingest_file(ingest *g, const char *path)
{
    char *buf = NULL;
    size_t len = 0;
    int err = cli_read_file(path, g->max_size, &buf, &len);
    if (err) {
        fprintf(stderr, "warta ingest: %s: %s\n", path,
                err == EFBIG ? "file too large (see --max-size)"
                             : strerror(err));
        g->failed++;
        return;
    }
    switch (format_of(g, path)) {
    case F_CSV:
        ingest_csv(g, path, buf, len);
        free(buf);
        break;
    case F_JSONL:
        ingest_jsonl(g, path, buf, len);
        free(buf);
        break;
    default:
        g->bytes_done += len;
        add_job(g, buf, len, path, NULL, NULL, NULL, NULL);
        break;
    }
}

static int wanted(const char *name)
{
    size_t n = strlen(name);
    static const char *const ext[] = {".txt", ".csv", ".jsonl", ".ndjson"};
    for (size_t i = 0; i < 4; i++) {
        size_t k = strlen(ext[i]);
        if (n > k && !strcasecmp(name + n - k, ext[i]))
            return 1;
    }
    return 0;
}

int cmd_ingest(int argc, char **argv)
{
    static ingest g;
    memset(&g, 0, sizeof g);
    const char *dbpath = NULL, *dic = NULL, *tokenizer = NULL;
    int quiet = 0, no_stories = 0, i;
    g.batch = 1000;
    g.excel_dates = -1;
    g.max_size = (size_t)1 << 30;
    long nproc = sysconf(_SC_NPROCESSORS_ONLN);
    g.threads = nproc > 0 ? (int)(nproc > 64 ? 64 : nproc) : 1;
    for (int k = 0; k < N_FLD; k++)
        g.field[k] = FLD_DEFAULT[k];
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (!strcmp(a, "--db") && more) {
            dbpath = argv[++i];
        } else if (!strcmp(a, "--format") && more) {
            const char *f = argv[++i];
            g.format = !strcmp(f, "text")    ? F_TEXT
                       : !strcmp(f, "csv")   ? F_CSV
                       : !strcmp(f, "jsonl") ? F_JSONL
                       : !strcmp(f, "auto")  ? F_AUTO
                                             : (enum fmt)-1;
            if ((int)g.format < 0) {
                fprintf(stderr, "warta ingest: unknown format '%s'\n", f);
                return 2;
            }
        } else if (!strcmp(a, "--field") && more) {
            const char *m = argv[++i], *eq = strchr(m, '=');
            int k;
            for (k = 0; k < N_FLD && eq; k++)
                if (strlen(FLD_NAME[k]) == (size_t)(eq - m) &&
                    !memcmp(m, FLD_NAME[k], (size_t)(eq - m)))
                    break;
            if (!eq || k == N_FLD || !eq[1]) {
                fprintf(stderr, "warta ingest: bad --field '%s' (NAME=COLUMN, "
                        "NAME one of title body date time outlet key)\n", m);
                return 2;
            }
            g.field[k] = eq + 1;
        } else if (!strcmp(a, "--date-format") && more) {
            const char *f = argv[++i];
            g.excel_dates = !strcmp(f, "excel") ? 1 : !strcmp(f, "iso") ? 0
                                                                        : -1;
        } else if (!strcmp(a, "--batch") && more) {
            long b = atol(argv[++i]);
            g.batch = b > 0 ? (size_t)b : 1;
        } else if (!strcmp(a, "--jobs") && more) {
            long j = atol(argv[++i]);
            g.threads = j > 0 ? (int)(j > 64 ? 64 : j) : 1;
        } else if (!strcmp(a, "--max-size") && more) {
            g.max_size = (size_t)strtoull(argv[++i], NULL, 10);
        } else if (!strcmp(a, "--dic") && more) {
            dic = argv[++i];
        } else if (!strcmp(a, "--tokenizer") && more) {
            tokenizer = argv[++i];
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            quiet = 1;
        } else if (!strcmp(a, "--no-stories")) {
            no_stories = 1;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta ingest: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    if (!dbpath || i == argc) {
        usage(stderr);
        return 2;
    }
    wt_store_options so;
    memset(&so, 0, sizeof so);
    so.dic_path = dic;
    so.tokenizer = tokenizer;
    wt_status st = wt_store_open(dbpath, &so, &g.db);
    if (st) {
        fprintf(stderr, "warta ingest: %s: %s\n", dbpath,
                g.db ? wt_store_errmsg(g.db) : wt_strerror(st));
        wt_store_close(g.db);
        return 2;
    }
    wt_engine_options eo;
    memset(&eo, 0, sizeof eo);
    if ((st = wt_engine_new(&eo, &g.eng)) != WT_OK) {
        fprintf(stderr, "warta ingest: %s\n", wt_strerror(st));
        wt_store_close(g.db);
        return 2;
    }
    pthread_mutex_init(&g.lock, NULL);
    cli_files files = {NULL, 0, 0};
    for (; i < argc; i++)
        g.failed += (size_t)cli_list_files("ingest", argv[i], wanted, &files);
    for (size_t k = 0; k < files.n; k++) {
        struct stat sb;
        if (strcmp(files.v[k], "-") && stat(files.v[k], &sb) == 0)
            g.bytes_total += (unsigned long long)sb.st_size;
    }
    g.progress = !quiet && isatty(2);
    g.t0 = g.last = now();
    for (size_t k = 0; k < files.n && !g.fatal; k++)
        ingest_file(&g, files.v[k]);
    flush(&g);
    if (g.in_batch && !g.fatal && wt_store_commit(g.db) != WT_OK) {
        fprintf(stderr, "warta ingest: commit: %s\n", wt_store_errmsg(g.db));
        g.fatal = 1;
    }
    progress(&g, 1);
    cli_files_free(&files);
    long long total = 0;
    if (wt_store_count(g.db, &total) != WT_OK)
        total = -1;
    double el = now() - g.t0;
    printf("ingest: %zu read, %zu added, %zu new versions, %zu unchanged, "
           "%zu failed; %lld articles in %s; %.1f s, %.0f articles/s\n",
           g.read, g.added, g.versions, g.same, g.failed, total, dbpath, el,
           el > 0 ? g.read / el : 0.0);
    wt_engine_free(g.eng);
    int fresh = 0;
    if (!g.fatal && !no_stories && wt_store_stories_fresh(g.db, &fresh) == WT_OK &&
        !fresh) {
        /* the stories follow the articles: clustered again over the whole
         * store, in publication order, and stored in one transaction */
        double t1 = now();
        wt_corpus *c = NULL;
        if (cli_db_corpus("ingest", g.db, 1, &c) == 0) {
            size_t multi = 0, n = wt_corpus_n_stories(c);
            for (size_t k = 0; k < n; k++)
                multi += wt_corpus_story_size(c, k) > 1;
            printf("stories: %zu (%zu with more than one article), %zu "
                   "near-duplicates; %.1f s\n", n, multi,
                   wt_corpus_n_duplicates(c), now() - t1);
        } else {
            g.fatal = 1;
        }
        wt_corpus_free(c);
    }
    wt_store_close(g.db); /* rolls back a batch left open by a fatal error */
    pthread_mutex_destroy(&g.lock);
    return g.fatal ? 2 : g.failed ? 1 : 0;
}
