/*
 * quote.c - quotes and their speakers (see quote.h, docs/quotes.md).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "engine.h"
#include "entity.h"
#include "lex.h"
#include "map.h"
#include "number.h"
#include "quote.h"

enum { K_AFTER = 1, K_BEFORE, K_INDIRECT, K_VIA, K_PRONOUN, K_UNNAMED };

struct wti_quote_tables {
    wti_map words; /* lowercase word -> kind */
};

wt_status wti_quote_load(struct wti_quote_tables **out)
{
    struct wti_quote_tables *t = calloc(1, sizeof *t);
    if (!t)
        return WT_ENOMEM;
    wti_map_init(&t->words);
    const wti_lexfile *f = wti_lex_find("speech_verbs");
    wt_status st = f ? WT_OK : WT_EFORMAT;
    if (!st) {
        wti_lexiter it;
        const char *line;
        size_t len;
        wti_lex_iter(&it, f);
        while (!st && wti_lex_next(&it, &line, &len)) {
            wti_str fl[2];
            if (wti_lex_fields(line, len, fl, 2) < 2)
                continue;
            static const char *const kinds[] = {"", "after", "before",
                                                "indirect", "via", "pronoun",
                                                "unnamed"};
            int k = 0;
            for (int i = 1; i < 7; i++)
                if (strlen(kinds[i]) == fl[1].len &&
                    !memcmp(kinds[i], fl[1].s, fl[1].len))
                    k = i;
            if (k)
                st = wti_map_put(&t->words, fl[0].s, fl[0].len, (uintptr_t)k);
        }
    }
    if (st) {
        wti_quote_free(t);
        return st;
    }
    *out = t;
    return WT_OK;
}

void wti_quote_free(struct wti_quote_tables *t)
{
    if (!t)
        return;
    wti_map_free(&t->words);
    free(t);
}

typedef struct mref {
    uint32_t start, end;
    const wt_entity *e;
} mref;

typedef struct ctx {
    const struct wti_quote_tables *t;
    wt_doc *d;
    mref *m;
    size_t nm;
} ctx;

