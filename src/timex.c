/*
 * timex.c - time expressions: recognition over tokens and resolution to
 * TIMEX3 values (see timex.h and docs/timex.md).
 *
 * One pass over the tokens.  At each token the matchers below are tried in
 * a fixed order (explicit dates first, then months, years, relative
 * periods, counted units, weekdays, clock times, sets, deictic words); the
 * first that matches consumes its tokens.  Resolution uses the reference
 * date d->ref and, for "sebelumnya" / "kemudian", the anchor: the last
 * date resolved before, which follows the narrative through the article.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "map.h"
#include "number.h"
#include "timex.h"
#include "utf8.h"

#define MAX_REFS 48

struct wti_timex_tables {
    wti_numbers num;
    wti_map words;  /* "class\x1fword" -> value string */
    wti_map months; /* lowercase name -> 1..12 */
    wti_map days;   /* lowercase name -> 1..7  */
    wti_map trigger; /* every word that can start an expression */
    wti_map classes; /* lowercase word -> bits (1 << TC_*) of its classes */
    struct refphrase {
        char w[3][24];
        size_t len[3]; /* strlen of each word: compared before the bytes */
        int n;
        char value[16];
    } refs[MAX_REFS];
    int n_refs;
    wti_arena strings;
};

/* ---- dates ---------------------------------------------------------- */

long wti_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void wti_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

