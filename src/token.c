/*
 * token.c - the tokenizer (wt_tokenize) with byte offsets.
 *
 * One left-to-right scan, no allocation.  At each position the longest of
 * these wins, in this order: a URL (scheme or www.), an e-mail address or
 * bare domain (mureks.co.id, ERANASIONAL.COM), money (Rp2,5, US$10), a
 * number with its separators (15.000, 5,12%, 27/12/2025, 10.00, 2000-an),
 * a word (letters and digits joined by hyphens, en dashes between words,
 * inner apostrophes, dotted initials and abbreviations from
 * data/abbreviations.txt), then one punctuation mark or symbol.
 */
#include "token.h"

#include <pthread.h>
#include <string.h>

#include "lex.h"
#include "map.h"
#include "utf8.h"

static wti_map abbrev;
static pthread_once_t abbrev_once = PTHREAD_ONCE_INIT;
static int abbrev_ok;

static void abbrev_load(void)
{
    const wti_lexfile *f = wti_lex_find("abbreviations");
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_map_init(&abbrev);
    abbrev_ok = 1;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        char low[64];
        wti_str fl[2];
        size_t nf = wti_lex_fields(line, len, fl, 2);
        int weak = nf == 2 && fl[1].len == 4 && !memcmp(fl[1].s, "weak", 4);
        len = fl[0].len;
        if (len >= sizeof low)
            continue;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)line[i];
            low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        /* entries are stored without their final dot */
        size_t n = len;
        if (n > 1 && low[n - 1] == '.')
            n--;
        /* an entry listed strong and weak stays strong */
        const wti_map_slot *old = wti_map_get(&abbrev, low, n);
        if (old && old->value == 1)
            continue;
        if (wti_map_put(&abbrev, low, n, weak ? 2 : 1) != WT_OK)
            abbrev_ok = 0;
    }
}

int wti_is_abbreviation(const char *s, size_t len, int strong_only)
{
    pthread_once(&abbrev_once, abbrev_load);
    char low[64];
    if (len > 1 && s[len - 1] == '.')
        len--;
    if (!abbrev_ok || len == 0 || len >= sizeof low)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    const wti_map_slot *sl = wti_map_get(&abbrev, low, len);
    return sl && (!strong_only || sl->value == 1);
}

static inline int is_ascii_alpha(int c)
{
    return (unsigned)((c | 32) - 'a') < 26u;
}

static inline int is_ascii_digit(int c)
{
    return (unsigned)(c - '0') < 10u;
}

/* ASCII classes by table: letters, digits, and the - _ of addresses */
enum { C_ALPHA = 1, C_DIGIT = 2, C_ADDR = 4 };
#define CLS(c)                                                              \
    (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z')              \
         ? C_ALPHA | C_ADDR                                                 \
     : (c) >= '0' && (c) <= '9' ? C_DIGIT | C_ADDR                          \
     : (c) == '-' || (c) == '_' ? C_ADDR : 0)
#define CLS4(c) CLS(c), CLS(c + 1), CLS(c + 2), CLS(c + 3)
#define CLS16(c) CLS4(c), CLS4(c + 4), CLS4(c + 8), CLS4(c + 12)
#define CLS64(c) CLS16(c), CLS16(c + 16), CLS16(c + 32), CLS16(c + 48)
static const unsigned char ascii_cls[128] = {CLS64(0), CLS64(64)};
#define ASCII_IS(c, bits) ((c) < 0x80 && (ascii_cls[(c)] & (bits)))

/* code point at i without advancing; *n receives its byte length */
static int32_t peek(const char *s, size_t len, size_t i, size_t *n)
{
    size_t j = i;
    int32_t cp = wti_utf8_next(s, len, &j);
    *n = j - i;
    return cp;
}

static int word_char(int32_t cp)
{
    return wti_is_alpha(cp) || wti_is_digit(cp);
}

static const char *const tlds[] = {"com", "id", "net", "org", "co", "go",
                                   "ac", "or", "tv", "info", "io", "news",
                                   "asia", "uk", "us", "sg", "my", "au",
                                   "gov", "edu", "int", "eu", "biz", "me"};

static int known_tld(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof tlds / sizeof *tlds; i++)
        if (strlen(tlds[i]) == len) {
            size_t k = 0;
            while (k < len && (s[k] | 32) == tlds[i][k])
                k++;
            if (k == len)
                return 1;
        }
    return 0;
}

