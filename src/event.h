/*
 * event.h - the event stage: a dated action between named actors, one per
 * sentence that holds a verb of data/event_verbs.txt and at least one
 * person, organization or state: who (entities of the sentence), what
 * (sign, meet, send, deploy, confirm, praise, attack, announce, say,
 * ...), where (a place after "di"), and when (the sentence's dated time
 * expression, else the article's date).  Runs after entities and times.
 */
#ifndef WARTA_EVENT_H
#define WARTA_EVENT_H

#include "doc.h"

struct wti_event_tables;

wt_status wti_event_load(struct wti_event_tables **out);
void wti_event_free(struct wti_event_tables *t);
wt_status wti_event_run(const struct wti_event_tables *t, wt_doc *d);

#endif
