/*
 * sentence.h - the sentence splitter over tokens already made.
 */
#ifndef WARTA_SENTENCE_H
#define WARTA_SENTENCE_H

#include <stddef.h>

#include "warta.h"

/* wt_sentences() over the tokens tok[0 .. n_tok) that wt_tokenize() gave
 * for s[0 .. len), so the analysis tokenizes a text once.  *out is
 * malloc'd (caller frees; NULL when *n is 0).  Errors: WT_ENOMEM. */
wt_status wti_sentences_tokens(const char *s, size_t len, const wt_token *tok,
                               size_t n_tok, wt_span **out, size_t *n);

#endif
