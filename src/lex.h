/*
 * lex.h - lexicons compiled in from data/ (*.txt).
 *
 * A lexicon file is UTF-8 text: one entry per line, fields separated by a
 * TAB, blank lines and lines starting with '#' ignored.  tools/embed.awk
 * turns each data/ lexicon into a string constant at build time, so the
 * library needs no data directory for its lexicons; a reviewer adds an entry
 * by editing the text file.
 */
#ifndef WARTA_LEX_H
#define WARTA_LEX_H

#include <stddef.h>

typedef struct wti_lexfile {
    const char *name; /* base name without .txt: "boilerplate" */
    const char *data;
    size_t len;
} wti_lexfile;

extern const wti_lexfile wti_lexfiles[];
extern const size_t wti_n_lexfiles;

/* The compiled-in lexicon `name`, or NULL. */
const wti_lexfile *wti_lex_find(const char *name);

/* Line iterator over a lexicon: yields entries, skipping comments and
 * blank lines, with trailing white space trimmed. */
typedef struct wti_lexiter {
    const char *p, *end;
    size_t lineno;
} wti_lexiter;

void wti_lex_iter(wti_lexiter *it, const wti_lexfile *f);
/* Next entry; returns 0 at the end. */
int wti_lex_next(wti_lexiter *it, const char **line, size_t *len);

/* A field of an entry. */
typedef struct wti_str {
    const char *s;
    size_t len;
} wti_str;

/* Splits an entry at TABs into at most `max` fields; returns the count. */
size_t wti_lex_fields(const char *line, size_t len, wti_str *f, size_t max);

/* The next item of a comma-separated field (alias,alias,...): returns 1
 * with the item in *item and *rest advanced past it, 0 at the end; empty
 * items are skipped. */
int wti_lex_next_item(wti_str *rest, wti_str *item);

#endif
