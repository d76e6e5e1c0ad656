/* test_core.c - arena, buffer, map, UTF-8 repair and character classes. */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "harness.h"
#include "map.h"
#include "utf8.h"
#include "warta.h"

TEST(arena_allocates_aligned_and_frees)
{
    wti_arena a = {0};
    char *p = wti_arena_alloc(&a, 3);
    char *q = wti_arena_alloc(&a, 100000); /* bigger than a block */
    CHECK(p && q);
    CHECK(((uintptr_t)p & 15) == 0 && ((uintptr_t)q & 15) == 0);
    CHECK_STR(wti_arena_strndup(&a, "abcdef", 3), "abc");
    CHECK_STR(wti_arena_printf(&a, "%d-%s", 7, "x"), "7-x");
    wti_arena_free(&a);
    CHECK(a.head == NULL && a.total == 0);
}

TEST(arena_cap_is_enforced)
{
    wti_arena a = {0};
    a.cap = 64 * 1024;
    CHECK(wti_arena_alloc(&a, 1000) != NULL);
    CHECK(wti_arena_alloc(&a, 1 << 20) == NULL);
    CHECK(wti_arena_calloc(&a, SIZE_MAX / 2, 4) == NULL);
    wti_arena_free(&a);
}

TEST(vec_push_grows_and_zeroes)
{
    wti_arena a = {0};
    int *v = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 1000; i++) {
        int *slot = WTI_VEC_PUSH(&a, v, n, cap);
        CHECK(slot && *slot == 0);
        *slot = i;
    }
    CHECK_INT(n, 1000);
    CHECK_INT(v[999], 999);
    CHECK_INT(v[0], 0);
    wti_arena_free(&a);
}

TEST(buf_caps_and_escapes_json)
{
    wti_buf b;
    wti_buf_init(&b, 16);
    wti_buf_puts(&b, "0123456789");
    CHECK(b.err == WT_OK);
    wti_buf_puts(&b, "0123456789");
    CHECK(b.err == WT_ETOOBIG);
    wti_buf_free(&b);
    wti_buf_init(&b, 0);
    wti_buf_json_str(&b, "a\"b\\c\n\x01", 7);
    CHECK_STR(b.ptr, "\"a\\\"b\\\\c\\n\\u0001\"");
    wti_buf_free(&b);
}

TEST(map_put_get_overwrite_grow)
{
    wti_map m;
    wti_map_init(&m);
    char key[16];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "k%d", i);
        CHECK(wti_map_put(&m, key, (size_t)n, (uintptr_t)i) == WT_OK);
    }
    CHECK_INT(m.n, 5000);
    CHECK(wti_map_get(&m, "k4999", 5)->value == 4999);
    CHECK(wti_map_put(&m, "k1", 2, 77) == WT_OK);
    CHECK(wti_map_get(&m, "k1", 2)->value == 77);
    CHECK(!wti_map_has(&m, "k5000", 5));
    CHECK(wti_map_has(&m, "k12xyz", 3)); /* (ptr, len) slice of "k12" */
    wti_map_free(&m);
}

