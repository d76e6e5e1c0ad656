/*
 * claim.c - numeric claims (see claim.h and docs/claims.md).
 *
 * For every number that is not part of a time expression, a year, an
 * ordinal or an identifier, and that is followed by a counted noun (or is
 * a percentage or an amount of money), the claim is built from the words
 * around it inside its sentence:
 *   qualifier  the phrase right before the number (or order_of for vague
 *              plurals such as ribuan);
 *   unit       the noun after it (a classifier takes the next noun too:
 *              butir peluru artileri; "lainnya" repeats the last unit);
 *   measure    the nearest measure verb, after the number first; a verb in
 *              a relative clause (yang dikirim) counts less; a deploy verb
 *              after berencana / akan makes the measure `planned`;
 *   subject    the proper name right after the unit (tentara Korea Utara);
 *   source     menurut X / berdasarkan laporan X / X memperkirakan /
 *              kata X in the sentence, else the previous sentence's source
 *              when the paragraph goes on;
 *   date       the sentence's dated time expression, else `published`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claim.h"
#include "entity.h"
#include "lex.h"
#include "map.h"
#include "number.h"
#include "timex.h"

#define MAX_PHRASE 4

struct wti_claim_tables {
    wti_numbers num;
    wti_map phrases; /* "class\x1fword word" -> value string */
    wti_map first;   /* first word of a phrase -> bits (1 << CC_*) */
    wti_map titles;  /* first words of data/titles.txt (presiden, wakil) */
    wti_arena strings;
};

/* The phrase classes of data/claims.txt that the rules ask for. */
enum cclass {
    CC_MEASURE, CC_PLAN, CC_QUALIFIER, CC_CLASSIFIER, CC_NONUNIT, CC_INHERIT,
    CC_TRIM, CC_SRC_PRE, CC_SRC_VERB, CC_SRC_AFTER, CC_ACRONYM, CC_GOODS, CC_COUNT
};
static const char *const cc_name[CC_COUNT] = {
    "measure", "plan", "qualifier", "classifier", "nonunit", "inherit",
    "trim", "src_pre", "src_verb", "src_after", "acronym", "goods"};

/* Records that class `cls` has a phrase beginning with word w. */
static wt_status note_first(struct wti_claim_tables *t, const char *cls,
                            size_t cl, const char *w, size_t wl)
{
    int k = 0;
    while (k < CC_COUNT &&
           (strlen(cc_name[k]) != cl || memcmp(cc_name[k], cls, cl)))
        k++;
    if (k == CC_COUNT)
        return WT_OK;
    const char *sp = memchr(w, ' ', wl);
    size_t n = sp ? (size_t)(sp - w) : wl;
    return wti_map_or(&t->first, w, n, 1u << k);
}

wt_status wti_claim_load(struct wti_claim_tables **out)
{
    struct wti_claim_tables *t = calloc(1, sizeof *t);
    if (!t)
        return WT_ENOMEM;
    wti_map_init(&t->phrases);
    wti_map_init(&t->first);
    wti_map_init(&t->titles);
    wt_status st = wti_numbers_load(&t->num);
    const wti_lexfile *tf = wti_lex_find("titles");
    if (!st && tf) {
        /* a title's first word, lowercased: "Wakil Ketua DPR RI itu"
         * points back at a person, "Intelijen tersebut" does not */
        wti_lexiter it;
        const char *line;
        size_t len;
        wti_lex_iter(&it, tf);
        while (!st && wti_lex_next(&it, &line, &len)) {
            wti_str fl[2];
            if (!wti_lex_fields(line, len, fl, 2))
                continue;
            char w[32];
            size_t n = 0;
            while (n < fl[0].len && n < sizeof w && fl[0].s[n] != ' ') {
                char ch = fl[0].s[n];
                w[n++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
            }
            char *k = n < sizeof w ? wti_arena_strndup(&t->strings, w, n) : NULL;
            if (n < sizeof w && !k)
                st = WT_ENOMEM;
            else if (k)
                st = wti_map_put(&t->titles, k, n, 1);
        }
    }
    const wti_lexfile *f = wti_lex_find("claims");
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
            char key[128];
            if (fl[0].len + fl[1].len + 1 >= sizeof key)
                continue;
            memcpy(key, fl[1].s, fl[1].len);
            key[fl[1].len] = 0x1f;
            for (size_t i = 0; i < fl[0].len; i++) {
                char c = fl[0].s[i];
                key[fl[1].len + 1 + i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            }
            char *v = wti_arena_strndup(&t->strings, fl[2].s, fl[2].len);
            if (!v)
                st = WT_ENOMEM;
            else
                st = wti_map_put_phrase(&t->phrases, key, fl[1].len + 1 + fl[0].len,
                                        fl[1].len + 1, ' ', (uintptr_t)v);
            if (!st)
                st = note_first(t, fl[1].s, fl[1].len, key + fl[1].len + 1,
                                fl[0].len);
        }
    }
    if (st) {
        wti_claim_free(t);
        return st;
    }
    *out = t;
    return WT_OK;
}

void wti_claim_free(struct wti_claim_tables *t)
{
    if (!t)
        return;
    wti_numbers_free(&t->num);
    wti_map_free(&t->phrases);
    wti_map_free(&t->first);
    wti_map_free(&t->titles);
    wti_arena_free(&t->strings);
    free(t);
}

typedef struct ctx {
    const struct wti_claim_tables *t;
    wt_doc *d;
    size_t s0, s1; /* token range of the sentence */
    uint32_t *tmask; /* per token: CC_* bits of its word (wti_tok_bits) */
} ctx;

/* The longest phrase of class k (CC_*) starting at token i; returns its
 * value and sets *n to its length in tokens.  A word that begins no phrase
 * of the class is refused from its class bits. */
static const char *phrase_at(const ctx *c, size_t i, int k, size_t *n)
{
    if (i >= c->s1 || c->d->tokens[i].kind != WT_TOK_WORD)
        return NULL;
    if (c->tmask && c->d->tokens[i].end - c->d->tokens[i].start < 63 &&
        !(wti_tok_bits(c->d, i, &c->t->first, c->tmask) & (1u << k)))
        return NULL;
    const char *klass = cc_name[k];
    char pre[64];
    size_t cl = strlen(klass);
    if (cl + 1 > sizeof pre)
        return NULL;
    memcpy(pre, klass, cl);
    pre[cl] = 0x1f;
    return (const char *)wti_phrase_at(&c->t->phrases, c->d, i, c->s1,
                                       MAX_PHRASE, pre, cl + 1, n);
}

