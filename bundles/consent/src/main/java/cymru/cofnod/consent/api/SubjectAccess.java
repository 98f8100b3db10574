package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.Requester;

/**
 * Who may have a person's own copy of their whole record (a subject access request under UK GDPR): the person
 * with their own login, or an administrator on the person's behalf, naming the request it answers. Nobody else.
 */
public interface SubjectAccess {

    /** The longest reference a subject access request may be named by. */
    int MAX_REFERENCE = 100;

    /**
     * The requester the person's copy is read as: the person themselves. An administrator's copy is read as the
     * person's own login, with the request noted in the audit (and so in the person's access log) as made on their
     * behalf under {@code reference}.
     *
     * @param reference the subject access request answered (its reference, for example {@code SAR-2026-0042}):
     *                  required of an administrator, optional for the person
     * @throws cymru.cofnod.core.api.AccessDeniedException to practitioners, commissioners and purpose commissioning
     * @throws cymru.cofnod.core.api.RecordNotFoundException an unknown person, or a person asking for someone
     *         else's
     * @throws cymru.cofnod.core.api.ValidationException an administrator without a valid reference, or for a
     *         person whose record no login opens (bind one first)
     */
    Requester readerOfCopy(Requester requester, String personId, String reference);
}
