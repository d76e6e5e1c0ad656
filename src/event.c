/* event.c - dated actions between actors (see event.h). */
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "lex.h"
#include "map.h"
#include "number.h"
#include "timex.h"

struct wti_event_tables {
    wti_map verbs; /* lowercase phrase -> action string */
    wti_arena strings;
};

wt_status wti_event_load(struct wti_event_tables **out)
{
    struct wti_event_tables *t = calloc(1, sizeof *t);
    if (!t)
        return WT_ENOMEM;
    wti_map_init(&t->verbs);
    const wti_lexfile *f = wti_lex_find("event_verbs");
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
            char *v = wti_arena_strndup(&t->strings, fl[1].s, fl[1].len);
            st = v ? wti_map_put_phrase(&t->verbs, fl[0].s, fl[0].len, 0, ' ', (uintptr_t)v)
                   : WT_ENOMEM;
        }
    }
    if (st) {
        wti_event_free(t);
        return st;
    }
    *out = t;
    return WT_OK;
}

void wti_event_free(struct wti_event_tables *t)
{
    if (!t)
        return;
    wti_map_free(&t->verbs);
    wti_arena_free(&t->strings);
    free(t);
}

/* The action of the longest verb phrase at token i, and its length. */
static const char *verb_at(const struct wti_event_tables *t, const wt_doc *d,
                           size_t i, size_t end, size_t *n)
{
    return (const char *)wti_phrase_at(&t->verbs, d, i, end, 3, "", 0, n);
}

typedef struct mref {
    uint32_t start, end;
    const wt_entity *e;
} mref;

static int cmp_mref(const void *a, const void *b)
{
    const mref *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

wt_status wti_event_run(const struct wti_event_tables *t, wt_doc *d)
{
    if (!t || !d->n_sentences || !d->n_entities)
        return WT_OK;
    /* every mention in text order, swept along with the sentences */
    size_t total = 0, nm = 0;
    for (size_t i = 0; i < d->n_entities; i++)
        total += d->entities[i].n_mentions;
    if (!total)
        return WT_OK;
    mref *m = wti_arena_alloc(&d->arena, total * sizeof *m);
    if (!m)
        return WT_ENOMEM;
    for (size_t i = 0; i < d->n_entities; i++)
        for (size_t k = 0; k < d->entities[i].n_mentions; k++) {
            m[nm].start = d->entities[i].mentions[k].start;
            m[nm].end = d->entities[i].mentions[k].end;
            m[nm].e = &d->entities[i];
            nm++;
        }
    qsort(m, nm, sizeof *m, cmp_mref);
    size_t ti = 0, mi = 0;
    for (size_t si = 0; si < d->n_sentences; si++) {
        uint32_t ss = d->sentences[si].start, se = d->sentences[si].end;
        while (ti < d->n_tokens && d->tokens[ti].start < ss)
            ti++;
        while (mi < nm && m[mi].start < ss)
            mi++;
        size_t b = ti;
        while (b < d->n_tokens && d->tokens[b].start < se)
            b++;
        const char *action = NULL;
        for (size_t k = ti; k < b && !action; k++) {
            size_t n;
            action = verb_at(t, d, k, b, &n);
        }
        if (!action)
            continue;
        /* actors and place: the entities mentioned in the sentence */
        const char *actors[16];
        size_t na = 0;
        const char *place = NULL;
        for (size_t x = mi; x < nm && m[x].start < se; x++) {
            const wt_entity *en = m[x].e;
            /* a place after "di" is where, not who */
            uint32_t p = m[x].start;
            int at = p >= 3 && !memcmp(d->text + p - 3, "di ", 3) &&
                     (p == 3 || d->text[p - 4] == ' ' || d->text[p - 4] == '\n');
            if (at && en->type == WT_ENT_LOC) {
                if (!place)
                    place = en->name;
            } else if (na < 16) {
                size_t y = 0;
                while (y < na && actors[y] != en->name)
                    y++;
                if (y == na)
                    actors[na++] = en->name;
            }
        }
        if (!na)
            continue;
        const wt_time *tm = wti_timex_in(d, ss, se);
        const char *date = tm ? tm->value : d->published;
        if (!date)
            continue;
        wt_event *ev = WTI_VEC_PUSH(&d->arena, d->events, d->n_events, d->cap_events);
        if (!ev)
            return WT_ENOMEM;
        ev->date = date;
        ev->action = action;
        ev->actors = wti_arena_alloc(&d->arena, na * sizeof *ev->actors);
        if (!ev->actors)
            return WT_ENOMEM;
        memcpy(ev->actors, actors, na * sizeof *actors);
        ev->n_actors = na;
        ev->place = place;
        ev->sentence = si;
    }
    return WT_OK;
}
