/*
 * warta.h - the one public header of libwarta, a news-intelligence engine
 * for Indonesian press articles.
 *
 * libwarta turns a scraped article (plain text, one paragraph or page element
 * per line, with the site's boilerplate still in it) into a structured
 * analysis: clean body text, metadata, sentences, entities, time expressions,
 * quotes, numeric claims and events.  The JSON form of that analysis is the
 * contract in ../shared/spec/ARTICLE.md.
 *
 * Conventions used throughout this header:
 *
 *  - Text inputs are (const char *s, size_t len) pairs; they need not be
 *    NUL-terminated and may contain NUL bytes or invalid UTF-8 (which is
 *    repaired, never trusted).
 *  - Offsets in results are byte offsets into the document's clean text
 *    (wt_doc_text()), half-open [start, end).
 *  - Functions that can fail return wt_status and are marked
 *    WT_MUST_CHECK.  Out of memory is reported as WT_ENOMEM, never an abort.
 *  - Objects are opaque handles created by *_new or a producer function and
 *    released by the matching *_free; every *_free(NULL) is a no-op.
 *  - Strings and arrays reachable from a wt_doc are owned by the document
 *    and stay valid until wt_doc_free(); callers never free them.
 *  - A wt_engine is immutable once built and may be shared by any number of
 *    threads analyzing different documents at the same time.
 */
#ifndef WARTA_H
#define WARTA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define WT_MUST_CHECK __attribute__((warn_unused_result))
#define WT_EXPORT __attribute__((visibility("default")))
#else
#define WT_MUST_CHECK
#define WT_EXPORT
#endif

#define WT_VERSION "0.1.0"

/* ------------------------------------------------------------------------
 * Status codes
 * ------------------------------------------------------------------------ */

/* The one status enum of the library.  WT_OK is zero; every other value is
 * an error that wt_strerror() describes in one lowercase phrase. */
typedef enum wt_status {
    WT_OK = 0,
    WT_ENOMEM,    /* an allocation failed                                   */
    WT_EINVAL,    /* an argument is out of its documented range             */
    WT_EIO,       /* a file could not be read or written                    */
    WT_ETOOBIG,   /* the input is larger than the configured bound          */
    WT_EFORMAT,   /* a data file, model or input record is malformed        */
    WT_ENOTFOUND, /* a named file, lexicon or record does not exist         */
    WT_EDB,       /* the database reported an error                         */
    WT_ESTATE     /* the object is not in a state that allows the call      */
} wt_status;

/* A static, never-NULL description of `st` ("out of memory", ...). */
WT_EXPORT const char *wt_strerror(wt_status st);

/* The library version string, WT_VERSION at build time. */
WT_EXPORT const char *wt_version(void);

/* ------------------------------------------------------------------------
 * Engine: lexicons and models, loaded once
 * ------------------------------------------------------------------------ */

typedef struct wt_engine wt_engine;

/* Options for wt_engine_new().  Zero-initialize and set what you need. */
typedef struct wt_engine_options {
    /* Directory holding run-time data (data/models/...).  NULL means the
     * WARTA_DATA environment variable, else the directory compiled in at
     * build time.  Lexicons are compiled into the library and need no
     * directory. */
    const char *data_dir;
    /* Largest input accepted by wt_analyze(), in bytes; 0 means the
     * default of 64 MiB.  Larger inputs fail with WT_ETOOBIG. */
    size_t max_input;
    /* Non-zero disables the statistical NER tagger (rules only); the same
     * as WT_STAGE_TAGGER in `skip`. */
    int no_tagger;
    /* Stages wt_analyze() leaves out (wt_stage bits; 0 runs them all).  A
     * stage whose prerequisite is left out is left out too (entities and
     * claims need times, quotes entities, events both), its lexicons
     * are not loaded and its arrays stay empty.  Cleaning, tokens and
     * sentences always run.  wt_stages_parse() reads a CLI-style list. */
    unsigned skip;
} wt_engine_options;

/* The analysis stages after cleaning, tokens and sentences. */
typedef enum wt_stage {
    WT_STAGE_TAGGER = 1u << 0,   /* statistical NER tags (the model)      */
    WT_STAGE_ENTITIES = 1u << 1, /* entities, aliases, mentions: times    */
    WT_STAGE_TIMES = 1u << 2,    /* time expressions                      */
    WT_STAGE_CLAIMS = 1u << 3,   /* numeric claims: times                 */
    WT_STAGE_QUOTES = 1u << 4,   /* quotes: entities (and times)          */
    WT_STAGE_EVENTS = 1u << 5,   /* dated events: entities, times         */
    WT_STAGE_ALL = 0x3fu
} wt_stage;

/* Reads a comma-separated list of stages to run ("times,claims"; the names
 * are tagger, entities, times, claims, quotes, events, plus "clean" for
 * none of them and "all"), adds each one's prerequisites, and sets *skip to
 * the wt_stage bits of the stages left out, for wt_engine_options.skip.
 * Errors: WT_EINVAL for an unknown name (s and *skip unchanged). */
WT_EXPORT WT_MUST_CHECK wt_status wt_stages_parse(const char *s,
                                                  unsigned *skip);

