/* test_stages.c - time expressions, numbers and claims through the public
 * API (wt_analyze with raw input and a reference date). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claim.h"
#include "harness.h"
#include "warta.h"

static wt_engine *engine(void)
{
    static wt_engine *e;
    if (!e) {
        wt_engine_options o;
        memset(&o, 0, sizeof o);
        o.no_tagger = 1;
        if (wt_engine_new(&o, &e) != WT_OK)
            e = NULL;
    }
    return e;
}

static wt_doc *run(const char *text, const char *ref)
{
    wt_analyze_options ao;
    memset(&ao, 0, sizeof ao);
    ao.ref_date = ref;
    ao.raw = 1;
    wt_doc *d = NULL;
    if (!engine() || wt_analyze(engine(), "t", text, strlen(text), &ao, &d) != WT_OK)
        return NULL;
    return d;
}

/* The value of the only (or first) time expression of `text`. */
static const char *time_of(const char *text, const char *ref, char *buf, size_t cap)
{
    wt_doc *d = run(text, ref);
    size_t n = 0;
    const wt_time *t = d ? wt_doc_times(d, &n) : NULL;
    snprintf(buf, cap, "%s", n ? t[0].value : "(none)");
    wt_doc_free(d);
    return buf;
}

TEST(timex_absolute_dates)
{
    char b[64];
    /* TimeML: the part of the day after a date belongs to it */
    CHECK_STR(time_of("Sabtu (27/12/2025) pagi.", "2026-01-01", b, sizeof b), "2025-12-27TMO");
    CHECK_STR(time_of("pada 8 September 2025 lalu", "2026-01-01", b, sizeof b), "2025-09-08");
    CHECK_STR(time_of("Senin, 8 Sep 2025 20:43 WIB", "2026-01-01", b, sizeof b),
              "2025-09-08T20:43");
    CHECK_STR(time_of("sejak Desember 2024", "2026-01-01", b, sizeof b), "2024-12");
    CHECK_STR(time_of("pada tahun 2024", "2026-01-01", b, sizeof b), "2024");
    CHECK_STR(time_of("memasuki awal 2000-an", "2026-01-01", b, sizeof b), "200X");
    CHECK_STR(time_of("hingga akhir 2023", "2026-01-01", b, sizeof b), "2023");
}

TEST(timex_relative_to_publication)
{
    char b[64];
    /* 2025-09-08 is a Monday */
    CHECK_STR(time_of("Ia datang kemarin.", "2025-09-08", b, sizeof b), "2025-09-07");
    CHECK_STR(time_of("Rapat digelar pada hari Rabu.", "2025-09-08", b, sizeof b), "2025-09-03");
    CHECK_STR(time_of("Ia akan datang pada hari Rabu.", "2025-09-08", b, sizeof b),
              "2025-09-10");
    CHECK_STR(time_of("pada 18 Desember lalu", "2026-01-02", b, sizeof b), "2025-12-18");
    CHECK_STR(time_of("sejak April lalu", "2025-12-27", b, sizeof b), "2025-04");
    CHECK_STR(time_of("Awal bulan ini ada rapat.", "2025-12-27", b, sizeof b), "2025-12");
    CHECK_STR(time_of("Data minggu ini keluar.", "2025-09-08", b, sizeof b), "2025-W37");
    CHECK_STR(time_of("Target tahun depan naik.", "2025-09-08", b, sizeof b), "2026");
    CHECK_STR(time_of("Pada 3 Mei 2020 ia lahir. Dua hari kemudian ia pulang.", "2025-09-08",
                      b, sizeof b), "2020-05-03");
}

