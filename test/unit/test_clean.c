/* test_clean.c - date lines, line kinds and metadata of the cleaner. */
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "harness.h"
#include "warta.h"

static wt_engine *engine(void)
{
    static wt_engine *e;
    if (!e && wt_engine_new(NULL, &e) != WT_OK)
        abort();
    return e;
}

static wt_doc *analyze(const char *text)
{
    wt_doc *d = NULL;
    if (wt_analyze(engine(), "t", text, strlen(text), NULL, &d) != WT_OK)
        return NULL;
    return d;
}

static const char *kind_of(const wt_doc *d, const char *prefix)
{
    size_t n;
    const wt_removed *r = wt_doc_removed(d, &n);
    for (size_t i = 0; i < n; i++)
        if (!strncmp(r[i].text, prefix, strlen(prefix)))
            return wt_line_kind_name(r[i].kind);
    return "body";
}

TEST(clean_parse_date_forms)
{
    struct wti_clean_tables *t = NULL;
    CHECK(wti_clean_load(&t) == WT_OK);
    wti_date d;
    const char *s = "Senin, 8 Sep 2025 20:43 WIB";
    CHECK(wti_clean_parse_date(t, s, strlen(s), 1, &d));
    CHECK(d.year == 2025 && d.month == 9 && d.day == 8);
    s = "Selasa, 21 Okt 2025 09:00 WIB";
    CHECK(wti_clean_parse_date(t, s, strlen(s), 1, &d) && d.month == 10);
    s = "8 September 2025";
    CHECK(wti_clean_parse_date(t, s, strlen(s), 1, &d) && d.day == 8);
    s = "27/12/2025";
    CHECK(wti_clean_parse_date(t, s, strlen(s), 1, &d) && d.day == 27 &&
          d.month == 12);
    s = "2025-12-27";
    CHECK(wti_clean_parse_date(t, s, strlen(s), 1, &d) && d.day == 27);
    s = "Kompas.com - 12/09/2025, 14:30 WIB";
    CHECK(wti_clean_parse_date(t, s, strlen(s), 1, &d) && d.month == 9);
    s = "Jumat, 29 Februari 2024";
    CHECK(wti_clean_parse_date(t, s, strlen(s), 1, &d) && d.day == 29);
    /* not dates: an impossible day, a sentence, a score, an article */
    s = "Kamis, 29 Februari 2025";
    CHECK(!wti_clean_parse_date(t, s, strlen(s), 1, &d));
    s = "Senin pagi warga berkumpul";
    CHECK(!wti_clean_parse_date(t, s, strlen(s), 1, &d));
    s = "2-1";
    CHECK(!wti_clean_parse_date(t, s, strlen(s), 1, &d));
    s = "Pasal 28";
    CHECK(!wti_clean_parse_date(t, s, strlen(s), 1, &d));
    CHECK_INT(wti_month_lookup(t, "Agu", 3), 8);
    CHECK_INT(wti_month_lookup(t, "DES", 3), 12);
    CHECK_INT(wti_day_lookup(t, "Jum'at", 6), 5);
    wti_clean_free(t);
}

TEST(clean_header_title_rubric_deck)
{
    wt_doc *d = analyze(
        "Rabu, 5 Maret 2025\n\nEkonomi\n\nHarga Beras Turun di Pasar Induk\n\n"
        "Penurunan harga terjadi setelah panen raya di Jawa Tengah.\n\n"
        "Harga beras medium turun menjadi Rp 12.000 per kilogram. Pedagang "
        "menyebut pasokan melimpah.\n"
        "Pemerintah memantau harga setiap hari di seluruh provinsi agar tetap "
        "stabil.\n");
    CHECK(d != NULL);
    CHECK_STR(wt_doc_title(d), "Harga Beras Turun di Pasar Induk");
    CHECK_STR(wt_doc_deck(d),
              "Penurunan harga terjadi setelah panen raya di Jawa Tengah.");
    CHECK_STR(wt_doc_published(d), "2025-03-05");
    CHECK_STR(kind_of(d, "Ekonomi"), "rubric");
    CHECK_STR(kind_of(d, "Rabu, 5 Maret"), "date");
    size_t len;
    const char *text = wt_doc_text(d, &len);
    CHECK(!strncmp(text, "Harga beras medium", 18));
    wt_doc_free(d);
}

