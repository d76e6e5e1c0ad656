/* sentsplit.c - reads text on stdin, prints "start<TAB>end" per sentence of
 * wt_sentences() (byte offsets); used by eval/sentences.py. */
#include <stdio.h>
#include <stdlib.h>

#include "warta.h"

int main(void)
{
    size_t cap = 1 << 20, n = 0, r;
    char *buf = malloc(cap);
    while (buf && (r = fread(buf + n, 1, cap - n, stdin)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                return 1;
            buf = nb;
        }
    }
    if (!buf)
        return 1;
    wt_span *sp = NULL;
    size_t ns = 0;
    if (wt_sentences(buf, n, &sp, &ns) != WT_OK)
        return 1;
    for (size_t i = 0; i < ns; i++)
        printf("%u\t%u\n", sp[i].start, sp[i].end);
    free(sp);
    free(buf);
    return 0;
}
