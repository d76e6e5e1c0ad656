/*
 * stem.c - Indonesian confix-stripping stemmer (see warta.h and
 * docs/stem.md).
 *
 * The stemmer is the Enhanced Confix Stripping family (Nazief-Adriani,
 * Asian, Arifin): particles, possessives and one derivational suffix come
 * off the end, up to three prefixes come off the front with their sound
 * changes undone (meN- before a vowel may have eaten a k, p, t or s), and a
 * candidate root is accepted only if the root lexicon knows it.  Instead of
 * returning the first root found in the classic order, every analysis is
 * collected and the lexicon's affix flags vote: hunspell-id marks which
 * prefix classes and circumfixes each root takes (abdi/D0DkM0MkP0Pa...), so
 * `perusakan` is pe-rusak-an (rusak takes P0 and Pa) rather than the
 * classic order's pe-rusa-kan.  Ties keep the classic order, which settles
 * `berikan` as beri-kan.
 *
 * The root lexicon is hunspell-id's id_ID.dic (ISO-8859-1, read at run
 * time) plus data/stem_roots.txt (roots hunspell lacks).
 */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "lex.h"
#include "map.h"
#include "utf8.h"
#include "warta.h"

#define DEFAULT_DIC "/usr/share/hunspell/id_ID.dic"

/* Bits of a root's value in the map. Prefix classes by hunspell-id's
 * flag letter: B ber-, D di-, K ke-, M meN-, P peN-, R per-, S se-,
 * T ter-, O ku-/kau-. */
enum {
    R_ROOT = 1u << 0,     /* a root word (always set)               */
    R_NEEDAFFIX = 1u << 1, /* A2: never stands alone (mengerti)      */
    R_PROPER = 1u << 2,   /* listed capitalised (Jakarta)           */
    R_SFX_AN = 1u << 3,   /* a0: takes -an alone                    */
    R_SFX_I = 1u << 4,    /* i0: takes -i alone                     */
    R_SFX_KAN = 1u << 5,  /* k0: takes -kan alone                   */
    R_FLAGGED = 1u << 6,  /* has any affix flag at all              */
    R_PFX0 = 8,           /* 9 prefix-class bits from here          */
    R_CFX0 = 17           /* 9 circumfix-class bits from here       */
};

static const char CLASS_LETTERS[] = "BDKMPRSTO";

struct wt_stemmer {
    wti_map roots;
    unsigned id; /* tells this stemmer's entries in the thread cache apart */
};

/* Running text repeats its words, so each thread keeps the last results
 * for short ASCII words (letters and hyphens, any case: the result depends
 * on case) in a direct-mapped cache (thread-local, so a
 * shared stemmer stays lock-free; entries carry the stemmer's id). */
#define CACHE_SLOTS 16384
#define CACHE_KEY 20
#define CACHE_AFFIX 16
/* 80 bytes; a result whose stem or affix strings do not fit is simply not
 * cached. */
typedef struct cache_slot {
    unsigned id;
    unsigned char len, stem_len, kind;
    char key[CACHE_KEY];
    char stem[CACHE_KEY + 1];
    char prefixes[CACHE_AFFIX];
    char suffixes[CACHE_AFFIX];
} cache_slot;
static _Thread_local cache_slot *tl_cache;
static pthread_key_t cache_key; /* frees a thread's cache when it exits */
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;
static int cache_key_ok;

static void cache_key_init(void)
{
    cache_key_ok = pthread_key_create(&cache_key, free) == 0;
}
static unsigned next_id = 1; /* atomically incremented */

static int class_index(char c)
{
    const char *p = strchr(CLASS_LETTERS, c);
    return (c && p) ? (int)(p - CLASS_LETTERS) : -1;
}

/* Affix flags of one .dic entry ("DkM0MkP0Pa", FLAG long: two chars
 * each) to root bits. */
