/*
 * entity.c - names in the clean text (see entity.h, docs/entities.md).
 *
 * 1. Candidate names are runs of capitalized words inside a sentence
 *    (joined by for/of/the/de/van/bin/al when a capital follows), minus
 *    words inside time expressions and a leading stopword or common word
 *    (a sentence-initial "Dalam" is not a name: it is a stopword, or the
 *    article also writes it in lowercase).  Tagger spans (B-/I- tags)
 *    are added when a model is loaded.
 * 2. A title or role at the start (Presiden, Pemimpin, Menteri, juru
 *    bicara), together with a known place or body right after it, becomes
 *    the role; the rest is the name.
 * 3. The type comes from the alias table, a title (PER), the name's first
 *    or last word (Kementerian ... ORG, ... University ORG, Stadion ...
 *    LOC), a lowercase word before it (wilayah, di: LOC; media: ORG), an
 *    all-capitals acronym (ORG), else PER.
 * 4. Mentions are merged into entities: the alias table (Korut is Korea
 *    Utara), a folded spelling (Kim Jong-un is Kim Jong Un), an acronym in
 *    parentheses either way, a surname or given name of a person named in
 *    full, and a capital standing for its state except after di/ke/dari.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entity.h"
#include "lex.h"
#include "number.h"
#include "map.h"
#include "utf8.h"

struct canon {
    const char *name;
    int type;
    const char *state; /* a capital: the state it can stand for */
};

struct wti_entity_tables {
    wti_map names; /* folded surface -> canon index + 1 */
    struct canon *canon;
    size_t n_canon, cap_canon;
    wti_map words; /* "class\x1ffolded phrase" -> type */
    wti_map first; /* first folded word of a phrase -> 1 << EC_* bits */
    wti_arena strings;
};

/* The classes lookup_word is asked for.  Each is gated on the first word
 * of a phrase: a token whose word begins no phrase of the class is refused
 * without building the phrase's key (most are, for every class). */
enum eclass { EC_TITLE, EC_HEAD, EC_STOP, EC_SKIP, EC_EVENT, EC_TAIL,
              EC_BEFORE, EC_COUNT };
static const char *const ec_name[EC_COUNT] = {
    "title", "head", "stop", "skip", "event", "tail", "before"};
#define EC_KNOWN 128u /* in run.wmask: the token's bits are known */

/* The bit of a class name of the lexicon, or 0 for a class no rule asks
 * lookup_word for. */
static unsigned class_bit(const char *cls)
{
    for (int k = 0; k < EC_COUNT; k++)
        if (!strcmp(ec_name[k], cls))
            return 1u << k;
    return 0;
}

enum { MAXW = 6 };

/* Folds s[0..len) onto out[0..o), which holds folded text without its
 * trailing spaces trimmed: lowercases ASCII (unless `lowered` says s is
 * lowercase already), maps '-' and white space to ' ' and squeezes
 * spaces.  Returns the new length, still untrimmed. */
static inline size_t fold_run(const char *s, size_t len, char *out,
                              size_t o, size_t cap, int lowered)
{
    int sp = o == 0 || out[o - 1] == ' ';
    /* out grows by at most a byte a character: when all of s fits, the
     * loop needs no room test */
    size_t stop = o + len + 1 <= cap ? len : 0;
    size_t i = 0;
    for (; i < stop; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c > ' ' && c != '-') { /* the common case */
            out[o++] = (char)(!lowered && c >= 'A' && c <= 'Z' ? c + 32 : c);
            sp = 0;
        } else if (c == '-' || c == ' ' || c == '\t' || c == '\n') {
            if (!sp)
                out[o++] = ' ';
            sp = 1;
        } else {
            out[o++] = (char)c;
            sp = 0;
        }
    }
    for (; i < len && o + 1 < cap; i++) {
        char c = s[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\n')
            c = ' ';
        else if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c == ' ') {
            if (sp)
                continue;
            sp = 1;
        } else {
            sp = 0;
        }
        out[o++] = c;
    }
    return o;
}

/* fold() of the document's text [s, e), read from its lowercased copy. */
static size_t fold_doc(const wt_doc *d, uint32_t s, uint32_t e, char *out,
                       size_t cap)
{
    size_t o = d->lower ? fold_run(d->lower + s, e - s, out, 0, cap, 1)
                        : fold_run(d->text + s, e - s, out, 0, cap, 0);
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = 0;
    return o;
}

/* fold_run from nothing, trailing spaces trimmed, NUL-terminated. */
static size_t fold(const char *s, size_t len, char *out, size_t cap)
{
    size_t o = fold_run(s, len, out, 0, cap, 0);
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = 0;
    return o;
}

static int type_of(const char *s, size_t n)
{
    if (n == 3 && !memcmp(s, "PER", 3))
        return WT_ENT_PER;
    if (n == 3 && !memcmp(s, "ORG", 3))
        return WT_ENT_ORG;
    if (n == 3 && !memcmp(s, "LOC", 3))
        return WT_ENT_LOC;
    return 0;
}

/* An all-capitals word (UN, AS, RI): matched with its exact case only, so
 * that "Un" in Kim Jong Un is not the United Nations. */
static int acronym(const char *s, size_t n)
{
    if (n < 2 || n > 12)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '.' || s[i] == '&'))
            return 0;
    return 1;
}

