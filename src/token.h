/*
 * token.h - internal helpers of the tokenizer (src/token.c) that other
 * stages reuse.  The tokenizer itself is public: wt_tokenize() in warta.h.
 */
#ifndef WARTA_TOKEN_H
#define WARTA_TOKEN_H

#include <stddef.h>

/* 1 if [s, s+len) (with or without its final dot) is an abbreviation of
 * data/abbreviations.txt ("dll", "Tn", "No", "Rp", "Prof", ...); with
 * `strong_only`, entries marked weak do not count. */
int wti_is_abbreviation(const char *s, size_t len, int strong_only);

#endif
