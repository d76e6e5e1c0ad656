/* utf8.c - UTF-8 repair, NFC and character classes (see utf8.h). */
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "warta.h"

int32_t wti_utf8_next_multi(const char *s, size_t len, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    size_t left = len - *i;
    if (left == 0)
        return 0xFFFD;
    if (p[0] < 0x80) {
        (*i)++;
        return p[0];
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n =
        utf8proc_iterate(p, (utf8proc_ssize_t)(left > 4 ? 4 : left), &cp);
    if (n <= 0) {
        (*i)++;
        return 0xFFFD;
    }
    *i += (size_t)n;
    return cp;
}

int32_t wti_utf8_prev(const char *s, size_t *i)
{
    if (*i == 0)
        return 0;
    size_t j = *i - 1;
    while (j > 0 && j + 4 > *i && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    size_t k = j;
    int32_t cp = wti_utf8_next(s, *i, &k);
    *i = j;
    return cp;
}

size_t wti_utf8_encode(int32_t cp, char *out)
{
    utf8proc_ssize_t n = utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
    return n > 0 ? (size_t)n : 0;
}

static int cat_of(int32_t cp)
{
    return (int)utf8proc_category(cp);
}

int wti_is_alpha_cat(int32_t cp)
{
    if (cp < 0x80)
        return wti_is_alpha(cp);
    int c = cat_of(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}

int wti_is_upper_cat(int32_t cp)
{
    if (cp < 0x80)
        return wti_is_upper(cp);
    int c = cat_of(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int wti_is_lower_cat(int32_t cp)
{
    if (cp < 0x80)
        return wti_is_lower(cp);
    return cat_of(cp) == UTF8PROC_CATEGORY_LL;
}

int wti_is_digit_cat(int32_t cp)
{
    if (cp < 0x80)
        return wti_is_digit(cp);
    return cat_of(cp) == UTF8PROC_CATEGORY_ND;
}

int wti_is_space_cat(int32_t cp)
{
    if (cp < 0x80)
        return wti_is_space(cp);
    if (cp == 0xA0 || cp == 0x200B || cp == 0xFEFF)
        return 1;
    return cat_of(cp) == UTF8PROC_CATEGORY_ZS;
}

int wti_is_punct_cat(int32_t cp)
{
    if (cp < 0x80)
        return wti_is_punct(cp);
    int c = cat_of(cp);
    return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

void wti_ascii_lower(const char *s, size_t n, char *out)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        w = wti_lower8(w);
        memcpy(out + i, &w, 8);
    }
    for (; i < n; i++) {
        char c = s[i];
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
}

int wti_is_dash(int32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

int wti_is_quote(int32_t cp)
{
    switch (cp) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018:
    case 0x2019: case 0xAB: case 0xBB: case 0x201E: case 0x201F:
        return 1;
    default:
        return 0;
    }
}

int32_t wti_tolower(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return utf8proc_tolower(cp);
}

void wti_fold(wti_buf *b, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            wti_buf_putc(b, (char)((c >= 'A' && c <= 'Z') ? c + 32 : c));
            i++;
            continue;
        }
        char enc[4];
        int32_t cp = wti_tolower(wti_utf8_next(s, len, &i));
        wti_buf_put(b, enc, wti_utf8_encode(cp, enc));
    }
}

char *wti_fold_dup(wti_arena *a, const char *s, size_t len)
{
    char *out = wti_arena_alloc(a, len * 2 + 1); /* lowercase grows <= 2x */
    if (!out)
        return NULL;
    size_t i = 0, o = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            i++;
            continue;
        }
        int32_t cp = wti_tolower(wti_utf8_next(s, len, &i));
        o += wti_utf8_encode(cp, out + o);
    }
    out[o] = '\0';
    return out;
}

size_t wti_fold_into(const char *s, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 1 >= cap)
                return 0;
            out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0 || o + 4 >= cap)
            return 0;
        o += wti_utf8_encode(wti_tolower(cp), out + o);
        i += (size_t)k;
    }
    if (o < cap)
        out[o] = 0;
    return o;
}

