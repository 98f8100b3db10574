package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.core.api.InList;
import cymru.cofnod.core.api.Memo;
import cymru.cofnod.core.api.Requester;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Whether the requester's agency is involved in a person's care (docs/access.md, "Involvement"): it recorded the
 * person or has written in their record, or an active directive grants it for a purpose other than commissioning.
 * The one rule behind a practitioner's caseload, how much of a person's details they see and change, and whether
 * they read what the person wrote themselves. Once an agency has written it stays involved (nothing is deleted),
 * so a yes is kept.
 */
final class Involvement {

    private static final Memo<Boolean> WRITTEN = new Memo<>(20_000);

    private final JpaTemplate jpa;
    private final SharingPolicy policy;

    Involvement(JpaTemplate jpa, SharingPolicy policy) {
        this.jpa = jpa;
        this.policy = policy;
    }

    /** Whether the requester, to whom the policy discloses this of the person's record, is involved in their care. */
    boolean involved(Requester requester, Disclosure disclosure, String personId) {
        if (known(disclosure, personId)) {
            return true;
        }
        if (disclosure.ownAgency() == null) {
            return false;
        }
        boolean written = jpa.txExpr(TransactionType.Required, em -> wrote(em, personId, disclosure.ownAgency()));
        if (written) {
            WRITTEN.get(personId + '@' + disclosure.ownAgency(), () -> Boolean.TRUE);
            return true;
        }
        // a directive for another purpose than this request's: asked last, as it is the rarest
        return policy.peopleGranting(requester).contains(personId);
    }

    /**
     * Of the people of a batch, with what the policy discloses of each, those the requester is involved with: one
     * look in the journey index for the whole batch, beyond what is known already.
     */
    Set<String> involvedAmong(Requester requester, Map<String, Disclosure> disclosures) {
        Set<String> involved = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        disclosures.forEach((personId, d) -> {
            if (known(d, personId)) {
                involved.add(personId);
            } else if (d.ownAgency() != null) {
                unknown.add(personId);
            }
        });
        if (unknown.isEmpty()) {
            return involved;
        }
        String agency = requester.agency();
        Set<String> written = jpa.txExpr(TransactionType.Required, em -> {
            Set<String> found = new HashSet<>();
            for (List<String> piece : InList.pieces(unknown)) {
                found.addAll(em.createQuery("select distinct w.personId from ItemRow w where w.personId in :p"
                        + " and w.agency = :a", String.class).setParameter("p", piece).setParameter("a", agency)
                        .getResultList());
            }
            return found;
        });
        written.forEach(personId -> WRITTEN.get(personId + '@' + agency, () -> Boolean.TRUE));
        involved.addAll(written);
        unknown.removeAll(written);
        if (!unknown.isEmpty()) {
            Set<String> granted = policy.peopleGranting(requester);
            unknown.stream().filter(granted::contains).forEach(involved::add);
        }
        return involved;
    }

    /**
     * Whether the requester is known to be involved without asking the database: the person, break-glass, a
     * directive for this request's purpose, or having written before (as this node saw).
     */
    private static boolean known(Disclosure disclosure, String personId) {
        if (disclosure.everything()) {
            return true;
        }
        if (disclosure.ownAgency() == null) {
            // family, carers, named people read only what directives grant them
            return false;
        }
        return !disclosure.grants().isEmpty() || WRITTEN.kept(personId + '@' + disclosure.ownAgency()) != null;
    }

    /** Whether the agency recorded the person or wrote anything in their record: a look in the journey index. */
    private static boolean wrote(EntityManager em, String personId, String agency) {
        return !em.createQuery("select w.itemId from ItemRow w where w.personId = :p and w.agency = :a", String.class)
                .setParameter("p", personId).setParameter("a", agency).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The same rule as a JPQL condition on a person's row {@code p}, for the requester's caseload: their agency
     * wrote in the record (any version of any item), or a directive grants it. Adds its parameters.
     */
    String condition(Requester requester, Map<String, Object> params) {
        StringBuilder involved = new StringBuilder(
                "exists (select w.itemId from ItemRow w where w.personId = p.itemId and w.agency = :agency)");
        params.put("agency", requester.agency());
        List<List<String>> pieces = InList.pieces(List.copyOf(policy.peopleGranting(requester)));
        for (int i = 0; i < pieces.size(); i++) {
            involved.append(" or p.itemId in :granted").append(i);
            params.put("granted" + i, pieces.get(i));
        }
        return involved.toString();
    }
}
