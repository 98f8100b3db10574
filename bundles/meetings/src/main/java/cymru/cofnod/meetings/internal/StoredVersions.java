package cymru.cofnod.meetings.internal;

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
 * Every stored meeting and plan version, digested for the audit's verification: page by page in the order of
 * the key, so each plan version's successor, if any, is seen next to it. A meeting is written once.
 */
@Component(service = RecordVersions.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-meetings)"))
public class StoredVersions implements RecordVersions {

    private static final int PAGE = 1000;

    @Reference(target = "(osgi.unit.name=cofnod-meetings)")
    private JpaTemplate jpa;

    public StoredVersions() {
        // for DS
    }

    StoredVersions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void each(Consumer<VersionDigest> each) {
        meetings(each);
        plans(each);
    }

    private void meetings(Consumer<VersionDigest> each) {
        RecordVersions.inKeyOrder(after -> jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<MeetingRow> q = em.createQuery("select r from MeetingRow r"
                    + (after == null ? "" : " where r.id > :id") + " order by r.id", MeetingRow.class);
            if (after != null) {
                q.setParameter("id", after.id());
            }
            return q.setMaxResults(PAGE).getResultList();
        }), MeetingRow::id, (row, newerFollows) -> RowDigest.of(row), each);
    }

    private void plans(Consumer<VersionDigest> each) {
        RecordVersions.inKeyOrder(after -> jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<PlanRow> q = em.createQuery("select r from PlanRow r" + (after == null ? ""
                    : " where r.id > :id or (r.id = :id and r.version > :version)")
                    + " order by r.id, r.version", PlanRow.class);
            if (after != null) {
                q.setParameter("id", after.id()).setParameter("version", after.version());
            }
            return q.setMaxResults(PAGE).getResultList();
        }), PlanRow::id, RowDigest::stored, each);
    }
}