int wti_weekday(int y, int m, int d)
{
    long z = wti_days_from_civil(y, m, d);
    int w = (int)((z % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
    return w + 1;
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2)
        return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
    return dm[(m - 1) % 12];
}

static void iso_week(int y, int m, int d, int *wy, int *wk)
{
    long z = wti_days_from_civil(y, m, d);
    int wd = wti_weekday(y, m, d);
    long thursday = z - wd + 4;
    int ty, tm, td;
    wti_civil_from_days(thursday, &ty, &tm, &td);
    long jan1 = wti_days_from_civil(ty, 1, 1);
    *wy = ty;
    *wk = (int)((thursday - jan1) / 7 + 1);
}

/* ---- loading -------------------------------------------------------- */

/* The word classes that cls() asks for, as bits of wti_timex_tables'
 * `classes` (the lexicon may hold others: ref is read apart). */
enum tclass {
    TC_UNIT, TC_UNIT1, TC_CLOCK, TC_CLOCK1, TC_RELDIR, TC_MOD, TC_DAYREL,
    TC_PART, TC_SET, TC_SETWORD, TC_ZONE, TC_PREP, TC_FUTURE, TC_HOLIDAY,
    TC_SEASON, TC_MOTION, TC_EVENT, TC_COUNT
};
static const char *const tc_name[TC_COUNT] = {
    "unit", "unit1", "clock", "clock1", "reldir", "mod", "dayrel", "part",
    "set", "setword", "zone", "prep", "future", "holiday", "season", "motion",
    "event"};

static int class_index(const char *cls)
{
    for (int k = 0; k < TC_COUNT; k++)
        if (!strcmp(tc_name[k], cls))
            return k;
    return -1;
}

static wt_status put_class(struct wti_timex_tables *t, const char *cls,
                           const char *w, size_t wl, const char *v, size_t vl)
{
    char key[80];
    size_t cl = strlen(cls);
    if (cl + 1 + wl >= sizeof key)
        return WT_OK;
    memcpy(key, cls, cl);
    key[cl] = 0x1f;
    for (size_t i = 0; i < wl; i++) {
        char c = w[i];
        key[cl + 1 + i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    char *val = wti_arena_strndup(&t->strings, v, vl);
    if (!val)
        return WT_ENOMEM;
    int k = class_index(cls);
    if (k >= 0) {
        wt_status st = wti_map_or(&t->classes, key + cl + 1, wl, 1u << k);
        if (st)
            return st;
    }
    return wti_map_put(&t->words, key, cl + 1 + wl, (uintptr_t)val);
}

static wt_status load_names(wti_map *m, const char *file)
{
    const wti_lexfile *f = wti_lex_find(file);
    if (!f)
        return WT_EFORMAT;
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[3];
        if (wti_lex_fields(line, len, fl, 3) < 2)
            continue;
        int num = atoi(fl[1].s);
        char buf[64];
        /* the canonical name, then each comma-separated variant */
        const char *p = fl[0].s;
        size_t n = fl[0].len;
        const char *rest = fl[2].s;
        size_t rlen = fl[2].s ? fl[2].len : 0;
        for (;;) {
            if (n && n < sizeof buf) {
                for (size_t i = 0; i < n; i++)
                    buf[i] = (p[i] >= 'A' && p[i] <= 'Z') ? (char)(p[i] + 32)
                                                          : p[i];
                if (wti_map_put(m, buf, n, (uintptr_t)num) != WT_OK)
                    return WT_ENOMEM;
            }
            if (!rlen)
                break;
            const char *c = memchr(rest, ',', rlen);
            size_t take = c ? (size_t)(c - rest) : rlen;
            p = rest;
            n = take;
            rest += take + (c ? 1 : 0);
            rlen -= take + (c ? 1 : 0);
        }
    }
    return WT_OK;
}

/* The words an expression can start with: every word of the timex
 * classes, month and day names, number words, and a few openers.  A token
 * that is none of these and no number is skipped with one lookup. */
static wt_status build_triggers(struct wti_timex_tables *t)
{
    static const char *const extra[] = {"pukul", "jam", "lebih", "kurang", "sekitar", "sekira",
                                        "kira-kira", "paling", "minimal", "maksimal",
                                        "setidaknya", "sekali",
                                        "hampir", "beberapa", "sejumlah", "tadi",
                                        "dini", "hari", "bulan", "tahun",
                                        "triwulan", "kuartal", "kwartal",
                                        "semester", "abad", "keesokan", "esoknya",
                                        "tanggal", "berjam-jam", "berhari-hari",
                                        "berminggu-minggu", "berpekan-pekan",
                                        "berbulan-bulan", "bertahun-tahun",
                                        "berabad-abad", "bermenit-menit", "berpuluh",
                                        "berpuluh-puluh", "beratus", "beratus-ratus",
                                        "beribu", "beribu-ribu", "tengah",
                                        "musim", "paruh", "depannya", "kedepan", "kedepannya", "sebentar",
                                        "sejenak", "sehari-hari", "tepat", "genap"};
    wt_status st = WT_OK;
    for (size_t i = 0; i < sizeof extra / sizeof *extra && !st; i++)
        st = wti_map_put(&t->trigger, extra[i], strlen(extra[i]), 1);
    const wti_map *maps[] = {&t->words, &t->months, &t->days, &t->num.words};
    for (size_t m = 0; m < 4 && !st; m++)
        for (size_t i = 0; i < maps[m]->cap && !st; i++) {
            const wti_map_slot *sl = &maps[m]->slots[i];
            if (!sl->key)
                continue;
            const char *k = sl->key;
            size_t n = sl->len;
            const char *sep = memchr(k, 0x1f, n);
            if (sep) {
                n -= (size_t)(sep + 1 - k);
                k = sep + 1;
            }
            st = wti_map_put(&t->trigger, k, n, 1);
        }
    for (int r = 0; r < t->n_refs && !st; r++)
        st = wti_map_put(&t->trigger, t->refs[r].w[0], strlen(t->refs[r].w[0]), 1);
    return st;
}

wt_status wti_timex_load(struct wti_timex_tables **out)
{
    struct wti_timex_tables *t = calloc(1, sizeof *t);
    if (!t)
        return WT_ENOMEM;
    wti_map_init(&t->words);
    wti_map_init(&t->months);
    wti_map_init(&t->days);
    wti_map_init(&t->trigger);
    wti_map_init(&t->classes);
    wt_status st = wti_numbers_load(&t->num);
    if (!st)
        st = load_names(&t->months, "months");
    if (!st)
        st = load_names(&t->days, "days");
    const wti_lexfile *f = wti_lex_find("timex");
    if (!st && !f)
        st = WT_EFORMAT;
    if (!st) {
        wti_lexiter it;
        const char *line;
        size_t len;
        wti_lex_iter(&it, f);
        while (!st && wti_lex_next(&it, &line, &len)) {
            wti_str fl[3];
            if (wti_lex_fields(line, len, fl, 3) < 3)
                continue;
            char cls[16];
            if (fl[1].len >= sizeof cls)
                continue;
            memcpy(cls, fl[1].s, fl[1].len);
            cls[fl[1].len] = 0;
            if (!strcmp(cls, "ref") && t->n_refs < MAX_REFS) {
                struct refphrase *r = &t->refs[t->n_refs];
                size_t a = 0;
                while (a < fl[0].len && r->n < 3) {
                    size_t b = a;
                    while (b < fl[0].len && fl[0].s[b] != ' ')
                        b++;
                    if (b - a < sizeof r->w[0]) {
                        memcpy(r->w[r->n], fl[0].s + a, b - a);
                        r->w[r->n][b - a] = 0;
                        r->len[r->n] = b - a;
                        r->n++;
                    }
                    a = b + 1;
                }
                if (fl[2].len < sizeof r->value) {
                    memcpy(r->value, fl[2].s, fl[2].len);
                    r->value[fl[2].len] = 0;
                    t->n_refs++;
                }
                continue;
            }
            st = put_class(t, cls, fl[0].s, fl[0].len, fl[2].s, fl[2].len);
        }
    }
    if (!st)
        st = build_triggers(t);
    if (st) {
        wti_timex_free(t);
        return st;
    }
    *out = t;
    return WT_OK;
}

void wti_timex_free(struct wti_timex_tables *t)
{
    if (!t)
        return;
    wti_numbers_free(&t->num);
    wti_map_free(&t->words);
    wti_map_free(&t->months);
    wti_map_free(&t->days);
    wti_map_free(&t->trigger);
    wti_map_free(&t->classes);
    wti_arena_free(&t->strings);
    free(t);
}

/* ---- matching --------------------------------------------------------- */

#define FUT_UNKNOWN ((size_t)-2)

/* dini hari, the small hours after midnight, are morning (TMO), as in
 * TIMEX2/TimeML (2 a.m. is morning) and in IndoTimex's own grammar */
#define DINI_HARI "TMO"

typedef struct ctx {
    const struct wti_timex_tables *t;
    wt_doc *d;
    size_t s0, s1;   /* token range of the sentence */
    wti_date anchor; /* last resolved date (or the reference date) */
    size_t fut;      /* first future word of the sentence, SIZE_MAX when
                      * none, FUT_UNKNOWN before future_before looks */
    int has_ref;
    int anchored;    /* the anchor comes from a date in the text */
    wti_date dayanchor; /* the last date known to the day (or the ref) */
    size_t dayanchor_tok; /* the token where the text named it */
    wti_date storyday; /* the last date written out to the day (a date, a
                        * weekday, hari ini; not an attribution's nor a
                        * kemarin's): a clock's day, for 150 tokens */
    size_t storyday_tok;
    wti_date spoke;  /* the last attribution's date (", kata X, Jumat
                      * (17/10)."): the day later quotations were said */
    size_t spoke_tok;
    uint32_t *tmask; /* per token: TC_* bits of its word (wti_tok_bits) */
} ctx;

typedef struct match {
    size_t a, b;     /* tokens [a, b) */
    int y, m, day;   /* resolved date (DATE/TIME), 0 when unknown */
    int gran;        /* 0 day, 1 month, 2 year, 3 decade, 4 week */
    int week;
    int type, mod;
    char value[48];  /* when set, used as is */
    char clock[16];  /* "T10:00" appended to a date */
    int anaphor;     /* read off the anchor: does not move it */
    int attrib;      /* the date of a quotation's attribution: the time
                      * of speaking, not of the story (no anchor) */
    int y2, m2, d2;  /* a range written in one token (2018-2023,
                      * Juni-Juli 2014): the second year (and month) is
                      * a second DATE from the byte after `cut` (the
                      * dash) to the match's end; the first ends at cut */
    uint32_t cut;
} match;

/* The value of word token i in class k (TC_*), or NULL.  A token whose
 * word has no entry in the class is refused from its class bits. */
static const char *cls(const ctx *c, size_t i, int k)
{
    const wt_doc *d = c->d;
    if (i >= c->s1 || d->tokens[i].kind != WT_TOK_WORD)
        return NULL;
    if (c->tmask && !(wti_tok_bits(d, i, &c->t->classes, c->tmask) & (1u << k)))
        return NULL;
    const char *klass = tc_name[k];
    char key[64];
    size_t cl = strlen(klass);
    memcpy(key, klass, cl);
    key[cl] = 0x1f;
    size_t n = wti_tok_lower(d, i, key + cl + 1, sizeof key - cl - 1);
    const wti_map_slot *s = wti_map_get(&c->t->words, key, cl + 1 + n);
    return s ? (const char *)s->value : NULL;
}

/* cls() of a lowercase string instead of a token. */
static const char *cls_str(const ctx *c, const char *w, size_t n, int k)
{
    const char *klass = tc_name[k];
    char key[64];
    size_t cl = strlen(klass);
    if (cl + 1 + n > sizeof key)
        return NULL;
    memcpy(key, klass, cl);
    key[cl] = 0x1f;
    memcpy(key + cl + 1, w, n);
    const wti_map_slot *s = wti_map_get(&c->t->words, key, cl + 1 + n);
    return s ? (const char *)s->value : NULL;
}

static inline int is(const ctx *c, size_t i, const char *w)
{
    return i < c->s1 && wti_tok_is(c->d, i, w);
}

/* The direction word at token k and how many tokens it takes: a word of
 * class reldir (lalu, depan, ini, kemudian...), or "yang" before one
 * (tahun yang lalu, lima tahun yang terakhir), or "yang akan datang" (bulan
 * yang akan datang: the coming one).  NULL and 0 when there is none. */
static const char *reldir_at(const ctx *c, size_t k, size_t *len)
{
    const char *rd = cls(c, k, TC_RELDIR);
    *len = rd ? 1 : 0;
    if (rd || !is(c, k, "yang"))
        return rd;
    if (is(c, k + 1, "akan") && is(c, k + 2, "datang")) {
        *len = 3;
        return "+1";
    }
    rd = cls(c, k + 1, TC_RELDIR);
    if (rd && strcmp(rd, "-1") && strcmp(rd, "+1") && strcmp(rd, "last"))
        rd = NULL; /* not "hari yang kemudian udara ...": a clause goes on */
    *len = rd ? 2 : 0;
    return rd;
}

static int upper_initial(const ctx *c, size_t i)
{
    const wt_doc *d = c->d;
    if (i >= d->n_tokens)
        return 0;
    char ch = d->text[d->tokens[i].start];
    return ch >= 'A' && ch <= 'Z';
}

static int month_of(const ctx *c, size_t i)
{
    if (i >= c->s1 || c->d->tokens[i].kind != WT_TOK_WORD)
        return 0;
    char buf[32];
    size_t n = wti_tok_lower(c->d, i, buf, sizeof buf);
    const wti_map_slot *s = wti_map_get(&c->t->months, buf, n);
    return s ? (int)s->value : 0;
}

static int day_of(const ctx *c, size_t i)
{
    if (i >= c->s1 || c->d->tokens[i].kind != WT_TOK_WORD)
        return 0;
    char buf[32];
    size_t n = wti_tok_lower(c->d, i, buf, sizeof buf);
    if (n < 4) /* "Sen", "Sel" are too ambiguous in running text */
        return 0;
    const wti_map_slot *s = wti_map_get(&c->t->days, buf, n);
    return s ? (int)s->value : 0;
}

/* A digit token as a small integer, or -1. */
static long small_int(const ctx *c, size_t i)
{
    if (i >= c->s1 || c->d->tokens[i].kind != WT_TOK_NUMBER)
        return -1;
    const wt_token *tk = &c->d->tokens[i];
    long v = 0;
    for (uint32_t k = tk->start; k < tk->end; k++) {
        char ch = c->d->text[k];
        if (ch < '0' || ch > '9' || v > 100000)
            return -1;
        v = v * 10 + (ch - '0');
    }
    return v;
}

static int is_year(long v)
{
    return v >= 1000 && v <= 2999;
}

/* The three numbers of a number token "a/b/c" or "a-b-c" (one kind of
 * separator, up to four digits each) into part[], the last part's digit
 * count into *last; 0 when the token is not one. */
static int three_parts(const ctx *c, size_t i, long part[3], int *last, char *sepout)
{
    if (i >= c->s1 || c->d->tokens[i].kind != WT_TOK_NUMBER)
        return 0;
    const wt_token *tk = &c->d->tokens[i];
    int np = 0, digits = 0;
    char sep = 0;
    part[0] = part[1] = part[2] = 0;
    for (uint32_t k = tk->start; k < tk->end; k++) {
        char ch = c->d->text[k];
        if (ch >= '0' && ch <= '9') {
            part[np] = part[np] * 10 + (ch - '0');
            if (++digits > 4)
                return 0;
        } else if ((ch == '/' || ch == '-') && (!sep || sep == ch) && np < 2) {
            sep = ch;
            np++;
            digits = 0;
        } else {
            return 0;
        }
    }
    *last = digits;
    *sepout = sep;
    return np == 2;
}

/* d/m/y or y-m-d in one token. */
static int dmy(const ctx *c, size_t i, int *y, int *m, int *d)
{
    long part[3];
    int last;
    char sep;
    if (!three_parts(c, i, part, &last, &sep))
        return 0;
    if (is_year(part[0])) {
        *y = (int)part[0], *m = (int)part[1], *d = (int)part[2];
    } else if (is_year(part[2])) {
        *d = (int)part[0], *m = (int)part[1], *y = (int)part[2];
    } else {
        return 0;
    }
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= days_in_month(*y, *m);
}

/* d/m in one token (Senin (27/12)): day and month, no year. */
static int dm(const ctx *c, size_t i, int *m, int *d)
{
    if (i >= c->s1 || c->d->tokens[i].kind != WT_TOK_NUMBER)
        return 0;
    const wt_token *tk = &c->d->tokens[i];
    long part[2] = {0, 0};
    int np = 0, digits = 0;
    for (uint32_t k = tk->start; k < tk->end; k++) {
        char ch = c->d->text[k];
        if (ch >= '0' && ch <= '9') {
            part[np] = part[np] * 10 + (ch - '0');
            if (++digits > 2)
                return 0;
        } else if (ch == '/' && np == 0 && digits) {
            np = 1;
            digits = 0;
        } else {
            return 0;
        }
    }
    if (np != 1 || !digits)
        return 0;
    *d = (int)part[0], *m = (int)part[1];
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= days_in_month(2000, *m);
}

/* Does the sentence before token i speak of the future?  The sentence's
 * first future word is looked for on the first question only: most
 * sentences hold no time expression to ask it. */
static int future_before(const ctx *c0, size_t i)
{
    ctx *c = (ctx *)c0; /* the cache of the one ctx wti_timex_run owns */
    if (c->fut == FUT_UNKNOWN) {
        c->fut = (size_t)-1;
        for (size_t k = c->s0; k < c->s1; k++)
            if (cls(c, k, TC_FUTURE)) {
                c->fut = k;
                break;
            }
    }
    return c->fut < i;
}

/* waktu setempat, waktu Singapura: a zone named in words after a time
 * (pukul 10.00 waktu setempat, Senin (20/10) pagi waktu setempat); the
 * number of tokens it takes. */
static size_t zone_words(const ctx *c, size_t k)
{
    if (is(c, k, "waktu") && k + 1 < c->s1 && c->d->tokens[k + 1].kind == WT_TOK_WORD &&
        (is(c, k + 1, "setempat") || upper_initial(c, k + 1)))
        return 2;
    return 0;
}

/* Token i written as a clock, H.MM or HH.MM (also H:MM): 1 with the
 * hour and minutes read (not yet checked for range), else 0. */
static int hh_mm(const ctx *c, size_t i, int *hh, int *mm)
{
    const wt_token *tk = &c->d->tokens[i];
    const char *s = c->d->text + tk->start;
    size_t n = tk->end - tk->start;
    if (n == 5 && (s[2] == '.' || s[2] == ':')) {
        *hh = (s[0] - '0') * 10 + (s[1] - '0');
        *mm = (s[3] - '0') * 10 + (s[4] - '0');
        return 1;
    }
    if (n == 4 && (s[1] == '.' || s[1] == ':')) {
        *hh = s[0] - '0';
        *mm = (s[2] - '0') * 10 + (s[3] - '0');
        return 1;
    }
    return 0;
}

/* A clock time after a date: [pukul] HH.MM|HH:MM [WIB], or a dateline's
 * ", HH:MM WIB".  Returns the tokens consumed and writes "THH:MM" into
 * m->clock.  A comma before pukul ends the date: `tanggal 28 September
 * 2018, pukul 18.02 WITA` is two expressions (the clock then takes the
 * date before it in m_clock). */
static size_t clock_after(const ctx *c, size_t i, match *m)
{
    size_t k = i;
    int comma = is(c, k, ",");
    if (comma)
        k++;
    int pukul = is(c, k, "pukul") || is(c, k, "jam");
    if (comma && pukul)
        return 0;
    if (pukul)
        k++;
    if (k >= c->s1)
        return 0;
    int hh = -1, mm = 0;
    wti_num wn;
    if (pukul && c->d->tokens[k].kind == WT_TOK_WORD) {
        /* pukul satu siang, pukul lima sore: the hour in words */
        if (!wti_num_read(&c->t->num, c->d, k, &wn) || !wn.words || wn.ntok != 1 ||
            wn.value != (long)wn.value || wn.value < 1 || wn.value > 12)
            return 0;
        hh = (int)wn.value;
    } else if (c->d->tokens[k].kind != WT_TOK_NUMBER) {
        return 0;
    }
    size_t n = c->d->tokens[k].end - c->d->tokens[k].start;
    if (hh < 0 && !hh_mm(c, k, &hh, &mm) && pukul && n <= 2)
        hh = (int)small_int(c, k);
    if (hh < 0 || hh > 24 || mm < 0 || mm > 59)
        return 0;
    k++;
    int zone = cls(c, k, TC_ZONE) != NULL;
    if (!pukul && !zone)
        return 0;
    if (zone)
        k++;
    /* pukul 07.00 pagi, jam 3 sore, jam 10 malam: the part of the day
     * belongs to the time and says which half of the clock */
    const char *part = !zone ? cls(c, k, TC_PART) : NULL;
    if (part) {
        if ((!strcmp(part, "TAF") || !strcmp(part, "TEV")) && hh >= 1 && hh < 12)
            hh += 12;
        else if (!strcmp(part, "TNI") && hh >= 6 && hh < 12)
            hh += 12;
        k++;
        if (cls(c, k, TC_ZONE))
            k++;
    }
    /* pukul 13.57 waktu Singapura, pukul 10.00 waktu setempat: the zone
     * named in words belongs to the time */
    if (pukul)
        k += zone_words(c, k);
    snprintf(m->clock, sizeof m->clock, "T%02d:%02d", hh, mm);
    return k - i;
}

/* Resolves a day and month (day 0: the month alone) without a year to a
 * year around the reference date.  `dir`: -1 strictly before it (lalu),
 * -2 on or before it (sejak), +1 on or after it (mendatang, a future
 * sentence), 0 the nearest reading: from about nine months before to two
 * months after the reference date, as news speaks of the recent past
 * more than of the coming months. */
static int year_for(const ctx *c, int m, int day, int dir)
{
    const wti_date *r = &c->d->ref;
    if (!r->year)
        return 0;
    int y = r->year;
    if (!day) { /* months: compare month numbers, not first days */
        int dm = r->month ? m - r->month : 0;
        if ((dir == -1 && dm >= 0) || (dir == -2 && dm > 0) ||
            (dir == 0 && dm > 2))
            y--;
        else if ((dir == 1 && dm < 0) || (dir == 0 && dm < -9))
            y++;
        return y;
    }
    long ref = wti_days_from_civil(r->year, r->month ? r->month : 1,
                                   r->day ? r->day : 1);
    long x = wti_days_from_civil(y, m, day);
    if ((dir == -1 && x >= ref) || (dir == -2 && x > ref) ||
        (dir == 0 && x > ref + 62))
        y--;
    else if ((dir == 1 && x < ref) || (dir == 0 && x < ref - 302))
        y++;
    return y;
}

/* Is token i right after "sejak" (since), which puts a date in the past? */
static int after_since(const ctx *c, size_t i)
{
    return i > c->s0 && (is(c, i - 1, "sejak") || is(c, i - 1, "semenjak"));
}

/* The direction of a date without a year from its sentence: since (-2),
 * a future sentence (+1), or none (0). */
static int sentence_dir(const ctx *c, size_t i)
{
    if (after_since(c, i))
        return -2;
    return future_before(c, i) ? 1 : 0;
}

/* The end of the run of ASCII digits of s[0, n) that starts at i. */
static size_t digit_run(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    return i;
}

/* 20-22 November 2019, 14-15 September: a range of days in one token
 * before its month, two DATEs (the first over the token's first day). */
static int day_range(const ctx *c, size_t k, match *m)
{
    if (k >= c->s1 || (c->d->tokens[k].kind != WT_TOK_NUMBER &&
                       c->d->tokens[k].kind != WT_TOK_WORD))
        return 0;
    const wt_token *tk = &c->d->tokens[k];
    const char *t = c->d->text + tk->start;
    size_t n = tk->end - tk->start, a = digit_run(t, n, 0);
    if (a < 1 || a > 2 || a + 2 > n || n - a - 1 > 2 || t[a] != '-')
        return 0;
    int d1 = 0, d2 = 0;
    for (size_t j = 0; j < a; j++)
        d1 = d1 * 10 + (t[j] - '0');
    for (size_t j = a + 1; j < n; j++) {
        if (t[j] < '0' || t[j] > '9')
            return 0;
        d2 = d2 * 10 + (t[j] - '0');
    }
    int mo = month_of(c, k + 1);
    if (!mo || d1 < 1 || d2 <= d1)
        return 0;
    long yr = small_int(c, k + 2);
    int y;
    if (is_year(yr))
        y = (int)yr, m->b = k + 3;
    else if ((y = year_for(c, mo, d2, sentence_dir(c, k))) != 0)
        m->b = k + 2;
    else
        return 0;
    if (d2 > days_in_month(y, mo))
        return 0;
    m->y = m->y2 = y, m->m = m->m2 = mo, m->day = d1, m->d2 = d2, m->gran = 0;
    m->cut = tk->start + (uint32_t)a;
    return 1;
}

static int sent_initial(const ctx *c, size_t i);
static int day_month_range(const ctx *c, size_t k, match *m);
static int four_digits(const char *s);

/* A "d/m/yy" token whose 20yy date falls on weekday wd. */
static int dmyy(const ctx *c, size_t i, int wd, int *y, int *mo, int *d)
{
    long part[3];
    int last;
    char sep;
    if (!three_parts(c, i, part, &last, &sep) || sep != '/' || last != 2 || part[0] > 31 ||
        part[1] < 1 || part[1] > 12 || part[0] < 1 ||
        part[0] > days_in_month(2000 + (int)part[2], (int)part[1]) ||
        wti_weekday(2000 + (int)part[2], (int)part[1], (int)part[0]) != wd)
        return 0;
    *y = 2000 + (int)part[2], *mo = (int)part[1], *d = (int)part[0];
    return 1;
}

/* The year of a yearless date written with its weekday, y as the
 * sentence read it: the weekday says which year when the sentence pushed
 * the date off its nearest reading and only that reading falls on it
 * (Rabu (28/5) or Selasa, 17 September in a future sentence of June or of
 * 20 September is the day just past, not next year's); a weekday written
 * wrong does not move a date. */
static int weekday_year(const ctx *c, int y, int mo, int dd, int wday)
{
    int y0 = year_for(c, mo, dd, 0);
    if (y0 != y && dd <= days_in_month(y0, mo) && wti_weekday(y0, mo, dd) == wday &&
        (dd > days_in_month(y, mo) || wti_weekday(y, mo, dd) != wday))
        return y0;
    return y;
}

/* 1. explicit dates: [Day[,]] ( d/m/y ) | d/m/y | D Month [YYYY] [lalu] */
static int m_explicit(ctx *c, size_t i, match *m)
{
    size_t k = i;
    if (is(c, k, "hari") && day_of(c, k + 1))
        k++;
    int wday = upper_initial(c, k) ? day_of(c, k) : 0, wd = wday != 0;
    const char *part0 = NULL;
    if (wd) {
        k++;
        if (is(c, k, ","))
            k++;
        /* Senin sore (9/9/2019): the part of the day before the date */
        else if (cls(c, k, TC_PART) && is(c, k + 1, "("))
            part0 = cls(c, k, TC_PART), k++;
        else if (is(c, k, "dini") && is(c, k + 1, "hari") && is(c, k + 2, "("))
            part0 = DINI_HARI, k += 2; /* Jumat dini hari (13/9/2019) */
        /* Selasa malam, 10 September 2019 */
        else if (cls(c, k, TC_PART) && is(c, k + 1, ",") && small_int(c, k + 2) > 0 &&
                 month_of(c, k + 3))
            part0 = cls(c, k, TC_PART), k += 2;
        /* hari Kamis tanggal 05 September 2019 */
        else if (is(c, k, "tanggal") && small_int(c, k + 1) > 0 &&
                 (month_of(c, k + 2) || c->d->tokens[k + 1].end - c->d->tokens[k + 1].start > 2))
            k++;
    }
    int y, mo, dd, noyear = 0;
    if (is(c, k, "(") && dmy(c, k + 1, &y, &mo, &dd) && is(c, k + 2, ")")) {
        k += 3;
    } else if (!wd && k == i && i >= c->s0 + 3 && is(c, i - 1, "(") && upper_initial(c, i - 2) &&
               !sent_initial(c, i - 2) && dm(c, k, &mo, &dd) && is(c, k + 1, ")") &&
               (k + 2 >= c->s1 || is(c, k + 2, ".") || is(c, k + 2, ",")) &&
               (is(c, i - 3, "di") || (i >= c->s0 + 4 && upper_initial(c, i - 3) && is(c, i - 4, "di")))) {
        /* kata X di Sepinggan (22/3).: "di", a place name and the d/m
         * ending the clause, the dateline of an account (not a score,
         * Persib (2/1)) */
        k += 1;
        noyear = 1;
        y = year_for(c, mo, dd, sentence_dir(c, i));
        if (!y || dd > days_in_month(y, mo))
            return 0;
    } else if (wd && is(c, k, "(") && is(c, k + 2, ")") && dmyy(c, k + 1, wday, &y, &mo, &dd)) {
        k += 3; /* Selasa (10/9/19): a two-digit year the weekday vouches for */
    } else if (wd && is(c, k, "(") && dm(c, k + 1, &mo, &dd) && is(c, k + 2, ")")) {
        /* Senin (27/12): the weekday vouches for the d/m */
        k += 3;
        noyear = 1;
        y = year_for(c, mo, dd, sentence_dir(c, i));
        if (!y)
            return 0;
        y = weekday_year(c, y, mo, dd, wday);
        if (dd > days_in_month(y, mo))
            return 0;
    } else if (dmy(c, k, &y, &mo, &dd)) {
        k += 1;
    } else if (!wd && day_range(c, k, m)) {
        m->a = i; /* 20-22 November 2019 */
        return 1;
    } else if (!wd && day_month_range(c, k, m)) {
        m->a = i; /* 16 September-30 Desember 2019 */
        return 1;
    } else {
        long day = small_int(c, k);
        mo = month_of(c, k + 1);
        /* 17 hingga 22 September mendatang, 23 - 25 September 2019: the
         * first day of a range takes the month and year of the second */
        match to;
        if (!mo && !wd && day >= 1 && day <= 31 && k + 3 < c->s1 &&
            (is(c, k + 1, "hingga") || is(c, k + 1, "sampai") || is(c, k + 1, "-") ||
             is(c, k + 1, "\xe2\x80\x93") || is(c, k + 1, "dan")) &&
            small_int(c, k + 2) > day && month_of(c, k + 3) &&
            (memset(&to, 0, sizeof to), m_explicit(c, k + 2, &to)) && to.gran == 0 &&
            day <= days_in_month(to.y, to.m)) {
            m->a = i, m->b = k + 1;
            m->y = to.y, m->m = to.m, m->day = (int)day, m->gran = 0;
            return 1;
        }
        if (day < 1 || day > 31 || !mo)
            return 0;
        dd = (int)day;
        k += 2;
        long yr = small_int(c, k);
        if (is_year(yr)) {
            y = (int)yr;
            k++;
        } else if (is(c, k, "di") && is_year(small_int(c, k + 1)) &&
                   c->d->tokens[k + 1].end - c->d->tokens[k + 1].start == 4) {
            y = (int)small_int(c, k + 1); /* 1 Januari di 2004: that year's */
        } else {
            int dir = 0;
            if (cls(c, k, TC_RELDIR) && !strcmp(cls(c, k, TC_RELDIR), "-1")) {
                dir = -1;
                k++;
            } else if (is(c, k, "mendatang") || is(c, k, "depan")) {
                dir = 1;
                k++;
            } else {
                dir = sentence_dir(c, i);
            }
            y = year_for(c, mo, dd, dir);
            if (!y)
                return 0;
            if (wday) /* Selasa, 17 September in a future sentence */
                y = weekday_year(c, y, mo, dd, wday);
        }
        if (dd > days_in_month(y, mo))
            return 0;
    }
    m->a = i;
    m->y = y, m->m = mo, m->day = dd, m->gran = 0;
    k += clock_after(c, k, m);
    /* Senin (29/12/2014) malam: the part of the day is the date's */
    if (!m->clock[0]) {
        const char *part = cls(c, k, TC_PART);
        /* Rabu (18/9/2019) dini hari WIB: a zone after the part of the
         * day is the time's (a zone right after a date is not) */
        if (part) {
            snprintf(m->clock, sizeof m->clock, "%s", part);
            k++;
            k += cls(c, k, TC_ZONE) ? 1 : zone_words(c, k);
        } else if (is(c, k, "dini") && is(c, k + 1, "hari")) {
            snprintf(m->clock, sizeof m->clock, "%s", DINI_HARI);
            k += 2;
            k += cls(c, k, TC_ZONE) ? 1 : zone_words(c, k);
        }
    }
    if (!m->clock[0] && part0)
        snprintf(m->clock, sizeof m->clock, "%s", part0);
    if (m->clock[0])
        m->type = WT_TIME_TIME;
    /* 27 November 2014 lalu, Rabu (10/9/2025) lalu, 8 Oktober 2025 yang
     * lalu, Selasa, 26 Agustus 2025 besok, Sabtu 14 September 2019 malam
     * kemarin, Jumat (20/9/2019) ini: the direction word belongs to the
     * expression */
    int past = 0;
    if (is(c, k, "yang") && is(c, k + 1, "lalu"))
        k += 2, past = 1;
    else if (is(c, k, "lalu") || is(c, k, "silam") || is(c, k, "kemarin") ||
             is(c, k, "mendatang") || is(c, k, "nanti") || is(c, k, "besok") ||
             is(c, k, "ini"))
        past = is(c, k, "lalu") || is(c, k, "silam") || is(c, k, "kemarin"), k++;
    /* Jumat (10/10) lalu in a future sentence: lalu puts it before */
    if (past && noyear && c->d->ref.year &&
        wti_days_from_civil(m->y, m->m, m->day) >
            wti_days_from_civil(c->d->ref.year, c->d->ref.month ? c->d->ref.month : 1,
                                c->d->ref.day ? c->d->ref.day : 1)) {
        int y1 = year_for(c, mo, dd, -1);
        if (y1 && dd <= days_in_month(y1, mo))
            m->y = y1;
    }
    /* ", kata X, Senin (20/10/2025)." closing a sentence: the day of
     * speaking, not a time of the story */
    if (wd && i > c->s0 && is(c, i - 1, ",") && (k >= c->s1 || is(c, k, ".")))
        m->attrib = 1;
    m->b = k;
    return 1;
}

/* The first token of the paragraph after the one holding token i. */
static size_t para_end(const ctx *c, size_t i)
{
    const wt_doc *d = c->d;
    size_t k = i + 1;
    while (k < d->n_tokens && !wti_tok_para_break(d, k))
        k++;
    return k;
}

/* Is token i inside a quotation opened earlier in its paragraph? */
static int in_quote(const ctx *c, size_t i)
{
    const unsigned char *t = (const unsigned char *)c->d->text;
    uint32_t e = c->d->tokens[i].start, s = e;
    int open = 0;
    while (s > 0 && t[s - 1] != '\n')
        s--;
    for (uint32_t k = s; k < e; k++) {
        if (t[k] == '"')
            open = !open;
        else if (t[k] == 0xe2 && k + 2 < e && t[k + 1] == 0x80 && (t[k + 2] == 0x9c || t[k + 2] == 0x9d))
            open = t[k + 2] == 0x9c; /* the curly quotes */
    }
    return open;
}

/* The date of the attribution that closes the sentence of token i
 * (`"...," ujar Adies, Rabu (20/8/2025).`, the year may be left out:
 * `Jumat (17/10).`), or, when token i is inside a quotation, the one
 * closing that quotation later in the paragraph; 0 when there is none.
 * A quotation's kemarin is the day before it was said. */
static int speech_date(const ctx *c, size_t i, int *y, int *mo, int *d)
{
    if (!c->d->n_tokens)
        return 0;
    if (i >= c->d->n_tokens)
        i = c->d->n_tokens - 1; /* called with the token after an expression */
    ctx pc = *c;
    size_t end = para_end(c, i);
    int quoted = -1;
    pc.s1 = end;
    for (size_t k = i + 1; k + 4 < end; k++) {
        if (k >= c->s1) {
            if (quoted < 0)
                quoted = in_quote(c, i);
            if (!quoted)
                return 0;
        }
        if (!is(&pc, k, ",") || !day_of(&pc, k + 1) || !is(&pc, k + 2, "(") ||
            !is(&pc, k + 4, ")"))
            continue;
        if (!dmy(&pc, k + 3, y, mo, d)) {
            if (!dm(&pc, k + 3, mo, d) || !(*y = year_for(c, *mo, *d, -2)))
                continue;
        }
        if (k + 5 < end && !is(&pc, k + 5, "."))
            continue;
        return 1;
    }
    /* a quotation with no date of its own, after an attribution that had
     * one, in the week before the reference date (a speaker's words go
     * on, said the same day) */
    const wti_date *r = &c->d->ref;
    long back = c->spoke.day && r->day ? wti_days_from_civil(r->year, r->month, r->day) -
                                             wti_days_from_civil(c->spoke.year, c->spoke.month,
                                                                 c->spoke.day)
                                       : -1;
    if (back >= 0 && back <= 7 && c->spoke_tok < i && i - c->spoke_tok <= 600 &&
        (quoted > 0 || (quoted < 0 && in_quote(c, i)))) {
        *y = c->spoke.year, *mo = c->spoke.month, *d = c->spoke.day;
        return 1;
    }
    return 0;
}

/* The day the sentence calls "today" when it is not the reference date:
 * "sejak kemarin sore hingga Selasa pagi ini" in an article of Sunday
 * was written on Tuesday, and its kemarin is Monday.  A weekday before
 * "ini" (after a part of the day or not), the last such day on or before
 * the reference; 0 when the sentence has none or it is the reference. */
static int sentence_today(const ctx *c, int *y, int *mo, int *d)
{
    const wti_date *r = &c->d->ref;
    if (!r->day)
        return 0;
    for (size_t k = c->s0; k + 1 < c->s1; k++) {
        int wd = day_of(c, k);
        if (!wd || !upper_initial(c, k) || is(c, k, "minggu")) /* Minggu ini: this week */
            continue;
        if (!(is(c, k + 1, "ini") || (cls(c, k + 1, TC_PART) && is(c, k + 2, "ini"))))
            continue;
        int rw = wti_weekday(r->year, r->month, r->day);
        if (wd == rw)
            return 0;
        long z = wti_days_from_civil(r->year, r->month, r->day) - (rw - wd + 7) % 7;
        wti_civil_from_days(z, y, mo, d);
        return 1;
    }
    return 0;
}

/* awal / akhir / pertengahan before a period */
static int mod_of(const char *v)
{
    if (!v)
        return WT_MOD_NONE;
    if (!strcmp(v, "START"))
        return WT_MOD_START;
    if (!strcmp(v, "END"))
        return WT_MOD_END;
    return WT_MOD_MID;
}

/* Is the token at i a word starting with a capital right after a
 * sentence start or an opening quote or parenthesis? */
static int sent_initial(const ctx *c, size_t i)
{
    if (i <= c->s0)
        return 1;
    const wt_token *p = &c->d->tokens[i - 1];
    if (p->kind == WT_TOK_WORD || p->kind == WT_TOK_NUMBER)
        return 0;
    unsigned char ch = (unsigned char)c->d->text[p->start];
    return ch == '"' || ch == '(' || ch == '\'' || ch == 0xe2; /* “ ‘ */
}

/* A capitalized month name standing alone as a date: the full name (Mei,
 * Januari; not Jan, Mar), no capitalized word after it, and none before
 * it unless it opens the sentence. */
static int bare_month(const ctx *c, size_t i)
{
    const wt_token *tk = &c->d->tokens[i];
    size_t n = tk->end - tk->start;
    if (n < 4 && !(n == 3 && is(c, i, "mei")))
        return 0;
    if (i + 1 < c->s1 && c->d->tokens[i + 1].kind == WT_TOK_WORD &&
        (upper_initial(c, i + 1) ||
         (c->d->text[c->d->tokens[i + 1].start] >= '0' &&
          c->d->text[c->d->tokens[i + 1].start] <= '9')))
        return 0; /* Juni Rahmawati; Mei 2021-Desember 2022 (a range) */
    if (i > c->s0 && c->d->tokens[i - 1].kind == WT_TOK_WORD && upper_initial(c, i - 1) &&
        !sent_initial(c, i - 1))
        return 0;
    return 1;
}

/* The year written after a list of months that goes on at token k
 * (", Oktober, dan November 2020", "hingga Desember di 2020"), 0 when
 * the list ends without one; a month alone before "di YYYY" takes it
 * too. */
static int list_year(const ctx *c, size_t k)
{
    for (int n = 0; n < 12 && k < c->s1; n++) {
        if (is(c, k, ",") && is(c, k + 1, "dan"))
            k++;
        if (!(n == 0 && is(c, k, "di")) &&
            (is(c, k, ",") || is(c, k, "dan") || is(c, k, "hingga") || is(c, k, "sampai") ||
             is(c, k, "atau") || is(c, k, "-")) &&
            month_of(c, k + 1) && upper_initial(c, k + 1)) {
            k += 2;
            continue;
        }
        if (is(c, k, "di") || is(c, k, "tahun"))
            k++;
        long yr = small_int(c, k);
        if (k < c->s1 && is_year(yr) && c->d->tokens[k].end - c->d->tokens[k].start == 4)
            return n > 0 || is(c, k - 1, "di") ? (int)yr : 0;
        return 0;
    }
    return 0;
}

/* 2. months: [awal] [bulan] Month [YYYY | lalu | ini | depan] */
/* Juni-Juli 2014, Januari-Maret 2019: two months in one token before a
 * year, two DATEs (the first over the token's first month). */
static int month_range(const ctx *c, size_t k, match *m)
{
    const wt_token *tk = &c->d->tokens[k];
    if (tk->kind != WT_TOK_WORD || tk->end - tk->start > 24)
        return 0;
    char w[28];
    size_t n = wti_tok_lower(c->d, k, w, sizeof w);
    const char *dash = memchr(w, '-', n);
    if (!dash)
        return 0;
    size_t a = (size_t)(dash - w);
    const wti_map_slot *s1 = wti_map_get(&c->t->months, w, a);
    const wti_map_slot *s2 = wti_map_get(&c->t->months, dash + 1, n - a - 1);
    if (!s1 || !s2)
        return 0;
    long yr = small_int(c, k + 1);
    if (is_year(yr) && c->d->tokens[k + 1].end - c->d->tokens[k + 1].start == 4) {
        m->b = k + 2;
    } else {
        /* periode Juni-Juli: the nearest year of the second month */
        yr = year_for(c, (int)s2->value, 0, sentence_dir(c, k));
        if (!yr || s1->value > s2->value)
            return 0;
        m->b = k + 1;
    }
    m->y = m->y2 = (int)yr, m->m = (int)s1->value, m->m2 = (int)s2->value, m->gran = 1;
    m->cut = tk->start + (uint32_t)a;
    return 1;
}

/* "16 September-30 Desember 2019": a day at k, then one token joining
 * its month and the second day by a dash, then the second month and maybe
 * the year (the first date takes the year before when its month comes
 * after the second's).  Two DATEs split at the dash (m->cut). */
static int day_month_range(const ctx *c, size_t k, match *m)
{
    long d1 = small_int(c, k);
    if (d1 < 1 || d1 > 31 || k + 2 >= c->s1)
        return 0;
    const wt_token *tk = &c->d->tokens[k + 1];
    if (tk->kind != WT_TOK_WORD || tk->end - tk->start > 24)
        return 0;
    char w[28];
    size_t n = wti_tok_lower(c->d, k + 1, w, sizeof w);
    const char *dash = memchr(w, '-', n);
    if (!dash)
        return 0;
    size_t a = (size_t)(dash - w), nd = n - a - 1;
    const wti_map_slot *s1 = wti_map_get(&c->t->months, w, a);
    if (!s1 || nd < 1 || nd > 2 || dash[1] < '0' || dash[1] > '9' ||
        (nd == 2 && (dash[2] < '0' || dash[2] > '9')))
        return 0;
    int d2 = nd == 1 ? dash[1] - '0' : (dash[1] - '0') * 10 + (dash[2] - '0');
    int mo1 = (int)s1->value, mo2 = month_of(c, k + 2);
    if (!mo2 || d2 < 1)
        return 0;
    long yr = small_int(c, k + 3);
    size_t b = k + 3;
    if (is_year(yr) && c->d->tokens[k + 3].end - c->d->tokens[k + 3].start == 4)
        b++;
    else if (!(yr = year_for(c, mo2, d2, sentence_dir(c, k))))
        return 0;
    int y1 = mo1 > mo2 ? (int)yr - 1 : (int)yr;
    if (d1 > days_in_month(y1, mo1) || d2 > days_in_month((int)yr, mo2))
        return 0;
    m->y = y1, m->m = mo1, m->day = (int)d1, m->gran = 0;
    m->y2 = (int)yr, m->m2 = mo2, m->d2 = d2;
    m->cut = tk->start + (uint32_t)a;
    m->b = b;
    return 1;
}

/* A month name written in lowercase at k (bulan september, februari
 * 2003, november lalu): a full name with a cue, "bulan" before it or a
 * year or a direction word after it. */
static int lower_month_ok(const ctx *c, size_t k, int bulan)
{
    static const char *const full[] = {"januari", "februari", "maret", "april", "mei",
                                       "juni", "juli", "agustus", "september", "oktober",
                                       "november", "desember"};
    int named = 0;
    for (size_t j = 0; j < sizeof full / sizeof *full && !named; j++)
        named = is(c, k, full[j]);
    if (!named)
        return 0;
    if (bulan)
        return 1;
    if (is_year(small_int(c, k + 1)) && c->d->tokens[k + 1].end - c->d->tokens[k + 1].start == 4)
        return 1;
    const char *rd = cls(c, k + 1, TC_RELDIR);
    return rd && (!strcmp(rd, "-1") || !strcmp(rd, "+1") || !strcmp(rd, "0"));
}

static int m_month(ctx *c, size_t i, match *m)
{
    size_t k = i;
    int mod = mod_of(cls(c, k, TC_MOD));
    if (mod)
        k++;
    int bulan = is(c, k, "bulan");
    if (bulan)
        k++;
    int mo = month_of(c, k);
    if (!mo && k < c->s1 && upper_initial(c, k) && month_range(c, k, m)) {
        m->a = i, m->mod = mod; /* Juni-Juli 2014 */
        return 1;
    }
    if (!mo || (!upper_initial(c, k) && !lower_month_ok(c, k, bulan)))
        return 0;
    size_t mt = k;
    k++;
    if (k + 1 < c->s1 && c->d->tokens[k].kind == WT_TOK_WORD) {
        /* Juni 2022-Mei 2024: the first year and the second month in one
         * token; two DATEs split at its dash */
        const wt_token *tk = &c->d->tokens[k];
        const char *ts = c->d->text + tk->start;
        size_t tn = tk->end - tk->start;
        int y1 = tn > 6 && ts[4] == '-' ? four_digits(ts) : -1;
        char w[16];
        size_t wn = tn - 5 < sizeof w ? tn - 5 : 0;
        for (size_t b = 0; b < wn; b++)
            w[b] = (char)(ts[5 + b] | 0x20);
        const wti_map_slot *m2 = wn ? wti_map_get(&c->t->months, w, wn) : NULL;
        long y2 = small_int(c, k + 1);
        if (y1 > 0 && is_year(y1) && m2 && is_year(y2) &&
            c->d->tokens[k + 1].end - c->d->tokens[k + 1].start == 4 && y2 >= y1) {
            m->a = i, m->b = k + 2;
            m->y = y1, m->m = mo, m->gran = 1, m->mod = mod;
            m->y2 = (int)y2, m->m2 = (int)m2->value;
            m->cut = tk->start + 4;
            return 1;
        }
    }
    /* Januari hingga Maret 2019, Juni - Juli 2014: the first month takes
     * the year written after the second */
    if ((is(c, k, "hingga") || is(c, k, "sampai") || is(c, k, "-") || is(c, k, "\xe2\x80\x93") ||
         is(c, k, "dan") || is(c, k, "atau")) &&
        month_of(c, k + 1) && upper_initial(c, k + 1) && is_year(small_int(c, k + 2)) &&
        c->d->tokens[k + 2].end - c->d->tokens[k + 2].start == 4) {
        m->a = i, m->b = k;
        m->y = (int)small_int(c, k + 2), m->m = mo, m->gran = 1, m->mod = mod;
        return 1;
    }
    long yr = small_int(c, k);
    int y;
    const char *trd = is(c, k, "tahun") && c->d->ref.year ? cls(c, k + 1, TC_RELDIR) : NULL;
    if (is_year(yr)) {
        y = (int)yr;
        k++;
        /* Juni 2014 lalu, Juni 2014 mendatang */
        if (is(c, k, "lalu") || is(c, k, "silam") || is(c, k, "mendatang"))
            k++;
    } else if (trd && (!strcmp(trd, "0") || !strcmp(trd, "-1") || !strcmp(trd, "+1"))) {
        y = c->d->ref.year + atoi(trd); /* Januari tahun depan */
        k += 2;
    } else {
        const char *rd = cls(c, k, TC_RELDIR);
        int dir = 0, this = 0;
        if (rd && !strcmp(rd, "-1"))
            dir = -1, k++;
        else if (rd && !strcmp(rd, "+1"))
            dir = 1, k++;
        else if (rd && !strcmp(rd, "0"))
            this = 1, k++;
        /* a bare month needs a cue (bulan, a preposition, awal, lalu) or
         * to read as one: its full name, not between capitalized words
         * (pengiriman Januari, target Desember; not Juni Rahmawati) */
        if (!bulan && !mod && !dir && k == mt + 1 &&
            !(mt > c->s0 && cls(c, mt - 1, TC_PREP)) && !bare_month(c, mt))
            return 0;
        if (!dir && !this)
            dir = sentence_dir(c, i);
        /* Oktober ini: the reference year's; September, Oktober, November
         * di 2020: the year after a list of months is each one's */
        int ly = this || k != mt + 1 ? 0 : list_year(c, k);
        y = ly ? ly : this ? c->d->ref.year : year_for(c, mo, 0, dir);
        if (!y)
            return 0;
    }
    m->a = i, m->b = k;
    m->y = y, m->m = mo, m->gran = 1, m->mod = mod;
    return 1;
}

/* The value of the four ASCII digits at s, or -1. */
static int four_digits(const char *s)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        if (s[k] < '0' || s[k] > '9')
            return -1;
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

/* A decade token, "1990-an" or "1990an"; after tahun or era (short is
 * set) also "90-an", "90an": the last such decade at or before the
 * reference's (tahun 20-an is the 1920s in 2013, the 2020s in 2025). */
static int decade(const ctx *c, size_t i, int short_ok, int *y)
{
    if (i >= c->s1)
        return 0;
    const wt_token *tk = &c->d->tokens[i];
    const char *s = c->d->text + tk->start;
    size_t n = tk->end - tk->start;
    size_t dig = 0;
    while (dig < n && s[dig] >= '0' && s[dig] <= '9')
        dig++;
    if (!((n == dig + 3 && !memcmp(s + dig, "-an", 3)) || (n == dig + 2 && !memcmp(s + dig, "an", 2))))
        return 0;
    int v;
    if (dig == 4) {
        v = four_digits(s);
        if (v < 0 || !is_year(v) || v % 10)
            return 0;
    } else if (dig == 2 && short_ok && c->d->ref.year && s[1] == '0') {
        int ref = c->d->ref.year;
        v = ref / 100 * 100 + (s[0] - '0') * 10;
        if (v > ref)
            v -= 100;
    } else {
        return 0;
    }
    *y = v;
    return 1;
}

/* "delapan puluhan" after tahun: a decade in words, as decade() reads
 * "80-an"; the tokens it takes, or 0. */
static size_t decade_words(const ctx *c, size_t i, int *y)
{
    static const char *const w[] = {"dua", "tiga", "empat", "lima", "enam",
                                    "tujuh", "delapan", "sembilan"};
    if (!is(c, i + 1, "puluhan") || !c->d->ref.year)
        return 0;
    for (int d = 0; d < 8; d++)
        if (is(c, i, w[d])) {
            int ref = c->d->ref.year, v = ref / 100 * 100 + (d + 2) * 10;
            *y = v > ref ? v - 100 : v;
            return 2;
        }
    return 0;
}

/* A range of years written as one token, 2018-2023: the years in *y1 and
 * *y2 (later than *y1, within a century), 1900..2099. */
static int year_range(const ctx *c, size_t i, int *y1, int *y2)
{
    if (i >= c->s1)
        return 0;
    const wt_token *tk = &c->d->tokens[i];
    const char *s = c->d->text + tk->start;
    if (tk->end - tk->start != 9 || s[4] != '-')
        return 0;
    int v[2] = {four_digits(s), four_digits(s + 5)};
    if (v[0] < 1900 || v[1] > 2099 || v[1] <= v[0] || v[1] - v[0] > 100)
        return 0;
    *y1 = v[0], *y2 = v[1];
    return 1;
}

/* The tokens of a law's number at i (Peraturan Daerah Nomor 3 Tahun
 * 2020, UU No. 1 Tahun 2024: "nomor|no [.] N tahun YYYY"), or 0: neither
 * its "3 Tahun" nor its year is a time expression. */
static size_t law_number(const ctx *c, size_t i)
{
    /* "N Tahun YYYY" alone reads as a law's number too (SEOJK No. 19
     * Tahun 2023, Kepmenhub Nomor KM 50 Tahun 2025): no duration is
     * written with a year right after its unit */
    if (c->d->tokens[i].kind == WT_TOK_NUMBER && i + 2 < c->s1 &&
        is(c, i + 1, "tahun") && is_year(small_int(c, i + 2)) &&
        c->d->tokens[i + 2].end - c->d->tokens[i + 2].start == 4) {
        long n = small_int(c, i);
        if (n >= 1 && n < 1000)
            return 3;
    }
    /* UU (Nomor) 12 (Tahun 2011): the number and the year in brackets */
    if (c->d->tokens[i].kind == WT_TOK_NUMBER && i + 4 < c->s1 && i >= c->s0 + 1 &&
        is(c, i - 1, ")") && is(c, i + 1, "(") && is(c, i + 2, "tahun") &&
        is_year(small_int(c, i + 3)) && is(c, i + 4, ")") && small_int(c, i) < 1000)
        return 5;
    if (!is(c, i, "nomor") && !is(c, i, "no") && !is(c, i, "nomer"))
        return 0;
    size_t k = i + 1;
    if (is(c, k, "."))
        k++;
    if (k + 1 < c->s1 && c->d->tokens[k].kind == WT_TOK_NUMBER && is_year(small_int(c, k + 1)) &&
        c->d->tokens[k + 1].end - c->d->tokens[k + 1].start == 4 && small_int(c, k) < 1000)
        return k + 2 - i; /* Instruksi Presiden Nomor 1 2025 */
    if (k + 2 >= c->s1 || c->d->tokens[k].kind != WT_TOK_NUMBER ||
        !is(c, k + 1, "tahun") || !is_year(small_int(c, k + 2)))
        return 0;
    return k + 3 - i;
}

/* APBN 2015, APBN-P 2014, RAPBN, APBD: a state or regional budget, whose
 * year is part of its name. */
static int budget_name(const ctx *c, size_t i)
{
    char w[12];
    if (c->d->tokens[i].kind != WT_TOK_WORD)
        return 0;
    size_t n = wti_tok_lower(c->d, i, w, sizeof w);
    const char *p = w;
    if (n > 2 && (p[0] == 'r') && (p[1] == '-' || p[1] == 'a'))
        p += p[1] == '-' ? 2 : 1, n -= (size_t)(p - w);
    return n >= 4 && (!memcmp(p, "apbn", 4) || !memcmp(p, "apbd", 4)) &&
           (n == 4 || p[4] == '-' || p[4] == 'p');
}

/* The year of a named event (China Open 2019, Yamaha Endurance Festival
 * 2019, Piala Dunia 2018): a capitalized name right before the year
 * holds an event word (data/timex.txt class "event") within its last
 * four words.  Names are not times (TimeML). */
static int event_name(const ctx *c, size_t k)
{
    /* Konferensi Musik Indonesia (KMI) 2025, ... Innovation (CHANDI)
     * 2025: a name's acronym in brackets right before the year */
    if (k >= c->s0 + 4 && is(c, k - 1, ")") && is(c, k - 3, "(") &&
        c->d->tokens[k - 2].kind == WT_TOK_WORD && upper_initial(c, k - 4) &&
        c->d->tokens[k - 4].kind == WT_TOK_WORD && !month_of(c, k - 4)) {
        const wt_token *a = &c->d->tokens[k - 2];
        int caps = a->end - a->start >= 2;
        for (uint32_t b = a->start; b < a->end && caps; b++)
            caps = c->d->text[b] >= 'A' && c->d->text[b] <= 'Z';
        /* ... and an event word in the capitalized name before it (not
         * Badan Pusat Statistik (BPS) 2024: the data's year) */
        for (size_t j = k - 4, n = 0; caps && n < 6 && j >= c->s0; j--, n++) {
            if (c->d->tokens[j].kind != WT_TOK_WORD || !upper_initial(c, j))
                break;
            if (cls(c, j, TC_EVENT))
                return 1;
            if (j == c->s0)
                break;
        }
    }
    for (size_t j = k, n = 0; j > c->s0 && n < 4; j--, n++) {
        const wt_token *tk = &c->d->tokens[j - 1];
        /* Liga 1 2019, Formula 1 2019: a small number inside the name;
         * Grand Prix (GP) Italia 2019: an acronym in brackets */
        if (tk->kind == WT_TOK_NUMBER && tk->end - tk->start <= 2 && j - 1 > c->s0 &&
            c->d->tokens[j - 2].kind == WT_TOK_WORD && upper_initial(c, j - 2))
            continue;
        if (tk->kind == WT_TOK_PUNCT && tk->end - tk->start == 1 &&
            (c->d->text[tk->start] == '(' || c->d->text[tk->start] == ')') && n > 0)
            continue;
        if (tk->kind != WT_TOK_WORD || !upper_initial(c, j - 1))
            return 0;
        if (cls(c, j - 1, TC_EVENT))
            return 1;
    }
    return 0;
}

/* Oppo A9 2020, Galaxy S10 2019: a product's model (letters and digits
 * in one word) before a year makes the year part of its name. */
static int model_name(const ctx *c, size_t i)
{
    const wt_token *tk = &c->d->tokens[i];
    int alpha = 0, digit = 0;
    if (tk->end - tk->start > 8)
        return 0;
    for (uint32_t k = tk->start; k < tk->end; k++) {
        char ch = c->d->text[k];
        alpha |= (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
        digit |= ch >= '0' && ch <= '9';
    }
    return alpha && digit && upper_initial(c, i);
}

/* A year token inside a register number, a run of slashes
 * (LP/B/3442/IX/2025/SPKT, 5834 K/Pidsus/2023, 05/KPPU-I/2025), not a
 * date; one slash after letters is kept (kuartal III/2025), so is
 * 2014/2015 (a season). */
static int in_identifier(const ctx *c, size_t i)
{
    const wt_token *tk = &c->d->tokens[i];
    const char *t = c->d->text;
    int slashes = 0;
    for (size_t k = tk->start, n = 0; k > 0 && n < 48; k--, n++) {
        char ch = t[k - 1];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '(')
            break;
        slashes += ch == '/';
    }
    if (slashes >= 2)
        return 1;
    if (tk->end + 1 < c->d->text_len && t[tk->end] == '/') {
        unsigned char n = (unsigned char)t[tk->end + 1];
        if ((n | 0x20) >= 'a' && (n | 0x20) <= 'z')
            return 1;
    }
    return 0;
}

/* UUD 1945, Undang-Undang Dasar (Negara Republik Indonesia Tahun) 1945:
 * the constitution's name holds its year. */
static int constitution(const ctx *c, size_t i)
{
    for (size_t k = i, n = 0; k > c->s0 && n < 7; k--, n++) {
        if (is(c, k - 1, "uud") || is(c, k - 1, "dasar"))
            return 1;
        if (c->d->tokens[k - 1].kind != WT_TOK_WORD || !upper_initial(c, k - 1))
            return 0;
    }
    return 0;
}

/* Program Perlindungan Sosial Tahun 2025, Hari Raya Natal Tahun 2025: a
 * capitalized Tahun (token t) after a capitalized name is part of the
 * name (not Tahun Anggaran 2018, the fiscal year). */
static int named_tahun(const ctx *c, size_t t)
{
    return upper_initial(c, t) && !sent_initial(c, t) && t > c->s0 &&
           c->d->tokens[t - 1].kind == WT_TOK_WORD && upper_initial(c, t - 1) &&
           !month_of(c, t - 1) && !is(c, t + 1, "anggaran");
}

/* 3. years: [awal] [tahun] YYYY | [awal] [tahun] YYYY-an */
static int m_year(ctx *c, size_t i, match *m)
{
    size_t k = i;
    int mod = mod_of(cls(c, k, TC_MOD));
    if (mod)
        k++;
    int tahun = is(c, k, "tahun");
    if (tahun)
        k++;
    if (tahun && named_tahun(c, k - 1))
        return 0;
    if (tahun && is(c, k, "anggaran") && is_year(small_int(c, k + 1))) {
        if (i > c->s0 && budget_name(c, i - 1))
            return 0; /* RAPBN tahun anggaran 2026: the budget's name */
        k++; /* tahun anggaran 2018: the fiscal year */
    }
    int y;
    size_t dw;
    int era = !tahun && k > c->s0 && is(c, k - 1, "era");
    if (decade(c, k, tahun || era, &y)) {
        m->a = i, m->b = k + 1, m->y = y, m->gran = 3, m->mod = mod;
        return 1;
    }
    if (tahun && (dw = decade_words(c, k, &y))) {
        m->a = i, m->b = k + dw, m->y = y, m->gran = 3, m->mod = mod;
        return 1; /* tahun delapan puluhan: the 1980s */
    }
    int r1, r2;
    if (year_range(c, k, &r1, &r2) && !in_identifier(c, k) && !event_name(c, k)) {
        /* periode 2018-2023: two years in one token, each a DATE */
        m->a = i, m->b = k + 1, m->y = r1, m->gran = 2, m->mod = mod;
        m->y2 = r2, m->cut = c->d->tokens[k].end - 5;
        return 1;
    }
    long yr = small_int(c, k);
    if (!is_year(yr) || c->d->tokens[k].end - c->d->tokens[k].start != 4)
        return 0;
    if (in_identifier(c, k) || constitution(c, i))
        return 0;
    /* a bare number needs to look like a year in context */
    if (!tahun && !mod) {
        /* "menggelar  , 2019": a comma standing alone before a bare year
         * is what is left of a name a scraper dropped (CLICK-ID's link
         * words), not a date */
        if (k > c->s0 && is(c, k - 1, ",") && c->d->tokens[k - 1].start > 0 &&
            c->d->text[c->d->tokens[k - 1].start - 1] == ' ')
            return 0;
        if (k > c->s0 + 2 && is(c, k - 1, "anggaran") && is(c, k - 2, "tahun") &&
            budget_name(c, k - 3))
            return 0; /* RAPBN tahun anggaran 2026 */
        if (k > c->s0 + 1 && is(c, k - 1, "(") && model_name(c, k - 2))
            return 0; /* Samsung Galaxy A7 (2018) */
        if (k > c->s0 + 1 && is(c, k - 1, "perubahan") && budget_name(c, k - 2))
            return 0; /* APBD Perubahan 2025 */
        if (k > c->s0 && is(c, k - 1, "tahun") && named_tahun(c, k - 1))
            return 0;
        if (k > c->s0 && (budget_name(c, k - 1) || event_name(c, k) || model_name(c, k - 1) ||
                          (k > c->s0 + 1 && is(c, k - 1, ")") && budget_name(c, k - 2))))
            return 0;
        if (k > c->s0 && (is(c, k - 1, "rp") || is(c, k - 1, "no") ||
                          is(c, k - 1, "nomor") || is(c, k - 1, "pasal") ||
                          is(c, k - 1, "pukul") || is(c, k - 1, "ke") ||
                          is(c, k - 1, "sebanyak") || is(c, k - 1, "$")))
            return 0;
        if (yr < 1900 || yr > 2099)
            return 0;
        if (is(c, k + 1, "persen") || is(c, k + 1, "%"))
            return 0;
    }
    k++;
    /* pada 2010 lalu; tahun 2014 ini, akhir 2013 ini, pada 2025 ini (not
     * anggaran Kemenkeu 2026 ini: "this 2026 budget"); pada 2026 nanti */
    if (is(c, k, "lalu") || is(c, k, "silam") || is(c, k, "mendatang") || is(c, k, "nanti") ||
        (is(c, k, "ini") && (tahun || mod || (i > c->s0 && cls(c, i - 1, TC_PREP)))))
        k++;
    m->a = i, m->b = k, m->y = (int)yr, m->gran = 2, m->mod = mod;
    return 1;
}

static void shift(const ctx *c, int base_y, int base_m, int base_d,
                  const char *unit, long n, match *m)
{
    (void)c;
    if (!strcmp(unit, "D") || !strcmp(unit, "W")) {
        long z = wti_days_from_civil(base_y, base_m, base_d) +
                 n * (unit[0] == 'W' ? 7 : 1);
        wti_civil_from_days(z, &m->y, &m->m, &m->day);
        m->gran = unit[0] == 'W' && n == 0 ? 4 : 0;
        if (unit[0] == 'W')
            m->gran = 4;
    } else if (!strcmp(unit, "M")) {
        long mm = (long)base_y * 12 + (base_m - 1) + n;
        m->y = (int)(mm / 12);
        m->m = (int)(mm % 12) + 1;
        m->gran = 1;
    } else if (!strcmp(unit, "Y")) {
        m->y = base_y + (int)n;
        m->gran = 2;
    } else if (!strcmp(unit, "10Y")) {
        m->y = base_y + 10 * (int)n;
        m->gran = 3;
    } else {
        m->y = base_y + 100 * (int)n;
        m->gran = 2;
    }
}

/* The anchor date as a match at granularity `gran` (0 day, 1 month, 2
 * year, 4 week), no finer than the anchor is known; 0 when there is none. */
static int anchor_match(const ctx *c, int gran, match *m)
{
    const wti_date *a = &c->anchor;
    if (!a->year)
        return 0;
    if ((gran == 0 || gran == 4) && !a->day)
        gran = a->month ? 1 : 2;
    if (gran == 1 && !a->month)
        gran = 2;
    m->y = a->year, m->m = a->month, m->day = a->day, m->gran = gran;
    return 1;
}

static int unit_gran(const char *unit)
{
    switch (unit[0]) {
    case 'D':
        return 0;
    case 'W':
        return 4;
    case 'M':
        return 1;
    case 'Y':
        return 2;
    default:
        return 3;
    }
}

/* 4. relative periods: [awal] (hari|minggu|bulan|tahun) (ini|lalu|depan);
 *    anaphoric ones from the anchor: hari itu, tahun itu, hari yang sama,
 *    hari sebelumnya, bulan berikutnya. */
static int m_period(ctx *c, size_t i, match *m)
{
    size_t k = i;
    if (i > c->s0) { /* 10-7 tahun yang lalu: not "tahun yang lalu" */
        const wt_token *pt = &c->d->tokens[i - 1];
        const char *ps = c->d->text + pt->start;
        if (ps[0] >= '0' && ps[0] <= '9' && memchr(ps, '-', pt->end - pt->start))
            return 0;
    }
    int mod = mod_of(cls(c, k, TC_MOD));
    if (mod)
        k++;
    const char *unit = cls(c, k, TC_UNIT);
    /* Minggu is Sunday mid-sentence, but Minggu depan (not after hari or
     * pada) is next week: next Sunday takes hari there.  Minggu lalu and
     * Minggu ini stay Sunday, as written for one as often as the week */
    if (!unit || (is(c, k, "minggu") && upper_initial(c, k) && !sent_initial(c, k) &&
                  !((is(c, k + 1, "depan") || is(c, k + 1, "mendatang")) && k > c->s0 &&
                    !is(c, k - 1, "hari") && !cls(c, k - 1, TC_PREP))))
        return 0;
    if (mod == WT_MOD_END && unit[0] == 'W' && c->d->ref.day) {
        /* akhir pekan [ini|lalu|depan]: the weekend, YYYY-Wnn-WE */
        const wti_date *r = &c->d->ref;
        const char *wrd = cls(c, k + 1, TC_RELDIR);
        long z = wti_days_from_civil(r->year, r->month, r->day);
        int rw = wti_weekday(r->year, r->month, r->day);
        long n = 0;
        size_t b = k + 1;
        if (wrd && (!strcmp(wrd, "0") || !strcmp(wrd, "-1") || !strcmp(wrd, "+1")))
            n = atol(wrd), b++;
        else if (rw < 6 && !future_before(c, i))
            n = -1; /* a bare one in a past sentence: the one gone by */
        int wy, wk, yy, mm, dd;
        wti_civil_from_days(z + 7 * n, &yy, &mm, &dd);
        iso_week(yy, mm, dd, &wy, &wk);
        snprintf(m->value, sizeof m->value, "%04d-W%02d-WE", wy, wk);
        m->a = i, m->b = b;
        return 1;
    }
    size_t rl;
    const char *rd = reldir_at(c, k + 1, &rl);
    if (!rd && is(c, k + 1, "berjalan") && (unit[0] == 'Y' || unit[0] == 'M') && !unit[1])
        rd = "0", rl = 1; /* tahun berjalan, bulan berjalan: the current one */
    int that = is(c, k + 1, "itu") ? 2 : is(c, k + 1, "yang") && is(c, k + 2, "sama") ? 3 : 0;
    if (that && unit[0] != '1') {
        /* hari itu, hari yang sama: the last date known to the day, even
         * when a coarser one (tahun depan) came between */
        if (unit[0] == 'D' && c->dayanchor.day) {
            m->y = c->dayanchor.year, m->m = c->dayanchor.month;
            m->day = c->dayanchor.day, m->gran = 0;
        } else if (!anchor_match(c, unit_gran(unit), m)) {
            return 0;
        }
        m->a = i, m->b = k + (size_t)that, m->mod = mod, m->anaphor = 1;
        return 1;
    }
    if (rd && rd[0] == 'a' && unit[0] != '1' && c->anchor.year) {
        /* hari sebelumnya: one unit from the anchor, no finer than it; a
         * day from the last day named, a quotation's day too (kata Adies,
         * Selasa (19/8). ... di hari berikutnya: the day after he spoke) */
        const wti_date *a = &c->anchor;
        if (unit[0] == 'D' && c->dayanchor.day && c->dayanchor_tok != (size_t)-1)
            a = &c->dayanchor;
        int g = unit_gran(unit);
        if (((g == 0 || g == 4) && !a->day) || (g == 1 && !a->month))
            return 0;
        shift(c, a->year, a->month ? a->month : 1, a->day ? a->day : 1, unit,
              rd[1] == '-' ? -1 : 1, m);
        m->a = i, m->b = k + 2, m->mod = mod, m->anaphor = 1;
        return 1;
    }
    if (mod && !rd && !that && (unit[0] == 'M' || unit[0] == 'Y') && !unit[1] &&
        c->d->ref.year && !month_of(c, k + 1) && small_int(c, k + 1) < 0) {
        /* akhir tahun, awal bulan: the reference's year or month */
        m->y = c->d->ref.year, m->m = c->d->ref.month;
        m->gran = unit[0] == 'M' ? 1 : 2;
        if (m->gran == 1 && !m->m)
            return 0;
        m->a = i, m->b = k + 1, m->mod = mod;
        return 1;
    }
    if (!rd || rd[0] == 'a' || !strcmp(rd, "last"))
        return 0;
    const wti_date *r = &c->d->ref;
    if (!r->year)
        return 0;
    long n = !strcmp(rd, "0") ? 0 : atol(rd);
    wti_date said;
    if ((unit[0] == 'D' || unit[0] == 'W') && !unit[1] && r->day &&
        speech_date(c, k + 1, &said.year, &said.month, &said.day) &&
        wti_days_from_civil(said.year, said.month, said.day) <
            wti_days_from_civil(r->year, r->month, r->day))
        r = &said; /* "... minggu depan saya cek," kata X, Jumat (17/10).: from then */
    match ap;
    if (!strcmp(unit, "D") && n == 0 && !mod && is(c, k + 2, ",") && day_of(c, k + 3) &&
        (memset(&ap, 0, sizeof ap), m_explicit(c, k + 3, &ap)) && ap.gran == 0 && ap.y &&
        labs(wti_days_from_civil(ap.y, ap.m, ap.day) -
             wti_days_from_civil(r->year, r->month ? r->month : 1, r->day ? r->day : 1)) <= 7) {
        /* "Hari ini, Selasa (21/10), KPK ...": the day in apposition (a
         * year written wrong, Kamis (11/12/2013) in 2014, is not) */
        m->y = ap.y, m->m = ap.m, m->day = ap.day, m->gran = 0;
    } else if (!strcmp(unit, "D") && n == 0) {
        m->y = r->year, m->m = r->month, m->day = r->day, m->gran = 0;
    } else {
        shift(c, r->year, r->month ? r->month : 1, r->day ? r->day : 1, unit,
              n, m);
    }
    m->a = i, m->b = k + 1 + rl, m->mod = mod;
    return 1;
}

/* A person or an age word right before token i (pria 32 tahun ini,
 * berusia 27 tahun): a count of years there is an age. */
static int age_before(const ctx *c, size_t i)
{
    static const char *const w[] = {"pria", "wanita", "perempuan", "laki-laki", "lelaki",
                                    "bocah", "gadis", "remaja", "pemuda", "pemudi", "anak",
                                    "balita", "bayi", "kakek", "nenek", "ibu", "bapak",
                                    "usia", "berusia", "umur", "berumur", "sosok", "pelaku",
                                    "korban", "tersangka", "warga", "siswa", "mahasiswa",
                                    "pebalap", "pembalap", "pemain", "atlet", "petinju",
                                    "pesepak", "pebulu", "artis", "aktor", "aktris",
                                    "penyanyi", "model", "bintang", "politikus", "pengusaha"};
    if (i <= c->s0)
        return 0;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (is(c, i - 1, w[k]))
            return 1;
    return 0;
}

/* A token of two small numbers joined by a dash, in either order (10-7
 * tahun yang lalu: "seven to ten years ago"). */
static int dash_pair(const ctx *c, size_t k)
{
    const wt_token *tk = &c->d->tokens[k];
    const char *s = c->d->text + tk->start;
    size_t n = tk->end - tk->start, d1 = digit_run(s, n, 0);
    if (!d1 || d1 > 3 || d1 >= n || s[d1] != '-')
        return 0;
    size_t e = digit_run(s, n, d1 + 1);
    return e == n && e - d1 - 1 >= 1 && e - d1 - 1 <= 3;
}

/* "usia" or "berusia" in the four tokens before i: a range there is of
 * ages (kelompok usia termuda, yakni 18-29 tahun). */
static int usia_near(const ctx *c, size_t i)
{
    for (size_t j = i; j > c->s0 && i - j < 4; j--)
        if (is(c, j - 1, "usia") || is(c, j - 1, "berusia") || is(c, j - 1, "umur"))
            return 1;
    return 0;
}

/* The count before a unit: a number, "beberapa" (X), or a se- word. */
static int count_before_unit(ctx *c, size_t i, long *n, size_t *len,
                             const char **unit, int *clock, double *frac)
{
    if (frac)
        *frac = 0;
    const char *u1 = cls(c, i, TC_UNIT1);
    const char *c1 = cls(c, i, TC_CLOCK1);
    if (u1 || c1) {
        *n = 1, *len = 1, *unit = u1 ? u1 : c1, *clock = c1 != NULL;
        return 1;
    }
    wti_num num;
    size_t k;
    if (is(c, i, "beberapa") || is(c, i, "sejumlah")) {
        *n = -1;
        k = i + 1;
    } else if (wti_num_read(&c->t->num, c->d, i, &num) && num.vague &&
               !num.money && !num.percent) {
        *n = -1; /* puluhan tahun, ratusan hari: a count of unknown size */
        k = i + num.ntok;
    } else {
        if (!wti_num_read(&c->t->num, c->d, i, &num) || num.vague ||
            num.percent || num.money || !(num.value >= 0 && num.value <= 100000) ||
            num.low != num.high)
            return 0;
        /* 5,5 tahun: a fractional count, for a duration only */
        if (num.value != (long)num.value) {
            /* satu setengah tahun, setengah jam: halves in words too */
            if (!frac || num.value > 1000 ||
                (!num.digits && num.value * 2 != (double)(long)(num.value * 2)))
                return 0;
            *frac = num.value;
        }
        *n = (long)num.value;
        k = i + num.ntok;
        /* 5 (lima) tahun: the number spelled out again in brackets, as
         * laws and official letters write it */
        wti_num again;
        if (num.digits && is(c, k, "(") && k + 1 < c->s1 &&
            wti_num_read(&c->t->num, c->d, k + 1, &again) && again.words &&
            again.value == num.value && is(c, k + 1 + again.ntok, ")"))
            k += again.ntok + 2;
    }
    const char *u = cls(c, k, TC_UNIT);
    const char *cu = cls(c, k, TC_CLOCK);
    if (!u && !cu)
        return 0;
    if (u && is(c, k, "minggu") && upper_initial(c, k))
        return 0;
    *unit = u ? u : cu;
    *clock = cu != NULL;
    *len = k + 1 - i;
    return 1;
}

/* The rank of a unit from the longest: tahun, bulan, minggu, hari, jam,
 * menit, detik; -1 for decades and centuries. */
static int unit_rank(const char *unit, int clock)
{
    static const char order[] = "YMWD";
    if (unit[1])
        return -1;
    if (clock)
        return unit[0] == 'H' ? 4 : unit[0] == 'M' ? 5 : 6;
    const char *p = strchr(order, unit[0]);
    return p ? (int)(p - order) : -1;
}

/* 1 menit 30 detik, 2 jam 15 menit, 1 tahun 6 bulan: counts of ever
 * finer units after the first (n units `unit`, ending before token k) make
 * one duration, PT1M30S.  Sets m->value and m->b; 0 when none follows. */
static int compound_duration(ctx *c, size_t k, long n, const char *unit, int clock, match *m)
{
    long ns[7] = {0};
    int have[7] = {0}, r = unit_rank(unit, clock), last = r, parts = 1;
    if (r < 0)
        return 0;
    ns[r] = n, have[r] = 1;
    for (;;) {
        long n2;
        size_t len2;
        const char *u2;
        int clock2;
        if (k >= c->s1 || c->d->tokens[k].kind != WT_TOK_NUMBER ||
            !count_before_unit(c, k, &n2, &len2, &u2, &clock2, NULL) || n2 < 0)
            break;
        int r2 = unit_rank(u2, clock2);
        if (r2 <= last)
            break;
        ns[r2] = n2, have[r2] = 1, last = r2, parts++;
        k += len2;
    }
    if (parts < 2)
        return 0;
    static const char letter[] = "YMWDHMS";
    size_t o = 0;
    o += (size_t)snprintf(m->value + o, sizeof m->value - o, "P");
    for (int u = 0; u < 7 && o < sizeof m->value; u++) {
        if (!have[u])
            continue;
        if (u >= 4 && !strchr(m->value, 'T'))
            o += (size_t)snprintf(m->value + o, sizeof m->value - o, "T");
        if (o < sizeof m->value)
            o += (size_t)snprintf(m->value + o, sizeof m->value - o, "%ld%c", ns[u], letter[u]);
    }
    m->b = k;
    return 1;
}

/* 5. counted units: durations (120 hari, lebih dari dua jam, satu minggu
 *    terakhir) and offsets (dua hari kemudian, tiga tahun lalu, setahun
 *    sebelumnya). */
static int m_units(ctx *c, size_t i, match *m)
{
    size_t k = i;
    int mod = WT_MOD_NONE;
    if ((is(c, k, "kurang") && is(c, k + 1, "lebih")) ||
        (is(c, k, "lebih") && is(c, k + 1, "kurang")))
        mod = WT_MOD_APPROX, k += 2; /* kurang lebih 3 minggu: about */
    else if (is(c, k, "lebih") && is(c, k + 1, "dari"))
        mod = WT_MOD_MORE_THAN, k += 2;
    else if (is(c, k, "kurang") && is(c, k + 1, "dari"))
        mod = WT_MOD_LESS_THAN, k += 2;
    else if (is(c, k, "sekitar") || is(c, k, "sekira") || is(c, k, "hampir") ||
             is(c, k, "kira-kira"))
        mod = WT_MOD_APPROX, k += 1;
    else if ((is(c, k, "paling") && (is(c, k + 1, "lama") || is(c, k + 1, "singkat") ||
                                    is(c, k + 1, "tinggi") || is(c, k + 1, "rendah") ||
                                    is(c, k + 1, "sedikit") || is(c, k + 1, "cepat") ||
                                    is(c, k + 1, "tidak"))))
        k += 2; /* paling lama 9 tahun: at most, paling tidak: at least (TimeML's EQUAL_OR_LESS,
                 * which the spec's mods do not have: extent only) */
    else if (is(c, k, "minimal") || is(c, k, "maksimal") || is(c, k, "setidaknya") ||
             is(c, k, "tepat") || is(c, k, "genap"))
        k += 1; /* tepat satu tahun, genap setahun: exactly (extent only) */
    else if (is(c, k, "lebih") && k + 1 < c->s1 && c->d->tokens[k + 1].kind != WT_TOK_PUNCT &&
             !upper_initial(c, k + 1))
        mod = WT_MOD_MORE_THAN, k += 1; /* lebih dua dekade: more than */
    long n;
    size_t len;
    const char *unit;
    int clock;
    double frac;
    wti_num rn;
    int two_counts = k < c->s1 && dash_pair(c, k) &&
                     !(k > c->s0 && (is(c, k - 1, "skor") || is(c, k - 1, "unggul") ||
                                     is(c, k - 1, "menang") || is(c, k - 1, "kalah") ||
                                     is(c, k - 1, "imbang"))); /* skor 2-1 */
    if ((two_counts || (wti_num_read(&c->t->num, c->d, k, &rn) && !rn.vague && !rn.money &&
                        !rn.percent && rn.low != rn.high && rn.high <= 1000)) &&
        (two_counts ? (rn.ntok = 1) : 1)) {
        /* 1-2 tahun yang lalu, 3-4 hari lagi: some time back or ahead */
        size_t u = k + rn.ntok, rl;
        const char *rd = cls(c, u, TC_UNIT) || cls(c, u, TC_CLOCK) ? reldir_at(c, u + 1, &rl) : NULL;
        if (rd && (!strcmp(rd, "-1") || !strcmp(rd, "+1"))) {
            snprintf(m->value, sizeof m->value, "%s", rd[0] == '-' ? "PAST_REF" : "FUTURE_REF");
            m->a = i, m->b = u + 1 + rl;
            return 1;
        }
    }
    if (k < c->s1 && two_counts && !reldir_at(c, k + 2, &(size_t){0}) &&
        (cls(c, k + 1, TC_UNIT) || cls(c, k + 1, TC_CLOCK)) &&
        !(is(c, k + 1, "minggu") && upper_initial(c, k + 1)) && !age_before(c, k) &&
        !usia_near(c, k)) {
        /* sekitar 40-50 menit: the range's upper bound (mod APPROX when
         * sekitar) */
        const wt_token *tk = &c->d->tokens[k];
        const char *dash = memchr(c->d->text + tk->start, '-', tk->end - tk->start);
        long hi = atol(dash + 1), lo = atol(c->d->text + tk->start);
        const char *u = cls(c, k + 1, TC_UNIT), *cu = cls(c, k + 1, TC_CLOCK);
        if (hi > lo && !(u && u[1])) {
            snprintf(m->value, sizeof m->value, "P%s%ld%s", cu ? "T" : "", hi, u ? u : cu);
            m->type = WT_TIME_DURATION;
            m->mod = mod;
            m->a = i, m->b = k + 2;
            return 1;
        }
    }
    wti_num n1;
    if (k < c->s1 && !age_before(c, k) && !usia_near(c, k) && wti_num_read(&c->t->num, c->d, k, &n1) &&
        !n1.vague && !n1.money && !n1.percent && n1.low >= 1) {
        /* 8 sampai 9 tahun, satu hingga dua tahun ke depan: the range's
         * upper bound, as 40-50 menit (the number reader may take the
         * whole range, "8 sampai 9", or only its first number) */
        long hi = 0;
        size_t r = 0, l2 = 0;
        const char *u2 = NULL;
        int c2 = 0;
        if (n1.low != n1.high) {
            r = k + n1.ntok;
            u2 = cls(c, r, TC_UNIT);
            c2 = !u2 && cls(c, r, TC_CLOCK);
            if (c2)
                u2 = cls(c, r, TC_CLOCK);
            hi = (long)n1.high, l2 = 1;
        } else if (is(c, k + n1.ntok, "sampai") || is(c, k + n1.ntok, "hingga") ||
                   is(c, k + n1.ntok, "-")) {
            long n2;
            r = k + n1.ntok + 1;
            r += is(c, r, "dengan");
            if (count_before_unit(c, r, &n2, &l2, &u2, &c2, NULL) && n2 > (long)n1.value)
                hi = n2;
        }
        if (hi > 0 && u2 && !u2[1] && hi <= 1000 && !reldir_at(c, r + l2, &(size_t){0}) &&
            !(is(c, r + l2 - 1, "minggu") && upper_initial(c, r + l2 - 1))) {
            snprintf(m->value, sizeof m->value, "P%s%ld%s", c2 ? "T" : "", hi, u2);
            m->type = WT_TIME_DURATION;
            m->mod = mod;
            m->a = i, m->b = r + l2;
            if (is(c, m->b, "ke") && is(c, m->b + 1, "depan"))
                m->b += 2; /* (ke depan: the coming ones) */
            return 1;
        }
    }
    if (k < c->s1) {
        /* 1x24 jam, 2x24 jam: a count of days written in hours */
        const wt_token *tk = &c->d->tokens[k];
        const char *ts = c->d->text + tk->start;
        size_t tn = tk->end - tk->start, x = digit_run(ts, tn, 0);
        if (x && x + 1 < tn && (ts[x] == 'x' || ts[x] == 'X') && cls(c, k + 1, TC_CLOCK)) {
            long a = atol(ts), b = atol(ts + x + 1);
            if (digit_run(ts, tn, x + 1) == tn && a > 0 && b > 0 && a * b <= 100000) {
                snprintf(m->value, sizeof m->value, "PT%ld%s", a * b, cls(c, k + 1, TC_CLOCK));
                m->type = WT_TIME_DURATION;
                m->a = i, m->b = k + 2;
                return 1;
            }
        }
    }
    if (!count_before_unit(c, k, &n, &len, &unit, &clock, &frac))
        return 0;
    if (is(c, k + len, "sekali"))
        return 0; /* lima tahun sekali: a set (m_misc) */
    if (is(c, k + len, "pun"))
        return 0; /* belum memainkan satu menit pun: "not a minute", no time */
    {
        /* 74,39 tahun 2023: a figure, then its year; 1 Tahun Pemerintahan
         * Prabowo: an anniversary's name */
        size_t u = k + len - 1, y = k + len;
        if (is(c, u, "tahun") && y < c->s1 && is_year(small_int(c, y)) &&
            c->d->tokens[y].end - c->d->tokens[y].start == 4)
            return 0;
        if (upper_initial(c, u) && !sent_initial(c, u) && y < c->s1 &&
            c->d->tokens[y].kind == WT_TOK_WORD && upper_initial(c, y))
            return 0;
    }
    if (frac == 0.5 && !unit[1] && (unit[0] == 'Y' || unit[0] == 'D' || (clock && unit[0] != 'S'))) {
        /* setengah tahun is six months (P6M, and setengah tahun lalu a
         * month), setengah hari PT12H, setengah jam PT30M */
        n = unit[0] == 'Y' ? 6 : unit[0] == 'D' ? 12 : 30;
        unit = clock ? (unit[0] == 'H' ? "M" : "S") : unit[0] == 'Y' ? "M" : "H";
        clock = clock || unit[0] == 'H';
        frac = 0;
    }
    k += len;
    if (n >= 0 && !frac && compound_duration(c, k, n, unit, clock, m)) {
        m->a = i;
        m->type = WT_TIME_DURATION;
        m->mod = mod;
        return 1;
    }
    size_t rl;
    const char *rd = reldir_at(c, k, &rl);
    if (rl > 1)
        k += rl - 1; /* dua tahun yang lalu, yang akan datang: k on its last word */
    m->a = i;
    /* beberapa hari lalu: a past time, not a duration */
    if (rd && n < 0 && !clock && (!strcmp(rd, "-1") || !strcmp(rd, "1"))) {
        snprintf(m->value, sizeof m->value, "%s", rd[0] == '-' ? "PAST_REF" : "FUTURE_REF");
        m->b = k + 1;
        return 1;
    }
    if (rd && strcmp(rd, "0") && strcmp(rd, "last") && !clock && n >= 0 && !frac) {
        const wti_date *base = &c->d->ref;
        long dir;
        if (rd[0] == 'a') {
            base = &c->anchor;
            dir = rd[1] == '-' ? -1 : 1;
        } else {
            dir = atol(rd);
        }
        if (!base->year)
            return 0;
        shift(c, base->year, base->month ? base->month : 1,
              base->day ? base->day : 1, unit, dir * n, m);
        /* no finer than the base: "dua hari kemudian" after a year alone
         * is that year, after a month that month */
        int fine = unit[0] == 'D' || unit[0] == 'W';
        if ((fine && !base->day) || (unit[0] == 'M' && !base->month)) {
            m->y = base->year;
            m->m = base->month;
            m->day = 0;
            m->gran = base->month ? 1 : 2;
        }
        m->b = k + 1;
        return 1;
    }
    if (is(c, k, "penuh") && !rd)
        k++; /* satu tahun penuh: a full year */
    else if (rd && (!strcmp(rd, "last") || (!strcmp(rd, "0") && !clock && !age_before(c, i)))) {
        k++; /* 5 tahun terakhir; 3 bulan ini, sepekan ini (not pria 32
              * tahun ini: "this 32-year-old man") */
        if (!strcmp(rd, "last") && is(c, k, "ini"))
            k++; /* satu tahun terakhir ini */
    }
    else if (is(c, k, "ke") && is(c, k + 1, "belakang"))
        k += 2; /* beberapa hari ke belakang: the last few days */
    else if (is(c, k, "ke") && is(c, k + 1, "depan"))
        k += 2; /* dua tahun ke depan: the coming two years, a duration */
    else if (is(c, k, "kedepan") || is(c, k, "kedepannya"))
        k++; /* lima hari kedepan: written as one word */
    char num[24];
    if (n < 0)
        snprintf(num, sizeof num, "X");
    else if (frac)
        snprintf(num, sizeof num, "%g", frac);
    else
        snprintf(num, sizeof num, "%ld", n);
    if (frac && (!strcmp(unit, "10Y") || !strcmp(unit, "100Y")))
        return 0;
    if (!strcmp(unit, "10Y") || !strcmp(unit, "100Y"))
        snprintf(m->value, sizeof m->value, "P%s%s",
                 n < 0 ? (unit[2] == '0' ? "XCE" : "XDE") : (snprintf(num, sizeof num, "%ld",
                                         n * (unit[1] == '0' && unit[2] == '0'
                                                  ? 100
                                                  : 10)),
                                num),
                 "Y");
    else
        snprintf(m->value, sizeof m->value, "P%s%s%s", clock ? "T" : "", num,
                 unit);
    m->type = WT_TIME_DURATION;
    m->mod = mod;
    m->b = k;
    return 1;
}

/* 6. days relative to the reference date: kemarin, besok, lusa, hari ini
 *    (via m_period), tadi malam. */
static int m_dayrel(ctx *c, size_t i, match *m)
{
    const wti_date *r = &c->d->ref;
    if (!r->year || !r->day)
        return 0;
    size_t k = i;
    long off;
    int onday = 0;
    const char *part = NULL;
    if (cls(c, k, TC_PART) && (is(c, k + 1, "ini") || is(c, k + 1, "tadi") ||
                               is(c, k + 1, "nanti"))) {
        off = 0; /* sore ini, pagi tadi, sore nanti */
        part = cls(c, k, TC_PART);
        if (is(c, k, "dinihari") && is(c, k + 1, "nanti"))
            off = 1; /* after the coming midnight */
        /* malam tadi, tadi malam: the night just past, the evening before
         * a day's article (TimeML's "last night") */
        if (is(c, k + 1, "tadi") && !strcmp(part, "TNI"))
            off = -1;
        k += 2;
    } else if (cls(c, k, TC_PART) && is(c, k + 1, "hari") && is(c, k + 2, "ini")) {
        off = 0; /* sore hari ini */
        part = cls(c, k, TC_PART);
        k += 3;
    } else if (cls(c, k, TC_PART) && !(k > c->s0 && (is(c, k - 1, "setiap") || is(c, k - 1, "tiap"))) &&
               ((is(c, k + 1, "hari") && !is(c, k + 2, "raya") && !upper_initial(c, k + 2)) ||
                is(c, k + 1, "harinya") || is(c, k + 1, "itu"))) {
        /* pagi hari, malam itu, sore harinya, siang hari itu: that part
         * of the day the text is on (the last date known to the day) */
        part = cls(c, k, TC_PART);
        k += 2;
        if (is(c, k - 1, "hari") && is(c, k, "itu"))
            k++;
        onday = 1;
        off = 0;
    } else if (is(c, k, "nanti") && cls(c, k + 1, TC_PART)) {
        off = 0; /* nanti malam: tonight */
        part = cls(c, k + 1, TC_PART);
        k += 2;
    } else if (is(c, k, "tadi") && cls(c, k + 1, TC_PART)) {
        part = cls(c, k + 1, TC_PART);
        off = !strcmp(part, "TNI") ? -1 : 0;
        k += 2;
    } else if (is(c, k, "dini") && is(c, k + 1, "hari")) {
        off = 0;
        part = DINI_HARI;
        k += 2;
        if (is(c, k, "nanti"))
            off = 1, k++; /* dini hari nanti: after the coming midnight */
        else if (is(c, k, "tadi") || is(c, k, "ini"))
            k++;
        if (cls(c, k, TC_ZONE))
            k++; /* dini hari WIB */
    } else if (is(c, k, "tengah") && (is(c, k + 1, "hari") || is(c, k + 1, "malam"))) {
        off = 0; /* tengah hari: noon; tengah malam: midnight, the day's
                  * end (TimeML's T24:00) */
        part = is(c, k + 1, "hari") ? "T12:00" : "T24:00";
        k += 2;
        if (is(c, k, "tadi") && part[1] == '2' && part[2] == '4')
            off = -1; /* tengah malam tadi: the midnight just past */
        if (is(c, k, "tadi") || is(c, k, "ini"))
            k++;
    } else {
        const char *v = cls(c, k, TC_DAYREL);
        if (!v)
            return 0;
        off = atol(v);
        if (is(c, k, "kemarin") && is(c, k + 1, "lusa"))
            off = -2, k++;
        k++;
        if ((is(c, i, "esok") || is(c, i, "besok")) && is(c, k, "hari") && !is(c, k + 1, "ini"))
            k++; /* esok hari: tomorrow */
        if (is(c, i, "semalam"))
            part = "TNI";
        else if (cls(c, k, TC_PART))
            part = cls(c, k, TC_PART), k++;
        else if (is(c, k, "dini") && is(c, k + 1, "hari"))
            part = DINI_HARI, k += 2;
    }
    long z = wti_days_from_civil(r->year, r->month, r->day) + off;
    int sy, sm, sd;
    if (onday && c->dayanchor.day && c->dayanchor_tok != (size_t)-1 &&
        (c->dayanchor_tok >= c->s0 ||
         (i - c->dayanchor_tok <= 60 && labs(wti_days_from_civil(c->dayanchor.year,
                                                                 c->dayanchor.month,
                                                                 c->dayanchor.day) - z) <= 7))) {
        /* the day the text is on: named in this sentence, or just before
         * and within a week of the reference (a story's own days) */
        z = wti_days_from_civil(c->dayanchor.year, c->dayanchor.month, c->dayanchor.day);
        m->anaphor = 1;
    } else if (speech_date(c, k, &sy, &sm, &sd) || sentence_today(c, &sy, &sm, &sd)) {
        z = wti_days_from_civil(sy, sm, sd) + off;
    }
    wti_civil_from_days(z, &m->y, &m->m, &m->day);
    /* kemarin (19/11): the written date says which day, and is part of
     * the expression */
    int y2 = 0, m2, d2;
    if (is(c, k, "(") && is(c, k + 2, ")") &&
        (dmy(c, k + 1, &y2, &m2, &d2) ||
         (dm(c, k + 1, &m2, &d2) && (y2 = year_for(c, m2, d2, -2)) != 0)) &&
        d2 <= days_in_month(y2, m2)) {
        m->y = y2, m->m = m2, m->day = d2;
        k += 3;
    }
    m->gran = 0;
    if (part) {
        snprintf(m->clock, sizeof m->clock, "%s", part); /* TNI, TMO: T included */
        m->type = WT_TIME_TIME;
    }
    m->a = i, m->b = k;
    return 1;
}

/* 7. weekdays: [hari] Day [lalu|depan|ini] [pagi|malam] */
/* Is the weekday at i a later item of a list that "setiap" opens
 * (Setiap Jumat, Sabtu, Minggu; tiap Senin dan Kamis)? */
static int in_set_list(const ctx *c, size_t i)
{
    size_t j = i;
    for (int items = 0; items < 7 && j >= c->s0 + 2; items++) {
        if (!is(c, j - 1, ",") && !is(c, j - 1, "dan") && !is(c, j - 1, "atau") &&
            !is(c, j - 1, "serta"))
            return 0;
        j -= 2;
        if (!day_of(c, j) || !upper_initial(c, j))
            return 0;
        if (j > c->s0 && (is(c, j - 1, "setiap") || is(c, j - 1, "tiap")))
            return 1;
    }
    return 0;
}

static int m_weekday(ctx *c, size_t i, match *m)
{
    const wti_date *r = &c->d->ref;
    size_t k = i;
    if (day_of(c, k) && upper_initial(c, k) && in_set_list(c, k)) {
        snprintf(m->value, sizeof m->value, "XXXX-WXX-%d", day_of(c, k));
        m->type = WT_TIME_SET; /* the list goes on: every Sabtu, every Minggu */
        m->a = i, m->b = i + 1;
        return 1;
    }
    if (is(c, k, "malam") && day_of(c, k + 1) && upper_initial(c, k + 1) &&
        m_weekday(c, k + 1, m) && m->type != WT_TIME_TIME && m->y && m->day) {
        /* malam Minggu is Saturday night, malam Jumat Thursday's */
        wti_civil_from_days(wti_days_from_civil(m->y, m->m, m->day) - 1, &m->y, &m->m, &m->day);
        snprintf(m->clock, sizeof m->clock, "%s", cls(c, k, TC_PART) ? cls(c, k, TC_PART) : "TNI");
        m->type = WT_TIME_TIME;
        m->a = i;
        return 1;
    }
    int hari = is(c, k, "hari");
    if (hari)
        k++;
    int wd = day_of(c, k);
    if (!wd || !upper_initial(c, k))
        return 0;
    /* Minggu also means week: needs hari, pada, or a date after it */
    int dini = is(c, k + 1, "dini") && is(c, k + 2, "hari");
    /* ", kata Indarto di lokasi, Minggu." closing a sentence: the day */
    int closing = k > c->s0 && is(c, k - 1, ",") &&
                  (k + 1 >= c->s1 || is(c, k + 1, ".") || is(c, k + 1, ","));
    /* (Ahad is Sunday alone; only Minggu is also "week") */
    if (wd == 7 && is(c, k, "minggu") && !hari &&
        !(k > c->s0 && (cls(c, k - 1, TC_PREP) || is(c, k - 1, "malam"))) &&
        !cls(c, k + 1, TC_PART) && !dini && !closing)
        return 0;
    if (!r->year || !r->day)
        return 0;
    k++;
    /* Rabu pekan lalu, Jumat minggu depan: that weekday of the week
     * before or after the reference date's */
    if ((is(c, k, "pekan") || is(c, k, "minggu")) && cls(c, k + 1, TC_RELDIR)) {
        const char *wr = cls(c, k + 1, TC_RELDIR);
        if (!strcmp(wr, "-1") || !strcmp(wr, "+1") || !strcmp(wr, "0")) {
            long rz = wti_days_from_civil(r->year, r->month, r->day);
            long monday = rz - (wti_weekday(r->year, r->month, r->day) - 1);
            wti_civil_from_days(monday + 7 * atol(wr) + (wd - 1), &m->y, &m->m, &m->day);
            m->gran = 0;
            m->a = i, m->b = k + 2;
            return 1;
        }
    }
    const char *rd = cls(c, k, TC_RELDIR);
    int dir = 0;
    if (is(c, k, "yang") && is(c, k + 1, "akan") && is(c, k + 2, "datang")) {
        dir = 1, k += 3; /* Kamis yang akan datang: the coming one */
    } else if (is(c, k, "yang") && is(c, k + 1, "lalu")) {
        dir = -1, k += 2;
    } else if (rd && (!strcmp(rd, "-1") || !strcmp(rd, "+1") || !strcmp(rd, "0"))) {
        dir = atoi(rd);
        if (!strcmp(rd, "0"))
            dir = 2;
        k++;
    } else if (!after_since(c, i) && future_before(c, i)) {
        dir = 3; /* a future sentence: on or after the reference day */
    }
    long ref = wti_days_from_civil(r->year, r->month, r->day);
    int rw = wti_weekday(r->year, r->month, r->day);
    long z;
    if (dir == 1)
        z = ref + ((wd - rw + 7) % 7 == 0 ? 7 : (wd - rw + 7) % 7);
    else if (dir == -1)
        z = ref - ((rw - wd + 7) % 7 == 0 ? 7 : (rw - wd + 7) % 7);
    else if (dir == 3)
        z = ref + (wd - rw + 7) % 7;
    else if (dir == 2) /* Senin ini: this week's */
        z = ref + (wd - rw);
    else
        z = ref - (rw - wd + 7) % 7;
    /* a bare weekday the text dated before within a week of the reference
     * (pertemuan pada Kamis (27/11/2014) ... pertemuan Kamis) is that day */
    for (size_t t = c->d->n_times; (dir == 0 || dir == 3) && t-- > 0;) {
        const char *v = c->d->times[t].value;
        wti_date day;
        char ymd[11];
        if (!v || strlen(v) < 10 || v[4] != '-' || v[7] != '-' || v[0] > '9')
            continue;
        memcpy(ymd, v, 10);
        ymd[10] = 0;
        if (!wti_date_parse(ymd, &day) || !day.day)
            continue;
        long dz = wti_days_from_civil(day.year, day.month, day.day);
        if (wti_weekday(day.year, day.month, day.day) == wd && dz - ref <= 6 &&
            ref - dz <= 6) {
            z = dz;
            break;
        }
    }
    wti_civil_from_days(z, &m->y, &m->m, &m->day);
    m->gran = 0;
    int dmo, ddd;
    if (dir && k > i + 1 && is(c, k, "(") && dm(c, k + 1, &dmo, &ddd) && is(c, k + 2, ")")) {
        /* hari Minggu mendatang (9/2): the date in brackets is the day, in
         * the year nearest the weekday's reading */
        int y1 = m->y;
        long best = -1;
        for (int yy = m->y - 1; yy <= m->y + 1; yy++) {
            if (ddd > days_in_month(yy, dmo))
                continue;
            long dist = labs(wti_days_from_civil(yy, dmo, ddd) - z);
            if (best < 0 || dist < best)
                best = dist, y1 = yy;
        }
        if (best >= 0) {
            m->y = y1, m->m = dmo, m->day = ddd;
            k += 3;
        }
    }
    if (cls(c, k, TC_PART)) {
        snprintf(m->clock, sizeof m->clock, "%s", cls(c, k, TC_PART));
        m->type = WT_TIME_TIME;
        k++;
        if (cls(c, k, TC_ZONE)) /* (Rabu pagi WIB) */
            k++;
        else if (is(c, k, "ini") || is(c, k, "tadi") || is(c, k, "kemarin") || is(c, k, "lalu")) {
            /* Selasa pagi ini, Rabu petang kemarin (the one before the
             * reference day, never the day itself) */
            if ((is(c, k, "kemarin") || is(c, k, "lalu")) && z >= ref)
                wti_civil_from_days(z - 7, &m->y, &m->m, &m->day);
            k++;
        }
    } else if (is(c, k, "dini") && is(c, k + 1, "hari")) {
        snprintf(m->clock, sizeof m->clock, "%s", DINI_HARI); /* Minggu dini hari */
        m->type = WT_TIME_TIME;
        k += 2;
        if (is(c, k, "tadi") || is(c, k, "ini") || cls(c, k, TC_ZONE))
            k++; /* Rabu dini hari WIB */
    }
    m->a = i, m->b = k;
    return 1;
}

/* 8. a clock time on its own: [sekitar] pukul 10.00 WIB, 07.24 WIB (a
 *    bare time needs its zone).  Its date is that of the last full date
 *    earlier in the sentence (Rabu (31/12/2014) sekitar pukul 09.00 WIB),
 *    else the reference date. */
static int m_clock(ctx *c, size_t i, match *m)
{
    size_t k = i;
    int approx = 0;
    if ((is(c, k, "sekitar") || is(c, k, "sekira") || is(c, k, "kira-kira")) &&
        (is(c, k + 1, "pukul") || is(c, k + 1, "jam")))
        approx = 1, k++;
    else if (is(c, k, "tepat") && is(c, k + 1, "pukul"))
        k++; /* tepat pukul satu siang: exactly (extent only) */
    /* "jam" is also the unit (dua jam): as a clock only before a number
     * and a part of the day (jam 3 sore), after sekitar, or before a
     * number written as a clock (jam 08.00) */
    int hh, mm;
    if (is(c, k, "jam") && !(k + 1 < c->s1 && c->d->tokens[k + 1].kind == WT_TOK_NUMBER &&
                             (approx || cls(c, k + 2, TC_PART) || hh_mm(c, k + 1, &hh, &mm))))
        return 0;
    int bare = k < c->s1 && c->d->tokens[k].kind == WT_TOK_NUMBER;
    if (!is(c, k, "pukul") && !is(c, k, "jam") && !bare)
        return 0;
    size_t n = clock_after(c, k, m);
    if (!n)
        return 0;
    /* no date in the sentence: the day the story is on (the last date
     * the text wrote out to the day or hari ini, not an attribution's nor
     * a kemarin's), else the
     * reference date */
    const wti_date *r = c->storyday.day && i - c->storyday_tok <= 150 ? &c->storyday : &c->d->ref;
    wti_date day;
    uint32_t s0 = c->d->tokens[c->s0].start;
    for (size_t t = c->d->n_times; t-- > 0;) {
        const wt_time *tm = &c->d->times[t];
        if (tm->start < s0)
            break;
        if ((tm->type == WT_TIME_DATE || tm->type == WT_TIME_TIME) && tm->value &&
            strlen(tm->value) >= 10 && tm->value[4] == '-' && tm->value[7] == '-') {
            char ymd[11];
            memcpy(ymd, tm->value, 10);
            ymd[10] = 0;
            if (!wti_date_parse(ymd, &day) || !day.day)
                continue;
            r = &day;
            break;
        }
    }
    /* pukul 09.00 WIB pada Minggu (28/12/2025): a date right after */
    size_t after = k + n;
    if (is(c, after, ",") || is(c, after, "pada"))
        after++;
    match nx;
    memset(&nx, 0, sizeof nx);
    if (after < c->s1 && m_explicit(c, after, &nx) && !nx.clock[0]) {
        day.year = nx.y, day.month = nx.m, day.day = nx.day;
        r = &day;
    } else if (after < c->s1 && (memset(&nx, 0, sizeof nx), m_weekday(c, after, &nx)) &&
               nx.y && nx.day) {
        /* pukul 10.00 WIB hari Senin: the weekday after it */
        day.year = nx.y, day.month = nx.m, day.day = nx.day;
        r = &day;
    }
    m->a = i, m->b = k + n;
    /* pukul 14.00 WIB kemarin sore, pukul 10.00 hari ini, pukul 11.15
     * tadi: the day word after the clock is part of it and says the day */
    size_t e = k + n;
    match dr;
    memset(&dr, 0, sizeof dr);
    if (is(c, e, "hari") && is(c, e + 1, "ini") && c->d->ref.day) {
        day = c->d->ref, r = &day;
        m->b = e + 2;
    } else if (e < c->s1 && (cls(c, e, TC_DAYREL) || is(c, e, "tadi")) &&
               m_dayrel(c, e, &dr) && dr.gran == 0 && dr.y) {
        day.year = dr.y, day.month = dr.m, day.day = dr.day;
        r = &day;
        m->b = dr.b;
    } else if (is(c, e, "tadi") && c->d->ref.day) {
        day = c->d->ref, r = &day;
        m->b = e + 1;
    }
    m->type = WT_TIME_TIME;
    if (approx)
        m->mod = WT_MOD_APPROX;
    if (r->year && r->day) {
        m->y = r->year, m->m = r->month, m->day = r->day, m->gran = 0;
    } else {
        snprintf(m->value, sizeof m->value, "%s", m->clock);
        m->clock[0] = 0;
    }
    return 1;
}

/* 9. sets: setiap (hari|minggu|bulan|tahun) [Day]; N kali (sehari|
 *    seminggu|sebulan|setahun) */
static int m_set(ctx *c, size_t i, match *m)
{
    wti_num num;
    if (wti_num_read(&c->t->num, c->d, i, &num) && !num.vague && !num.percent &&
        !num.money && num.value >= 1 && num.value <= 1000 &&
        is(c, i + num.ntok, "kali") && cls(c, i + num.ntok + 1, TC_UNIT1)) {
        snprintf(m->value, sizeof m->value, "P1%s", cls(c, i + num.ntok + 1, TC_UNIT1));
        m->type = WT_TIME_SET;
        m->a = i, m->b = i + num.ntok + 2;
        return 1;
    }
    /* bulanan, tahunan: "monthly", "yearly" (laporan bulanan); capitalized
     * mid-sentence it is a name (Harian Kompas) */
    const wt_token *tk = &c->d->tokens[i];
    const char *per = tk->end - tk->start >= 6 && c->d->text[tk->end - 1] == 'n' &&
                              c->d->text[tk->end - 2] == 'a'
                          ? cls(c, i, TC_SETWORD) : NULL;
    if (per) {
        if (upper_initial(c, i) && !sent_initial(c, i))
            return 0;
        snprintf(m->value, sizeof m->value, "P1%s", per);
        m->type = WT_TIME_SET;
        m->a = i, m->b = i + 1;
        return 1;
    }
    /* pameran dua tahunan: every two years; sudah empat tahunan: "some
     * four years", a duration */
    if (wti_num_read(&c->t->num, c->d, i, &num) && num.words && !num.vague && !num.percent &&
        !num.money && num.value >= 2 && num.value <= 100 && num.value == (long)num.value &&
        i + num.ntok < c->s1) {
        size_t k = i + num.ntok;
        const wt_token *tk2 = &c->d->tokens[k];
        const char *per2 = tk2->kind == WT_TOK_WORD && tk2->end - tk2->start >= 6 &&
                                   c->d->text[tk2->end - 1] == 'n' && c->d->text[tk2->end - 2] == 'a' &&
                                   !upper_initial(c, k)
                               ? cls(c, k, TC_SETWORD) : NULL;
        if (per2) {
            int dur = i > c->s0 && (is(c, i - 1, "sudah") || is(c, i - 1, "selama") ||
                                    is(c, i - 1, "hampir") || is(c, i - 1, "sekitar"));
            snprintf(m->value, sizeof m->value, "P%ld%s", (long)num.value, per2);
            m->type = dur ? WT_TIME_DURATION : WT_TIME_SET;
            m->a = i, m->b = k + 1;
            return 1;
        }
    }
    if (is(c, i, "hampir") && cls(c, i + 1, TC_SET) && m_set(c, i + 1, m)) {
        m->a = i; /* hampir setiap hari: almost every day */
        return 1;
    }
    if (!cls(c, i, TC_SET))
        return 0;
    long cnt;
    size_t len;
    const char *cu;
    int clk;
    if (count_before_unit(c, i + 1, &cnt, &len, &cu, &clk, NULL) && cnt > 1) {
        snprintf(m->value, sizeof m->value, "P%s%ld%s", clk ? "T" : "", cnt, cu);
        if (!strcmp(cu, "10Y") || !strcmp(cu, "100Y"))
            return 0;
        m->type = WT_TIME_SET;
        m->a = i, m->b = i + 1 + len;
        if (is(c, m->b, "sekali"))
            m->b++; /* setiap tiga bulan sekali */
        return 1;
    }
    const char *unit = cls(c, i + 1, TC_UNIT), *part = NULL;
    if (!unit && i + 1 < c->s1 && c->d->tokens[i + 1].kind == WT_TOK_WORD) {
        /* setiap bulannya, tiap harinya: the unit with -nya */
        char w[16];
        size_t n = wti_tok_lower(c->d, i + 1, w, sizeof w);
        if (n > 5 && n < sizeof w && !memcmp(w + n - 3, "nya", 3)) {
            unit = cls_str(c, w, n - 3, TC_UNIT);
            part = cls_str(c, w, n - 3, TC_PART);
        }
    }
    int wd = day_of(c, i + 1);
    if (unit && !strcmp(unit, "D") && day_of(c, i + 2)) {
        snprintf(m->value, sizeof m->value, "XXXX-WXX-%d", day_of(c, i + 2));
        m->b = i + 3;
    } else if ((part || (part = cls(c, i + 1, TC_PART)) != NULL) && !is(c, i + 2, "hari")) {
        snprintf(m->value, sizeof m->value, "XXXX-XX-XX%s", part);
        m->b = i + 2; /* setiap malam, setiap malamnya: every night */
    } else if (cls(c, i + 1, TC_PART) && is(c, i + 2, "hari")) {
        snprintf(m->value, sizeof m->value, "XXXX-XX-XX%s", cls(c, i + 1, TC_PART));
        m->b = i + 3;
    } else if (wd && upper_initial(c, i + 1)) {
        snprintf(m->value, sizeof m->value, "XXXX-WXX-%d", wd);
        m->b = i + 2;
    } else if (unit && unit[0] != '1') {
        snprintf(m->value, sizeof m->value, "P1%s", unit);
        m->b = i + 2;
    } else {
        return 0;
    }
    m->a = i;
    m->type = WT_TIME_SET;
    return 1;
}

/* dulu, dahulu as "formerly": after sejak, dari, seperti, zaman, masa,
 * yang (sejak dulu, seperti dulu), opening a sentence or clause (Dulu,
 * ...), or between a pronoun and the word it modifies (kami dulu
 * tinggal); after a verb it is the particle "first" (lihat dulu). */
static int past_adverb(const ctx *c, size_t i)
{
    static const char *const before[] = {"sejak", "dari", "seperti", "zaman", "jaman",
                                         "masa", "waktu", "sedari", "semenjak",
                                         "yang", "tempo", "kala", "sebagaimana"};
    static const char *const pron[] = {"saya", "aku", "kami", "kita", "dia", "ia",
                                       "mereka", "beliau", "kamu", "anda", "dulunya"};
    if (i <= c->s0 || c->d->tokens[i - 1].kind == WT_TOK_PUNCT)
        return 1;
    for (size_t k = 0; k < sizeof before / sizeof *before; k++)
        if (is(c, i - 1, before[k]))
            return 1;
    if (i + 1 < c->s1 && c->d->tokens[i + 1].kind == WT_TOK_WORD) {
        for (size_t k = 0; k < sizeof pron / sizeof *pron; k++)
            if (is(c, i - 1, pron[k]))
                return 1;
        /* China atau Malaysia dulu memproduksi: between a name and its
         * verb (me-, ber-) */
        const char *nx = c->d->text + c->d->tokens[i + 1].start;
        if (c->d->tokens[i - 1].kind == WT_TOK_WORD && upper_initial(c, i - 1) &&
            !sent_initial(c, i - 1) && c->d->tokens[i + 1].end - c->d->tokens[i + 1].start > 4 &&
            (!memcmp(nx, "me", 2) || !memcmp(nx, "ber", 3)))
            return 1;
    }
    return 0;
}

/* A word that cannot follow "ke depan" as a place (ke depan Istana) and
 * so makes it the time to come: infrastruktur ke depan lebih baik, ke
 * depan akan dibangun. */
static int clause_word(const ctx *c, size_t i)
{
    static const char *const w[] = {"lebih", "akan", "bisa", "dapat", "harus", "perlu",
                                    "tetap", "masih", "agar", "supaya", "semakin", "makin",
                                    "juga", "tidak", "tak", "pun", "diharapkan", "kami",
                                    "kita", "saya", "mereka", "menjadi", "jadi", "sudah",
                                    "belum", "terus", "lagi", "mungkin", "bakal",
                                    "sehingga", "maka", "nanti"};
    if (upper_initial(c, i))
        return 0;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (is(c, i, w[k]))
            return 1;
    return 0;
}

/* A conjunction right before "ke depan" (jika ke depan dipikirkan, agar
 * ke depan tidak terulang): nothing moves there, so it is the time to
 * come. */
static int conj_before(const ctx *c, size_t i)
{
    static const char *const w[] = {"jika", "bila", "apabila", "kalau", "agar", "supaya",
                                    "sehingga", "namun", "dan", "tapi", "tetapi", "maka"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (is(c, i, w[k]))
            return 1;
    return 0;
}

/* 10. deictic references: saat ini, kini, masa depan */
static int m_ref(ctx *c, size_t i, match *m)
{
    /* (ke) depannya, (ke) depan at a clause end: "from now on"; not after
     * a verb of motion (maju ke depan) nor before a noun (ke depan Istana) */
    /* kedepan, kedepannya: "ke depan" written as one word */
    if ((is(c, i, "kedepannya") ||
         (is(c, i, "kedepan") && (i + 1 >= c->s1 || c->d->tokens[i + 1].kind == WT_TOK_PUNCT ||
                                  clause_word(c, i + 1)))) &&
        !(i > c->s0 && cls(c, i - 1, TC_MOTION))) {
        snprintf(m->value, sizeof m->value, "FUTURE_REF");
        m->a = i, m->b = i + 1;
        return 1;
    }
    int nya = is(c, i, "depannya");
    if ((nya || is(c, i, "depan")) && i >= c->s0 + 1 && is(c, i - 1, "ke") &&
        !(i >= c->s0 + 2 && cls(c, i - 2, TC_MOTION)) &&
        (nya || i + 1 >= c->s1 || c->d->tokens[i + 1].kind == WT_TOK_PUNCT ||
         clause_word(c, i + 1) || (i >= c->s0 + 2 && conj_before(c, i - 2)) ||
         (sent_initial(c, i - 1) && upper_initial(c, i - 1)))) {
        /* ("Ke depan BI akan ...": opening the sentence, "from now on") */
        snprintf(m->value, sizeof m->value, "FUTURE_REF");
        m->a = i - 1, m->b = i + 1;
        return 1;
    }
    const wt_doc *d = c->d;
    size_t n0 = d->tokens[i].end - d->tokens[i].start;
    for (int r = 0; r < c->t->n_refs; r++) {
        const struct refphrase *p = &c->t->refs[r];
        if (p->len[0] != n0)
            continue;
        int ok = 1;
        for (int w = 0; w < p->n && ok; w++) {
            size_t k = i + (size_t)w;
            ok = k < c->s1 && d->tokens[k].end - d->tokens[k].start == p->len[w] &&
                 wti_lower_eq(d->text + d->tokens[k].start, p->w[w], p->len[w]);
        }
        if (ok && p->n == 1 && (is(c, i, "dulu") || is(c, i, "dahulu")) && !past_adverb(c, i))
            ok = 0; /* tunggu dulu, terlebih dahulu: "first", not a time */
        if (ok && p->n == 1 && is(c, i, "dulunya") && !sent_initial(c, i))
            ok = 0; /* Dulunya ... opens a sentence; "yang dulunya desa" is "formerly" */
        if (ok) {
            m->a = i, m->b = i + (size_t)p->n;
            /* saat itu, waktu itu: the time the text last named, or the
             * past when it named none */
            /* (not a future anchor in a past sentence: "... dalam 3
             * tahun yang akan datang." ... "Ketika itu, lahir mobil
             * nasional" speaks of the past) */
            const wti_date *an = &c->anchor, *rf = &c->d->ref;
            int future_anchor = an->year && rf->year &&
                                wti_days_from_civil(an->year, an->month ? an->month : 1,
                                                    an->day ? an->day : 1) >
                                    wti_days_from_civil(rf->year, rf->month ? rf->month : 12,
                                                        rf->day ? rf->day : 28);
            if (!strcmp(p->value, "ANCHOR") && c->anchored &&
                !(future_anchor && !future_before(c, i)) && anchor_match(c, 0, m))
                return m->anaphor = 1;
            snprintf(m->value, sizeof m->value, "%s",
                     strcmp(p->value, "ANCHOR") ? p->value : "PAST_REF");
            return 1;
        }
    }
    return 0;
}

static void format_value(const match *m, char *out, size_t cap)
{
    if (m->value[0]) {
        snprintf(out, cap, "%s", m->value);
        return;
    }
    switch (m->gran) {
    case 0:
        snprintf(out, cap, "%04d-%02d-%02d%s", m->y, m->m, m->day, m->clock);
        break;
    case 1:
        snprintf(out, cap, "%04d-%02d", m->y, m->m);
        break;
    case 2:
        snprintf(out, cap, "%04d", m->y);
        break;
    case 3:
        snprintf(out, cap, "%03dX", m->y / 10);
        break;
    default: {
        int wy, wk;
        iso_week(m->y, m->m, m->day, &wy, &wk);
        snprintf(out, cap, "%04d-W%02d", wy, wk);
    }
    }
}

/* An ordinal 1..max: 1-4, I-IV, pertama..keempat, ke-1 .. ke-4. */
static int ordinal(const ctx *c, size_t i, int max)
{
    static const char *const roman[] = {"i", "ii", "iii", "iv"};
    static const char *const words[] = {"pertama", "kedua", "ketiga", "keempat"};
    for (int k = 0; k < max && k < 4; k++)
        if (is(c, i, roman[k]) || is(c, i, words[k]))
            return k + 1;
    char buf[8];
    size_t n = i < c->d->n_tokens ? wti_tok_lower(c->d, i, buf, sizeof buf) : 0;
    const char *p = buf;
    if (n > 3 && !memcmp(buf, "ke-", 3))
        p += 3, n -= 3;
    if (n == 1 && p[0] >= '1' && p[0] < '1' + max)
        return p[0] - '0';
    return 0;
}

/* The lowercase roman numeral i..iv in s[0..n) as 1..max, else 0 (the
 * III of triwulan III-2015, the I of kuartal-I 2020). */
static int roman_ordinal(const char *s, size_t n, int max)
{
    static const char *const roman[] = {"i", "ii", "iii", "iv"};
    for (int r = 0; r < max && r < 4; r++)
        if (n == strlen(roman[r]) && !memcmp(s, roman[r], n))
            return r + 1;
    return 0;
}

/* The value of a lowercase Roman numeral of i, v and x (abad xxi is
 * 21), 0 when s is none. */
static long roman_value(const char *s, size_t n)
{
    long v = 0;
    for (size_t k = 0; k < n; k++) {
        int d = s[k] == 'i' ? 1 : s[k] == 'v' ? 5 : s[k] == 'x' ? 10 : 0;
        int e = k + 1 < n ? (s[k + 1] == 'i' ? 1 : s[k + 1] == 'v' ? 5 : s[k + 1] == 'x' ? 10 : 0) : 0;
        if (!d)
            return 0;
        v += d < e ? -d : d;
    }
    return v;
}

/* 10. quarters and halves: (triwulan|kuartal) III [tahun] 2014 ->
 *     2014-Q3; semester kedua -> YYYY-H2 (the reference year when none is
 *     written); centuries: abad ke-20 -> 19. */
static int m_part_of_year(ctx *c, size_t i, match *m)
{
    int q = is(c, i, "triwulan") || is(c, i, "kuartal") || is(c, i, "kwartal");
    int h = is(c, i, "semester") || is(c, i, "paruh");
    if (!q && !h && c->d->tokens[i].kind == WT_TOK_WORD) {
        /* kuartal-I 2020, triwulan-III 2019: the ordinal glued by a dash */
        char w[16];
        size_t n = wti_tok_lower(c->d, i, w, sizeof w);
        const char *dash = n < sizeof w ? memchr(w, '-', n) : NULL;
        if (dash) {
            size_t a = (size_t)(dash - w);
            int qq = (a == 7 && (!memcmp(w, "kuartal", 7) || !memcmp(w, "kwartal", 7))) ||
                     (a == 8 && !memcmp(w, "triwulan", 8));
            int hh = a == 8 && !memcmp(w, "semester", 8);
            int o = roman_ordinal(dash + 1, n - a - 1, qq ? 4 : 2);
            if (!o && n - a - 1 == 1 && dash[1] >= '1' && dash[1] <= (qq ? '4' : '2'))
                o = dash[1] - '0';
            long yr = small_int(c, i + 1);
            if ((qq || hh) && o && is_year(yr) &&
                c->d->tokens[i + 1].end - c->d->tokens[i + 1].start == 4) {
                snprintf(m->value, sizeof m->value, "%04ld-%c%d", yr, qq ? 'Q' : 'H', o);
                m->a = i, m->b = i + 2;
                return 1;
            }
            return 0;
        }
    }
    if (is(c, i, "abad")) {
        size_t k = i + 1;
        if (is(c, k, "ke"))
            k++;
        long n = small_int(c, k);
        char buf[8];
        if (n <= 0 && k < c->s1) {
            size_t l = wti_tok_lower(c->d, k, buf, sizeof buf);
            if (l > 3 && !memcmp(buf, "ke-", 3))
                n = atol(buf + 3);
            else if (l < sizeof buf && upper_initial(c, k))
                n = roman_value(buf, l); /* abad XXI */
        }
        if (n < 1 || n > 30)
            return 0;
        snprintf(m->value, sizeof m->value, "%02ld", n - 1);
        m->a = i, m->b = k + 1;
        return 1;
    }
    if ((is(c, i, "pekan") || is(c, i, "minggu")) && i + 2 < c->s1) {
        /* pekan I September 2019, minggu ketiga Oktober, minggu terakhir
         * bulan Agustus: the n-th week of a month, as the n-th ISO week
         * whose Monday falls in it (the last: the last such week) */
        int o = ordinal(c, i + 1, 4);
        if (!o && !is(c, i + 1, "terakhir"))
            return 0;
        size_t k = i + 2;
        if (is(c, k, "bulan"))
            k++;
        int mo = month_of(c, k);
        if (!mo)
            return 0;
        k++;
        long yr = small_int(c, k);
        int y;
        if (is_year(yr) && c->d->tokens[k].end - c->d->tokens[k].start == 4)
            y = (int)yr, k++;
        else if (!(y = year_for(c, mo, 0, sentence_dir(c, i))))
            return 0;
        int wd1 = wti_weekday(y, mo, 1); /* 1 Monday .. 7 Sunday */
        int monday = 1 + (8 - wd1) % 7;  /* the first Monday in the month */
        int day = o ? monday + 7 * (o - 1) : monday + 7 * ((days_in_month(y, mo) - monday) / 7);
        if (day > days_in_month(y, mo))
            return 0;
        int wy, wk;
        iso_week(y, mo, day, &wy, &wk);
        snprintf(m->value, sizeof m->value, "%04d-W%02d", wy, wk);
        m->a = i, m->b = k;
        return 1;
    }
    if (!q && !h)
        return 0;
    if (q && c->d->ref.year && c->d->ref.month) {
        /* kuartal ini, kuartal lalu, kuartal sebelumnya, kuartal depan:
         * from the reference date's quarter */
        const char *rd = cls(c, i + 1, TC_RELDIR);
        int dq = 0;
        if (rd && !strcmp(rd, "0"))
            dq = 0;
        else if (rd && (!strcmp(rd, "-1") || !strcmp(rd, "a-1")))
            dq = -1;
        else if (rd && !strcmp(rd, "+1"))
            dq = 1;
        else
            rd = NULL;
        if (rd) {
            int qi = (c->d->ref.year * 4 + (c->d->ref.month - 1) / 3) + dq;
            snprintf(m->value, sizeof m->value, "%04d-Q%d", qi / 4, qi % 4 + 1);
            m->a = i, m->b = i + 2;
            return 1;
        }
    }
    int o = ordinal(c, i + 1, q ? 4 : 2);
    if (!o && h && (is(c, i + 1, "awal") || is(c, i + 1, "akhir")) &&
        (is(c, i + 2, "tahun") || is_year(small_int(c, i + 2))))
        o = is(c, i + 1, "awal") ? 1 : 2; /* paruh akhir 2025 (not paruh awal gim) */
    if (!o && q && i + 1 < c->s1 && c->d->tokens[i + 1].kind == WT_TOK_WORD) {
        /* triwulan I-2015: the quarter and its year in one token */
        char w[12];
        size_t n = wti_tok_lower(c->d, i + 1, w, sizeof w);
        const char *dash = n >= 6 ? memchr(w, '-', n) : NULL;
        if (dash && w + n - dash == 5) {
            int yr = atoi(dash + 1);
            o = roman_ordinal(w, (size_t)(dash - w), 4);
            if (o && is_year(yr)) {
                snprintf(m->value, sizeof m->value, "%04d-Q%d", yr, o);
                m->a = i, m->b = i + 2;
                return 1;
            }
        }
        return 0;
    }
    if (!o)
        return 0;
    size_t k = i + 2;
    int y = c->d->ref.year;
    /* kuartal pertama dan kedua tahun depan: the year after the second
     * ordinal is the first one's too */
    size_t yk = k;
    if (is(c, k, "dan") && ordinal(c, k + 1, q ? 4 : 2))
        yk = k + 2;
    if (yk != k) {
        long yr2 = small_int(c, yk + is(c, yk, "tahun"));
        const char *rd2 = is(c, yk, "tahun") ? cls(c, yk + 1, TC_RELDIR) : NULL;
        if (is_year(yr2))
            y = (int)yr2;
        else if (rd2 && (!strcmp(rd2, "0") || !strcmp(rd2, "-1") || !strcmp(rd2, "+1")))
            y += atoi(rd2);
        snprintf(m->value, sizeof m->value, "%04d-%c%d", y, q ? 'Q' : 'H', o);
        m->a = i, m->b = k;
        return 1;
    }
    if (is(c, k, "tahun"))
        k++;
    long yr = small_int(c, k);
    const char *rd = is(c, k - 1, "tahun") ? cls(c, k, TC_RELDIR) : NULL;
    if (is_year(yr) && c->d->tokens[k].end - c->d->tokens[k].start == 4) {
        y = (int)yr, k++;
        if (is(c, k, "ini") || is(c, k, "lalu"))
            k++; /* kuartal kedua tahun 2019 ini */
    } else if (rd && (!strcmp(rd, "0") || !strcmp(rd, "-1") || !strcmp(rd, "+1")))
        y += atoi(rd), k++; /* kuartal ketiga tahun ini, tahun lalu */
    else if (is(c, k - 1, "tahun"))
        k--;
    if (!y)
        return 0;
    snprintf(m->value, sizeof m->value, "%04d-%c%d", y, q ? 'Q' : 'H', o);
    m->a = i, m->b = k;
    return 1;
}

/* 11. berjam-jam, berhari-hari, bertahun-tahun: a duration of unknown
 *     length (PTXH, PXD, PXY); keesokan harinya: the day after the anchor;
 *     lima tahun sekali: a set (P5Y); tanggal 15: that day of the
 *     reference month. */
static int m_misc(ctx *c, size_t i, match *m)
{
    char w[40];
    size_t n = i < c->s1 && c->d->tokens[i].kind == WT_TOK_WORD
                   ? wti_tok_lower(c->d, i, w, sizeof w) : 0;
    const char *dash = n > 4 ? memchr(w, '-', n) : NULL;
    /* berpuluh tahun, beratus-ratus tahun: "for tens (hundreds) of
     * years", a count of unknown size of the unit after it */
    if ((n >= 8 && !memcmp(w, "berpuluh", 8)) || (n >= 7 && !memcmp(w, "beratus", 7)) ||
        (n >= 6 && !memcmp(w, "beribu", 6))) {
        const char *u = cls(c, i + 1, TC_UNIT);
        const char *cu = cls(c, i + 1, TC_CLOCK);
        if (!u && !cu)
            return 0;
        snprintf(m->value, sizeof m->value, "P%sX%s", cu ? "T" : "", u ? u : cu);
        m->type = WT_TIME_DURATION;
        m->a = i, m->b = i + 2;
        return 1;
    }
    if (dash && !memcmp(w, "ber", 3)) {
        size_t a = (size_t)(dash - w) - 3, b = n - (size_t)(dash - w) - 1;
        const char *u = cls_str(c, w + 3, a, TC_UNIT);
        const char *cu = cls_str(c, w + 3, a, TC_CLOCK);
        if (a == b && !memcmp(w + 3, dash + 1, a) && (u || cu)) {
            /* berabad-abad: TIMEX3 writes an unknown number of centuries
             * (decades) PXCE (PXDE) */
            if (u && (!strcmp(u, "100Y") || !strcmp(u, "10Y")))
                u = u[2] == '0' ? "CE" : "DE";
            size_t rl;
            const char *rd = reldir_at(c, i + 1, &rl);
            if (rd && (!strcmp(rd, "-1") || !strcmp(rd, "+1"))) {
                /* berabad-abad lalu: some time back, not a duration */
                snprintf(m->value, sizeof m->value, "%s", rd[0] == '-' ? "PAST_REF" : "FUTURE_REF");
                m->a = i, m->b = i + 1 + rl;
                return 1;
            }
            snprintf(m->value, sizeof m->value, "P%sX%s", cu ? "T" : "", u ? u : cu);
            m->type = WT_TIME_DURATION;
            m->a = i, m->b = i + 1;
            return 1;
        }
        return 0;
    }
    if ((is(c, i, "keesokan") || is(c, i, "esoknya")) && c->anchor.year) {
        size_t k = i + 1;
        if (is(c, i, "keesokan") && (is(c, k, "harinya") || is(c, k, "hari")))
            k++;
        if (!c->anchored) {
            /* no date named before it: the day after some day */
            snprintf(m->value, sizeof m->value, "XXXX-XX-XX");
        } else if (c->anchor.day) {
            long z = wti_days_from_civil(c->anchor.year, c->anchor.month,
                                         c->anchor.day) + 1;
            wti_civil_from_days(z, &m->y, &m->m, &m->day);
            m->gran = 0;
        } else { /* an anchor known to the month or year: that */
            m->y = c->anchor.year, m->m = c->anchor.month;
            m->gran = c->anchor.month ? 1 : 2;
        }
        m->a = i, m->b = k;
        return 1;
    }
    if (is(c, i, "tanggal") && i + 1 < c->s1) {
        /* tanggal 28 Desember 2014, tanggal 28/12: the word is part of the
         * date (TimeML's extent, IndoTimex's "tanggal [day]") */
        match dm_;
        memset(&dm_, 0, sizeof dm_);
        if ((m_explicit(c, i + 1, &dm_) || (memset(&dm_, 0, sizeof dm_), m_month(c, i + 1, &dm_))) &&
            dm_.a == i + 1 && c->d->tokens[i + 1].kind == WT_TOK_NUMBER) {
            *m = dm_;
            m->a = i;
            return 1;
        }
    }
    if (is(c, i, "tanggal") && c->d->ref.year && c->d->ref.month) {
        long day = small_int(c, i + 1);
        /* "tanggal 15" with no month after it (tanggal 17 Agustus is the
         * month matcher's, from the day on) */
        if (day >= 1 && day <= days_in_month(c->d->ref.year, c->d->ref.month) &&
            c->d->tokens[i + 1].end - c->d->tokens[i + 1].start <= 2 &&
            !month_of(c, i + 2) && !cls(c, i + 2, TC_UNIT)) {
            m->y = c->d->ref.year, m->m = c->d->ref.month, m->day = (int)day;
            m->gran = 0;
            m->a = i, m->b = i + 2;
            /* tanggal 12 sampai dengan tanggal 8 September: the month of the
             * range's end, the one before when the first day is later */
            size_t r = i + 2;
            if (is(c, r, "sampai") || is(c, r, "hingga") || is(c, r, "-")) {
                r++;
                if (is(c, r, "dengan"))
                    r++;
                if (is(c, r, "tanggal"))
                    r++;
                match to;
                memset(&to, 0, sizeof to);
                long d2 = small_int(c, r);
                if (d2 >= 1 && d2 <= 31 && month_of(c, r + 1) && m_explicit(c, r, &to) &&
                    to.gran == 0 && to.y) {
                    int y1 = to.y, m1 = to.m;
                    if (day > d2 && --m1 < 1)
                        m1 = 12, y1--;
                    if (day <= days_in_month(y1, m1))
                        m->y = y1, m->m = m1;
                    return 1;
                }
            }
            /* tanggal 10 nanti, tanggal 28 lalu: the next or the last such
             * day, in the month before or after when need be */
            size_t rl;
            const char *rd = reldir_at(c, i + 2, &rl);
            int dir = rd && !strcmp(rd, "-1") ? -1 : rd && !strcmp(rd, "+1") ? 1 :
                      is(c, i + 2, "nanti") ? 1 : 0;
            if (dir && c->d->ref.day) {
                int y = c->d->ref.year, mo = c->d->ref.month;
                if (dir > 0 && day < c->d->ref.day && ++mo > 12)
                    mo = 1, y++;
                else if (dir < 0 && day > c->d->ref.day && --mo < 1)
                    mo = 12, y--;
                if (day <= days_in_month(y, mo))
                    m->y = y, m->m = mo;
                m->b = i + 2 + (rl ? rl : 1);
            }
            return 1;
        }
    }
    /* sebentar, sejenak, beberapa saat: a short while (sebentar lagi,
     * beberapa saat kemudian are references, matched before) */
    if (is(c, i, "sebentar") || is(c, i, "sejenak") ||
        (is(c, i, "beberapa") && is(c, i + 1, "saat"))) {
        snprintf(m->value, sizeof m->value, "PTXM");
        m->type = WT_TIME_DURATION;
        m->a = i, m->b = i + (is(c, i, "beberapa") ? 2 : 1);
        return 1;
    }
    /* sehari-hari: daily */
    if (is(c, i, "sehari-hari")) {
        snprintf(m->value, sizeof m->value, "P1D");
        m->type = WT_TIME_SET;
        m->a = i, m->b = i + 1;
        return 1;
    }
    /* sekali seminggu, sekali sebulan: once a week (as "seminggu sekali") */
    if (is(c, i, "sekali") && (cls(c, i + 1, TC_UNIT1) || cls(c, i + 1, TC_CLOCK1))) {
        const char *u1 = cls(c, i + 1, TC_UNIT1);
        snprintf(m->value, sizeof m->value, "P%s1%s", u1 ? "" : "T",
                 u1 ? u1 : cls(c, i + 1, TC_CLOCK1));
        m->type = WT_TIME_SET;
        m->a = i, m->b = i + 2;
        return 1;
    }
    /* [setidaknya] N <unit> sekali */
    long cnt;
    size_t len;
    const char *unit;
    int clock;
    size_t j = i + (is(c, i, "setidaknya") || is(c, i, "minimal") || is(c, i, "sedikitnya") ||
                    is(c, i, "maksimal"));
    if (count_before_unit(c, j, &cnt, &len, &unit, &clock, NULL) && cnt > 0 &&
        is(c, j + len, "sekali")) {
        snprintf(m->value, sizeof m->value, "P%s%ld%s", clock ? "T" : "", cnt, unit);
        m->type = WT_TIME_SET;
        m->a = i, m->b = j + len + 1;
        return 1;
    }
    return 0;
}

/* The holiday named by the one or two words at i (Natal, Tahun Baru:
 * data/timex.txt class "holiday", value MM-DD), its word count in *n. */
static const char *holiday_at(const ctx *c, size_t i, size_t *n)
{
    if (i >= c->s1 || !upper_initial(c, i))
        return NULL;
    char w[48];
    size_t l = wti_tok_lower(c->d, i, w, sizeof w);
    if (i + 1 < c->s1 && c->d->tokens[i + 1].kind == WT_TOK_WORD && l + 1 < sizeof w) {
        w[l] = ' ';
        size_t l2 = wti_tok_lower(c->d, i + 1, w + l + 1, sizeof w - l - 1);
        const char *v = upper_initial(c, i + 1) ? cls_str(c, w, l + 1 + l2, TC_HOLIDAY) : NULL;
        if (v) {
            *n = 2;
            return v;
        }
    }
    *n = 1;
    return cls_str(c, w, l, TC_HOLIDAY);
}

/* 0. fixed-date holidays: [malam|hari] Natal [YYYY], malam Tahun Baru:
 *    that day (the eve for malam) in the nearest year, or the year
 *    written after it. */
static int m_holiday(ctx *c, size_t i, match *m)
{
    size_t k = i, n;
    int eve = 0;
    if (is(c, k, "malam"))
        eve = 1, k++;
    else if (is(c, k, "hari") && !day_of(c, k + 1))
        k++;
    const char *v = holiday_at(c, k, &n);
    if (!v || strlen(v) != 5)
        return 0;
    int mo = atoi(v), dd = atoi(v + 3);
    k += n;
    long yr = small_int(c, k);
    int y;
    const char *rd = cls(c, k, TC_RELDIR);
    if (is_year(yr) && c->d->tokens[k].end - c->d->tokens[k].start == 4)
        y = (int)yr, k++;
    else if (!c->d->ref.year)
        return 0;
    else if (rd && (!strcmp(rd, "+1") || !strcmp(rd, "-1"))) {
        /* Tahun Baru mendatang, Natal lalu: the next one, the last one */
        y = year_for(c, mo, dd, rd[0] == '+' ? 1 : -1);
        k++;
    } else if (sentence_dir(c, i)) /* sejak Natal, akan ... Natal */
        y = year_for(c, mo, dd, sentence_dir(c, i));
    else { /* the nearest: a holiday is spoken of before it as much as after */
        const wti_date *r = &c->d->ref;
        long ref = wti_days_from_civil(r->year, r->month ? r->month : 1, r->day ? r->day : 1);
        long x = wti_days_from_civil(r->year, mo, dd);
        y = r->year + (x - ref > 182 ? -1 : ref - x > 182 ? 1 : 0);
    }
    long z = wti_days_from_civil(y, mo, dd) - eve;
    wti_civil_from_days(z, &m->y, &m->m, &m->day);
    m->gran = 0;
    if (eve) {
        snprintf(m->clock, sizeof m->clock, "TNI");
        m->type = WT_TIME_TIME;
    }
    m->a = i, m->b = k;
    return 1;
}

/* 12. seasons: musim (dingin|panas|semi|gugur) [ini|lalu|depan|YYYY]:
 *     YYYY-WI, -SU, -SP, -FA (data/timex.txt class "season"). */
static int m_season(ctx *c, size_t i, match *m)
{
    const char *code = is(c, i, "musim") ? cls(c, i + 1, TC_SEASON) : NULL;
    if (!code || !c->d->ref.year)
        return 0;
    /* Model Musim Panas, koleksi Musim Dingin 2019: a capitalized season
     * mid-sentence is a name */
    if (upper_initial(c, i) && upper_initial(c, i + 1) && !sent_initial(c, i))
        return 0;
    size_t k = i + 2;
    int y = c->d->ref.year;
    long yr = small_int(c, k);
    const char *rd = cls(c, k, TC_RELDIR);
    if (is_year(yr) && c->d->tokens[k].end - c->d->tokens[k].start == 4)
        y = (int)yr, k++;
    else if (is(c, k, "yang") && is(c, k + 1, "akan") && is(c, k + 2, "datang"))
        y += 0, k += 3; /* musim dingin yang akan datang: the coming one */
    else if (rd && (!strcmp(rd, "0") || !strcmp(rd, "-1") || !strcmp(rd, "+1")))
        y += atoi(rd), k++;
    snprintf(m->value, sizeof m->value, "%04d-%s", y, code);
    m->a = i, m->b = k;
    return 1;
}

/* Appends a time expression [start, end) with its value to d->times. */
static wt_status push_time(wt_doc *d, uint32_t start, uint32_t end, const char *value,
                           wt_time_type type, wt_time_mod mod)
{
    wt_time *tm = WTI_VEC_PUSH(&d->arena, d->times, d->n_times, d->cap_times);
    if (!tm)
        return WT_ENOMEM;
    tm->start = start;
    tm->end = end;
    tm->value = wti_arena_strndup(&d->arena, value, strlen(value));
    if (!tm->value)
        return WT_ENOMEM;
    tm->type = type;
    tm->mod = mod;
    return WT_OK;
}

typedef int (*matcher)(ctx *, size_t, match *);

static const matcher matchers[] = {m_holiday, m_explicit, m_month,  m_year,
                                   m_period,   m_units,  m_dayrel,
                                   m_weekday,  m_clock,  m_set,
                                   m_ref,      m_part_of_year, m_misc,
                                   m_season};

static wt_status timex_pass(const struct wti_timex_tables *t, wt_doc *d);

/* The story's day from the text alone: the first date written with its
 * weekday and year (JAKARTA, ... Senin (9/12/2013); Rabu, 11 September
 * 2019), which news writes for the day it reports; 0 when none. */
static int story_day(const struct wti_timex_tables *t, const wt_doc *d, wti_date *out)
{
    for (size_t i = 0; i < d->n_times; i++) {
        const wt_time *tm = &d->times[i];
        if (tm->type != WT_TIME_DATE || !tm->value || strlen(tm->value) != 10)
            continue;
        /* its first word a weekday of data/days.txt, as day_of() reads one */
        const char *s = d->text + tm->start;
        size_t n = 0, len = tm->end - tm->start;
        char w[16];
        for (; n < len && n < sizeof w; n++) {
            unsigned char ch = (unsigned char)s[n];
            if (ch >= 'A' && ch <= 'Z')
                ch += 32;
            if (!((ch >= 'a' && ch <= 'z') || ch == '\''))
                break;
            w[n] = (char)ch;
        }
        if (n >= 4 && n < sizeof w && wti_map_get(&t->days, w, n) &&
            wti_date_parse(tm->value, out) && out->day)
            return 1;
    }
    return 0;
}

/* Times against the reference date; with none given (no `published`, no
 * --ref-date), against the story's day when the text writes one
 * (story_day; d->ref_inferred says so), else only what needs no
 * reference (8 September 2025, 2024) is kept. */
wt_status wti_timex_run(const struct wti_timex_tables *t, wt_doc *d)
{
    wt_status st = timex_pass(t, d);
    wti_date day;
    if (st || !t || d->ref.year || !story_day(t, d, &day))
        return st;
    d->ref = day;
    d->ref_inferred = 1;
    d->n_times = 0; /* again, now with a reference */
    return timex_pass(t, d);
}

static wt_status timex_pass(const struct wti_timex_tables *t, wt_doc *d)
{
    if (!t || !d->n_tokens)
        return WT_OK;
    ctx c = {.t = t,
             .d = d,
             .anchor = d->ref,
             .fut = (size_t)-1,
             .has_ref = d->ref.year != 0,
             .dayanchor = d->ref,
             .dayanchor_tok = (size_t)-1};
    c.tmask = wti_arena_calloc(&d->arena, d->n_tokens, sizeof *c.tmask);
    if (!c.tmask)
        return WT_ENOMEM;
    size_t si = 0, i = 0, cur = 0;
    int first = 1;
    c.s0 = c.s1 = 0;
    while (i < d->n_tokens) {
        /* the sentence holding token i: its token range, computed once */
        if (i >= c.s1 || i < c.s0 || cur != si || first) {
            while (si < d->n_sentences && d->sentences[si].end <= d->tokens[i].start)
                si++;
            first = 0;
            cur = si;
            if (si < d->n_sentences && d->tokens[i].start >= d->sentences[si].start) {
                c.s0 = i;
                c.s1 = i + 1;
                while (c.s1 < d->n_tokens && d->tokens[c.s1].start < d->sentences[si].end)
                    c.s1++;
            } else {
                c.s0 = i;
                c.s1 = i + 1;
            }
            c.fut = FUT_UNKNOWN;
        }
        match m;
        int found = 0;
        const wt_token *tk = &d->tokens[i];
        size_t law = law_number(&c, i);
        if (law) {
            i += law;
            continue;
        }
        if (tk->kind != WT_TOK_NUMBER) {
            size_t n = tk->end - tk->start;
            char buf[40];
            const char *w = d->lower ? d->lower + tk->start : buf;
            if (!d->lower)
                n = wti_tok_lower(d, i, buf, sizeof buf);
            /* a word of digits (2000-an, 2018-2023) may be a year; a
             * dashed word whose first part is a trigger (Juni-Juli) may be
             * a range */
            const char *dash;
            if (tk->kind != WT_TOK_WORD || n >= sizeof buf ||
                (!wti_map_has(&t->trigger, w, n) && !(w[0] >= '0' && w[0] <= '9') &&
                 !((dash = memchr(w, '-', n)) != NULL &&
                   wti_map_has(&t->trigger, w, (size_t)(dash - w))))) {
                i++;
                continue;
            }
        }
        matcher hit = NULL;
        for (size_t k = 0; k < sizeof matchers / sizeof *matchers; k++) {
            memset(&m, 0, sizeof m);
            if (matchers[k](&c, i, &m) && m.b > m.a) {
                found = 1;
                hit = matchers[k];
                break;
            }
        }
        if (!found) {
            i++;
            continue;
        }
        char val[64];
        format_value(&m, val, sizeof val);
        uint32_t end = d->tokens[m.b - 1].end;
        /* 2018-2023, Juni-Juli 2014: the first ends at the dash, the
         * second runs from after it to the end; the anchor moves to the
         * second */
        if (push_time(d, d->tokens[m.a].start, m.y2 ? m.cut : end, val, m.type, m.mod))
            return WT_ENOMEM;
        if (m.y2) {
            if (m.d2)
                snprintf(val, sizeof val, "%04d-%02d-%02d", m.y2, m.m2, m.d2);
            else if (m.m2)
                snprintf(val, sizeof val, "%04d-%02d", m.y2, m.m2);
            else
                snprintf(val, sizeof val, "%04d", m.y2);
            if (push_time(d, m.cut + 1, end, val, WT_TIME_DATE, WT_MOD_NONE))
                return WT_ENOMEM;
            m.y = m.y2;
            if (m.m2)
                m.m = m.m2;
            if (m.d2)
                m.day = m.d2;
        }
        if (!m.value[0] && m.type != WT_TIME_DURATION && m.y && !m.anaphor && m.attrib &&
            m.gran == 0) {
            /* an attribution's day is still "hari itu", "hari yang sama" */
            c.dayanchor.year = m.y, c.dayanchor.month = m.m, c.dayanchor.day = m.day;
            c.dayanchor_tok = m.a;
            c.spoke = c.dayanchor, c.spoke_tok = m.a;
        } else if (!m.value[0] && m.type != WT_TIME_DURATION && m.y && !m.anaphor) {
            c.anchor.year = m.y;
            c.anchor.month = m.gran <= 1 || m.gran == 4 ? m.m : 0;
            c.anchor.day = m.gran == 0 || m.gran == 4 ? m.day : 0;
            c.anchored = 1;
            if (c.anchor.day && m.gran == 0)
                c.dayanchor = c.anchor, c.dayanchor_tok = m.a;
        }
        int today = (hit == m_period || hit == m_dayrel) && m.y == d->ref.year &&
                    m.m == d->ref.month && m.day == d->ref.day; /* hari ini, tadi pagi */
        if ((hit == m_explicit || hit == m_weekday || today) && !m.value[0] && m.y &&
            m.gran == 0 && !m.anaphor && !m.attrib) {
            c.storyday.year = m.y, c.storyday.month = m.m, c.storyday.day = m.day;
            c.storyday_tok = m.a;
        } else if (hit != m_clock && (m.type == WT_TIME_DATE || m.type == WT_TIME_TIME) &&
                   !m.value[0] && m.y && !m.anaphor && !m.attrib) {
            c.storyday.day = 0; /* the story moved on: awal bulan ini, kemarin */
        }
        i = m.b;
    }
    return WT_OK;
}

/* A DATE or TIME with a calendar value (2025-10-19, 2025; not PAST_REF,
 * XXXX-XX-XXTNI). */
static int dated(const wt_time *t)
{
    const char *v = t->value; /* a century, "19", is shorter than 4 */
    return (t->type == WT_TIME_DATE || t->type == WT_TIME_TIME) && v && v[0] >= '0' &&
           v[0] <= '9' && v[1] && v[2] && v[3] != 'X';
}

/* The index of the first time starting at or after `start` (times are in
 * text order). */
static size_t first_time_at(const wt_doc *d, uint32_t start)
{
    size_t lo = 0, hi = d->n_times;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->times[mid].start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const wt_time *wti_timex_near(const wt_doc *d, uint32_t start, uint32_t end, uint32_t a,
                              uint32_t b)
{
    const wt_time *best = NULL;
    uint32_t bd = UINT32_MAX;
    for (size_t i = first_time_at(d, start); i < d->n_times; i++) {
        const wt_time *t = &d->times[i];
        if (t->start >= end)
            break;
        if (!dated(t))
            continue;
        uint32_t dist = t->end <= a ? a - t->end : t->start >= b ? t->start - b : 0;
        if (dist < bd)
            bd = dist, best = t;
    }
    return best;
}

const wt_time *wti_timex_in(const wt_doc *d, uint32_t start, uint32_t end)
{
    const wt_time *best = NULL;
    for (size_t i = first_time_at(d, start); i < d->n_times && d->times[i].start < end; i++)
        if (dated(&d->times[i]))
            best = &d->times[i];
    return best;
}
