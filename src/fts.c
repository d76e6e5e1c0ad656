/*
 * fts.c - the `warta` FTS5 tokenizer (see store.h and docs/store.md).
 *
 * Text is split by wt_tokenize(), so numbers (15.000), money, dates, URLs
 * and e-mail addresses stay whole.  Each word is case-folded (utf8proc,
 * NFC, marks kept), dropped if it is a stopword (data/stopwords.txt), and
 * stemmed (stem.c).  A hyphenated word the stemmer cannot reduce as a
 * reduplication (Korut-Rusia, Jong-un) is indexed as its parts.  Punctuation
 * and symbols are not indexed.  Queries go through the same steps, so
 * `pengiriman` finds `dikirim` and a phrase skips the same stopwords on
 * both sides.
 *
 * With stemming, a document word is indexed twice at one position: its
 * folded surface form and "~" + its stem (FTS5_TOKEN_COLOCATED).  A query
 * string is looked up by stem ("~" + stem), or by surface form when it
 * starts with '=' (the store asks for both, so exact forms rank first).
 *
 * Standing names: where the words of a document form one of the names of
 * data/aliases.txt or data/countries.txt (Kemensos, Kementerian Sosial;
 * AS, Amerika Serikat), the name's index token "#kementerian_sosial" is
 * added at the last word (colocated).  The store's query translator turns
 * a query that names one into (its words OR "#name"), so `Kemensos` finds
 * articles that only write Kementerian Sosial.  A query string that starts
 * with '#' is that token as it is.
 *
 * Arguments: tokenize='warta' stems; tokenize='warta nostem' only folds
 * and drops stopwords (for comparisons).
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lex.h"
#include "map.h"
#include "store.h"
#include "utf8.h"

typedef struct wtok {
    const wti_fts_shared *sh;
    int stem;
} wtok;

/* Folds the words of a name the way the tokenizer sees them (WORD tokens
 * only, punctuation skipped) into key, joined by spaces; returns the number
 * of words, 0 when there are none or too many, and whether all letters
 * are capitals (*caps). */
typedef struct name_ctx {
    const char *s;
    char *key;
    size_t len, cap, words;
    int caps;
} name_ctx;

static int name_tok(void *ctx, const wt_token *t)
{
    name_ctx *c = ctx;
    if (t->kind == WT_TOK_PUNCT || t->kind == WT_TOK_SYMBOL)
        return 0;
    if (++c->words > WTI_FTS_PHRASE)
        return 1;
    for (uint32_t i = t->start; i < t->end; i++)
        if (c->s[i] >= 'a' && c->s[i] <= 'z')
            c->caps = 0;
    if (c->len && c->len + 1 < c->cap)
        c->key[c->len++] = ' ';
    c->len += wti_fold_into(c->s + t->start, t->end - t->start, c->key + c->len,
                            c->cap - c->len);
    return 0;
}

static size_t name_key(const char *s, size_t n, char *key, size_t cap,
                       size_t *klen, int *caps)
{
    name_ctx c = {s, key, 0, cap, 0, 1};
    if (wt_tokenize(s, n, name_tok, &c) != WT_OK || c.words > WTI_FTS_PHRASE)
        return 0;
    *klen = c.len;
    *caps = c.caps && c.words == 1;
    return c.words;
}

/* name TAB type TAB alias,alias,... : every form -> "#" + folded name */
static wt_status load_names(wti_fts_shared *sh, const char *file)
{
    const wti_lexfile *f = wti_lex_find(file);
    if (!f)
        return WT_OK;
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[3];
        if (wti_lex_fields(line, len, fl, 3) < 3 || !fl[2].len)
            continue; /* a name without other forms needs no token */
        char key[256], tok[258] = "#";
        size_t kl = 0;
        int caps;
        if (!name_key(fl[0].s, fl[0].len, key, sizeof key, &kl, &caps) || !kl)
            continue;
        for (size_t i = 0; i < kl; i++)
            tok[1 + i] = key[i] == ' ' ? '_' : key[i];
        char *name = wti_arena_strndup(&sh->names, tok, kl + 1);
        if (!name)
            return WT_ENOMEM;
        wti_str form = fl[0], rest = fl[2];
        do {
            if (name_key(form.s, form.len, key, sizeof key, &kl, &caps) && kl) {
                wt_status st = WT_OK;
                for (size_t a = 0, b; !st && a < kl; a = b + 1) {
                    for (b = a; b < kl && key[b] != ' '; b++)
                        ;
                    st = wti_map_put(&sh->alias_words, key + a, b - a, 1);
                }
                if (caps)
                    st = wti_map_put(&sh->alias_caps, form.s, form.len,
                                     (uintptr_t)name);
                else if (!wti_map_has(&sh->alias, key, kl))
                    /* the first table entry keeps a form */
                    st = wti_map_put(&sh->alias, key, kl, (uintptr_t)name);
                if (st)
                    return st;
            }
        } while (wti_lex_next_item(&rest, &form));
    }
    return WT_OK;
}

