/* test_text.c - the tokenizer (wt_tokenize) and the sentence splitter
 * (wt_sentences) on sentences written for these tests. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "warta.h"

typedef struct toks {
    const char *s;
    char text[64][48];
    int kind[64];
    size_t n;
} toks;

static int grab(void *ctx, const wt_token *t)
{
    toks *k = ctx;
    if (k->n < 64) {
        size_t len = t->end - t->start;
        if (len > 47)
            len = 47;
        memcpy(k->text[k->n], k->s + t->start, len);
        k->text[k->n][len] = 0;
        k->kind[k->n] = t->kind;
        k->n++;
    }
    return 0;
}

static toks tokenize(const char *s)
{
    toks k;
    memset(&k, 0, sizeof k);
    k.s = s;
    if (wt_tokenize(s, strlen(s), grab, &k) != WT_OK)
        k.n = 0;
    return k;
}

/* Is `want` one whole token of `s`, of kind `kind`? */
static int has_token(const char *s, const char *want, int kind)
{
    toks k = tokenize(s);
    for (size_t i = 0; i < k.n; i++)
        if (!strcmp(k.text[i], want) && k.kind[i] == kind)
            return 1;
    return 0;
}

TEST(token_numbers_money_and_dates_stay_whole)
{
    CHECK(has_token("sebanyak 15.000 tentara", "15.000", WT_TOK_NUMBER));
    CHECK(has_token("naik 5,12% tahun ini", "5,12%", WT_TOK_NUMBER));
    CHECK(has_token("senilai Rp2,5 triliun", "Rp2,5", WT_TOK_MONEY));
    CHECK(has_token("pada 27/12/2025 lalu", "27/12/2025", WT_TOK_NUMBER));
    CHECK(has_token("pukul 10.00 WIB", "10.00", WT_TOK_NUMBER));
    CHECK(has_token("ada 1.000.000 orang", "1.000.000", WT_TOK_NUMBER));
}

TEST(token_names_compounds_urls_and_mail_stay_whole)
{
    CHECK(has_token("pemimpin Kim Jong-un berkata", "Jong-un", WT_TOK_WORD));
    CHECK(has_token("hubungan Korut\xE2\x80\x93Rusia makin erat",
                    "Korut\xE2\x80\x93Rusia", WT_TOK_WORD));
    CHECK(has_token("korban luka-luka dibawa", "luka-luka", WT_TOK_WORD));
    CHECK(has_token("lihat https://contoh.id/berita/1 sekarang",
                    "https://contoh.id/berita/1", WT_TOK_URL));
    CHECK(has_token("kirim ke redaksi@contoh.co.id ya", "redaksi@contoh.co.id",
                    WT_TOK_EMAIL));
    CHECK(has_token("Jakarta, CONTOHNEWS.COM - Hujan", "CONTOHNEWS.COM",
                    WT_TOK_URL));
}

TEST(token_offsets_are_bytes_and_punctuation_is_split)
{
    const char *s = "\xE2\x80\x9CSiap,\xE2\x80\x9D kata dia.";
    toks k = tokenize(s);
    CHECK_INT(k.n, 7);
    CHECK_STR(k.text[0], "\xE2\x80\x9C");
    CHECK_STR(k.text[1], "Siap");
    CHECK_STR(k.text[2], ",");
    CHECK_STR(k.text[3], "\xE2\x80\x9D");
    CHECK_STR(k.text[6], ".");
    CHECK_INT(k.kind[6], WT_TOK_PUNCT);
}

/* Splits `s` and writes the sentences, joined by '|', into `out`. */
static const char *split(const char *s, char *out, size_t cap)
{
    wt_span *sp = NULL;
    size_t n = 0;
    out[0] = 0;
    if (wt_sentences(s, strlen(s), &sp, &n) != WT_OK)
        return "ERROR";
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = sp[i].end - sp[i].start;
        if (o + len + 2 >= cap)
            break;
        if (i)
            out[o++] = '|';
        memcpy(out + o, s + sp[i].start, len);
        o += len;
        out[o] = 0;
    }
    free(sp);
    return out;
}

TEST(sentences_abbreviations_and_numbers_do_not_split)
{
    char b[512];
    CHECK_STR(split("Ia membeli buku, pena, dll. untuk sekolah. Lalu pulang.", b,
                    sizeof b),
              "Ia membeli buku, pena, dll. untuk sekolah.|Lalu pulang.");
    CHECK_STR(split("Tn. Budi tinggal di Jl. Merdeka No. 5. Ia guru.", b,
                    sizeof b),
              "Tn. Budi tinggal di Jl. Merdeka No. 5.|Ia guru.");
    CHECK_STR(split("Harganya Rp. 15.000 per kilo. Mahal sekali!", b, sizeof b),
              "Harganya Rp. 15.000 per kilo.|Mahal sekali!");
    CHECK_STR(split("Nilainya 5,12 persen. Naik dari 4,9.", b, sizeof b),
              "Nilainya 5,12 persen.|Naik dari 4,9.");
}

TEST(sentences_quotes_end_with_their_marks)
{
    char b[512];
    CHECK_STR(split("\"Bagus!\" ujar Ani. Semua tertawa.", b, sizeof b),
              "\"Bagus!\" ujar Ani.|Semua tertawa.");
    CHECK_STR(split("\xE2\x80\x9CKami siap. Mari mulai,\xE2\x80\x9D kata dia.",
                    b, sizeof b),
              "\xE2\x80\x9CKami siap. Mari mulai,\xE2\x80\x9D kata dia.");
    /* a quotation that opens the sentence stays whole, one inside a
     * sentence keeps its sentences */
    CHECK_STR(split("\"Kami siap. Itu saja.\" Lalu pergi.", b, sizeof b),
              "\"Kami siap. Itu saja.\"|Lalu pergi.");
    CHECK_STR(split("Budi berkata, \"Saya siap. Saya mulai.\" Lalu pergi.",
                    b, sizeof b),
              "Budi berkata, \"Saya siap.|Saya mulai.\"|Lalu pergi.");
    /* a quotation left open stays out of it */
    CHECK_STR(split("\"Kami siap. Mari mulai. Selesai.", b, sizeof b),
              "\"Kami siap.|Mari mulai.|Selesai.");
    CHECK_STR(split("PMK.011/2007 berlaku. Lalu KPK.Lalu pergi.", b, sizeof b),
              "PMK.011/2007 berlaku.|Lalu KPK.|Lalu pergi.");
    CHECK_STR(split("Ia berkata, \"Sudah selesai.\" Kami pulang.", b, sizeof b),
              "Ia berkata, \"Sudah selesai.\"|Kami pulang.");
    CHECK_STR(split("Ia menjawab, 'Tidak tahu.' Lalu pergi.", b, sizeof b),
              "Ia menjawab, 'Tidak tahu.'|Lalu pergi.");
}

TEST(sentences_newline_always_ends_one)
{
    char b[512];
    CHECK_STR(split("Judul tanpa titik\nBadan berita. Dua.", b, sizeof b),
              "Judul tanpa titik|Badan berita.|Dua.");
    CHECK_STR(split("", b, sizeof b), "");
    CHECK_STR(split("Apa? Ya... Oke.", b, sizeof b), "Apa?|Ya...|Oke.");
}
