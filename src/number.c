/* number.c - Indonesian numbers over document tokens (see number.h). */
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "number.h"

wt_status wti_numbers_load(wti_numbers *t)
{
    memset(t, 0, sizeof *t);
    wti_map_init(&t->words);
    const wti_lexfile *f = wti_lex_find("numbers");
    if (!f)
        return WT_EFORMAT;
    wti_lexiter it;
    const char *line;
    size_t len, cap = 0;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[4];
        size_t nf = wti_lex_fields(line, len, fl, 4);
        if (nf < 3)
            continue;
        static const char *const kinds[] = {"", "unit", "teen", "mult",
                                            "scale", "whole", "vague"};
        int kind = 0;
        for (int k = 1; k < 7; k++)
            if (strlen(kinds[k]) == fl[1].len &&
                !memcmp(kinds[k], fl[1].s, fl[1].len))
                kind = k;
        if (!kind)
            continue;
        if (t->n_entries == cap) {
            cap = cap ? cap * 2 : 64;
            void *ne = realloc(t->entries, cap * sizeof *t->entries);
            if (!ne)
                return WT_ENOMEM;
            t->entries = ne;
        }
        struct wti_numword *w = &t->entries[t->n_entries];
        w->kind = kind;
        w->value = strtod(fl[2].s, NULL);
        w->high = nf > 3 ? strtod(fl[3].s, NULL) : w->value;
        if (wti_map_put(&t->words, fl[0].s, fl[0].len, t->n_entries) != WT_OK)
            return WT_ENOMEM;
        t->n_entries++;
    }
    return WT_OK;
}

void wti_numbers_free(wti_numbers *t)
{
    wti_map_free(&t->words);
    free(t->entries);
    memset(t, 0, sizeof *t);
}

size_t wti_tok_lower(const wt_doc *d, size_t i, char *buf, size_t cap)
{
    const wt_token *tk = &d->tokens[i];
    size_t n = tk->end - tk->start;
    if (n > cap - 1)
        n = cap - 1;
    if (d->lower) {
        memcpy(buf, d->lower + tk->start, n);
        buf[n] = 0;
        return n;
    }
    for (size_t k = 0; k < n; k++) {
        char c = d->text[tk->start + k];
        buf[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[n] = 0;
    return n;
}

uint32_t wti_tok_bits(const wt_doc *d, size_t i, const wti_map *m,
                      uint32_t *cache)
{
    if (cache[i])
        return cache[i];
    const wt_token *tk = &d->tokens[i];
    size_t n = tk->end - tk->start;
    char buf[64];
    const char *w = d->lower ? d->lower + tk->start : buf;
    if (!d->lower)
        n = wti_tok_lower(d, i, buf, sizeof buf);
    const wti_map_slot *sl = n < 64 ? wti_map_get(m, w, n) : NULL;
    cache[i] = WTI_BITS_KNOWN | (sl ? (uint32_t)sl->value : 0);
    return cache[i];
}

uintptr_t wti_phrase_at(const wti_map *m, const wt_doc *d, size_t i,
                        size_t end, size_t max, const char *pre, size_t plen,
                        size_t *n)
{
    char key[192];
    if (plen > 64)
        return 0;
    memcpy(key, pre, plen);
    size_t pos = plen;
    uintptr_t best = 0;
    for (size_t k = 0; k < max && i + k < end; k++) {
        if (d->tokens[i + k].kind != WT_TOK_WORD)
            break;
        if (k)
            key[pos++] = ' ';
        if (pos + 40 >= sizeof key)
            break;
        pos += wti_tok_lower(d, i + k, key + pos, sizeof key - pos);
        const wti_map_slot *s = wti_map_get(m, key, pos);
        if (!s)
            break; /* no entry goes on from here */
        if (s->value) {
            best = s->value;
            *n = k + 1;
        }
    }
    return best;
}

int wti_lower_eq(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != w[k])
            return 0;
    }
    return 1;
}

/* Digits with Indonesian separators: '.' groups thousands, ',' is the
 * decimal mark; a dotted number whose groups are not all three digits long
 * is read as an English decimal (2.5). */
