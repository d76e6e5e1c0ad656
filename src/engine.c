/* engine.c - building and freeing the engine: every stage's tables. */
#include "engine.h"

#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "stages.h"

#define DEFAULT_MAX_INPUT ((size_t)64 << 20)

const char *wt_version(void)
{
    return WT_VERSION;
}

const char *wt_strerror(wt_status st)
{
    switch (st) {
    case WT_OK: return "success";
    case WT_ENOMEM: return "out of memory";
    case WT_EINVAL: return "invalid argument";
    case WT_EIO: return "input/output error";
    case WT_ETOOBIG: return "input too large";
    case WT_EFORMAT: return "malformed data";
    case WT_ENOTFOUND: return "not found";
    case WT_EDB: return "database error";
    case WT_ESTATE: return "invalid state";
    }
    return "unknown error";
}

const char *wti_data_dir(const char *given)
{
    const char *dir = given && *given ? given : getenv("WARTA_DATA");
    return dir && *dir ? dir : WARTA_DATADIR;
}

/* What each stage needs run before it: entities leave out a time's
 * capitals, claims date themselves by the times, quotes take their
 * speakers from the entities, events both. */
static const struct {
    unsigned stage, needs;
} stage_needs[] = {
    {WT_STAGE_ENTITIES, WT_STAGE_TIMES},
    {WT_STAGE_CLAIMS, WT_STAGE_TIMES},
    {WT_STAGE_QUOTES, WT_STAGE_ENTITIES},
    {WT_STAGE_EVENTS, WT_STAGE_ENTITIES | WT_STAGE_TIMES},
};
#define N_NEEDS (sizeof stage_needs / sizeof *stage_needs)

unsigned wti_stages_close(unsigned skip)
{
    skip &= WT_STAGE_ALL;
    for (unsigned before = 0; before != skip;) { /* to a fixed point */
        before = skip;
        for (size_t k = 0; k < N_NEEDS; k++)
            if (skip & stage_needs[k].needs)
                skip |= stage_needs[k].stage;
    }
    return skip;
}

wt_status wt_stages_parse(const char *s, unsigned *skip)
{
    static const struct {
        const char *name;
        unsigned bits;
    } names[] = {
        {"clean", 0},
        {"tagger", WT_STAGE_TAGGER},
        {"entities", WT_STAGE_ENTITIES},
        {"times", WT_STAGE_TIMES},
        {"claims", WT_STAGE_CLAIMS},
        {"quotes", WT_STAGE_QUOTES},
        {"events", WT_STAGE_EVENTS},
        {"all", WT_STAGE_ALL},
    };
    if (!s || !skip)
        return WT_EINVAL;
    unsigned run = 0;
    while (*s) {
        size_t n = strcspn(s, ",");
        size_t k = 0;
        while (k < sizeof names / sizeof *names &&
               (strlen(names[k].name) != n || strncmp(names[k].name, s, n)))
            k++;
        if (k == sizeof names / sizeof *names)
            return WT_EINVAL;
        run |= names[k].bits;
        s += n + (s[n] == ',');
    }
    for (unsigned before = 0; before != run;) { /* add what they need */
        before = run;
        for (size_t k = 0; k < N_NEEDS; k++)
            if (run & stage_needs[k].stage)
                run |= stage_needs[k].needs;
    }
    *skip = WT_STAGE_ALL & ~run;
    return WT_OK;
}

wt_status wt_engine_new(const wt_engine_options *opt, wt_engine **out)
{
    if (!out)
        return WT_EINVAL;
    *out = NULL;
    wt_engine *e = calloc(1, sizeof *e);
    if (!e)
        return WT_ENOMEM;
    e->data_dir = strdup(wti_data_dir(opt ? opt->data_dir : NULL));
    e->max_input = opt && opt->max_input ? opt->max_input : DEFAULT_MAX_INPUT;
    e->skip = wti_stages_close((opt ? opt->skip : 0) |
                               (opt && opt->no_tagger ? WT_STAGE_TAGGER : 0));
    wt_status st = e->data_dir ? WT_OK : WT_ENOMEM;
    if (!st)
        st = wti_clean_load(&e->clean);
    if (!st)
        st = wti_stages_load(e);
    if (st) {
        wt_engine_free(e);
        return st;
    }
    *out = e;
    return WT_OK;
}

void wt_engine_free(wt_engine *e)
{
    if (!e)
        return;
    wti_stages_free(e);
    wti_clean_free(e->clean);
    free(e->data_dir);
    free(e);
}
