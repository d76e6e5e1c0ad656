/*
 * claim.h - the claim stage: every quantity of people or things in the
 * clean text, with its value and bounds, qualifier (setidaknya, sekitar,
 * lebih dari, hingga, vague plurals), counted noun, measure (what happened
 * to them: killed, wounded, deployed, ...), subject (whose), source (who
 * says so: menurut X, X memperkirakan, a following "Intelijen tersebut")
 * and date (the sentence's time expression, else the article's).
 * Words come from data/claims.txt and data/numbers.txt.  Runs after the
 * time stage (numbers inside time expressions are not claims) and after
 * the entity stage when it exists (names are canonicalized through it).
 */
#ifndef WARTA_CLAIM_H
#define WARTA_CLAIM_H

#include "doc.h"

struct wti_claim_tables;

wt_status wti_claim_load(struct wti_claim_tables **out);
void wti_claim_free(struct wti_claim_tables *t);
wt_status wti_claim_run(const struct wti_claim_tables *t, wt_doc *d);

/* The measure as ARTICLE.md names it: killed, wounded, casualties,
 * deployed, planned, supplied, share, money, count.  The stage keeps finer
 * ones from data/claims.txt (arrested, missing, displaced, affected: what
 * stories compare as running totals); those are written as "count", and
 * *action (when not NULL) gets the finer word, else NULL. */
const char *wti_measure_public(const char *measure, const char **action);

#endif