static int parse_plain(const char *s, size_t len, double *v)
{
    if (!len || s[0] < '0' || s[0] > '9')
        return 0;
    int has_comma = memchr(s, ',', len) != NULL;
    int groups_ok = 1, ndots = 0;
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            run++;
        } else if (c == '.') {
            if (ndots && run != 3)
                groups_ok = 0;
            if (!ndots && (run == 0 || run > 3))
                groups_ok = 0;
            ndots++;
            run = 0;
        } else if (c == ',') {
            if (ndots && run != 3)
                groups_ok = 0;
            break;
        } else {
            return 0;
        }
    }
    if (ndots && !has_comma && run != 3)
        groups_ok = 0;
    double x = 0, frac = 0, scale = 1;
    int after = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (after) {
                scale /= 10;
                frac += (c - '0') * scale;
            } else {
                x = x * 10 + (c - '0');
            }
        } else if (c == ',' || (c == '.' && !groups_ok)) {
            if (after)
                return 0;
            after = 1;
        }
    }
    *v = x + frac;
    return 1;
}

int wti_num_digits(const char *s, size_t len, double *v, int *percent,
                   int *money)
{
    *percent = *money = 0;
    if (len >= 2 && (s[0] == 'R' || s[0] == 'r') && (s[1] == 'p' || s[1] == 'P')) {
        s += 2, len -= 2, *money = 1;
        if (len && s[0] == '.')
            s++, len--;
    } else if (len >= 3 && !memcmp(s, "US$", 3)) {
        s += 3, len -= 3, *money = 1;
    } else if (len >= 1 && s[0] == '$') {
        s += 1, len -= 1, *money = 1;
    }
    if (len && s[len - 1] == '%') {
        *percent = 1;
        len--;
    }
    if (!len)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '/' || s[i] == ':')
            return 0;
    return parse_plain(s, len, v);
}

static const struct wti_numword *word(const wti_numbers *t, const wt_doc *d,
                                      size_t i)
{
    if (i >= d->n_tokens || d->tokens[i].kind != WT_TOK_WORD)
        return NULL;
    const wt_token *tk = &d->tokens[i];
    size_t n = tk->end - tk->start;
    const wti_map_slot *sl;
    if (d->lower) {
        sl = n < 32 ? wti_map_get(&t->words, d->lower + tk->start, n) : NULL;
    } else {
        char buf[32];
        n = wti_tok_lower(d, i, buf, sizeof buf);
        sl = wti_map_get(&t->words, buf, n);
    }
    return sl ? &t->entries[sl->value] : NULL;
}

/* A scale word with a list's item number glued on, as scraped lists read
 * ("Rp 43,01 miliar2. Badan ..."): the scale of "miliar2", else NULL. */
static const struct wti_numword *glued_scale(const wti_numbers *t, const wt_doc *d, size_t i)
{
    if (i >= d->n_tokens || d->tokens[i].kind != WT_TOK_WORD)
        return NULL;
    const wt_token *tk = &d->tokens[i];
    const char *s = d->text + tk->start;
    size_t n = tk->end - tk->start, l = 0;
    char buf[16];
    while (l < n && l < sizeof buf && ((s[l] | 0x20) >= 'a' && (s[l] | 0x20) <= 'z'))
        buf[l] = (char)(s[l] | 0x20), l++;
    if (l < 3 || l == n || l >= sizeof buf)
        return NULL;
    for (size_t k = l; k < n; k++)
        if (s[k] < '0' || s[k] > '9')
            return NULL;
    const wti_map_slot *sl = wti_map_get(&t->words, buf, l);
    const struct wti_numword *w = sl ? &t->entries[sl->value] : NULL;
    return w && w->kind == WTI_NUM_SCALE ? w : NULL;
}

/* The tokens of a currency written before a number at i (Rp, USD, $,
 * and US$ where the tokenizer splits it into US and $), or 0. */