static int cmp_mref(const void *a, const void *b)
{
    const mref *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Kind of token i as a speech word; *nya set for the -nya form. */
static int kind(const ctx *c, size_t i, int *nya)
{
    const wt_doc *d = c->d;
    if (nya)
        *nya = 0;
    if (i >= d->n_tokens || d->tokens[i].kind != WT_TOK_WORD)
        return 0;
    char buf[40];
    size_t n = wti_tok_lower(d, i, buf, sizeof buf);
    const wti_map_slot *s = wti_map_get(&c->t->words, buf, n);
    if (s)
        return (int)s->value;
    if (n > 3 && !memcmp(buf + n - 3, "nya", 3)) {
        s = wti_map_get(&c->t->words, buf, n - 3);
        if (s && nya)
            *nya = 1;
        return s ? (int)s->value : 0;
    }
    return 0;
}

/* First token starting at or after byte `pos`. */
static size_t tok_at(const wt_doc *d, uint32_t pos)
{
    size_t lo = 0, hi = d->n_tokens;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->tokens[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The entity mentioned at token i (a mention starting there or covering
 * it), or NULL. */
static const wt_entity *ent_at(const ctx *c, size_t i)
{
    if (i >= c->d->n_tokens)
        return NULL;
    uint32_t s = c->d->tokens[i].start;
    size_t lo = 0, hi = c->nm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->m[mid].start <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k-- > 0 && lo - k <= 4;)
        if (c->m[k].start <= s && s < c->m[k].end)
            return c->m[k].e;
    return NULL;
}

/* The last person mentioned before byte `pos` (bounded look-back). */
/* The quote found so far that holds byte `at`, or NULL, for callers
 * walking back through the text: *qi starts at d->n_quotes and only goes
 * down as `at` does. */
static const wt_quote *quote_holding(const wt_doc *d, uint32_t at, size_t *qi)
{
    while (*qi > 0 && d->quotes[*qi - 1].start > at)
        --*qi;
    return *qi > 0 && at < d->quotes[*qi - 1].end ? &d->quotes[*qi - 1] : NULL;
}

static const wt_entity *last_person(const ctx *c, uint32_t pos)
{
    size_t lo = 0, hi = c->nm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->m[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* a person named inside an earlier quotation is what the speaker
     * spoke of, not a speaker ("...era Bapak Presiden Prabowo...,"
     * pungkasnya): those mentions are passed over */
    size_t qi = c->d->n_quotes;
    for (size_t k = lo, steps = 0; k-- > 0 && steps < 400; steps++) {
        const wt_quote *q = quote_holding(c->d, c->m[k].start, &qi);
        if (q && q->direct)
            continue;
        if (c->m[k].e->type == WT_ENT_PER)
            return c->m[k].e;
    }
    return NULL;
}

/* The last person mentioned in [from, pos), or NULL. */
static const wt_entity *person_since(const ctx *c, uint32_t from, uint32_t pos)
{
    size_t lo = 0, hi = c->nm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->m[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k-- > 0 && c->m[k].start >= from;)
        if (c->m[k].e->type == WT_ENT_PER)
            return c->m[k].e;
    return NULL;
}

/* The last person or organization mentioned before byte `pos`. */
static const wt_entity *last_agent(const ctx *c, uint32_t pos)
{
    size_t lo = 0, hi = c->nm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->m[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo, steps = 0; k-- > 0 && steps < 400; steps++)
        if (c->m[k].e->type != WT_ENT_LOC)
            return c->m[k].e;
    return NULL;
}

/* The speaker right after a cue verb at token v. */
static const wt_entity *speaker_after(const ctx *c, size_t v, uint32_t qpos)
{
    const wt_doc *d = c->d;
    for (size_t k = v + 1; k < d->n_tokens && k <= v + 12; k++) {
        const wt_entity *e = ent_at(c, k);
        if (e)
            return e;
        if (kind(c, k, NULL) == K_PRONOUN)
            return last_person(c, qpos);
        if (d->tokens[k].kind == WT_TOK_PUNCT)
            break;
        /* "kata reporter tersebut", "ujar jaksa", "kata Kapolres": the last
         * person with that role */
        if (k == v + 1 || wti_tok_is(d, k + 1, "tersebut") || wti_tok_is(d, k + 1, "itu")) {
            const wt_token *tk = &d->tokens[k];
            size_t n = tk->end - tk->start;
            const wt_entity *best = NULL;
            uint32_t at = 0;
            size_t lo = 0, hi = c->nm;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (c->m[mid].start < qpos)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (size_t x = lo > 400 ? lo - 400 : 0; x < lo; x++) {
                const wt_entity *e2 = c->m[x].e;
                if (c->m[x].start >= qpos || e2->type != WT_ENT_PER || !e2->role)
                    continue;
                const char *r = e2->role;
                size_t rl = strlen(r);
                for (size_t y = 0; y + n <= rl; y++)
                    if (!strncasecmp(r + y, d->text + tk->start, n) && c->m[x].start >= at) {
                        best = e2;
                        at = c->m[x].start;
                        break;
                    }
            }
            if (best)
                return best;
            if (wti_tok_is(d, k + 1, "tersebut") || wti_tok_is(d, k + 1, "itu"))
                return last_person(c, qpos);
            continue;
        }
    }
    return NULL;
}

/* The first token after the entity mention that covers token k. */
static size_t after_mention(const ctx *c, size_t k)
{
    const wt_doc *d = c->d;
    uint32_t s = d->tokens[k].start, end = d->tokens[k].end;
    for (size_t x = 0; x < c->nm; x++)
        if (c->m[x].start <= s && s < c->m[x].end) {
            end = c->m[x].end;
            break;
        }
    size_t j = k;
    while (j < d->n_tokens && d->tokens[j].start < end)
        j++;
    return j;
}

/* An unnamed speaker right after a cue verb at token v ("ujar jaksa",
 * "tulis para peneliti"): the noun as written, lowercased, or NULL. */
static const char *unnamed_after(const ctx *c, size_t v)
{
    wt_doc *d = c->d;
    size_t k = v + 1;
    if (wti_tok_is(d, k, "para") || wti_tok_is(d, k, "sang") ||
        wti_tok_is(d, k, "seorang") || wti_tok_is(d, k, "seseorang"))
        k++;
    if (k >= d->n_tokens || d->tokens[k].kind != WT_TOK_WORD)
        return NULL;
    const wt_token *tk = &d->tokens[k];
    if (kind(c, k, NULL) == K_UNNAMED) {
        char buf[40];
        size_t n = wti_tok_lower(d, k, buf, sizeof buf);
        return wti_arena_strndup(&d->arena, buf, n);
    }
    /* a title standing alone for its holder: "...," tegas Menaker */
    if (d->eng && d->eng->entity &&
        wti_entity_is_title(d->eng->entity, d->text + tk->start, tk->end - tk->start) &&
        (k + 1 >= d->n_tokens || d->tokens[k + 1].kind == WT_TOK_PUNCT ||
         (d->text[d->tokens[k + 1].start] >= 'a' && d->text[d->tokens[k + 1].start] <= 'z')))
        return wti_arena_strndup(&d->arena, d->text + tk->start, tk->end - tk->start);
    return NULL;
}

/* The subject of the clause that ends before token q: the first entity of
 * the sentence (persons first), or the person a pronoun points to. */
static const wt_entity *subject_before(const ctx *c, size_t s0, size_t q)
{
    const wt_entity *org = NULL;
    for (size_t k = s0; k < q; k++) {
        if (kind(c, k, NULL) == K_PRONOUN &&
            (k == s0 || c->d->tokens[k - 1].kind == WT_TOK_PUNCT))
            return last_person(c, c->d->tokens[k].start);
        const wt_entity *e = ent_at(c, k);
        if (e && e->type == WT_ENT_PER)
            return e;
        if (e && !org && e->type == WT_ENT_ORG)
            org = e;
    }
    return org;
}

/* For a "-nya" cue closing a quote that opens at token q0: the person
 * who last spoke in the text before it, the subject of the nearest
 * reporting verb (Gus Ipul menjelaskan Prabowo ... "...," ungkapnya: Gus
 * Ipul, not Prabowo), within 80 tokens and outside earlier quotes; else
 * the last person named outside them. */
static const wt_entity *nya_speaker(const ctx *c, size_t q0, uint32_t oa)
{
    const wt_doc *d = c->d;
    size_t qi = d->n_quotes;
    for (size_t v = q0, steps = 0; v-- > 0 && steps < 80; steps++) {
        if (quote_holding(d, d->tokens[v].start, &qi))
            continue;
        int nya = 0;
        if (kind(c, v, &nya) != K_BEFORE || nya)
            continue;
        size_t s0 = v;
        while (s0 > 0 && v - s0 < 40 &&
               !(d->tokens[s0 - 1].kind == WT_TOK_PUNCT &&
                 (d->text[d->tokens[s0 - 1].start] == '.' ||
                  d->text[d->tokens[s0 - 1].start] == '"')) &&
               !wti_tok_para_break(d, s0))
            s0--;
        const wt_entity *e = subject_before(c, s0, v);
        if (e && e->type == WT_ENT_PER)
            return e;
        break;
    }
    /* no reporting verb near: a person named in the quote's own
     * paragraph before it (Rina sempat menemui wartawan. "...,"
     * tuturnya); else the speaker of the quote before, when it ended
     * shortly before ("...," kata Yuda. [a paragraph on Prabowo] "...,"
     * jelasnya: Yuda); else the last person named */
    uint32_t para = oa;
    while (para > 0 && d->text[para - 1] != '\n')
        para--;
    if (person_since(c, para, oa))
        return last_person(c, oa);
    for (size_t k = d->n_quotes; k-- > 0;) {
        const wt_quote *p = &d->quotes[k];
        if (p->end > oa)
            continue;
        if (p->speaker && oa - p->end < 1500)
            for (size_t j = 0; j < d->n_entities; j++)
                if (d->entities[j].type == WT_ENT_PER && !strcmp(d->entities[j].name, p->speaker))
                    return &d->entities[j];
        break;
    }
    return last_person(c, oa);
}

static int is_open(const char *p, size_t left, int *len)
{
    unsigned char a = (unsigned char)p[0];
    if (left >= 3 && a == 0xE2 && (unsigned char)p[1] == 0x80 &&
        ((unsigned char)p[2] == 0x9C)) {
        *len = 3;
        return 1;
    }
    if (left >= 2 && a == 0xC2 && (unsigned char)p[1] == 0xAB) {
        *len = 2;
        return 1;
    }
    return 0;
}

static int is_close(const char *p, size_t left, int *len)
{
    unsigned char a = (unsigned char)p[0];
    if (left >= 3 && a == 0xE2 && (unsigned char)p[1] == 0x80 &&
        ((unsigned char)p[2] == 0x9D)) {
        *len = 3;
        return 1;
    }
    if (left >= 2 && a == 0xC2 && (unsigned char)p[1] == 0xBB) {
        *len = 2;
        return 1;
    }
    return 0;
}

/* Single quotes: ‘...’ and '...' at word boundaries (not Jum'at). */
static int is_single(const char *s, size_t i, size_t len, int open, int *ml)
{
    unsigned char a = (unsigned char)s[i];
    int curly_open = len - i >= 3 && a == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                     (unsigned char)s[i + 2] == 0x98;
    int curly_close = len - i >= 3 && a == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                      (unsigned char)s[i + 2] == 0x99;
    int straight = s[i] == '\'';
    if (!curly_open && !curly_close && !straight)
        return 0;
    *ml = straight ? 1 : 3;
    char before = i ? s[i - 1] : ' ';
    char after = i + (size_t)*ml < len ? s[i + (size_t)*ml] : ' ';
    int bspace = before == ' ' || before == '\n' || before == '(';
    int aspace = after == ' ' || after == '\n' || after == ',' || after == '.' ||
                 after == '?' || after == '!' || after == ')' || after == ';';
    if (open)
        return (curly_open || straight) && bspace && !aspace;
    return (curly_close || straight) && aspace && !bspace;
}

static size_t words_in(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

static wt_status emit(ctx *c, uint32_t a, uint32_t b, uint32_t oa, uint32_t ob,
                      int closed)
{
    wt_doc *d = c->d;
    while (a < b && (d->text[a] == ' ' || d->text[a] == '\n'))
        a++;
    while (b > a && (d->text[b - 1] == ' ' || d->text[b - 1] == '\n' ||
                     d->text[b - 1] == ','))
        b--;
    if (b <= a)
        return WT_OK;
    size_t q1 = tok_at(d, ob);      /* first token after the quote */
    size_t q0 = tok_at(d, oa);      /* the opening mark's token */
    /* the sentence around the opening mark */
    size_t s0 = q0;
    while (s0 > 0 && !wti_tok_para_break(d, s0) &&
           !(d->tokens[s0 - 1].kind == WT_TOK_PUNCT &&
             (d->text[d->tokens[s0 - 1].start] == '.' ||
              d->text[d->tokens[s0 - 1].start] == '!' ||
              d->text[d->tokens[s0 - 1].start] == '?')) &&
           q0 - s0 < 60)
        s0--;
    const wt_entity *spk = NULL;
    const char *spk_name = NULL;
    const char *cue = NULL;
    size_t k = q1;
    if (k < d->n_tokens && wti_tok_is(d, k, ","))
        k++;
    int nya = 0;
    size_t cue_tok = (size_t)-1, v_after = 0;
    const wt_entity *e_after = NULL;
    if (k < d->n_tokens && kind(c, k, &nya) == K_AFTER &&
        !memchr(d->text + ob, '\n', d->tokens[k].start - ob)) {
        cue_tok = k;
        spk = nya ? nya_speaker(c, q0, oa) : speaker_after(c, k, oa);
        if (!spk && !nya)
            spk_name = unnamed_after(c, k);
    } else if (k + 1 < d->n_tokens && (e_after = ent_at(c, k)) != NULL &&
               e_after->type == WT_ENT_PER &&
               (v_after = after_mention(c, k)) < d->n_tokens &&
               (kind(c, v_after, NULL) == K_AFTER || kind(c, v_after, NULL) == K_BEFORE) &&
               !memchr(d->text + ob, '\n', d->tokens[v_after].start - ob)) {
        /* "...," Cannavaro menuturkan */
        cue_tok = v_after;
        spk = e_after;
    } else if (k + 1 < d->n_tokens && kind(c, k, NULL) == K_PRONOUN &&
               (kind(c, k + 1, NULL) == K_AFTER || kind(c, k + 1, NULL) == K_BEFORE) &&
               !memchr(d->text + ob, '\n', d->tokens[k + 1].start - ob)) {
        /* "...," dia menambahkan / "..." ia memposting */
        cue_tok = k + 1;
        spk = last_person(c, oa);
    } else {
        /* a cue verb earlier in the sentence: Kim mengatakan, "..." */
        for (size_t v = q0; v-- > s0;) {
            int kd = kind(c, v, &nya);
            if (kd == K_INDIRECT) { /* Menurut Docquier, ... / Menurutnya, ... */
                cue_tok = v;
                spk = nya ? last_person(c, d->tokens[v].start) : speaker_after(c, v, oa);
                break;
            }
            if (kd == K_BEFORE || kd == K_AFTER) {
                cue_tok = v;
                spk = nya ? last_person(c, d->tokens[v].start) : subject_before(c, s0, v);
                if (!spk && kd == K_AFTER)
                    spk = speaker_after(c, v, oa);
                break;
            }
        }
    }
    /* a pronoun cue with no person named: the last organization named
     * (an acronym such as AHY is typed ORG), else the last speaker */
    if (!spk && cue_tok != (size_t)-1 &&
        (nya || kind(c, cue_tok + 1, NULL) == K_PRONOUN))
        spk = last_agent(c, oa);
    /* a pronoun cue with no person named yet: the last speaker quoted */
    if (!spk && cue_tok != (size_t)-1 && d->n_quotes &&
        (nya || kind(c, cue_tok + 1, NULL) == K_PRONOUN)) {
        for (size_t k2 = d->n_quotes; k2-- > 0;)
            if (d->quotes[k2].speaker && d->quotes[k2].direct) {
                spk_name = d->quotes[k2].speaker;
                break;
            }
    }
    if (cue_tok != (size_t)-1) {
        const wt_token *tk = &d->tokens[cue_tok];
        size_t n = tk->end - tk->start;
        if (nya)
            n -= 3;
        char buf[40];
        size_t bl = wti_tok_lower(d, cue_tok, buf, sizeof buf);
        if (bl > n)
            bl = n;
        cue = wti_arena_strndup(&d->arena, buf, bl);
    }
    /* no cue: a quote opening a paragraph right after another quote goes
     * on with that quote's speaker */
    if (!spk && closed && cue_tok == (size_t)-1 && d->n_quotes &&
        (oa == 0 || d->text[oa - 1] == '\n')) {
        const wt_quote *pq = &d->quotes[d->n_quotes - 1];
        const char *nl = memchr(d->text + pq->end, '\n', oa - pq->end);
        if (pq->direct && pq->speaker && nl &&
            !memchr(nl + 1, '\n', (size_t)(d->text + oa - nl - 1) ? (size_t)(d->text + oa - nl - 1) : 0)) {
            spk = NULL;
            wt_quote *q = WTI_VEC_PUSH(&d->arena, d->quotes, d->n_quotes, d->cap_quotes);
            if (!q)
                return WT_ENOMEM;
            q->start = a;
            q->end = b;
            q->speaker = d->quotes[d->n_quotes - 2].speaker;
            q->cue = d->quotes[d->n_quotes - 2].cue;
            q->direct = 1;
            return WT_OK;
        }
    }
    /* a paragraph that is only a quotation, with no cue: the person named
     * in the paragraph just before introduced it */
    if (!spk && !spk_name && closed && cue_tok == (size_t)-1 && (oa == 0 || d->text[oa - 1] == '\n') &&
        (ob >= d->text_len || d->text[ob] == '\n' ||
         (ob + 1 < d->text_len && d->text[ob + 1] == '\n')) && oa > 1) {
        const char *nl = d->text + oa - 1;
        size_t back = 0;
        while (nl > d->text && nl[-1] != '\n' && back < 4000)
            nl--, back++;
        spk = person_since(c, (uint32_t)(nl - d->text), oa);
    }
    /* a short quoted phrase is a quote only with a speaker */
    size_t nw = words_in(d->text + a, b - a);
    if (nw < 4 && !spk && !spk_name)
        return WT_OK;
    const char *via = NULL;
    for (size_t v = q1; v < d->n_tokens && v < q1 + 14; v++) {
        if (d->tokens[v].kind == WT_TOK_PUNCT && d->text[d->tokens[v].start] == '.')
            break;
        if (kind(c, v, NULL) == K_VIA) {
            for (size_t x = v + 1; x < d->n_tokens && x <= v + 5; x++) {
                const wt_entity *e = ent_at(c, x);
                if (e) {
                    via = e->name;
                    break;
                }
            }
            break;
        }
    }
    wt_quote *q = WTI_VEC_PUSH(&d->arena, d->quotes, d->n_quotes, d->cap_quotes);
    if (!q)
        return WT_ENOMEM;
    q->start = a;
    q->end = b;
    q->speaker = spk ? spk->name : spk_name;
    q->cue = cue;
    q->via = via;
    q->direct = 1;
    return WT_OK;
}

/* Attributed indirect speech: "Menurut X, ..." and "X mengatakan bahwa
 * ..." in sentences without quote marks. */
static wt_status indirect(ctx *c)
{
    wt_doc *d = c->d;
    size_t ti = 0;
    for (size_t si = 0; si < d->n_sentences; si++) {
        uint32_t ss = d->sentences[si].start, se = d->sentences[si].end;
        while (ti < d->n_tokens && d->tokens[ti].start < ss)
            ti++;
        size_t a = ti, b = ti;
        while (b < d->n_tokens && d->tokens[b].start < se)
            b++;
        int quoted = 0;
        for (size_t k = a; k < b; k++) {
            char ch = d->text[d->tokens[k].start];
            if (d->tokens[k].kind == WT_TOK_PUNCT &&
                (ch == '"' || (unsigned char)ch == 0xE2 || (unsigned char)ch == 0xC2))
                quoted = 1;
        }
        if (quoted || b - a < 4)
            continue;
        const wt_entity *spk = NULL;
        const char *cue = NULL;
        uint32_t qs = 0;
        size_t ia = a;
        while (ia < b && ia < a + 4 && kind(c, ia, NULL) != K_INDIRECT)
            ia++;
        if (ia < b && kind(c, ia, NULL) == K_INDIRECT) {
            a = ia;
            size_t k = a + 1;
            while (k < b && !wti_tok_is(d, k, ","))
                k++;
            for (size_t x = a + 1; x < k && !spk; x++)
                spk = ent_at(c, x);
            if (spk && k + 1 < b) {
                cue = "menurut";
                qs = d->tokens[k + 1].start;
            }
        } else {
            for (size_t k = a + 1; k + 1 < b; k++) {
                if (kind(c, k, NULL) == K_BEFORE && wti_tok_is(d, k + 1, "bahwa")) {
                    spk = subject_before(c, a, k);
                    if (spk && k + 2 < b) {
                        const wt_token *tk = &d->tokens[k];
                        cue = wti_arena_strndup(&d->arena, d->text + tk->start,
                                                tk->end - tk->start);
                        qs = d->tokens[k + 2].start;
                    }
                    break;
                }
            }
        }
        if (!spk || !cue)
            continue;
        uint32_t qe = d->tokens[b - 1].end;
        if (d->text[qe - 1] == '.')
            qe--;
        if (qe <= qs)
            continue;
        wt_quote *q = WTI_VEC_PUSH(&d->arena, d->quotes, d->n_quotes, d->cap_quotes);
        if (!q)
            return WT_ENOMEM;
        q->start = qs;
        q->end = qe;
        q->speaker = spk->name;
        q->cue = cue;
        q->direct = 0;
    }
    return WT_OK;
}

static int cmp_quote(const void *a, const void *b)
{
    const wt_quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

wt_status wti_quote_run(const struct wti_quote_tables *t, wt_doc *d)
{
    if (!t || !d->text_len)
        return WT_OK;
    ctx c = {t, d, NULL, 0};
    size_t total = 0;
    for (size_t i = 0; i < d->n_entities; i++)
        total += d->entities[i].n_mentions;
    if (total) {
        c.m = wti_arena_alloc(&d->arena, total * sizeof *c.m);
        if (!c.m)
            return WT_ENOMEM;
        for (size_t i = 0; i < d->n_entities; i++)
            for (size_t k = 0; k < d->entities[i].n_mentions; k++) {
                c.m[c.nm].start = d->entities[i].mentions[k].start;
                c.m[c.nm].end = d->entities[i].mentions[k].end;
                c.m[c.nm].e = &d->entities[i];
                c.nm++;
            }
        qsort(c.m, c.nm, sizeof *c.m, cmp_mref);
    }
    const char *s = d->text;
    size_t len = d->text_len;
    wt_status st = WT_OK;
    /* open quote: start of its words, the mark's start, its kind */
    long open_at = -1, mark_at = -1;
    int open_kind = 0; /* 1 curly/guillemet, 2 straight double, 3 single */
    int paras = 0;
    for (size_t i = 0; i < len && !st;) {
        int ml = 0;
        /* a byte that neither ends a paragraph nor can begin a quote mark
         * (" ' and the lead bytes of “ ” ‘ ’ « ») is passed over at once */
        unsigned char b = (unsigned char)s[i];
        if (b != '\n' && b != '"' && b != '\'' && b != 0xE2 && b != 0xC2) {
            i++;
            continue;
        }
        if (s[i] == '\n') {
            if (open_at >= 0) {
                /* a quote running on: the next paragraph opens again */
                size_t j = i + 1;
                int ol;
                if (paras < 6 && j < len &&
                    ((open_kind == 1 && is_open(s + j, len - j, &ol)) ||
                     (open_kind == 2 && s[j] == '"'))) {
                    paras++;
                    i = j + (open_kind == 1 ? (size_t)ol : 1);
                    continue;
                }
                if (open_kind != 3)
                    st = emit(&c, (uint32_t)open_at, (uint32_t)i, (uint32_t)mark_at,
                              (uint32_t)i, 0);
                open_at = -1;
            }
            paras = 0;
            i++;
            continue;
        }
        if (open_at < 0) {
            if (is_open(s + i, len - i, &ml)) {
                open_kind = 1;
            } else if (s[i] == '"') {
                open_kind = 2;
                ml = 1;
            } else if (is_single(s, i, len, 1, &ml)) {
                open_kind = 3;
            } else {
                i++;
                continue;
            }
            mark_at = (long)i;
            open_at = (long)(i + (size_t)ml);
            i += (size_t)ml;
            continue;
        }
        int closes = 0;
        if (open_kind == 1 && is_close(s + i, len - i, &ml))
            closes = 1;
        else if (open_kind == 2 && s[i] == '"')
            closes = 1, ml = 1;
        else if (open_kind == 3 && is_single(s, i, len, 0, &ml))
            closes = 1;
        if (closes) {
            st = emit(&c, (uint32_t)open_at, (uint32_t)i, (uint32_t)mark_at,
                      (uint32_t)(i + (size_t)ml), 1);
            open_at = -1;
            i += (size_t)ml;
            continue;
        }
        i++;
    }
    if (!st && open_at >= 0 && open_kind != 3)
        st = emit(&c, (uint32_t)open_at, (uint32_t)len, (uint32_t)mark_at,
                  (uint32_t)len, 0);
    if (!st)
        st = indirect(&c);
    if (!st && d->n_quotes > 1)
        qsort(d->quotes, d->n_quotes, sizeof *d->quotes, cmp_quote);
    return st;
}
