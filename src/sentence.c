/*
 * sentence.c - the Indonesian sentence splitter (wt_sentences).
 *
 * Works on the tokens of wt_tokenize(), so numbers (15.000, 5,12),
 * abbreviations (dll., Tn., No., Rp.), initials (A.M.) and URLs never end a
 * sentence: their dots live inside tokens.  A sentence ends after . ! ? or
 * an ellipsis, together with the closing quotes and brackets that follow,
 * when the next token opens a sentence (a capital letter, a digit, an
 * opening quote or bracket) or the line ends; every newline ends one.
 * A quotation that runs on to its attribution ("Kami siap. Mari mulai,"
 * kata dia.), or that opens the sentence and closes on its own full stop,
 * is one sentence, as the news treebank UD Indonesian-CSUI has it (so a
 * figure quoted there shares a sentence with its speaker); a quotation
 * inside a sentence that closes on its own full stop (Budi berkata, "... .
 * ... ." Lalu ...) keeps its sentences.  A mark before any word ends
 * nothing.  An abbreviation that can close a sentence (dll., dsb., dst.)
 * ends it when a capitalized word follows.
 */
#include <stdlib.h>
#include <string.h>

#include "sentence.h"
#include "token.h"
#include "utf8.h"
#include "warta.h"

typedef struct split {
    const char *s;
    size_t len;
    wt_token *tok;
    size_t n, cap;
    int err;
} split;

static int collect(void *ctx, const wt_token *t)
{
    split *sp = ctx;
    if (sp->n == sp->cap) {
        size_t ncap = sp->cap ? sp->cap * 2 : 256;
        wt_token *nt = realloc(sp->tok, ncap * sizeof *nt);
        if (!nt) {
            sp->err = 1;
            return 1;
        }
        sp->tok = nt;
        sp->cap = ncap;
    }
    sp->tok[sp->n++] = *t;
    return 0;
}

static int32_t first_cp(const split *sp, const wt_token *t)
{
    size_t i = t->start;
    return wti_utf8_next(sp->s, t->end, &i);
}

static int is_terminal(const split *sp, const wt_token *t)
{
    if (t->kind != WT_TOK_PUNCT)
        return 0;
    int32_t cp = first_cp(sp, t);
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static int is_closer(const split *sp, const wt_token *t, int in_quote)
{
    if (t->kind != WT_TOK_PUNCT)
        return 0;
    int32_t cp = first_cp(sp, t);
    if (cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == ')' ||
        cp == ']')
        return 1;
    if (cp != '"' && cp != '\'')
        return 0;
    /* a straight quote closes when a quotation is open, or when it leans
     * on the word before it and is followed by space or the line's end */
    if (in_quote)
        return 1;
    size_t a = t->start, b = t->end;
    int left = a > 0 && sp->s[a - 1] != ' ' && sp->s[a - 1] != '\t';
    int right = b >= sp->len || sp->s[b] == ' ' || sp->s[b] == '\t' ||
                sp->s[b] == '"' || sp->s[b] == '\'';
    return left && right;
}

/* Does the token open a sentence? */
static int opens(const split *sp, const wt_token *t)
{
    int32_t cp = first_cp(sp, t);
    if (wti_is_upper(cp) || wti_is_digit(cp))
        return 1;
    if (cp == 0x201C || cp == '"' || cp == '\'' || cp == 0x2018 ||
        cp == 0xAB || cp == '(' || cp == '[' || cp == '-' || cp == 0x2013 ||
        cp == 0x2014 || cp == '`')
        return 1;
    /* a lowercase word after a full stop: abbreviations kept their dot in
     * the tokenizer, so what is left is a sentence that starts sloppily */
    if (wti_is_lower(cp) && t->kind == WT_TOK_WORD)
        return 2;
    if (t->kind == WT_TOK_URL || t->kind == WT_TOK_MONEY)
        return 1;
    return 0;
}

static int ends_with_closable_abbrev(const split *sp, const wt_token *t)
{
    static const char *const closable[] = {"dll.", "dsb.", "dst.", "dkk.",
                                           "etc.", "sbb."};
    size_t len = t->end - t->start;
    if (len != 4 || sp->s[t->end - 1] != '.') /* every entry: 3 letters, dot */
        return 0;
    for (size_t i = 0; i < sizeof closable / sizeof *closable; i++)
        if (strlen(closable[i]) == len &&
            !memcmp(sp->s + t->start, closable[i], len))
            return 1;
    return 0;
}

static int push(wt_span **out, size_t *n, size_t *cap, uint32_t a, uint32_t b)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        wt_span *ns = realloc(*out, ncap * sizeof *ns);
        if (!ns)
            return 0;
        *out = ns;
        *cap = ncap;
    }
    (*out)[*n].start = a;
    (*out)[*n].end = b;
    (*n)++;
    return 1;
}

/* Does the open quotation go on from token j to its end as one sentence?
 * A closing quote mark must follow on this line, within a paragraph's
 * reach; a quotation that opened inside a sentence must run on to an
 * attribution, its closing mark after a comma or a word rather than after
 * . ! or ? ("Kami siap. Mari mulai," kata dia.), while one that opens the
 * sentence (`whole`) may also close on its own full stop. */
