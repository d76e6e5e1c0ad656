/*
 * analyze.c - libFuzzer target over wt_analyze() and the JSON writer.
 * Build and run with `make fuzz` (clang from Debian; FUZZ_SECONDS bounds
 * the run).  Inputs are capped at 1 MiB.
 */
#include <stdint.h>
#include <stdlib.h>

#include "warta.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static wt_engine *eng;
    if (!eng) {
        wt_engine_options o = {0};
        o.max_input = (size_t)1 << 20;
        if (wt_engine_new(&o, &eng) != WT_OK)
            abort();
    }
    if (size > ((size_t)1 << 20))
        return 0;
    wt_doc *doc = NULL;
    wt_analyze_options ao = {0};
    ao.ref_date = "2025-01-01";
    if (wt_analyze(eng, "fuzz", (const char *)data, size, &ao, &doc) == WT_OK) {
        char *json = NULL;
        size_t len = 0;
        if (wt_doc_to_json(doc, &json, &len) == WT_OK)
            free(json);
        wt_doc_free(doc);
    }
    return 0;
}