static uint32_t flag_bits(const char *f, size_t n)
{
    uint32_t bits = R_ROOT;
    if (n >= 2)
        bits |= R_FLAGGED;
    for (size_t i = 0; i + 1 < n; i += 2) {
        char a = f[i], b = f[i + 1];
        if (a == 'A' && b == '2') {
            bits |= R_NEEDAFFIX;
            continue;
        }
        int k = class_index(a);
        if (k >= 0) {
            if (islower((unsigned char)b))
                bits |= 1u << (R_CFX0 + k);
            else
                bits |= 1u << (R_PFX0 + k);
            continue;
        }
        if (b == '0' && a == 'a')
            bits |= R_SFX_AN;
        else if (b == '0' && a == 'i')
            bits |= R_SFX_I;
        else if (b == '0' && a == 'k')
            bits |= R_SFX_KAN;
    }
    return bits;
}

static wt_status add_root(wt_stemmer *st, const char *w, size_t n,
                          uint32_t bits)
{
    char low[WT_STEM_MAX + 1];
    size_t ln = wti_fold_into(w, n, low, sizeof low);
    if (ln == 0)
        return WT_OK;
    if (isupper((unsigned char)w[0]))
        bits |= R_PROPER;
    const wti_map_slot *old = wti_map_get(&st->roots, low, ln);
    if (old) {
        uint32_t ob = (uint32_t)old->value;
        /* a lowercase entry wins over a capitalised one; flags add up */
        if (!(ob & R_PROPER) || !(bits & R_PROPER))
            bits &= ~(uint32_t)R_PROPER;
        if (!(ob & R_NEEDAFFIX) || !(bits & R_NEEDAFFIX))
            bits &= ~(uint32_t)R_NEEDAFFIX, ob &= ~(uint32_t)R_NEEDAFFIX;
        bits |= ob & ~(uint32_t)R_PROPER;
    }
    return wti_map_put(&st->roots, low, ln, bits);
}

static wt_status load_dic(wt_stemmer *st, FILE *f)
{
    char line[512], utf[1024];
    int first = 1;
    while (fgets(line, sizeof line, f)) {
        if (first) { /* the entry count */
            first = 0;
            if (isdigit((unsigned char)line[0]))
                continue;
        }
        /* ISO-8859-1 to UTF-8 */
        size_t o = 0;
        for (const unsigned char *p = (const unsigned char *)line;
             *p && *p != '\n' && *p != '\r' && o + 2 < sizeof utf; p++) {
            if (*p < 0x80) {
                utf[o++] = (char)*p;
            } else {
                utf[o++] = (char)(0xC0 | (*p >> 6));
                utf[o++] = (char)(0x80 | (*p & 0x3F));
            }
        }
        utf[o] = 0;
        char *slash = strchr(utf, '/');
        size_t wn = slash ? (size_t)(slash - utf) : strcspn(utf, " \t");
        const char *fl = slash ? slash + 1 : "";
        size_t fn = strcspn(fl, " \t");
        if (wn == 0 || wn > WT_STEM_MAX)
            continue;
        wt_status s = add_root(st, utf, wn, flag_bits(fl, fn));
        if (s != WT_OK)
            return s;
    }
    return ferror(f) ? WT_EIO : WT_OK;
}

wt_status wt_stemmer_new(const char *dic_path, wt_stemmer **out)
{
    *out = NULL;
    if (!dic_path || !*dic_path)
        dic_path = getenv("WARTA_STEM_DIC");
    if (!dic_path || !*dic_path)
        dic_path = DEFAULT_DIC;
    FILE *f = fopen(dic_path, "r");
    if (!f)
        return WT_ENOTFOUND;
    wt_stemmer *st = calloc(1, sizeof *st);
    if (!st) {
        fclose(f);
        return WT_ENOMEM;
    }
    wti_map_init(&st->roots);
    st->id = __atomic_fetch_add(&next_id, 1, __ATOMIC_RELAXED);
    wt_status s = load_dic(st, f);
    fclose(f);
    const wti_lexfile *extra = wti_lex_find("stem_roots");
    if (s == WT_OK && extra) {
        wti_lexiter it;
        const char *l;
        size_t n;
        wti_lex_iter(&it, extra);
        while (s == WT_OK && wti_lex_next(&it, &l, &n))
            s = add_root(st, l, n, R_ROOT | R_FLAGGED | R_SFX_AN | R_SFX_I | R_SFX_KAN | 0xFFFFFF00u); /* attested with affixes: every class licensed */
    }
    if (s == WT_OK && st->roots.n == 0)
        s = WT_EFORMAT; /* not a hunspell .dic */
    if (s != WT_OK) {
        wt_stemmer_free(st);
        return s;
    }
    *out = st;
    return WT_OK;
}

