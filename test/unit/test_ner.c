/* test_ner.c - the entity tagger: reading labeled data in the corpora's
 * formats, training on generated sentences, scoring, the model file, and
 * word clusters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "harness.h"
#include "warta.h"

/* A per-process scratch path in /tmp for file `name`. */
static const char *tmp_path(char *buf, size_t cap, const char *name)
{
    snprintf(buf, cap, "/tmp/warta-test-%ld-%s", (long)getpid(), name);
    return buf;
}

static wt_ner_data *data_of(const char *text)
{
    wt_ner_data *d = NULL;
    if (wt_ner_data_new(&d) != WT_OK)
        return NULL;
    if (wt_ner_data_add(d, text, strlen(text), NULL) != WT_OK) {
        wt_ner_data_free(d);
        return NULL;
    }
    return d;
}

TEST(ner_data_formats)
{
    /* TAB BIO; space-separated with a POS column and CRLF; bare types */
    wt_ner_data *d = data_of("-DOCSTART-\tO\n\nJoko\tB-PERSON\nWidodo\tI-PERSON\n"
                             "ke\tO\nBali\tB-PLACE\n\n"
                             "Di ADP O\r\nBandung PROPN B-LOC\r\n\r\n"
                             "Bank\tOrganisation\nIndonesia\tOrganisation\n"
                             "dan\tO \nBudi\tPerson\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(wt_ner_data_n_sentences(d), 3);
    CHECK_INT(wt_ner_data_n_tokens(d), 10);
    wt_ner_data_free(d);

    /* decontamination: sentences of another set leave, case-folded */
    wt_ner_data *tr = data_of("Joko\tB-PER\nke\tO\nBali\tB-LOC\n\n"
                              "Ani\tB-PER\ntiba\tO\n\nBudi\tB-PER\npergi\tO\n");
    wt_ner_data *te = data_of("ani\tO\nTIBA\tO\n\nlain\tO\n");
    size_t gone = 9;
    CHECK(tr && te);
    if (tr && te) {
        CHECK(wt_ner_data_exclude(tr, te, &gone) == WT_OK);
        CHECK_INT(gone, 1);
        CHECK_INT(wt_ner_data_n_sentences(tr), 2);
        CHECK_INT(wt_ner_data_n_tokens(tr), 5);
    }
    wt_ner_data_free(tr);
    wt_ner_data_free(te);

    size_t bad = 0;
    CHECK(wt_ner_data_new(&d) == WT_OK);
    const char *t = "Joko\tB-PER\nWidodo\n";
    CHECK(wt_ner_data_add(d, t, strlen(t), &bad) == WT_EFORMAT);
    CHECK_INT(bad, 2);
    wt_ner_data_free(d);
}

/* Sentences from templates: people after a title, places after "di",
 * organizations headed by Bank/Kementerian, filler words in between. */
static char *generate(unsigned seed, size_t n)
{
    static const char *first[] = {"Joko", "Sri", "Budi", "Ani", "Agus",
                                  "Rina", "Dedi", "Wati", "Hadi", "Lina"};
    static const char *last[] = {"Widodo", "Mulyani", "Santoso", "Lestari",
                                 "Harahap", "Siregar", "Nugroho", "Wijaya"};
    static const char *place[] = {"Surabaya", "Bandung", "Medan", "Makassar",
                                  "Semarang", "Padang", "Manado", "Ambon"};
    static const char *org[] = {"Bank Mandiri", "Kementerian Keuangan",
                                "Bank Rakyat", "Kementerian Agama",
                                "Badan Pusat Statistik"};
    static const char *verb[] = {"berkunjung", "berbicara", "tiba", "hadir"};
    size_t cap = n * 200 + 1, len = 0;
    char *out = malloc(cap);
    uint32_t x = seed * 2654435761u + 1;
#define R(k) ((x = x * 1103515245u + 12345u) >> 16) % (k)
    for (size_t i = 0; i < n && out; i++) {
        const char *f = first[R(10)], *l = last[R(8)], *p = place[R(8)];
        const char *o = org[R(5)], *v = verb[R(4)];
        len += (size_t)snprintf(out + len, cap - len,
                                "Menteri\tO\n%s\tB-PER\n%s\tI-PER\n%s\tO\ndi\tO\n"
                                "%s\tB-LOC\nbersama\tO\n", f, l, v, p);
        const char *sp = strchr(o, ' ');
        len += (size_t)snprintf(out + len, cap - len, "%.*s\tB-ORG\n",
                                (int)(sp - o), o);
        for (const char *w = sp + 1; *w;) {
            const char *e = strchr(w, ' ');
            size_t wl = e ? (size_t)(e - w) : strlen(w);
            len += (size_t)snprintf(out + len, cap - len, "%.*s\tI-ORG\n",
                                    (int)wl, w);
            w += wl + (e ? 1 : 0);
        }
        len += (size_t)snprintf(out + len, cap - len, ".\tO\n\n");
    }
#undef R
    return out;
}

TEST(ner_train_tag_eval)
{
    char *tr = generate(1, 300), *te = generate(2, 60);
    wt_ner_data *train = tr ? data_of(tr) : NULL, *test = te ? data_of(te) : NULL;
    CHECK(train && test);
    wt_ner *m = NULL, *m2 = NULL, *m3 = NULL;
    wt_ner_train_options o = {.epochs = 4, .hash_bits = 16, .seed = 7};
    if (!train || !test)
        goto out;
    CHECK(wt_ner_train(train, &o, &m) == WT_OK);
    CHECK(wt_ner_train(train, &o, &m2) == WT_OK);
    if (!m || !m2)
        goto out;
    CHECK_INT(wt_ner_n_types(m), 3);
    CHECK_STR(wt_ner_type(m, 0), "PER");
    CHECK_STR(wt_ner_type(m, 1), "LOC");
    CHECK_STR(wt_ner_type(m, 2), "ORG");

    wt_ner_score s[1 + WT_NER_MAX_TYPES];
    size_t n = 0;
    CHECK(wt_ner_eval(m, test, s, &n) == WT_OK);
    CHECK_INT(n, 4);
    CHECK_STR(s[0].type, "ALL");
    CHECK_INT(s[0].gold, 180);
    CHECK(s[0].f1 > 95.0);

    /* a new sentence: the title and "di" carry the unseen names */
    const char *tok[] = {"Menteri", "Hadi", "Wijaya", "tiba", "di", "Padang", "."};
    size_t len[7];
    uint8_t lab[7], lab2[7];
    for (int i = 0; i < 7; i++)
        len[i] = strlen(tok[i]);
    CHECK(wt_ner_tag(m, tok, len, 7, lab) == WT_OK);
    CHECK_INT(lab[0], 0);
    CHECK_INT(lab[1], 1); /* B-PER */
    CHECK_INT(lab[2], 2); /* I-PER */
    CHECK_INT(lab[5], 3); /* B-LOC */

    /* same seed, same model; the file round-trips */
    CHECK(wt_ner_tag(m2, tok, len, 7, lab2) == WT_OK);
    CHECK(!memcmp(lab, lab2, 7));
    char pbuf[96];
    const char *path = tmp_path(pbuf, sizeof pbuf, "ner.model");
    CHECK(wt_ner_save(m, path) == WT_OK);
    CHECK(wt_ner_load(path, &m3) == WT_OK);
    if (m3) {
        memset(lab2, 9, sizeof lab2);
        CHECK(wt_ner_tag(m3, tok, len, 7, lab2) == WT_OK);
        CHECK(!memcmp(lab, lab2, 7));
    }
    remove(path);

    /* only some types; empty input; a sentence over the piece length */
    wt_ner *per = NULL;
    wt_ner_train_options o2 = {.epochs = 2, .hash_bits = 16, .types = "PERSON"};
    CHECK(wt_ner_train(train, &o2, &per) == WT_OK);
    if (per) {
        CHECK_INT(wt_ner_n_types(per), 1);
        CHECK_STR(wt_ner_type(per, 0), "PER");
        CHECK(wt_ner_eval(per, test, s, &n) == WT_OK);
        CHECK_INT(s[0].gold, 60); /* LOC and ORG spans left out */
    }
    wt_ner_free(per);
    CHECK(wt_ner_tag(m, tok, len, 0, lab) == WT_OK);
    size_t big = 700;
    const char **bt = malloc(big * sizeof *bt);
    size_t *bl = malloc(big * sizeof *bl);
    uint8_t *blab = malloc(big);
    if (bt && bl && blab) {
        for (size_t i = 0; i < big; i++) {
            bt[i] = tok[i % 7];
            bl[i] = len[i % 7];
        }
        CHECK(wt_ner_tag(m, bt, bl, big, blab) == WT_OK);
        int ok = 1; /* BIO holds everywhere */
        for (size_t i = 0; i < big; i++)
            if (blab[i] && !(blab[i] & 1) &&
                (!i || (blab[i - 1] != blab[i] && blab[i - 1] != blab[i] - 1)))
                ok = 0;
        CHECK(ok);
    }
    free(bt);
    free(bl);
    free(blab);
out:
    wt_ner_free(m);
    wt_ner_free(m2);
    wt_ner_free(m3);
    wt_ner_data_free(train);
    wt_ner_data_free(test);
    free(tr);
    free(te);
}

TEST(ner_model_file_errors)
{
    wt_ner *m = (wt_ner *)1;
    char pbuf[96], nbuf[96];
    CHECK(wt_ner_load(tmp_path(nbuf, sizeof nbuf, "no-such-model"), &m) == WT_ENOTFOUND);
    CHECK(m == NULL);
    const char *path = tmp_path(pbuf, sizeof pbuf, "bad.model");
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("not a model at all, just text\n", f);
    fclose(f);
    CHECK(wt_ner_load(path, &m) == WT_EFORMAT);
    remove(path);
    wt_ner_free(NULL);
}

TEST(ner_clusters)
{
    char ibuf[96], obuf[96], xbuf[96];
    const char *in = tmp_path(ibuf, sizeof ibuf, "clusters.txt");
    const char *out = tmp_path(obuf, sizeof obuf, "clusters.tsv");
    FILE *f = fopen(in, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    static const char *day[] = {"senin", "selasa", "rabu", "kamis"};
    static const char *city[] = {"Jakarta", "Bandung", "Medan", "Padang"};
    for (int i = 0; i < 400; i++)
        fprintf(f, "pada hari %s lalu . warga kota %s datang .\n", day[i % 4],
                city[(i / 4) % 4]);
    fclose(f);
    unsigned ks[] = {2, 4};
    wt_cluster_options o = {.ks = ks, .n_ks = 2, .min_count = 2};
    const char *paths[] = {in};
    CHECK(wt_ner_clusters(paths, 1, &o, out) == WT_OK);
    f = fopen(out, "r");
    CHECK(f != NULL);
    char line[256], w[64];
    unsigned c1, c2, cls[8] = {0};
    unsigned long cnt;
    int words = 0;
    while (f && fgets(line, sizeof line, f)) {
        if (line[0] == '#')
            continue;
        CHECK(sscanf(line, "%63s\t%u\t%u\t%lu", w, &c1, &c2, &cnt) == 4);
        CHECK(c1 < 2 && c2 < 4);
        for (int k = 0; k < 4; k++) {
            if (!strcmp(w, day[k]))
                cls[k] = c2;
            char lw[16];
            snprintf(lw, sizeof lw, "%s", city[k]);
            lw[0] = (char)(lw[0] + 32); /* clusters are of lowercase words */
            if (!strcmp(w, lw))
                cls[4 + k] = c2;
        }
        words++;
    }
    if (f)
        fclose(f);
    CHECK(words >= 12);
    /* words of one context share a class; the two contexts differ */
    CHECK(cls[0] == cls[1] && cls[1] == cls[2] && cls[2] == cls[3]);
    CHECK(cls[4] == cls[5] && cls[5] == cls[6] && cls[6] == cls[7]);
    CHECK(cls[0] != cls[4]);
    remove(in);
    remove(out);
    const char *none[] = {tmp_path(xbuf, sizeof xbuf, "no-such-text")};
    CHECK(wt_ner_clusters(none, 1, &o, out) == WT_ENOTFOUND);
    o.n_ks = 0;
    CHECK(wt_ner_clusters(paths, 1, &o, out) == WT_EINVAL);
}
