package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.RecordVersions;
import cymru.cofnod.consent.api.VersionDigest;
import cymru.cofnod.schema.api.MigratedSchema;
import java.util.function.Consumer;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every stored version of every record item (people included), digested for the audit's verification: page
 * by page in the order of the key, so each version's successor, if any, is seen next to it.
 */
@Component(service = RecordVersions.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-outcomes)"))
public class StoredVersions implements RecordVersions {

    private static final int PAGE = 1000;

    @Reference(target = "(osgi.unit.name=cofnod-outcomes)")
    private JpaTemplate jpa;

    public StoredVersions() {
        // for DS
    }

    StoredVersions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void each(Consumer<VersionDigest> each) {
        RecordVersions.inKeyOrder(after -> jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<ItemRow> q = em.createQuery("select r from ItemRow r" + (after == null ? ""
                    : " where r.itemId > :id or (r.itemId = :id and r.version > :version)")
                    + " order by r.itemId, r.version", ItemRow.class);
            if (after != null) {
                q.setParameter("id", after.itemId()).setParameter("version", after.version());
            }
            return q.setMaxResults(PAGE).getResultList();
        }), ItemRow::itemId, ItemDigest::stored, each);
    }
}
