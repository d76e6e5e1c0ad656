/* json.c - the JSON form of an analysis (../shared/spec/ARTICLE.md). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "claim.h"
#include "doc.h"

static void str_or_null(wti_buf *b, const char *s)
{
    if (s)
        wti_buf_json_str(b, s, strlen(s));
    else
        wti_buf_puts(b, "null");
}

static void key(wti_buf *b, const char *k)
{
    wti_buf_putc(b, ',');
    wti_buf_json_str(b, k, strlen(k));
    wti_buf_putc(b, ':');
}

static void number(wti_buf *b, double v)
{
    if (isnan(v) || isinf(v))
        wti_buf_puts(b, "null");
    else if (v == floor(v) && fabs(v) < 9e15)
        wti_buf_printf(b, "%.0f", v);
    else
        wti_buf_printf(b, "%.10g", v);
}

/* ,"start":S,"end":E} */
static void start_end(wti_buf *b, uint32_t s, uint32_t e)
{
    wti_buf_puts(b, ",\"start\":");
    wti_buf_uint(b, s);
    wti_buf_puts(b, ",\"end\":");
    wti_buf_uint(b, e);
    wti_buf_putc(b, '}');
}

static void span_text(wti_buf *b, const wt_doc *d, uint32_t s, uint32_t e)
{
    if (e > d->text_len)
        e = (uint32_t)d->text_len;
    if (s > e)
        s = e;
    wti_buf_json_str(b, d->text + s, e - s);
}

/* A quote's words: a quotation that runs over paragraphs opens each one
 * with a mark again; those marks are not words of the quote. */
static void quote_text(wti_buf *b, const wt_doc *d, uint32_t s, uint32_t e)
{
    if (e > d->text_len)
        e = (uint32_t)d->text_len;
    if (s > e)
        s = e;
    const char *p = d->text + s, *end = d->text + e;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) {
        wti_buf_json_str(b, p, (size_t)(end - p));
        return;
    }
    wti_buf cleaned;
    wti_buf_init(&cleaned, 0);
    while (p < end) {
        nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl + 1 : end;
        wti_buf_put(&cleaned, p, (size_t)(stop - p));
        p = stop;
        if (nl) {
            if (p < end && *p == '"')
                p++;
            else if (end - p >= 3 && !memcmp(p, "\xe2\x80\x9c", 3))
                p += 3;
            else if (end - p >= 2 && !memcmp(p, "\xc2\xab", 2))
                p += 2;
        }
    }
    if (cleaned.err)
        b->err = cleaned.err;
    wti_buf_json_str(b, cleaned.ptr ? cleaned.ptr : "", cleaned.len);
    wti_buf_free(&cleaned);
}

static const char *const time_types[] = {"DATE", "TIME", "DURATION", "SET"};
static const char *const time_mods[] = {NULL,    "START",     "MID", "END",
                                        "APPROX", "MORE_THAN", "LESS_THAN"};
static const char *const qualifiers[] = {"exact",     "at_least", "about",
                                         "more_than", "up_to",    "order_of",
                                         "less_than"};
static const char *const ent_types[] = {NULL, "PER", "ORG", "LOC"};

#define NAME_OF(arr, i) \
    ((size_t)(i) < sizeof arr / sizeof *arr ? arr[(size_t)(i)] : NULL)
const char *wt_time_type_name(wt_time_type t) { return NAME_OF(time_types, t); }
const char *wt_time_mod_name(wt_time_mod m) { return NAME_OF(time_mods, m); }
const char *wt_qualifier_name(wt_qualifier q) { return NAME_OF(qualifiers, q); }
const char *wt_entity_type_name(wt_entity_type t) { return NAME_OF(ent_types, t); }

