/*
 * analyze.c - wt_analyze(): runs the stages of src/doc.h over one article,
 * and the accessors of the public wt_doc.
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "clean.h"
#include "doc.h"
#include "engine.h"
#include "sentence.h"
#include "stages.h"
#include "utf8.h"

int wti_date_parse(const char *s, wti_date *d)
{
    memset(d, 0, sizeof *d);
    if (!s)
        return 0;
    size_t n = strlen(s);
    int y = 0, m = 0, day = 0;
    for (size_t i = 0; i < 4; i++) {
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
        y = y * 10 + (s[i] - '0');
    }
    if (n >= 7) {
        if (s[4] != '-' || s[5] < '0' || s[5] > '9' || s[6] < '0' || s[6] > '9')
            return 0;
        m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m < 1 || m > 12)
            return 0;
    }
    if (n >= 10) {
        if (s[7] != '-' || s[8] < '0' || s[8] > '9' || s[9] < '0' || s[9] > '9')
            return 0;
        day = (s[8] - '0') * 10 + (s[9] - '0');
        if (day < 1 || day > 31)
            return 0;
    }
    if (n != 4 && n != 7 && n != 10)
        return 0;
    d->year = y, d->month = m, d->day = day;
    return 1;
}

/* 64-bit FNV-1a, then a final avalanche (splitmix64's mixer). */
static uint64_t content_hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

typedef struct tok_ctx {
    wt_doc *d;
    wt_status st;
} tok_ctx;

static int push_token(void *ctx, const wt_token *tok)
{
    tok_ctx *c = ctx;
    wt_doc *d = c->d;
    if (d->n_tokens < d->cap_tokens) { /* the room run_tokens made */
        WTI_UNPOISON(&d->tokens[d->n_tokens], sizeof *d->tokens);
        d->tokens[d->n_tokens++] = *tok;
        return 0;
    }
    wt_token *t = WTI_VEC_PUSH(&c->d->arena, c->d->tokens, c->d->n_tokens,
                               c->d->cap_tokens);
    if (!t) {
        c->st = WT_ENOMEM;
        return 1;
    }
    *t = *tok;
    return 0;
}

static wt_status run_tokens(wt_doc *d)
{
    tok_ctx c = {d, WT_OK};
    /* room for a token per five bytes, more than news text needs (about
     * one per six): the vector rarely grows */
    size_t cap = d->text_len / 5 + 16;
    d->tokens = wti_arena_alloc(&d->arena, cap * sizeof *d->tokens);
    if (!d->tokens)
        return WT_ENOMEM;
    d->cap_tokens = cap;
    wt_status st = wt_tokenize(d->text, d->text_len, push_token, &c);
    /* (a read of tokens[n_tokens] and after is an error) */
    WTI_POISON(d->tokens + d->n_tokens, (d->cap_tokens - d->n_tokens) * sizeof *d->tokens);
    return st ? st : c.st;
}

static wt_status run_lower(wt_doc *d)
{
    char *l = wti_arena_alloc(&d->arena, d->text_len + 1);
    if (!l)
        return WT_ENOMEM;
    wti_ascii_lower(d->text, d->text_len, l);
    l[d->text_len] = 0;
    d->lower = l;
    return WT_OK;
}

static wt_status run_sentences(wt_doc *d)
{
    wt_span *spans = NULL;
    size_t n = 0;
    wt_status st = wti_sentences_tokens(d->text, d->text_len, d->tokens,
                                        d->n_tokens, &spans, &n);
    if (st)
        return st;
    d->sentences = wti_arena_alloc(&d->arena, (n ? n : 1) * sizeof *spans);
    if (!d->sentences) {
        free(spans);
        return WT_ENOMEM;
    }
    if (n)
        memcpy(d->sentences, spans, n * sizeof *spans);
    d->n_sentences = d->cap_sentences = n;
    free(spans);
    return WT_OK;
}