static wt_status add_name(struct wti_entity_tables *t, const char *s,
                          size_t n, size_t idx)
{
    char key[256];
    size_t k;
    if (acronym(s, n)) {
        key[0] = '^';
        memcpy(key + 1, s, n);
        k = n + 1;
    } else {
        k = fold(s, n, key, sizeof key);
    }
    if (!k || wti_map_has(&t->names, key, k))
        return WT_OK;
    return wti_map_put(&t->names, key, k, idx + 1);
}

static wt_status load_names(struct wti_entity_tables *t, const char *file)
{
    const wti_lexfile *f = wti_lex_find(file);
    if (!f)
        return WT_EFORMAT;
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[4] = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};
        size_t nf = wti_lex_fields(line, len, fl, 4);
        if (nf < 2)
            continue;
        char key[256];
        size_t k = fold(fl[0].s, fl[0].len, key, sizeof key);
        if (wti_map_has(&t->names, key, k))
            continue; /* an earlier file (aliases) wins */
        if (t->n_canon == t->cap_canon) {
            t->cap_canon = t->cap_canon ? t->cap_canon * 2 : 256;
            void *nc = realloc(t->canon, t->cap_canon * sizeof *t->canon);
            if (!nc)
                return WT_ENOMEM;
            t->canon = nc;
        }
        struct canon *c = &t->canon[t->n_canon];
        c->name = wti_arena_strndup(&t->strings, fl[0].s, fl[0].len);
        c->type = type_of(fl[1].s, fl[1].len);
        c->state = nf > 3 && fl[3].len
                       ? wti_arena_strndup(&t->strings, fl[3].s, fl[3].len)
                       : NULL;
        if (!c->name)
            return WT_ENOMEM;
        size_t idx = t->n_canon++;
        wt_status st = add_name(t, fl[0].s, fl[0].len, idx);
        wti_str rest = nf > 2 ? fl[2] : (wti_str){NULL, 0}, item;
        while (!st && wti_lex_next_item(&rest, &item))
            st = add_name(t, item.s, item.len, idx);
        if (st)
            return st;
    }
    return WT_OK;
}

static wt_status put_word(struct wti_entity_tables *t, const char *cls,
                          const char *s, size_t n, int type)
{
    char key[256];
    size_t cl = strlen(cls);
    memcpy(key, cls, cl);
    key[cl] = 0x1f;
    size_t k = fold(s, n, key + cl + 1, sizeof key - cl - 1);
    unsigned bit = class_bit(cls);
    if (bit) {
        const char *w = key + cl + 1, *sp = memchr(w, ' ', k);
        size_t wl = sp ? (size_t)(sp - w) : k;
        wt_status st = wti_map_or(&t->first, w, wl, bit);
        if (st)
            return st;
    }
    /* every prefix, for lookup_word stops at the first that is missing
     * and the tokens of a phrase need not be separated by spaces */
    return wti_map_put_phrase(&t->words, key, cl + 1 + k, cl + 1, -1,
                              (uintptr_t)type);
}

static wt_status load_words(struct wti_entity_tables *t, const char *file,
                            const char *cls_fixed)
{
    const wti_lexfile *f = wti_lex_find(file);
    if (!f)
        return WT_EFORMAT;
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[3] = {{0, 0}, {0, 0}, {0, 0}};
        size_t nf = wti_lex_fields(line, len, fl, 3);
        wt_status st;
        if (cls_fixed) {
            int ty = nf > 1 ? type_of(fl[1].s, fl[1].len) : 0;
            st = put_word(t, cls_fixed, fl[0].s, fl[0].len, ty ? ty : 1);
        } else {
            if (nf < 3)
                continue;
            char cls[16];
            if (fl[1].len >= sizeof cls)
                continue;
            memcpy(cls, fl[1].s, fl[1].len);
            cls[fl[1].len] = 0;
            st = put_word(t, cls, fl[0].s, fl[0].len, type_of(fl[2].s, fl[2].len));
        }
        if (st)
            return st;
    }
    return WT_OK;
}

wt_status wti_entity_load(struct wti_entity_tables **out)
{
    struct wti_entity_tables *t = calloc(1, sizeof *t);
    if (!t)
        return WT_ENOMEM;
    wti_map_init(&t->names);
    wti_map_init(&t->words);
    wti_map_init(&t->first);
    wt_status st = load_names(t, "aliases");
    if (!st)
        st = load_names(t, "countries");
    if (!st)
        st = load_words(t, "titles", "title");
    if (!st)
        st = load_words(t, "entity_cues", NULL);
    if (!st)
        st = load_words(t, "stopwords", "stop");
    if (!st)
        st = load_words(t, "months", "stop");
    if (!st)
        st = load_words(t, "days", "stop");
    if (st) {
        wti_entity_free(t);
        return st;
    }
    *out = t;
    return WT_OK;
}

void wti_entity_free(struct wti_entity_tables *t)
{
    if (!t)
        return;
    wti_map_free(&t->names);
    wti_map_free(&t->words);
    wti_map_free(&t->first);
    wti_arena_free(&t->strings);
    free(t->canon);
    free(t);
}

/* ---- per document --------------------------------------------------- */

