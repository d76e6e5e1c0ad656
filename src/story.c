/*
 * story.c - stories across articles (see warta.h "Stories" and
 * docs/stories.md): near-duplicates, entity linking, clustering, merged
 * timeline, claims compared with conflicts, quotes by speaker, summary,
 * JSON, text and HTML output.
 *
 * Everything the corpus keeps is copied out of the documents into the
 * corpus arena, so documents can be freed as soon as they are added; the
 * per-article footprint is its text, its sentence spans and small arrays.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "claim.h"
#include "doc.h"
#include "lex.h"
#include "map.h"
#include "number.h"
#include "timex.h"

enum { NHASH = 64, BANDS = 16, ROWS = 4, SHINGLE = 5 };

typedef struct term {
    uint32_t id;
    float w; /* tf, then tf-idf (normalized) */
} term;

typedef struct aent {
    const char *name;
    int type;
    const char **aliases;
    size_t n_aliases;
    size_t mentions;
    uint32_t link; /* linked entity id */
} aent;

typedef struct aevent {
    const char *date, *action, *text;
    const char **actors;
    size_t n_actors;
} aevent;

typedef struct aquote {
    const char *speaker, *text;
} aquote;

typedef struct aclaim {
    double value, low, high;
    int qualifier;
    const char *unit, *measure, *subject, *source, *date;
} aclaim;

typedef struct article {
    const char *id, *path, *outlet, *published, *title, *text;
    long day;            /* days since 1970 of `published`, or LONG_MIN */
    wt_span *sentences;
    size_t n_sentences;
    term *terms;
    size_t n_terms;
    aent *ents;
    size_t n_ents;
    aevent *events;
    size_t n_events;
    aquote *quotes;
    size_t n_quotes;
    aclaim *claims;
    size_t n_claims;
    uint32_t minhash[NHASH];
    long dup_of;         /* index of the earliest copy, or -1 */
    long story;
} article;

typedef struct row {     /* a timeline row */
    const char *date, *text, *action;
    const char **actors;
    size_t n_actors;
    size_t *src;         /* member article indexes */
    size_t n_src, cap_src;
} row;

typedef struct cval {
    const aclaim *c;
    size_t art;
} cval;

typedef struct cgroup {
    const char *subject, *measure, *unit;
    cval *v;
    size_t n, cap;
    int conflict;
} cgroup;

typedef struct qgroup {
    const char *speaker, *text;
    size_t *src;
    size_t n_src, cap_src;
} qgroup;

typedef struct sent_count {
    uint32_t id;         /* linked entity */
    uint32_t articles;   /* independent members naming it */
} sent_count;

typedef struct story {
    size_t *members;
    size_t n, cap;
    term *centroid;      /* sum of member vectors, sorted by id */
    size_t n_centroid;
    double norm;         /* Euclidean norm of the centroid */
    struct sent_count *ents; /* linked entities of the members, by id */
    size_t n_ents, cap_ents;
    size_t n_indep;      /* members that are not near-duplicates */
    uint32_t *evs;       /* hashes of the members' dated events, sorted */
    size_t n_evs, cap_evs;
    long first_day, last_day;
    /* built after clustering */
    char *id;
    const char *title;
    row *rows;
    size_t n_rows, cap_rows;
    cgroup *claims;
    size_t n_claims, cap_claims;
    qgroup *quotes;
    size_t n_quotes, cap_quotes;
    const char **summary;
    size_t n_summary, cap_summary;
    const char *span0, *span1;
} story;

struct wt_corpus {
    wti_arena arena;
    wti_map terms;       /* term -> id */
    wti_map stop;        /* stopwords */
    wti_map units;       /* unit synonyms -> canonical */
    article *a;
    size_t n, cap;
    float *df;           /* per term id */
    size_t n_df, cap_df;
    /* linked entities */
    wti_map linkkey;     /* folded name -> link id */
    /* terms are stems; without a stemmer only clitics are stripped */
    const wt_stemmer *stemmer; /* own_stemmer, or one lent by the caller */
    wt_stemmer *own_stemmer;
    int stemmer_set;           /* set, or loaded at the first add */
    uint32_t *parent;    /* union-find over link ids */
    const char **lname;  /* a display name per link id */
    int *ltype;
    uint32_t *lcount;    /* names (link ids) in a root's component */
    size_t n_links, cap_links;
    story *s;
    size_t n_stories, cap_stories;
    int clustered;
};

/* ---- small helpers ---------------------------------------------------- */

static char *cdup(wt_corpus *c, const char *s)
{
    return s ? wti_arena_strdup(&c->arena, s) : NULL;
}

static char *cdupn(wt_corpus *c, const char *s, size_t n)
{
    return wti_arena_strndup(&c->arena, s, n);
}

static size_t fold(const char *s, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    int sp = 1;
    for (size_t i = 0; i < len && o + 1 < cap; i++) {
        char ch = s[i];
        if (ch == '-' || ch == ' ' || ch == '\n' || ch == '\t')
            ch = ' ';
        else if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        if (ch == ' ') {
            if (sp)
                continue;
            sp = 1;
        } else {
            sp = 0;
        }
        out[o++] = ch;
    }
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = 0;
    return o;
}

#define NO_DAY (-1000000L) /* no publication date */

static long day_of(const char *iso)
{
    wti_date d;
    if (!iso || !wti_date_parse(iso, &d) || !d.year)
        return NO_DAY;
    return wti_days_from_civil(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
}

static wt_status load_list(wti_map *m, const char *file, int with_value)
{
    const wti_lexfile *f = wti_lex_find(file);
    if (!f)
        return WT_EFORMAT;
    wti_lexiter it;
    const char *line;
    size_t len;
    wti_lex_iter(&it, f);
    while (wti_lex_next(&it, &line, &len)) {
        wti_str fl[2];
        size_t nf = wti_lex_fields(line, len, fl, 2);
        uintptr_t v = 1;
        if (with_value && nf > 1) {
            char *s = wti_arena_strndup(&m->arena, fl[1].s, fl[1].len);
            if (!s)
                return WT_ENOMEM;
            v = (uintptr_t)s;
        }
        if (wti_map_put(m, fl[0].s, fl[0].len, v))
            return WT_ENOMEM;
    }
    return WT_OK;
}

wt_status wt_corpus_new(wt_corpus **out)
{
    if (!out)
        return WT_EINVAL;
    wt_corpus *c = calloc(1, sizeof *c);
    if (!c)
        return WT_ENOMEM;
    wti_map_init(&c->terms);
    wti_map_init(&c->stop);
    wti_map_init(&c->units);
    wti_map_init(&c->linkkey);
    wt_status st = load_list(&c->stop, "stopwords", 0);
    if (!st)
        st = load_list(&c->units, "unit_synonyms", 1);
    if (st) {
        wt_corpus_free(c);
        return st;
    }
    *out = c;
    return WT_OK;
}

void wt_corpus_free(wt_corpus *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        free(c->a[i].terms);
    for (size_t i = 0; i < c->n_stories; i++) {
        story *s = &c->s[i];
        free(s->members);
        free(s->centroid);
        free(s->ents);
        free(s->evs);
        for (size_t k = 0; k < s->n_rows; k++)
            free(s->rows[k].src);
        free(s->rows);
        for (size_t k = 0; k < s->n_claims; k++)
            free(s->claims[k].v);
        free(s->claims);
        for (size_t k = 0; k < s->n_quotes; k++)
            free(s->quotes[k].src);
        free(s->quotes);
        free(s->summary);
    }
    free(c->s);
    free(c->a);
    free(c->df);
    free(c->parent);
    free(c->lname);
    free(c->ltype);
    free(c->lcount);
    wti_map_free(&c->terms);
    wti_map_free(&c->stop);
    wti_map_free(&c->units);
    wti_map_free(&c->linkkey);
    wt_stemmer_free(c->own_stemmer);
    wti_arena_free(&c->arena);
    free(c);
}

/* Grows a malloc'd array to hold n + 1 items. */
static int grow(void **p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 1;
    size_t nc = *cap ? *cap * 2 : 8;
    void *np = realloc(*p, nc * size);
    if (!np)
        return 0;
    *p = np;
    *cap = nc;
    return 1;
}

/* ---- adding an article ------------------------------------------------ */

static int cmp_term(const void *x, const void *y)
{
    const term *a = x, *b = y;
    return a->id < b->id ? -1 : a->id > b->id;
}

static uint32_t hash32(const char *s, size_t n, uint32_t seed)
{
    uint32_t h = 2166136261u ^ seed;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    return h;
}

/* The term of a word: w (capacity cap) holds its folded form of len
 * bytes, src its text.  The stem when the stemmer finds a root, else the
 * folded word without -nya, -lah, -kah.  Returns the term's length. */
static size_t term_form(const wt_corpus *c, const char *src, size_t n, char *w,
                        size_t len, size_t cap)
{
    if (c->stemmer) {
        wt_stem_result sr;
        wt_stem(c->stemmer, src, n, &sr);
        if ((sr.kind == WT_STEM_ROOT || sr.kind == WT_STEM_STEMMED) && sr.len >= 3 &&
            sr.len < cap) {
            memcpy(w, sr.stem, sr.len);
            return sr.len;
        }
        return len;
    }
    if (len > 5 && (!memcmp(w + len - 3, "nya", 3) || !memcmp(w + len - 3, "lah", 3) ||
                    !memcmp(w + len - 3, "kah", 3)))
        len -= 3;
    return len;
}

/* Terms and MinHash of the article's words. */
static wt_status terms_of(wt_corpus *c, article *a, const wt_doc *d)
{
    size_t cap = 0, n = 0;
    term *t = NULL;
    for (int k = 0; k < NHASH; k++)
        a->minhash[k] = UINT32_MAX;
    uint32_t ring[SHINGLE];
    size_t nw = 0;
    for (size_t i = 0; i < d->n_tokens; i++) {
        const wt_token *tk = &d->tokens[i];
        if (tk->kind != WT_TOK_WORD && tk->kind != WT_TOK_NUMBER)
            continue;
        char w[64];
        size_t len = fold(d->text + tk->start, tk->end - tk->start, w, sizeof w);
        if (!len)
            continue;
        /* shingles over every word */
        ring[nw % SHINGLE] = hash32(w, len, 0);
        nw++;
        if (nw >= SHINGLE) {
            uint32_t sh = 0;
            for (size_t k = 0; k < SHINGLE; k++)
                sh = sh * 31u + ring[(nw - SHINGLE + k) % SHINGLE];
            for (int k = 0; k < NHASH; k++) {
                uint32_t x = sh ^ (0x9e3779b9u * (uint32_t)(k + 1));
                x ^= x >> 16;
                x *= 0x85ebca6bU;
                x ^= x >> 13;
                if (x < a->minhash[k])
                    a->minhash[k] = x;
            }
        }
        /* content terms: no stopwords, no short words; -nya, -lah, -kah go */
        if (tk->kind != WT_TOK_WORD || len < 3 || wti_map_has(&c->stop, w, len))
            continue;
        len = term_form(c, d->text + tk->start, tk->end - tk->start, w, len, sizeof w);
        const wti_map_slot *sl = wti_map_get(&c->terms, w, len);
        uint32_t id;
        if (sl) {
            id = (uint32_t)sl->value;
        } else {
            id = (uint32_t)c->terms.n;
            if (wti_map_put(&c->terms, w, len, id)) {
                free(t);
                return WT_ENOMEM;
            }
        }
        if (!grow((void **)&t, &cap, n, sizeof *t)) {
            free(t);
            return WT_ENOMEM;
        }
        t[n].id = id;
        t[n].w = 1;
        n++;
    }
    qsort(t, n, sizeof *t, cmp_term);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (o && t[o - 1].id == t[i].id)
            t[o - 1].w += 1;
        else
            t[o++] = t[i];
    }
    a->terms = t;
    a->n_terms = o;
    while (c->n_df < c->terms.n) {
        if (!grow((void **)&c->df, &c->cap_df, c->n_df, sizeof *c->df))
            return WT_ENOMEM;
        c->df[c->n_df++] = 0;
    }
    for (size_t i = 0; i < o; i++)
        c->df[t[i].id] += 1;
    return WT_OK;
}