TEST(clean_no_title_when_article_opens_with_a_paragraph)
{
    wt_doc *d = analyze(
        "Presiden meresmikan jembatan baru di Samarinda pada Senin "
        "(3/2/2025). Jembatan itu menghubungkan dua kecamatan.\n"
        "Proyek Lanjutan\n"
        "Pemerintah daerah akan membangun jalan akses sepanjang lima "
        "kilometer tahun depan.\n");
    CHECK(d != NULL);
    CHECK(wt_doc_title(d) == NULL);
    CHECK_STR(wt_doc_published(d), "2025-02-03");
    size_t n;
    const char *const *h = wt_doc_headings(d, &n);
    CHECK_INT(n, 1);
    if (n)
        CHECK_STR(h[0], "Proyek Lanjutan");
    wt_doc_free(d);
}

TEST(clean_inline_dateline_and_outlet)
{
    wt_doc *d = analyze(
        "Surabaya, JATIMKINI.COM \xE2\x80\x93 Ribuan warga memadati alun-alun "
        "kota untuk menyaksikan pawai budaya tahunan pada Sabtu malam.\n"
        "Pawai diikuti lebih dari tiga puluh kelompok kesenian dari berbagai "
        "daerah di Jawa Timur.\n");
    CHECK(d != NULL);
    CHECK_STR(wt_doc_dateline_place(d), "Surabaya");
    CHECK_STR(wt_doc_dateline_agency(d), "JATIMKINI.COM");
    CHECK_STR(wt_doc_outlet(d), "jatimkini");
    size_t len;
    CHECK(!strncmp(wt_doc_text(d, &len), "Ribuan warga", 12));
    wt_doc_free(d);
}

TEST(clean_boilerplate_kinds)
{
    wt_doc *d = analyze(
        "Warga memperbaiki rumah yang rusak akibat gempa kemarin sore di "
        "Cianjur, Jawa Barat.\n"
        "Baca juga: Gempa Susulan Terjadi Dua Kali\n"
        "SCROLL TO CONTINUE WITH CONTENT\n"
        "Bantuan logistik tiba di posko utama pada pagi hari dan langsung "
        "dibagikan kepada pengungsi.\n"
        "Simak juga Video: Detik-detik Gempa Cianjur\n"
        "Foto: Dok. BNPB\n"
        "(Kompas.com/Ahmad Fauzi)\n"
        "\xC2\xA9 2025 Contoh Media. All Rights Reserved\n");
    CHECK(d != NULL);
    CHECK_STR(kind_of(d, "Baca juga"), "related");
    CHECK_STR(kind_of(d, "SCROLL TO"), "ad");
    CHECK_STR(kind_of(d, "Simak juga"), "promo");
    CHECK_STR(kind_of(d, "Foto: Dok"), "credit");
    CHECK_STR(kind_of(d, "(Kompas.com/"), "byline");
    CHECK_STR(kind_of(d, "\xC2\xA9 2025"), "footer");
    CHECK_STR(wt_doc_byline(d), "Ahmad Fauzi");
    size_t len;
    const char *text = wt_doc_text(d, &len);
    CHECK(strstr(text, "Baca juga") == NULL);
    CHECK(strstr(text, "Bantuan logistik") != NULL);
    wt_doc_free(d);
}

TEST(clean_repeated_line_is_duplicate)
{
    wt_doc *d = analyze(
        "Paragraf ini muncul dua kali karena kesalahan situs pengutip.\n"
        "Paragraf lain yang hanya muncul sekali saja di dalam berita ini.\n"
        "Paragraf ini muncul dua kali karena kesalahan situs pengutip.\n");
    CHECK(d != NULL);
    size_t n;
    const wt_removed *r = wt_doc_removed(d, &n);
    CHECK_INT(n, 2); /* the duplicate and the empty last line */
    CHECK(n >= 1 && r[0].kind == WT_LINE_DUPLICATE);
    wt_doc_free(d);
}

TEST(clean_empty_and_whitespace_input)
{
    wt_doc *d = analyze("");
    CHECK(d != NULL);
    size_t len = 99;
    CHECK_STR(wt_doc_text(d, &len), "");
    CHECK_INT(len, 0);
    CHECK(wt_doc_title(d) == NULL);
    wt_doc_free(d);
    d = analyze(" \n\t\n\xC2\xA0\n");
    CHECK(d != NULL);
    CHECK_STR(wt_doc_text(d, &len), "");
    wt_doc_free(d);
}