/* Builds an engine.  `opt` may be NULL for defaults.  On success *out owns
 * the engine (caller frees with wt_engine_free()).  Errors: WT_ENOMEM,
 * WT_EFORMAT when a compiled-in lexicon is malformed. A missing optional
 * model is not an error: the stage falls back to rules. */
WT_EXPORT WT_MUST_CHECK wt_status wt_engine_new(const wt_engine_options *opt,
                                                wt_engine **out);
WT_EXPORT void wt_engine_free(wt_engine *eng);

/* ------------------------------------------------------------------------
 * Text core
 * ------------------------------------------------------------------------ */

/* Repairs and normalizes text: invalid UTF-8 sequences and NUL bytes become
 * U+FFFD, CRLF and lone CR become LF, mojibake is undone (UTF-8 once read
 * as Windows-1252, Latin-1 or Mac OS Roman and written out again: "â€œ"
 * and "‚Äú" become U+201C, "Â " and "¬†" a no-break space, "Ã©" é; only
 * into letters of Latin-1 and Latin Extended, general punctuation, the
 * euro and trade mark signs), the result is in Unicode NFC.
 * *out is a NUL-terminated malloc'd string of *out_len bytes (caller frees
 * with free()); *n_repaired (may be NULL) receives the number of invalid
 * sequences replaced.  Errors: WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_text_normalize(const char *s, size_t len,
                                                    char **out,
                                                    size_t *out_len,
                                                    size_t *n_repaired);

/* Token kinds reported by wt_tokenize(). */
typedef enum wt_token_kind {
    WT_TOK_WORD = 1, /* letters, digits inside words, joined by - ' .  */
    WT_TOK_NUMBER,   /* 15.000  5,12  5,12%  27/12/2025  10.00        */
    WT_TOK_MONEY,    /* Rp2,5  Rp.500  US$10                          */
    WT_TOK_URL,      /* https://x.id/a  www.detik.com  mureks.co.id    */
    WT_TOK_EMAIL,    /* redaksi@detik.com                             */
    WT_TOK_PUNCT,    /* one punctuation character or a run of dashes  */
    WT_TOK_SYMBOL    /* anything else that is not space               */
} wt_token_kind;

/* One token: byte span [start, end) into the tokenized text. */
typedef struct wt_token {
    uint32_t start, end;
    uint8_t kind; /* wt_token_kind */
} wt_token;

/* Called once per token, in text order.  Return 0 to continue, non-zero to
 * stop tokenizing (wt_tokenize then returns WT_OK). */
typedef int (*wt_token_cb)(void *ctx, const wt_token *tok);

/* Splits valid UTF-8 text into tokens without allocating.  Keeps numbers
 * with separators (15.000, 5,12%), money (Rp2,5), hyphenated names
 * (Kim Jong-un), dash compounds (Korut–Rusia), dates (27/12/2025), URLs and
 * e-mail addresses as single tokens.  Inputs over 4 GiB are WT_ETOOBIG. */
WT_EXPORT WT_MUST_CHECK wt_status wt_tokenize(const char *s, size_t len,
                                              wt_token_cb cb, void *ctx);

/* A byte span [start, end). */
typedef struct wt_span {
    uint32_t start, end;
} wt_span;

/* Splits valid UTF-8 text into sentences.  Knows Indonesian abbreviations
 * (dll., Tn., No., Rp., ...), decimal and thousands separators, initials,
 * ellipses, and quotations that run over several sentences.  Newlines are
 * always boundaries (the text is one paragraph per line).  On success
 * *out is a malloc'd array of *n spans (caller frees with free()); spans
 * exclude surrounding white space.  Errors: WT_ENOMEM, WT_ETOOBIG. */
WT_EXPORT WT_MUST_CHECK wt_status wt_sentences(const char *s, size_t len,
                                               wt_span **out, size_t *n);

/* ------------------------------------------------------------------------
 * Analysis results
 * ------------------------------------------------------------------------ */

/* Why an input line was left out of the body text (ARTICLE.md `removed`). */
typedef enum wt_line_kind {
    WT_LINE_BODY = 0,
    WT_LINE_TITLE,
    WT_LINE_DECK,
    WT_LINE_DATE,
    WT_LINE_RUBRIC,
    WT_LINE_HEADING,
    WT_LINE_DATELINE,
    WT_LINE_PROMO,
    WT_LINE_RELATED,
    WT_LINE_CAPTION,
    WT_LINE_CREDIT,
    WT_LINE_BYLINE,
    WT_LINE_SOURCE,
    WT_LINE_FOOTER,
    WT_LINE_AD,
    WT_LINE_DUPLICATE,
    WT_LINE_EMPTY,
    WT_LINE_OTHER,
    WT_LINE_KIND_COUNT
} wt_line_kind;

/* The lowercase name of a line kind ("title", "promo", ...). */
WT_EXPORT const char *wt_line_kind_name(wt_line_kind k);

/* A removed input line or line prefix.  `text` is NUL-terminated. */
typedef struct wt_removed {
    const char *text;
    wt_line_kind kind;
} wt_removed;

