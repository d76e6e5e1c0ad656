/*
 * clean.c - line classification, body text and metadata (see clean.h and
 * docs/clean.md).
 *
 * The cleaner works on whole input lines, in three passes:
 *  1. per-line evidence: lexicon matches (boilerplate.txt), date lines,
 *     photo captions, "(Outlet.com/Name)" bylines, lines that are mostly a
 *     domain name, repeats of an earlier line;
 *  2. the header zone (everything before the first paragraph): date, rubric,
 *     title and deck by position and shape;
 *  3. the body zone: section headings by shape and context, the opening
 *     "PLACE, AGENCY -" dateline stripped from the first paragraph.
 * Metadata (published, outlet, byline, dateline) is read off the lines the
 * passes recognized, in a fixed order of trust.
 */
#include "clean.h"

#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "map.h"
#include "utf8.h"

enum { HOW_EXACT, HOW_PREFIX, HOW_CONTAINS };

typedef struct pattern {
    wt_line_kind kind;
    int how;
    unsigned maxwords;
    char *text;
    size_t len;
} pattern;

typedef struct outlet_name {
    char *name;   /* folded */
    size_t len;
    size_t key;   /* index into keys */
} outlet_name;

struct wti_clean_tables {
    pattern *pats;
    size_t n_pats;
    /* pattern indices by the first byte of an exact or prefix pattern
     * (bucket 256: contains patterns, which may match anywhere), each
     * bucket in file order: pidx[pstart[b] .. pstart[b + 1]) */
    size_t *pidx;
    size_t pstart[259]; /* 257 buckets; one more for the counting sort */
    outlet_name *onames;
    size_t n_onames;
    char **okeys;
    size_t n_okeys;
    wti_map months;  /* folded name -> 1..12  */
    wti_map days;    /* folded name -> 1..7   */
    wti_map filler;  /* words allowed on a date line */
    wti_arena arena;
};

static const char *const line_kind_names[WT_LINE_KIND_COUNT] = {
    "body", "title", "deck", "date", "rubric", "heading", "dateline",
    "promo", "related", "caption", "credit", "byline", "source", "footer",
    "ad", "duplicate", "empty", "other"};

const char *wt_line_kind_name(wt_line_kind k)
{
    return (unsigned)k < WT_LINE_KIND_COUNT ? line_kind_names[k] : "other";
}

static int kind_from_name(const char *s, size_t len)
{
    for (int k = 0; k < WT_LINE_KIND_COUNT; k++)
        if (strlen(line_kind_names[k]) == len &&
            memcmp(line_kind_names[k], s, len) == 0)
            return k;
    return -1;
}

/* Lowercases and folds every run of white space (NBSP included) into one
 * space, trimming both ends.  Returns the arena copy; *olen its length. */
static char *fold_line(wti_arena *a, const char *s, size_t len, size_t *olen)
{
    char *out = wti_arena_alloc(a, len * 2 + 1);
    if (!out)
        return NULL;
    size_t i = 0, o = 0;
    int space = 1;
    while (i < len) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* eight printable ASCII bytes at a time, lowercased, as long as no
         * space follows a space (nothing to squeeze) */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80,
                           low7 = ones * 0x7f;
            if ((w | ((w - ones * 0x20) & ~w)) & high)
                break; /* non-ASCII, or a control byte such as a tab */
            uint64_t x = w ^ (ones * ' ');
            uint64_t sp = ~(((x & low7) + low7) | x | low7); /* spaces */
            if ((sp & (sp << 8)) || (space && (sp & 0x80)))
                break;
            w = wti_lower8(w);
            memcpy(out + o, &w, 8);
            o += 8;
            i += 8;
            space = s[i - 1] == ' ';
        }
#endif
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && c != ' ' && (c < 9 || c > 13)) { /* ASCII non-space */
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            space = 0;
            i++;
            continue;
        }
        int32_t cp = wti_utf8_next(s, len, &i);
        if (wti_is_space(cp)) {
            if (!space)
                out[o++] = ' ';
            space = 1;
            continue;
        }
        space = 0;
        o += wti_utf8_encode(wti_tolower(cp), out + o);
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    *olen = o;
    return out;
}

static size_t pattern_bucket(const pattern *p)
{
    return p->how == HOW_CONTAINS || !p->len ? 256 : (unsigned char)p->text[0];
}

/* Buckets the patterns by first byte (a counting sort, so each bucket
 * keeps file order and the first pattern that matches still wins). */
static wt_status index_patterns(struct wti_clean_tables *t)
{
    memset(t->pstart, 0, sizeof t->pstart);
    t->pidx = wti_arena_alloc(&t->arena, (t->n_pats + 1) * sizeof *t->pidx);
    if (!t->pidx)
        return WT_ENOMEM;
    for (size_t k = 0; k < t->n_pats; k++)
        t->pstart[pattern_bucket(&t->pats[k]) + 2]++;
    for (size_t b = 2; b < 259; b++)
        t->pstart[b] += t->pstart[b - 1];
    for (size_t k = 0; k < t->n_pats; k++)
        t->pidx[t->pstart[pattern_bucket(&t->pats[k]) + 1]++] = k;
    return WT_OK;
}