static const char *sentence_text(wt_corpus *c, const wt_doc *d, size_t si)
{
    if (si >= d->n_sentences)
        return NULL;
    const wt_span *s = &d->sentences[si];
    return cdupn(c, d->text + s->start, s->end - s->start);
}

wt_status wt_corpus_add(wt_corpus *c, const wt_doc *d)
{
    if (!c || !d || c->clustered)
        return WT_EINVAL;
    if (!c->stemmer_set) {
        /* stemmed terms when the root lexicon (hunspell-id) is there */
        c->stemmer_set = 1;
        if (wt_stemmer_new(NULL, &c->own_stemmer) == WT_OK)
            c->stemmer = c->own_stemmer;
    }
    if (!grow((void **)&c->a, &c->cap, c->n, sizeof *c->a))
        return WT_ENOMEM;
    article *a = &c->a[c->n];
    memset(a, 0, sizeof *a);
    a->dup_of = -1;
    a->story = -1;
    a->id = cdup(c, d->id);
    a->path = cdup(c, d->path);
    a->outlet = cdup(c, d->outlet);
    a->published = cdup(c, d->published);
    a->title = cdup(c, d->title);
    a->text = cdupn(c, d->text ? d->text : "", d->text_len);
    a->day = day_of(d->published);
    if (!a->id || !a->path || !a->text)
        return WT_ENOMEM;
    if (d->n_sentences) {
        a->sentences = wti_arena_alloc(&c->arena, d->n_sentences * sizeof *a->sentences);
        if (!a->sentences)
            return WT_ENOMEM;
        memcpy(a->sentences, d->sentences, d->n_sentences * sizeof *a->sentences);
        a->n_sentences = d->n_sentences;
    }
    wt_status st = terms_of(c, a, d);
    if (st)
        return st;
    if (d->n_entities) {
        a->ents = wti_arena_calloc(&c->arena, d->n_entities, sizeof *a->ents);
        if (!a->ents)
            return WT_ENOMEM;
        for (size_t i = 0; i < d->n_entities; i++) {
            const wt_entity *e = &d->entities[i];
            aent *x = &a->ents[i];
            x->name = cdup(c, e->name);
            x->type = e->type;
            x->link = UINT32_MAX; /* set by link_entities() */
            x->mentions = e->n_mentions;
            x->n_aliases = e->n_aliases;
            x->aliases = e->n_aliases
                             ? wti_arena_alloc(&c->arena, e->n_aliases * sizeof *x->aliases)
                             : NULL;
            if (!x->name || (e->n_aliases && !x->aliases))
                return WT_ENOMEM;
            for (size_t k = 0; k < e->n_aliases; k++)
                if (!(x->aliases[k] = cdup(c, e->aliases[k])))
                    return WT_ENOMEM;
        }
        a->n_ents = d->n_entities;
    }
    if (d->n_events) {
        a->events = wti_arena_calloc(&c->arena, d->n_events, sizeof *a->events);
        if (!a->events)
            return WT_ENOMEM;
        for (size_t i = 0; i < d->n_events; i++) {
            const wt_event *e = &d->events[i];
            aevent *x = &a->events[i];
            x->date = cdup(c, e->date);
            x->action = cdup(c, e->action);
            x->text = sentence_text(c, d, e->sentence);
            x->n_actors = e->n_actors;
            x->actors = wti_arena_alloc(&c->arena, (e->n_actors + 1) * sizeof *x->actors);
            if (!x->actors)
                return WT_ENOMEM;
            for (size_t k = 0; k < e->n_actors; k++)
                x->actors[k] = cdup(c, e->actors[k]);
        }
        a->n_events = d->n_events;
    }
    if (d->n_quotes) {
        a->quotes = wti_arena_calloc(&c->arena, d->n_quotes, sizeof *a->quotes);
        if (!a->quotes)
            return WT_ENOMEM;
        for (size_t i = 0; i < d->n_quotes; i++) {
            const wt_quote *q = &d->quotes[i];
            if (!q->direct)
                continue;
            aquote *x = &a->quotes[a->n_quotes++];
            x->speaker = cdup(c, q->speaker);
            x->text = cdupn(c, d->text + q->start, q->end - q->start);
        }
    }
    if (d->n_claims) {
        a->claims = wti_arena_calloc(&c->arena, d->n_claims, sizeof *a->claims);
        if (!a->claims)
            return WT_ENOMEM;
        for (size_t i = 0; i < d->n_claims; i++) {
            const wt_claim *q = &d->claims[i];
            aclaim *x = &a->claims[i];
            x->value = q->value, x->low = q->low, x->high = q->high;
            x->qualifier = q->qualifier;
            x->unit = cdup(c, q->unit);
            x->measure = cdup(c, q->measure);
            x->subject = cdup(c, q->subject);
            x->source = cdup(c, q->source);
            x->date = cdup(c, q->date);
        }
        a->n_claims = d->n_claims;
    }
    c->n++;
    return WT_OK;
}

/* ---- near-duplicates ---------------------------------------------------- */

static int cmp_band(const void *x, const void *y)
{
    const uint64_t *a = x, *b = y;
    return a[0] < b[0] ? -1 : a[0] > b[0];
}

static int earlier(const article *x, size_t ix, const article *y, size_t iy)
{
    if (x->day != y->day)
        return x->day < y->day;
    return ix < iy;
}

static wt_status dedup(wt_corpus *c)
{
    if (c->n < 2)
        return WT_OK;
    uint64_t *keys = malloc(c->n * 2 * sizeof *keys);
    if (!keys)
        return WT_ENOMEM;
    for (int b = 0; b < BANDS; b++) {
        for (size_t i = 0; i < c->n; i++) {
            uint64_t h = 1469598103934665603ULL ^ (uint64_t)b;
            for (int r = 0; r < ROWS; r++) {
                h ^= c->a[i].minhash[b * ROWS + r];
                h *= 1099511628211ULL;
            }
            keys[2 * i] = h;
            keys[2 * i + 1] = i;
        }
        qsort(keys, c->n, 2 * sizeof *keys, cmp_band);
        for (size_t i = 0; i + 1 < c->n; i++) {
            for (size_t j = i + 1; j < c->n && keys[2 * j] == keys[2 * i] && j < i + 50; j++) {
                size_t x = (size_t)keys[2 * i + 1], y = (size_t)keys[2 * j + 1];
                int same = 0;
                for (int k = 0; k < NHASH; k++)
                    same += c->a[x].minhash[k] == c->a[y].minhash[k];
                if (same * 10 < NHASH * 8) /* estimated Jaccard below 0.8 */
                    continue;
                article *ax = &c->a[x], *ay = &c->a[y];
                size_t first = earlier(ax, x, ay, y) ? x : y;
                size_t copy = first == x ? y : x;
                /* point to the earliest of the group */
                while (c->a[first].dup_of >= 0)
                    first = (size_t)c->a[first].dup_of;
                if (first != copy && c->a[copy].dup_of < 0)
                    c->a[copy].dup_of = (long)first;
            }
        }
    }
    free(keys);
    return WT_OK;
}

/* ---- entity linking ----------------------------------------------------- */

/* The most distinct spellings one linked entity may gather (Korea Utara,
 * Korut, DPRK, Republik Rakyat Demokratik Korea, ... are fewer). */
#define MAX_LINK_NAMES 12

static uint32_t find_root(wt_corpus *c, uint32_t x)
{
    while (c->parent[x] != x) {
        c->parent[x] = c->parent[c->parent[x]];
        x = c->parent[x];
    }
    return x;
}

/* The link id of a folded name, created when new. */
static wt_status link_of(wt_corpus *c, const char *name, int type, uint32_t *out,
                         int create)
{
    char key[256];
    size_t k = fold(name, strlen(name), key, sizeof key);
    if (!k)
        return WT_EINVAL;
    const wti_map_slot *sl = wti_map_get(&c->linkkey, key, k);
    if (sl) {
        *out = find_root(c, (uint32_t)sl->value);
        return WT_OK;
    }
    if (!create)
        return WT_EINVAL;
    size_t id = c->n_links;
    size_t cap = c->cap_links;
    if (!grow((void **)&c->parent, &cap, id, sizeof *c->parent))
        return WT_ENOMEM;
    cap = c->cap_links;
    if (!grow((void **)&c->lname, &cap, id, sizeof *c->lname))
        return WT_ENOMEM;
    cap = c->cap_links;
    if (!grow((void **)&c->ltype, &cap, id, sizeof *c->ltype))
        return WT_ENOMEM;
    cap = c->cap_links;
    if (!grow((void **)&c->lcount, &cap, id, sizeof *c->lcount))
        return WT_ENOMEM;
    c->cap_links = cap;
    c->lcount[id] = 1;
    c->parent[id] = (uint32_t)id;
    c->lname[id] = name;
    c->ltype[id] = type;
    c->n_links++;
    if (wti_map_put(&c->linkkey, key, k, id))
        return WT_ENOMEM;
    *out = (uint32_t)id;
    return WT_OK;
}