/* Entity types. */
typedef enum wt_entity_type {
    WT_ENT_PER = 1,
    WT_ENT_ORG,
    WT_ENT_LOC
} wt_entity_type;

/* One distinct real-world entity of the article. */
typedef struct wt_entity {
    const char *name;       /* canonical full name, without titles        */
    wt_entity_type type;
    const char *role;       /* "Presiden Rusia", or NULL                  */
    const char **aliases;   /* other surface forms used in the article    */
    size_t n_aliases;
    wt_span *mentions;      /* every mention, in text order               */
    size_t n_mentions;
} wt_entity;

/* TIMEX3 types and modifiers. */
typedef enum wt_time_type {
    WT_TIME_DATE = 0,
    WT_TIME_TIME,
    WT_TIME_DURATION,
    WT_TIME_SET
} wt_time_type;

typedef enum wt_time_mod {
    WT_MOD_NONE = 0,
    WT_MOD_START,
    WT_MOD_MID,
    WT_MOD_END,
    WT_MOD_APPROX,
    WT_MOD_MORE_THAN,
    WT_MOD_LESS_THAN
} wt_time_mod;

/* One time expression with its normalized TIMEX3 value ("2025-12-27",
 * "2025-12", "2025-W37", "200X", "P120D", "PT2H", "PRESENT_REF", ...). */
typedef struct wt_time {
    uint32_t start, end;
    const char *value;
    wt_time_type type;
    wt_time_mod mod;
} wt_time;

/* A direct quote or attributed indirect speech. */
typedef struct wt_quote {
    uint32_t start, end;   /* the quoted words, without quote marks        */
    const char *speaker;   /* canonical entity name, or NULL               */
    const char *cue;       /* speech verb: "kata", "ujar", "menurut", ...  */
    const char *via;       /* who relayed it ("Yonhap"), or NULL           */
    int direct;            /* 1 direct quote, 0 attributed indirect speech */
} wt_quote;

/* Claim qualifiers (ARTICLE.md `qualifier`). */
typedef enum wt_qualifier {
    WT_Q_EXACT = 0,
    WT_Q_AT_LEAST,
    WT_Q_ABOUT,
    WT_Q_MORE_THAN,
    WT_Q_UP_TO,
    WT_Q_ORDER_OF,
    WT_Q_LESS_THAN
} wt_qualifier;

/* A quantity of people or things stated in the text. */
typedef struct wt_claim {
    uint32_t start, end;   /* the whole claim phrase                       */
    double value, low, high;
    wt_qualifier qualifier;
    const char *unit;      /* counted noun: "tentara", "persen", "rupiah"  */
    const char *measure;   /* killed, wounded, casualties, deployed,
                              planned, supplied, share, money, count; or
                              finer (arrested, missing, displaced,
                              affected), which the JSON writes as count
                              with "action"                                */
    const char *subject;   /* whose: "Korea Utara", or NULL                */
    const char *source;    /* who states it, or NULL                       */
    const char *date;      /* ISO date it refers to, or NULL               */
} wt_claim;

/* A dated action between actors in one sentence. */
typedef struct wt_event {
    const char *date;      /* ISO date or coarser                          */
    const char *action;    /* sign, meet, send, deploy, say, ...           */
    const char **actors;   /* entity names                                 */
    size_t n_actors;
    const char *place;     /* entity name, or NULL                         */
    size_t sentence;       /* index into the sentence array                */
} wt_event;

/* ------------------------------------------------------------------------
 * Analysis
 * ------------------------------------------------------------------------ */

/* Names as in ARTICLE.md ("PER", "DATE", "APPROX", "at_least"); NULL for
 * WT_MOD_NONE and out-of-range values. */
WT_EXPORT const char *wt_entity_type_name(wt_entity_type t);
WT_EXPORT const char *wt_time_type_name(wt_time_type t);
WT_EXPORT const char *wt_time_mod_name(wt_time_mod m);
WT_EXPORT const char *wt_qualifier_name(wt_qualifier q);

typedef struct wt_doc wt_doc;

/* Per-call options for wt_analyze().  Zero-initialize. */
typedef struct wt_analyze_options {
    /* Reference date "YYYY-MM-DD" for relative time expressions when the
     * article states no publication date; NULL for none. */
    const char *ref_date;
    /* Nonzero: the input is already body text.  No cleaning, no metadata;
     * `text` is the repaired, NFC input itself, so offsets point into it
     * (used to evaluate the stages on annotated corpora). */
    int raw;
    /* Metadata known from a structured source (a CSV or JSON record):
     * each non-NULL field overrides what the cleaner found.  With
     * `title` set the input is taken as the record's "title\n\nbody"
     * (as `warta ingest` makes it): the body's first paragraph is body,
     * never a deck.  `published`
     * is "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" and also anchors relative
     * times; `outlet` is a name ("Kompas.com"), kept as given. */
    const char *title;
    const char *outlet;
    const char *published;
} wt_analyze_options;

/* Analyzes one article.  `path` is recorded as given (may be NULL).  The
 * input is copied; the caller keeps ownership of `s`.  On success *out is a
 * document the caller frees with wt_doc_free(); everything reachable from
 * it lives in the document's arena.  Errors: WT_ENOMEM, WT_ETOOBIG (input
 * over the engine's max_input), WT_EINVAL (NULL engine or out). */