static void entities(wti_buf *b, const wt_doc *d)
{
    wti_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_entities; i++) {
        const wt_entity *e = &d->entities[i];
        if (i)
            wti_buf_putc(b, ',');
        wti_buf_puts(b, "{\"name\":");
        str_or_null(b, e->name);
        key(b, "type");
        str_or_null(b, (unsigned)e->type < 4 ? ent_types[e->type] : NULL);
        if (e->role) {
            key(b, "role");
            str_or_null(b, e->role);
        }
        key(b, "aliases");
        wti_buf_putc(b, '[');
        for (size_t j = 0; j < e->n_aliases; j++) {
            if (j)
                wti_buf_putc(b, ',');
            str_or_null(b, e->aliases[j]);
        }
        wti_buf_puts(b, "]");
        key(b, "mentions");
        wti_buf_putc(b, '[');
        for (size_t j = 0; j < e->n_mentions; j++)
            wti_buf_pair(b, j == 0, e->mentions[j].start, e->mentions[j].end);
        wti_buf_puts(b, "]}");
    }
    wti_buf_putc(b, ']');
}

static void times(wti_buf *b, const wt_doc *d)
{
    wti_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_times; i++) {
        const wt_time *t = &d->times[i];
        if (i)
            wti_buf_putc(b, ',');
        wti_buf_puts(b, "{\"text\":");
        span_text(b, d, t->start, t->end);
        key(b, "value");
        str_or_null(b, t->value);
        key(b, "type");
        str_or_null(b, (unsigned)t->type < 4 ? time_types[t->type] : NULL);
        if ((unsigned)t->mod < 7 && time_mods[t->mod]) {
            key(b, "mod");
            str_or_null(b, time_mods[t->mod]);
        }
        start_end(b, t->start, t->end);
    }
    wti_buf_putc(b, ']');
}

static void quotes(wti_buf *b, const wt_doc *d)
{
    wti_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_quotes; i++) {
        const wt_quote *q = &d->quotes[i];
        if (i)
            wti_buf_putc(b, ',');
        wti_buf_puts(b, "{\"text\":");
        quote_text(b, d, q->start, q->end);
        key(b, "speaker");
        str_or_null(b, q->speaker);
        key(b, "cue");
        str_or_null(b, q->cue);
        key(b, "direct");
        wti_buf_puts(b, q->direct ? "true" : "false");
        if (q->via) {
            key(b, "via");
            str_or_null(b, q->via);
        }
        start_end(b, q->start, q->end);
    }
    wti_buf_putc(b, ']');
}

static void claims(wti_buf *b, const wt_doc *d)
{
    wti_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_claims; i++) {
        const wt_claim *c = &d->claims[i];
        if (i)
            wti_buf_putc(b, ',');
        wti_buf_puts(b, "{\"text\":");
        span_text(b, d, c->start, c->end);
        key(b, "value");
        number(b, c->value);
        key(b, "low");
        number(b, c->low);
        key(b, "high");
        number(b, c->high);
        key(b, "qualifier");
        str_or_null(b, (unsigned)c->qualifier < 7 ? qualifiers[c->qualifier]
                                                  : NULL);
        key(b, "unit");
        str_or_null(b, c->unit);
        const char *action;
        key(b, "measure");
        str_or_null(b, wti_measure_public(c->measure, &action));
        if (action) { /* arrested, missing: what the count is of */
            key(b, "action");
            str_or_null(b, action);
        }
        key(b, "subject");
        str_or_null(b, c->subject);
        key(b, "source");
        str_or_null(b, c->source);
        key(b, "date");
        str_or_null(b, c->date);
        start_end(b, c->start, c->end);
    }
    wti_buf_putc(b, ']');
}

