/*
 * utf8.h - UTF-8 decoding and locale-independent character classes.
 *
 * ASCII is answered from a table; everything else asks utf8proc for the
 * Unicode category, so results never depend on setlocale().
 */
#ifndef WARTA_UTF8_H
#define WARTA_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"

/* Decodes the code point at s[*i] of valid UTF-8 and advances *i.  At the
 * end of input or on a malformed byte returns U+FFFD and advances by one.
 * ASCII is decoded inline; wti_utf8_next_multi takes the rest. */
int32_t wti_utf8_next_multi(const char *s, size_t len, size_t *i);
static inline int32_t wti_utf8_next(const char *s, size_t len, size_t *i)
{
    if (*i < len && (unsigned char)s[*i] < 0x80)
        return (unsigned char)s[(*i)++];
    return wti_utf8_next_multi(s, len, i);
}
/* Decodes the code point ending just before s[*i] and moves *i back. */
int32_t wti_utf8_prev(const char *s, size_t *i);
/* Encodes cp into out (4 bytes room); returns the byte count. */
size_t wti_utf8_encode(int32_t cp, char *out);

/* Character classes.  ASCII is answered inline; a code point above it
 * asks utf8proc for its category (the *_cat functions, out of line). */
int wti_is_alpha_cat(int32_t cp);
int wti_is_upper_cat(int32_t cp);
int wti_is_lower_cat(int32_t cp);
int wti_is_digit_cat(int32_t cp);
int wti_is_space_cat(int32_t cp);
int wti_is_punct_cat(int32_t cp);

/* letters (L*) and combining marks (M*) */
static inline int wti_is_alpha(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return wti_is_alpha_cat(cp);
}
/* Lu, Lt */
static inline int wti_is_upper(int32_t cp)
{
    return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : wti_is_upper_cat(cp);
}
/* Ll */
static inline int wti_is_lower(int32_t cp)
{
    return cp < 0x80 ? cp >= 'a' && cp <= 'z' : wti_is_lower_cat(cp);
}
/* Nd */
static inline int wti_is_digit(int32_t cp)
{
    return cp < 0x80 ? cp >= '0' && cp <= '9' : wti_is_digit_cat(cp);
}
/* Zs, TAB, LF, CR, VT, FF, NBSP, ZWSP, BOM */
static inline int wti_is_space(int32_t cp)
{
    return cp < 0x80 ? cp == ' ' || (cp >= 9 && cp <= 13)
                     : wti_is_space_cat(cp);
}
/* P* */
static inline int wti_is_punct(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) ||
               (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126);
    return wti_is_punct_cat(cp);
}
int wti_is_dash(int32_t cp);    /* - and U+2010..U+2015, U+2212          */
int wti_is_quote(int32_t cp);   /* " ' “ ” ‘ ’ « » „ ‟                  */
int32_t wti_tolower(int32_t cp);

/* out[0..n) = s[0..n) with A-Z lowercased, every other byte as it is
 * (out may be s). */
void wti_ascii_lower(const char *s, size_t n, char *out);

/* The eight bytes of w with A-Z lowercased: bit 7 of each byte of `up`
 * says whether it is an ASCII capital (no carry crosses bytes: 0x7f + 0x3f
 * < 0x100), and 0x80 >> 2 is the 0x20 that lowercases it. */
static inline uint64_t wti_lower8(uint64_t w)
{
    const uint64_t h = 0x8080808080808080ULL;
    uint64_t lo7 = w & ~h;
    uint64_t up = (lo7 + 0x3f3f3f3f3f3f3f3fULL) & /* >= 'A' */
                  ~(lo7 + 0x2525252525252525ULL) & /* <= 'Z' */
                  ~w & h;                          /* ASCII  */
    return w | up >> 2;
}
/* Appends the case-folded (lowercased) form of s to b. */
void wti_fold(wti_buf *b, const char *s, size_t len);
/* Lowercased copy in the arena. */
char *wti_fold_dup(wti_arena *a, const char *s, size_t len);
/* Lowercases s into out (cap bytes, NUL-terminated) without repairing:
 * returns the length, or 0 when s is empty, is not valid UTF-8 or does
 * not fit.  For per-word work (stemmer, search tokenizer). */
size_t wti_fold_into(const char *s, size_t len, char *out, size_t cap);
/* 1 if the first letter of s is uppercase. */
int wti_starts_upper(const char *s, size_t len);

#endif
