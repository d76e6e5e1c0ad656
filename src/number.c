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

static int is_currency_word(const wt_doc *d, size_t i)
{
    return wti_tok_is(d, i, "rp") || wti_tok_is(d, i, "usd") ||
           wti_tok_is(d, i, "us$") || wti_tok_is(d, i, "$") ||
           wti_tok_is(d, i, "eur") || wti_tok_is(d, i, "rp.");
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

int wti_num_read(const wti_numbers *t, const wt_doc *d, size_t i, wti_num *out)
{
    memset(out, 0, sizeof *out);
    if (i >= d->n_tokens)
        return 0;
    out->first = i;
    size_t k = i;
    if (is_currency_word(d, k) && k + 1 < d->n_tokens &&
        d->tokens[k + 1].kind == WT_TOK_NUMBER) {
        out->money = 1;
        k++;
    }
    const wt_token *tk = &d->tokens[k];
    if (tk->kind == WT_TOK_NUMBER || tk->kind == WT_TOK_MONEY) {
        const char *s = d->text + tk->start;
        size_t len = tk->end - tk->start;
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
    out->ntok = k - i;
    return 1;
}
