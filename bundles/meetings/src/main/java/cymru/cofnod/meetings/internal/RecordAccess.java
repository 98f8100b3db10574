package cymru.cofnod.meetings.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.consent.api.VersionDigest;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;

/**
 * The one place every read and write of a person's meetings and plans passes: it asks the sharing
 * policy, as the rest of the record does, and leaves what was read or refused in the audit. A meeting
 * or plan is an item of the category {@code outcomes-and-plans}, belonging to the agency that recorded
 * it and about its outcomes: another agency sees it only under a directive for that category (for the
 * whole record, or for those outcomes). One it may not see is not found, like one that does not exist.
 */
final class RecordAccess {

    private final SharingPolicy policy;
    private final AuditTrail audit;

    RecordAccess(SharingPolicy policy, AuditTrail audit) {
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * What of the person's record the requester may see.
     *
     * @throws AccessDeniedException   for a role or purpose that never reads a record
     * @throws RecordNotFoundException for a person asking for someone else's record
     */
    Disclosure disclosure(Requester requester, String personId) {
        return policy.disclosure(requester, personId);
    }

    /** A direct read of one meeting or plan version: disclosed, or not found; audited either way. */
    void read(Requester requester, StoredRow row, String what, Collection<String> outcomeIds) {
        Disclosure disclosure;
        try {
            disclosure = policy.disclosure(requester, row.personId());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(what, row.id());
        }
        if (!allows(disclosure, row, outcomeIds)) {
            audit.note(requester, row.personId(), "refused " + what + " " + row.id() + ": not disclosed", false);
            throw new RecordNotFoundException(what, row.id());
        }
        audit.note(requester, row.personId(), "read " + what + " " + row.id(), disclosure.breakGlass());
    }

    /**
     * The same rule for lists: each person's disclosure is asked once (the {@code known} ones not again), each
     * row tested before paging.
     */
    Keyset.Visible listFilter(Requester requester, Map<String, Disclosure> known) {
        Map<String, Optional<Disclosure>> asked = new HashMap<>();
        known.forEach((personId, d) -> asked.put(personId, Optional.of(d)));
        return (row, outcomeIds) -> asked.computeIfAbsent(row.personId(), p -> {
            try {
                return Optional.of(policy.disclosure(requester, p));
            } catch (RecordNotFoundException | AccessDeniedException e) {
                return Optional.empty();
            }
        }).map(d -> allows(d, row, outcomeIds)).orElse(false);
    }

    /**
     * A change's audit event, carrying the digests of the versions it wrote, in the change's own transaction:
     * they commit together or not at all.
     */
    void recorded(EntityManager em, Requester requester, String personId, String what, List<VersionDigest> written) {
        audit.recorded(em, requester, List.of(new AuditTrail.Change(personId, what, false, written)));
    }

    void note(Requester requester, String personId, String what) {
        audit.note(requester, personId, what, false);
    }

    /**
     * A meeting or plan is disclosed when its agency's, or under a directive for outcomes and plans that covers
     * the whole record or any one of its outcomes; the outcomes the reader may not see are then cut from it.
     */
    private static boolean allows(Disclosure disclosure, StoredRow row, Collection<String> outcomeIds) {
        return disclosure.allows(row.agency(), RecordCategory.OUTCOMES_AND_PLANS, row.id(), List.of())
                || outcomeIds.stream().anyMatch(o -> disclosure.allows(row.agency(), RecordCategory.OUTCOMES_AND_PLANS,
                        row.id(), List.of(o)));
    }

    /** Commissioners and administrators never read a person's meetings or plans, whoever the person. */
    void checkRole(Requester requester) {
        if (requester.role() == Role.COMMISSIONER || requester.role() == Role.ADMINISTRATOR) {
            note(requester, null, "refused: " + requester.role().wireName() + "s do not read meetings or plans");
            throw new AccessDeniedException("Meetings and plans are part of a person's record: commissioners see "
                    + "de-identified reports and administrators run Cofnod, neither reads a person's plans");
        }
    }

    /** Meetings are recorded and plans revised by practitioners, for their agency. */
    void requirePractitioner(Requester requester, String personId, String what) {
        if (requester.role() != Role.PRACTITIONER || requester.agency() == null) {
            note(requester, personId, "refused: only a practitioner of an agency may " + what);
            throw new AccessDeniedException("Only a practitioner of an agency may " + what);
        }
    }
}