TEST(timex_durations_sets_and_not_times)
{
    char b[64];
    CHECK_STR(time_of("penempatan 120 hari tersebut", "2025-01-01", b, sizeof b), "P120D");
    CHECK_STR(time_of("dalam satu minggu terakhir", "2025-01-01", b, sizeof b), "P1W");
    CHECK_STR(time_of("bertemu lebih dari dua jam", "2025-01-01", b, sizeof b), "PT2H");
    CHECK_STR(time_of("rapat setiap minggu", "2025-01-01", b, sizeof b), "P1W");
    CHECK_STR(time_of("dimulai pukul 10.00 WIB", "2025-01-01", b, sizeof b),
              "2025-01-01T10:00");
    CHECK_STR(time_of("Pasal 28 ayat 2 berbunyi", "2025-01-01", b, sizeof b), "(none)");
    CHECK_STR(time_of("sebanyak 15.000 orang", "2025-01-01", b, sizeof b), "(none)");
    CHECK_STR(time_of("diperbarui setiap 5 menit", "2025-01-01", b, sizeof b), "PT5M");
    CHECK_STR(time_of("terendah dalam 5,5 tahun", "2025-01-01", b, sizeof b), "P5.5Y");
    CHECK_STR(time_of("hingga triwulan I-2015", "2025-01-01", b, sizeof b), "2015-Q1");
    CHECK_STR(time_of("dibahas ke depan.", "2025-01-01", b, sizeof b), "FUTURE_REF");
    CHECK_STR(time_of("Ia maju ke depan.", "2025-01-01", b, sizeof b), "(none)");
    CHECK_STR(time_of("dalam APBN-P 2015 dipangkas", "2025-01-01", b, sizeof b), "(none)");
}

/* The claims of d (checked not NULL), their count in *n. */
static const wt_claim *claims_of(wt_doc *d, size_t *n)
{
    CHECK(d != NULL);
    return d ? wt_doc_claims(d, n) : NULL;
}

TEST(claims_values_qualifiers_measures)
{
    wt_doc *d = run("Menurut polisi, setidaknya 600 tentara tewas dan ribuan lainnya "
                    "luka-luka. Pemerintah berencana mengerahkan 6.000 tentara. "
                    "Inflasi naik 5,12 persen. Anggaran Rp 2,5 triliun disiapkan. "
                    "Sekitar dua lusin warga hadir pada 2024.",
                    "2025-01-01");
    size_t n = 0;
    const wt_claim *c = claims_of(d, &n);
    CHECK_INT(n, 6);
    if (n == 6) {
        CHECK(c[0].value == 600 && c[0].qualifier == WT_Q_AT_LEAST);
        CHECK_STR(c[0].measure, "killed");
        CHECK_STR(c[0].unit, "tentara");
        CHECK_STR(c[0].source, "polisi");
        CHECK(c[1].value == 1000 && c[1].high == 9999 && c[1].qualifier == WT_Q_ORDER_OF);
        CHECK_STR(c[1].measure, "wounded");
        CHECK_STR(c[1].unit, "tentara");
        CHECK(c[2].value == 6000);
        CHECK_STR(c[2].measure, "planned");
        CHECK(c[3].value > 5.119 && c[3].value < 5.121);
        CHECK_STR(c[3].measure, "share");
        CHECK(c[4].value == 2.5e12);
        CHECK_STR(c[4].measure, "money");
        CHECK(c[5].value == 24 && c[5].qualifier == WT_Q_ABOUT);
        CHECK_STR(c[5].unit, "warga");
    }
    wt_doc_free(d);
}

TEST(claims_ranges_actions_and_not_claims)
{
    wt_doc *d = run("Sebanyak 10-15 orang tewas. Ada 10 sampai 11 balita dirawat. "
                    "Antara 20 dan 30 warga hilang. Sekitar 2 hingga 3 juta warga terdampak. "
                    "Ia dijerat Pasal 81 ayat (1) junto Pasal 76E. Persija unggul 3-0 berkat "
                    "gol Riko, skor 1-1 bertahan. Dua langsung pulang.",
                    "2025-01-01");
    size_t n = 0;
    const wt_claim *c = claims_of(d, &n);
    CHECK_INT(n, 4);
    if (n == 4) {
        CHECK(c[0].value == 10 && c[0].low == 10 && c[0].high == 15);
        CHECK_STR(c[0].measure, "killed");
        CHECK(c[1].value == 10 && c[1].high == 11);
        CHECK_STR(c[1].unit, "balita");
        CHECK(c[2].value == 20 && c[2].high == 30);
        /* a finer measure than ARTICLE.md's: written as count + action */
        CHECK_STR(c[2].measure, "missing");
        const char *action = NULL;
        CHECK_STR(wti_measure_public(c[2].measure, &action), "count");
        CHECK_STR(action, "missing");
        CHECK(c[3].value == 2e6 && c[3].high == 3e6 && c[3].qualifier == WT_Q_ABOUT);
    }
    wt_doc_free(d);
}