/* URL with a scheme or www.: up to white space, minus closing punctuation */
static size_t scan_url(const char *s, size_t len, size_t i)
{
    size_t start = i;
    if (len - i >= 8 && !strncmp(s + i, "https://", 8))
        i += 8;
    else if (len - i >= 7 && !strncmp(s + i, "http://", 7))
        i += 7;
    else if (len - i >= 5 && (s[i] | 32) == 'w' && (s[i + 1] | 32) == 'w' &&
             (s[i + 2] | 32) == 'w' && s[i + 3] == '.' &&
             is_ascii_alpha(s[i + 4]))
        i += 4;
    else
        return 0;
    while (i < len && (unsigned char)s[i] > ' ' && s[i] != '"' &&
           s[i] != '<' && s[i] != '>')
        i++;
    while (i > start && strchr(".,;:!?)]'\"", s[i - 1]))
        i--;
    return i - start;
}

/* e-mail address or bare domain: [A-Za-z0-9._-]+ (@ ...)? with a known
 * top-level label at the end */
static size_t scan_address(const char *s, size_t len, size_t i,
                           wt_token_kind *kind)
{
    size_t start = i, at = 0, last_dot = 0, dots = 0;
    if (!is_ascii_alpha(s[i]) && !is_ascii_digit(s[i]))
        return 0;
    /* most words end without a dot or @: refuse them in one tight pass */
    while (i < len && ASCII_IS((unsigned char)s[i], C_ADDR))
        i++;
    if (i + 1 >= len || (s[i] != '.' && s[i] != '@'))
        return 0;
    while (i < len) {
        char c = s[i];
        if (is_ascii_alpha(c) || is_ascii_digit(c) || c == '-' || c == '_') {
            i++;
        } else if (c == '.' && i + 1 < len &&
                   (is_ascii_alpha(s[i + 1]) || is_ascii_digit(s[i + 1]))) {
            last_dot = i;
            dots++;
            i++;
        } else if (c == '@' && !at && i + 1 < len && is_ascii_alpha(s[i + 1])) {
            at = i;
            i++;
        } else {
            break;
        }
    }
    if (!dots || last_dot < start + 1 || (at && last_dot < at))
        return 0;
    /* a following non-ASCII letter means this is not an address */
    if (i < len && (unsigned char)s[i] >= 0x80) {
        size_t n;
        if (word_char(peek(s, len, i, &n)))
            return 0;
    }
    if (!known_tld(s + last_dot + 1, i - last_dot - 1))
        return 0;
    /* "Rusia.Kim" is a missing space, not a domain: a domain is lowercase
     * or all capitals, and its labels are not both capitalized words */
    if (!at) {
        int upper = 0, lower = 0;
        for (size_t k = start; k < i; k++) {
            upper |= s[k] >= 'A' && s[k] <= 'Z';
            lower |= s[k] >= 'a' && s[k] <= 'z';
        }
        if (upper && lower) {
            /* Tribunnews.com: only the first letter may be a capital */
            for (size_t k = start + 1; k < i; k++)
                if (s[k] >= 'A' && s[k] <= 'Z')
                    return 0;
        }
    }
    *kind = at ? WT_TOK_EMAIL : WT_TOK_URL;
    return i - start;
}

/* A number: digits with inner . , : / separators followed by digits, an
 * optional % and an optional "-an" (2000-an). */
