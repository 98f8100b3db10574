package cymru.cofnod.meetings.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.consent.api.VersionDigest;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.meetings.api.PlanService;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.Versioned;
import cymru.cofnod.schema.api.MigratedSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Plans as versioned rows of the bundle's own table; every read asks {@link RecordAccess} first. */
@Component(service = PlanService.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-meetings)"))
public class JpaPlanService extends RecordPart implements PlanService {

    private final Keyset<PlanRow, Plan> list = new Keyset<>(PlanRow.class, PlanRow.LIVE, PlanStore::plan,
            Plan::outcomeIds, Plan::shownWithout);

    @Activate
    public JpaPlanService(@Reference(target = "(osgi.unit.name=cofnod-meetings)") JpaTemplate jpa,
                          @Reference RecordService records, @Reference SharingPolicy policy,
                          @Reference AuditTrail audit) {
        super(jpa, records, policy, audit);
    }

    @Override
    public Plan get(Requester requester, String id) {
        PlanRow row = jpa.txExpr(TransactionType.Required, em -> PlanStore.current(em, id));
        Plan plan = plan(row);
        access.read(requester, row, "plan", plan.outcomeIds());
        return plan.shownWithout(hidden(requester, plan.personId(), plan.outcomeIds()));
    }

    @Override
    public List<Versioned<Plan>> history(Requester requester, String id) {
        List<PlanRow> rows = jpa.txExpr(TransactionType.Required, em -> PlanStore.history(em, id));
        PlanRow latest = rows.get(rows.size() - 1);
        access.read(requester, latest, "plan", plan(latest).outcomeIds());
        Set<String> quoted = new HashSet<>();
        rows.forEach(row -> quoted.addAll(plan(row).outcomeIds()));
        Set<String> hidden = hidden(requester, latest.personId(), quoted);
        return rows.stream().map(row -> {
            Plan plan = plan(row).shownWithout(hidden);
            return new Versioned<>(row.version(), row.state(), plan.provenance().recordedBy(),
                    plan.provenance().agency(), plan.provenance().recordedAt(), null, plan);
        }).toList();
    }

    @Override
    public Page<Plan> list(Requester requester, String personId, PageRequest page) {
        return list(list, requester, personId, page, "plan(s)");
    }

    @Override
    public Plan revise(Requester requester, String id, long expectedVersion, Plan revision) {
        Plan current = get(requester, id);
        access.requirePractitioner(requester, current.personId(), "revise a plan");
        Validation v = MeetingRules.check(revision);
        v.orThrow();
        Map<String, Plan.PlanOutcome> reviewed = current.outcomes().stream()
                .collect(Collectors.toMap(Plan.PlanOutcome::outcomeId, Function.identity(), (a, b) -> a));
        List<Plan.PlanOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < revision.outcomes().size(); i++) {
            Plan.PlanOutcome o = revision.outcomes().get(i);
            try {
                // the person's words come from the record and results from reviews, never from a revision
                Outcome words = records.get(requester, current.personId(), ItemKind.OUTCOME, o.outcomeId());
                Plan.PlanOutcome before = reviewed.get(words.id());
                outcomes.add(new Plan.PlanOutcome(words.id(), words.ownWords(), words.language(), o.support(),
                        before == null ? null : before.lastResult(), before == null ? null : before.learnt()));
            } catch (RecordNotFoundException e) {
                v.add("outcomes[" + i + "].outcomeId", "is not an outcome of this person's record");
            }
        }
        v.orThrow();
        return write(current.personId(), em -> {
            List<VersionDigest> written = new ArrayList<>();
            Plan revised = PlanStore.next(em, requester, id, expectedVersion, plan -> plan.revisedBy(revision, outcomes),
                    written);
            access.recorded(em, requester, revised.personId(), "revised plan " + id + " to version " + revised.version(),
                    written);
            return revised;
        });
    }

    @Override
    public Plan addView(Requester requester, String id, Plan.PlanView view) {
        Plan current = get(requester, id);
        // the person's own view is theirs by who they are, not by what the request says: never signed as another
        new Validation().require(requester.role() != Role.PERSON || view.name() == null || view.name().isBlank(),
                "name", "the person's own view is signed by who they are, not by a name").orThrow();
        Plan.PlanView added = new Plan.PlanView(requester.role() == Role.PERSON ? "person" : view.whose(),
                view.name(), view.view(), view.language(), requester.user(), PlanStore.now());
        MeetingRules.check(added).orThrow();
        Plan viewed = write(current.personId(), em -> {
            List<VersionDigest> written = new ArrayList<>();
            Plan stored = PlanStore.next(em, requester, current.id(), null, plan -> plan.withView(added), written);
            access.recorded(em, requester, stored.personId(), "added a view to plan " + id + ", version "
                    + stored.version(), written);
            return stored;
        });
        return viewed.shownWithout(hidden(requester, viewed.personId(), viewed.outcomeIds()));
    }

    /** A plan version is written once (a change is the next version): parsed once. */
    private Plan plan(PlanRow row) {
        return list.item(row);
    }
}