typedef struct ent {
    const char *name;
    int type;
    const char *role;
    const char **aliases;
    size_t n_aliases, cap_aliases;
    wt_span *mentions;
    size_t n_mentions, cap_mentions;
    int from_table, dead, ntok;
    int typed;           /* the type came from evidence, not the default */
    size_t merged_into;
} ent;

typedef struct run {
    const struct wti_entity_tables *t;
    wt_doc *d;
    wti_map lower;   /* words the article writes in lowercase */
    wti_map midcap;  /* words capitalized inside a sentence */
    wti_map keys;    /* folded name or alias -> entity index + 1 */
    wti_map surname; /* folded token of a person's name -> index + 1 */
    uint8_t *wmask;  /* per token: EC_* bits of its first word, 0 unknown */
    ent *e;
    size_t n, cap;
} run;

static int word_tok(const wt_doc *d, size_t i)
{
    return i < d->n_tokens && d->tokens[i].kind == WT_TOK_WORD;
}

static int is_cap(const wt_doc *d, size_t i)
{
    if (!word_tok(d, i) && !(i < d->n_tokens && d->tokens[i].kind == WT_TOK_URL))
        return 0;
    size_t k = d->tokens[i].start;
    int32_t cp = wti_utf8_next(d->text, d->tokens[i].end, &k);
    if (!wti_is_upper(cp))
        return 0;
    /* Korut–Rusia: a dash compound of names is a relation, not a name */
    for (uint32_t x = d->tokens[i].start; x + 2 < d->tokens[i].end; x++)
        if (!memcmp(d->text + x, "\xe2\x80\x93", 3))
            return 0;
    return 1;
}

/* The EC_* bits of the first word of token a's fold, looked up once. */
static unsigned token_bits(const run *r, size_t a)
{
    if (r->wmask[a] & EC_KNOWN)
        return r->wmask[a];
    const wt_token *tk = &r->d->tokens[a];
    char key[64];
    size_t k = fold_doc(r->d, tk->start, tk->end, key, sizeof key);
    const char *sp = memchr(key, ' ', k);
    const wti_map_slot *sl = wti_map_get(&r->t->first, key,
                                         sp ? (size_t)(sp - key) : k);
    r->wmask[a] = (uint8_t)(EC_KNOWN | (sl ? sl->value : 0));
    return r->wmask[a];
}

static int lookup_word(const run *r, int ec, size_t a, size_t n,
                       size_t *len_out)
{
    const char *cls = ec_name[ec];
    unsigned bit = 1u << ec;
    if (a < r->d->n_tokens && r->wmask &&
        r->d->tokens[a].end - r->d->tokens[a].start < 63 &&
        !(token_bits(r, a) & bit))
        return 0;
    /* longest phrase of class cls starting at token a, at most n tokens */
    char key[256];
    size_t cl = strlen(cls);
    memcpy(key, cls, cl);
    key[cl] = 0x1f;
    int best = 0;
    const wt_doc *d = r->d;
    char *out = key + cl + 1;
    size_t raw = 0, cap = sizeof key - cl - 1;
    for (size_t m = 1; m <= n && m <= 4 && a + m <= d->n_tokens; m++) {
        uint32_t s = d->tokens[a].start, e = d->tokens[a + m - 1].end;
        if (e - s > 200)
            break;
        /* fold the tokens one more at a time: the folded phrase so far
         * (untrimmed) and the text from the end of the last token on */
        uint32_t from = m == 1 ? s : d->tokens[a + m - 2].end;
        raw = d->lower ? fold_run(d->lower + from, e - from, out, raw, cap, 1)
                       : fold_run(d->text + from, e - from, out, raw, cap, 0);
        size_t k = raw;
        while (k && out[k - 1] == ' ')
            k--;
        const wti_map_slot *sl = wti_map_get(&r->t->words, key, cl + 1 + k);
        if (!sl)
            break; /* no entry goes on from here */
        if (sl->value) {
            best = (int)sl->value;
            *len_out = m;
        }
    }
    return best;
}

static int is_stop(const run *r, size_t i)
{
    size_t n;
    return lookup_word(r, EC_STOP, i, 1, &n) != 0;
}

static int seen_lower(const run *r, size_t i)
{
    char buf[64];
    const wt_token *tk = &r->d->tokens[i];
    size_t k = fold_doc(r->d, tk->start, tk->end, buf, sizeof buf);
    return wti_map_has(&r->lower, buf, k);
}

/* Does token i open a sentence, a paragraph or a quotation? */
static int initial(const wt_doc *d, size_t i)
{
    if (i == 0)
        return 1;
    const wt_token *p = &d->tokens[i - 1];
    if (wti_tok_para_break(d, i))
        return 1;
    if (p->kind != WT_TOK_PUNCT)
        return 0;
    char c = d->text[p->start];
    /* a closing quote mark leans on the word before it: `," kata Dini` */
    if ((c == '"' || !memcmp(d->text + p->start, "\xe2\x80\x9d", 3)) && p->start > 0 &&
        d->text[p->start - 1] != ' ' && d->text[p->start - 1] != '\n' &&
        d->text[p->start - 1] != '.' && d->text[p->start - 1] != '!' &&
        d->text[p->start - 1] != '?')
        return 0;
    return c != ',' && c != ')' && c != '-' && c != '&';
}