int wti_starts_upper(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        int32_t cp = wti_utf8_next(s, len, &i);
        if (wti_is_alpha(cp))
            return wti_is_upper(cp);
        if (wti_is_digit(cp))
            return 0;
    }
    return 0;
}

/* Repair: invalid sequences and NUL become U+FFFD; CRLF and CR become LF.
 * Then NFC, skipped when the repaired text is pure ASCII. */
/* NFC of valid UTF-8 r[0..n) into a malloc'd *out.  NFC leaves ASCII as
 * it is, and no character composes with an ASCII character that follows
 * it, so the text splits before every ASCII byte: only each run of
 * non-ASCII characters, with the ASCII character before it (a base that a
 * combining mark may join), goes through utf8proc; the rest is copied. */
static wt_status nfc_runs(const char *r, size_t n, char **out,
                          size_t *out_len)
{
    size_t cap = n + n / 4 + 16, o = 0, i = 0;
    char *w = malloc(cap);
    if (!w)
        return WT_ENOMEM;
    while (i < n) {
        size_t a = i;
        while (i < n && (unsigned char)r[i] < 0x80)
            i++;
        if (i == n) {
            memcpy(w + o, r + a, i - a);
            o += i - a;
            break;
        }
        size_t b = i > a ? i - 1 : i; /* the run starts at its base */
        memcpy(w + o, r + a, b - a);
        o += b - a;
        while (i < n && (unsigned char)r[i] >= 0x80)
            i++;
        utf8proc_uint8_t *m = NULL;
        utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)r + b,
                                          (utf8proc_ssize_t)(i - b), &m,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (k < 0) {
            free(w);
            return k == UTF8PROC_ERROR_NOMEM ? WT_ENOMEM : WT_EFORMAT;
        }
        if (o + (size_t)k + (n - i) + 1 > cap) {
            size_t ncap = (o + (size_t)k + (n - i) + 1) * 2;
            char *nw = realloc(w, ncap);
            if (!nw) {
                free(m);
                free(w);
                return WT_ENOMEM;
            }
            w = nw;
            cap = ncap;
        }
        memcpy(w + o, m, (size_t)k);
        o += (size_t)k;
        free(m);
    }
    w[o] = '\0';
    *out = w;
    *out_len = o;
    return WT_OK;
}

/* Mojibake: UTF-8 text that was once read as Windows-1252 (or Latin-1) or
 * as Mac OS Roman and written out again as UTF-8, so that one character
 * became two to four ("\u201c" as "â€œ" or "‚Äú", a no-break space as
 * "Â " or "¬†", "é" as "Ã©" or "√©").  Scraped Indonesian news carries it
 * (CLICK-ID: one article in six).  The tables give each single-byte
 * charset's characters for bytes 0x80..0xFF, made from Python's cp1252 and
 * mac_roman codecs (cp1252's five unassigned bytes read as Latin-1). */
static const uint16_t cp1252_hi[128] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
static const uint16_t macroman_hi[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

/* The byte in [lo, top] (a UTF-8 lead, 0xC2..0xF4, or a continuation,
 * 0x80..0xBF) that character cp was read from in a charset (hi: its
 * table; cp1252 also takes Latin-1's C1 controls), or -1. */
static int mojibake_byte(const uint16_t *hi, int32_t cp, int lo, int top)
{
    if (cp < 0x80 || cp > 0xFFFF)
        return -1;
    if (hi == cp1252_hi && cp <= 0xFF) /* the same as Latin-1 from 0xA0 */
        return cp >= lo && cp <= top ? (int)cp : -1;
    for (int b = lo; b <= top; b++)
        if (hi[b - 0x80] == cp)
            return b;
    return -1;
}

/* Whether a character mojibake is undone into is one such text holds:
 * Latin-1 and Latin Extended letters and signs (and the Additional block:
 * the ụ, ḥ of transliterated Arabic), the general punctuation
 * (quotes, dashes, bullet, ellipsis, the zero-width and direction marks),
 * the euro and trade mark signs. */
static int mojibake_target(int32_t cp)
{
    return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF) ||
           (cp >= 0x200B && cp <= 0x203A) || cp == 0x20AC || cp == 0x2122;
}