void wt_stemmer_free(wt_stemmer *st)
{
    if (!st)
        return;
    wti_map_free(&st->roots);
    free(st);
}

/* ---- analysis ---------------------------------------------------------- */

enum pfx { P_NONE, P_DI, P_KE, P_SE, P_BER, P_TER, P_MEN, P_PEN, P_PER, P_KU,
           P_KAU };
static const char *const PFX_NAME[] = {"",    "di-", "ke-",  "se-",
                                       "ber-", "ter-", "meN-", "peN-",
                                       "per-", "ku-",  "kau-"};
static const char PFX_CLASS[] = {0, 'D', 'K', 'S', 'B', 'T', 'M', 'P', 'R',
                                 'O', 'O'};

enum dsfx { D_NONE, D_KAN, D_AN, D_I };
static const char *const DSFX_NAME[] = {"", "-kan", "-an", "-i"};

typedef struct cand {
    char root[WT_STEM_MAX + 1];
    size_t len;
    int pfx[3], npfx;
    int dsfx;
    int infl; /* suffix stage: bytes of particle + possessive removed */
    char infl_txt[16];
    int lic, order;
} cand;

typedef struct search {
    const wt_stemmer *st;
    cand best;
    int have, order;
    int dsfx;
    int infl;
    const char *infl_txt;
    int proper; /* title-case input: only prefixed, licensed analyses */
} search;

