/* test_story.c - linking entities across articles: a surname that several
 * different people carry does not make them one entity. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "warta.h"

TEST(story_shared_surname_does_not_chain_people)
{
    static const char *first[] = {"Budi", "Agus", "Rina", "Dedi"};
    wt_engine *eng = NULL;
    wt_corpus *c = NULL;
    wt_engine_options eo;
    memset(&eo, 0, sizeof eo);
    CHECK_INT(wt_engine_new(&eo, &eng), WT_OK);
    CHECK_INT(wt_corpus_new(&c), WT_OK);
    if (!eng || !c)
        goto out;
    CHECK_INT(wt_corpus_set_stemmer(c, NULL), WT_OK);
    for (int i = 0; i < 4; i++) {
        char text[512], key[32];
        /* one flood story; each article quotes another Santoso */
        int n = snprintf(text, sizeof text,
                         "Banjir Rendam Kota Sukamaju\n\nSenin, 3 Maret 2025 10:00 WIB\n\n"
                         "Banjir merendam ratusan rumah di Kota Sukamaju pada Senin. "
                         "Warga %s Santoso mengatakan air naik sejak pagi. "
                         "Menurut Santoso, banjir kali ini paling parah.\n",
                         first[i]);
        snprintf(key, sizeof key, "a%d.txt", i);
        wt_doc *d = NULL;
        CHECK_INT(wt_analyze(eng, key, text, (size_t)n, NULL, &d), WT_OK);
        if (d)
            CHECK_INT(wt_corpus_add(c, d), WT_OK);
        wt_doc_free(d);
    }
    CHECK_INT(wt_corpus_cluster(c), WT_OK);
    CHECK_INT(wt_corpus_n_stories(c), 1);
    char *json = NULL;
    size_t len = 0;
    CHECK_INT(wt_corpus_story_json(c, 0, &json, &len), WT_OK);
    if (json) {
        /* four people, each in one article, not one "Santoso" in four */
        for (int i = 0; i < 4; i++) {
            char want[96];
            snprintf(want, sizeof want,
                     "{\"name\":\"%s Santoso\",\"type\":\"PER\","
                     "\"aliases\":[\"Santoso\"],\"articles\":1}", first[i]);
            CHECK(strstr(json, want) != NULL);
        }
    }
    free(json);
out:
    wt_corpus_free(c);
    wt_engine_free(eng);
}