static size_t is_currency_word(const wt_doc *d, size_t i)
{
    if (wti_tok_is(d, i, "us") && i + 1 < d->n_tokens && wti_tok_is(d, i + 1, "$") &&
        d->tokens[i + 1].start == d->tokens[i].end)
        return 2;
    return wti_tok_is(d, i, "rp") || wti_tok_is(d, i, "usd") ||
           wti_tok_is(d, i, "us$") || wti_tok_is(d, i, "$") ||
           wti_tok_is(d, i, "eur") || wti_tok_is(d, i, "rp.");
}

/* USD828, USD1.075: a dollar amount glued to its currency in one word;
 * the byte offset of the digits, or 0. */
static size_t glued_usd(const wt_doc *d, size_t i)
{
    const wt_token *tk = &d->tokens[i];
    const char *s = d->text + tk->start;
    size_t n = tk->end - tk->start;
    if (tk->kind == WT_TOK_WORD && n > 3 && (s[0] | 0x20) == 'u' && (s[1] | 0x20) == 's' &&
        (s[2] | 0x20) == 'd' && s[3] >= '0' && s[3] <= '9')
        return 3;
    return 0;
}

/* Reads a spelled number (dua puluh lima ribu) from token i. */
static size_t read_words(const wti_numbers *t, const wt_doc *d, size_t i,
                         double *v)
{
    double total = 0, cur = 0;
    size_t k = i;
    int any = 0;
    for (; k < d->n_tokens && k < i + 12; k++) {
        const struct wti_numword *w = word(t, d, k);
        if (!w || w->kind == WTI_NUM_VAGUE)
            break;
        if (w->kind == WTI_NUM_UNIT) {
            if (any && cur && cur < 10 && total == 0)
                break; /* "dua tiga": not one number */
            cur += w->value;
        } else if (w->kind == WTI_NUM_TEEN) {
            if (!any)
                break;
            cur += w->value;
        } else if (w->kind == WTI_NUM_MULT) {
            if (!any)
                break;
            cur = (cur ? cur : 1) * w->value;
        } else if (w->kind == WTI_NUM_SCALE) {
            if (!any)
                break;
            total += (cur ? cur : 1) * w->value;
            cur = 0;
        } else { /* whole */
            cur += w->value;
        }
        any = 1;
    }
    if (!any)
        return 0;
    *v = total + cur;
    return k - i;
}

/* A word token of digits around one dash, 10-15 (the tokenizer keeps it
 * whole, as it does 2018-2023 and 2-1). */
static int dash_range_word(const wt_doc *d, size_t i)
{
    const wt_token *tk = &d->tokens[i];
    const char *s = d->text + tk->start;
    size_t n = tk->end - tk->start, dash = 0;
    if (tk->kind != WT_TOK_WORD || n < 3)
        return 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == '-') {
            if (dash || k == 0 || k == n - 1)
                return 0;
            dash = k;
        } else if (!((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == ',')) {
            return 0;
        }
    }
    return dash != 0;
}

static int read_one(const wti_numbers *t, const wt_doc *d, size_t i, wti_num *out);

int wti_num_read(const wti_numbers *t, const wt_doc *d, size_t i, wti_num *out)
{
    if (!read_one(t, d, i, out))
        return 0;
    /* 10 hingga 15 orang, 10 sampai 11 balita, antara 10 dan 15, 2 hingga
     * 3 juta: a range, low..high, its value the low end.  Not years
     * (2010 hingga 2015) nor a lower second number (skor 2 - 1). */
    size_t k = i + out->ntok;
    if (out->vague || out->low != out->high || out->year_like || out->percent ||
        k + 1 >= d->n_tokens)
        return 1;
    int to = wti_tok_is(d, k, "hingga") || wti_tok_is(d, k, "sampai") ||
             wti_tok_is(d, k, "s.d.") || wti_tok_is(d, k, "s/d") ||
             (wti_tok_is(d, k, "-") && d->tokens[k].end - d->tokens[k].start == 1);
    int and = wti_tok_is(d, k, "dan") && i > 0 && wti_tok_is(d, i - 1, "antara");
    wti_num hi;
    if (!(to || and) || !read_one(t, d, k + 1, &hi) || hi.vague || hi.year_like ||
        hi.low != hi.high || (hi.money && !out->money))
        return 1;
    double lo = out->value;
    if (hi.value > lo && out->words == hi.words && !(lo < 1 && hi.value >= 1000) &&
        lo * 1000 < hi.value && hi.ntok > 1 && !out->money) {
        /* 2 hingga 3 juta: the scale of the second is the first's */
        double scale = 1;
        while (lo * scale * 1000 <= hi.value)
            scale *= 1000;
        lo *= scale;
    }
    if (!(hi.value > lo))
        return 1;
    out->low = out->value = lo;
    out->high = hi.value;
    out->percent = hi.percent;
    out->ntok = k + 1 + hi.ntok - i;
    return 1;
}