wt_status wti_fts_shared_init(wti_fts_shared *sh, const wt_stemmer *st)
{
    memset(sh, 0, sizeof *sh);
    sh->stemmer = st;
    wti_map_init(&sh->stop);
    wti_map_init(&sh->alias);
    wti_map_init(&sh->alias_caps);
    wti_map_init(&sh->alias_words);
    wt_status s = load_names(sh, "aliases");
    if (s == WT_OK)
        s = load_names(sh, "countries");
    if (s)
        return s;
    const wti_lexfile *f = wti_lex_find("stopwords");
    if (!f)
        return WT_OK;
    wti_lexiter it;
    const char *l;
    size_t n;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &l, &n)) {
        s = wti_map_put(&sh->stop, l, n, 1);
        if (s)
            return s;
    }
    return WT_OK;
}

void wti_fts_shared_free(wti_fts_shared *sh)
{
    wti_map_free(&sh->stop);
    wti_map_free(&sh->alias);
    wti_map_free(&sh->alias_caps);
    wti_map_free(&sh->alias_words);
    wti_arena_free(&sh->names);
}

/* The name token of the already folded words w[0..n), or NULL. */
static const char *folded_name(const wti_fts_shared *sh, const char (*w)[64],
                               const size_t *len, size_t n)
{
    char key[WTI_FTS_PHRASE * 64];
    size_t kl = 0;
    for (size_t i = 0; i < n; i++) {
        if (kl)
            key[kl++] = ' ';
        memcpy(key + kl, w[i], len[i]);
        kl += len[i];
    }
    const wti_map_slot *e = wti_map_get(&sh->alias, key, kl);
    return e ? (const char *)e->value : NULL;
}

/* An all-capitals form (AS, BI) as written, or NULL. */
static const char *caps_name(const wti_fts_shared *sh, const char *s, size_t n)
{
    const wti_map_slot *e = wti_map_get(&sh->alias_caps, s, n);
    return e ? (const char *)e->value : NULL;
}

const char *wti_fts_alias(const wti_fts_shared *sh, const char *const *w,
                          const size_t *len, size_t n)
{
    if (!n || n > WTI_FTS_PHRASE)
        return NULL;
    const char *name = n == 1 ? caps_name(sh, w[0], len[0]) : NULL;
    if (name)
        return name;
    char fw[WTI_FTS_PHRASE][64];
    size_t fl[WTI_FTS_PHRASE];
    for (size_t i = 0; i < n; i++) {
        if (len[i] >= 64)
            return NULL;
        fl[i] = wti_fold_into(w[i], len[i], fw[i], sizeof fw[i]);
    }
    return folded_name(sh, (const char (*)[64])fw, fl, n);
}

static int x_create(void *ctx, const char **argv, int argc,
                    Fts5Tokenizer **out)
{
    wtok *t = calloc(1, sizeof *t);
    if (!t)
        return SQLITE_NOMEM;
    t->sh = ctx;
    t->stem = t->sh->stemmer != NULL;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "nostem")) {
            t->stem = 0;
        } else {
            free(t);
            return SQLITE_ERROR;
        }
    }
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void x_delete(Fts5Tokenizer *p)
{
    free(p);
}

enum { EMIT_BOTH, EMIT_SURFACE, EMIT_STEM };

typedef struct run {
    const wtok *t;
    int mode;
    const char *text;
    void *fctx;
    int (*emit)(void *, int, const char *, int, int, int);
    int rc;
    int emitted;  /* the current token emitted something */
    /* the last words (folded), for standing names (documents only) */
    char win[WTI_FTS_PHRASE][64];
    size_t winlen[WTI_FTS_PHRASE], nwin;
} run;

