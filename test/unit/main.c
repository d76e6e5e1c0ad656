/* main.c - runs every registered unit test; exit 1 if any failed. */
#include <stdarg.h>
#include <stdlib.h>

#include "harness.h"

#define MAX_TESTS 4096

static struct {
    const char *name, *file;
    wt_test_fn fn;
} tests[MAX_TESTS];
static int n_tests, failures_in_test, total_failures;

void wt_test_register(const char *name, const char *file, wt_test_fn fn)
{
    if (n_tests < MAX_TESTS) {
        tests[n_tests].name = name;
        tests[n_tests].file = file;
        tests[n_tests].fn = fn;
        n_tests++;
    }
}

void wt_test_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    failures_in_test++;
}

int main(int argc, char **argv)
{
    const char *filter = argc > 1 ? argv[1] : NULL;
    int run = 0, failed = 0;
    for (int i = 0; i < n_tests; i++) {
        if (filter && !strstr(tests[i].name, filter))
            continue;
        failures_in_test = 0;
        tests[i].fn();
        run++;
        if (failures_in_test) {
            failed++;
            total_failures += failures_in_test;
            fprintf(stderr, "FAIL %s (%s)\n", tests[i].name, tests[i].file);
        }
    }
    printf("unit: %d tests, %d passed, %d failed\n", run, run - failed,
           failed);
    return failed ? 1 : 0;
}
