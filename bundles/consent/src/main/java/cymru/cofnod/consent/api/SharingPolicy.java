package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.Requester;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

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

    /**
     * What of each of these people's records the requester may see now, decided in one go for a batch (an
     * agency's payload). A person left out of the answer is to be asked with {@link #disclosure}, which says and
     * audits a refusal; a policy that cannot decide in one go answers with an empty map.
     */
    default Map<String, Disclosure> disclosures(Requester requester, Collection<String> personIds) {
        return Map.of();
    }

    /**
     * The people for whom an active directive grants the requester's agency (as an agency or a role within it), or
     * the requester by name, anything for a purpose other than commissioning: one of the ways an agency is
     * involved in a person's care (docs/access.md).
     */
    Set<String> peopleGranting(Requester requester);

    /**
     * Whether the person's words in one outcome may stand, shortened and without names, beside a
     * commissioner's de-identified report: only under an active directive for the purpose
     * {@code commissioning} in the outcomes-and-plans category, granted to the commissioner's agency (or
     * to them by name), over the whole record or that outcome. It never discloses the record itself;
     * each story allowed is audited.
     */
    boolean allowsStory(Requester commissioner, String personId, String outcomeId);
}