static int has(const ctx *c, size_t i, int k)
{
    size_t n;
    return i < c->s1 && phrase_at(c, i, k, &n) != NULL && n == 1;
}

static int tok_upper(const ctx *c, size_t i)
{
    if (i >= c->s1 || c->d->tokens[i].kind != WT_TOK_WORD)
        return 0;
    unsigned char ch = (unsigned char)c->d->text[c->d->tokens[i].start];
    return (ch >= 'A' && ch <= 'Z') || ch >= 0xC0;
}

static int tok_lower_word(const ctx *c, size_t i)
{
    if (i >= c->s1 || c->d->tokens[i].kind != WT_TOK_WORD)
        return 0;
    char ch = c->d->text[c->d->tokens[i].start];
    return ch >= 'a' && ch <= 'z';
}

static int is_punct(const ctx *c, size_t i, char p)
{
    if (i >= c->s1)
        return 0;
    const wt_token *tk = &c->d->tokens[i];
    return tk->end - tk->start == 1 && c->d->text[tk->start] == p;
}

static char *dup_span(wt_doc *d, uint32_t a, uint32_t b)
{
    return wti_arena_strndup(&d->arena, d->text + a, b - a);
}

/* An active verb (meN- words such as mengguncang, menewaskan) is not a
 * counted noun; menteri is. */
static int verb_like(const wt_doc *d, size_t i)
{
    const wt_token *tk = &d->tokens[i];
    const char *s = d->text + tk->start;
    size_t n = tk->end - tk->start;
    /* menteri, menterinya, mentor: nouns */
    if (n < 6 || !strncasecmp(s, "menteri", 7) || !strncasecmp(s, "mentor", 6))
        return 0;
    return !strncmp(s, "meng", 4) || !strncmp(s, "meny", 4) || !strncmp(s, "mem", 3) ||
           !strncmp(s, "men", 3);
}

/* Is token i inside a time expression?  (times are in text order) */
static int in_time(const wt_doc *d, size_t i)
{
    const wt_token *tk = &d->tokens[i];
    size_t lo = 0, hi = d->n_times;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->times[mid].end <= tk->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->n_times && d->times[lo].start <= tk->start &&
           tk->end <= d->times[lo].end;
}

/* Is token i one of the NULL-terminated words w (lowercase)? */
static int tok_in(const wt_doc *d, size_t i, const char *const *w)
{
    for (; *w; w++)
        if (wti_tok_is(d, i, *w))
            return 1;
    return 0;
}

/* Is the measure phrase at token i `m` (killed, wounded, ...)? */
static int measure_is(const ctx *c, size_t i, const char *m)
{
    size_t n;
    const char *v = phrase_at(c, i, CC_MEASURE, &n);
    return v && !strcmp(v, m);
}

/* A verb of going or sending with a prefix other than me- (dikirim,
 * berangkat, terbang, pergi): "ke" after it is "to". */
static int motion_verb(const wt_doc *d, size_t i)
{
    static const char *const w[] = {"pergi", "terbang", "datang", "kembali", "pindah",
                                    "tiba", "berangkat", "dikirim", "dikirimkan", "diberangkatkan",
                                    "dibawa", "diterbangkan", "menyebar", "tersebar", "meluas",
                                    NULL};
    return tok_in(d, i, w);
}

/* A proper-name run starting at token i (words with capitals, joined by
 * "-" parts inside tokens); returns its length in tokens. */
static size_t name_run(const ctx *c, size_t i)
{
    size_t k = i;
    while (k < c->s1 && tok_upper(c, k) && k - i < 6)
        k++;
    return k - i;
}

/* Trims trim-class words from both ends of [*a, *b). */
static void trim_phrase(const ctx *c, size_t *a, size_t *b)
{
    size_t n;
    while (*a < *b && (phrase_at(c, *a, CC_TRIM, &n) || is_punct(c, *a, ',')) &&
           !(phrase_at(c, *a, CC_TRIM, &n) && !strcmp(phrase_at(c, *a, CC_TRIM, &n), "keep")))
        (*a)++;
    while (*b > *a && ((has(c, *b - 1, CC_TRIM) &&
                        strcmp(phrase_at(c, *b - 1, CC_TRIM, &n), "keep")) ||
                       is_punct(c, *b - 1, ',')))
        (*b)--;
}

/* Has the token range a capitalized word (a name)? */
static int has_name(const ctx *c, size_t a, size_t b)
{
    /* (a month or a weekday is no name: "berdasarkan bidang dan kategori
     * sepanjang Januari hingga Oktober") */
    static const char *const calendar[] = {
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
        "september", "oktober", "november", "desember", "senin", "selasa", "rabu",
        "kamis", "jumat", "sabtu", "minggu", NULL};
    for (size_t k = a; k < b; k++)
        if (tok_upper(c, k) && !tok_in(c->d, k, calendar))
            return 1;
    return 0;
}

/* The source stated in the sentence, as a token range; 0 when none. */
static int find_source(const ctx *c, size_t *sa, size_t *sb);

/* The source stated in the sentence of tokens [s0, s1), or NULL. */
static const char *own_source(const ctx *c0, size_t s0, size_t s1)
{
    ctx c = *c0;
    c.s0 = s0, c.s1 = s1;
    size_t sa, sb;
    if (!find_source(&c, &sa, &sb))
        return NULL;
    /* kata dia, ia mengatakan: the person named before */
    if (sb - sa == 1 && (wti_tok_is(c.d, sa, "dia") || wti_tok_is(c.d, sa, "ia") ||
                         wti_tok_is(c.d, sa, "beliau"))) {
        const wt_entity *p = wti_entity_last_person(c.d, c.d->tokens[sa].start);
        if (p)
            return p->name;
    }
    /* Wakil Ketua DPR RI itu menyampaikan: a title pointing back at the
     * person named before it */
    if (sb - sa >= 2 && (wti_tok_is(c.d, sb - 1, "itu") || wti_tok_is(c.d, sb - 1, "tersebut") ||
                         wti_tok_is(c.d, sb - 1, "tu"))) {
        char w[32];
        size_t n = wti_tok_lower(c.d, sa, w, sizeof w);
        const wt_entity *p = n < sizeof w && wti_map_get(&c.t->titles, w, n)
                                 ? wti_entity_last_person(c.d, c.d->tokens[sa].start) : NULL;
        if (p)
            return p->name;
    }
    return dup_span(c.d, c.d->tokens[sa].start, c.d->tokens[sb - 1].end);
}