static uint32_t root_bits(const wt_stemmer *st, const char *w, size_t n)
{
    const wti_map_slot *sl = wti_map_get(&st->roots, w, n);
    return sl ? (uint32_t)sl->value : 0;
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Prefix-suffix pairs the language does not form (ECS). */
static int disallowed(int p, int d)
{
    switch (p) {
    case P_BER: return d == D_I;
    case P_DI: return d == D_AN;
    case P_KE: return d == D_I || d == D_KAN;
    case P_MEN: return d == D_AN;
    case P_SE: return d == D_I || d == D_KAN;
    case P_TER: return d == D_AN;
    default: return 0;
    }
}

static void consider(search *s, const char *w, size_t n, const int *pfx,
                     int npfx)
{
    s->order++;
    if (n < 3 && npfx + (s->dsfx != D_NONE) + (s->infl > 0) > 0)
        return;
    uint32_t b = root_bits(s->st, w, n);
    if (!b)
        return;
    if ((b & R_NEEDAFFIX) && npfx == 0 && s->dsfx == D_NONE)
        return;
    if ((b & R_PROPER) && npfx + (s->dsfx != D_NONE) > 0)
        return; /* Jakarta is not a root of anything */
    if (npfx && disallowed(pfx[0], s->dsfx))
        return;
    if (n <= 3 && !(b & R_FLAGGED) && npfx + (s->dsfx != D_NONE) > 0)
        return; /* kebon is not ke-bon, asean not ase-an */
    int lic = 0;
    if (npfx == 0) {
        lic++;
        if (s->dsfx == D_NONE || (s->dsfx == D_AN && (b & R_SFX_AN)) ||
            (s->dsfx == D_I && (b & R_SFX_I)) ||
            (s->dsfx == D_KAN && (b & R_SFX_KAN)))
            lic++;
    } else {
        int k = class_index(PFX_CLASS[pfx[0]]);
        if (b & (1u << (R_PFX0 + k)) || b & (1u << (R_CFX0 + k)))
            lic++;
        if (s->dsfx == D_NONE || (b & (1u << (R_CFX0 + k))) ||
            (s->dsfx == D_AN && (b & R_SFX_AN)) ||
            (s->dsfx == D_I && (b & R_SFX_I)) ||
            (s->dsfx == D_KAN && (b & R_SFX_KAN)))
            lic++;
    }
    if (b & R_FLAGGED)
        lic++; /* a productive root beats a bare lexicon entry */
    if (s->proper && (npfx == 0 || lic == 0))
        return;
    if (s->have && lic <= s->best.lic)
        return;
    cand *c = &s->best;
    memcpy(c->root, w, n);
    c->root[n] = 0;
    c->len = n;
    c->npfx = npfx;
    for (int i = 0; i < npfx; i++)
        c->pfx[i] = pfx[i];
    c->dsfx = s->dsfx;
    c->infl = s->infl;
    snprintf(c->infl_txt, sizeof c->infl_txt, "%s", s->infl_txt);
    c->lic = lic;
    c->order = s->order;
    s->have = 1;
}

/* Tries w as a root, then every prefix reading of w, depth first in the
 * classic preference order. */
static void strip_prefixes(search *s, const char *w, size_t n, int *pfx,
                           int npfx);

static void try_rest(search *s, int p, const char *head, size_t hn,
                     const char *rest, size_t rn, int *pfx, int npfx)
{
    if (rn < 2)
        return;
    char buf[WT_STEM_MAX + 4];
    if (hn + rn > WT_STEM_MAX)
        return;
    memcpy(buf, head, hn);
    memcpy(buf + hn, rest, rn);
    pfx[npfx] = p;
    strip_prefixes(s, buf, hn + rn, pfx, npfx + 1);
}

static int starts(const char *w, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n > k && memcmp(w, p, k) == 0;
}

/* meN- and peN- share their sound changes; pre is "me" or "pe". */
static void nasal(search *s, int p, const char *w, size_t n, int *pfx,
                  int npfx)
{
    const char *r = w + 2; /* after me/pe */
    size_t rn = n - 2;
    if (rn >= 2 && r[0] == 'n' && r[1] == 'g') { /* meng- */
        const char *x = r + 2;
        size_t xn = rn - 2;
        if (xn && is_vowel(x[0])) {
            try_rest(s, p, "", 0, x, xn, pfx, npfx);     /* mengambil */
            try_rest(s, p, "k", 1, x, xn, pfx, npfx);    /* mengirim  */
            if (x[0] == 'e' && xn >= 4)
                try_rest(s, p, "", 0, x + 1, xn - 1, pfx, npfx); /* mengebom */
        } else if (xn) {
            try_rest(s, p, "", 0, x, xn, pfx, npfx);     /* menggali */
        }
        return;
    }
    if (rn >= 2 && r[0] == 'n' && r[1] == 'y') { /* meny- */
        if (rn > 2 && is_vowel(r[2])) {
            try_rest(s, p, "s", 1, r + 2, rn - 2, pfx, npfx); /* menyapu  */
            try_rest(s, p, "", 0, r, rn, pfx, npfx);          /* menyanyi */
        }
        return;
    }
    if (rn >= 1 && r[0] == 'n') { /* men- */
        const char *x = r + 1;
        size_t xn = rn - 1;
        if (!xn)
            return;
        if (is_vowel(x[0])) {
            try_rest(s, p, "", 0, r, rn, pfx, npfx);  /* menanti -> nanti */
            try_rest(s, p, "t", 1, x, xn, pfx, npfx); /* menangis -> tangis */
        } else if (strchr("cdjszt", x[0])) {
            try_rest(s, p, "", 0, x, xn, pfx, npfx); /* mencari */
        }
        return;
    }
    if (rn >= 1 && r[0] == 'm') { /* mem- */
        const char *x = r + 1;
        size_t xn = rn - 1;
        if (!xn)
            return;
        if (is_vowel(x[0])) {
            try_rest(s, p, "", 0, r, rn, pfx, npfx);  /* memakan -> makan */
            try_rest(s, p, "p", 1, x, xn, pfx, npfx); /* memukul -> pukul */
        } else if (strchr("bfvp", x[0])) {
            try_rest(s, p, "", 0, x, xn, pfx, npfx); /* membeli, memproses */
        }
        return;
    }
    if (rn >= 1 && strchr("lrwy", r[0])) {
        try_rest(s, p, "", 0, r, rn, pfx, npfx); /* melihat, merasa */
        return;
    }
    if (p == P_PEN && rn >= 1 && !is_vowel(r[0]))
        try_rest(s, p, "", 0, r, rn, pfx, npfx); /* pedagang, petani */
}

static void strip_prefixes(search *s, const char *w, size_t n, int *pfx,
                           int npfx)
{
    consider(s, w, n, pfx, npfx);
    if (npfx >= 3 || n < 5)
        return;
    int last = npfx ? pfx[npfx - 1] : P_NONE;
#define OK_NEXT(p) ((p) != last && (npfx == 0 || ((p) != P_DI && (p) != P_MEN && \
                                                  (p) != P_KU && (p) != P_KAU)))
    if (starts(w, n, "di") && OK_NEXT(P_DI))
        try_rest(s, P_DI, "", 0, w + 2, n - 2, pfx, npfx);
    if (starts(w, n, "ke") && OK_NEXT(P_KE))
        try_rest(s, P_KE, "", 0, w + 2, n - 2, pfx, npfx);
    if (starts(w, n, "se") && OK_NEXT(P_SE))
        try_rest(s, P_SE, "", 0, w + 2, n - 2, pfx, npfx);
    if (starts(w, n, "be") && OK_NEXT(P_BER)) {
        if (w[2] == 'r') {
            try_rest(s, P_BER, "", 0, w + 3, n - 3, pfx, npfx);
            if (n > 3 && is_vowel(w[3]))
                try_rest(s, P_BER, "", 0, w + 2, n - 2, pfx, npfx); /* berupa */
        } else if (starts(w, n, "belajar")) {
            try_rest(s, P_BER, "", 0, w + 3, n - 3, pfx, npfx);
        } else if (n > 5 && !is_vowel(w[2]) && w[3] == 'e' && w[4] == 'r') {
            try_rest(s, P_BER, "", 0, w + 2, n - 2, pfx, npfx); /* bekerja */
        }
    }
    if (starts(w, n, "te") && OK_NEXT(P_TER)) {
        if (w[2] == 'r') {
            try_rest(s, P_TER, "", 0, w + 3, n - 3, pfx, npfx);
            if (n > 3 && is_vowel(w[3]))
                try_rest(s, P_TER, "", 0, w + 2, n - 2, pfx, npfx);
        } else if (n > 5 && !is_vowel(w[2]) && w[3] == 'e' && w[4] == 'r') {
            try_rest(s, P_TER, "", 0, w + 2, n - 2, pfx, npfx);
        }
    }
    if (starts(w, n, "me") && OK_NEXT(P_MEN))
        nasal(s, P_MEN, w, n, pfx, npfx);
    if (starts(w, n, "pe")) {
        if (w[2] == 'r' && OK_NEXT(P_PER)) {
            try_rest(s, P_PER, "", 0, w + 3, n - 3, pfx, npfx);
            if (n > 3 && is_vowel(w[3]))
                try_rest(s, P_PER, "", 0, w + 2, n - 2, pfx, npfx);
        }
        if (OK_NEXT(P_PEN)) {
            if (starts(w, n, "pelajar"))
                try_rest(s, P_PEN, "", 0, w + 3, n - 3, pfx, npfx);
            else if (n > 5 && !is_vowel(w[2]) && w[3] == 'e' && w[4] == 'r')
                try_rest(s, P_PEN, "", 0, w + 2, n - 2, pfx, npfx); /* pekerja */
            nasal(s, P_PEN, w, n, pfx, npfx);
        }
    }
    if (npfx == 0 && starts(w, n, "kau"))
        try_rest(s, P_KAU, "", 0, w + 3, n - 3, pfx, npfx);
    else if (npfx == 0 && starts(w, n, "ku"))
        try_rest(s, P_KU, "", 0, w + 2, n - 2, pfx, npfx);
