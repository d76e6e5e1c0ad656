/* stages.c - loading and running the analysis stages (see stages.h). */
#include "stages.h"

wt_status wti_stages_load(wt_engine *e)
{
    (void)e;
    return WT_OK;
}

void wti_stages_free(wt_engine *e)
{
    (void)e;
}

wt_status wti_stages_run(const wt_engine *e, wt_doc *d)
{
    (void)e;
    (void)d;
    return WT_OK;
}
