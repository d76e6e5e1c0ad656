/* test_stem.c - the stemmer on a small hand-written root lexicon
 * (test/data/mini_id.dic, hunspell format with hunspell-id's flags). */
#include <string.h>

#include "harness.h"
#include "warta.h"

static wt_stemmer *mini(void)
{
    wt_stemmer *st = NULL;
    if (wt_stemmer_new("test/data/mini_id.dic", &st) != WT_OK)
        return NULL;
    return st;
}

static const char *stem(const wt_stemmer *st, const char *w,
                        wt_stem_result *r)
{
    wt_stem(st, w, strlen(w), r);
    return r->stem;
}

TEST(stem_classic_traps)
{
    wt_stemmer *st = mini();
    CHECK(st != NULL);
    if (!st)
        return;
    wt_stem_result r;
    CHECK_STR(stem(st, "berikan", &r), "beri");    /* not ber-ikan */
    CHECK_STR(stem(st, "menangis", &r), "tangis"); /* men- ate the t */
    CHECK_STR(stem(st, "pergerakan", &r), "gerak");
    CHECK_STR(stem(st, "mengirimkan", &r), "kirim");
    CHECK_STR(stem(st, "pembersihan", &r), "bersih"); /* not ber-sih */
    CHECK_STR(stem(st, "perusakan", &r), "rusak"); /* flags beat pe-rusa-kan */
    CHECK_STR(r.prefixes, "peN-");
    CHECK_STR(r.suffixes, "-an");
    CHECK_STR(stem(st, "kebijakan", &r), "bijak");
    CHECK_STR(stem(st, "mengerti", &r), "erti"); /* A2: never alone */
    CHECK_STR(stem(st, "menikah", &r), "nikah");
    wt_stemmer_free(st);
}

TEST(stem_clitics_and_reduplication)
{
    wt_stemmer *st = mini();
    if (!st)
        return;
    wt_stem_result r;
    CHECK_STR(stem(st, "kulitkupun", &r), "kulit");
    CHECK_STR(r.suffixes, "-ku-pun");
    CHECK_STR(stem(st, "bukumukah", &r), "buku");
    CHECK_STR(stem(st, "buku-buku", &r), "buku");
    CHECK_STR(stem(st, "bermain-main", &r), "main");
    CHECK_STR(stem(st, "meniru-nirukan", &r), "tiru");
    CHECK_STR(stem(st, "kasih-Mu", &r), "kasih");
    CHECK_INT(r.kind, WT_STEM_STEMMED);
    wt_stemmer_free(st);
}

TEST(stem_proper_nouns_acronyms_and_unknown_words_stay)
{
    wt_stemmer *st = mini();
    if (!st)
        return;
    wt_stem_result r;
    CHECK_STR(stem(st, "Jakarta", &r), "Jakarta");
    CHECK_INT(r.kind, WT_STEM_PROPER);
    CHECK_STR(stem(st, "Bekasi", &r), "Bekasi"); /* not bekas-i */
    CHECK_STR(stem(st, "BMKG", &r), "BMKG");
    CHECK_STR(stem(st, "Pemerintah", &r), "perintah"); /* sentence opener */
    CHECK_STR(stem(st, "Medan", &r), "medan");
    CHECK_STR(stem(st, "kebon", &r), "kebon"); /* no 3-letter root bon */
    CHECK_INT(r.kind, WT_STEM_UNKNOWN);
    CHECK_STR(stem(st, "Xylofon", &r), "Xylofon");
    CHECK_STR(stem(st, "2025", &r), "2025");
    CHECK_STR(stem(st, "", &r), "");
    wt_stemmer_free(st);
}

TEST(stem_bad_input_is_bounded)
{
    wt_stemmer *st = mini();
    if (!st)
        return;
    wt_stem_result r;
    char big[300];
    memset(big, 'a', sizeof big);
    wt_stem(st, big, sizeof big, &r);
    CHECK(r.len <= WT_STEM_MAX);
    wt_stem(st, "ber\xff\xfe", 5, &r); /* invalid UTF-8: unchanged, no crash */
    CHECK(r.kind == WT_STEM_UNKNOWN);
    /* the same word twice: the thread cache answers the same */
    wt_stem_result a, b;
    wt_stem(st, "mengirimkan", 11, &a);
    wt_stem(st, "mengirimkan", 11, &b);
    CHECK_STR(a.stem, b.stem);
    CHECK_STR(a.prefixes, b.prefixes);
    wt_stemmer_free(st);
    wt_stemmer *none = NULL;
    CHECK_INT(wt_stemmer_new("test/data/no-such.dic", &none), WT_ENOTFOUND);
    CHECK(none == NULL);
}