static size_t scan_number(const char *s, size_t len, size_t i)
{
    size_t start = i;
    if (!is_ascii_digit(s[i]))
        return 0;
    while (i < len) {
        if (is_ascii_digit(s[i])) {
            i++;
        } else if ((s[i] == '.' || s[i] == ',' || s[i] == ':' ||
                    s[i] == '/') &&
                   i + 1 < len && is_ascii_digit(s[i + 1])) {
            i++;
        } else {
            break;
        }
    }
    if (i < len && s[i] == '%')
        i++;
    else if (i + 2 < len && s[i] == '-' && s[i + 1] == 'a' && s[i + 2] == 'n' &&
             (i + 3 == len || !is_ascii_alpha(s[i + 3])))
        i += 3;
    return i - start;
}

static int all_upper(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (s[k] < 'A' || s[k] > 'Z')
            return 0;
    return 1;
}

/* A word: letters, digits and marks, joined by hyphens (Jong-un, COVID-19,
 * ke-7, luka-luka), en dashes between two words (Korut–Rusia), an inner
 * apostrophe (Jum'at), or dots of initials (A.M., S.H.). */
static size_t scan_word(const char *s, size_t len, size_t i)
{
    size_t start = i, n;
    int32_t cp = peek(s, len, i, &n);
    if (!word_char(cp))
        return 0;
    int letters_only = 1, single = 1;
    for (;;) {
        /* a run of word characters */
        size_t run = 0;
        while (i < len) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) { /* ASCII: no decoding, no category lookup */
                unsigned k = ascii_cls[c] & (C_ALPHA | C_DIGIT);
                if (!k)
                    break;
                letters_only &= k == C_ALPHA;
                i++;
                run++;
                continue;
            }
            cp = peek(s, len, i, &n);
            if (!word_char(cp))
                break;
            if (!wti_is_alpha(cp))
                letters_only = 0;
            i += n;
            run++;
        }
        if (run > 1)
            single = 0;
        if (i >= len)
            break;
        cp = peek(s, len, i, &n);
        size_t m = 0;
        int32_t next = i + n < len ? peek(s, len, i + n, &m) : 0;
        if ((cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013) &&
            word_char(next)) {
            i += n;
            continue;
        }
        if ((cp == '\'' || cp == 0x2019) && wti_is_alpha(next) && i > start) {
            size_t k = i;
            if (wti_is_alpha(wti_utf8_prev(s, &k))) {
                i += n;
                continue;
            }
        }
        /* dotted initials: one letter, a dot, a letter (A.M., S.H.) */
        if (cp == '.' && single && letters_only && run == 1 &&
            wti_is_alpha(next) && i + n + m < len &&
            s[i + n + m] == '.') {
            i += n;
            continue;
        }
        /* a code of capitals, a dot and digits, such as a regulation's
         * number (PMK.011/2007 begins PMK.011) */
        if (cp == '.' && letters_only && run >= 2 && i == start + run &&
            is_ascii_digit(next) && all_upper(s + start, run)) {
            i += n;
            continue;
        }
        break;
    }
    /* the dot of initials and abbreviations stays with the word */
    if (i < len && s[i] == '.') {
        int dotted = memchr(s + start, '.', i - start) != NULL;
        size_t k = start, letters = 0;
        while (k < i) {
            cp = wti_utf8_next(s, i, &k);
            letters += wti_is_alpha(cp) != 0;
        }
        /* a weak abbreviation keeps its dot only before a lowercase word
         * or a number: "abu." ends a sentence before a capital */
        size_t k2 = i + 1;
        while (k2 < len && s[k2] == ' ')
            k2++;
        int goes_on = k2 < len && (wti_is_lower(peek(s, len, k2, &n)) ||
                                   is_ascii_digit(s[k2]));
        if (dotted || (letters == 1 && letters_only &&
                       wti_is_upper(peek(s, len, start, &n))) ||
            wti_is_abbreviation(s + start, i - start, !goes_on))
            i++;
    }
    return i - start;
}

