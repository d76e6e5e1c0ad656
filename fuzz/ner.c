/*
 * ner.c - libFuzzer target over the tagger's data reader, scoring and
 * tagging: the input is read as a labeled token-per-line file and, when
 * it parses, scored with the shipped model (every sentence tagged).
 * Built and run by `make fuzz`.
 */
#include <stdint.h>
#include <stdlib.h>

#include "warta.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static wt_ner *m;
    static int tried;
    if (!tried) {
        tried = 1;
        if (wt_ner_load(NULL, &m) != WT_OK) /* the installed model */
            m = NULL; /* the reader is still fuzzed */
    }
    if (size > 65536)
        return 0;
    wt_ner_data *d = NULL;
    if (wt_ner_data_new(&d) != WT_OK)
        abort();
    size_t bad = 0;
    if (wt_ner_data_add(d, (const char *)data, size, &bad) == WT_OK && m) {
        wt_ner_score s[1 + WT_NER_MAX_TYPES];
        size_t n = 0;
        if (wt_ner_eval(m, d, s, &n) != WT_OK || n != 1 + wt_ner_n_types(m) ||
            s[0].correct > s[0].gold || s[0].correct > s[0].pred)
            abort();
    }
    wt_ner_data_free(d);
    return 0;
}