/* Undoes mojibake in valid UTF-8 s[0, n) in place; the new length.  A run
 * of two to four non-ASCII characters is replaced when, read back into
 * the bytes of one charset, it is one well-formed UTF-8 character of
 * mojibake_target()'s. */
static size_t demojibake(char *s, size_t n)
{
    static const uint16_t *const sets[] = {cp1252_hi, macroman_hi};
    size_t i = 0, o = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            s[o++] = s[i++];
            continue;
        }
        size_t done = 0, next = i;
        int32_t cp = wti_utf8_next(s, n, &next);
        char out[4];
        size_t outn = 0;
        for (size_t k = 0; k < 2 && !done; k++) {
            size_t j = next;
            int b = mojibake_byte(sets[k], cp, 0xC2, 0xF4);
            if (b < 0)
                continue;
            size_t need = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4, got = 1;
            unsigned char bytes[4] = {(unsigned char)b};
            while (got < need && j < n && (unsigned char)s[j] >= 0x80) {
                int c2 = mojibake_byte(sets[k], wti_utf8_next(s, n, &j), 0x80, 0xBF);
                if (c2 < 0)
                    break;
                bytes[got++] = (unsigned char)c2;
            }
            if (got < need)
                continue;
            utf8proc_int32_t fixed;
            if (utf8proc_iterate(bytes, (utf8proc_ssize_t)need, &fixed) != (utf8proc_ssize_t)need ||
                !mojibake_target(fixed))
                continue;
            outn = wti_utf8_encode(fixed, out);
            done = j;
        }
        if (done) {
            memcpy(s + o, out, outn); /* never longer than what it replaces */
            o += outn;
            i = done;
        } else {
            memmove(s + o, s + i, next - i);
            o += next - i;
            i = next;
        }
    }
    s[o] = '\0';
    return o;
}

wt_status wt_text_normalize(const char *s, size_t len, char **out,
                            size_t *out_len, size_t *n_repaired)
{
    if (!out || (!s && len))
        return WT_EINVAL;
    size_t bad = 0, o = 0;
    int ascii = 1;
    /* Worst case: every byte becomes 3 bytes of U+FFFD. */
    if (len > ((size_t)-1 - 1) / 3)
        return WT_ETOOBIG;
    char *r = malloc(len * 3 + 1);
    if (!r)
        return WT_ENOMEM;
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* eight plain bytes at a time: none at or above 0x80, none NUL or
         * CR (SWAR tests; a false alarm only takes the bytewise path) */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
            uint64_t cr = w ^ (ones * '\r');
            if ((w | ((w - ones) & ~w) | ((cr - ones) & ~cr)) & high)
                break;
            memcpy(r + o, &w, 8);
            o += 8;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned char c = p[i];
        if (c >= 0x80) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t n = utf8proc_iterate(
                p + i, (utf8proc_ssize_t)(len - i > 4 ? 4 : len - i), &cp);
            ascii = 0;
            if (n > 0) {
                memcpy(r + o, p + i, (size_t)n);
                o += (size_t)n;
                i += (size_t)n;
                continue;
            }
            bad++;
            memcpy(r + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
            continue;
        }
        if (c == 0) {
            bad++;
            ascii = 0;
            memcpy(r + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else if (c == '\r') {
            r[o++] = '\n';
            if (i + 1 < len && p[i + 1] == '\n')
                i++;
        } else {
            r[o++] = (char)c;
        }
        i++;
    }
    r[o] = '\0';
    if (n_repaired)
        *n_repaired = bad;
    if (!ascii) {
        o = demojibake(r, o);
        char *nfc = NULL;
        wt_status st = nfc_runs(r, o, &nfc, &o);
        free(r);
        if (st)
            return st;
        r = nfc;
    } else {
        char *shrunk = realloc(r, o + 1);
        if (shrunk)
            r = shrunk;
    }
    *out = r;
    if (out_len)
        *out_len = o;
    return WT_OK;
}