TEST(normalize_repairs_invalid_utf8)
{
    char *out = NULL;
    size_t len = 0, bad = 0;
    const char in[] = "a\xff" "b\xc3" "\x28" "c";
    CHECK(wt_text_normalize(in, sizeof in - 1, &out, &len, &bad) == WT_OK);
    CHECK_INT(bad, 2);
    CHECK_STR(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD(c");
    free(out);
}

TEST(normalize_nul_crlf_and_nfc)
{
    char *out = NULL;
    size_t len = 0, bad = 0;
    const char in[] = "x\0y\r\nz\rw e\xCC\x81"; /* e + combining acute */
    CHECK(wt_text_normalize(in, sizeof in - 1, &out, &len, &bad) == WT_OK);
    CHECK_INT(bad, 1);
    CHECK_STR(out, "x\xEF\xBF\xBDy\nz\nw \xC3\xA9");
    CHECK_INT(len, strlen(out));
    free(out);
    CHECK(wt_text_normalize("", 0, &out, &len, NULL) == WT_OK);
    CHECK_STR(out, "");
    free(out);
}

/* NFC runs only over non-ASCII runs and the base before each: marks join
 * the ASCII letter before them, reorder among themselves, and a run at
 * the very start, at the end, or between two ASCII stretches is kept. */
TEST(normalize_nfc_runs)
{
    char *out = NULL;
    size_t len = 0;
    /* o + dot below + circumflex (out of canonical order) -> U+1ED9 */
    const char in[] = "\xCC\x81x Caf" "e\xCC\x81 \xE2\x80\x9Cko"
                      "\xCC\x82\xCC\xA3\xE2\x80\x9D Ang\xC3\xA5 A\xCC\x8A";
    CHECK(wt_text_normalize(in, sizeof in - 1, &out, &len, NULL) == WT_OK);
    CHECK_STR(out, "\xCC\x81x Caf\xC3\xA9 \xE2\x80\x9Ck\xE1\xBB\x99"
                   "\xE2\x80\x9D Ang\xC3\xA5 \xC3\x85");
    CHECK_INT(len, strlen(out));
    free(out);
}

/* Mojibake of Windows-1252 / Latin-1 and of Mac OS Roman is undone: the
 * quotes, the no-break space, letters, the bullet, a direction mark; text
 * that only looks alike (a lone "Ã", "¬", "â" before ASCII) stays. */
TEST(normalize_undoes_mojibake)
{
    char *out = NULL;
    size_t len = 0;
    const char in[] = "\xE2\x80\x9A\xC3\x84\xC3\xBASekarang\xE2\x80\x9A\xC3\x84\xC3\xB9 saat"
                      "\xC2\xAC\xE2\x80\xA0ini Pok\xC3\x83\xC2\xA9mon \xC3\xA2\xE2\x82\xAC\xC5\x93"
                      "x\xC3\xA2\xE2\x82\xAC\xC2\x9D \xC3\xA2\xC2\x80\xC2\xA2 m\xC3\x82\xC2\xB2 "
                      "\xE2\x80\x9A\xC3\x84\xC3\xA9R \xC3\x83 \xC2\xAC x \xC3\xA2z "
                      "ya\xC3\xA1\xC2\xBB\xC2\xA5h k\xC3\x84\xC2\x81tib";
    CHECK(wt_text_normalize(in, sizeof in - 1, &out, &len, NULL) == WT_OK);
    CHECK_STR(out, "\xE2\x80\x9CSekarang\xE2\x80\x9D saat\xC2\xA0ini Pok\xC3\xA9mon "
                   "\xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\xA2 m\xC2\xB2 \xE2\x80\x8ER "
                   "\xC3\x83 \xC2\xAC x \xC3\xA2z ya\xE1\xBB\xA5h k\xC4\x81tib");
    CHECK_INT(len, strlen(out));
    free(out);
}

TEST(character_classes)
{
    CHECK(wti_is_upper('K') && !wti_is_upper('k'));
    CHECK(wti_is_upper(0xC9) && wti_is_lower(0xE9)); /* É é */
    CHECK(wti_is_alpha(0x4E2D));                      /* 中 */
    CHECK(wti_is_digit('7') && !wti_is_digit('x'));
    CHECK(wti_is_space(0xA0) && wti_is_space('\t'));
    CHECK(wti_is_dash(0x2013) && wti_is_dash('-'));
    CHECK(wti_is_quote(0x201C) && wti_is_quote('\''));
    CHECK_INT(wti_tolower(0xC9), 0xE9);
    wti_arena a = {0};
    CHECK_STR(wti_fold_dup(&a, "KOREA Utara \xC3\x89", 14), "korea utara \xC3\xA9");
    wti_arena_free(&a);
    size_t i = 0;
    CHECK_INT(wti_utf8_next("\xE2\x80\x9C", 3, &i), 0x201C);
    CHECK_INT(i, 3);
    i = 4;
    CHECK_INT(wti_utf8_prev("a\xE2\x80\x9C", &i), 0x201C);
    CHECK_INT(i, 1);
    CHECK_INT(wti_utf8_prev("a\xE2\x80\x9C", &i), 'a');
    CHECK_INT(i, 0);
}

/* Stage lists: prerequisites are added, unknown names refused, and an
 * engine that skips a stage leaves its array empty. */
TEST(stage_selection)
{
    unsigned skip = 7;
    CHECK(wt_stages_parse("clean", &skip) == WT_OK);
    CHECK_INT(skip, WT_STAGE_ALL);
    CHECK(wt_stages_parse("claims", &skip) == WT_OK);
    CHECK_INT(skip, WT_STAGE_TAGGER | WT_STAGE_ENTITIES | WT_STAGE_QUOTES |
                        WT_STAGE_EVENTS);
    CHECK(wt_stages_parse("times,quotes", &skip) == WT_OK);
    CHECK_INT(skip, WT_STAGE_TAGGER | WT_STAGE_CLAIMS | WT_STAGE_EVENTS);
    CHECK(wt_stages_parse("all", &skip) == WT_OK);
    CHECK_INT(skip, 0);
    CHECK(wt_stages_parse("times,bogus", &skip) == WT_EINVAL);
    CHECK_INT(skip, 0);
    CHECK(wt_stages_parse("entities", &skip) == WT_OK);
    CHECK_INT(skip, WT_STAGE_TAGGER | WT_STAGE_CLAIMS | WT_STAGE_QUOTES |
                        WT_STAGE_EVENTS);

    wt_engine_options o;
    memset(&o, 0, sizeof o);
    o.skip = WT_STAGE_TAGGER | WT_STAGE_ENTITIES; /* quotes, events too */
    wt_engine *e = NULL;
    CHECK(wt_engine_new(&o, &e) == WT_OK);
    wt_analyze_options ao;
    memset(&ao, 0, sizeof ao);
    ao.raw = 1;
    ao.ref_date = "2025-01-02";
    const char *t = "Kemarin 2.000 tentara tewas, kata Menteri Budi Santoso.";
    wt_doc *d = NULL;
    CHECK(wt_analyze(e, "t", t, strlen(t), &ao, &d) == WT_OK);
    size_t n = 9;
    wt_doc_times(d, &n);
    CHECK_INT(n, 1);
    wt_doc_entities(d, &n);
    CHECK_INT(n, 0);
    wt_doc_claims(d, &n);
    CHECK_INT(n, 1);
    wt_doc_quotes(d, &n);
    CHECK_INT(n, 0);
    wt_doc_free(d);
    wt_engine_free(e);
}

/* ASCII lowercasing eight bytes at a time agrees with the bytewise rule
 * for every byte value at every alignment. */
TEST(ascii_lower_every_byte)
{
    char in[300], out[300];
    for (int shift = 0; shift < 8; shift++) {
        for (int i = 0; i < 256; i++)
            in[shift + i] = (char)i;
        wti_ascii_lower(in + shift, 256, out);
        int bad = 0;
        for (int i = 0; i < 256; i++) {
            int want = i >= 'A' && i <= 'Z' ? i + 32 : i;
            bad += (unsigned char)out[i] != want;
        }
        CHECK_INT(bad, 0);
    }
}

/* Repair eight bytes at a time: CR, NUL and invalid bytes found at every
 * offset of a long plain run. */
TEST(normalize_long_runs)
{
    for (int at = 0; at < 20; at++) {
        char in[64], want[96];
        memset(in, 'a', sizeof in);
        memcpy(want, in, sizeof in);
        in[at] = '\r', in[at + 1] = '\n';
        want[at] = '\n';
        memmove(want + at + 1, want + at + 2, sizeof in - at - 2);
        size_t wl = sizeof in - 1;
        in[40] = '\0';
        memmove(want + 42 - 1 + 3, want + 40, wl - 40 - 1);
        memcpy(want + 39, "\xEF\xBF\xBD", 3);
        wl += 2;
        want[wl] = 0;
        char *out = NULL;
        size_t len = 0, bad = 0;
        CHECK(wt_text_normalize(in, sizeof in, &out, &len, &bad) == WT_OK);
        CHECK_INT(bad, 1);
        CHECK_INT(len, wl);
        CHECK(out && memcmp(out, want, wl) == 0);
        free(out);
    }
}
