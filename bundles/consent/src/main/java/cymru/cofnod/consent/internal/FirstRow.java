package cymru.cofnod.consent.internal;

import java.util.function.Supplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A row that several Cofnod nodes on one database may make at the same moment (the audit chain's head, a person's
 * consent generation, a job's lease), made in a transaction of its own: one insert wins, and a node whose insert
 * failed finds the winner's row.
 */
final class FirstRow {

    private FirstRow() {
    }

    static <T> void make(JpaTemplate jpa, Class<T> type, Object id, Supplier<T> row) {
        try {
            jpa.tx(TransactionType.Required, em -> {
                if (em.find(type, id) == null) {
                    em.persist(row.get());
                }
            });
        } catch (RuntimeException e) {
            if (jpa.txExpr(TransactionType.Required, em -> em.find(type, id)) == null) {
                throw e;
            }
        }
    }
}