static wt_status load_patterns(struct wti_clean_tables *t)
{
    const wti_lexfile *f = wti_lex_find("boilerplate");
    if (!f)
        return WT_ENOTFOUND;
    wti_lexiter it;
    const char *line;
    size_t len, cap = 0;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[4];
        size_t nf = wti_lex_fields(line, len, fl, 4);
        if (nf < 3)
            return WT_EFORMAT;
        int kind = kind_from_name(fl[0].s, fl[0].len);
        int how = fl[1].len == 5 && !memcmp(fl[1].s, "exact", 5)    ? HOW_EXACT
                  : fl[1].len == 6 && !memcmp(fl[1].s, "prefix", 6) ? HOW_PREFIX
                  : fl[1].len == 8 && !memcmp(fl[1].s, "contains", 8)
                      ? HOW_CONTAINS
                      : -1;
        if (kind < 0 || how < 0)
            return WT_EFORMAT;
        pattern *p = WTI_VEC_PUSH(&t->arena, t->pats, t->n_pats, cap);
        if (!p)
            return WT_ENOMEM;
        p->kind = (wt_line_kind)kind;
        p->how = how;
        p->maxwords = nf > 3 ? (unsigned)strtoul(fl[3].s, NULL, 10) : 25;
        p->text = fold_line(&t->arena, fl[2].s, fl[2].len, &p->len);
        if (!p->text)
            return WT_ENOMEM;
    }
    return index_patterns(t);
}

static wt_status load_outlets(struct wti_clean_tables *t)
{
    const wti_lexfile *f = wti_lex_find("outlets");
    if (!f)
        return WT_ENOTFOUND;
    wti_lexiter it;
    const char *line;
    size_t len, kcap = 0, ncap = 0;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[2];
        if (wti_lex_fields(line, len, fl, 2) != 2)
            return WT_EFORMAT;
        char **k = WTI_VEC_PUSH(&t->arena, t->okeys, t->n_okeys, kcap);
        if (!k || !(*k = wti_arena_strndup(&t->arena, fl[0].s, fl[0].len)))
            return WT_ENOMEM;
        const char *p = fl[1].s, *end = fl[1].s + fl[1].len;
        while (p < end) {
            const char *c = memchr(p, ',', (size_t)(end - p));
            const char *e = c ? c : end;
            outlet_name *on =
                WTI_VEC_PUSH(&t->arena, t->onames, t->n_onames, ncap);
            if (!on)
                return WT_ENOMEM;
            on->name = fold_line(&t->arena, p, (size_t)(e - p), &on->len);
            on->key = t->n_okeys - 1;
            if (!on->name)
                return WT_ENOMEM;
            p = c ? c + 1 : end;
        }
    }
    return WT_OK;
}

/* months.txt / days.txt: canonical TAB number TAB variant,variant,... */
static wt_status load_calendar(wti_map *m, const char *name, int max)
{
    const wti_lexfile *f = wti_lex_find(name);
    if (!f)
        return WT_ENOTFOUND;
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[3];
        size_t nf = wti_lex_fields(line, len, fl, 3);
        if (nf < 2)
            return WT_EFORMAT;
        int num = atoi(fl[1].s);
        if (num < 1 || num > max)
            return WT_EFORMAT;
        wti_str names[64];
        size_t nn = 0;
        names[nn++] = fl[0];
        if (nf == 3) {
            const char *p = fl[2].s, *end = fl[2].s + fl[2].len;
            while (p < end && nn < 64) {
                const char *c = memchr(p, ',', (size_t)(end - p));
                const char *e = c ? c : end;
                while (p < e && *p == ' ')
                    p++;
                if (e > p) {
                    names[nn].s = p;
                    names[nn].len = (size_t)(e - p);
                    nn++;
                }
                p = c ? c + 1 : end;
            }
        }
        for (size_t i = 0; i < nn; i++) {
            wti_arena tmp = {0};
            size_t fl2;
            char *low = fold_line(&tmp, names[i].s, names[i].len, &fl2);
            wt_status st = low ? wti_map_put(m, low, fl2, (uintptr_t)num)
                               : WT_ENOMEM;
            wti_arena_free(&tmp);
            if (st)
                return st;
        }
    }
    return WT_OK;
}

wt_status wti_clean_load(struct wti_clean_tables **out)
{
    static const char *const filler[] = {
        "pukul", "jam", "wib", "wita", "wit", "gmt", "utc", "diperbarui",
        "dipublikasikan", "diterbitkan", "terbit", "update", "updated",
        "published", "dipublish", "tayang", "diposting", "posted", "|", "-",
        "–", "—", "/", "hari", "tanggal", "pada", "oleh"};
    struct wti_clean_tables *t = calloc(1, sizeof *t);
    if (!t)
        return WT_ENOMEM;
    wti_map_init(&t->months);
    wti_map_init(&t->days);
    wti_map_init(&t->filler);
    wt_status st = load_patterns(t);
    if (!st)
        st = load_outlets(t);
    if (!st)
        st = load_calendar(&t->months, "months", 12);
    if (!st)
        st = load_calendar(&t->days, "days", 7);
    for (size_t i = 0; !st && i < sizeof filler / sizeof *filler; i++)
        st = wti_map_put(&t->filler, filler[i], strlen(filler[i]), 1);
    if (st) {
        wti_clean_free(t);
        return st;
    }
    *out = t;
    return WT_OK;
}

void wti_clean_free(struct wti_clean_tables *t)
{
    if (!t)
        return;
    wti_map_free(&t->months);
    wti_map_free(&t->days);
    wti_map_free(&t->filler);
    wti_arena_free(&t->arena);
    free(t);
}

/* ---------------------------------------------------------------- dates */

static size_t lookup_lower(const wti_map *m, const char *s, size_t len)
{
    char low[32];
    if (len == 0 || len >= sizeof low)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    const wti_map_slot *sl = wti_map_get(m, low, len);
    return sl ? (size_t)sl->value : 0;
}

int wti_month_lookup(const struct wti_clean_tables *t, const char *s,
                     size_t len)
{
    return (int)lookup_lower(&t->months, s, len);
}

int wti_day_lookup(const struct wti_clean_tables *t, const char *s,
                   size_t len)
{
    return (int)lookup_lower(&t->days, s, len);
}