/* Words that open a regulation's name or stand for one. */
static const char *const regulation_word[] = {
    "peraturan", "keputusan", "pmk", "permen", "perpres", "pp", "perda", "perppu", "uu",
    "undang-undang", "inpres", "keppres", "instruksi", "surat", "se", "aturan", "beleid",
    "regulasi", "permendagri", "permenkes", "pojk", "seojk", NULL};

/* A regulation's name from token k: a regulation word, then within a
 * dozen tokens "Nomor N Tahun YYYY" (Peraturan Menteri Keuangan (PMK)
 * Nomor 71 Tahun 2025); its end in *e, or 0. */
static int regulation_name(const wt_doc *d, size_t k, size_t end, size_t *e)
{
    if (k >= end || !tok_in(d, k, regulation_word) ||
        !(d->text[d->tokens[k].start] >= 'A' && d->text[d->tokens[k].start] <= 'Z'))
        return 0;
    for (size_t j = k + 1; j + 3 < end && j < k + 12; j++) {
        if (d->tokens[j].kind == WT_TOK_PUNCT && d->text[d->tokens[j].start] != '(' &&
            d->text[d->tokens[j].start] != ')')
            return 0;
        if ((wti_tok_is(d, j, "nomor") || wti_tok_is(d, j, "no.") || wti_tok_is(d, j, "no")) &&
            d->tokens[j + 1].kind == WT_TOK_NUMBER && wti_tok_is(d, j + 2, "tahun") &&
            d->tokens[j + 3].kind == WT_TOK_NUMBER) {
            *e = j + 4;
            return 1;
        }
    }
    return 0;
}

/* "Dalam PMK Nomor 71 Tahun 2025, ...", "Dalam aturan itu diterangkan,
 * ...": a regulation states the figures of the sentence: the one it names,
 * or for "aturan itu" the last one the text named before. */
static int regulation_source(const ctx *c, size_t *sa, size_t *sb)
{
    const wt_doc *d = c->d;
    for (size_t i = c->s0; i + 2 < c->s1; i++) {
        if (!wti_tok_is(d, i, "dalam") || !tok_in(d, i + 1, regulation_word))
            continue;
        size_t e;
        if (regulation_name(d, i + 1, c->s1, &e)) {
            *sa = i + 1, *sb = e;
            return 1;
        }
        /* dalam aturan (yang diteken ... 2025) itu: "itu" closes the phrase */
        size_t t = i + 2;
        while (t < c->s1 && t < i + 14 && !wti_tok_is(d, t, "itu") &&
               !wti_tok_is(d, t, "tersebut") && d->tokens[t].kind != WT_TOK_PUNCT)
            t++;
        if (t >= c->s1 || !(wti_tok_is(d, t, "itu") || wti_tok_is(d, t, "tersebut")))
            continue;
        for (size_t j = i; j-- > 0 && i - j < 3000;)
            if (regulation_name(d, j, d->n_tokens, &e)) {
                /* its whole name: Peraturan Menteri Keuangan (PMK) Nomor
                 * 71 Tahun 2025, not "PMK) Nomor ..." */
                size_t e2;
                for (size_t k = j; k-- > 0 && j - k < 12;)
                    if (regulation_name(d, k, d->n_tokens, &e2) && e2 == e)
                        j = k;
                *sa = j, *sb = e;
                return 1;
            }
    }
    return 0;
}

static int find_source(const ctx *c, size_t *sa, size_t *sb)
{
    size_t n;
    for (size_t i = c->s0; i < c->s1; i++) {
        if (phrase_at(c, i, CC_SRC_PRE, &n)) {
            size_t a = i + n, b = a;
            while (b < c->s1 && !is_punct(c, b, ',') && !is_punct(c, b, '.') &&
                   b - a < 10)
                b++;
            trim_phrase(c, &a, &b);
            /* menurut polisi: after menurut a common noun is a source too;
             * after berdasarkan, mengacu pada, mengutip a name or a
             * record is (berdasarkan data BPS, not berdasarkan standar
             * itu, mengacu pada garis kemiskinan) */
            static const char *const record[] = {"data", "laporan", "survei", "hasil",
                                                 "catatan", "riset", "penelitian", "studi",
                                                 "keterangan", "pernyataan", "informasi",
                                                 "rilis", "putusan", "keputusan", "dokumen",
                                                 "perhitungan", "estimasi", "perkiraan", NULL};
            /* (not a phrase that opens with a preposition: "dikutip dari
             * laporan terkait begini penjelasannya terkait Gen Z.") */
            static const char *const about[] = {"terkait", "tentang", "soal", "mengenai",
                                                "begini", "untuk", "dengan", "atas", NULL};
            if (b > a && !tok_in(c->d, a, about) &&
                (wti_tok_is(c->d, i, "menurut") || has_name(c, a, b) || tok_in(c->d, a, record))) {
                *sa = a, *sb = b;
                return 1;
            }
        }
    }
    for (size_t i = c->s0 + 1; i < c->s1; i++) {
        if (!phrase_at(c, i, CC_SRC_VERB, &n))
            continue;
        /* the clause before the verb, back to a comma */
        size_t a = i;
        while (a > c->s0 && !is_punct(c, a - 1, ',') && i - a < 10)
            a--;
        size_t clause = a, b = i;
        trim_phrase(c, &a, &b);
        if (b <= a && clause > c->s0 + 1) {
            /* ", yang menyatakan": the clause before the comma */
            size_t e = clause - 1;
            while (e > c->s0 && is_punct(c, e, ','))
                e--;
            size_t s = e;
            while (s > c->s0 && !is_punct(c, s - 1, ',') && e - s < 10)
                s--;
            a = s, b = e + 1;
            trim_phrase(c, &a, &b);
        }
        int counted = 0; /* "Setidaknya tiga dari 10 orang menyatakan": people counted, no source */
        for (size_t k = a; k + 1 < b && !counted; k++)
            counted = c->d->tokens[k].kind == WT_TOK_NUMBER && wti_tok_is(c->d, k + 1, "orang");
        if (b > a && has_name(c, a, b) && !counted &&
            (tok_upper(c, a) || c->d->text[c->d->tokens[a].start] != '(')) {
            *sa = a, *sb = b;
            return 1;
        }
    }
    for (size_t i = c->s0; i + 1 < c->s1; i++) {
        if (phrase_at(c, i, CC_SRC_AFTER, &n) && i > c->s0 &&
            (is_punct(c, i - 1, ',') ||
             c->d->tokens[i - 1].kind == WT_TOK_PUNCT)) {
            size_t r = name_run(c, i + n);
            if (r) {
                *sa = i + n, *sb = i + n + r;
                return 1;
            }
        }
    }
    return regulation_source(c, sa, sb);
}

