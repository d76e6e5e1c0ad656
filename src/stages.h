/*
 * stages.h - the analysis stages after cleaning, tokens and sentences:
 * tagger, entities, times, claims, quotes, events.  Loaded into the engine
 * by wti_stages_load() and run in order by wti_stages_run(); each stage is
 * its own module (src/ner.c, src/entity.c, src/timex.c, src/claim.c,
 * src/quote.c, src/event.c).
 */
#ifndef WARTA_STAGES_H
#define WARTA_STAGES_H

#include "doc.h"
#include "engine.h"

wt_status wti_stages_load(wt_engine *e);
void wti_stages_free(wt_engine *e);
wt_status wti_stages_run(const wt_engine *e, wt_doc *d);

#endif
