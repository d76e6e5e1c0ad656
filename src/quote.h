/*
 * quote.h - the quote stage: direct quotes (every quote mark in use,
 * quotes that run over several paragraphs) with their speakers from the
 * cue after or before them (“...,” kata Kim / Kim mengatakan, “...” /
 * pronoun cues ujarnya, Ia resolved to the last person named), the agency
 * that relayed them (seperti dikutip kantor berita Yonhap), short quoted
 * phrases only when the sentence names who said them, and attributed
 * indirect speech (menurut X, ... / X mengatakan bahwa ...) with
 * direct = 0.  Cue words come from data/speech_verbs.txt.  Runs after the
 * entity stage: speakers are canonical entity names.
 */
#ifndef WARTA_QUOTE_H
#define WARTA_QUOTE_H

#include "doc.h"

struct wti_quote_tables;

wt_status wti_quote_load(struct wti_quote_tables **out);
void wti_quote_free(struct wti_quote_tables *t);
wt_status wti_quote_run(const struct wti_quote_tables *t, wt_doc *d);

#endif