#undef OK_NEXT
}

static int ends(const char *w, size_t n, const char *sfx)
{
    size_t k = strlen(sfx);
    return n > k + 2 && memcmp(w + n - k, sfx, k) == 0;
}

/* Derivational suffix readings of w (inflection already off), then the
 * prefixes of each.  Suffix-only analyses come first, as in ECS. */
static void analyse_deriv(search *s, const char *w, size_t n)
{
    int pfx[3];
    struct {
        int d;
        size_t cut;
    } r[3];
    int nr = 0;
    if (ends(w, n, "kan"))
        r[nr].d = D_KAN, r[nr++].cut = 3;
    if (ends(w, n, "an"))
        r[nr].d = D_AN, r[nr++].cut = 2;
    if (ends(w, n, "i"))
        r[nr].d = D_I, r[nr++].cut = 1;
    for (int i = 0; i < nr; i++) {
        s->dsfx = r[i].d;
        strip_prefixes(s, w, n - r[i].cut, pfx, 0);
    }
    s->dsfx = D_NONE;
    strip_prefixes(s, w, n, pfx, 0);
}

/* Core: lowercase w (n bytes) into res. */
static void analyse(const wt_stemmer *st, const char *w, size_t n, int proper,
                    wt_stem_result *res)
{
    search s;
    memset(&s, 0, sizeof s);
    res->prefixes[0] = res->suffixes[0] = 0;
    s.st = st;
    s.proper = proper;

    /* the word itself (hunspell-id lists a few derived words such as
     * belajar too; letting them yield to a licensed reading measured
     * worse on the UD development sets) */
    uint32_t b = root_bits(st, w, n);
    if (b && !(b & R_NEEDAFFIX)) {
        memcpy(res->stem, w, n);
        res->stem[n] = 0;
        res->len = n;
        res->kind = WT_STEM_ROOT;
        return;
    }

    /* inflection: particle, then possessive; deepest reading first */
    static const char *const PART[] = {"lah", "kah", "tah", "pun"};
    static const char *const POSS[] = {"nya", "ku", "mu"};
    size_t cut1 = 0, cut2 = 0;
    const char *t1 = "", *t2 = "";
    for (int i = 0; i < 4; i++)
        if (ends(w, n, PART[i])) {
            cut1 = 3, t1 = PART[i];
            break;
        }
    for (int i = 0; i < 3; i++)
        if (ends(w, n - cut1, POSS[i])) {
            cut2 = strlen(POSS[i]), t2 = POSS[i];
            break;
        }
    char it[16];
    size_t levels[3] = {cut1 + cut2, cut1, 0};
    for (int L = 0; L < 3; L++) {
        if (L > 0 && levels[L] == levels[L - 1])
            continue;
        s.infl = (int)levels[L];
        snprintf(it, sizeof it, "%s%s%s%s", (L == 0 && cut2) ? "-" : "",
                 L == 0 ? t2 : "", cut1 && L < 2 ? "-" : "",
                 L < 2 ? t1 : "");
        s.infl_txt = it;
        analyse_deriv(&s, w, n - levels[L]);
    }

    if (!s.have) {
        memcpy(res->stem, w, n);
        res->stem[n] = 0;
        res->len = n;
        res->kind = WT_STEM_UNKNOWN;
        return;
    }
    cand *c = &s.best;
    memcpy(res->stem, c->root, c->len + 1);
    res->len = c->len;
    res->kind = WT_STEM_STEMMED;
    size_t o = 0;
    for (int i = 0; i < c->npfx; i++)
        o += (size_t)snprintf(res->prefixes + o, sizeof res->prefixes - o,
                              "%s", PFX_NAME[c->pfx[i]]);
    snprintf(res->suffixes, sizeof res->suffixes, "%s%s",
             DSFX_NAME[c->dsfx], c->infl_txt);
}