/* An alias that can stand for the entity in other articles: more than one
 * word, an acronym, or a single word of five letters or more (Korut,
 * Pyongyang, Putin) - not a bare given name such as Kim. */
static int linking_alias(const char *s, int type)
{
    size_t n = strlen(s);
    if (type == WT_ENT_LOC && n >= 4)
        return 1; /* Poso for Kabupaten Poso */
    if (memchr(s, ' ', n) || memchr(s, '-', n))
        return 1;
    int caps = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            caps = 0;
    return caps || n >= 5;
}

/* How many different names (folded) carry each alias in the corpus,
 * counted up to 3: an alias that several different names carry (Santoso
 * for Budi Santoso and Agus Santoso, a surname in a headline-like name)
 * would chain them all into one.  owners maps the folded alias to an index
 * + 1 into *own. */
typedef struct alias_owners {
    uint32_t h[2]; /* the first two owners' name hashes */
    uint8_t n;     /* distinct owners, at most 3 */
} alias_owners;

static wt_status count_alias_owners(wt_corpus *c, wti_map *owners,
                                    alias_owners **own)
{
    size_t n = 0, cap = 0;
    *own = NULL;
    for (size_t i = 0; i < c->n; i++) {
        article *a = &c->a[i];
        for (size_t k = 0; k < a->n_ents; k++) {
            aent *e = &a->ents[k];
            char nk[256];
            size_t nl = fold(e->name, strlen(e->name), nk, sizeof nk);
            uint32_t h = wti_hash(nk, nl);
            for (size_t x = 0; x < e->n_aliases; x++) {
                char key[256];
                size_t kl = fold(e->aliases[x], strlen(e->aliases[x]), key, sizeof key);
                if (!kl || (kl == nl && !memcmp(key, nk, kl)))
                    continue;
                const wti_map_slot *sl = wti_map_get(owners, key, kl);
                if (!sl) {
                    if (!grow((void **)own, &cap, n, sizeof **own) ||
                        wti_map_put(owners, key, kl, n + 1))
                        return WT_ENOMEM;
                    (*own)[n++] = (alias_owners){{h, 0}, 1};
                    continue;
                }
                alias_owners *o = &(*own)[sl->value - 1];
                if (h == o->h[0] || (o->n >= 2 && h == o->h[1]) || o->n == 3)
                    continue;
                if (o->n == 1)
                    o->h[1] = h;
                o->n++;
            }
        }
    }
    return WT_OK;
}

static wt_status link_entities(wt_corpus *c)
{
    wt_status st;
    wti_map owners;
    alias_owners *own = NULL;
    wti_map_init(&owners);
    if ((st = count_alias_owners(c, &owners, &own))) {
        wti_map_free(&owners);
        free(own);
        return st;
    }
    for (size_t i = 0; i < c->n; i++) {
        article *a = &c->a[i];
        for (size_t k = 0; k < a->n_ents; k++) {
            aent *e = &a->ents[k];
            uint32_t id;
            if ((st = link_of(c, e->name, e->type, &id, 1))) {
                if (st == WT_EINVAL)
                    continue; /* a name with nothing to fold */
                wti_map_free(&owners);
                free(own);
                return st;
            }
            for (size_t x = 0; x < e->n_aliases; x++) {
                if (!linking_alias(e->aliases[x], e->type))
                    continue;
                char key[256];
                size_t kl = fold(e->aliases[x], strlen(e->aliases[x]), key, sizeof key);
                const wti_map_slot *ow = wti_map_get(&owners, key, kl);
                if (ow && own[ow->value - 1].n > 2)
                    continue; /* carried by three or more names */
                uint32_t other;
                if ((st = link_of(c, e->aliases[x], e->type, &other, 1)) == WT_ENOMEM) {
                    wti_map_free(&owners);
                    free(own);
                    return st;
                }
                if (st)
                    continue;
                uint32_t ra = find_root(c, id), rb = find_root(c, other);
                /* a chain of aliases must not grow one entity out of many
                 * (names are distinct folded spellings) */
                if (ra != rb && c->lcount[ra] + c->lcount[rb] > MAX_LINK_NAMES)
                    continue;
                if (ra != rb) {
                    c->lcount[ra] = c->lcount[rb] = c->lcount[ra] + c->lcount[rb];
                    /* the root keeps the longer display name */
                    if (strlen(c->lname[rb]) > strlen(c->lname[ra]))
                        c->parent[ra] = rb;
                    else
                        c->parent[rb] = ra;
                }
            }
        }
    }
    wti_map_free(&owners);
    free(own);
    for (size_t i = 0; i < c->n; i++)
        for (size_t k = 0; k < c->a[i].n_ents; k++) {
            uint32_t id = 0;
            if (link_of(c, c->a[i].ents[k].name, 0, &id, 0) == WT_OK)
                c->a[i].ents[k].link = find_root(c, id);
        }
    return WT_OK;
}

/* ---- clustering --------------------------------------------------------- */

static void weigh(wt_corpus *c, article *a)
{
    double norm = 0;
    for (size_t i = 0; i < a->n_terms; i++) {
        double idf = log((1.0 + (double)c->n) / (1.0 + c->df[a->terms[i].id])) + 1.0;
        double w = (1.0 + log(a->terms[i].w)) * idf;
        a->terms[i].w = (float)w;
        norm += w * w;
    }
    norm = sqrt(norm);
    for (size_t i = 0; i < a->n_terms && norm > 0; i++)
        a->terms[i].w = (float)(a->terms[i].w / norm);
}

