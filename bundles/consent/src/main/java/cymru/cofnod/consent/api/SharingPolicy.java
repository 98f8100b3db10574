package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.Requester;

/**
 * The one policy decision point: every read of a person's record, from REST, the shell, reports,
 * exports or adapters, asks it. Deny by default across agencies.
 */
public interface SharingPolicy {

    /**
     * What of this person's record the requester may see now.
     *
     * @throws cymru.cofnod.core.api.AccessDeniedException when the requester's role or purpose may never read
     *         a record (commissioning, administration)
     * @throws cymru.cofnod.core.api.RecordNotFoundException when the requester is a person asking for
     *         someone else's record: it answers as if there were none
     */
    Disclosure disclosure(Requester requester, String personId);
}