static const char *const CLITICS[] = {"ku", "mu", "nya", "lah", "kah", "pun",
                                      NULL};

static void keep(const char *w, size_t n, int kind, wt_stem_result *res);

/* low (n bytes) holds a '-'.  Reduplication: buku-buku, bermain-main,
 * meniru-nirukan (the right part repeats the tail of the left one, so the
 * word is stemmed as the left part plus what the right adds). */
static void stem_hyphen(const wt_stemmer *st, const char *word, size_t len,
                        const char *low, size_t n, int proper,
                        wt_stem_result *res)
{
    uint32_t b = root_bits(st, low, n);
    if (b && !(b & R_NEEDAFFIX)) {
        keep(low, n, WT_STEM_ROOT, res);
        return;
    }
    const char *last = low + n;
    while (last > low && last[-1] != '-')
        last--;
    size_t tn = (size_t)(low + n - last);
    for (int i = 0; CLITICS[i]; i++)
        if (tn == strlen(CLITICS[i]) && !memcmp(last, CLITICS[i], tn) &&
            last - 1 > low) {
            size_t hn = (size_t)(last - 1 - low);
            if (memchr(low, '-', hn))
                stem_hyphen(st, word, hn, low, hn, proper, res);
            else
                analyse(st, low, hn, proper, res);
            snprintf(res->suffixes + strlen(res->suffixes),
                     sizeof res->suffixes - strlen(res->suffixes), "-%s",
                     CLITICS[i]);
            if (res->kind == WT_STEM_ROOT || res->kind == WT_STEM_UNKNOWN)
                res->kind = WT_STEM_STEMMED;
            return;
        }
    const char *dash = memchr(low, '-', n);
    size_t ln = (size_t)(dash - low), rn = n - ln - 1;
    const char *r = dash + 1;
    if (ln >= 2 && rn >= 2 && !memchr(r, '-', rn)) {
        /* the longest tail of the left part that opens the right part */
        size_t k = ln < rn ? ln : rn;
        for (; k >= 2; k--)
            if (!memcmp(low + ln - k, r, k))
                break;
        if (k >= 2 && ln + rn - k <= WT_STEM_MAX) {
            char buf[WT_STEM_MAX + 1];
            memcpy(buf, low, ln);
            memcpy(buf + ln, r + k, rn - k);
            analyse(st, buf, ln + rn - k, proper, res);
            if (res->kind != WT_STEM_UNKNOWN) {
                snprintf(res->suffixes + strlen(res->suffixes),
                         sizeof res->suffixes - strlen(res->suffixes), "%s",
                         "+redup");
                res->kind = WT_STEM_STEMMED;
                return;
            }
        }
        wt_stem_result a, z;
        analyse(st, low, ln, proper, &a);
        analyse(st, r, rn, 0, &z);
        if (a.len == z.len && !memcmp(a.stem, z.stem, a.len) &&
            a.kind != WT_STEM_UNKNOWN) { /* sayur-sayuran */
            *res = a;
            res->kind = WT_STEM_STEMMED;
            return;
        }
    }
    if (proper)
        keep(word, len, WT_STEM_PROPER, res);
    else
        keep(low, n, WT_STEM_UNKNOWN, res);
}