WT_EXPORT WT_MUST_CHECK wt_status wt_analyze(const wt_engine *eng,
                                             const char *path,
                                             const char *s, size_t len,
                                             const wt_analyze_options *opt,
                                             wt_doc **out);
WT_EXPORT void wt_doc_free(wt_doc *doc);

/* Accessors.  Strings are NUL-terminated, owned by the document, NULL when
 * the article has no such field. */
WT_EXPORT const char *wt_doc_id(const wt_doc *doc);
WT_EXPORT const char *wt_doc_path(const wt_doc *doc);
WT_EXPORT const char *wt_doc_text(const wt_doc *doc, size_t *len);
WT_EXPORT const char *wt_doc_outlet(const wt_doc *doc);
WT_EXPORT const char *wt_doc_title(const wt_doc *doc);
WT_EXPORT const char *wt_doc_deck(const wt_doc *doc);
WT_EXPORT const char *wt_doc_published(const wt_doc *doc);
WT_EXPORT const char *wt_doc_byline(const wt_doc *doc);
/* Dateline place and agency ("Jakarta", "ERANASIONAL.COM"); NULL if none. */
WT_EXPORT const char *wt_doc_dateline_place(const wt_doc *doc);
WT_EXPORT const char *wt_doc_dateline_agency(const wt_doc *doc);
/* Number of invalid UTF-8 sequences repaired in the input. */
WT_EXPORT size_t wt_doc_repaired(const wt_doc *doc);

/* Arrays owned by the document; *n receives the count. */
WT_EXPORT const char *const *wt_doc_headings(const wt_doc *doc, size_t *n);
WT_EXPORT const wt_removed *wt_doc_removed(const wt_doc *doc, size_t *n);
WT_EXPORT const wt_span *wt_doc_sentences(const wt_doc *doc, size_t *n);
WT_EXPORT const wt_token *wt_doc_tokens(const wt_doc *doc, size_t *n);
WT_EXPORT const wt_entity *wt_doc_entities(const wt_doc *doc, size_t *n);
WT_EXPORT const wt_time *wt_doc_times(const wt_doc *doc, size_t *n);
WT_EXPORT const wt_quote *wt_doc_quotes(const wt_doc *doc, size_t *n);
WT_EXPORT const wt_claim *wt_doc_claims(const wt_doc *doc, size_t *n);
WT_EXPORT const wt_event *wt_doc_events(const wt_doc *doc, size_t *n);

/* Renders the analysis as one line of JSON (ARTICLE.md), without a trailing
 * newline.  *out is malloc'd and NUL-terminated (caller frees with free());
 * *len (may be NULL) receives its length.  Errors: WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_doc_to_json(const wt_doc *doc,
                                                 char **out, size_t *len);

/* ------------------------------------------------------------------------
 * Named-entity tagger (src/ner.c).  Edited only by the tagger's owner.
 * ------------------------------------------------------------------------ */
/* ---- BEGIN ner ----
 *
 * Named-entity tagger (docs/ner.md).  A first-order sequence model trained
 * with the structured averaged perceptron and decoded with Viterbi under
 * BIO constraints (I-X only after B-X or I-X).  Features are hashed into a
 * table of 2^hash_bits rows (one int8 weight per label in a row, scaled
 * from the averaged perceptron's weights at the end of training): the
 * word and its lowercase, prefixes and suffixes, word shape (Xxxx, XXX,
 * dd.ddd), the neighbouring words and shapes, the position in the
 * sentence, word clusters computed from unlabeled news text
 * (wt_ner_clusters), gazetteer membership (longest match of person, place
 * and organization lists, country names, data/aliases.txt) and title or
 * role words before a name (data/titles.txt).  The model file carries its
 * clusters and gazetteer, so tagging needs nothing else.
 *
 * Labels are numbered 0 = O, 1 + 2t = B-<type t>, 2 + 2t = I-<type t>.
 * Training data is token-per-line text: the token is the first field and
 * the tag the last (fields split at TABs, or at spaces when a line has no
 * TAB), a blank line ends a sentence.  Tags may be BIO (B-PER, I-PLACE) or
 * bare types (Person), and type names are mapped to one scheme: PERSON,
 * PPL, PER -> PER; PLACE, PLC, LOC, LOCATION -> LOC; ORGANISATION,
 * ORGANIZATION, IND, ORG -> ORG; any other type is kept as written (upper
 * case).
 *
 * A model is immutable after loading or training; one may be shared by
 * many threads. */
typedef struct wt_ner wt_ner;

#define WT_NER_MAX_TYPES 8   /* entity types in one model       */
#define WT_NER_MAX_TOKEN 256 /* longer tokens are cut for features */

/* Loads a model written by wt_ner_save(); path NULL means the installed
 * model, models/ner.model in the data directory that wt_engine_new() would
 * use ($WARTA_DATA, else the one compiled in).  Errors: WT_ENOTFOUND (no
 * such file), WT_EFORMAT (not a warta tagger model), WT_EIO, WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_ner_load(const char *path,
                                              wt_ner **out);
/* Writes the model (gzip-compressed).  Errors: WT_EIO. */
WT_EXPORT WT_MUST_CHECK wt_status wt_ner_save(const wt_ner *m,
                                              const char *path);