static void events(wti_buf *b, const wt_doc *d)
{
    wti_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        if (i)
            wti_buf_putc(b, ',');
        wti_buf_puts(b, "{\"date\":");
        str_or_null(b, e->date);
        key(b, "action");
        str_or_null(b, e->action);
        key(b, "actors");
        wti_buf_putc(b, '[');
        for (size_t j = 0; j < e->n_actors; j++) {
            if (j)
                wti_buf_putc(b, ',');
            str_or_null(b, e->actors[j]);
        }
        wti_buf_putc(b, ']');
        key(b, "place");
        str_or_null(b, e->place);
        wti_buf_puts(b, ",\"sentence\":");
        wti_buf_uint(b, e->sentence);
        wti_buf_putc(b, '}');
    }
    wti_buf_putc(b, ']');
}

wt_status wt_doc_to_json(const wt_doc *d, char **out, size_t *len)
{
    if (!d || !out)
        return WT_EINVAL;
    wti_buf b;
    wti_buf_init(&b, 0);
    wti_buf_reserve(&b, d->text_len * 3 + d->raw_len + 4096);
    wti_buf_puts(&b, "{\"id\":");
    str_or_null(&b, d->id);
    key(&b, "path");
    str_or_null(&b, d->path);
    key(&b, "outlet");
    str_or_null(&b, d->outlet);
    key(&b, "title");
    str_or_null(&b, d->title);
    key(&b, "deck");
    str_or_null(&b, d->deck);
    key(&b, "published");
    str_or_null(&b, d->published);
    key(&b, "dateline");
    if (d->dateline_place || d->dateline_agency) {
        wti_buf_puts(&b, "{\"place\":");
        str_or_null(&b, d->dateline_place);
        key(&b, "agency");
        str_or_null(&b, d->dateline_agency);
        wti_buf_putc(&b, '}');
    } else {
        wti_buf_puts(&b, "null");
    }
    key(&b, "byline");
    str_or_null(&b, d->byline);
    key(&b, "text");
    wti_buf_json_str(&b, d->text, d->text_len);
    key(&b, "headings");
    wti_buf_putc(&b, '[');
    for (size_t i = 0; i < d->n_headings; i++) {
        if (i)
            wti_buf_putc(&b, ',');
        str_or_null(&b, d->headings[i]);
    }
    wti_buf_putc(&b, ']');
    key(&b, "removed");
    wti_buf_putc(&b, '[');
    for (size_t i = 0; i < d->n_removed; i++) {
        if (i)
            wti_buf_putc(&b, ',');
        wti_buf_puts(&b, "{\"text\":");
        str_or_null(&b, d->removed[i].text);
        key(&b, "kind");
        str_or_null(&b, wt_line_kind_name(d->removed[i].kind));
        wti_buf_putc(&b, '}');
    }
    wti_buf_putc(&b, ']');
    key(&b, "sentences");
    wti_buf_putc(&b, '[');
    for (size_t i = 0; i < d->n_sentences; i++)
        wti_buf_pair(&b, i == 0, d->sentences[i].start, d->sentences[i].end);
    wti_buf_putc(&b, ']');
    key(&b, "entities");
    entities(&b, d);
    key(&b, "times");
    times(&b, d);
    key(&b, "quotes");
    quotes(&b, d);
    key(&b, "claims");
    claims(&b, d);
    key(&b, "events");
    events(&b, d);
    key(&b, "warnings");
    wti_buf_putc(&b, '[');
    if (d->repaired)
        wti_buf_printf(&b,
                       "\"invalid UTF-8: %zu sequence%s replaced with U+FFFD\"",
                       d->repaired, d->repaired == 1 ? "" : "s");
    if (d->ref_inferred)
        wti_buf_printf(&b,
                       "%s\"no publication date: relative times resolved against "
                       "%04d-%02d-%02d, the first date the text writes with its weekday\"",
                       d->repaired ? "," : "", d->ref.year, d->ref.month, d->ref.day);
    wti_buf_puts(&b, "]}");
    if (b.err) {
        wt_status st = b.err;
        wti_buf_free(&b);
        return st;
    }
    *out = wti_buf_detach(&b, len);
    return *out ? WT_OK : WT_ENOMEM;
}