static int read_one(const wti_numbers *t, const wt_doc *d, size_t i, wti_num *out)
{
    memset(out, 0, sizeof *out);
    if (i >= d->n_tokens)
        return 0;
    out->first = i;
    size_t k = i, cw = is_currency_word(d, k), glued = 0;
    if (cw && k + cw < d->n_tokens &&
        (d->tokens[k + cw].kind == WT_TOK_NUMBER || dash_range_word(d, k + cw))) {
        out->money = 1;
        k += cw;
    } else if ((glued = glued_usd(d, k)) != 0) {
        out->money = 1; /* USD828 Miliar */
    }
    const wt_token *tk = &d->tokens[k];
    if (tk->kind == WT_TOK_NUMBER || tk->kind == WT_TOK_MONEY || glued || dash_range_word(d, k)) {
        const char *s = d->text + tk->start + glued;
        size_t len = tk->end - tk->start - glued;
        int pct, mon;
        double v;
        /* a range written 10-15 */
        const char *dash = memchr(s, '-', len);
        if (dash && dash > s && dash < s + len - 1) {
            double a, b;
            int p2, m2;
            if (!wti_num_digits(s, (size_t)(dash - s), &a, &p2, &m2) ||
                !wti_num_digits(dash + 1, (size_t)(s + len - dash - 1), &b,
                                &pct, &mon))
                return 0;
            if (!(b > a))
                return 0; /* 2-1, 1-1: a score, not a range */
            out->value = out->low = a;
            out->high = b;
            out->percent = pct || p2;
        } else {
            if (!wti_num_digits(s, len, &v, &pct, &mon))
                return 0;
            out->value = out->low = out->high = v;
            out->percent = pct;
            out->money |= mon;
            if (len == 4 && v >= 1900 && v <= 2099 && !pct && !mon &&
                s[0] >= '0' && s[0] <= '9')
                out->year_like = 1;
        }
        out->digits = 1;
        k++;
        const struct wti_numword *w = word(t, d, k);
        if (!w)
            w = glued_scale(t, d, k);
        if (w && w->kind == WTI_NUM_SCALE) {
            out->value *= w->value;
            out->low *= w->value;
            out->high *= w->value;
            out->year_like = 0;
            k++;
        }
    } else {
        const struct wti_numword *w = word(t, d, k);
        if (!w)
            return 0;
        if (w->kind == WTI_NUM_VAGUE) {
            out->vague = 1;
            out->value = out->low = w->value;
            out->high = w->high;
            k++;
            const struct wti_numword *s2 = word(t, d, k);
            if (s2 && s2->kind == WTI_NUM_SCALE) {
                out->value *= s2->value;
                out->low *= s2->value;
                out->high = (w->high + 1) * s2->value - 1;
                k++;
            }
        } else {
            double v;
            size_t n = read_words(t, d, k, &v);
            if (!n)
                return 0;
            out->value = out->low = out->high = v;
            out->words = 1;
            k += n;
        }
    }
    if (k < d->n_tokens && wti_tok_is(d, k, "persen"))
        out->percent = 1;
    else if (out->digits && k < d->n_tokens && k > i && wti_tok_is(d, k, "%") &&
             d->tokens[k].start == d->tokens[k - 1].end)
        out->percent = 1, k++; /* 13-14%: the sign is a token of its own */
    out->ntok = k - i;
    return 1;
}