WT_EXPORT void wt_ner_free(wt_ner *m);

/* The model's entity types ("PER", "LOC", "ORG", ...). */
WT_EXPORT size_t wt_ner_n_types(const wt_ner *m);
WT_EXPORT const char *wt_ner_type(const wt_ner *m, size_t t);

/* Tags one sentence of n tokens (tok[i], len[i]): labels[i] receives the
 * label of token i (0 O, 1 + 2t B-type, 2 + 2t I-type).  Sentences longer
 * than 256 tokens are tagged in pieces.  Errors: WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_ner_tag(const wt_ner *m,
                                             const char *const *tok,
                                             const size_t *len, size_t n,
                                             uint8_t *labels);

/* Labeled sentences for training and evaluation. */
typedef struct wt_ner_data wt_ner_data;

WT_EXPORT WT_MUST_CHECK wt_status wt_ner_data_new(wt_ner_data **out);
WT_EXPORT void wt_ner_data_free(wt_ner_data *d);
/* Parses token-per-line text (see above) and appends its sentences.  A
 * line with a token but no tag is WT_EFORMAT; *bad_line (may be NULL)
 * then receives its 1-based number.  At most WT_NER_MAX_TYPES types in
 * all.  Errors: WT_EFORMAT, WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_ner_data_add(wt_ner_data *d,
                                                  const char *s, size_t len,
                                                  size_t *bad_line);
/* Removes from d every sentence whose tokens (case-folded) equal a
 * sentence of x: training data decontaminated against test data.
 * *removed (may be NULL) receives the count.  Errors: WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_ner_data_exclude(wt_ner_data *d,
                                                      const wt_ner_data *x,
                                                      size_t *removed);
WT_EXPORT size_t wt_ner_data_n_sentences(const wt_ner_data *d);
WT_EXPORT size_t wt_ner_data_n_tokens(const wt_ner_data *d);

typedef struct wt_ner_train_options {
    /* Comma-separated entity types to learn ("PER,LOC,ORG"); others become
     * O.  NULL or "" keeps every type of the data. */
    const char *types;
    /* Word clusters written by wt_ner_clusters(), or NULL. */
    const char *clusters;
    /* Directory with person.txt, place.txt and organization.txt (one name
     * a line), or NULL.  Country names and data/aliases.txt are always
     * added. */
    const char *gazetteer;
    unsigned epochs;    /* passes over the data; 0 means 12              */
    unsigned hash_bits; /* log2 of the feature rows, 16..24; 0 means 18  */
    uint32_t seed;      /* shuffling; the same seed gives the same model */
    /* Models trained on this many shuffles (seeds seed, seed + 1, ...)
     * whose averaged weights are summed into one; 0 means 1.  Costs
     * training time only: tagging speed is the same. */
    unsigned bags;
    /* When set, the model of the epoch with the best F1 on this data is
     * kept (early stopping); otherwise the last epoch's. */
    const wt_ner_data *dev;
    /* Called after each epoch with the dev F1 (or -1), may be NULL. */
    void (*progress)(void *ctx, unsigned epoch, double dev_f1);
    void *ctx;
} wt_ner_train_options;

/* Trains a model on `train`.  Errors: WT_EINVAL (no sentences, bad
 * options), WT_ENOTFOUND / WT_EFORMAT / WT_EIO (clusters or gazetteer),
 * WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_ner_train(const wt_ner_data *train,
                                               const wt_ner_train_options *o,
                                               wt_ner **out);

/* Exact-span counts of one type (or of all, for the overall row). */
typedef struct wt_ner_score {
    char type[16];
    size_t gold, pred, correct;
    double precision, recall, f1; /* in percent */
} wt_ner_score;

/* Tags `d` and scores the spans against its gold tags, CoNLL style (a span
 * is right when its type and both ends are).  Gold spans of types the
 * model does not know are left out.  scores[0] is the overall row, then
 * one row per model type; *n receives the row count (at most
 * 1 + WT_NER_MAX_TYPES).  Errors: WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_ner_eval(const wt_ner *m,
                                              const wt_ner_data *d,
                                              wt_ner_score *scores,
                                              size_t *n);

/* Word clusters from unlabeled text (docs/ner.md): the exchange algorithm
 * of Kneser and Ney / Martin et al. over lowercased word bigrams, run once
 * per cluster count in `ks` (for example 64 and 512), on the words seen at
 * least `min_count` times (at most `max_vocab` of them).  The input files
 * are read as plain text (CSV is fine); a line break ends a sequence.
 * Writes "word TAB cluster... TAB count" lines to out_path.  Deterministic.
 * Errors: WT_EINVAL, WT_ENOTFOUND, WT_EIO, WT_ENOMEM. */
typedef struct wt_cluster_options {
    const unsigned *ks;  /* cluster counts, 2..4096 each          */
    size_t n_ks;         /* 1..4                                  */
    unsigned min_count;  /* 0 means 3                             */
    unsigned max_vocab;  /* 0 means 60000                         */
    unsigned iterations; /* exchange passes; 0 means 8            */
    void (*progress)(void *ctx, const char *what);
    void *ctx;
} wt_cluster_options;