/* The agent of the clause that states the number at token i: a name
 * opening the clause (the sentence, or after a comma) right before the
 * active verb that governs the number (Kementerian Keuangan (Kemenkeu)
 * mengusulkan pagu anggaran sebesar Rp ..., Pada Februari, Apple
 * menjanjikan ... USD 500 miliar, Unpad akan mengirimkan lima dokter).
 * Not a reporting verb's subject: that is the source. */
static int clause_agent(const ctx *c, size_t i, size_t *sa, size_t *sb)
{
    size_t v = i, n;
    while (v > c->s0 && i - v < 12 && !is_punct(c, v - 1, ',') && !verb_like(c->d, v - 1))
        v--;
    if (v <= c->s0 || !verb_like(c->d, v - 1) || phrase_at(c, v - 1, CC_SRC_VERB, &n))
        return 0;
    size_t e = v - 1; /* the verb; the name ends before it */
    static const char *const aux[] = {"akan", "telah", "sudah", "juga", "pun", "kembali", NULL};
    while (e > c->s0 && tok_in(c->d, e - 1, aux))
        e--;
    if (e > c->s0 + 2 && is_punct(c, e - 1, ')')) { /* (Kemenkeu) */
        size_t o = e - 1;
        while (o > c->s0 && !is_punct(c, o, '(') && e - o < 5)
            o--;
        if (!is_punct(c, o, '('))
            return 0;
        e = o;
    }
    size_t a = e;
    while (a > c->s0 && tok_upper(c, a - 1) && e - a < 6)
        a--;
    if (a == e || !(a == c->s0 || is_punct(c, a - 1, ',')))
        return 0;
    *sa = a, *sb = e;
    return 1;
}

/* The place the number is in, right after it: "103 KK terdampak di
 * Kabupaten Jembrana" (up to two words between). */
static int place_after(const ctx *c, size_t ub, size_t *sa, size_t *sb)
{
    for (size_t k = ub; k < c->s1 && k < ub + 3; k++) {
        if (wti_tok_is(c->d, k, "di")) {
            size_t r = name_run(c, k + 1);
            if (!r)
                return 0;
            *sa = k + 1, *sb = k + 1 + r;
            return 1;
        }
        if (!tok_lower_word(c, k))
            return 0;
    }
    return 0;
}

typedef struct measure_hit {
    const char *measure;
    size_t at, len;
    int score;
} measure_hit;

/* The measure of the number at tokens [a, b) (unit included). */
static const char *find_measure(const ctx *c, size_t a, size_t b)
{
    measure_hit best = {NULL, 0, 0, 1 << 30};
    size_t n;
    size_t lo = a > c->s0 + 14 ? a - 14 : c->s0;
    size_t hi = b + 14 < c->s1 ? b + 14 : c->s1;
    for (size_t i = lo; i < hi; i++) {
        if (i >= a && i < b)
            continue;
        const char *m = phrase_at(c, i, CC_MEASURE, &n);
        if (!m)
            continue;
        /* keluarga yang berada di 15 provinsi: "berada di" in a relative
         * clause, or right before the number (the places counted), says
         * where, not that anyone was deployed */
        if (wti_tok_is(c->d, i, "berada") &&
            ((i > c->s0 && wti_tok_is(c->d, i - 1, "yang")) || i + n == a))
            continue;
        int dist = i >= b ? (int)(i - b) * 2 : (int)(a - i - n) * 2 + 1;
        if (i >= b && dist > 24)
            continue;
        if (i < a && dist > 29)
            continue;
        /* a verb in a relative clause modifies the noun */
        if ((i > 0 && wti_tok_is(c->d, i - 1, "yang")) ||
            (i > 1 && wti_tok_is(c->d, i - 2, "yang")))
            dist += 40;
        /* a verb across a comma belongs to another clause */
        size_t x0 = i < a ? i : b, x1 = i < a ? a : i;
        for (size_t k = x0; k < x1; k++)
            if (is_punct(c, k, ',') || is_punct(c, k, ';'))
                dist += 20;
            else if (i < a && (wti_tok_is(c->d, k, "dan") || wti_tok_is(c->d, k, "serta")))
                dist += 20; /* dua warga meninggal dan 103 KK terdampak */
        if (dist < best.score) {
            best.measure = m, best.at = i, best.len = n, best.score = dist;
        }
    }
    if (!best.measure)
        return NULL;
    if (!strcmp(best.measure, "deployed")) {
        for (size_t k = best.at > 3 ? best.at - 3 : 0; k < best.at; k++)
            if (k >= c->s0 && has(c, k, CC_PLAN))
                return "planned";
    }
    return best.measure;
}

static wt_qualifier qualifier_of(const char *v)
{
    if (!strcmp(v, "at_least"))
        return WT_Q_AT_LEAST;
    if (!strcmp(v, "about"))
        return WT_Q_ABOUT;
    if (!strcmp(v, "more_than"))
        return WT_Q_MORE_THAN;
    if (!strcmp(v, "up_to"))
        return WT_Q_UP_TO;
    if (!strcmp(v, "less_than"))
        return WT_Q_LESS_THAN;
    return WT_Q_EXACT;
}

/* The claim date: the sentence's own dated expression unless it only
 * names the period around publication (minggu ini, tahun ini). */