static int is_title(const char *w, size_t n)
{
    if (!n || !isupper((unsigned char)w[0]))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (islower((unsigned char)w[i]))
            return 1;
    return 0;
}

static int is_acronym(const char *w, size_t n)
{
    int upper = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (islower(c))
            return 0;
        if (isupper(c))
            upper++;
    }
    return upper >= 2 || (upper == 1 && n == 1);
}

static void keep(const char *w, size_t n, int kind, wt_stem_result *res)
{
    if (n > WT_STEM_MAX)
        n = WT_STEM_MAX;
    memcpy(res->stem, w, n);
    res->stem[n] = 0;
    res->len = n;
    res->kind = kind;
}

static void stem_uncached(const wt_stemmer *st, const char *word,
                          size_t len, wt_stem_result *res);

void wt_stem(const wt_stemmer *st, const char *word, size_t len,
             wt_stem_result *res)
{
    size_t i = 0;
    uint32_t h = 2166136261u; /* FNV-1a while checking for ASCII letters */
    if (st && word && len <= CACHE_KEY)
        for (; i < len; i++) {
            unsigned char c = (unsigned char)word[i];
            if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != '-')
                break;
            h = (h ^ c) * 16777619u;
        }
    if (!st || !word || len == 0 || len > CACHE_KEY || i < len) {
        stem_uncached(st, word, len, res);
        return;
    }
    if (!tl_cache) {
        pthread_once(&cache_once, cache_key_init);
        if (cache_key_ok)
            tl_cache = calloc(CACHE_SLOTS, sizeof *tl_cache);
        if (tl_cache && pthread_setspecific(cache_key, tl_cache) != 0) {
            free(tl_cache);
            tl_cache = NULL;
        }
        if (!tl_cache) {
            stem_uncached(st, word, len, res);
            return;
        }
    }
    cache_slot *c = &tl_cache[(h ^ (h >> 16)) & (CACHE_SLOTS - 1)];
    if (c->id == st->id && c->len == len && !memcmp(c->key, word, len)) {
        memcpy(res->stem, c->stem, (size_t)c->stem_len + 1);
        res->len = c->stem_len;
        res->kind = (wt_stem_kind)c->kind;
        memcpy(res->prefixes, c->prefixes, CACHE_AFFIX);
        memcpy(res->suffixes, c->suffixes, CACHE_AFFIX);
        return;
    }
    stem_uncached(st, word, len, res);
    if (res->len > CACHE_KEY || strlen(res->prefixes) >= CACHE_AFFIX ||
        strlen(res->suffixes) >= CACHE_AFFIX)
        return;
    c->id = st->id;
    c->len = (unsigned char)len;
    memcpy(c->key, word, len);
    c->stem_len = (unsigned char)res->len;
    c->kind = (unsigned char)res->kind;
    memcpy(c->stem, res->stem, res->len + 1);
    memcpy(c->prefixes, res->prefixes, CACHE_AFFIX);
    memcpy(c->suffixes, res->suffixes, CACHE_AFFIX);
}

