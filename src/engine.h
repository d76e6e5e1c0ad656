/*
 * engine.h - the inside of wt_engine: per-stage tables built once from the
 * compiled-in lexicons and the models in the data directory.
 *
 * Each stage owns an opaque table type with a load and a free function;
 * wt_engine_new() calls every load in pipeline order, wt_engine_free()
 * every free.  Tables are read-only after loading.
 */
#ifndef WARTA_ENGINE_H
#define WARTA_ENGINE_H

#include "warta.h"

struct wti_clean_tables;
struct wti_sent_tables;
struct wti_entity_tables;
struct wti_timex_tables;
struct wti_claim_tables;
struct wti_quote_tables;
struct wti_event_tables;

struct wt_engine {
    char *data_dir;
    size_t max_input;
    unsigned skip;                     /* wt_stage bits left out, closed */
    struct wti_clean_tables *clean;
    wt_ner *ner;                       /* NULL when no model is installed */
    struct wti_entity_tables *entity;
    struct wti_timex_tables *timex;
    struct wti_claim_tables *claim;
    struct wti_quote_tables *quote;
    struct wti_event_tables *event;
};

/* The data directory: `given` when set, else $WARTA_DATA, else the one
 * compiled in (WARTA_DATADIR).  Never NULL. */
const char *wti_data_dir(const char *given);
/* `skip` with every stage whose prerequisite it leaves out. */
unsigned wti_stages_close(unsigned skip);

#endif