static const char *claim_date(const ctx *c, const wt_claim *cl)
{
    const wt_doc *d = c->d;
    uint32_t a = d->tokens[c->s0].start, b = d->tokens[c->s1 - 1].end;
    const wt_time *t = wti_timex_near(d, a, b, cl->start, cl->end);
    if (t && !strchr(t->value, 'W') && strlen(t->value) >= 4) {
        /* a date, not a time: 2025-10-19TMO is 2025-10-19 */
        const char *tt = strchr(t->value, 'T');
        size_t n = tt ? (size_t)(tt - t->value) : strlen(t->value);
        const char *p = d->published;
        if (!p || strncmp(p, t->value, n)) {
            char *day = tt ? wti_arena_strndup(&c->d->arena, t->value, n) : NULL;
            return day ? day : t->value;
        }
    }
    return d->published;
}

const char *wti_measure_public(const char *measure, const char **action)
{
    static const char *const spec[] = {"killed",  "wounded", "casualties",
                                       "deployed", "planned", "supplied",
                                       "share",   "money",   "count"};
    if (action)
        *action = NULL;
    if (!measure)
        return NULL;
    for (size_t k = 0; k < sizeof spec / sizeof *spec; k++)
        if (!strcmp(measure, spec[k]))
            return measure;
    if (action)
        *action = measure;
    return "count";
}

/* The tokens [*t0, *t1) of sentence span sp. */
static void span_tokens(const wt_doc *d, const wt_span *sp, size_t *t0, size_t *t1)
{
    size_t lo = 0, hi = d->n_tokens;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->tokens[mid].start < sp->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    *t0 = lo;
    while (lo < d->n_tokens && d->tokens[lo].start < sp->end)
        lo++;
    *t1 = lo;
}

/* The source named by the sentence that starts at token s when it opens
 * with "Hal ini/itu/tersebut" or "Demikian" (it speaks of the sentence
 * before), or NULL. */
static const char *next_source(const ctx *c, size_t s)
{
    const wt_doc *d = c->d;
    if (s + 2 >= d->n_tokens)
        return NULL;
    if (!((wti_tok_is(d, s, "hal") && (wti_tok_is(d, s + 1, "ini") || wti_tok_is(d, s + 1, "itu") ||
                                       wti_tok_is(d, s + 1, "tersebut"))) ||
          wti_tok_is(d, s, "demikian")))
        return NULL;
    uint32_t at = d->tokens[s].start;
    size_t lo = 0, hi = d->n_sentences; /* the sentence holding it */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->sentences[mid].end <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= d->n_sentences || d->sentences[lo].start > at)
        return own_source(c, s, s + 1);
    size_t t0, t1;
    span_tokens(d, &d->sentences[lo], &t0, &t1);
    return own_source(c, s, t1 > s + 1 ? t1 : s + 1);
}

/* The source named by one of the `back` sentences before the one before
 * sentence si (the nearest), within the same paragraph; or NULL.  An
 * account goes on without naming its source again ("...," kata X. Dari
 * hasil pemeriksaan, ... Pelaku ...); across a paragraph break a figure
 * is as often the writer's own.  On the claims development golds
 * (eval/data/NAME-claims-dev), looking back within the paragraph gave 6 more
 * of 200 sourced claims their right source and none of 154 unsourced
 * ones a source; across one paragraph break it gave 13 more right and
 * 18 unsourced ones a source, and was not taken. */
static const char *earlier_source(const ctx *c, size_t si, size_t back)
{
    const wt_doc *d = c->d;
    if (si < 1 || si >= d->n_sentences ||
        memchr(d->text + d->sentences[si - 1].end, '\n',
               d->sentences[si].start - d->sentences[si - 1].end))
        return NULL; /* the paragraph starts here or with the sentence before */
    for (size_t k = 2; k <= back + 1 && k <= si; k++) {
        const wt_span *sp = &d->sentences[si - k];
        const wt_span *nx = &d->sentences[si - k + 1];
        if (memchr(d->text + sp->end, '\n', nx->start - sp->end))
            return NULL;
        size_t t0, t1;
        span_tokens(d, sp, &t0, &t1);
        if (t1 > t0) {
            const char *s = own_source(c, t0, t1);
            if (s)
                return s;
        }
    }
    return NULL;
}

/* The speaker of the quote holding byte `pos`, or NULL.  The quotes are
 * in text order and so are the claims: *scan is where the last call
 * stopped. */
static const char *quote_speaker(const wt_doc *d, uint32_t pos, size_t *scan)
{
    while (*scan < d->n_quotes && d->quotes[*scan].end <= pos)
        ++*scan;
    for (size_t k = *scan; k < d->n_quotes && d->quotes[k].start <= pos; k++)
        if (pos < d->quotes[k].end && d->quotes[k].speaker)
            return d->quotes[k].speaker;
    return NULL;
}

/* The speaker of the quotes on both sides of byte span [a, b) when they
 * are one speaker's and at most `gap` sentence ends lie between them
 * ('"...," katanya. [figures, unattributed] "...," tuturnya.': the
 * figures between are the same speaker's account), or NULL. */
static const char *between_quotes(const wt_doc *d, uint32_t a, uint32_t b, int gap,
                                  size_t *scan)
{
    quote_speaker(d, a, scan); /* *scan: the first quote ending after a */
    size_t lo = *scan;
    if (lo == 0 || lo >= d->n_quotes)
        return NULL;
    const wt_quote *p = &d->quotes[lo - 1], *n = &d->quotes[lo];
    if (n->start < b || !p->speaker || !n->speaker || strcmp(p->speaker, n->speaker))
        return NULL;
    int ends = 0;
    for (size_t k = 0; k < d->n_sentences; k++) {
        uint32_t e = d->sentences[k].end;
        if (e > n->start)
            break;
        if (e > p->end && ++ends > gap)
            return NULL;
    }
    return p->speaker;
}

