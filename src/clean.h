/*
 * clean.h - the cleaner: classifies every input line of a scraped article
 * (body, title, deck, date, rubric, heading, dateline, promo, related,
 * caption, credit, byline, source, footer, ad, duplicate, empty) and fills
 * the document's body text and metadata.
 *
 * Driven by lexicons (data/boilerplate.txt, data/outlets.txt,
 * data/months.txt, data/days.txt) plus layout cues: position before the
 * first paragraph, a short line without final punctuation before a
 * paragraph, a line that repeats, a line that is mostly a domain name, an
 * opening "PLACE, AGENCY -" dateline.  docs/clean.md describes the rules.
 */
#ifndef WARTA_CLEAN_H
#define WARTA_CLEAN_H

#include "doc.h"
#include "warta.h"

struct wti_clean_tables;

wt_status wti_clean_load(struct wti_clean_tables **out);
void wti_clean_free(struct wti_clean_tables *t);

/* Reads d->raw (repaired, NFC) and fills d->text, d->title, d->deck,
 * d->published, d->pub, d->outlet, d->dateline_*, d->byline, d->headings
 * and d->removed.  Errors: WT_ENOMEM. */
wt_status wti_clean_run(const struct wti_clean_tables *t, wt_doc *d);

/* Parses a date written the Indonesian way at the start of s: "Senin, 8 Sep
 * 2025 20:43 WIB", "8 September 2025", "27/12/2025", "2025-12-27".  Returns
 * the bytes consumed (0 if no date) and fills *out.  When `whole` is set
 * the date must make up the whole of s (filler such as "Diperbarui" and
 * "|" allowed). */
size_t wti_clean_parse_date(const struct wti_clean_tables *t, const char *s,
                            size_t len, int whole, wti_date *out);

/* Month number (1-12) of a month name or abbreviation, else 0. */
int wti_month_lookup(const struct wti_clean_tables *t, const char *s,
                     size_t len);
/* Weekday (1 = Senin .. 7 = Minggu) of a day name, else 0. */
int wti_day_lookup(const struct wti_clean_tables *t, const char *s,
                   size_t len);

#endif