static int is_digits(const char *s, size_t len)
{
    if (!len)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int num_of(const char *s, size_t len)
{
    int v = 0;
    for (size_t i = 0; i < len && i < 9; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

static int valid_date(int y, int m, int d)
{
    return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 &&
           d <= days_in_month(y, m);
}

/* Parses d/m/yyyy or yyyy-mm-dd in [s, s+len). */
static int numeric_date(const char *s, size_t len, wti_date *out)
{
    int part[3] = {0, 0, 0}, np = 0, digits = 0, widths[3] = {0, 0, 0};
    char sep = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (np >= 3 || ++digits > 4)
                return 0;
            part[np] = part[np] * 10 + (c - '0');
            widths[np]++;
        } else if ((c == '/' || c == '-' || c == '.') && digits &&
                   (!sep || sep == c)) {
            sep = c;
            np++;
            digits = 0;
            if (np > 2)
                return 0;
        } else {
            return 0;
        }
    }
    if (np != 2 || !digits)
        return 0;
    if (widths[0] == 4 && sep == '-') {
        if (!valid_date(part[0], part[1], part[2]))
            return 0;
        out->year = part[0], out->month = part[1], out->day = part[2];
        return 1;
    }
    if (widths[2] != 4 || !valid_date(part[2], part[1], part[0]))
        return 0;
    out->year = part[2], out->month = part[1], out->day = part[0];
    return 1;
}

static int is_time_word(const char *s, size_t len)
{
    /* 20:43, 09.00, 20:43:10 */
    size_t i = 0, groups = 0;
    while (i < len) {
        size_t d = 0;
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++, d++;
        if (d < 1 || d > 2)
            return 0;
        groups++;
        if (i < len && (s[i] == ':' || s[i] == '.'))
            i++;
        else
            break;
    }
    return i == len && groups >= 2;
}

static int is_domain(const char *s, size_t len);

size_t wti_clean_parse_date(const struct wti_clean_tables *t, const char *s,
                            size_t len, int whole, wti_date *out)
{
    int day = 0, month = 0, year = 0, have_num = 0;
    size_t i = 0, consumed = 0, words = 0;
    wti_date nd = {0, 0, 0};
    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == '\t' ||
                           s[i] == '(' || s[i] == ')'))
            i++;
        if (i >= len)
            break;
        size_t b = i;
        while (i < len && s[i] != ' ' && s[i] != ',' && s[i] != '\t' &&
               s[i] != '(' && s[i] != ')')
            i++;
        const char *w = s + b;
        size_t wl = i - b;
        /* trailing period of an abbreviation ("Sep.") */
        size_t wl2 = (wl > 1 && w[wl - 1] == '.') ? wl - 1 : wl;
        int known = 1;
        if (wti_day_lookup(t, w, wl2)) {
            if (day || month || year || have_num)
                known = 0;
        } else if (!month && !have_num && day && wti_month_lookup(t, w, wl2)) {
            month = wti_month_lookup(t, w, wl2);
        } else if (!day && !have_num && is_digits(w, wl) && wl <= 2) {
            day = num_of(w, wl);
        } else if (month && !year && is_digits(w, wl) && wl == 4) {
            year = num_of(w, wl);
        } else if (!day && !have_num && numeric_date(w, wl, &nd)) {
            have_num = 1;
        } else if ((year || have_num) && is_time_word(w, wl)) {
            /* time of day */
        } else if ((year || have_num) && lookup_lower(&t->filler, w, wl)) {
            /* zone or filler after the date */
        } else if (!day && !have_num && (lookup_lower(&t->filler, w, wl) ||
                                         (words == 0 && is_domain(w, wl)))) {
            /* "Diperbarui", "Tanggal", "Kompas.com -" before the date */
        } else {
            known = 0;
        }
        if (!known) {
            if (whole)
                return 0;
            break;
        }
        words++;
        consumed = i;
        if (!whole && (year || have_num) && words > 6)
            break;
    }
    if (have_num) {
        *out = nd;
        return consumed;
    }
    if (year && month && day && valid_date(year, month, day)) {
        out->year = year, out->month = month, out->day = day;
        return consumed;
    }
    return 0;
}

/* ---------------------------------------------------------------- lines */

typedef struct line {
    const char *s;    /* trimmed line                        */
    size_t len;
    char *f;          /* folded (lowercase, spaces collapsed) */
    size_t flen;
    unsigned words;
    wt_line_kind kind;
    int classified;   /* kind decided                        */
    size_t strip;     /* dateline prefix length to drop      */
} line;

static unsigned count_words(const char *f, size_t len)
{
    unsigned n = 0;
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        if (f[i] == ' ')
            in = 0;
        else if (!in)
            in = 1, n++;
    }
    return n;
}

static int has_word_at(const char *f, size_t flen, size_t at, size_t len)
{
    int before = at == 0 || !((unsigned char)f[at - 1] >= 0x80 ||
                              (f[at - 1] >= 'a' && f[at - 1] <= 'z') ||
                              (f[at - 1] >= '0' && f[at - 1] <= '9'));
    size_t e = at + len;
    int after = e >= flen || !((unsigned char)f[e] >= 0x80 ||
                               (f[e] >= 'a' && f[e] <= 'z') ||
                               (f[e] >= '0' && f[e] <= '9'));
    return before && after;
}

static const char *find_sub(const char *h, size_t hl, const char *n,
                            size_t nl)
{
    if (nl == 0 || nl > hl)
        return NULL;
    const char *end = h + hl - nl;
    for (const char *p = h; p <= end; p++) {
        p = memchr(p, n[0], (size_t)(end - p) + 1);
        if (!p)
            return NULL;
        /* the second byte refuses most places the first one finds */
        if ((nl < 2 || p[1] == n[1]) && memcmp(p, n, nl) == 0)
            return p;
    }
    return NULL;
}