wt_status wti_claim_run(const struct wti_claim_tables *t, wt_doc *d)
{
    size_t qscan = 0, bqscan = 0;
    if (!t || !d->n_tokens)
        return WT_OK;
    ctx c = {t, d, 0, 0, NULL};
    c.tmask = wti_arena_calloc(&d->arena, d->n_tokens ? d->n_tokens : 1,
                               sizeof *c.tmask);
    if (!c.tmask)
        return WT_ENOMEM;
    size_t i = 0, si = 0;
    size_t prev_sentence = (size_t)-1;
    size_t cur_s0 = 0, cur_s1 = 0, p_s0 = 0, p_s1 = 0;
    int own_known = 0, p_known = 0;      /* own sources looked for */
    const char *own = NULL, *p_own = NULL; /* the sentences' own sources */
    size_t es_si = (size_t)-1;           /* sentence of es, earlier_source's */
    const char *es = NULL;
    const char *last_unit = NULL;
    const char *last_measure = NULL; /* the sentence's last claim's */
    const char *last_subject = NULL;
    size_t last_end = 0;
    while (i < d->n_tokens) {
        if (i >= c.s1) {
            while (si + 1 < d->n_sentences && d->sentences[si].end <= d->tokens[i].start)
                si++;
            c.s0 = i;
            c.s1 = i + 1;
            if (d->n_sentences)
                while (c.s1 < d->n_tokens && d->tokens[c.s1].start < d->sentences[si].end)
                    c.s1++;
        }
        if (si != prev_sentence) {
            /* entering a new sentence; its source is found lazily, when a
             * claim needs it (most sentences have none) */
            if (prev_sentence != (size_t)-1) {
                p_s0 = cur_s0, p_s1 = cur_s1;
                p_known = own_known, p_own = own;
            }
            cur_s0 = c.s0, cur_s1 = c.s1;
            own_known = 0, own = NULL;
            prev_sentence = si;
            last_unit = NULL;
            last_measure = NULL;
            last_subject = NULL;
            last_end = 0;
        }
        wti_num num;
        size_t n0;
        const wt_token *tk = &d->tokens[i];
        /* a number, a word (lima, USD828), or the $ of $8,5 miliar */
        if ((tk->kind != WT_TOK_NUMBER && tk->kind != WT_TOK_MONEY &&
             tk->kind != WT_TOK_WORD &&
             !(tk->kind == WT_TOK_PUNCT && d->text[tk->start] == '$' &&
               tk->end - tk->start == 1)) ||
            in_time(d, i) || !wti_num_read(&t->num, d, i, &num) ||
            num.year_like) {
            i++;
            continue;
        }
        size_t after = i + num.ntok;
        /* ordinals and identifiers: ke-3, Pasal 28, No. 5, pukul; and,
         * also before a bracket, the parts of a law's article and scores:
         * ayat (1), huruf b, junto Pasal 76E, skor 2 */
        static const char *const ident[] = {"ke", "pasal", "nomor", "no.", "pukul",
                                            "tanggal", "-", "nomer", "menit", NULL};
        /* (and a match's score: tumbang 1-2, menang 3-0, menit 73, 90+2) */
        static const char *const part[] = {"ayat", "huruf", "junto", "jo", "skor", "angka",
                                           "tumbang", "takluk", "kalah", "menang", "imbang",
                                           "unggul", "menaklukkan", "mengalahkan", NULL};
        size_t pv = i > c.s0 && wti_tok_is(d, i - 1, "(") ? i - 1 : i;
        int skip = (pv > c.s0 && tok_in(d, pv - 1, part)) || (i > c.s0 && tok_in(d, i - 1, ident));
        /* (-4,37%): a fall written with its sign, the share as written */
        if (skip && num.percent && i >= c.s0 + 2 && wti_tok_is(d, i - 1, "-") &&
            wti_tok_is(d, i - 2, "(") && d->tokens[i - 1].end == d->tokens[i].start)
            skip = 0;
        /* 90+2, 17+8: a sum written tight (stoppage time, a name), not
         * "+ 36 ribu sanggahan" nor "(+7,62%)" */
        if (i >= c.s0 + 2 && wti_tok_is(d, i - 1, "+") && d->tokens[i - 1].end == d->tokens[i].start &&
            d->tokens[i - 2].end == d->tokens[i - 1].start &&
            d->text[d->tokens[i - 2].end - 1] >= '0' && d->text[d->tokens[i - 2].end - 1] <= '9')
            skip = 1;
        /* but "menembus angka 2 ribu orang" (not Pasal 5 angka 3), and
         * "terbang ke 42 kota", "dikirim ke 3 negara" (ke after a verb:
         * "to", not an ordinal) */
        int dest = 0; /* the count of places a verb goes to, not its object */
        if (skip && pv == i && i >= c.s0 + 2 &&
            ((wti_tok_is(d, i - 1, "angka") && d->tokens[i - 2].kind == WT_TOK_WORD) ||
             (dest = wti_tok_is(d, i - 1, "ke") && (verb_like(d, i - 2) || motion_verb(d, i - 2)))))
            skip = 0;
        if (skip) {
            i = after;
            continue;
        }
        /* satu ("a", "one") is no claim, but "satu orang meninggal dunia"
         * is: one person and a killing or wounding verb after */
        if (num.words && num.value < 2 && !num.percent &&
            !(wti_tok_is(d, after, "orang") && after + 1 < c.s1 &&
              (measure_is(&c, after + 1, "killed") || measure_is(&c, after + 1, "wounded")))) {
            i = after;
            continue;
        }
        /* Liga Eropa 2019-2020: a season, two years */
        if (tk->kind == WT_TOK_WORD || tk->kind == WT_TOK_NUMBER) {
            const char *ts = d->text + tk->start;
            size_t tn = tk->end - tk->start;
            if (tn == 9 && ts[4] == '-' && ts[0] >= '1' && ts[0] <= '2' && ts[5] >= '1' &&
                ts[5] <= '2') {
                i = after;
                continue;
            }
        }
        /* 30 lebih orang tua, Rp30 triliun lebih: "more than", after;
         * not lebih dari, lebih lanjut, nor a comparative (lebih banyak) */
        static const char *const not_more[] = {"dari", "lanjut", "banyak", "tinggi", "besar",
                                               "rendah", "kecil", "sedikit", NULL};
        int more = 0;
        if (after < c.s1 && wti_tok_is(d, after, "lebih") && !tok_upper(&c, after) &&
            !tok_in(d, after + 1, not_more) &&
            !(after + 1 < c.s1 && phrase_at(&c, after + 1, CC_MEASURE, &n0))) {
            more = 1;
            after++;
        }
        /* a currency written after the number (40 USD, 65 juta francs) */
        static const char *const currency_after[] = {
            "dolar", "dollar", "rupiah", "euro", "yen", "won", "yuan", "usd", "us$",
            "ringgit", "riyal", "rupee", "franc", "francs", "pound", "poundsterling",
            "baht", "peso", "rubel", "sgd", "myr", NULL};
        /* the counted noun */
        const char *unit = NULL;
        size_t ua = after, ub = after;
        const char *measure = NULL;
        size_t n;
        if (num.percent) {
            unit = "persen";
            measure = "share";
            if (wti_tok_is(d, after, "persen"))
                ub = after + 1;
        } else if (wti_tok_is(d, after, "bps") || wti_tok_is(d, after, "bp") ||
                   (wti_tok_is(d, after, "basis") &&
                    (wti_tok_is(d, after + 1, "poin") || wti_tok_is(d, after + 1, "point") ||
                     wti_tok_is(d, after + 1, "points")))) {
            unit = "bps"; /* 25 basis poin, 50 bps: a rate's change, a share */
            measure = "share";
            ub = after + (wti_tok_is(d, after, "basis") ? 2 : 1);
        } else if (num.money) {
            unit = "rupiah";
            measure = "money";
            if (i < d->n_tokens && (wti_tok_is(d, i, "usd") || wti_tok_is(d, i, "us$") ||
                                    wti_tok_is(d, i, "us") ||
                                    d->text[d->tokens[i].start] == '$' ||
                                    (d->tokens[i].end - d->tokens[i].start > 2 &&
                                     d->text[d->tokens[i].start] == 'U')))
                unit = "dolar AS";
        } else if (tok_in(d, after, currency_after)) {
            ub = after + 1;
            if (wti_tok_is(d, ub, "as"))
                ub++;
            unit = wti_tok_is(d, after, "usd") || wti_tok_is(d, after, "us$")
                       ? "dolar AS"
                       : dup_span(d, d->tokens[after].start, d->tokens[ub - 1].end);
            measure = "money";
        } else if (tok_upper(&c, after) && phrase_at(&c, after, CC_ACRONYM, &n)) {
            ub = after + 1; /* 103 KK, 20 PNS: a counted noun in capitals */
            unit = dup_span(d, d->tokens[after].start, d->tokens[after].end);
        } else if (tok_lower_word(&c, after) && (measure = phrase_at(&c, after, CC_MEASURE, &n)) &&
                   (wti_tok_is(d, after, "korban") || wti_tok_is(d, after, "pengungsi") ||
                    wti_tok_is(d, after, "kematian") ||
                    (after > i && !strcmp(measure, "wounded") && wti_tok_is(d, after, "luka")))) {
            /* 3 korban luka berat, puluhan ribu korban jiwa, 500
             * pengungsi, 3 luka ringan: a noun that says what happened
             * to them */
            ub = after + n;
            size_t n2;
            const char *m2 = ub < c.s1 ? phrase_at(&c, ub, CC_MEASURE, &n2) : NULL;
            if (m2 && !strcmp(measure, "casualties") && strcmp(m2, "casualties"))
                measure = m2, ub += n2; /* korban luka berat: wounded */
            unit = dup_span(d, d->tokens[after].start, d->tokens[after].end);
        } else if (!num.vague && num.value >= 1 && tok_lower_word(&c, after) &&
                   (measure = phrase_at(&c, after, CC_MEASURE, &n)) &&
                   (!strcmp(measure, "killed") || !strcmp(measure, "wounded") ||
                    !strcmp(measure, "casualties")) &&
                   strncmp(d->text + d->tokens[after].start, "me", 2)) {
            /* sedikitnya 50 tewas, 2.000 luka-luka: people, unnamed (not
             * "5 menewaskan", a verb whose object is elsewhere) */
            ub = after + n;
            unit = "orang";
        } else if (!num.vague && num.value >= 1 && i > c.s0 &&
                   (after >= c.s1 || d->tokens[after].kind == WT_TOK_PUNCT ||
                    wti_tok_is(d, after, "dan") || wti_tok_is(d, after, "serta") ||
                    (!last_unit && phrase_at(&c, after, CC_INHERIT, &n))) &&
                   (wti_tok_is(d, i - 1, "menewaskan") || wti_tok_is(d, i - 1, "melukai"))) {
            /* gempa menewaskan 50 dan melukai 200 lainnya: people */
            measure = phrase_at(&c, i - 1, CC_MEASURE, &n);
            if (after < c.s1 && phrase_at(&c, after, CC_INHERIT, &n))
                ub = after + n;
            unit = "orang";
        } else if (phrase_at(&c, after, CC_INHERIT, &n)) {
            unit = last_unit;
            ub = after + n;
        } else if (tok_lower_word(&c, after) && !verb_like(d, after) &&
                   !phrase_at(&c, after, CC_NONUNIT, &n) &&
                   !phrase_at(&c, after, CC_MEASURE, &n) &&
                   !phrase_at(&c, after, CC_QUALIFIER, &n)) {
            ub = after + 1;
            if (has(&c, after, CC_CLASSIFIER)) {
                while (ub < c.s1 && ub < after + 3 && tok_lower_word(&c, ub) &&
                       !phrase_at(&c, ub, CC_NONUNIT, &n) &&
                       !phrase_at(&c, ub, CC_MEASURE, &n))
                    ub++;
            }
            const wt_token *ut = &d->tokens[ub - 1];
            uint32_t ue = ut->end;
            /* pasukannya -> pasukan */
            if (ue - d->tokens[ua].start > 5 && !memcmp(d->text + ue - 3, "nya", 3))
                ue -= 3;
            unit = dup_span(d, d->tokens[ua].start, ue);
        }
        if (!unit) {
            i = after;
            continue;
        }
        last_unit = unit;
        /* qualifier before the number */
        wt_qualifier q = more ? WT_Q_MORE_THAN : num.vague ? WT_Q_ORDER_OF : WT_Q_EXACT;
        size_t qa = i;
        /* setidaknya ada 11 balita, sedikitnya terdapat 5 rumah: a filler
         * verb may stand between the qualifier and the number */
        static const char *const filler[] = {"ada", "terdapat", "sebanyak", "angka", NULL};
        size_t qe = i > c.s0 && tok_in(d, i - 1, filler) ? i - 1 : i;
        for (size_t back = 1; back <= 4 && back <= i - c.s0; back++) {
            const char *qv = phrase_at(&c, i - back, CC_QUALIFIER, &n);
            if (qv && (i - back + n == i || (qe < i && i - back + n == qe))) {
                q = qualifier_of(qv);
                qa = i - back;
            }
        }
        /* 3.000 porsi lebih: "more than" after the counted noun */
        if (!more && ub < c.s1 && ub > after && wti_tok_is(d, ub, "lebih") && !tok_upper(&c, ub) &&
            (ub + 1 >= c.s1 || d->tokens[ub + 1].kind == WT_TOK_PUNCT ||
             wti_tok_is(d, ub + 1, "dan") || wti_tok_is(d, ub + 1, "yang")))
            more = 1;
        if (more)
            q = WT_Q_MORE_THAN; /* sekitar Rp20 Miliar lebih: more than */
        /* hingga sekitar Rp3 triliun: the bound before an "about" wins */
        if (qa > c.s0 && qa < i && q == WT_Q_ABOUT) {
            const char *qv = phrase_at(&c, qa - 1, CC_QUALIFIER, &n);
            if (qv && qualifier_of(qv) == WT_Q_UP_TO && n == 1)
                q = WT_Q_UP_TO, qa--;
        }
        if (num.low != num.high && !num.vague && qa == i && i > c.s0 &&
            wti_tok_is(d, i - 1, "antara"))
            qa = i - 1; /* antara 10 dan 15 orang */
        if (!measure && dest)
            measure = "count"; /* dikirim ke 12 desa: where they went */
        if (!measure)
            measure = find_measure(&c, i, ub);
        /* lima dokter, tiga psikolog, serta dua perawat: a list goes on
         * with the measure and subject of its first item; not "dua warga
         * meninggal dan 103 KK", where a verb between governs the first */
        static const char *const joiners[] = {"dan", "serta", "atau", NULL};
        int listed = 0;
        if (last_end && qa >= last_end && qa - last_end <= 6) {
            for (size_t k = last_end; k < qa && listed >= 0; k++)
                if (phrase_at(&c, k, CC_MEASURE, &n))
                    listed = -1;
                else if (is_punct(&c, k, ',') || tok_in(d, k, joiners))
                    listed = 1;
            listed = listed > 0;
        }
        if (!measure && listed && last_measure)
            measure = last_measure;
        if (!measure)
            measure = "count";
        /* 20 unit tandon air dikirimkan, 500 tenda, 1 juta butir peluru:
         * things sent are supplied; people sent are deployed */
        if (!strcmp(measure, "deployed") &&
            ((has(&c, ua, CC_CLASSIFIER) && !wti_tok_is(d, ua, "ekor")) || has(&c, ua, CC_GOODS)))
            measure = "supplied";
        /* disalurkan, dimobilisasi: goods handed out are supplied; people
         * named with them are whom they went to, a count */
        if (!strcmp(measure, "distributed"))
            measure = (has(&c, ua, CC_CLASSIFIER) && !wti_tok_is(d, ua, "ekor")) || has(&c, ua, CC_GOODS)
                          ? "supplied"
                          : "count";
        /* subject: the name right after the unit (tentara Korea Utara) */
        const char *subject = NULL;
        size_t sn = name_run(&c, ub);
        if (sn) {
            subject = dup_span(d, d->tokens[ub].start, d->tokens[ub + sn - 1].end);
        } else {
            size_t a, b;
            if (listed)
                subject = last_subject; /* the list's: lima dokter, tiga perawat */
            else if (clause_agent(&c, qa, &a, &b) || place_after(&c, ub, &a, &b))
                subject = dup_span(d, d->tokens[a].start, d->tokens[b - 1].end);
        }
        wt_claim *cl = WTI_VEC_PUSH(&d->arena, d->claims, d->n_claims, d->cap_claims);
        if (!cl)
            return WT_ENOMEM;
        cl->start = d->tokens[qa].start;
        cl->end = d->tokens[(sn ? ub + sn : ub) - 1].end;
        cl->value = num.value;
        cl->low = num.low;
        cl->high = num.high;
        cl->qualifier = q;
        cl->unit = unit;
        cl->measure = measure;
        cl->subject = subject;
        /* Its source: the one its sentence names (in a quotation merged
         * into one sentence with its attribution, the one its own part
         * between full stops names), else the speaker of the quote it is
         * in (when the quotes stage ran), else one the next sentence
         * names ("... 12.349 laporan. Hal ini diungkapkan oleh X."),
         * else the previous sentence's own (news attributes once and
         * goes on, also into the next paragraph; a carried source is not
         * carried again), else one named up to three sentences back
         * within the paragraph (earlier_source), else the speaker of the
         * quotes on both sides when they are one speaker's, at most six
         * sentence ends apart (between_quotes: on the six claims
         * development golds, 8 more of 200 sourced claims right, 3 of 154
         * unsourced ones given a source; at eight, 11 and 9). */
        size_t ss0 = qa, ss1 = ub;
        while (ss0 > cur_s0 && !is_punct(&c, ss0 - 1, '.') && !is_punct(&c, ss0 - 1, '?') &&
               !is_punct(&c, ss0 - 1, '!'))
            ss0--;
        while (ss1 < cur_s1 && !is_punct(&c, ss1, '.') && !is_punct(&c, ss1, '?') &&
               !is_punct(&c, ss1, '!'))
            ss1++;
        const char *src;
        if (ss0 > cur_s0 || ss1 + 1 < cur_s1) {
            src = own_source(&c, ss0, ss1);
        } else {
            if (!own_known) {
                own = own_source(&c, cur_s0, cur_s1);
                own_known = 1;
            }
            src = own;
        }
        if (!src)
            src = quote_speaker(d, cl->start, &qscan);
        if (!src)
            src = next_source(&c, c.s1);
        if (!src && p_s1 > p_s0) {
            if (!p_known) {
                p_own = own_source(&c, p_s0, p_s1);
                p_known = 1;
            }
            src = p_own;
        }
        if (!src) {
            if (es_si != si) /* once a sentence: all its claims ask alike */
                es = earlier_source(&c, si, 3), es_si = si;
            src = es;
        }
        if (!src)
            src = between_quotes(d, cl->start, cl->end, 6, &bqscan);
        cl->source = src;
        cl->date = claim_date(&c, cl);
        i = ub > after ? ub : after;
        last_end = sn ? ub + sn : ub;
        last_subject = subject;
        last_measure = strcmp(measure, "count") && strcmp(measure, "share") &&
                               strcmp(measure, "money")
                           ? measure
                           : NULL;
    }
    return WT_OK;
}