WT_EXPORT WT_MUST_CHECK wt_status wt_ner_clusters(const char *const *paths,
                                                  size_t n_paths,
                                                  const wt_cluster_options *o,
                                                  const char *out_path);
/* ---- END ner ---- */

/* ------------------------------------------------------------------------
 * Time expressions and numbers (src/timex.c, src/number.c, src/claim.c).
 * ------------------------------------------------------------------------ */
/* ---- BEGIN timex ---- */
/* ---- END timex ---- */

/* ------------------------------------------------------------------------
 * Stories across articles (src/story.c).
 * ------------------------------------------------------------------------ */
/* ---- BEGIN story ---- */
/*
 * Stories across articles (src/story.c, docs/stories.md).
 *
 * A corpus collects the analyses of many articles: wt_corpus_add() copies
 * what the story engine needs from a document (metadata, sentences, terms,
 * entities, events, quotes, claims), so the caller may free the document
 * right after.  wt_corpus_cluster() then
 *   - marks near-duplicates (MinHash over word 5-shingles with LSH banding;
 *     a copy points to the earliest article of its group),
 *   - links entities across articles (names, aliases and folded spellings:
 *     Korut, Korea Utara, DPRK are one entity),
 *   - clusters the articles into stories in publication order: an article
 *     joins the story whose TF-IDF centroid and linked entities are most
 *     like its own, within a time window that follows the story,
 *   - and builds per story the merged timeline, the claims compared across
 *     sources with conflicts marked, the quotes by speaker and a summary.
 * Stories are ordered largest first.  Output follows spec/STORY.md.
 */
typedef struct wt_corpus wt_corpus;

/* Creates an empty corpus.  Errors: WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_corpus_new(wt_corpus **out);
WT_EXPORT void wt_corpus_free(wt_corpus *c);

/* Terms are stems (see the stemmer section): by default the corpus loads
 * its own stemmer at the first wt_corpus_add() (default root lexicon; if
 * it is missing, terms only lose their clitics).  wt_corpus_set_stemmer()
 * lends one instead (st may be NULL: no stemming), which must outlive the
 * corpus; call it before the first add.  Errors: WT_ESTATE (too late). */
typedef struct wt_stemmer wt_stemmer; /* the stemmer section, below */
WT_EXPORT WT_MUST_CHECK wt_status wt_corpus_set_stemmer(wt_corpus *c,
                                                        const wt_stemmer *st);

/* Copies what the story engine needs from `doc` into the corpus.
 * Errors: WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_corpus_add(wt_corpus *c,
                                                const wt_doc *doc);

/* Finds duplicates and stories (call once, after the last add).
 * Errors: WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_corpus_cluster(wt_corpus *c);

/* Number of stories, largest first. */
WT_EXPORT size_t wt_corpus_n_stories(const wt_corpus *c);

/* Story i as one line of JSON (STORY.md), malloc'd, NUL-terminated; the
 * caller frees it.  Errors: WT_EINVAL (i out of range), WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_corpus_story_json(const wt_corpus *c,
                                                       size_t i, char **out,
                                                       size_t *len);

/* Story i as text for a person to read (same ownership as above). */
WT_EXPORT WT_MUST_CHECK wt_status wt_corpus_story_text(const wt_corpus *c,
                                                       size_t i, char **out,
                                                       size_t *len);

/* The id of story i (owned by the corpus), or NULL.  The id is "s" and the
 * start of the content id of the story's earliest article. */
WT_EXPORT const char *wt_corpus_story_id(const wt_corpus *c, size_t i);

/* Sentence k of story i's extractive summary (owned by the corpus), or
 * NULL past the last one.  A story of one article has a summary too (3
 * sentences), so a corpus of one article summarizes that article. */
WT_EXPORT const char *wt_corpus_story_summary(const wt_corpus *c, size_t i,
                                             size_t k);

/* Number of articles marked as near-duplicates of an earlier copy. */
WT_EXPORT size_t wt_corpus_n_duplicates(const wt_corpus *c);

/* Number of articles in story i (near-duplicates included). */
WT_EXPORT size_t wt_corpus_story_size(const wt_corpus *c, size_t i);

/* The content id (wt_doc_id()) of member k of story i, in publication
 * order, or NULL when out of range; when the member is a near-duplicate,
 * *dup_of is the content id of the earliest copy, else NULL. */
WT_EXPORT const char *wt_corpus_story_member(const wt_corpus *c, size_t i,
                                             size_t k, const char **dup_of);

/* One self-contained HTML page with every story: the timeline drawn as an
 * inline SVG chart, the claims table with conflicts marked, quotes by
 * speaker, entities with article counts, members by outlet and date.  No
 * network resources.  Same ownership as above. */
WT_EXPORT WT_MUST_CHECK wt_status wt_corpus_report_html(const wt_corpus *c,
                                                        char **out,
                                                        size_t *len);
/* ---- END story ---- */

