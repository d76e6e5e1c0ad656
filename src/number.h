/*
 * number.h - Indonesian numbers over the tokens of a document: digits with
 * Indonesian separators (15.000, 5,12, 1.000.000), scale words (2,5 juta),
 * number words (sembilan, dua puluh, dua ribu, setengah, dua lusin), vague
 * plurals with bounds (belasan, puluhan ribu, ribuan), currency prefixes
 * (Rp2,5, Rp 2,5 triliun, USD 10 miliar, US$) and percent (70%, 70 persen).
 *
 * Used by the time-expression stage (numbers inside durations) and the
 * claim stage.  Word tables come from data/numbers.txt.
 */
#ifndef WARTA_NUMBER_H
#define WARTA_NUMBER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "map.h"

typedef struct wti_numbers {
    wti_map words; /* lowercase word -> index into entries */
    struct wti_numword {
        int kind;
        double value, high;
    } *entries;
    size_t n_entries;
} wti_numbers;

enum { WTI_NUM_UNIT = 1, WTI_NUM_TEEN, WTI_NUM_MULT, WTI_NUM_SCALE,
       WTI_NUM_WHOLE, WTI_NUM_VAGUE };

/* A number read from tokens [first, first + ntok). */
typedef struct wti_num {
    double value, low, high; /* low == high == value unless vague/range */
    size_t first, ntok;      /* token range                             */
    int vague;               /* a vague plural (ribuan): order of magnitude */
    int words;               /* spelled in words                        */
    int percent;             /* 70% or 70 persen (persen not consumed)  */
    int money;               /* a currency prefix: Rp, USD, US$          */
    int digits;              /* the first token is a digit string        */
    int year_like;           /* a bare 4-digit 1900..2099 digit token    */
} wti_num;

wt_status wti_numbers_load(wti_numbers *t);
void wti_numbers_free(wti_numbers *t);

/* Parses the digits of one token ("15.000", "5,12", "70%", "Rp2,5").
 * Returns 1 and sets *v when the token is a number. */
int wti_num_digits(const char *s, size_t len, double *v, int *percent,
                   int *money);

/* Reads the number starting at token i of d; returns 1 and fills *out, or
 * 0 when no number starts there. */
int wti_num_read(const wti_numbers *t, const wt_doc *d, size_t i,
                 wti_num *out);

/* Lowercases token i of d (ASCII letters only) into buf (NUL-terminated,
 * truncated to cap - 1); returns its length. */
size_t wti_tok_lower(const wt_doc *d, size_t i, char *buf, size_t cap);
/* Do the n bytes at s equal the lowercase ASCII word w, ignoring the case
 * of s? */
int wti_lower_eq(const char *s, const char *w, size_t n);

/* Is token i (case-insensitively) the lowercase word w?  Inline, and
 * compared on the document's lowercased text, so that refusing a token
 * (almost every call) costs a byte or two. */
static inline int wti_tok_is(const wt_doc *d, size_t i, const char *w)
{
    if (i >= d->n_tokens)
        return 0;
    const wt_token *tk = &d->tokens[i];
    size_t n = tk->end - tk->start;
    if (!d->lower)
        return n == strlen(w) && wti_lower_eq(d->text + tk->start, w, n);
    /* no strlen: the text holds no NUL, so a shorter w differs at its end */
    const char *l = d->lower + tk->start;
    for (size_t k = 0; k < n; k++)
        if (l[k] != w[k])
            return 0;
    return w[n] == 0;
}

/* The bits map m holds for token i's lowercased word (0 when it has none),
 * looked up once: cache[i] keeps them with WTI_BITS_KNOWN set (a cache of
 * n_tokens zeroes for each document and map).  For the class masks that
 * let a lexicon refuse most words before building a key. */
#define WTI_BITS_KNOWN (1u << 31)
uint32_t wti_tok_bits(const wt_doc *d, size_t i, const wti_map *m,
                      uint32_t *cache);

/* The longest phrase of map m (filled with wti_map_put_phrase) made of the
 * lowercased word tokens from i on, at most `max` of them and none at or
 * after `end`, with the key prefix pre (plen bytes, may be 0): returns its
 * value and sets *n to its length in tokens, or returns 0. */
uintptr_t wti_phrase_at(const wti_map *m, const wt_doc *d, size_t i,
                        size_t end, size_t max, const char *pre, size_t plen,
                        size_t *n);

#endif
