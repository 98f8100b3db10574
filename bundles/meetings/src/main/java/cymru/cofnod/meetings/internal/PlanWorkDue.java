package cymru.cofnod.meetings.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.core.api.DueItem;
import cymru.cofnod.core.api.DueWork;
import cymru.cofnod.core.api.InList;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.schema.api.MigratedSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plans' work falling due: reviews (a plan's next review) and the actions agreed (who does what by when), of
 * the plans the requester may see: their agency's, and those of people a directive involves it with, each then
 * asked of the sharing policy as a list of plans is.
 */
@Component(service = DueWork.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-meetings)"))
public class PlanWorkDue extends RecordPart implements DueWork {

    private final SharingPolicy policy;

    @Activate
    public PlanWorkDue(@Reference(target = "(osgi.unit.name=cofnod-meetings)") JpaTemplate jpa,
                       @Reference RecordService records, @Reference SharingPolicy policy,
                       @Reference AuditTrail audit) {
        super(jpa, records, policy, audit);
        this.policy = policy;
        // versions written before the due column was kept get it, once
        jpa.tx(TransactionType.Required, em -> em.createQuery("select r from PlanRow r where r.state = :live"
                        + " and r.dueBy is null", PlanRow.class).setParameter("live", PlanRow.LIVE).getResultList()
                .forEach(PlanRow::keepDueBy));
    }

    @Override
    public List<DueItem> due(Requester requester, Instant until) {
        access.checkRole(requester);
        access.requirePractitioner(requester, null, "see what is due");
        LocalDate lastDay = DueWork.lastDay(until);
        Keyset.Visible visible = access.listFilter(requester, Map.of());
        List<DueItem> due = new ArrayList<>();
        for (PlanRow row : jpa.txExpr(TransactionType.Required, em -> rows(em, requester, lastDay))) {
            if (visible.test(row, PlanStore.plan(row).outcomeIds())) {
                addDue(due, row, lastDay);
            }
        }
        due.sort(Comparator.comparing(DueItem::when));
        List<DueItem> shown = due.size() > MAX_ITEMS ? due.subList(0, MAX_ITEMS) : due;
        access.note(requester, null, "listed " + shown.size() + " plan review(s) and action(s) due by " + lastDay);
        return List.copyOf(shown);
    }

    /** The live plans with anything due by the last day, of the agency's or of people a directive grants it. */
    private List<PlanRow> rows(EntityManager em, Requester requester, LocalDate lastDay) {
        StringBuilder whose = new StringBuilder("r.agency = :agency");
        Map<String, Object> params = new HashMap<>();
        List<List<String>> pieces = InList.pieces(List.copyOf(policy.peopleGranting(requester)));
        for (int i = 0; i < pieces.size(); i++) {
            whose.append(" or r.personId in :granted").append(i);
            params.put("granted" + i, pieces.get(i));
        }
        TypedQuery<PlanRow> q = em.createQuery("select r from PlanRow r where r.state = :live and r.dueBy <= :last"
                + " and (" + whose + ") order by r.dueBy", PlanRow.class)
                .setParameter("live", PlanRow.LIVE).setParameter("last", lastDay)
                .setParameter("agency", requester.agency());
        params.forEach(q::setParameter);
        return q.setMaxResults(MAX_ITEMS).getResultList();
    }

    private static void addDue(List<DueItem> due, PlanRow row, LocalDate lastDay) {
        Plan plan = PlanStore.plan(row);
        String about = "/plans/" + plan.id();
        if (plan.nextReview() != null && !plan.nextReview().isAfter(lastDay)) {
            due.add(new DueItem(DueItem.PLAN_REVIEW, plan.nextReview(), null, plan.personId(), null, null,
                    row.agency(), about));
        }
        for (Meeting.Action action : plan.whoDoesWhat()) {
            if (action.due() != null && !action.due().isAfter(lastDay)) {
                due.add(new DueItem(DueItem.ACTION, action.due(), null, plan.personId(), action.what(),
                        action.owner(), action.agency(), about));
            }
        }
    }
}
