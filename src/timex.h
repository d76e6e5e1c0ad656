/*
 * timex.h - the time-expression stage: finds every time expression in the
 * clean text and resolves it to a TIMEX3 value against the reference date
 * (the article's `published`, or --ref-date).  See docs/timex.md.
 *
 * Absolute dates (27/12/2025, Sabtu (27/12/2025), 8 September 2025,
 * Desember 2024, tahun 2024, 2000-an, akhir 2023), relative ones (kemarin,
 * pada hari Rabu, 18 Desember lalu, April lalu, awal bulan ini, pekan lalu,
 * minggu ini, tahun depan, setahun sebelumnya, dua hari kemudian), the
 * TimeML extents of IndoTimex (Senin (27/12), kemarin (19/11), Senin
 * (29/12/2014) malam, 27 November 2014 lalu, dua tahun ke depan), anaphora
 * (hari itu, saat itu), weekends (akhir pekan lalu), holidays, clock
 * times with zones (pukul 10.00 WIB), parts of the day (dini hari),
 * durations (120 hari = P120D, satu minggu terakhir = P1W), sets (setiap
 * minggu) and deictic references (saat ini = PRESENT_REF).  Word classes
 * come from data/timex.txt, month and day names from data/months.txt and
 * data/days.txt, number words from data/numbers.txt.
 */
#ifndef WARTA_TIMEX_H
#define WARTA_TIMEX_H

#include "doc.h"

struct wti_timex_tables;

wt_status wti_timex_load(struct wti_timex_tables **out);
void wti_timex_free(struct wti_timex_tables *t);
/* Fills d->times from d->tokens, d->sentences and d->ref. */
wt_status wti_timex_run(const struct wti_timex_tables *t, wt_doc *d);

/* Date arithmetic shared with the claim and event stages. */
long wti_days_from_civil(int y, int m, int d);
void wti_civil_from_days(long z, int *y, int *m, int *d);
/* ISO weekday 1 (Monday) .. 7 (Sunday). */
int wti_weekday(int y, int m, int d);

/* The last DATE-typed time expression that starts in [start, end), or
 * NULL. */
const wt_time *wti_timex_in(const wt_doc *d, uint32_t start, uint32_t end);

/* The dated time (as wti_timex_in) in [start, end) nearest to the span
 * [a, b) (a claim in its sentence: "Pada Februari, Apple menjanjikan USD
 * 500 miliar ..., meningkat menjadi USD 600 miliar pada Agustus"), or
 * NULL. */
const wt_time *wti_timex_near(const wt_doc *d, uint32_t start, uint32_t end, uint32_t a,
                              uint32_t b);

#endif