/* The common word: ASCII letters only, ended by white space or by a mark
 * that no longer token could take in (not . @ - ' _ $ & nor a digit or a
 * non-ASCII byte, which an address, money, a compound or an abbreviation
 * might continue with).  Returns its length, or 0 for the full scanners. */
static size_t plain_word(const char *s, size_t len, size_t i)
{
    size_t r = i;
    while (r < len && ASCII_IS((unsigned char)s[r], C_ALPHA))
        r++;
    if (r == i)
        return 0;
    if (r == len)
        return r - i;
    switch (s[r]) {
    case ' ': case '\n': case '\t': case '\r': case ',': case ';': case ')':
    case ']': case '"': case '!': case '?':
        return r - i;
    default:
        return 0;
    }
}

wt_status wt_tokenize(const char *s, size_t len, wt_token_cb cb, void *ctx)
{
    if (!cb || (!s && len))
        return WT_EINVAL;
    if (len > UINT32_MAX)
        return WT_ETOOBIG;
    size_t i = 0;
    while (i < len) {
        size_t n;
        int32_t cp = peek(s, len, i, &n);
        if (wti_is_space(cp)) {
            i += n;
            continue;
        }
        wt_token t;
        t.start = (uint32_t)i;
        t.kind = WT_TOK_SYMBOL;
        size_t m = 0;
        wt_token_kind k = WT_TOK_URL;
        unsigned char c = (unsigned char)s[i];
        if ((c == 'h' || c == 'w' || c == 'W') && (m = scan_url(s, len, i))) {
            t.kind = WT_TOK_URL;
        } else if ((m = plain_word(s, len, i))) {
            t.kind = WT_TOK_WORD;
        } else if (c < 0x80 && (m = scan_address(s, len, i, &k))) {
            t.kind = (uint8_t)k;
        } else if (c == 'R' && i + 2 < len && s[i + 1] == 'p' &&
                   (is_ascii_digit(s[i + 2]) ||
                    (s[i + 2] == '.' && i + 3 < len &&
                     is_ascii_digit(s[i + 3])))) {
            size_t b = i + (s[i + 2] == '.' ? 3 : 2);
            m = b - i + scan_number(s, len, b);
            t.kind = WT_TOK_MONEY;
        } else if (c == 'U' && i + 3 < len && s[i + 1] == 'S' &&
                   s[i + 2] == '$' && is_ascii_digit(s[i + 3])) {
            m = 3 + scan_number(s, len, i + 3);
            t.kind = WT_TOK_MONEY;
        } else if (is_ascii_digit(c) && (m = scan_number(s, len, i))) {
            /* digits running into letters (2024an, 5G, 19th) are a word */
            size_t w = scan_word(s, len, i);
            if (w > m) {
                m = w;
                t.kind = WT_TOK_WORD;
            } else {
                t.kind = WT_TOK_NUMBER;
            }
        } else if ((m = scan_word(s, len, i))) {
            t.kind = WT_TOK_WORD;
        } else if (cp == '.' && i + 2 < len && s[i + 1] == '.' &&
                   s[i + 2] == '.') {
            m = 3;
            while (i + m < len && s[i + m] == '.')
                m++;
            t.kind = WT_TOK_PUNCT;
        } else if (wti_is_dash(cp)) {
            m = n;
            size_t k2;
            while (i + m < len && wti_is_dash(peek(s, len, i + m, &k2)))
                m += k2;
            t.kind = WT_TOK_PUNCT;
        } else {
            m = n;
            t.kind = wti_is_punct(cp) ? WT_TOK_PUNCT : WT_TOK_SYMBOL;
        }
        t.end = (uint32_t)(i + m);
        if (cb(ctx, &t))
            return WT_OK;
        i += m;
    }
    return WT_OK;
}