static int is_outlet(const wt_doc *d, size_t i)
{
    const wt_token *tk = &d->tokens[i];
    size_t ol = d->outlet ? strlen(d->outlet) : 0;
    return ol && ol == tk->end - tk->start &&
           !strncasecmp(d->outlet, d->text + tk->start, ol);
}

static int seen_midcap(const run *r, size_t i)
{
    char buf[64];
    const wt_token *tk = &r->d->tokens[i];
    size_t k = fold_doc(r->d, tk->start, tk->end, buf, sizeof buf);
    return wti_map_has(&r->midcap, buf, k);
}

static int in_time(const wt_doc *d, size_t i)
{
    /* times are sorted by start */
    size_t lo = 0, hi = d->n_times;
    uint32_t s = d->tokens[i].start;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->times[mid].end <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->n_times && d->times[lo].start <= s;
}

/* The table entry of tokens [a, b), or NULL. */
static const struct canon *table_at(const run *r, size_t a, size_t b)
{
    const wt_doc *d = r->d;
    uint32_t s = d->tokens[a].start, e = d->tokens[b - 1].end;
    if (e - s > 250)
        return NULL;
    char key[256];
    size_t k;
    if (acronym(d->text + s, e - s)) {
        key[0] = '^';
        memcpy(key + 1, d->text + s, e - s);
        k = e - s + 1;
    } else {
        k = fold_doc(d, s, e, key, sizeof key);
    }
    const wti_map_slot *sl = wti_map_get(&r->t->names, key, k);
    return sl ? &r->t->canon[sl->value - 1] : NULL;
}

static int all_caps(const wt_doc *d, size_t a, size_t b)
{
    if (b != a + 1)
        return 0;
    const wt_token *tk = &d->tokens[a];
    if (tk->end - tk->start < 2)
        return 0;
    for (uint32_t k = tk->start; k < tk->end; k++) {
        char c = d->text[k];
        if (c >= 'a' && c <= 'z')
            return 0;
    }
    return 1;
}

static wt_status key_put(run *r, wti_map *m, const char *s, size_t n,
                         size_t idx)
{
    char key[256];
    size_t k = fold(s, n, key, sizeof key);
    if (!k)
        return WT_OK;
    return wti_map_put(m, key, k, idx + 1);
    (void)r;
}

static ent *key_get(const run *r, const wti_map *m, const char *s, size_t n)
{
    char key[256];
    size_t k = fold(s, n, key, sizeof key);
    const wti_map_slot *sl = wti_map_get(m, key, k);
    if (!sl)
        return NULL;
    ent *e = &r->e[sl->value - 1];
    while (e->dead)
        e = &r->e[e->merged_into];
    return e;
}

static wt_status add_alias(run *r, ent *e, const char *s, size_t n)
{
    char a[256], b[256];
    size_t ka = fold(s, n, a, sizeof a);
    if (n == strlen(e->name) && !memcmp(s, e->name, n))
        return WT_OK;
    for (size_t i = 0; i < e->n_aliases; i++)
        if (strlen(e->aliases[i]) == n && !memcmp(e->aliases[i], s, n))
            return WT_OK;
    (void)ka;
    (void)b;
    const char **slot = WTI_VEC_PUSH(&r->d->arena, e->aliases, e->n_aliases,
                                     e->cap_aliases);
    if (!slot)
        return WT_ENOMEM;
    *slot = wti_arena_strndup(&r->d->arena, s, n);
    return *slot ? WT_OK : WT_ENOMEM;
}

static wt_status add_mention(run *r, ent *e, uint32_t s, uint32_t en)
{
    wt_span *sp = WTI_VEC_PUSH(&r->d->arena, e->mentions, e->n_mentions,
                               e->cap_mentions);
    if (!sp)
        return WT_ENOMEM;
    sp->start = s;
    sp->end = en;
    return add_alias(r, e, r->d->text + s, en - s);
}

static ent *new_ent(run *r, const char *name, size_t n, int type)
{
    if (r->n >= 20000)
        return NULL;
    ent *e = WTI_VEC_PUSH(&r->d->arena, r->e, r->n, r->cap);
    if (!e)
        return NULL;
    e->name = wti_arena_strndup(&r->d->arena, name, n);
    e->type = type;
    if (!e->name || key_put(r, &r->keys, name, n, r->n - 1))
        return NULL;
    return e;
}

static size_t idx_of(const run *r, const ent *e)
{
    return (size_t)(e - r->e);
}