/* Index of the first element of y[0..n) with id >= id. */
static size_t lower_bound(const term *y, size_t n, uint32_t id)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (y[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static double dot(const term *x, size_t nx, const term *y, size_t ny)
{
    double s = 0;
    size_t i = 0, j = 0;
    if (nx * 8 < ny || ny * 8 < nx) {
        /* one side much longer (a story centroid): binary search it */
        if (nx > ny) {
            const term *t = x;
            x = y, y = t;
            size_t tn = nx;
            nx = ny, ny = tn;
        }
        for (; i < nx && j < ny; i++) {
            j += lower_bound(y + j, ny - j, x[i].id);
            if (j < ny && y[j].id == x[i].id)
                s += (double)x[i].w * y[j].w;
        }
        return s;
    }
    while (i < nx && j < ny) {
        if (x[i].id < y[j].id)
            i++;
        else if (x[i].id > y[j].id)
            j++;
        else
            s += (double)x[i++].w * y[j++].w;
    }
    return s;
}

static double norm_of(const term *x, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += (double)x[i].w * x[i].w;
    return sqrt(s);
}

/* Adds vector y into the sorted centroid (merge). */
static wt_status add_vec(story *s, const term *y, size_t ny)
{
    term *out = malloc((s->n_centroid + ny + 1) * sizeof *out);
    if (!out)
        return WT_ENOMEM;
    size_t i = 0, j = 0, o = 0;
    while (i < s->n_centroid || j < ny) {
        if (j == ny || (i < s->n_centroid && s->centroid[i].id < y[j].id))
            out[o++] = s->centroid[i++];
        else if (i == s->n_centroid || y[j].id < s->centroid[i].id)
            out[o++] = y[j++];
        else {
            out[o] = s->centroid[i++];
            out[o++].w += y[j++].w;
        }
    }
    free(s->centroid);
    s->centroid = out;
    s->n_centroid = o;
    s->norm = norm_of(out, o);
    return WT_OK;
}

static size_t ent_pos(const story *s, uint32_t id)
{
    size_t lo = 0, hi = s->n_ents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->ents[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Counts one more member naming linked entity id. */
static int add_ent(story *s, uint32_t id)
{
    size_t lo = ent_pos(s, id);
    if (lo < s->n_ents && s->ents[lo].id == id) {
        s->ents[lo].articles++;
        return 1;
    }
    if (!grow((void **)&s->ents, &s->cap_ents, s->n_ents, sizeof *s->ents))
        return 0;
    memmove(s->ents + lo + 1, s->ents + lo, (s->n_ents - lo) * sizeof *s->ents);
    s->ents[lo].id = id;
    s->ents[lo].articles = 1;
    s->n_ents++;
    return 1;
}

/* How much the story is about entity id: the share of its members that
 * name it, full from ENT_SHARE on.  A story of hundreds of articles names
 * nearly every common entity once; only the ones it keeps coming back to
 * count. */
#define ENT_SHARE 0.5

static double ent_weight(const story *s, uint32_t id)
{
    size_t p = ent_pos(s, id);
    if (p == s->n_ents || s->ents[p].id != id || !s->n_indep)
        return 0;
    double share = (double)s->ents[p].articles / (double)s->n_indep;
    return share >= ENT_SHARE ? 1.0 : share / ENT_SHARE;
}

/* A dated event as a number: its day (YYYY-MM-DD) and action; statements
 * and events dated less precisely than a day say little, 0. */
static uint32_t event_key(const aevent *e)
{
    if (!e->date || strlen(e->date) < 10 || !e->action || !strcmp(e->action, "say"))
        return 0;
    uint32_t h = hash32(e->date, 10, 7);
    return hash32(e->action, strlen(e->action), h) | 1u;
}

/* Index of the first element of sorted v[0..n) that is >= x. */
static size_t pos_u32(const uint32_t *v, size_t n, uint32_t x)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int has_u32(const uint32_t *v, size_t n, uint32_t x)
{
    size_t p = pos_u32(v, n, x);
    return p < n && v[p] == x;
}

static int add_event_key(story *s, uint32_t x)
{
    size_t lo = pos_u32(s->evs, s->n_evs, x);
    if (lo < s->n_evs && s->evs[lo] == x)
        return 1;
    if (!grow((void **)&s->evs, &s->cap_evs, s->n_evs, sizeof *s->evs))
        return 0;
    memmove(s->evs + lo + 1, s->evs + lo, (s->n_evs - lo) * sizeof *s->evs);
    s->evs[lo] = x;
    s->n_evs++;
    return 1;
}

/* Share of the article's dated events (day and action) the story has. */
static double event_overlap(const article *a, const story *s)
{
    size_t all = 0, have = 0;
    for (size_t k = 0; k < a->n_events; k++) {
        uint32_t x = event_key(&a->events[k]);
        if (!x)
            continue;
        all++;
        have += has_u32(s->evs, s->n_evs, x);
    }
    return all ? (double)have / (double)all : 0;
}

/* Salient entities are named at least twice - in a short article (fewer
 * than three such), every named entity. */
static size_t salient_need(const article *a)
{
    size_t salient = 0;
    for (size_t k = 0; k < a->n_ents; k++)
        salient += a->ents[k].mentions >= 2;
    return salient >= 3 ? 2 : 1;
}

/* Weighted share of the article's salient entities (places at half
 * weight) that the story already names. */
static double entity_overlap(const article *a, const story *s)
{
    double have = 0, all = 0;
    size_t need = salient_need(a);
    for (size_t k = 0; k < a->n_ents; k++) {
        if (a->ents[k].mentions < need)
            continue;
        double w = a->ents[k].type == WT_ENT_LOC ? 0.5 : 1.0;
        all += w;
        have += w * ent_weight(s, a->ents[k].link);
    }
    return all > 0 ? have / all : 0;
}

static int cmp_by_day(const void *x, const void *y, void *ctx);

static wt_corpus *sort_ctx;

static int cmp_idx(const void *x, const void *y)
{
    return cmp_by_day(x, y, sort_ctx);
}

static int cmp_by_day(const void *x, const void *y, void *ctx)
{
    const wt_corpus *c = ctx;
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    long di = c->a[i].day, dj = c->a[j].day;
    if (di != dj) {
        /* undated articles last: they join the stories the dated ones made */
        if (di == NO_DAY || dj == NO_DAY)
            return di == NO_DAY ? 1 : -1;
        return di < dj ? -1 : 1;
    }
    return i < j ? -1 : i > j;
}

/* Joining: a story takes the article when their similarity is at least
 * JOIN within a window that follows the story (its last article); a story
 * months old needs stronger evidence. */
#define JOIN_NEAR 0.22
#define JOIN_FAR 0.33
#define NEAR_DAYS 45
#define FAR_DAYS 400

/* Candidate stories come from postings: a story is listed under each of
 * the TOP_TERMS heaviest terms of each member and under each entity of
 * its members.  An article is compared only with the stories listed under
 * its own heaviest terms and salient entities, newest first, at most
 * MAX_SCAN entries per list; without this every article would meet every
 * open story (fine for thousands of articles, not for tens of thousands). */
#define TOP_TERMS 12
/* Added to the similarity for the share of the article's dated events
 * (same day, same action) the story already has. */
#define EVENT_BONUS 0.1
#define MAX_SCAN 300

typedef struct posting {
    uint32_t story;
    int32_t day;
} posting;

typedef struct plist {
    posting *v;
    size_t n, cap;
} plist;

static int post(plist *l, uint32_t sid, long day)
{
    if (l->n && l->v[l->n - 1].story == sid)
        return 1;
    if (!grow((void **)&l->v, &l->cap, l->n, sizeof *l->v))
        return 0;
    l->v[l->n].story = sid;
    l->v[l->n].day = (int32_t)day;
    l->n++;
    return 1;
}

static int cmp_weight_desc(const void *x, const void *y)
{
    const term *a = x, *b = y;
    return a->w > b->w ? -1 : a->w < b->w;
}

/* The ids of the article's n heaviest terms. */
static size_t top_terms(const article *a, uint32_t *out, size_t n)
{
    term buf[TOP_TERMS];
    size_t k = 0;
    for (size_t i = 0; i < a->n_terms; i++) {
        if (k < n) {
            buf[k++] = a->terms[i];
            qsort(buf, k, sizeof *buf, cmp_weight_desc);
        } else if (a->terms[i].w > buf[k - 1].w) {
            size_t j = k - 1;
            while (j > 0 && buf[j - 1].w < a->terms[i].w) {
                buf[j] = buf[j - 1];
                j--;
            }
            buf[j] = a->terms[i];
        }
    }
    for (size_t i = 0; i < k; i++)
        out[i] = buf[i].id;
    return k;
}

static void gather(const plist *l, const article *a, uint32_t stamp, uint32_t *seen,
                   uint32_t *cand, size_t *n)
{
    size_t scanned = 0;
    for (size_t i = l->n; i-- > 0 && scanned < MAX_SCAN; scanned++) {
        const posting *p = &l->v[i];
        if (a->day != NO_DAY && a->day - p->day > FAR_DAYS)
            break;
        if (seen[p->story] != stamp) {
            seen[p->story] = stamp;
            cand[(*n)++] = p->story;
        }
    }
}

static wt_status cluster(wt_corpus *c)
{
    size_t *order = malloc((c->n + 1) * sizeof *order);
    plist *tp = calloc(c->n_df + 1, sizeof *tp);
    plist *ep = calloc(c->n_links + 1, sizeof *ep);
    uint32_t *seen = calloc(c->n + 1, sizeof *seen);
    uint32_t *cand = malloc((MAX_SCAN * (TOP_TERMS + 64) + 1) * sizeof *cand);
    wt_status st = WT_OK;
    if (!order || !tp || !ep || !seen || !cand)
        st = WT_ENOMEM;
    for (size_t i = 0; i < c->n && !st; i++)
        order[i] = i;
    sort_ctx = c;
    if (!st)
        qsort(order, c->n, sizeof *order, cmp_idx);
    for (size_t i = 0; i < c->n && !st; i++)
        weigh(c, &c->a[i]);
    for (size_t oi = 0; oi < c->n && !st; oi++) {
        size_t ai = order[oi];
        article *a = &c->a[ai];
        long target = -1;
        uint32_t top[TOP_TERMS];
        size_t ntop = top_terms(a, top, TOP_TERMS);
        if (a->dup_of >= 0 && c->a[a->dup_of].story >= 0) {
            target = c->a[a->dup_of].story;
        } else {
            size_t nc = 0, need_m = salient_need(a), ne = 0;
            uint32_t stamp = (uint32_t)oi + 1;
            for (size_t k = 0; k < ntop; k++)
                gather(&tp[top[k]], a, stamp, seen, cand, &nc);
            for (size_t k = 0; k < a->n_ents && ne < 64; k++)
                if (a->ents[k].mentions >= need_m && a->ents[k].link < c->n_links) {
                    gather(&ep[a->ents[k].link], a, stamp, seen, cand, &nc);
                    ne++;
                }
            double best = 0;
            for (size_t ci = 0; ci < nc; ci++) {
                size_t si = cand[ci];
                story *s = &c->s[si];
                /* an undated article or story: no window */
                long gap = a->day == NO_DAY || s->last_day == NO_DAY ? 0 : a->day - s->last_day;
                if (gap < 0)
                    gap = -gap;
                if (gap > FAR_DAYS)
                    continue;
                double cos = s->norm > 0
                                 ? dot(a->terms, a->n_terms, s->centroid, s->n_centroid) / s->norm
                                 : 0;
                double sim = 0.6 * cos + 0.4 * entity_overlap(a, s) +
                             EVENT_BONUS * event_overlap(a, s);
                double need = gap <= NEAR_DAYS ? JOIN_NEAR : JOIN_FAR;
                if (sim >= need && (sim > best || (sim == best && (long)si < target))) {
                    best = sim;
                    target = (long)si;
                }
            }
        }
        if (target < 0) {
            if (!grow((void **)&c->s, &c->cap_stories, c->n_stories, sizeof *c->s)) {
                st = WT_ENOMEM;
                break;
            }
            story *s = &c->s[c->n_stories];
            memset(s, 0, sizeof *s);
            s->first_day = s->last_day = a->day;
            target = (long)c->n_stories++;
        }
        story *s = &c->s[target];
        if (!grow((void **)&s->members, &s->cap, s->n, sizeof *s->members)) {
            st = WT_ENOMEM;
            break;
        }
        s->members[s->n++] = ai;
        a->story = target;
        if (a->day != NO_DAY && (a->day > s->last_day || s->last_day == NO_DAY))
            s->last_day = a->day;
        if (a->day != NO_DAY && (a->day < s->first_day || s->first_day == NO_DAY))
            s->first_day = a->day;
        if (a->dup_of < 0) {
            if ((st = add_vec(s, a->terms, a->n_terms)))
                break;
            s->n_indep++;
            for (size_t k = 0; k < a->n_events; k++) {
                uint32_t x = event_key(&a->events[k]);
                if (x && !add_event_key(s, x)) {
                    st = WT_ENOMEM;
                    break;
                }
            }
            for (size_t k = 0; k < ntop; k++)
                if (!post(&tp[top[k]], (uint32_t)target, a->day))
                    st = WT_ENOMEM;
            for (size_t k = 0; k < a->n_ents && !st; k++) {
                uint32_t l = a->ents[k].link;
                int again = 0; /* an article counts once per entity */
                for (size_t j = 0; j < k && !again; j++)
                    again = a->ents[j].link == l;
                if (l < c->n_links && !again &&
                    (!add_ent(s, l) || !post(&ep[l], (uint32_t)target, a->day)))
                    st = WT_ENOMEM;
            }
        }
    }
    for (size_t i = 0; tp && i < c->n_df; i++)
        free(tp[i].v);
    for (size_t i = 0; ep && i < c->n_links; i++)
        free(ep[i].v);
    free(tp);
    free(ep);
    free(seen);
    free(cand);
    free(order);
    return st;
}

/* ---- per story: timeline, claims, quotes, summary ------------------------ */

static int actors_overlap(const aevent *e, const row *r)
{
    size_t shared = 0;
    for (size_t i = 0; i < e->n_actors; i++)
        for (size_t k = 0; k < r->n_actors; k++)
            if (!strcmp(e->actors[i], r->actors[k]))
                shared++;
    size_t small = e->n_actors < r->n_actors ? e->n_actors : r->n_actors;
    return shared * 2 >= small && shared > 0;
}

static int add_src(size_t **src, size_t *n, size_t *cap, size_t art)
{
    for (size_t i = 0; i < *n; i++)
        if ((*src)[i] == art)
            return 1;
    if (!grow((void **)src, cap, *n, sizeof **src))
        return 0;
    (*src)[(*n)++] = art;
    return 1;
}

static int cmp_row(const void *x, const void *y)
{
    const row *a = x, *b = y;
    int c = strcmp(a->date, b->date);
    return c;
}

static wt_status build_timeline(wt_corpus *c, story *s)
{
    for (size_t m = 0; m < s->n; m++) {
        size_t ai = s->members[m];
        const article *a = &c->a[ai];
        for (size_t k = 0; k < a->n_events; k++) {
            const aevent *e = &a->events[k];
            /* a dated action: statements (say) only with a full date */
            if (!e->date || !e->text || (e->date[0] < '0' || e->date[0] > '9'))
                continue;
            if (!strcmp(e->action, "say") && strlen(e->date) < 10)
                continue;
            row *r = NULL;
            for (size_t x = 0; x < s->n_rows; x++)
                if (!strcmp(s->rows[x].date, e->date) &&
                    (!strcmp(s->rows[x].action, e->action) ||
                     (!strcmp(e->action, "say") || !strcmp(s->rows[x].action, "say"))) &&
                    actors_overlap(e, &s->rows[x])) {
                    r = &s->rows[x];
                    break;
                }
            if (!r) {
                if (!grow((void **)&s->rows, &s->cap_rows, s->n_rows, sizeof *s->rows))
                    return WT_ENOMEM;
                r = &s->rows[s->n_rows++];
                memset(r, 0, sizeof *r);
                r->date = e->date;
                r->text = e->text;
                r->action = e->action;
                r->actors = e->actors;
                r->n_actors = e->n_actors;
            } else if (!strcmp(r->action, "say") && strcmp(e->action, "say")) {
                /* an action describes the row better than a statement */
                r->action = e->action;
                r->text = e->text;
            }
            if (!add_src(&r->src, &r->n_src, &r->cap_src, ai))
                return WT_ENOMEM;
        }
    }
    if (s->n_rows > 1)
        qsort(s->rows, s->n_rows, sizeof *s->rows, cmp_row);
    return WT_OK;
}

static const char *unit_of(const wt_corpus *c, const char *u)
{
    if (!u)
        return "";
    const char *sp = strchr(u, ' ');
    size_t n = sp ? (size_t)(sp - u) : strlen(u);
    const wti_map_slot *sl = wti_map_get(&c->units, u, n);
    return sl ? (const char *)sl->value : u;
}

/* The range a value stands for, by its qualifier: an exact figure is
 * rounded (5%), "sekitar" spans -25%..+30%, "setidaknya" and "lebih dari"
 * suggest a figure below twice the value, "hingga" one above half of it,
 * a vague plural its bounds. */
static void range_of(const aclaim *v, double *lo, double *hi)
{
    double x = v->value;
    switch (v->qualifier) {
    case WT_Q_ABOUT:
        *lo = 0.75 * x, *hi = 1.3 * x;
        break;
    case WT_Q_AT_LEAST:
    case WT_Q_MORE_THAN:
        *lo = x, *hi = 2 * x;
        break;
    case WT_Q_UP_TO:
    case WT_Q_LESS_THAN:
        *lo = 0.5 * x, *hi = x;
        break;
    case WT_Q_ORDER_OF:
        *lo = v->low, *hi = v->high > v->low ? v->high : 10 * v->low;
        break;
    default:
        *lo = 0.95 * (v->low < x ? v->low : x);
        *hi = 1.05 * (v->high > x ? v->high : x);
    }
}

#define SAME_PERIOD_DAYS 45

static wt_status build_claims(wt_corpus *c, story *s)
{
    for (size_t m = 0; m < s->n; m++) {
        size_t ai = s->members[m];
        const article *a = &c->a[ai];
        if (a->dup_of >= 0)
            continue; /* a copy is not an independent source */
        for (size_t k = 0; k < a->n_claims; k++) {
            const aclaim *q = &a->claims[k];
            if (!strcmp(q->measure, "money") || !strcmp(q->measure, "share"))
                continue;
            const char *u = unit_of(c, q->unit);
            cgroup *g = NULL;
            for (size_t x = 0; x < s->n_claims; x++)
                if (!strcmp(s->claims[x].measure, q->measure) && !strcmp(s->claims[x].unit, u) &&
                    (!q->subject || !s->claims[x].subject ||
                     !strcmp(q->subject, s->claims[x].subject))) {
                    g = &s->claims[x];
                    break;
                }
            if (!g) {
                if (!grow((void **)&s->claims, &s->cap_claims, s->n_claims, sizeof *s->claims))
                    return WT_ENOMEM;
                g = &s->claims[s->n_claims++];
                memset(g, 0, sizeof *g);
                g->measure = q->measure;
                g->unit = u;
            }
            if (!g->subject && q->subject)
                g->subject = q->subject;
            if (!grow((void **)&g->v, &g->cap, g->n, sizeof *g->v))
                return WT_ENOMEM;
            g->v[g->n].c = q;
            g->v[g->n].art = ai;
            g->n++;
        }
    }
    /* conflicts between values of different articles:
     *  - a running total (killed, wounded, casualties, arrested) cannot
     *    shrink: a later value below an earlier one is a conflict, while a
     *    later larger one is the count growing;
     *  - any measure: two values about the same period (within
     *    SAME_PERIOD_DAYS) whose ranges cannot both hold, unless it is a
     *    running total that grew. */
    for (size_t x = 0; x < s->n_claims; x++) {
        cgroup *g = &s->claims[x];
        int running = !strcmp(g->measure, "killed") || !strcmp(g->measure, "wounded") ||
                      !strcmp(g->measure, "casualties") || !strcmp(g->measure, "arrested");
        for (size_t i = 0; i < g->n && !g->conflict; i++)
            for (size_t j = 0; j < g->n && !g->conflict; j++) {
                if (i == j || g->v[i].art == g->v[j].art)
                    continue;
                long di = day_of(g->v[i].c->date), dj = day_of(g->v[j].c->date);
                if (di < -999999 || dj < -999999 || di > dj)
                    continue; /* i is the earlier (or same-day) value */
                double l1, h1, l2, h2;
                range_of(g->v[i].c, &l1, &h1);
                range_of(g->v[j].c, &l2, &h2);
                if (running) {
                    if (h2 < l1 || (di == dj && h1 < l2))
                        g->conflict = 1;
                } else if (dj - di <= SAME_PERIOD_DAYS && (h1 < l2 || h2 < l1)) {
                    g->conflict = 1;
                }
            }
    }
    return WT_OK;
}

static wt_status build_quotes(wt_corpus *c, story *s)
{
    for (size_t m = 0; m < s->n; m++) {
        size_t ai = s->members[m];
        const article *a = &c->a[ai];
        for (size_t k = 0; k < a->n_quotes; k++) {
            const aquote *q = &a->quotes[k];
            char f1[64], f2[64];
            size_t n1 = fold(q->text, strlen(q->text), f1, sizeof f1);
            qgroup *g = NULL;
            for (size_t x = 0; x < s->n_quotes; x++) {
                size_t n2 = fold(s->quotes[x].text, strlen(s->quotes[x].text), f2, sizeof f2);
                if (n1 == n2 && !memcmp(f1, f2, n1)) {
                    g = &s->quotes[x];
                    break;
                }
            }
            if (!g) {
                if (!grow((void **)&s->quotes, &s->cap_quotes, s->n_quotes, sizeof *s->quotes))
                    return WT_ENOMEM;
                g = &s->quotes[s->n_quotes++];
                memset(g, 0, sizeof *g);
                g->speaker = q->speaker;
                g->text = q->text;
            }
            if (!g->speaker)
                g->speaker = q->speaker;
            if (!add_src(&g->src, &g->n_src, &g->cap_src, ai))
                return WT_ENOMEM;
        }
    }
    return WT_OK;
}

/* Sentence vector: the article's weights of the sentence's words. */
static size_t sent_vec(wt_corpus *c, const char *s, size_t n, term *out, size_t cap)
{
    size_t o = 0, i = 0;
    while (i < n && o < cap) {
        while (i < n && !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
            i++;
        size_t j = i;
        while (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                         s[j] == '-'))
            j++;
        if (j > i) {
            char w[64];
            size_t len = fold(s + i, j - i, w, sizeof w);
            if (len >= 3 && !wti_map_has(&c->stop, w, len)) {
                len = term_form(c, s + i, j - i, w, len, sizeof w);
                const wti_map_slot *sl = wti_map_get(&c->terms, w, len);
                if (sl) {
                    uint32_t id = (uint32_t)sl->value;
                    double idf = log((1.0 + (double)c->n) / (1.0 + c->df[id])) + 1.0;
                    out[o].id = id;
                    out[o].w = (float)idf;
                    o++;
                }
            }
        }
        i = j + 1;
    }
    qsort(out, o, sizeof *out, cmp_term);
    size_t u = 0;
    for (size_t k = 0; k < o; k++) {
        if (u && out[u - 1].id == out[k].id)
            continue;
        out[u++] = out[k];
    }
    return u;
}

typedef struct cand {
    const char *text;
    size_t len;
    term *v;
    size_t nv;
    double central;
    int used;
} cand;

/* Summary: maximal marginal relevance over member sentences; centrality is
 * the cosine with the story centroid, redundancy the highest cosine with a
 * sentence already chosen. */
static wt_status build_summary(wt_corpus *c, story *s)
{
    size_t ncand = 0, capc = 0;
    cand *cs = NULL;
    wt_status st = WT_OK;
    double cn = s->norm;
    for (size_t m = 0; m < s->n && !st; m++) {
        const article *a = &c->a[s->members[m]];
        if (a->dup_of >= 0)
            continue;
        for (size_t k = 0; k < a->n_sentences && k < 40; k++) {
            const wt_span *sp = &a->sentences[k];
            const char *t = a->text + sp->start;
            size_t n = sp->end - sp->start;
            size_t words = 1;
            for (size_t x = 0; x < n; x++)
                words += t[x] == ' ';
            if (words < 8 || words > 45 || memchr(t, '"', n) || strstr(t, "\xe2\x80\x9c"))
                continue;
            term v[256];
            size_t nv = sent_vec(c, t, n, v, 256);
            if (nv < 3)
                continue;
            if (!grow((void **)&cs, &capc, ncand, sizeof *cs)) {
                st = WT_ENOMEM;
                break;
            }
            cand *x = &cs[ncand++];
            x->text = t;
            x->len = n;
            x->v = malloc(nv * sizeof *x->v);
            if (!x->v) {
                st = WT_ENOMEM;
                break;
            }
            memcpy(x->v, v, nv * sizeof *v);
            x->nv = nv;
            double vn = norm_of(v, nv);
            x->central = cn > 0 && vn > 0 ? dot(v, nv, s->centroid, s->n_centroid) / (cn * vn) : 0;
            /* earlier sentences say more of what the article is about (the
             * weight was chosen on the Detik dev summaries, `make eval`) */
            x->central *= 1.0 + 1.0 / (1.0 + (double)k);
            x->used = 0;
        }
    }
    size_t want = s->n > 1 ? 5 : 3;
    for (size_t pick = 0; pick < want && !st; pick++) {
        double best = -1;
        size_t bi = 0;
        for (size_t i = 0; i < ncand; i++) {
            if (cs[i].used)
                continue;
            double red = 0;
            for (size_t j = 0; j < ncand; j++) {
                if (!cs[j].used)
                    continue;
                double ni = norm_of(cs[i].v, cs[i].nv), nj = norm_of(cs[j].v, cs[j].nv);
                double sim = dot(cs[i].v, cs[i].nv, cs[j].v, cs[j].nv) / (ni * nj);
                if (sim > red)
                    red = sim;
            }
            if (red > 0.5)
                continue; /* says the same thing again */
            double score = 0.7 * cs[i].central - 0.3 * red;
            if (score > best) {
                best = score;
                bi = i;
            }
        }
        if (best < 0)
            break;
        cs[bi].used = (int)pick + 1;
    }
    /* in reading order: candidates were made by member (publication
     * order), then position */
    for (size_t i = 0; i < ncand && !st; i++) {
        if (!cs[i].used)
            continue;
        if (!grow((void **)&s->summary, &s->cap_summary, s->n_summary, sizeof *s->summary)) {
            st = WT_ENOMEM;
            break;
        }
        s->summary[s->n_summary++] = cdupn(c, cs[i].text, cs[i].len);
    }
    for (size_t i = 0; i < ncand; i++)
        free(cs[i].v);
    free(cs);
    return st;
}

static int cmp_story(const void *x, const void *y)
{
    const story *a = x, *b = y;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    return a->first_day < b->first_day ? -1 : a->first_day > b->first_day;
}

static int cmp_member(const void *x, const void *y)
{
    return cmp_by_day(x, y, sort_ctx);
}

wt_status wt_corpus_cluster(wt_corpus *c)
{
    if (!c || c->clustered)
        return WT_EINVAL;
    c->clustered = 1;
    wt_status st = dedup(c);
    if (!st)
        st = link_entities(c);
    if (!st)
        st = cluster(c);
    if (st)
        return st;
    qsort(c->s, c->n_stories, sizeof *c->s, cmp_story);
    sort_ctx = c;
    for (size_t i = 0; i < c->n_stories && !st; i++) {
        story *s = &c->s[i];
        qsort(s->members, s->n, sizeof *s->members, cmp_member);
        for (size_t m = 0; m < s->n; m++)
            c->a[s->members[m]].story = (long)i;
        const article *first = &c->a[s->members[0]];
        s->id = wti_arena_printf(&c->arena, "s%.12s", first->id);
        /* the title of the member closest to the story's centroid */
        const article *central = first;
        double best = -1;
        for (size_t m = 0; m < s->n; m++) {
            const article *a = &c->a[s->members[m]];
            if (a->dup_of >= 0 || !a->title)
                continue;
            double cos = s->norm > 0 ? dot(a->terms, a->n_terms, s->centroid, s->n_centroid) / s->norm : 0;
            if (cos > best + 1e-12) {
                best = cos;
                central = a;
            }
        }
        s->title = central->title;
        if (!s->title && first->n_sentences) {
            const wt_span *sp = &first->sentences[0];
            size_t n = sp->end - sp->start;
            s->title = cdupn(c, first->text + sp->start, n > 140 ? 140 : n);
        }
        if (!s->id)
            st = WT_ENOMEM;
        if (!st)
            st = build_timeline(c, s);
        if (!st)
            st = build_claims(c, s);
        if (!st)
            st = build_quotes(c, s);
        if (!st)
            st = build_summary(c, s);
        /* the span: earliest and latest dated event or publication */
        const char *lo = first->published, *hi = c->a[s->members[s->n - 1]].published;
        for (size_t r = 0; r < s->n_rows; r++) {
            const char *d = s->rows[r].date;
            if (!lo || strcmp(d, lo) < 0)
                lo = d;
            if (!hi || strcmp(d, hi) > 0)
                hi = d;
        }
        s->span0 = lo;
        s->span1 = hi;
    }
    return st;
}

wt_status wt_corpus_set_stemmer(wt_corpus *c, const wt_stemmer *st)
{
    if (!c || c->n || c->stemmer_set)
        return WT_ESTATE;
    c->stemmer = st;
    c->stemmer_set = 1;
    return WT_OK;
}

size_t wt_corpus_n_stories(const wt_corpus *c)
{
    return c ? c->n_stories : 0;
}

const char *wt_corpus_story_id(const wt_corpus *c, size_t i)
{
    return c && i < c->n_stories ? c->s[i].id : NULL;
}

const char *wt_corpus_story_summary(const wt_corpus *c, size_t i, size_t k)
{
    if (!c || i >= c->n_stories || k >= c->s[i].n_summary)
        return NULL;
    return c->s[i].summary[k];
}

size_t wt_corpus_n_duplicates(const wt_corpus *c)
{
    size_t n = 0;
    for (size_t i = 0; c && i < c->n; i++)
        n += c->a[i].dup_of >= 0;
    return n;
}

size_t wt_corpus_story_size(const wt_corpus *c, size_t i)
{
    return c && i < c->n_stories ? c->s[i].n : 0;
}

const char *wt_corpus_story_member(const wt_corpus *c, size_t i, size_t k,
                                   const char **dup_of)
{
    if (dup_of)
        *dup_of = NULL;
    if (!c || i >= c->n_stories || k >= c->s[i].n)
        return NULL;
    const article *a = &c->a[c->s[i].members[k]];
    if (dup_of && a->dup_of >= 0)
        *dup_of = c->a[a->dup_of].id;
    return a->id;
}

/* ---- output -------------------------------------------------------------- */

static void jstr(wti_buf *b, const char *s)
{
    if (s)
        wti_buf_json_str(b, s, strlen(s));
    else
        wti_buf_puts(b, "null");
}

static void jnum(wti_buf *b, double v)
{
    if (!isfinite(v))
        wti_buf_puts(b, "null");
    else if (fabs(v) < 9e15 && v == (double)(long long)v)
        wti_buf_printf(b, "%lld", (long long)v);
    else
        wti_buf_printf(b, "%.6g", v);
}

static const char *qual_name(int q)
{
    static const char *const n[] = {"exact", "at_least", "about", "more_than",
                                    "up_to", "order_of", "less_than"};
    return q >= 0 && q < 7 ? n[q] : "exact";
}

/* Entities of the story: linked ids with the number of members naming
 * them, most mentioned first. */
typedef struct sent {
    uint32_t link;
    size_t articles;
    int type;
} sent;

static int cmp_sent(const void *x, const void *y)
{
    const sent *a = x, *b = y;
    return a->articles != b->articles ? (a->articles > b->articles ? -1 : 1)
                                      : (a->link < b->link ? -1 : a->link > b->link);
}

static size_t story_entities(const wt_corpus *c, const story *s, sent **out)
{
    sent *e = NULL;
    size_t n = 0, cap = 0;
    for (size_t m = 0; m < s->n; m++) {
        const article *a = &c->a[s->members[m]];
        for (size_t k = 0; k < a->n_ents; k++) {
            uint32_t l = a->ents[k].link;
            if (l >= c->n_links)
                continue; /* a name that folds to nothing */
            int dup = 0;
            for (size_t j = 0; j < k; j++)
                if (a->ents[j].link == l)
                    dup = 1;
            if (dup)
                continue;
            size_t x = 0;
            while (x < n && e[x].link != l)
                x++;
            if (x == n) {
                if (!grow((void **)&e, &cap, n, sizeof *e))
                    break;
                e[n].link = l;
                e[n].articles = 0;
                e[n].type = a->ents[k].type;
                n++;
            }
            e[x].articles++;
        }
    }
    if (n)
        qsort(e, n, sizeof *e, cmp_sent);
    *out = e;
    return n;
}

static const char *type_name(int t)
{
    return t == WT_ENT_PER ? "PER" : t == WT_ENT_ORG ? "ORG" : "LOC";
}

/* Aliases of a linked entity across the members (other than its name). */
static void entity_aliases_json(wti_buf *b, const wt_corpus *c, const story *s, uint32_t link,
                                const char *name)
{
    const char *seen[64];
    size_t ns = 0;
    wti_buf_putc(b, '[');
    for (size_t m = 0; m < s->n; m++) {
        const article *a = &c->a[s->members[m]];
        for (size_t k = 0; k < a->n_ents; k++) {
            if (a->ents[k].link != link)
                continue;
            const char *cands[65];
            size_t nc = 0;
            cands[nc++] = a->ents[k].name;
            for (size_t x = 0; x < a->ents[k].n_aliases && nc < 65; x++)
                cands[nc++] = a->ents[k].aliases[x];
            for (size_t x = 0; x < nc && ns < 64; x++) {
                if (!strcmp(cands[x], name))
                    continue;
                size_t y = 0;
                while (y < ns && strcmp(seen[y], cands[x]))
                    y++;
                if (y < ns)
                    continue;
                if (ns)
                    wti_buf_putc(b, ',');
                jstr(b, cands[x]);
                seen[ns++] = cands[x];
            }
        }
    }
    wti_buf_putc(b, ']');
}

static void srcs_json(wti_buf *b, const wt_corpus *c, const size_t *src, size_t n)
{
    wti_buf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        const article *a = &c->a[src[i]];
        if (i)
            wti_buf_putc(b, ',');
        wti_buf_puts(b, "{\"article\":");
        jstr(b, a->id);
        wti_buf_puts(b, ",\"outlet\":");
        jstr(b, a->outlet);
        wti_buf_puts(b, ",\"published\":");
        jstr(b, a->published);
        wti_buf_putc(b, '}');
    }
    wti_buf_putc(b, ']');
}

wt_status wt_corpus_story_json(const wt_corpus *c, size_t i, char **out, size_t *len)
{
    if (!c || !out || i >= c->n_stories)
        return WT_EINVAL;
    const story *s = &c->s[i];
    wti_buf b;
    wti_buf_init(&b, 0);
    wti_buf_puts(&b, "{\"id\":");
    jstr(&b, s->id);
    wti_buf_puts(&b, ",\"title\":");
    jstr(&b, s->title);
    wti_buf_puts(&b, ",\"articles\":[");
    for (size_t m = 0; m < s->n; m++) {
        const article *a = &c->a[s->members[m]];
        if (m)
            wti_buf_putc(&b, ',');
        wti_buf_puts(&b, "{\"id\":");
        jstr(&b, a->id);
        wti_buf_puts(&b, ",\"path\":");
        jstr(&b, a->path);
        wti_buf_puts(&b, ",\"outlet\":");
        jstr(&b, a->outlet);
        wti_buf_puts(&b, ",\"published\":");
        jstr(&b, a->published);
        wti_buf_puts(&b, ",\"title\":");
        jstr(&b, a->title);
        wti_buf_puts(&b, ",\"duplicate_of\":");
        jstr(&b, a->dup_of >= 0 ? c->a[a->dup_of].id : NULL);
        wti_buf_putc(&b, '}');
    }
    wti_buf_puts(&b, "],\"span\":[");
    jstr(&b, s->span0);
    wti_buf_putc(&b, ',');
    jstr(&b, s->span1);
    wti_buf_puts(&b, "],\"entities\":[");
    sent *e = NULL;
    size_t ne = story_entities(c, s, &e);
    for (size_t k = 0; k < ne; k++) {
        if (k)
            wti_buf_putc(&b, ',');
        const char *name = c->lname[e[k].link];
        wti_buf_puts(&b, "{\"name\":");
        jstr(&b, name);
        wti_buf_printf(&b, ",\"type\":\"%s\",\"aliases\":", type_name(e[k].type));
        entity_aliases_json(&b, c, s, e[k].link, name);
        wti_buf_printf(&b, ",\"articles\":%zu}", e[k].articles);
    }
    free(e);
    wti_buf_puts(&b, "],\"timeline\":[");
    for (size_t r = 0; r < s->n_rows; r++) {
        const row *w = &s->rows[r];
        if (r)
            wti_buf_putc(&b, ',');
        wti_buf_puts(&b, "{\"date\":");
        jstr(&b, w->date);
        wti_buf_puts(&b, ",\"action\":");
        jstr(&b, w->action);
        wti_buf_puts(&b, ",\"text\":");
        jstr(&b, w->text);
        wti_buf_puts(&b, ",\"actors\":[");
        for (size_t k = 0; k < w->n_actors; k++) {
            if (k)
                wti_buf_putc(&b, ',');
            jstr(&b, w->actors[k]);
        }
        wti_buf_puts(&b, "],\"sources\":");
        srcs_json(&b, c, w->src, w->n_src);
        wti_buf_putc(&b, '}');
    }
    wti_buf_puts(&b, "],\"quotes\":[");
    for (size_t q = 0; q < s->n_quotes; q++) {
        const qgroup *g = &s->quotes[q];
        if (q)
            wti_buf_putc(&b, ',');
        wti_buf_puts(&b, "{\"speaker\":");
        jstr(&b, g->speaker);
        wti_buf_puts(&b, ",\"text\":");
        jstr(&b, g->text);
        wti_buf_puts(&b, ",\"sources\":");
        srcs_json(&b, c, g->src, g->n_src);
        wti_buf_putc(&b, '}');
    }
    wti_buf_puts(&b, "],\"claims\":[");
    for (size_t q = 0; q < s->n_claims; q++) {
        const cgroup *g = &s->claims[q];
        if (q)
            wti_buf_putc(&b, ',');
        wti_buf_puts(&b, "{\"subject\":");
        jstr(&b, g->subject);
        const char *action;
        wti_buf_puts(&b, ",\"measure\":");
        jstr(&b, wti_measure_public(g->measure, &action));
        if (action) { /* arrested, missing: STORY.md's count, with what of */
            wti_buf_puts(&b, ",\"action\":");
            jstr(&b, action);
        }
        wti_buf_puts(&b, ",\"unit\":");
        jstr(&b, g->unit);
        wti_buf_puts(&b, ",\"values\":[");
        for (size_t k = 0; k < g->n; k++) {
            const aclaim *v = g->v[k].c;
            const article *a = &c->a[g->v[k].art];
            if (k)
                wti_buf_putc(&b, ',');
            wti_buf_puts(&b, "{\"value\":");
            jnum(&b, v->value);
            wti_buf_puts(&b, ",\"low\":");
            jnum(&b, v->low);
            wti_buf_puts(&b, ",\"high\":");
            jnum(&b, v->high);
            wti_buf_printf(&b, ",\"qualifier\":\"%s\",\"unit\":", qual_name(v->qualifier));
            jstr(&b, v->unit);
            wti_buf_puts(&b, ",\"source\":");
            jstr(&b, v->source);
            wti_buf_puts(&b, ",\"date\":");
            jstr(&b, v->date);
            wti_buf_puts(&b, ",\"article\":");
            jstr(&b, a->id);
            wti_buf_puts(&b, ",\"outlet\":");
            jstr(&b, a->outlet);
            wti_buf_putc(&b, '}');
        }
        wti_buf_printf(&b, "],\"conflict\":%s}", g->conflict ? "true" : "false");
    }
    wti_buf_puts(&b, "],\"summary\":[");
    for (size_t k = 0; k < s->n_summary; k++) {
        if (k)
            wti_buf_putc(&b, ',');
        jstr(&b, s->summary[k]);
    }
    wti_buf_puts(&b, "]}");
    if (b.err) {
        wti_buf_free(&b);
        return WT_ENOMEM;
    }
    *out = wti_buf_detach(&b, len);
    return *out ? WT_OK : WT_ENOMEM;
}

wt_status wt_corpus_story_text(const wt_corpus *c, size_t i, char **out, size_t *len)
{
    if (!c || !out || i >= c->n_stories)
        return WT_EINVAL;
    const story *s = &c->s[i];
    wti_buf b;
    wti_buf_init(&b, 0);
    wti_buf_printf(&b, "STORY %s  (%zu articles, %s .. %s)\n%s\n\n", s->id, s->n,
                   s->span0 ? s->span0 : "?", s->span1 ? s->span1 : "?",
                   s->title ? s->title : "");
    wti_buf_puts(&b, "Articles\n");
    for (size_t m = 0; m < s->n; m++) {
        const article *a = &c->a[s->members[m]];
        wti_buf_printf(&b, "  %-10s %-14s %s%s\n", a->published ? a->published : "?",
                       a->outlet ? a->outlet : "?", a->path,
                       a->dup_of >= 0 ? "  (copy)" : "");
    }
    wti_buf_puts(&b, "\nTimeline\n");
    for (size_t r = 0; r < s->n_rows; r++)
        wti_buf_printf(&b, "  %-10s %-8s [%zu source%s] %.160s\n", s->rows[r].date,
                       s->rows[r].action, s->rows[r].n_src, s->rows[r].n_src > 1 ? "s" : "",
                       s->rows[r].text);
    wti_buf_puts(&b, "\nClaims\n");
    for (size_t q = 0; q < s->n_claims; q++) {
        const cgroup *g = &s->claims[q];
        wti_buf_printf(&b, "  %s %s %s%s\n", g->subject ? g->subject : "-", g->measure, g->unit,
                       g->conflict ? "   ** CONFLICT **" : "");
        for (size_t k = 0; k < g->n; k++) {
            const aclaim *v = g->v[k].c;
            wti_buf_printf(&b, "    %-9s %14.0f  %-10s %s (%s)\n", qual_name(v->qualifier), v->value,
                           v->date ? v->date : "?", v->source ? v->source : "no source",
                           c->a[g->v[k].art].outlet ? c->a[g->v[k].art].outlet : "?");
        }
    }
    wti_buf_puts(&b, "\nSummary\n");
    for (size_t k = 0; k < s->n_summary; k++)
        wti_buf_printf(&b, "  - %s\n", s->summary[k]);
    if (b.err) {
        wti_buf_free(&b);
        return WT_ENOMEM;
    }
    *out = wti_buf_detach(&b, len);
    return *out ? WT_OK : WT_ENOMEM;
}

/* ---- HTML report ----------------------------------------------------- */

static void h(wti_buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': wti_buf_puts(b, "&lt;"); break;
        case '>': wti_buf_puts(b, "&gt;"); break;
        case '&': wti_buf_puts(b, "&amp;"); break;
        case '"': wti_buf_puts(b, "&quot;"); break;
        default: wti_buf_putc(b, *s);
        }
    }
}

static void timeline_svg(wti_buf *b, const wt_corpus *c, const story *s)
{
    if (!s->n_rows)
        return;
    long d0 = 0, d1 = 0;
    int have = 0;
    for (size_t r = 0; r < s->n_rows; r++) {
        long d = day_of(s->rows[r].date);
        if (d < -999999)
            continue;
        if (!have || d < d0)
            d0 = d;
        if (!have || d > d1)
            d1 = d;
        have = 1;
    }
    if (!have)
        return;
    if (d1 == d0)
        d1 = d0 + 1;
    int W = 1100, H = 80 + 22 * (int)(s->n_rows < 40 ? s->n_rows : 40);
    wti_buf_printf(b, "<svg class=\"tl\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\">", W, H);
    wti_buf_printf(b, "<line x1=\"40\" y1=\"30\" x2=\"%d\" y2=\"30\" class=\"axis\"/>", W - 40);
    /* year ticks */
    int y0, m0, dd0, y1, m1, dd1;
    wti_civil_from_days(d0, &y0, &m0, &dd0);
    wti_civil_from_days(d1, &y1, &m1, &dd1);
    for (int y = y0; y <= y1 + 1; y++) {
        for (int mo = 1; mo <= 12; mo += 3) {
            long d = wti_days_from_civil(y, mo, 1);
            if (d < d0 || d > d1)
                continue;
            double x = 40 + (double)(d - d0) / (double)(d1 - d0) * (W - 80);
            wti_buf_printf(b, "<line x1=\"%.1f\" y1=\"24\" x2=\"%.1f\" y2=\"%d\" class=\"tick\"/>"
                              "<text x=\"%.1f\" y=\"18\" class=\"tk\">%04d-%02d</text>",
                           x, x, H - 10, x + 2, y, mo);
        }
    }
    for (size_t r = 0; r < s->n_rows && r < 40; r++) {
        long d = day_of(s->rows[r].date);
        if (d < -999999)
            continue;
        double x = 40 + (double)(d - d0) / (double)(d1 - d0) * (W - 80);
        int y = 50 + 22 * (int)r;
        double rad = 4 + 2.5 * (double)(s->rows[r].n_src > 5 ? 5 : s->rows[r].n_src);
        wti_buf_printf(b, "<circle cx=\"%.1f\" cy=\"30\" r=\"%.1f\" class=\"dot\"/>", x, rad);
        wti_buf_printf(b, "<line x1=\"%.1f\" y1=\"30\" x2=\"%.1f\" y2=\"%d\" class=\"lead\"/>", x, x,
                       y - 4);
        const char *anchor = x > W * 0.6 ? "end" : "start";
        wti_buf_printf(b, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" class=\"ev\">", x + (x > W * 0.6 ? -6 : 6), y, anchor);
        h(b, s->rows[r].date);
        wti_buf_puts(b, " · ");
        h(b, s->rows[r].action);
        wti_buf_puts(b, " · ");
        char actors[160] = "";
        size_t o = 0;
        for (size_t k = 0; k < s->rows[r].n_actors && k < 3; k++)
            o += (size_t)snprintf(actors + o, sizeof actors - o, "%s%s", k ? ", " : "",
                                  s->rows[r].actors[k]);
        h(b, actors);
        wti_buf_printf(b, " (%zu)</text>", s->rows[r].n_src);
    }
    wti_buf_puts(b, "</svg>");
    (void)c;
}

wt_status wt_corpus_report_html(const wt_corpus *c, char **out, size_t *len)
{
    if (!c || !out)
        return WT_EINVAL;
    wti_buf b;
    wti_buf_init(&b, 0);
    wti_buf_puts(&b,
        "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
        "<title>warta: stories</title><style>"
        "body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f6f6f3;color:#222}"
        "header{background:#1f3a5f;color:#fff;padding:14px 28px}header h1{margin:0;font-size:22px}"
        "main{padding:10px 28px;max-width:1200px}nav a{display:block;color:#1f3a5f}"
        "section.story{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px 20px;margin:18px 0}"
        "h2{margin:4px 0 2px;font-size:19px}h3{font-size:15px;margin:14px 0 6px;color:#1f3a5f}"
        ".meta{color:#666;font-size:13px}table{border-collapse:collapse;width:100%;font-size:13px}"
        "td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}"
        "tr.conflict td{background:#fde8e8}span.flag{background:#c0392b;color:#fff;border-radius:3px;padding:0 5px;font-size:11px}"
        ".tl .axis{stroke:#1f3a5f;stroke-width:2}.tl .tick{stroke:#ddd}.tl .tk{font-size:10px;fill:#888}"
        ".tl .dot{fill:#e67e22;opacity:.85}.tl .lead{stroke:#e6b98a;stroke-dasharray:2 2}.tl .ev{font-size:11px;fill:#333}"
        "blockquote{margin:4px 0 4px 10px;border-left:3px solid #ccc;padding-left:8px}"
        "ul.ents{columns:3;font-size:13px}</style></head><body>"
        "<header><h1>warta &mdash; stories</h1></header><main>");
    wti_buf_printf(&b, "<p class=\"meta\">%zu articles, %zu stories.</p><nav>", c->n, c->n_stories);
    for (size_t i = 0; i < c->n_stories; i++) {
        const story *s = &c->s[i];
        if (s->n < 2 && i >= 30)
            continue;
        wti_buf_printf(&b, "<a href=\"#%s\">", s->id);
        h(&b, s->title ? s->title : s->id);
        wti_buf_printf(&b, " (%zu)</a>", s->n);
    }
    wti_buf_puts(&b, "</nav>");
    for (size_t i = 0; i < c->n_stories; i++) {
        const story *s = &c->s[i];
        if (s->n < 2 && i >= 30)
            continue;
        wti_buf_printf(&b, "<section class=\"story\" id=\"%s\"><h2>", s->id);
        h(&b, s->title ? s->title : s->id);
        wti_buf_printf(&b, "</h2><div class=\"meta\">%zu articles &middot; ", s->n);
        h(&b, s->span0 ? s->span0 : "?");
        wti_buf_puts(&b, " &ndash; ");
        h(&b, s->span1 ? s->span1 : "?");
        wti_buf_puts(&b, "</div>");
        if (s->n_summary) {
            wti_buf_puts(&b, "<h3>Summary</h3><ul>");
            for (size_t k = 0; k < s->n_summary; k++) {
                wti_buf_puts(&b, "<li>");
                h(&b, s->summary[k]);
                wti_buf_puts(&b, "</li>");
            }
            wti_buf_puts(&b, "</ul>");
        }
        if (s->n_rows) {
            wti_buf_puts(&b, "<h3>Timeline</h3>");
            timeline_svg(&b, c, s);
            wti_buf_puts(&b, "<table><tr><th>date</th><th>what</th><th>report</th><th>sources</th></tr>");
            for (size_t r = 0; r < s->n_rows; r++) {
                wti_buf_puts(&b, "<tr><td>");
                h(&b, s->rows[r].date);
                wti_buf_puts(&b, "</td><td>");
                h(&b, s->rows[r].action);
                wti_buf_puts(&b, "</td><td>");
                h(&b, s->rows[r].text);
                wti_buf_puts(&b, "</td><td>");
                for (size_t k = 0; k < s->rows[r].n_src; k++) {
                    const article *a = &c->a[s->rows[r].src[k]];
                    if (k)
                        wti_buf_puts(&b, ", ");
                    h(&b, a->outlet ? a->outlet : a->path);
                }
                wti_buf_puts(&b, "</td></tr>");
            }
            wti_buf_puts(&b, "</table>");
        }
        if (s->n_claims) {
            wti_buf_puts(&b, "<h3>Claims compared</h3><table><tr><th>about</th><th>value</th>"
                             "<th>qualifier</th><th>date</th><th>source</th><th>outlet</th></tr>");
            for (size_t q = 0; q < s->n_claims; q++) {
                const cgroup *g = &s->claims[q];
                for (size_t k = 0; k < g->n; k++) {
                    const aclaim *v = g->v[k].c;
                    wti_buf_printf(&b, "<tr%s><td>", g->conflict ? " class=\"conflict\"" : "");
                    if (!k) {
                        h(&b, g->subject ? g->subject : "");
                        wti_buf_puts(&b, " ");
                        h(&b, g->measure);
                        wti_buf_puts(&b, " ");
                        h(&b, g->unit);
                        if (g->conflict)
                            wti_buf_puts(&b, " <span class=\"flag\">conflict</span>");
                    }
                    wti_buf_printf(&b, "</td><td>%.0f</td><td>%s</td><td>", v->value,
                                   qual_name(v->qualifier));
                    h(&b, v->date ? v->date : "");
                    wti_buf_puts(&b, "</td><td>");
                    h(&b, v->source ? v->source : "");
                    wti_buf_puts(&b, "</td><td>");
                    h(&b, c->a[g->v[k].art].outlet ? c->a[g->v[k].art].outlet : "");
                    wti_buf_puts(&b, "</td></tr>");
                }
            }
            wti_buf_puts(&b, "</table>");
        }
        if (s->n_quotes) {
            wti_buf_puts(&b, "<h3>Quotes by speaker</h3>");
            const char *done[256];
            size_t nd = 0;
            for (size_t q = 0; q < s->n_quotes && nd < 256; q++) {
                const char *spk = s->quotes[q].speaker ? s->quotes[q].speaker : "(unknown)";
                size_t x = 0;
                while (x < nd && strcmp(done[x], spk))
                    x++;
                if (x < nd)
                    continue;
                done[nd++] = spk;
                wti_buf_puts(&b, "<p><b>");
                h(&b, spk);
                wti_buf_puts(&b, "</b></p>");
                for (size_t r = q; r < s->n_quotes; r++) {
                    const char *sp2 = s->quotes[r].speaker ? s->quotes[r].speaker : "(unknown)";
                    if (strcmp(sp2, spk))
                        continue;
                    wti_buf_puts(&b, "<blockquote>");
                    h(&b, s->quotes[r].text);
                    wti_buf_printf(&b, " <span class=\"meta\">(%zu)</span></blockquote>",
                                   s->quotes[r].n_src);
                }
            }
        }
        sent *e = NULL;
        size_t ne = story_entities(c, s, &e);
        if (ne) {
            wti_buf_puts(&b, "<h3>Entities</h3><ul class=\"ents\">");
            for (size_t k = 0; k < ne && k < 60; k++) {
                wti_buf_puts(&b, "<li>");
                h(&b, c->lname[e[k].link]);
                wti_buf_printf(&b, " <span class=\"meta\">%s &middot; %zu</span></li>",
                               type_name(e[k].type), e[k].articles);
            }
            wti_buf_puts(&b, "</ul>");
        }
        free(e);
        wti_buf_puts(&b, "<h3>Articles</h3><table><tr><th>published</th><th>outlet</th><th>title</th></tr>");
        for (size_t m = 0; m < s->n; m++) {
            const article *a = &c->a[s->members[m]];
            wti_buf_puts(&b, "<tr><td>");
            h(&b, a->published ? a->published : "?");
            wti_buf_puts(&b, "</td><td>");
            h(&b, a->outlet ? a->outlet : "?");
            wti_buf_puts(&b, "</td><td>");
            h(&b, a->title ? a->title : a->path);
            if (a->dup_of >= 0)
                wti_buf_puts(&b, " <span class=\"meta\">(copy)</span>");
            wti_buf_puts(&b, "</td></tr>");
        }
        wti_buf_puts(&b, "</table></section>");
    }
    wti_buf_puts(&b, "</main></body></html>\n");
    if (b.err) {
        wti_buf_free(&b);
        return WT_ENOMEM;
    }
    *out = wti_buf_detach(&b, len);
    return *out ? WT_OK : WT_ENOMEM;
}
