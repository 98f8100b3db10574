package cymru.cofnod.fhir.internal;

import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.meetings.api.MeetingService;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.meetings.api.PlanService;
import cymru.cofnod.nof.api.NofMappings;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.outcomes.api.Versioned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The record as FHIR resources, read through the domain services as the requester: consent, purpose and the
 * services' audit notes apply exactly as they do to the HTTP API, and lists are filtered before they are paged.
 */
final class FhirRecord {

    /** One page of resources and where the next starts (the service's own cursor), or null on the last. */
    record Found(List<Resource> resources, String nextCursor) {
    }

    private final PersonService people;
    private final RecordService record;
    private final ConsentService consents;
    private final AuditTrail audit;
    private final MeetingService meetings;
    private final PlanService plans;
    private final NofMappings nof;

    FhirRecord(PersonService people, RecordService record, ConsentService consents, AuditTrail audit,
               MeetingService meetings, PlanService plans, NofMappings nof) {
        this.people = people;
        this.record = record;
        this.consents = consents;
        this.audit = audit;
        this.meetings = meetings;
        this.plans = plans;
        this.nof = nof;
    }

    Patient patient(Requester requester, String personId) {
        return Patients.of(people.get(requester, personId));
    }

    /** Patients by one identifier, {@code system|value}: the NHS number, or Cofnod's own person id. */
    Found patientsByIdentifier(Requester requester, String identifier) {
        int bar = identifier.indexOf('|');
        String system = bar < 0 ? CofnodSystems.NHS_NUMBER : identifier.substring(0, bar);
        String value = identifier.substring(bar + 1);
        List<Resource> found = new ArrayList<>();
        if (CofnodSystems.NHS_NUMBER.equals(system)) {
            people.trace(requester, new PersonService.Trace(PersonService.IdentifierSystem.NHS, value, null, null,
                    null)).forEach(p -> found.add(Patients.of(p)));
        } else if (CofnodSystems.PERSON.equals(system)) {
            found.add(patient(requester, value));
        } else {
            throw new MalformedRequestException("identifier", "searches by " + CofnodSystems.NHS_NUMBER + " or "
                    + CofnodSystems.PERSON + " only");
        }
        return new Found(found, null);
    }

    Found goals(Requester requester, String personId, PageRequest page) {
        Page<Outcome> outcomes = record.list(requester, personId, ItemKind.OUTCOME, page);
        Map<String, String> results = outcomes.items().isEmpty() ? Map.of() : lastResults(requester, personId);
        List<Resource> goals = new ArrayList<>();
        for (Outcome o : outcomes.items()) {
            goals.add(Goals.of(o, results.get(o.id()), nof.mappings(requester, personId, o.id(), o.language())));
        }
        return new Found(goals, outcomes.nextCursor());
    }

    /** Each outcome's result at its latest review the requester may see. */
    private Map<String, String> lastResults(Requester requester, String personId) {
        Map<String, String> results = new HashMap<>();
        for (Review review : all(p -> record.list(requester, personId, ItemKind.REVIEW, p))) {
            review.results().forEach(r -> results.putIfAbsent(r.outcomeId(), r.result()));
        }
        return results;
    }

    /** One outcome by its id, wherever it is, with its latest result and NOF tags. */
    Goal goal(Requester requester, String id) {
        Outcome o = record.find(requester, ItemKind.OUTCOME, id);
        return Goals.of(o, lastResults(requester, o.personId()).get(o.id()),
                nof.mappings(requester, o.personId(), o.id(), o.language()));
    }

    Observation observation(Requester requester, String id) {
        return Observations.of(record.find(requester, ItemKind.ENTRY, id));
    }

    /** One version of a plan (the CarePlan {@code <plan id>-<version>}). */
    CarePlan carePlan(Requester requester, String planId, long version) {
        Plan current = plans.get(requester, planId);
        if (current.version() == version) {
            return carePlan(requester, current, true);
        }
        return plans.history(requester, planId).stream().filter(v -> v.version() == version).findFirst()
                .map(v -> carePlan(requester, v.item(), false))
                .orElseThrow(() -> new RecordNotFoundException("CarePlan", CarePlans.id(planId, version)));
    }

    Consent consent(Requester requester, String id) {
        return Consents.of(consents.get(requester, id));
    }

    Found observations(Requester requester, String personId, PageRequest page) {
        Page<Entry> entries = record.list(requester, personId, ItemKind.ENTRY, page);
        return new Found(entries.items().stream().<Resource>map(Observations::of).toList(), entries.nextCursor());
    }