static int match_pattern(const pattern *p, const line *l)
{
    if (p->how != HOW_EXACT && l->words > p->maxwords)
        return 0;
    if (p->how == HOW_EXACT) {
        size_t n = l->flen;
        while (n > 0 && (l->f[n - 1] == ':' || l->f[n - 1] == '.' ||
                         l->f[n - 1] == '!' || l->f[n - 1] == ' '))
            n--;
        return n == p->len && memcmp(l->f, p->text, n) == 0;
    }
    if (p->how == HOW_PREFIX)
        return l->flen >= p->len && memcmp(l->f, p->text, p->len) == 0;
    return find_sub(l->f, l->flen, p->text, p->len) != NULL;
}

/* The first pattern of the lexicon that matches line l, or n_pats: only
 * the patterns that begin with the line's first byte and the contains
 * patterns are tried. */
static size_t first_pattern(const struct wti_clean_tables *t, const line *l)
{
    size_t best = t->n_pats;
    size_t b = l->flen ? (unsigned char)l->f[0] : 0;
    for (size_t j = t->pstart[b]; j < t->pstart[b + 1]; j++)
        if (match_pattern(&t->pats[t->pidx[j]], l)) {
            best = t->pidx[j];
            break;
        }
    for (size_t j = t->pstart[256]; j < t->pstart[257] && t->pidx[j] < best; j++)
        if (match_pattern(&t->pats[t->pidx[j]], l)) {
            best = t->pidx[j];
            break;
        }
    return best;
}

/* Finds the outlet named in folded text, or -1. */
static long find_outlet(const struct wti_clean_tables *t, const char *f,
                        size_t flen)
{
    for (size_t i = 0; i < t->n_onames; i++) {
        const outlet_name *on = &t->onames[i];
        const char *p = f, *end = f + flen;
        while (p < end) {
            const char *hit = find_sub(p, (size_t)(end - p), on->name, on->len);
            if (!hit)
                break;
            /* whole words; '.' is a boundary, so a domain also matches
             * the tail of a subdomain (news.tribunnews.com) */
            if (has_word_at(f, flen, (size_t)(hit - f), on->len))
                return (long)on->key;
            p = hit + 1;
        }
    }
    return -1;
}