/* Registers the name at tokens [a, b) (type hint `type`, 0 unknown). */
static wt_status mention(run *r, size_t a, size_t b, int type,
                         const char *role, int locative, ent **out)
{
    wt_doc *d = r->d;
    uint32_t s = d->tokens[a].start, en = d->tokens[b - 1].end;
    const char *txt = d->text + s;
    size_t n = en - s;
    ent *e = NULL;
    wt_status st = WT_OK;
    const struct canon *c = table_at(r, a, b);
    if (c && c->state && !locative) {
        /* a capital standing for its state */
        e = key_get(r, &r->keys, c->state, strlen(c->state));
        if (!e)
            e = new_ent(r, c->state, strlen(c->state), WT_ENT_LOC);
        if (!e)
            return WT_ENOMEM;
        e->from_table = 1;
    } else if (c) {
        e = key_get(r, &r->keys, c->name, strlen(c->name));
        if (!e) {
            e = new_ent(r, c->name, strlen(c->name), c->type);
            if (!e)
                return WT_ENOMEM;
        }
        e->from_table = 1;
    } else {
        e = key_get(r, &r->keys, txt, n);
        if (!e && (type == WT_ENT_PER || type == 0) && b - a <= 2) {
            for (size_t k = a; k < b && !e; k++)
                e = key_get(r, &r->surname, d->text + d->tokens[k].start,
                            d->tokens[k].end - d->tokens[k].start);
        }
        if (!e) {
            e = new_ent(r, txt, n, type ? type : WT_ENT_PER);
            if (!e)
                return WT_ENOMEM;
            e->typed = type != 0;
            e->ntok = (int)(b - a);
            if (e->type == WT_ENT_PER && b - a >= 2)
                for (size_t k = a; k < b; k++) {
                    const wt_token *tk = &d->tokens[k];
                    char key[64];
                    size_t kl = fold_doc(d, tk->start, tk->end, key, sizeof key);
                    if (kl >= 3 && !wti_map_has(&r->surname, key, kl) &&
                        (st = wti_map_put(&r->surname, key, kl, idx_of(r, e) + 1)))
                        return st;
                }
        }
    }
    /* a later mention with evidence types an entity typed by default
     * (Tentena ... di Tentena) */
    if (!e->typed && !e->from_table && type && type != e->type) {
        e->type = type;
        e->typed = 1;
    } else if (type && !e->typed) {
        e->typed = 1;
    }
    if (role && !e->role)
        e->role = role;
    if ((st = add_mention(r, e, s, en)))
        return st;
    /* a capital standing for its state keeps its own name free for the
     * city (di Pyongyang) */
    if (!(c && c->state && !locative) &&
        (st = key_put(r, &r->keys, txt, n, idx_of(r, e))))
        return st;
    if (out)
        *out = e;
    return WT_OK;
}