    /** The current version of each plan. */
    Found carePlans(Requester requester, String personId, PageRequest page) {
        Page<Plan> found = plans.list(requester, personId, page);
        return new Found(found.items().stream().<Resource>map(p -> carePlan(requester, p, true)).toList(),
                found.nextCursor());
    }

    /** Every version of every plan, each as a CarePlan. */
    List<Resource> carePlanVersions(Requester requester, String personId) {
        List<Resource> versions = new ArrayList<>();
        for (Plan current : all(p -> plans.list(requester, personId, p))) {
            for (Versioned<Plan> v : plans.history(requester, current.id())) {
                versions.add(carePlan(requester, v.item(), v.version() == current.version()));
            }
        }
        return versions;
    }

    /** A plan version with the views of those at the meeting that made it. */
    private CarePlan carePlan(Requester requester, Plan plan, boolean current) {
        return CarePlans.of(plan, current, plan.meetingId() == null ? List.of()
                : meetings.get(requester, plan.meetingId()).parties());
    }

    Found consents(Requester requester, String personId) {
        return new Found(consents.list(requester, personId).stream().<Resource>map(Consents::of).toList(), null);
    }

    Found auditEvents(Requester requester, String personId, PageRequest page) {
        Page<AccessLogLine> lines = audit.accessLog(requester, personId, page);
        return new Found(lines.items().stream().<Resource>map(l -> AuditEvents.of(personId, l)).toList(),
                lines.nextCursor());
    }

    /**
     * Everything about the person the requester may see: the Patient, Goals, every version of each CarePlan,
     * Observations, Consents and, for the person and administrators, the access log as AuditEvents.
     */
    List<Resource> everything(Requester requester, String personId) {
        List<Resource> all = new ArrayList<>();
        all.add(patient(requester, personId));
        all.addAll(allPages(p -> goals(requester, personId, p)));
        all.addAll(carePlanVersions(requester, personId));
        all.addAll(allPages(p -> observations(requester, personId, p)));
        all.addAll(consents(requester, personId).resources());
        // the access log is the person's own and the administrators' (docs/access.md); others are not asked
        if (requester.role() == Role.PERSON || requester.role() == Role.ADMINISTRATOR) {
            all.addAll(allPages(p -> auditEvents(requester, personId, p)));
        }
        return all;
    }

    /**
     * For the person's own copy: everything as {@link #everything}, with every earlier version of each outcome and
     * entry as well as the current one (each a resource of its own version), and every version of each outcome and
     * entry that was withdrawn, the withdrawal marked ({@link Withdrawals}).
     */
    List<Resource> everyVersion(Requester requester, String personId) {
        List<Resource> all = everything(requester, personId);
        List<Resource> earlier = new ArrayList<>();
        for (Outcome o : all(p -> record.list(requester, personId, ItemKind.OUTCOME, p))) {
            record.history(requester, personId, ItemKind.OUTCOME, o.id()).stream().filter(v -> v.version() != o.version())
                    .forEach(v -> earlier.add(Goals.of(v.item(), null, List.of())));
        }
        for (Entry e : all(p -> record.list(requester, personId, ItemKind.ENTRY, p))) {
            record.history(requester, personId, ItemKind.ENTRY, e.id()).stream().filter(v -> v.version() != e.version())
                    .forEach(v -> earlier.add(Observations.of(v.item())));
        }
        all.addAll(earlier);
        // a subject access request covers everything held: the items withdrawn too, marked as such
        all.addAll(withdrawn(requester, personId));
        return all;
    }

    /** Every version of each withdrawn outcome and entry, the withdrawal marked (the person's alone). */
    List<Resource> withdrawn(Requester requester, String personId) {
        List<Resource> withdrawn = new ArrayList<>();
        record.withdrawn(requester, personId, ItemKind.OUTCOME)
                .forEach(v -> withdrawn.add(Withdrawals.marked(Goals.of(v.item(), null, List.of()), v)));
        record.withdrawn(requester, personId, ItemKind.ENTRY)
                .forEach(v -> withdrawn.add(Withdrawals.marked(Observations.of(v.item()), v)));
        return withdrawn;
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> page = list.apply(new PageRequest(cursor, PageRequest.MAX_LIMIT));
            items.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return items;
    }

    private static List<Resource> allPages(Function<PageRequest, Found> list) {
        return all(p -> {
            Found found = list.apply(p);
            return new Page<>(found.resources(), found.nextCursor(), false);
        });
    }
}
