/* lex.c - access to compiled-in lexicons (see lex.h). */
#include "lex.h"

#include <string.h>

const wti_lexfile *wti_lex_find(const char *name)
{
    for (size_t i = 0; i < wti_n_lexfiles; i++)
        if (strcmp(wti_lexfiles[i].name, name) == 0)
            return &wti_lexfiles[i];
    return NULL;
}

void wti_lex_iter(wti_lexiter *it, const wti_lexfile *f)
{
    it->p = f ? f->data : NULL;
    it->end = f ? f->data + f->len : NULL;
    it->lineno = 0;
}

int wti_lex_next(wti_lexiter *it, const char **line, size_t *len)
{
    while (it->p && it->p < it->end) {
        const char *s = it->p;
        const char *nl = memchr(s, '\n', (size_t)(it->end - s));
        const char *e = nl ? nl : it->end;
        it->p = nl ? nl + 1 : it->end;
        it->lineno++;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        if (e == s || *s == '#')
            continue;
        *line = s;
        *len = (size_t)(e - s);
        return 1;
    }
    return 0;
}

size_t wti_lex_fields(const char *line, size_t len, wti_str *f, size_t max)
{
    size_t n = 0;
    const char *p = line, *end = line + len;
    while (n < max) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *e = tab ? tab : end;
        f[n].s = p;
        f[n].len = (size_t)(e - p);
        n++;
        if (!tab)
            break;
        p = tab + 1;
    }
    return n;
}

int wti_lex_next_item(wti_str *rest, wti_str *item)
{
    while (rest->len) {
        const char *comma = memchr(rest->s, ',', rest->len);
        size_t take = comma ? (size_t)(comma - rest->s) : rest->len;
        item->s = rest->s;
        item->len = take;
        rest->s += take + (comma ? 1 : 0);
        rest->len -= take + (comma ? 1 : 0);
        if (take)
            return 1;
    }
    return 0;
}
