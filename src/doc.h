/*
 * doc.h - the inside of wt_doc: one article's analysis, built stage by
 * stage by wt_analyze() (src/analyze.c) and owned by the document's arena.
 *
 * Stage order and what each reads and fills:
 *   clean    raw lines        -> text, metadata, headings, removed
 *   token    text             -> tokens
 *   sentence text             -> sentences
 *   ner      tokens           -> tags (BIO per token)
 *   timex    text, published  -> times
 *   entity   tokens, tags, times -> entities (with aliases and mentions;
 *            a capital inside a time expression, Senin or Desember, is no
 *            name)
 *   quote    text, entities   -> quotes
 *   claim    text, times (quotes, entities when they ran) -> claims (a
 *            figure inside a quote is its speaker's; a title pointing
 *            back, Wakil Ketua DPR RI itu, is the person named before)
 *   event    sentences, entities, times -> events
 * A stage returns wt_status; anything but WT_OK aborts the analysis.
 */
#ifndef WARTA_DOC_H
#define WARTA_DOC_H

#include <string.h>

#include "arena.h"
#include "warta.h"

/* A calendar date; fields 0 when unknown (month 0: year only). */
typedef struct wti_date {
    int year, month, day;
} wti_date;

/* BIO tags produced by the tagger, per token. */
enum { WTI_TAG_O = 0, WTI_TAG_B_PER, WTI_TAG_I_PER, WTI_TAG_B_ORG,
       WTI_TAG_I_ORG, WTI_TAG_B_LOC, WTI_TAG_I_LOC, WTI_TAG_COUNT };

struct wt_doc {
    wti_arena arena;
    const wt_engine *eng;

    const char *path;
    char *id;
    size_t repaired;          /* invalid UTF-8 sequences replaced */

    /* input after repair and NFC */
    char *raw;
    size_t raw_len;
    int record;               /* a structured record's "title\n\nbody":
                               * the body holds no deck */

    /* clean body: paragraphs joined by '\n' */
    char *text;
    size_t text_len;
    /* text with A-Z lowercased (text_len bytes, NUL-terminated; same
     * offsets), made once for the stages' lexicon lookups; NULL in a
     * document read back from a store */
    char *lower;

    const char *outlet, *title, *deck, *published, *byline;
    const char *dateline_place, *dateline_agency;
    wti_date pub;             /* parsed `published` (or --ref-date)  */
    wti_date ref;             /* reference date for relative times   */
    int ref_inferred;         /* ref is the text's own story day, as no
                               * date was given (wti_timex_run) */

    const char **headings;    size_t n_headings, cap_headings;
    wt_removed *removed;      size_t n_removed, cap_removed;
    wt_span *sentences;       size_t n_sentences, cap_sentences;
    wt_token *tokens;         size_t n_tokens, cap_tokens;
    uint8_t *tags;            /* n_tokens BIO tags, or NULL          */
    wt_entity *entities;      size_t n_entities, cap_entities;
    wt_time *times;           size_t n_times, cap_times;
    wt_quote *quotes;         size_t n_quotes, cap_quotes;
    wt_claim *claims;         size_t n_claims, cap_claims;
    wt_event *events;         size_t n_events, cap_events;
};

/* Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY"; returns 1 on success. */
int wti_date_parse(const char *s, wti_date *d);

/* Does a paragraph break (a newline) lie between tokens k - 1 and k?
 * (0 < k < n_tokens) */
static inline int wti_tok_para_break(const wt_doc *d, size_t k)
{
    return memchr(d->text + d->tokens[k - 1].end, '\n',
                  d->tokens[k].start - d->tokens[k - 1].end) != NULL;
}

#endif