static void stem_uncached(const wt_stemmer *st, const char *word,
                          size_t len, wt_stem_result *res)
{
    res->prefixes[0] = res->suffixes[0] = 0;
    res->len = 0;
    res->stem[0] = 0;
    res->kind = WT_STEM_UNKNOWN;
    if (!st || !word || len == 0)
        return;
    if (is_acronym(word, len)) {
        keep(word, len, WT_STEM_PROPER, res);
        return;
    }
    char low[WT_STEM_MAX + 1];
    size_t n = len <= WT_STEM_MAX ? wti_fold_into(word, len, low, sizeof low) : 0;
    if (n == 0) {
        keep(word, len, WT_STEM_UNKNOWN, res);
        return;
    }
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)low[i]) && low[i] != '-' &&
            (unsigned char)low[i] < 0x80) {
            keep(low, n, WT_STEM_UNKNOWN, res); /* digits, symbols */
            return;
        }
    int proper = is_title(word, len);

    /* hyphenated: a listed compound, a clitic after a hyphen
     * (kuasa-Mu, allah-lah), or reduplication */
    const char *dash = memchr(low, '-', n);
    if (dash) {
        stem_hyphen(st, word, len, low, n, proper, res);
        return;
    }
    analyse(st, low, n, proper, res);
    if (proper && (res->kind == WT_STEM_UNKNOWN ||
                   (res->kind == WT_STEM_ROOT &&
                    (root_bits(st, low, n) & R_PROPER))))
        keep(word, len, WT_STEM_PROPER, res);
}

int wt_stemmer_has_root(const wt_stemmer *st, const char *w, size_t n)
{
    char low[WT_STEM_MAX + 1];
    size_t ln = n <= WT_STEM_MAX ? wti_fold_into(w, n, low, sizeof low) : 0;
    return ln && root_bits(st, low, ln) != 0;
}