wt_status wt_analyze(const wt_engine *eng, const char *path, const char *s,
                     size_t len, const wt_analyze_options *opt, wt_doc **out)
{
    if (!eng || !out || (!s && len))
        return WT_EINVAL;
    *out = NULL;
    if (len > eng->max_input)
        return WT_ETOOBIG;
    wt_doc *d = calloc(1, sizeof *d);
    if (!d)
        return WT_ENOMEM;
    d->eng = eng;
    /* a document may take at most 64 times its input (plus 64 MiB) */
    d->arena.cap = len * 64 + ((size_t)64 << 20);
    wt_status st = WT_OK;
    d->path = wti_arena_strdup(&d->arena, path ? path : "-");
    char *norm = NULL;
    size_t norm_len = 0;
    if (!d->path)
        st = WT_ENOMEM;
    if (!st)
        st = wt_text_normalize(s ? s : "", len, &norm, &norm_len,
                               &d->repaired);
    if (!st) {
        d->raw = wti_arena_strndup(&d->arena, norm, norm_len);
        d->raw_len = norm_len;
        free(norm);
        if (!d->raw)
            st = WT_ENOMEM;
    }
    if (!st && opt && opt->raw) {
        d->text = d->raw;
        d->text_len = d->raw_len;
    } else if (!st) {
        /* a record's title comes as a field: what follows is its body,
         * whose one-sentence lede is no deck */
        d->record = opt && opt->title && *opt->title;
        st = wti_clean_run(eng->clean, d);
    }
    if (!st && opt) {
        /* metadata from a structured record overrides the cleaner */
        if (opt->title && *opt->title &&
            !(d->title = wti_arena_strdup(&d->arena, opt->title)))
            st = WT_ENOMEM;
        if (opt->outlet && *opt->outlet &&
            !(d->outlet = wti_arena_strdup(&d->arena, opt->outlet)))
            st = WT_ENOMEM;
        if (!st && opt->published && *opt->published) {
            wti_date p;
            char day[11];
            snprintf(day, sizeof day, "%s", opt->published); /* drop THH:MM */
            if (wti_date_parse(day, &p) && p.year) {
                d->pub = p;
                if (!(d->published =
                          wti_arena_strdup(&d->arena, opt->published)))
                    st = WT_ENOMEM;
            }
        }
    }
    if (!st) {
        d->ref = d->pub;
        if (!d->ref.year && opt && opt->ref_date)
            wti_date_parse(opt->ref_date, &d->ref);
        st = run_tokens(d);
    }
    if (!st)
        st = run_sentences(d);
    if (!st && (eng->skip & WT_STAGE_ALL) != WT_STAGE_ALL)
        st = run_lower(d); /* for the stages' lexicon lookups only */
    if (!st)
        st = wti_stages_run(eng, d);
    if (!st) {
        d->id = wti_arena_printf(&d->arena, "%016llx",
                                 (unsigned long long)content_hash(
                                     d->text, d->text_len));
        if (!d->id)
            st = WT_ENOMEM;
    }
    if (st) {
        wt_doc_free(d);
        return st;
    }
    *out = d;
    return WT_OK;
}

void wt_doc_free(wt_doc *d)
{
    if (!d)
        return;
    wti_arena_free(&d->arena);
    free(d);
}

const char *wt_doc_id(const wt_doc *d) { return d->id; }
const char *wt_doc_path(const wt_doc *d) { return d->path; }
const char *wt_doc_outlet(const wt_doc *d) { return d->outlet; }
const char *wt_doc_title(const wt_doc *d) { return d->title; }
const char *wt_doc_deck(const wt_doc *d) { return d->deck; }
const char *wt_doc_published(const wt_doc *d) { return d->published; }
const char *wt_doc_byline(const wt_doc *d) { return d->byline; }
const char *wt_doc_dateline_place(const wt_doc *d) { return d->dateline_place; }
const char *wt_doc_dateline_agency(const wt_doc *d) { return d->dateline_agency; }
size_t wt_doc_repaired(const wt_doc *d) { return d->repaired; }

const char *wt_doc_text(const wt_doc *d, size_t *len)
{
    if (len)
        *len = d->text_len;
    return d->text;
}

#define ARRAY_ACCESSOR(fn, type, field)                                     \
    const type *fn(const wt_doc *d, size_t *n)                              \
    {                                                                       \
        *n = d->n_##field;                                                  \
        return d->field;                                                    \
    }
ARRAY_ACCESSOR(wt_doc_removed, wt_removed, removed)
ARRAY_ACCESSOR(wt_doc_sentences, wt_span, sentences)
ARRAY_ACCESSOR(wt_doc_tokens, wt_token, tokens)
ARRAY_ACCESSOR(wt_doc_entities, wt_entity, entities)
ARRAY_ACCESSOR(wt_doc_times, wt_time, times)
ARRAY_ACCESSOR(wt_doc_quotes, wt_quote, quotes)
ARRAY_ACCESSOR(wt_doc_claims, wt_claim, claims)
ARRAY_ACCESSOR(wt_doc_events, wt_event, events)

const char *const *wt_doc_headings(const wt_doc *d, size_t *n)
{
    *n = d->n_headings;
    return d->headings;
}