static int quote_runs_on(const split *sp, size_t j, int whole)
{
    for (size_t k = j; k < sp->n && k < j + 100; k++) {
        const wt_token *t = &sp->tok[k];
        if (t->kind != WT_TOK_PUNCT)
            continue;
        int32_t cp = first_cp(sp, t);
        if (cp == 0x201D || cp == 0xBB || cp == '"')
            return k > j && (whole || !is_terminal(sp, &sp->tok[k - 1]));
        if (cp == 0x201C || cp == 0xAB)
            return 0; /* another quotation opens first */
    }
    return 0;
}

/* Splits one line, whose tokens are sp->tok[0 .. sp->n), into sentences
 * appended to res.  Returns 0 when out of memory. */
static int split_line(split *sp, wt_span **res, size_t *nres, size_t *cres)
{
    size_t first = 0, words = 0;
    int in_quote = 0;
    size_t q_open = 0; /* the token that opened the quotation */
    for (size_t i = 0; i < sp->n; i++) {
        const wt_token *t = &sp->tok[i];
        int32_t cp = first_cp(sp, t);
        if (t->kind == WT_TOK_PUNCT && (cp == 0x201C || cp == 0xAB)) {
            in_quote = 1;
            q_open = i;
            continue;
        }
        if (t->kind == WT_TOK_PUNCT && (cp == 0x201D || cp == 0xBB)) {
            in_quote = 0;
            continue;
        }
        if (t->kind == WT_TOK_PUNCT && cp == '"') {
            /* a straight quote opens or closes by parity */
            in_quote = !in_quote;
            q_open = i;
            continue;
        }
        if (t->kind != WT_TOK_PUNCT)
            words++;
        /* a mark before any word (".Ini kalimat") ends nothing */
        int end = (words && is_terminal(sp, t)) ||
                  (t->kind == WT_TOK_WORD && ends_with_closable_abbrev(sp, t));
        if (!end)
            continue;
        /* a run of terminal marks: "?!", "..." */
        size_t j = i + 1;
        while (j < sp->n && is_terminal(sp, &sp->tok[j]))
            j++;
        /* closing quotes and brackets belong to this sentence; the quote
         * state changes only if the sentence ends here (else the main loop
         * reads those marks itself) */
        int q = in_quote;
        while (j < sp->n && is_closer(sp, &sp->tok[j], q)) {
            int32_t c2 = first_cp(sp, &sp->tok[j]);
            if (c2 == '"' || c2 == 0x201D || c2 == 0xBB)
                q = 0;
            j++;
        }
        /* a quotation that opens a sentence, or runs on to its
         * attribution, is one sentence (with the attribution), as UD
         * Indonesian-CSUI (news) has it; one inside a sentence that closes
         * on its own full stop keeps its sentences (Budi berkata, "... .
         * ... ." Lalu ...) */
        if (q && q_open >= first && j < sp->n &&
            quote_runs_on(sp, j, q_open == first))
            continue;
        int op = j < sp->n ? opens(sp, &sp->tok[j]) : 1;
        /* a lowercase start only after a bare full stop: `"Apa?" tanya dia`
         * goes on */
        if (!op || (op == 2 && (j != i + 1 || first_cp(sp, t) != '.')))
            continue;
        if (!ends_with_closable_abbrev(sp, t) || j == sp->n ||
            wti_is_upper(first_cp(sp, &sp->tok[j]))) {
            if (!push(res, nres, cres, sp->tok[first].start,
                      sp->tok[j - 1].end))
                return 0;
            first = j;
            words = 0;
            i = j - 1;
            in_quote = q;
        }
    }
    if (first < sp->n &&
        !push(res, nres, cres, sp->tok[first].start, sp->tok[sp->n - 1].end))
        return 0;
    return 1;
}

wt_status wti_sentences_tokens(const char *s, size_t len, const wt_token *tok,
                               size_t n_tok, wt_span **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    wt_span *res = NULL;
    size_t nres = 0, cres = 0, ti = 0;
    /* one paragraph (line) at a time: no token crosses a newline */
    size_t p = 0;
    while (p < len && ti < n_tok) {
        const char *nl = memchr(s + p, '\n', len - p);
        size_t e = nl ? (size_t)(nl - s) : len;
        size_t t0 = ti;
        while (ti < n_tok && tok[ti].start < e)
            ti++;
        split sp = {s, e, (wt_token *)(tok + t0), ti - t0, 0, 0};
        if (!split_line(&sp, &res, &nres, &cres)) {
            free(res);
            return WT_ENOMEM;
        }
        p = e + 1;
    }
    *out = res;
    *n = nres;
    return WT_OK;
}

wt_status wt_sentences(const char *s, size_t len, wt_span **out, size_t *n)
{
    if (!out || !n || (!s && len))
        return WT_EINVAL;
    *out = NULL;
    *n = 0;
    if (len > UINT32_MAX)
        return WT_ETOOBIG;
    split all = {s, len, NULL, 0, 0, 0};
    wt_status st = wt_tokenize(s, len, collect, &all);
    if (!st && all.err)
        st = WT_ENOMEM;
    if (!st)
        st = wti_sentences_tokens(s, len, all.tok, all.n, out, n);
    free(all.tok);
    return st;
}