static int is_dash_at(const char *s, size_t n, size_t i, size_t *w)
{
    if (s[i] == '-') {
        *w = 1;
        return 1;
    }
    /* U+2010..U+2015 hyphens and dashes */
    if (i + 2 < n + 0 && (unsigned char)s[i] == 0xE2 &&
        (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] >= 0x90 &&
        (unsigned char)s[i + 2] <= 0x95) {
        *w = 3;
        return 1;
    }
    return 0;
}

/* The length of folded word f without the clitics (-nya -ku -mu -lah
 * -kah -tah -pun) that the stemmer removed, listed in sfx. */
static size_t light(const char *f, size_t n, const char *sfx)
{
    static const char *const CL[] = {"nya", "ku", "mu", "lah", "kah", "tah",
                                     "pun"};
    const char *parts[8];
    size_t np = 0;
    for (const char *p = sfx; *p && np < 8;) {
        if (*p != '-') {
            p++;
            continue;
        }
        parts[np++] = ++p;
        while (*p && *p != '-' && *p != '+')
            p++;
    }
    while (np > 0) {
        const char *c = parts[--np];
        size_t cl = strcspn(c, "-+");
        int clitic = 0;
        for (size_t i = 0; i < sizeof CL / sizeof *CL; i++)
            if (strlen(CL[i]) == cl && !memcmp(CL[i], c, cl))
                clitic = 1;
        if (!clitic || cl + 2 > n || memcmp(f + n - cl, c, cl))
            break;
        n -= cl;
    }
    return n;
}

/* One word (no dashes left, or a whole unsplittable token): fold, stop,
 * stem, emit. */
static void word(run *r, const char *s, size_t n, int start, int end,
                 const wt_stem_result *stemmed)
{
    char f[256];
    size_t fn = wti_fold_into(s, n, f, sizeof f);
    if (fn == 0 || wti_map_has(&r->t->sh->stop, f, fn))
        return;
    if (!r->t->stem) {
        r->rc = r->emit(r->fctx, 0, f, (int)fn, start, end);
        r->emitted = 1;
        return;
    }
    wt_stem_result res;
    if (stemmed)
        res = *stemmed; /* the caller already stemmed (s, n) */
    else
        wt_stem(r->t->sh->stemmer, s, n, &res);
    if (r->mode == EMIT_BOTH || r->mode == EMIT_SURFACE) {
        /* the surface form without clitics: pajaknya -> pajak */
        size_t ln = light(f, fn, res.suffixes);
        r->rc = r->emit(r->fctx, 0, f, (int)ln, start, end);
        r->emitted = 1;
        if (r->rc != SQLITE_OK || r->mode == EMIT_SURFACE)
            return;
    }
    char g[256];
    g[0] = '~';
    size_t gn = 0;
    if (res.kind != WT_STEM_PROPER && res.len)
        gn = wti_fold_into(res.stem, res.len, g + 1, sizeof g - 1);
    if (gn == 0) { /* proper nouns: the stem is the folded word */
        memcpy(g + 1, f, fn);
        gn = fn;
    }
    r->rc = r->emit(r->fctx, r->mode == EMIT_BOTH ? FTS5_TOKEN_COLOCATED : 0,
                    g, (int)gn + 1, start, end);
    r->emitted = 1;
}

/* After a document word: the longest standing name ending at it.  The
 * window keeps the folded words since the last word that is in no name,
 * so most words cost one lookup. */
static void names_at(run *r, const char *s, size_t n, int start, int end)
{
    char f[64];
    size_t fn = n < 64 ? wti_fold_into(s, n, f, sizeof f) : 0;
    if (!fn || fn >= sizeof f - 1 || !wti_map_has(&r->t->sh->alias_words, f, fn)) {
        r->nwin = 0;
        return;
    }
    if (r->nwin == WTI_FTS_PHRASE) {
        memmove(r->win, r->win + 1, (WTI_FTS_PHRASE - 1) * sizeof *r->win);
        memmove(r->winlen, r->winlen + 1, (WTI_FTS_PHRASE - 1) * sizeof *r->winlen);
        r->nwin--;
    }
    memcpy(r->win[r->nwin], f, fn);
    r->winlen[r->nwin++] = fn;
    const char *name = caps_name(r->t->sh, s, n);
    for (size_t k = r->nwin; !name && k >= 1; k--)
        name = folded_name(r->t->sh, (const char (*)[64])(r->win + r->nwin - k),
                           r->winlen + r->nwin - k, k);
    if (name)
        r->rc = r->emit(r->fctx, r->emitted ? FTS5_TOKEN_COLOCATED : 0, name,
                        (int)strlen(name), start, end);
}