/* ---- BEGIN stem ----
 *
 * Indonesian stemmer (docs/stem.md).  A confix-stripping stemmer of the
 * Nazief-Adriani / Enhanced Confix Stripping family: particles -lah -kah
 * -tah -pun, possessives -ku -mu -nya, one derivational suffix -kan -an -i,
 * and up to three prefixes (meN- peN- ber- ter- di- ke- se- per- ku- kau-)
 * with their sound changes undone, plus reduplication (buku-buku,
 * bermain-main).  A reading is accepted only if its root is in the root
 * lexicon: hunspell-id's id_ID.dic, read at run time, whose affix flags
 * also decide between competing readings, plus data/stem_roots.txt.
 *
 * Proper nouns and acronyms stay as written: an all-capitals word (BMKG),
 * a capitalised word the lexicon lists capitalised (Jakarta), and a
 * capitalised word whose only readings strip a suffix (Bekasi, Susi) or an
 * unlicensed prefix.  A capitalised sentence opener with a licensed prefix
 * (Pemerintah) is stemmed.  Words the lexicon cannot explain come back
 * lowercased and unchanged.
 *
 * A stemmer is immutable after wt_stemmer_new(): one may be shared by
 * many threads.  wt_stem() allocates nothing. */
#define WT_STEM_MAX 63 /* longer words come back unchanged */

typedef struct wt_stemmer wt_stemmer;

typedef enum wt_stem_kind {
    WT_STEM_ROOT = 1, /* the word is a root (lowercased)                 */
    WT_STEM_STEMMED,  /* affixes were removed                           */
    WT_STEM_PROPER,   /* proper noun or acronym, returned as written    */
    WT_STEM_UNKNOWN   /* no reading; the word lowercased                */
} wt_stem_kind;

typedef struct wt_stem_result {
    char stem[WT_STEM_MAX + 1]; /* NUL-terminated                        */
    size_t len;
    wt_stem_kind kind;
    char prefixes[32]; /* removed, outermost first: "meN-per-"        */
    char suffixes[32]; /* removed, innermost first: "-kan-nya-lah"    */
} wt_stem_result;

/* Loads the root lexicon from dic_path; NULL or "" means $WARTA_STEM_DIC,
 * else /usr/share/hunspell/id_ID.dic.  Errors: WT_ENOTFOUND (no such
 * file), WT_EFORMAT (not a hunspell dictionary), WT_EIO, WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_stemmer_new(const char *dic_path,
                                                 wt_stemmer **out);
WT_EXPORT void wt_stemmer_free(wt_stemmer *st);

/* Stems the UTF-8 word (word, len) into *res.  Never fails: empty input
 * gives an empty stem of kind WT_STEM_UNKNOWN. */
WT_EXPORT void wt_stem(const wt_stemmer *st, const char *word, size_t len,
                       wt_stem_result *res);

/* 1 if the lexicon lists (w, n) (any case) as a root. */
WT_EXPORT int wt_stemmer_has_root(const wt_stemmer *st, const char *w,
                                  size_t n);
/* ---- END stem ---- */

/* ---- BEGIN store ----
 *
 * The SQLite store (docs/store.md): analyzed articles with their
 * sentences, entities (aliases, mentions), times, quotes, claims and events,
 * and an FTS5 index of title and body with warta's own tokenizer (case
 * folding, stopwords, Indonesian stemming).  One writer at a time; WAL mode
 * lets readers search while an ingest runs.
 *
 * Identity: an article's content id is the hash of its clean text
 * (wt_doc_id()); storing the same content twice stores it once.  Its key
 * is where it came from (a URL, a path); a new content under a known key is
 * a new version, and only the latest version of each key is searched.
 *
 * Writes go in batches: wt_store_begin(), any number of wt_store_put(),
 * wt_store_commit().  A crash or kill before the commit leaves the database
 * as it was before the batch.  A failed put leaves the batch as it was
 * before that put. */
typedef struct wt_store wt_store;

typedef struct wt_store_options {
    /* Root lexicon for the tokenizer's stemmer (see wt_stemmer_new()). */
    const char *dic_path;
    /* FTS5 tokenizer of a new database: "warta" (default), "warta nostem"
     * or any built-in such as "unicode61" (for comparisons).  An existing
     * database keeps the one it was created with. */
    const char *tokenizer;
    /* Nonzero: open an existing database read-only. */
    int readonly;
} wt_store_options;

/* Opens or creates the database at path, creating or migrating the schema
 * (PRAGMA user_version).  opt may be NULL.  Errors: WT_EDB (SQLite error;
 * see wt_store_errmsg() when *out is set), WT_ENOTFOUND (no root lexicon),
 * WT_ESTATE (the file was written by a newer warta), WT_ENOMEM.  Unless
 * the error is WT_ENOMEM, *out is set even on error, so that
 * wt_store_errmsg() can say what went wrong; close it with
 * wt_store_close() in every case. */
WT_EXPORT WT_MUST_CHECK wt_status wt_store_open(const char *path,
                                                const wt_store_options *opt,
                                                wt_store **out);
