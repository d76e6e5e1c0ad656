/* summarize.c - `warta summarize FILE|DIR...`: the extractive summary of
 * each article on its own (the story summary of a one-article corpus),
 * with its first three sentences beside it as the lead baseline. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "warta.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: warta summarize FILE|DIR...\n"
               "Prints one JSON object per article: {\"path\", \"title\", \"summary\":\n"
               "[sentences], \"lead\": [its first three sentences]}.  The summary is\n"
               "the one `warta stories` gives a story of that article alone.\n");
}

static int summarize(const wt_engine *eng, const wt_stemmer *stemmer, const char *path)
{
    char *buf = NULL;
    size_t len = 0;
    int err = cli_read_file(path, (size_t)64 << 20, &buf, &len);
    if (err) {
        fprintf(stderr, "warta summarize: %s: %s\n", path,
                err == EFBIG ? "file too large" : strerror(err));
        return 1;
    }
    wt_doc *d = NULL;
    wt_corpus *c = NULL;
    wt_status st = wt_analyze(eng, path, buf, len, NULL, &d);
    free(buf);
    if (!st)
        st = wt_corpus_new(&c);
    if (!st)
        st = wt_corpus_set_stemmer(c, stemmer);
    if (!st)
        st = wt_corpus_add(c, d);
    if (!st)
        st = wt_corpus_cluster(c);
    if (st) {
        fprintf(stderr, "warta summarize: %s: %s\n", path, wt_strerror(st));
        wt_corpus_free(c);
        wt_doc_free(d);
        return 1;
    }
    fputs("{\"path\":", stdout);
    cli_json_str(stdout, path);
    fputs(",\"title\":", stdout);
    cli_json_str(stdout, wt_doc_title(d));
    fputs(",\"summary\":[", stdout);
    const char *s;
    for (size_t k = 0; (s = wt_corpus_story_summary(c, 0, k)); k++) {
        if (k)
            fputc(',', stdout);
        cli_json_str(stdout, s);
    }
    fputs("],\"lead\":[", stdout);
    size_t n = 0, tl = 0;
    const char *text = wt_doc_text(d, &tl);
    const wt_span *sp = wt_doc_sentences(d, &n);
    for (size_t k = 0; k < n && k < 3; k++) {
        char *one = strndup(text + sp[k].start, sp[k].end - sp[k].start);
        if (k)
            fputc(',', stdout);
        cli_json_str(stdout, one ? one : "");
        free(one);
    }
    fputs("]}\n", stdout);
    wt_corpus_free(c);
    wt_doc_free(d);
    return 0;
}

int cmd_summarize(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    wt_engine_options eo;
    memset(&eo, 0, sizeof eo);
    wt_engine *eng = NULL;
    wt_status st = wt_engine_new(&eo, &eng);
    if (st) {
        fprintf(stderr, "warta summarize: %s\n", wt_strerror(st));
        return 2;
    }
    /* one stemmer for every article's corpus; none: terms unstemmed */
    wt_stemmer *stemmer = NULL;
    if (wt_stemmer_new(NULL, &stemmer) != WT_OK)
        stemmer = NULL;
    int rc = 0;
    cli_files files = {NULL, 0, 0};
    for (int i = 1; i < argc; i++)
        if (cli_list_files("summarize", argv[i], cli_is_txt, &files))
            rc = 1;
    for (size_t i = 0; i < files.n; i++)
        rc |= summarize(eng, stemmer, files.v[i]);
    cli_files_free(&files);
    wt_stemmer_free(stemmer);
    wt_engine_free(eng);
    return rc;
}
