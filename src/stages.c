/* stages.c - loading and running the analysis stages (see stages.h).
 *
 * Each stage module is optional at build time: a stage whose header
 * (src/<stage>.h) is absent is skipped, so a half-built tree still links
 * and the stage arrays stay empty.  Every stage module provides
 *   wt_status wti_<stage>_load(struct wti_<stage>_tables **out);
 *   void      wti_<stage>_free(struct wti_<stage>_tables *t);
 *   wt_status wti_<stage>_run(const struct wti_<stage>_tables *t, wt_doc *d);
 * The tagger's load also takes the data directory and may leave the model
 * NULL (no model installed): analysis then runs on rules alone. */
#include "stages.h"

#if defined(__has_include)
#  if __has_include("ner.h")
#    include "ner.h"
#    define HAVE_NER 1
#  endif
#  if __has_include("entity.h")
#    include "entity.h"
#    define HAVE_ENTITY 1
#  endif
#  if __has_include("timex.h")
#    include "timex.h"
#    define HAVE_TIMEX 1
#  endif
#  if __has_include("claim.h")
#    include "claim.h"
#    define HAVE_CLAIM 1
#  endif
#  if __has_include("quote.h")
#    include "quote.h"
#    define HAVE_QUOTE 1
#  endif
#  if __has_include("event.h")
#    include "event.h"
#    define HAVE_EVENT 1
#  endif
#endif

wt_status wti_stages_load(wt_engine *e)
{
    wt_status st = WT_OK;
#ifdef HAVE_NER
    if (!(e->skip & WT_STAGE_TAGGER) && (st = wti_ner_load(e->data_dir, &e->ner)) != WT_OK)
        return st;
#endif
#ifdef HAVE_ENTITY
    if (!(e->skip & WT_STAGE_ENTITIES) &&
        (st = wti_entity_load(&e->entity)) != WT_OK)
        return st;
#endif
#ifdef HAVE_TIMEX
    if (!(e->skip & WT_STAGE_TIMES) &&
        (st = wti_timex_load(&e->timex)) != WT_OK)
        return st;
#endif
#ifdef HAVE_CLAIM
    if (!(e->skip & WT_STAGE_CLAIMS) &&
        (st = wti_claim_load(&e->claim)) != WT_OK)
        return st;
#endif
#ifdef HAVE_QUOTE
    if (!(e->skip & WT_STAGE_QUOTES) &&
        (st = wti_quote_load(&e->quote)) != WT_OK)
        return st;
#endif
#ifdef HAVE_EVENT
    if (!(e->skip & WT_STAGE_EVENTS) &&
        (st = wti_event_load(&e->event)) != WT_OK)
        return st;
#endif
    (void)e;
    return st;
}

void wti_stages_free(wt_engine *e)
{
#ifdef HAVE_EVENT
    wti_event_free(e->event);
    e->event = NULL;
#endif
#ifdef HAVE_QUOTE
    wti_quote_free(e->quote);
    e->quote = NULL;
#endif
#ifdef HAVE_CLAIM
    wti_claim_free(e->claim);
    e->claim = NULL;
#endif
#ifdef HAVE_TIMEX
    wti_timex_free(e->timex);
    e->timex = NULL;
#endif
#ifdef HAVE_ENTITY
    wti_entity_free(e->entity);
    e->entity = NULL;
#endif
#ifdef HAVE_NER
    wti_ner_free(e->ner);
    e->ner = NULL;
#endif
    (void)e;
}

/* Runs the stages in the order of src/doc.h. */
wt_status wti_stages_run(const wt_engine *e, wt_doc *d)
{
    wt_status st = WT_OK;
#ifdef HAVE_NER
    if (e->ner && (st = wti_ner_run(e->ner, d)) != WT_OK)
        return st;
#endif
#ifdef HAVE_TIMEX
    if (e->timex && (st = wti_timex_run(e->timex, d)) != WT_OK)
        return st;
#endif
#ifdef HAVE_ENTITY
    if (e->entity && (st = wti_entity_run(e->entity, d)) != WT_OK)
        return st;
#endif
#ifdef HAVE_QUOTE
    /* before claims: a figure inside a quote is its speaker's */
    if (e->quote && (st = wti_quote_run(e->quote, d)) != WT_OK)
        return st;
#endif
#ifdef HAVE_CLAIM
    if (e->claim && (st = wti_claim_run(e->claim, d)) != WT_OK)
        return st;
#endif
#ifdef HAVE_EVENT
    if (e->event && (st = wti_event_run(e->event, d)) != WT_OK)
        return st;
#endif
    (void)e;
    (void)d;
    return st;
}
