/* analyze.c - `warta analyze [--ref-date D] [--published D] [--no-tagger] [--stages L] FILE... | -` */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "warta.h"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: warta analyze [--ref-date YYYY-MM-DD] [--published YYYY-MM-DD] "
            "[--no-tagger] [--stages LIST] [--max-size BYTES] [--raw] FILE... | -\n"
            "Prints one JSON object per article (ARTICLE.md), one per line,\n"
            "in input order.  An input that cannot be read is reported on\n"
            "stderr and the others are still analyzed; the exit status is 1\n"
            "when any input failed.  --ref-date anchors relative times of an\n"
            "article that states no date; --published is its publication date\n"
            "known from elsewhere (a CSV's column), used over what the text\n"
            "says.  --raw takes the input as body text:\n"
            "no cleaning, offsets point into the input.  --stages runs\n"
            "only the stages named (tagger, entities, times, claims, quotes,\n"
            "events, with what each needs; clean for none of them, all by\n"
            "default): the arrays of the others stay empty.\n");
}

int cmd_analyze(int argc, char **argv)
{
    wt_engine_options eo = {0};
    wt_analyze_options ao = {0};
    int first = 1;
    for (; first < argc; first++) {
        const char *a = argv[first];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--ref-date") && first + 1 < argc) {
            ao.ref_date = argv[++first];
        } else if (!strcmp(a, "--published") && first + 1 < argc) {
            ao.published = argv[++first];
        } else if (!strcmp(a, "--raw")) {
            ao.raw = 1;
        } else if (!strcmp(a, "--no-tagger")) {
            eo.no_tagger = 1;
        } else if (!strcmp(a, "--stages") && first + 1 < argc) {
            if (wt_stages_parse(argv[++first], &eo.skip) != WT_OK) {
                fprintf(stderr, "warta analyze: unknown stage in '%s'\n",
                        argv[first]);
                usage(stderr);
                return 2;
            }
        } else if (!strcmp(a, "--max-size") && first + 1 < argc) {
            eo.max_input = strtoull(argv[++first], NULL, 10);
        } else if (!strcmp(a, "--")) {
            first++;
            break;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta analyze: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    if (first >= argc) {
        usage(stderr);
        return 2;
    }
    wt_engine *eng = NULL;
    wt_status st = wt_engine_new(&eo, &eng);
    if (st) {
        fprintf(stderr, "warta analyze: cannot start: %s\n", wt_strerror(st));
        return 1;
    }
    size_t max = eo.max_input ? eo.max_input : (size_t)64 << 20;
    int failed = 0;
    for (int i = first; i < argc; i++) {
        const char *path = argv[i];
        char *buf = NULL;
        size_t len = 0;
        int err = cli_read_file(path, max, &buf, &len);
        if (err) {
            fprintf(stderr, "warta analyze: %s: %s\n", path,
                    err == EFBIG ? "file too large" : strerror(err));
            failed = 1;
            continue;
        }
        wt_doc *doc = NULL;
        st = wt_analyze(eng, path, buf, len, &ao, &doc);
        free(buf);
        char *json = NULL;
        size_t jlen = 0;
        if (!st)
            st = wt_doc_to_json(doc, &json, &jlen);
        if (st) {
            fprintf(stderr, "warta analyze: %s: %s\n", path, wt_strerror(st));
            failed = 1;
        } else {
            fwrite(json, 1, jlen, stdout);
            fputc('\n', stdout);
            size_t rep = wt_doc_repaired(doc);
            if (rep)
                fprintf(stderr,
                        "warta analyze: %s: %zu invalid UTF-8 sequence%s "
                        "replaced\n",
                        path, rep, rep == 1 ? "" : "s");
        }
        free(json);
        wt_doc_free(doc);
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "warta analyze: writing output: %s\n", strerror(errno));
        failed = 1;
    }
    wt_engine_free(eng);
    return failed;
}