WT_EXPORT void wt_store_close(wt_store *db);
/* The last SQLite error message of db (never NULL). */
WT_EXPORT const char *wt_store_errmsg(const wt_store *db);
/* The store's stemmer (the search tokenizer's), for lending to a corpus
 * (wt_corpus_set_stemmer) so the root lexicon is loaded once; valid until
 * wt_store_close(). */
WT_EXPORT const wt_stemmer *wt_store_stemmer(const wt_store *db);
/* The schema version this library writes. */
WT_EXPORT int wt_store_schema_version(void);

WT_EXPORT WT_MUST_CHECK wt_status wt_store_begin(wt_store *db);
WT_EXPORT WT_MUST_CHECK wt_status wt_store_commit(wt_store *db);
WT_EXPORT void wt_store_rollback(wt_store *db);

typedef enum wt_put_result {
    WT_PUT_ADDED = 1, /* a new article                                  */
    WT_PUT_SAME,      /* this content is already stored: not stored again;
                         under another key the key, outlet and date are
                         recorded in the table `copies`              */
    WT_PUT_VERSION    /* a new version of an article stored under key   */
} wt_put_result;

/* Stores doc under key (NULL: its path, or its content id when it has no
 * path).  Errors: WT_EDB, WT_ESTATE (no batch open), WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_store_put(wt_store *db,
                                               const wt_doc *doc,
                                               const char *key,
                                               wt_put_result *result);

/* Number of articles (latest versions) stored. */
WT_EXPORT WT_MUST_CHECK wt_status wt_store_count(wt_store *db, long long *n);

typedef struct wt_search_query {
    /* Words (all must occur), "a phrase", OR, NOT, (groups), prefix*.  Each
     * word goes through the index's tokenizer, so forms of one stem meet. */
    const char *query;
    const char *from, *to;  /* published, YYYY-MM-DD inclusive, or NULL  */
    const char *outlet;     /* exact outlet name, any case, or NULL       */
    const char *entity;     /* an entity name or alias, any case, or NULL */
    size_t limit;           /* 0: 10                                      */
    const char *mark_open;  /* snippet highlight; NULL: "["               */
    const char *mark_close; /* NULL: "]"                                  */
} wt_search_query;

typedef struct wt_search_hit {
    long long article;      /* row id                                     */
    const char *key, *content_id, *title, *outlet, *published;
    double score;           /* BM25 (title weighted 3x); higher is better */
    const char *snippet;    /* body excerpt with highlights               */
} wt_search_hit;

/* Strings in a hit live until the callback returns.  Return nonzero from
 * the callback to stop. */
typedef int (*wt_search_cb)(void *ctx, const wt_search_hit *hit);

/* Runs a ranked search, best first.  Errors: WT_EINVAL (empty query or
 * a query FTS5 cannot parse; see wt_store_errmsg()), WT_EDB. */
WT_EXPORT WT_MUST_CHECK wt_status wt_store_search(wt_store *db,
                                                  const wt_search_query *q,
                                                  wt_search_cb cb, void *ctx);

/* Called by wt_store_each() with each stored article's analysis rebuilt
 * from the database: text, metadata, sentences, tokens, entities (with
 * aliases and mentions), times, quotes, claims and events (not the lines
 * the cleaner removed, which are not stored).  `key` is the article's key,
 * `id` its row id.  The document is valid during the call only.  Return
 * nonzero to stop. */
typedef int (*wt_store_doc_cb)(void *ctx, long long id, const char *key,
                               const wt_doc *doc);

/* Visits the latest version of every stored article, in the order they
 * were stored.  Errors: WT_EDB, WT_ENOMEM, WT_ESTATE (db not open). */
WT_EXPORT WT_MUST_CHECK wt_status wt_store_each(wt_store *db,
                                                wt_store_doc_cb cb, void *ctx);

/* Stories kept in the database (tables stories and story_members, schema
 * 2).  wt_store_put_stories() replaces them, in one transaction, with the
 * stories of `c`, a corpus built from this database's articles (each
 * member is found by its content id) and clustered; the state of the
 * articles they were computed from is recorded, and
 * wt_store_stories_fresh() sets *fresh to 1 when no article was stored
 * since.  Errors: WT_EDB, WT_ESTATE (a batch is open, or c not clustered),
 * WT_ENOMEM. */
WT_EXPORT WT_MUST_CHECK wt_status wt_store_put_stories(wt_store *db,
                                                       const wt_corpus *c);
WT_EXPORT WT_MUST_CHECK wt_status wt_store_stories_fresh(wt_store *db,
                                                         int *fresh);

/* One stored story: its id, its STORY.md JSON and its text rendering;
 * valid during the call only.  Return nonzero to stop. */
typedef int (*wt_store_story_cb)(void *ctx, const char *id, const char *json,
                                 const char *text);

/* Visits the stored stories, largest first, or only the story `id` when
 * not NULL.  Errors: WT_ENOTFOUND (no story `id`), WT_EDB. */
WT_EXPORT WT_MUST_CHECK wt_status wt_store_stories(wt_store *db,
                                                   const char *id,
                                                   wt_store_story_cb cb,
                                                   void *ctx);
/* ---- END store ---- */

#ifdef __cplusplus
}
#endif
#endif /* WARTA_H */