static int connector(const wt_doc *d, size_t i)
{
    static const char *const w[] = {"for", "of", "the", "and", "de", "van",
                                    "der", "von", "bin", "binti", "al", "da",
                                    "dos", "del", "la", "le"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (wti_tok_is(d, i, w[k]))
            return 1;
    return 0;
}

/* Merges entity `from` into `into`. */
static wt_status merge(run *r, ent *from, ent *into)
{
    if (from == into || from->dead)
        return WT_OK;
    wt_status st;
    for (size_t i = 0; i < from->n_mentions; i++) {
        wt_span *sp = WTI_VEC_PUSH(&r->d->arena, into->mentions,
                                   into->n_mentions, into->cap_mentions);
        if (!sp)
            return WT_ENOMEM;
        *sp = from->mentions[i];
    }
    if ((st = add_alias(r, into, from->name, strlen(from->name))))
        return st;
    for (size_t i = 0; i < from->n_aliases; i++)
        if ((st = add_alias(r, into, from->aliases[i], strlen(from->aliases[i]))))
            return st;
    from->dead = 1;
    from->merged_into = idx_of(r, into);
    return WT_OK;
}

static int cmp_span(const void *a, const void *b)
{
    const wt_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static int locative_before(const run *r, size_t a)
{
    if (a == 0)
        return 0;
    const wt_doc *d = r->d;
    return wti_tok_is(d, a - 1, "di") || wti_tok_is(d, a - 1, "ke") ||
           wti_tok_is(d, a - 1, "dari") || wti_tok_is(d, a - 1, "kota") ||
           wti_tok_is(d, a - 1, "menuju") || wti_tok_is(d, a - 1, "dekat");
}

/* The type the tagger gives most of tokens [a, b), when it tags more
 * than half of them; else 0. */
static int tagged_type(const wt_doc *d, size_t a, size_t b)
{
    if (!d->tags)
        return 0;
    size_t n[3] = {0};
    for (size_t i = a; i < b; i++)
        if (d->tags[i])
            n[(d->tags[i] - 1) / 2]++;
    static const int type[3] = {WT_ENT_PER, WT_ENT_ORG, WT_ENT_LOC};
    for (int k = 0; k < 3; k++)
        if (2 * n[k] > b - a)
            return type[k];
    return 0;
}

static wt_status process(run *r, size_t a, size_t b, size_t s0, size_t *skip)
{
    wt_doc *d = r->d;
    size_t n;
    const char *role = NULL;
    int type = 0;
    wt_status st;
    /* a lowercase title right before: juru bicara, presiden */
    for (size_t back = 1; back <= 3 && back <= a - s0; back++)
        if (lookup_word(r, EC_TITLE, a - back, back, &n) && n == back &&
            !is_cap(d, a - back)) {
            type = WT_ENT_PER;
            break;
        }
    /* a title at the start of the run */
    size_t tl = 0, hl0 = 0;
    if (lookup_word(r, EC_TITLE, a, b - a, &tl) && tl < b - a &&
        lookup_word(r, EC_HEAD, a + tl, b - a - tl, &hl0)) {
        /* Kepala Badan Penanggulangan Bencana: the head of a body, not a
         * person's name */
        a += tl;
        tl = 0;
    } else if (lookup_word(r, EC_TITLE, a, b - a, &tl) && tl < b - a) {
        size_t k = a + tl;
        /* Presiden Rusia Vladimir Putin: a known place or body after the
         * title is part of the role */
        size_t best = 0;
        for (size_t m = 1; k + m <= b && m <= 6; m++)
            if (table_at(r, k, k + m))
                best = m;
        if (best && k + best == b) {
            /* "Pemimpin Korea Utara (Korut), Kim": the role's place */
            a = k;
            goto named;
        }
        if (best) {
            if ((st = mention(r, k, k + best, 0, NULL, 0, NULL)))
                return st;
            k += best;
            /* Wakil Ketua DPR RI Adies Kadir: "RI" (of the Republic)
             * after the body is the role's too */
            if (k + 1 < b && wti_tok_is(d, k, "ri"))
                k++;
        }
        /* Menteri Keuangan Sri Mulyani: with no known place after the
         * title, a name of more than two words keeps its last two and the
         * rest belongs to the role */
        if (!best && b - k > 2)
            k = b - 2;
        role = wti_arena_strndup(&d->arena, d->text + d->tokens[a].start,
                                 d->tokens[k - 1].end - d->tokens[a].start);
        a = k;
        type = WT_ENT_PER;
    } else if (tl == b - a && tl) {
        return WT_OK; /* a title alone */
    }
named:
    if (a >= b)
        return WT_OK;
    /* a known name inside the run splits it (Yonhap Korea Selatan, Korea
     * Utara Kim Jong Un), unless the run is headed like an organization or
     * place (Bank Indonesia) or is itself known */
    if (!role && b - a > 1 && !table_at(r, a, b)) {
        size_t hl;
        int head = lookup_word(r, EC_HEAD, a, b - a, &hl);
        if (!head) {
            for (size_t k = a; k < b; k++) {
                size_t best = 0;
                for (size_t m = 1; k + m <= b && m <= 5; m++)
                    if (table_at(r, k, k + m))
                        best = m;
                if (!best)
                    continue;
                if (k > a && (st = process(r, a, k, s0, skip)))
                    return st;
                if ((st = mention(r, k, k + best, 0, NULL, locative_before(r, k), NULL)))
                    return st;
                if (k + best < b)
                    return process(r, k + best, b, s0, skip);
                return WT_OK;
            }
        }
    }
    {
        size_t hl;
        int h = lookup_word(r, EC_HEAD, a, b - a, &hl);
        int admin = wti_tok_is(d, a, "kota") || wti_tok_is(d, a, "kabupaten") ||
                    wti_tok_is(d, a, "provinsi") || wti_tok_is(d, a, "desa") ||
                    wti_tok_is(d, a, "kecamatan") || wti_tok_is(d, a, "kelurahan");
        if (h == WT_ENT_LOC && admin && b - a > hl + 2) {
            size_t e = a + hl + 1;
            static const char *const dir[] = {"utara", "selatan", "timur", "barat",
                                              "tengah", "raya", "baru", "laut"};
            for (size_t x = 0; x < sizeof dir / sizeof *dir; x++)
                if (wti_tok_is(d, e, dir[x]))
                    e++;
            if (e < b) {
                if ((st = process(r, a, e, s0, skip)))
                    return st;
                return process(r, e, b, s0, skip);
            }
        }
    }
    if (!type) {
        size_t hl;
        int h = lookup_word(r, EC_HEAD, a, b - a, &hl);
        int tt = 0;
        if (b - a >= 2) {
            size_t tl2;
            tt = lookup_word(r, EC_TAIL, b - 1, 1, &tl2);
        }
        if (h && hl == b - a && b - a == 1 && !table_at(r, a, b))
            return WT_OK; /* "Badan" alone (Badan intelijen ...) */
        if (h && (hl < b - a || b - a == 1))
            type = h;
        else if (tt)
            type = tt;
    }
    int locative = locative_before(r, a);
    if (!type && a > s0 && wti_tok_is(d, a - 1, "di") && !table_at(r, a, b))
        type = WT_ENT_LOC;
    if (!type && a > s0) {
        for (size_t back = 1; back <= 2 && back <= a - s0; back++) {
            int bt = lookup_word(r, EC_BEFORE, a - back, back, &n);
            if (bt && n == back) {
                type = bt;
                break;
            }
        }
    }
    if (!type && all_caps(d, a, b))
        type = WT_ENT_ORG;
    if (!type && d->outlet && b == a + 1) {
        const wt_token *tk = &d->tokens[a];
        size_t ol = strlen(d->outlet);
        if (ol == tk->end - tk->start &&
            !strncasecmp(d->outlet, d->text + tk->start, ol))
            type = WT_ENT_ORG;
    }
    /* one capitalized word that no rule types, no table knows, no earlier
     * name explains and the tagger does not tag (Hari Kemerdekaan's
     * "Kemerdekaan", a capitalized common noun) is not a name */
    if (!type && d->tags && b - a == 1 && !d->tags[a] && !table_at(r, a, b)) {
        const wt_token *tk = &d->tokens[a];
        const char *w = d->text + tk->start;
        size_t wl = tk->end - tk->start;
        if (!key_get(r, &r->keys, w, wl) && !key_get(r, &r->surname, w, wl) &&
            !all_caps(d, a, b))
            return WT_OK;
    }
    ent *e = NULL;
    if ((st = mention(r, a, b, type, role, locative, &e)))
        return st;
    /* no rule typed it: the tagger's type, as a default that later
     * evidence may still change */
    int soft = type ? 0 : tagged_type(d, a, b);
    if (e && soft && !e->typed && !e->from_table)
        e->type = soft;
    /* Kabupaten Poso is also Poso */
    if (e && e->type == WT_ENT_LOC && b - a >= 2 &&
        (wti_tok_is(d, a, "kabupaten") || wti_tok_is(d, a, "kota") ||
         wti_tok_is(d, a, "provinsi")) &&
        !key_get(r, &r->keys, d->text + d->tokens[a + 1].start,
                 d->tokens[b - 1].end - d->tokens[a + 1].start) &&
        (st = key_put(r, &r->keys, d->text + d->tokens[a + 1].start,
                      d->tokens[b - 1].end - d->tokens[a + 1].start, idx_of(r, e))))
        return st;
    /* an acronym or long form in parentheses right after */
    if (b + 2 < d->n_tokens && 1 &&
        d->tokens[b].kind == WT_TOK_PUNCT && d->text[d->tokens[b].start] == '(') {
        size_t c = b + 1, ce = c;
        while (ce < d->n_tokens && ce < c + 8 && is_cap(d, ce))
            ce++;
        if (ce > c && ce < d->n_tokens && d->tokens[ce].kind == WT_TOK_PUNCT &&
            d->text[d->tokens[ce].start] == ')') {
            const struct canon *tc = table_at(r, c, ce);
            ent *other = key_get(r, &r->keys, d->text + d->tokens[c].start,
                                 d->tokens[ce - 1].end - d->tokens[c].start);
            if (other && other != e && !(tc && tc->state)) {
                if ((st = merge(r, other, e)))
                    return st;
            }
            if (!(tc && tc->state) && (!tc || !other)) {
                uint32_t s = d->tokens[c].start, en = d->tokens[ce - 1].end;
                if ((st = add_mention(r, e, s, en)) ||
                    (st = key_put(r, &r->keys, d->text + s, en - s, idx_of(r, e))))
                    return st;
                if (e->type == WT_ENT_PER && all_caps(d, c, ce) && !e->from_table)
                    e->type = WT_ENT_ORG;
                *skip = ce + 1;
            }
        }
    }
    return WT_OK;
}

wt_status wti_entity_run(const struct wti_entity_tables *t, wt_doc *d)
{
    if (!t || !d->n_tokens)
        return WT_OK;
    run r;
    memset(&r, 0, sizeof r);
    r.t = t;
    r.d = d;
    wti_map_init(&r.lower);
    wti_map_init(&r.midcap);
    wti_map_init(&r.keys);
    wti_map_init(&r.surname);
    wt_status st = wti_map_reserve(&r.lower, d->n_tokens / 2);
    r.wmask = wti_arena_calloc(&d->arena, d->n_tokens, 1);
    if (!st && !r.wmask)
        st = WT_ENOMEM;
    for (size_t i = 0; i < d->n_tokens && !st; i++) {
        if (!word_tok(d, i))
            continue;
        char c = d->text[d->tokens[i].start];
        char key[64];
        const wt_token *tk = &d->tokens[i];
        wti_map *set = c >= 'a' && c <= 'z' ? &r.lower
                       : is_cap(d, i) && !initial(d, i) ? &r.midcap : NULL;
        if (!set)
            continue;
        size_t k = fold_doc(d, tk->start, tk->end, key, sizeof key);
        /* a word without a hyphen folds to its lowercased text: the map
         * can point at the document's copy instead of copying the key */
        if (d->lower && k == tk->end - tk->start &&
            !memchr(d->lower + tk->start, '-', k))
            st = wti_map_put_ref(set, d->lower + tk->start, k, 1);
        else
            st = wti_map_put(set, key, k, 1);
    }
    size_t si = 0, s0 = 0;
    for (size_t i = 0; i < d->n_tokens && !st;) {
        while (si < d->n_sentences && d->sentences[si].end <= d->tokens[i].start) {
            si++;
            s0 = i;
        }
        if (si < d->n_sentences && d->tokens[i].start >= d->sentences[si].start &&
            (i == 0 || d->tokens[i - 1].end <= d->sentences[si].start))
            s0 = i;
        if (!is_cap(d, i) || in_time(d, i)) {
            i++;
            continue;
        }
        size_t a = i, b = i + 1;
        while (b < d->n_tokens && b - a < 12) {
            if (d->tokens[b].start > d->tokens[b - 1].end + 1 || wti_tok_para_break(d, b))
                break;
            if (is_cap(d, b) && !in_time(d, b))
                b++;
            else if (connector(d, b) && is_cap(d, b + 1))
                b += 2;
            else
                break;
        }
        size_t next = b;
        /* “Food for Arms”: a quoted phrase is a title or slogan */
        if (a < b && a > 0 && b < d->n_tokens && d->tokens[a - 1].kind == WT_TOK_PUNCT &&
            d->tokens[b].kind == WT_TOK_PUNCT && b - a > 1) {
            size_t q0 = d->tokens[a - 1].start, q1 = d->tokens[b].start;
            if ((!memcmp(d->text + q0, "\xe2\x80\x9c", 3) || d->text[q0] == '"' ||
                 d->text[q0] == '\'' || !memcmp(d->text + q0, "\xe2\x80\x98", 3)) &&
                (!memcmp(d->text + q1, "\xe2\x80\x9d", 3) || d->text[q1] == '"' ||
                 d->text[q1] == '\'' || !memcmp(d->text + q1, "\xe2\x80\x99", 3)))
                a = b;
        }
        /* drop leading stopwords and common words: a word that opens a
         * sentence is a name only if the article also capitalizes it
         * elsewhere, or the tables know it */
        for (;;) {
            size_t tl;
            if (a >= b || lookup_word(&r, EC_TITLE, a, b - a, &tl) ||
                (b > a + 1 && lookup_word(&r, EC_HEAD, a, 1, &tl)) || is_outlet(d, a) ||
                (all_caps(d, a, a + 1) && !is_stop(&r, a)))
                break;
            /* the tagger vouches for a sentence opener it tags as the
             * start of a name (Prabowo mengatakan ...) */
            int vouched = d->tags && (d->tags[a] & 1) && !seen_lower(&r, a);
            if (is_stop(&r, a) ||
                ((a == s0 || initial(d, a)) && !vouched &&
                 (seen_lower(&r, a) || !seen_midcap(&r, a)) &&
                 !table_at(&r, a, a + 1) && !(b > a + 1 && table_at(&r, a, a + 2)))) {
                a++;
                continue;
            }
            if (lookup_word(&r, EC_SKIP, a, b - a, &tl)) {
                a += tl;
                continue;
            }
            break;
        }
        size_t el;
        if (a < b && lookup_word(&r, EC_EVENT, a, 1, &el))
            a = b;
        if (a < b) {
            size_t skip = 0;
            st = process(&r, a, b, s0, &skip);
            if (skip > next)
                next = skip;
        }
        i = next;
    }
    /* a one-word person merged into the full name that contains it */
    for (size_t i = 0; i < r.n && !st; i++) {
        ent *e = &r.e[i];
        if (e->dead || e->type != WT_ENT_PER || e->ntok != 1)
            continue;
        ent *full = key_get(&r, &r.surname, e->name, strlen(e->name));
        if (full && full != e && !full->dead)
            st = merge(&r, e, full);
    }
    /* one sense per article: a capital the article also uses for its state
     * (Pyongyang telah memasok Moskow) is the state at "di Pyongyang" too */
    for (size_t i = 0; i < r.n && !st; i++) {
        ent *e = &r.e[i];
        if (e->dead || e->type != WT_ENT_LOC)
            continue;
        char key[256];
        size_t k = fold(e->name, strlen(e->name), key, sizeof key);
        const wti_map_slot *sl = wti_map_get(&t->names, key, k);
        if (!sl || !t->canon[sl->value - 1].state)
            continue;
        const char *stn = t->canon[sl->value - 1].state;
        ent *state = key_get(&r, &r.keys, stn, strlen(stn));
        if (!state || state == e)
            continue;
        for (size_t a = 0; a < state->n_aliases; a++)
            if (!strcmp(state->aliases[a], e->name)) {
                st = merge(&r, e, state);
                break;
            }
    }
    size_t live = 0;
    for (size_t i = 0; i < r.n; i++)
        live += !r.e[i].dead;
    if (!st && live) {
        d->entities = wti_arena_calloc(&d->arena, live, sizeof *d->entities);
        if (!d->entities)
            st = WT_ENOMEM;
        for (size_t i = 0; i < r.n && !st; i++) {
            ent *e = &r.e[i];
            if (e->dead)
                continue;
            qsort(e->mentions, e->n_mentions, sizeof *e->mentions, cmp_span);
            wt_entity *o = &d->entities[d->n_entities++];
            o->name = e->name;
            o->type = e->type;
            o->role = e->role;
            o->aliases = e->aliases;
            o->n_aliases = e->n_aliases;
            o->mentions = e->mentions;
            o->n_mentions = e->n_mentions;
        }
        d->cap_entities = live;
    }
    wti_map_free(&r.lower);
    wti_map_free(&r.midcap);
    wti_map_free(&r.keys);
    wti_map_free(&r.surname);
    return st;
}

const wt_entity *wti_entity_at(const wt_doc *d, uint32_t start, uint32_t end)
{
    for (size_t i = 0; i < d->n_entities; i++) {
        const wt_entity *e = &d->entities[i];
        for (size_t k = 0; k < e->n_mentions; k++)
            if (e->mentions[k].start < end && start < e->mentions[k].end)
                return e;
    }
    return NULL;
}

const wt_entity *wti_entity_last_person(const wt_doc *d, uint32_t pos)
{
    const wt_entity *best = NULL;
    uint32_t at = 0;
    for (size_t i = 0; i < d->n_entities; i++) {
        const wt_entity *e = &d->entities[i];
        if (e->type != WT_ENT_PER)
            continue;
        for (size_t k = 0; k < e->n_mentions; k++)
            if (e->mentions[k].end <= pos && e->mentions[k].start >= at) {
                at = e->mentions[k].start;
                best = e;
            }
    }
    return best;
}

int wti_entity_is_title(const struct wti_entity_tables *t, const char *s,
                        size_t len)
{
    char key[128] = "title\x1f";
    size_t k = fold(s, len, key + 6, sizeof key - 6);
    const wti_map_slot *sl = wti_map_get(&t->words, key, 6 + k);
    return sl && sl->value;
}
