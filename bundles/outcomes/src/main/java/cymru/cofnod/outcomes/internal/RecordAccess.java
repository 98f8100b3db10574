package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.consent.api.VersionDigest;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;

/**
 * The one place every read and write of a person's record passes: it asks the sharing policy what the
 * requester may see and leaves what was refused in the audit. A record the requester may not read is
 * not found, exactly like one that does not exist.
 */
final class RecordAccess {

    private final SharingPolicy policy;
    private final AuditTrail audit;
    private final Involvement involvement;

    RecordAccess(JpaTemplate jpa, SharingPolicy policy, AuditTrail audit) {
        this.policy = policy;
        this.audit = audit;
        this.involvement = new Involvement(jpa, policy);
    }

    /** What of this person's record the requester may see; throws when they may see none of it. */
    Visibility visibility(Requester requester, String personId) {
        Disclosure disclosure = policy.disclosure(requester, personId);
        return new Visibility(disclosure, involvement.involved(requester, disclosure, personId));
    }

    /**
     * Practitioners write their agency's own items, and the person writes in their own record; what
     * they link to must be visible to them. Returns what they may see.
     */
    Visibility checkMayWrite(Requester requester, String personId) {
        if (requester.role() == Role.COMMISSIONER || requester.role() == Role.ADMINISTRATOR) {
            audit.note(requester, personId, "refused: " + requester.role().wireName() + "s do not write in a record",
                    false);
            throw new AccessDeniedException("Only practitioners and the person themselves write in a record");
        }
        Visibility visibility = visibility(requester, personId);
        if (requester.role() == Role.PERSON && !visibility.disclosure().everything()) {
            audit.note(requester, personId, "refused: a person writes only in their own record", false);
            throw new RecordNotFoundException("person", personId);
        }
        return visibility;
    }

    /**
     * What a practitioner may see of each person of a batch they write for, decided in one go where the sharing
     * policy can; anyone left out goes through {@link #checkMayWrite} one at a time.
     */
    Map<String, Visibility> mayWriteAll(Requester requester, Collection<String> personIds) {
        Map<String, Visibility> visible = new HashMap<>();
        Map<String, Disclosure> decided = policy.disclosures(requester, personIds);
        Set<String> involved = involvement.involvedAmong(requester, decided);
        decided.forEach((personId, d) -> visible.put(personId, new Visibility(d, involved.contains(personId))));
        return visible;
    }

    /** What a write did in one person's record, for its audit event. */
    AuditTrail.Change change(String personId, String what, Visibility visibility, List<VersionDigest> versions) {
        return new AuditTrail.Change(personId, what, visibility.disclosure().breakGlass(), versions);
    }

    /** The writes' audit events, in their own transaction. */
    void recorded(EntityManager em, Requester requester, List<AuditTrail.Change> changes) {
        audit.recorded(em, requester, changes);
    }

    void note(Requester requester, String personId, String what, Visibility visibility) {
        audit.note(requester, personId, what, visibility.disclosure().breakGlass());
    }
}
