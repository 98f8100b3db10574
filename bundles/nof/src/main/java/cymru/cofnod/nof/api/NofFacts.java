package cymru.cofnod.nof.api;

import cymru.cofnod.core.api.Requester;

/**
 * The de-identified facts reports count: one row per live outcome, kept up to date by listening to
 * every committed record change, with the report counts kept beside them.
 */
public interface NofFacts {

    /**
     * Rebuilds every fact from the record service, for records written before this bundle listened
     * (first start with existing data, or after a restore), then counts the report cells again from them.
     * Safe to run at any time: facts are keyed by outcome and a newer version always wins, and the recount
     * holds off every change to the counts while it runs.
     *
     * @return how many outcomes were read
     * @throws cymru.cofnod.core.api.AccessDeniedException unless the requester is an administrator
     */
    int rebuild(Requester requester);

    /** How many facts are held (live outcomes), for the administrator's shell. */
    long count(Requester requester);
}
