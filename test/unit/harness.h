/*
 * harness.h - the in-tree unit test harness.
 *
 *   #include "harness.h"
 *   TEST(tokenize_keeps_numbers) {
 *       CHECK(x == 1);
 *       CHECK_STR(got, "15.000");
 *       CHECK_INT(n, 3);
 *   }
 *
 * Tests register themselves (constructor attribute), so a new test file in
 * test/unit/ needs no list to edit.  Run `build/test_unit [SUBSTRING]`.
 */
#ifndef WARTA_HARNESS_H
#define WARTA_HARNESS_H

#include <stdio.h>
#include <string.h>

typedef void (*wt_test_fn)(void);
void wt_test_register(const char *name, const char *file, wt_test_fn fn);
void wt_test_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define TEST(name)                                                         \
    static void test_##name(void);                                         \
    __attribute__((constructor)) static void reg_##name(void)              \
    {                                                                      \
        wt_test_register(#name, __FILE__, test_##name);                    \
    }                                                                      \
    static void test_##name(void)

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond))                                                       \
            wt_test_fail(__FILE__, __LINE__, "CHECK(%s)", #cond);          \
    } while (0)

#define CHECK_INT(got, want)                                               \
    do {                                                                   \
        long long g_ = (long long)(got), w_ = (long long)(want);           \
        if (g_ != w_)                                                      \
            wt_test_fail(__FILE__, __LINE__, "%s == %lld, want %lld", #got, \
                         g_, w_);                                          \
    } while (0)

#define CHECK_STR(got, want)                                               \
    do {                                                                   \
        const char *g_ = (got), *w_ = (want);                              \
        if (!g_ || !w_ ? g_ != w_ : strcmp(g_, w_) != 0)                   \
            wt_test_fail(__FILE__, __LINE__, "%s == \"%s\", want \"%s\"",  \
                         #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");    \
    } while (0)

/* Compares a (ptr, len) slice with a C string. */
#define CHECK_SLICE(ptr, len, want)                                        \
    do {                                                                   \
        const char *w_ = (want);                                           \
        size_t l_ = (size_t)(len);                                         \
        if (strlen(w_) != l_ || memcmp((ptr), w_, l_) != 0)                \
            wt_test_fail(__FILE__, __LINE__, "%s == \"%.*s\", want \"%s\"", \
                         #ptr, (int)l_, (const char *)(ptr), w_);          \
    } while (0)

#endif
