/*
 * entity.h - the entity stage: people, organizations and places in the
 * clean text, each once per article with its canonical name (titles and
 * roles removed: Presiden Rusia Vladimir Putin is Vladimir Putin, role
 * Presiden Rusia), its type, every alias used in the article and every
 * mention.  Rules and lexicons (data/aliases.txt, data/countries.txt,
 * data/titles.txt, data/entity_cues.txt, data/stopwords.txt); the
 * tagger's BIO tags, when present, add the names rules do not see.
 * See docs/entities.md.
 */
#ifndef WARTA_ENTITY_H
#define WARTA_ENTITY_H

#include "doc.h"

struct wti_entity_tables;

wt_status wti_entity_load(struct wti_entity_tables **out);
void wti_entity_free(struct wti_entity_tables *t);
wt_status wti_entity_run(const struct wti_entity_tables *t, wt_doc *d);

/* The entity with a mention overlapping [start, end), or NULL. */
const wt_entity *wti_entity_at(const wt_doc *d, uint32_t start, uint32_t end);

/* The last PER entity mentioned before `pos` (for pronoun cues). */
const wt_entity *wti_entity_last_person(const wt_doc *d, uint32_t pos);

/* Is the word (any case) a title or role word (Presiden, juru bicara)? */
int wti_entity_is_title(const struct wti_entity_tables *t, const char *s,
                        size_t len);

#endif