/* A WORD token: one word, a reduplication, or its dash-separated parts. */
static void word_token(run *r, const char *s, size_t n, const wt_token *tok)
{
    size_t w = 1, i;
    for (i = 0; i < n; i++)
        if (is_dash_at(s, n, i, &w))
            break;
    if (i == n) {
        word(r, s, n, (int)tok->start, (int)tok->end, NULL);
        return;
    }
    if (r->t->stem) { /* buku-buku, bermain-main: one word */
        wt_stem_result res;
        wt_stem(r->t->sh->stemmer, s, n, &res);
        if ((res.kind == WT_STEM_ROOT || res.kind == WT_STEM_STEMMED) &&
            !memchr(res.stem, '-', res.len)) {
            word(r, s, n, (int)tok->start, (int)tok->end, &res);
            return;
        }
    }
    /* parts */
    size_t a = 0;
    for (i = 0; i <= n && r->rc == SQLITE_OK; i++) {
        if (i == n || is_dash_at(s, n, i, &w)) {
            if (i > a)
                word(r, s + a, i - a, (int)(tok->start + a),
                     (int)(tok->start + i), NULL);
            if (i < n)
                i += w - 1, a = i + 1;
        }
    }
}

static int on_token(void *ctx, const wt_token *tok)
{
    run *r = ctx;
    const char *s = r->text + tok->start;
    size_t n = tok->end - tok->start;
    switch (tok->kind) {
    case WT_TOK_PUNCT:
    case WT_TOK_SYMBOL:
        return 0;
    case WT_TOK_WORD:
        r->emitted = 0;
        word_token(r, s, n, tok);
        /* standing names, in documents of the stemming tokenizer */
        if (r->rc == SQLITE_OK && r->mode == EMIT_BOTH && r->t->stem)
            names_at(r, s, n, (int)tok->start, (int)tok->end);
        return r->rc != SQLITE_OK;
    default: {
        char f[256];
        size_t fn = wti_fold_into(s, n, f, sizeof f);
        if (fn)
            r->rc = r->emit(r->fctx, 0, f, (int)fn, (int)tok->start,
                            (int)tok->end);
        return r->rc != SQLITE_OK;
    }
    }
}

static int x_tokenize(Fts5Tokenizer *p, void *fctx, int flags,
                      const char *text, int n,
                      int (*emit)(void *, int, const char *, int, int, int))
{
    run r = {(const wtok *)p, EMIT_BOTH, text, fctx, emit, SQLITE_OK, 0, {{0}}, {0}, 0};
    if (n <= 0)
        return SQLITE_OK;
    if (flags & FTS5_TOKENIZE_QUERY) {
        if (text[0] == '#') { /* a standing name's token, as it is */
            r.rc = emit(fctx, 0, text, n, 0, n);
            return r.rc;
        }
        r.mode = EMIT_STEM;
        if (text[0] == '=') {
            r.mode = EMIT_SURFACE;
            text++, n--;
            r.text = text;
        }
    }
    wt_status s = wt_tokenize(text, (size_t)n, on_token, &r);
    if (s != WT_OK && r.rc == SQLITE_OK)
        r.rc = s == WT_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
    return r.rc;
}

static fts5_api *fts5_of(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_pointer(q, 1, (void *)&api, "fts5_api_ptr", NULL);
        sqlite3_step(q);
    }
    sqlite3_finalize(q);
    return api;
}

wt_status wti_fts_register(sqlite3 *db, wti_fts_shared *sh)
{
    fts5_api *api = fts5_of(db);
    if (!api || api->iVersion < 2)
        return WT_EDB;
    fts5_tokenizer tk = {x_create, x_delete, x_tokenize};
    return api->xCreateTokenizer(api, "warta", sh, &tk, NULL) == SQLITE_OK
               ? WT_OK
               : WT_EDB;
}