/* Is [s, s+len) a domain name such as "mureks.co.id" or "ERANASIONAL.COM"? */
static int is_domain(const char *s, size_t len)
{
    size_t dots = 0, i = 0, label = 0;
    if (len >= 8 && (!memcmp(s, "https://", 8) || !memcmp(s, "http://", 7)))
        return 1;
    if (len >= 4 && (s[0] == 'w' || s[0] == 'W') && !memcmp(s + 1, "ww.", 3))
        return 1;
    for (; i < len; i++) {
        char c = s[i];
        if (c == '.') {
            if (!label)
                return 0;
            dots++;
            label = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9') || c == '-') {
            label++;
        } else if (c == '/' && dots) {
            return 1;
        } else {
            return 0;
        }
    }
    if (!dots || label < 2)
        return 0;
    /* the last label must be letters: a TLD, not "5.000" */
    for (size_t j = len - label; j < len; j++)
        if (!((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z'))
            return 0;
    return 1;
}

/* Outlet key for a domain not in the lexicon: its registrable label. */
static char *domain_key(wti_arena *a, const char *s, size_t len)
{
    static const char *const tails[] = {".co.id", ".or.id", ".go.id",
                                        ".ac.id", ".com",   ".id",
                                        ".net",   ".org",   ".co",
                                        ".tv",    ".news",  ".info"};
    const char *p = s;
    size_t n = len;
    if (n > 8 && !memcmp(p, "https://", 8))
        p += 8, n -= 8;
    else if (n > 7 && !memcmp(p, "http://", 7))
        p += 7, n -= 7;
    const char *slash = memchr(p, '/', n);
    if (slash)
        n = (size_t)(slash - p);
    if (n > 4 && !memcmp(p, "www.", 4))
        p += 4, n -= 4;
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        size_t tl = strlen(tails[i]);
        if (n > tl && !memcmp(p + n - tl, tails[i], tl)) {
            n -= tl;
            break;
        }
    }
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '.')
            dot = p + i;
    if (dot) {
        n -= (size_t)(dot + 1 - p);
        p = dot + 1;
    }
    return n ? wti_fold_dup(a, p, n) : NULL;
}

/* Ends with . ! ? … or a closing quote/bracket after one of them. */
static int ends_sentence(const char *s, size_t len)
{
    size_t i = len;
    while (i > 0) {
        size_t j = i;
        int32_t cp = wti_utf8_prev(s, &j);
        if (wti_is_space(cp) || wti_is_quote(cp) || cp == ')' || cp == ']') {
            i = j;
            continue;
        }
        return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
               cp == ';';
    }
    return 0;
}

/* Last non-space code point. */
static int32_t last_cp(const char *s, size_t len)
{
    size_t i = len;
    while (i > 0) {
        int32_t cp = wti_utf8_prev(s, &i);
        if (!wti_is_space(cp))
            return cp;
    }
    return 0;
}

/* Share of words that start with an uppercase letter or digit. */
static double capital_share(const char *s, size_t len)
{
    size_t i = 0, words = 0, caps = 0;
    int start = 1;
    while (i < len) {
        int32_t cp = wti_utf8_next(s, len, &i);
        if (wti_is_space(cp)) {
            start = 1;
            continue;
        }
        if (start) {
            words++;
            if (wti_is_upper(cp) || wti_is_digit(cp) || wti_is_quote(cp))
                caps++;
        }
        start = 0;
    }
    return words ? (double)caps / (double)words : 0.0;
}

/* Is the word [s, s+len) all uppercase letters (at least one letter)? */
static int all_caps(const char *s, size_t len)
{
    size_t i = 0, letters = 0;
    while (i < len) {
        int32_t cp = wti_utf8_next(s, len, &i);
        if (wti_is_lower(cp))
            return 0;
        if (wti_is_alpha(cp))
            letters++;
    }
    return letters > 0;
}

/* Finds " - ", " – " or " — " in the first `within` bytes; returns its
 * offset and the length of the separator, or 0. */
static size_t find_dash(const char *s, size_t len, size_t within,
                        size_t *seplen)
{
    if (within > len)
        within = len;
    for (size_t i = 1; i + 2 < within + 3 && i + 2 <= len; i++) {
        if (s[i - 1] != ' ')
            continue;
        size_t j = i;
        int32_t cp = wti_utf8_next(s, len, &j);
        if (!wti_is_dash(cp) || cp == 0x2010)
            continue;
        if (j < len && s[j] == ' ') {
            *seplen = j + 1 - (i - 1);
            return i - 1;
        }
    }
    return 0;
}

typedef struct dateline {
    const char *place;
    size_t place_len;
    const char *agency;
    size_t agency_len;
    size_t strip;
} dateline;

/* Recognizes an opening "PLACE, AGENCY - ", "AGENCY - ", "PLACE (AGENCY) -"
 * or "JAKARTA - ".  `first` allows the place-only form, which is only
 * trusted on the first paragraph. */
static int parse_dateline(const struct wti_clean_tables *t, const line *l,
                          int first, dateline *dl)
{
    size_t seplen = 0;
    size_t at = find_dash(l->s, l->len, 80, &seplen);
    if (!at)
        return 0;
    const char *p = l->s;
    size_t plen = at;
    /* the prefix: at most 6 words, no sentence punctuation */
    unsigned words = 1;
    for (size_t i = 0; i < plen; i++) {
        char c = p[i];
        if (c == ' ')
            words++;
        if (c == '"' || c == ':' || c == ';' || c == '!' || c == '?')
            return 0;
    }
    if (words > 6)
        return 0;
    memset(dl, 0, sizeof *dl);
    dl->strip = at + seplen;
    const char *open = memchr(p, '(', plen);
    const char *comma = memchr(p, ',', plen);
    if (open && p[plen - 1] == ')') {
        /* Mataram, NTB (ANTARA News) - */
        dl->agency = open + 1;
        dl->agency_len = (size_t)(p + plen - 1 - (open + 1));
        dl->place = p;
        dl->place_len = (size_t)((comma && comma < open ? comma : open) - p);
    } else if (comma) {
        dl->place = p;
        dl->place_len = (size_t)(comma - p);
        dl->agency = comma + 1;
        dl->agency_len = (size_t)(p + plen - (comma + 1));
    } else {
        dl->agency = p;
        dl->agency_len = plen;
    }
    while (dl->agency_len && dl->agency[0] == ' ')
        dl->agency++, dl->agency_len--;
    while (dl->place_len && dl->place[dl->place_len - 1] == ' ')
        dl->place_len--;
    /* the place must look like a name */
    if (dl->place && (!dl->place_len || !wti_starts_upper(dl->place,
                                                          dl->place_len)))
        return 0;
    wti_arena tmp = {0};
    size_t fl = 0;
    char *fa = fold_line(&tmp, dl->agency, dl->agency_len, &fl);
    int agency_ok = fa && (is_domain(dl->agency, dl->agency_len) ||
                           find_outlet(t, fa, fl) >= 0);
    wti_arena_free(&tmp);
    if (agency_ok)
        return 1;
    if (dl->place && all_caps(dl->agency, dl->agency_len))
        return 1; /* "Jakarta, ANTARA -" style agency in capitals */
    /* place only: "JAKARTA - " anywhere in the opening, "Jakarta - " on the
     * first paragraph */
    if (!dl->place && words <= 2 && first &&
        wti_starts_upper(dl->agency, dl->agency_len) &&
        capital_share(dl->agency, dl->agency_len) >= 0.99) {
        dl->place = dl->agency;
        dl->place_len = dl->agency_len;
        dl->agency = NULL;
        dl->agency_len = 0;
        return 1;
    }
    return 0;
}

/* "KIM DAN PUTIN - Foto diambil ..." : a label in capitals, a dash, then a
 * photo description. */
static int is_caption(const line *l)
{
    size_t seplen = 0;
    size_t at = find_dash(l->s, l->len, 120, &seplen);
    if (at && all_caps(l->s, at) && !is_domain(l->s, at)) {
        /* "BANJIR DI CIPINANG - Warga ..." : a label of three or more words
         * in capitals is a caption even without the word "Foto" */
        unsigned label_words = 1;
        for (size_t i = 0; i < at; i++)
            label_words += l->s[i] == ' ';
        if (label_words >= 3 || find_sub(l->f, l->flen, "foto", 4) ||
            find_sub(l->f, l->flen, "dok.", 4) ||
            find_sub(l->f, l->flen, "ilustrasi", 9) ||
            find_sub(l->f, l->flen, "(istimewa)", 10))
            return 1;
    }
    /* "(Foto: ...)" closing a short line */
    if (l->words <= 60 && l->flen > 8 && l->f[l->flen - 1] == ')' &&
        (find_sub(l->f, l->flen, "(foto:", 6) ||
         find_sub(l->f, l->flen, "(foto :", 7)))
        return 1;
    return 0;
}

/* "(Tribunnews.com/Yunita Rahmayanti)" or "(rdp/imk)". */
static int is_paren_byline(const line *l, const char **name, size_t *nlen)
{
    if (l->len < 5 || l->s[0] != '(' || l->s[l->len - 1] != ')' ||
        l->words > 8)
        return 0;
    const char *slash = memchr(l->s, '/', l->len);
    if (!slash)
        return 0;
    *name = slash + 1;
    *nlen = (size_t)(l->s + l->len - 1 - (slash + 1));
    return 1;
}

/* A line that is mostly a domain name or URL. */
static int mostly_domain(const line *l)
{
    if (l->words > 4)
        return 0;
    size_t i = 0, dom = 0;
    while (i < l->len) {
        while (i < l->len && l->s[i] == ' ')
            i++;
        size_t b = i;
        while (i < l->len && l->s[i] != ' ')
            i++;
        size_t e = i;
        while (e > b && (l->s[e - 1] == '!' || l->s[e - 1] == '.' ||
                         l->s[e - 1] == ','))
            e--;
        if (e > b && is_domain(l->s + b, e - b))
            dom += e - b;
    }
    return dom * 2 >= l->len;
}

static int list_like(const line *l)
{
    const char *s = l->s;
    if (!l->len)
        return 0;
    if (s[0] == '-' || s[0] == '*' || s[0] == '(' || !memcmp(s, "\xE2\x80\xA2", 3 <= l->len ? 3 : l->len))
        return 1;
    size_t i = 0;
    while (i < l->len && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i && i < l->len && (s[i] == '.' || s[i] == ')'))
        return 1;
    if (l->len >= 2 && ((s[0] | 32) >= 'a' && (s[0] | 32) <= 'z') &&
        (s[1] == '.' || s[1] == ')') && (l->len == 2 || s[2] == ' '))
        return 1;
    return 0;
}

/* Number of sentence ends inside the line: ". X", "? X", "! X" with X an
 * uppercase letter, a digit or a quote. */
static size_t inner_sentence_ends(const line *l, int full_stops_only)
{
    size_t ends = 0;
    for (size_t j = 0; j + 2 < l->len; j++)
        if ((l->s[j] == '.' ||
             (!full_stops_only && (l->s[j] == '?' || l->s[j] == '!'))) &&
            l->s[j + 1] == ' ' &&
            (wti_starts_upper(l->s + j + 2, l->len - j - 2) ||
             l->s[j + 2] == '"'))
            ends++;
    return ends;
}

/* A paragraph: a line with the shape of running text. */
static int paragraph_like(const line *l)
{
    return l->words >= 8 && ends_sentence(l->s, l->len);
}

static wt_status push_removed(wt_doc *d, const char *s, size_t len,
                              wt_line_kind kind)
{
    wt_removed *r = WTI_VEC_PUSH(&d->arena, d->removed, d->n_removed,
                                 d->cap_removed);
    if (!r || !(r->text = wti_arena_strndup(&d->arena, s, len)))
        return WT_ENOMEM;
    r->kind = kind;
    return WT_OK;
}

static char *iso_date(wti_arena *a, const wti_date *dt)
{
    if (dt->day)
        return wti_arena_printf(a, "%04d-%02d-%02d", dt->year, dt->month,
                                dt->day);
    if (dt->month)
        return wti_arena_printf(a, "%04d-%02d", dt->year, dt->month);
    return wti_arena_printf(a, "%04d", dt->year);
}

/* First "Hari (d/m/yyyy)" in the body: "Sabtu (27/12/2025)". */
static int body_day_date(const struct wti_clean_tables *t, const char *s,
                         size_t len, wti_date *out)
{
    const char *p = s, *end = s + len;
    while (p < end) {
        const char *open = memchr(p, '(', (size_t)(end - p));
        if (!open)
            return 0;
        const char *close = memchr(open, ')', (size_t)(end - open));
        if (!close)
            return 0;
        size_t inner = (size_t)(close - open - 1);
        wti_date dt;
        if (inner >= 8 && inner <= 10 && numeric_date(open + 1, inner, &dt)) {
            /* the weekday word right before the bracket */
            const char *we = open;
            while (we > s && we[-1] == ' ')
                we--;
            const char *wb = we;
            while (wb > s && wb[-1] != ' ' && wb[-1] != ',' && wb[-1] != '\n')
                wb--;
            if (we > wb && wti_day_lookup(t, wb, (size_t)(we - wb))) {
                *out = dt;
                return 1;
            }
        }
        p = open + 1;
    }
    return 0;
}

static void set_outlet(wt_doc *d, const struct wti_clean_tables *t,
                       const char *f, size_t flen, int allow_domain)
{
    if (d->outlet)
        return;
    long k = find_outlet(t, f, flen);
    if (k >= 0) {
        d->outlet = t->okeys[k];
        return;
    }
    if (!allow_domain)
        return;
    /* first domain-like word */
    size_t i = 0;
    while (i < flen) {
        while (i < flen && f[i] == ' ')
            i++;
        size_t b = i;
        while (i < flen && f[i] != ' ')
            i++;
        size_t e = i;
        while (e > b && (f[e - 1] == '!' || f[e - 1] == '.' ||
                         f[e - 1] == ',' || f[e - 1] == ')'))
            e--;
        while (b < e && (f[b] == '(' || f[b] == '\xc2'))
            b++;
        if (e > b && is_domain(f + b, e - b)) {
            d->outlet = domain_key(&d->arena, f + b, e - b);
            return;
        }
    }
}

wt_status wti_clean_run(const struct wti_clean_tables *t, wt_doc *d)
{
    /* split into lines */
    size_t n = 1;
    for (size_t i = 0; i < d->raw_len; i++)
        n += d->raw[i] == '\n';
    line *L = wti_arena_calloc(&d->arena, n, sizeof *L);
    if (!L)
        return WT_ENOMEM;
    size_t nl = 0;
    const char *p = d->raw, *end = d->raw + d->raw_len;
    while (p <= end && nl < n) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        line *l = &L[nl++];
        size_t a = 0, b = (size_t)(e - p);
        /* trim white space, NBSP and zero-width characters */
        while (a < b) {
            size_t j = a;
            if (!wti_is_space(wti_utf8_next(p, b, &j)))
                break;
            a = j;
        }
        while (b > a) {
            size_t j = b;
            if (!wti_is_space(wti_utf8_prev(p, &j)))
                break;
            b = j;
        }
        l->s = p + a;
        l->len = b - a;
        l->f = fold_line(&d->arena, l->s, l->len, &l->flen);
        if (!l->f)
            return WT_ENOMEM;
        l->words = count_words(l->f, l->flen);
        l->kind = WT_LINE_BODY;
        p = e + 1;
    }

    /* pass 1: per-line evidence */
    wti_map seen, seen_caption;
    wti_map_init(&seen);
    wti_map_init(&seen_caption);
    wt_status st = WT_OK;
    for (size_t i = 0; i < nl && !st; i++) {
        line *l = &L[i];
        const char *nm;
        size_t nml;
        wti_date dt;
        l->classified = 1;
        if (l->len == 0) {
            l->kind = WT_LINE_EMPTY;
            continue;
        }
        size_t k = first_pattern(t, l);
        if (k < t->n_pats) {
            l->kind = t->pats[k].kind;
        } else if (l->words <= 12 &&
                   wti_clean_parse_date(t, l->s, l->len, 1, &dt)) {
            l->kind = WT_LINE_DATE;
        } else if (is_caption(l)) {
            l->kind = WT_LINE_CAPTION;
        } else if (is_paren_byline(l, &nm, &nml)) {
            l->kind = WT_LINE_BYLINE;
        } else if (mostly_domain(l)) {
            l->kind = WT_LINE_PROMO;
        } else {
            l->classified = 0;
        }
        /* a repeat of an earlier line is a duplicate; a caption repeated
         * with a credit appended repeats its opening */
        if (l->flen >= 20 && l->words >= 4 &&
            (l->kind == WT_LINE_CAPTION || !l->classified)) {
            int caption = l->kind == WT_LINE_CAPTION;
            size_t key = caption && l->flen > 80 ? 80 : l->flen;
            wti_map *m = caption ? &seen_caption : &seen;
            if (wti_map_has(m, l->f, key)) {
                l->kind = WT_LINE_DUPLICATE;
                l->classified = 1;
            } else {
                st = wti_map_put(m, l->f, key, i);
            }
        }
    }
    wti_map_free(&seen_caption);
    wti_map_free(&seen);
    if (st)
        return st;

    /* pass 2: the header zone */
    size_t body_start = nl, title_at = nl;
    size_t cand[8], ncand = 0;
    dateline dl;
    for (size_t i = 0; i < nl; i++) {
        line *l = &L[i];
        if (l->classified)
            continue;
        if (parse_dateline(t, l, 1, &dl)) {
            body_start = i;
            break;
        }
        int32_t last = last_cp(l->s, l->len);
        int unpunct = wti_is_alpha(last) || wti_is_digit(last) ||
                      last == ')' || last == '?' || last == '!' ||
                      last == '%' || wti_is_quote(last);
        /* a title ends without a full stop ("...?" and "...!" allowed) */
        int titled = unpunct && (last == '?' || last == '!' ||
                                 !ends_sentence(l->s, l->len));
        /* "Padel dari Mana? Ini Sejarahnya" is a title; a paragraph with
         * a full stop inside is not */
        if (titled && l->words <= 30 && ncand < 8 && !list_like(l) &&
            inner_sentence_ends(l, 1) == 0) {
            cand[ncand++] = i;
            continue;
        }
        body_start = i;
        break;
    }
    if (ncand) {
        /* The longest candidate is the title; shorter ones before it are
         * rubrics, ones after it a deck.  When the body never starts, the
         * "candidates" were the body itself. */
        if (body_start == nl) {
            body_start = cand[0];
        } else {
            size_t best = 0;
            for (size_t c = 1; c < ncand; c++)
                if (L[cand[c]].words > L[cand[best]].words)
                    best = c;
            for (size_t c = 0; c < ncand; c++) {
                line *l = &L[cand[c]];
                l->classified = 1;
                l->kind = c < best    ? WT_LINE_RUBRIC
                          : c == best ? WT_LINE_TITLE
                                      : WT_LINE_DECK;
            }
            title_at = cand[best];
        }
    }
    /* deck: one sentence right after the title, before more body (not in
     * a structured record, whose body field is all body) */
    if (title_at < nl && body_start < nl && !d->record) {
        int gap_ok = 1;
        for (size_t j = title_at + 1; j < body_start; j++)
            if (L[j].kind != WT_LINE_EMPTY && L[j].kind != WT_LINE_DECK)
                gap_ok = 0;
        line *l = &L[body_start];
        size_t next = body_start + 1, after = 0;
        while (next < nl && L[next].classified)
            next++;
        for (size_t j = next; j < nl; j++)
            after += !L[j].classified;
        size_t dummy;
        int one_sentence = l->words <= 40 && ends_sentence(l->s, l->len) &&
                           !find_dash(l->s, l->len, 80, &dummy);
        if (one_sentence)
            one_sentence = inner_sentence_ends(l, 0) == 0;
        if (gap_ok && one_sentence && after >= 2 &&
            !parse_dateline(t, l, 1, &dl)) {
            l->kind = WT_LINE_DECK;
            l->classified = 1;
            body_start = next;
        }
    }

    /* pass 3: the body zone */
    int paragraphs = 0;
    for (size_t i = body_start; i < nl; i++) {
        line *l = &L[i];
        if (l->classified)
            continue;
        if (paragraphs < 3 && parse_dateline(t, l, paragraphs == 0, &dl)) {
            l->strip = dl.strip;
            if (!d->dateline_place && !d->dateline_agency) {
                if (dl.place)
                    d->dateline_place =
                        wti_arena_strndup(&d->arena, dl.place, dl.place_len);
                if (dl.agency) {
                    d->dateline_agency = wti_arena_strndup(
                        &d->arena, dl.agency, dl.agency_len);
                    size_t fl;
                    char *fa = d->dateline_agency
                                   ? fold_line(&d->arena, dl.agency,
                                               dl.agency_len, &fl)
                                   : NULL;
                    if (fa)
                        set_outlet(d, t, fa, fl, 1);
                }
            }
            paragraphs++;
            continue;
        }
        /* a heading: short, unpunctuated, capitalized, before a paragraph */
        int32_t last = last_cp(l->s, l->len);
        int unpunct = wti_is_alpha(last) || wti_is_digit(last) || last == '?';
        int colon_head = last == ':' && l->words <= 6 &&
                         capital_share(l->s, l->len) >= 0.75;
        if ((unpunct || colon_head) && l->words >= 1 && l->words <= 15 &&
            l->len <= 140 && wti_starts_upper(l->s, l->len) && !list_like(l)) {
            size_t next = i + 1;
            while (next < nl && L[next].classified)
                next++;
            size_t prev = i;
            while (prev > body_start && L[prev - 1].classified)
                prev--;
            int prev_ok = prev == body_start || prev == 0 ||
                          paragraph_like(&L[prev - 1]) ||
                          L[prev - 1].kind == WT_LINE_HEADING;
            if (next < nl && paragraph_like(&L[next]) && prev_ok &&
                (capital_share(l->s, l->len) >= 0.3 || l->words <= 6)) {
                l->kind = WT_LINE_HEADING;
                l->classified = 1;
                continue;
            }
        }
        paragraphs++;
    }

    /* text, removed list, metadata */
    wti_buf text;
    wti_buf_init(&text, 0);
    size_t hcap = 0;
    for (size_t i = 0; i < nl; i++) {
        line *l = &L[i];
        if (l->kind == WT_LINE_BODY) {
            if (l->strip) {
                st = push_removed(d, l->s, l->strip, WT_LINE_DATELINE);
                if (st)
                    break;
            }
            const char *s = l->s + l->strip;
            size_t len = l->len - l->strip;
            if (!len)
                continue;
            if (text.len)
                wti_buf_putc(&text, '\n');
            wti_buf_put(&text, s, len);
            continue;
        }
        st = push_removed(d, l->s, l->len, l->kind);
        if (st)
            break;
        switch (l->kind) {
        case WT_LINE_TITLE:
            if (!d->title)
                d->title = wti_arena_strndup(&d->arena, l->s, l->len);
            break;
        case WT_LINE_DECK:
            if (!d->deck)
                d->deck = wti_arena_strndup(&d->arena, l->s, l->len);
            break;
        case WT_LINE_HEADING: {
            const char **h = WTI_VEC_PUSH(&d->arena, d->headings,
                                          d->n_headings, hcap);
            if (!h) {
                st = WT_ENOMEM;
                break;
            }
            size_t hl = l->len;
            if (hl && l->s[hl - 1] == ':')
                hl--;
            *h = wti_arena_strndup(&d->arena, l->s, hl);
            break;
        }
        case WT_LINE_DATE:
            if (!d->pub.year) {
                wti_date dt;
                if (wti_clean_parse_date(t, l->s, l->len, 1, &dt))
                    d->pub = dt;
            }
            break;
        case WT_LINE_BYLINE:
            if (!d->byline) {
                const char *nm;
                size_t nml;
                if (is_paren_byline(l, &nm, &nml)) {
                    d->byline = wti_arena_strndup(&d->arena, nm, nml);
                } else {
                    const char *c = memchr(l->s, ':', l->len);
                    if (c) {
                        c++;
                        while (c < l->s + l->len && *c == ' ')
                            c++;
                        d->byline = wti_arena_strndup(
                            &d->arena, c, (size_t)(l->s + l->len - c));
                    }
                }
            }
            break;
        default:
            break;
        }
        if (st)
            break;
    }
    if (st || text.err) {
        st = st ? st : text.err;
        wti_buf_free(&text);
        return st;
    }
    d->text = wti_arena_strndup(&d->arena, text.ptr ? text.ptr : "",
                                text.len);
    d->text_len = text.len;
    wti_buf_free(&text);
    if (!d->text)
        return WT_ENOMEM;

    /* outlet: dateline agency (above), then footers, promos, bylines,
     * credits, then a source line */
    static const wt_line_kind order[] = {WT_LINE_DATE, WT_LINE_FOOTER,
                                         WT_LINE_PROMO,
                                         WT_LINE_RELATED, WT_LINE_BYLINE,
                                         WT_LINE_AD};
    for (size_t o = 0; o < sizeof order / sizeof *order && !d->outlet; o++)
        for (size_t i = 0; i < nl && !d->outlet; i++)
            if (L[i].kind == order[o])
                set_outlet(d, t, L[i].f, L[i].flen,
                           order[o] == WT_LINE_FOOTER ||
                               order[o] == WT_LINE_PROMO ||
                               order[o] == WT_LINE_DATE);

    /* published: a date line, else the first "Hari (d/m/yyyy)" */
    if (!d->pub.year) {
        wti_date dt;
        if (body_day_date(t, d->text, d->text_len, &dt))
            d->pub = dt;
    }
    if (d->pub.year) {
        d->published = iso_date(&d->arena, &d->pub);
        if (!d->published)
            return WT_ENOMEM;
    }
    return WT_OK;
}
