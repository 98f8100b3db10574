package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.core.api.Memo;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Whether the requester's agency is involved in the person's care: it holds an active directive for them, or it
 * has written in their record. What the person writes themselves is read by the agencies involved, by default.
 * Once an agency has written, it stays involved (nothing is deleted), so a yes is kept.
 */
final class Involvement {

    private static final Memo<Boolean> WRITTEN = new Memo<>(20_000);

    private Involvement() {
    }

    static boolean involved(JpaTemplate jpa, Disclosure disclosure, String personId) {
        if (known(disclosure, personId) || disclosure.ownAgency() == null) {
            return known(disclosure, personId);
        }
        boolean written = jpa.txExpr(TransactionType.Required, em -> !em.createQuery(
                        "select r.itemId from ItemRow r where r.personId = :p and r.agency = :a", String.class)
                .setParameter("p", personId).setParameter("a", disclosure.ownAgency())
                .setMaxResults(1).getResultList().isEmpty());
        if (written) {
            WRITTEN.get(personId + '@' + disclosure.ownAgency(), () -> Boolean.TRUE);
        }
        return written;
    }

    /**
     * Whether the requester is known to be involved without asking the database: the person, a directive, or
     * having written before (as this node saw). A batch of writes goes by this alone.
     */
    static boolean known(Disclosure disclosure, String personId) {
        if (disclosure.everything()) {
            return true;
        }
        if (disclosure.ownAgency() == null) {
            // family, carers, named people read only what directives grant them
            return false;
        }
        return !disclosure.grants().isEmpty() || WRITTEN.kept(personId + '@' + disclosure.ownAgency()) != null;
    }
}
