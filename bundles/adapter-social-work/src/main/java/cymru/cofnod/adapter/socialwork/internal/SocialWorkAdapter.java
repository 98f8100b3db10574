package cymru.cofnod.adapter.socialwork.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.adapter.api.AdapterContext;
import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.Inbound;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.ItemRejected;
import cymru.cofnod.adapter.api.JsonLists;
import cymru.cofnod.adapter.api.Readings;
import cymru.cofnod.adapter.api.RecordCommand;
import cymru.cofnod.adapter.socialwork.internal.CaseExport.Assessment;
import cymru.cofnod.adapter.socialwork.internal.CaseExport.Conversation;
import cymru.cofnod.adapter.socialwork.internal.CaseExport.DecisionRecord;
import cymru.cofnod.adapter.socialwork.internal.CaseExport.OutcomeRecord;
import cymru.cofnod.adapter.socialwork.internal.CaseExport.PersonRecord;
import cymru.cofnod.adapter.socialwork.internal.CaseExport.Recommendation;
import cymru.cofnod.core.api.StrictJson;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.Practitioner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * A local authority case system's JSON export (see this bundle's README): people, outcomes in the person's
 * words, what-matters conversations, assessments and decisions. People are matched by the authority's own
 * case number; outcomes may be named by the authority's own ids.
 */
@Component(service = AgencyAdapter.class)
public class SocialWorkAdapter implements AgencyAdapter {

    private static final ObjectMapper JSON = StrictJson.mapper();

    @Override
    public String kind() {
        return "social-work";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/json");
    }

    @Override
    public List<InboundItem> split(Inbound inbound) {
        return JsonLists.split(inbound.text(), CaseExport.LISTS);
    }

    @Override
    public RecordCommand translate(InboundItem item, AdapterContext context) {
        JsonLists.Element element = (JsonLists.Element) item.parsed();
        return switch (element.list()) {
            case "people" -> person(JsonLists.read(element.node(), PersonRecord.class, JSON));
            case "outcomes" -> outcome(JsonLists.read(element.node(), OutcomeRecord.class, JSON), context);
            case "conversations" -> conversation(JsonLists.read(element.node(), Conversation.class, JSON), context);
            case "assessments" -> assessment(JsonLists.read(element.node(), Assessment.class, JSON), context);
            case "decisions" -> decision(JsonLists.read(element.node(), DecisionRecord.class, JSON), context);
            default -> throw new ItemRejected("the social-work adapter reads " + CaseExport.LISTS);
        };
    }

    private static RecordCommand person(PersonRecord p) {
        Readings.required(p.localAuthorityId(), "localAuthorityId");
        return new RecordCommand.RegisterPerson(new Person(null, null, p.givenName(), p.familyName(),
                p.preferredName(), p.dateOfBirth(), p.preferredLanguage(), null, p.communicationNeeds(),
                new Person.Identifiers(p.localAuthorityId(), p.nhsNumber(), null), null, null));
    }

    private static RecordCommand outcome(OutcomeRecord o, AdapterContext context) {
        String personId = person(o.person(), context);
        Outcome outcome = new Outcome(null, null, null, o.at(), null, o.ownWords(), o.language(), o.type(),
                o.by(), null, o.restatement(), null, null, List.of(context.agency()));
        return new RecordCommand.AddToRecord<>(personId, ItemKind.OUTCOME, outcome);
    }

    private static RecordCommand conversation(Conversation c, AdapterContext context) {
        String personId = person(c.person(), context);
        List<Entry.Part> parts = new ArrayList<>();
        addPart(parts, "own-words", c.personSaid(), "person", c.language());
        addPart(parts, "observation", c.observed(), null, null);
        addPart(parts, "opinion", c.workerView(), worker(c.worker()), null);
        return entry(personId, "what-matters", c.at(), c.outcomes(), parts, c.worker(), context);
    }

    /** An assessment entry; with a recommendation, the decision too, both or neither. */
    private static RecordCommand assessment(Assessment a, AdapterContext context) {
        String personId = person(a.person(), context);
        List<Entry.Part> parts = new ArrayList<>();
        addPart(parts, "observation", a.summary(), null, null);
        addPart(parts, "opinion", a.workerView(), worker(a.worker()), null);
        RecordCommand.AddToRecord<Entry> entry = entry(personId, "assessment", a.at(), a.outcomes(), parts,
                a.worker(), context);
        Recommendation r = a.recommendation();
        if (r == null) {
            return entry;
        }
        return new RecordCommand.AddTogether(List.of(entry, new RecordCommand.AddToRecord<>(personId,
                ItemKind.DECISION, new Decision(null, null, null, a.at(), null, r.what(), r.why(),
                entry.item().outcomeIds(), alternatives(r.alternatives()), a.worker()), entry.performedBy())));
    }

    private static RecordCommand decision(DecisionRecord d, AdapterContext context) {
        String personId = person(d.person(), context);
        Decision decision = new Decision(null, null, null, d.at(), null, d.what(), d.why(),
                outcomes(personId, d.outcomes(), context), alternatives(d.alternatives()), d.by());
        return new RecordCommand.AddToRecord<>(personId, ItemKind.DECISION, decision, performer(d.by()));
    }

    private static List<Decision.Alternative> alternatives(List<CaseExport.Alternative> given) {
        return given == null ? List.of()
                : given.stream().map(a -> new Decision.Alternative(a.option(), a.whyNot())).toList();
    }

    private static RecordCommand.AddToRecord<Entry> entry(String personId, String kind, java.time.Instant at,
                                                          List<String> outcomes, List<Entry.Part> parts,
                                                          String worker, AdapterContext context) {
        Entry entry = new Entry(null, null, null, at, null, kind, outcomes(personId, outcomes, context), parts, null,
                null, null);
        return new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY, entry, performer(worker));
    }

    /** The worker the export names as having done the work, recorded as who performed it; none if unnamed. */
    private static Practitioner performer(String worker) {
        return worker == null || worker.isBlank() ? null : Practitioner.named(worker);
    }

    private static String person(String caseNumber, AdapterContext context) {
        return context.person(Map.of(IdentifierSystem.LOCAL_AUTHORITY, Readings.required(caseNumber, "person")));
    }

    private static List<String> outcomes(String personId, List<String> references, AdapterContext context) {
        return references == null ? List.of() : references.stream().map(r -> context.outcome(personId, r)).toList();
    }

    private static void addPart(List<Entry.Part> parts, String type, String text, String whose, String language) {
        if (text != null && !text.isBlank()) {
            parts.add(new Entry.Part(type, text, whose, language));
        }
    }

    private static String worker(String worker) {
        return worker == null || worker.isBlank() ? "social worker" : worker;
    }
}
