package cymru.cofnod.adapter.physio.internal;

import ca.uhn.fhir.context.FhirContext;
import cymru.cofnod.adapter.api.AdapterContext;
import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.Inbound;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.ItemRejected;
import cymru.cofnod.adapter.api.RecordCommand;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * An NHS health board's FHIR R4 feed (HAPI FHIR structures): a Goal that names a Cofnod outcome is the physio's
 * contribution to that outcome (never a separate professional goal); Observations and Encounters become steps
 * of the person's journey. People are matched by NHS number.
 */
@Component(service = AgencyAdapter.class)
public class PhysioAdapter implements AgencyAdapter {

    static final String FHIR_JSON = "application/fhir+json";
    private FhirSplitter splitter;

    @Activate
    void activate() {
        // building the FHIR model is slow the first time: do it once, at start, not on the first payload
        FhirContext fhir = FhirContext.forR4Cached();
        fhir.newJsonParser().parseResource("{\"resourceType\":\"Observation\",\"status\":\"final\"}");
        splitter = new FhirSplitter(fhir);
    }

    @Override
    public String kind() {
        return "physio";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(FHIR_JSON, "application/json");
    }

    @Override
    public List<InboundItem> split(Inbound inbound) {
        return splitter.split(inbound.text());
    }

    @Override
    public RecordCommand translate(InboundItem item, AdapterContext context) {
        Resource resource = (Resource) item.parsed();
        refuseCofnodsOwn(resource);
        Entry entry;
        String personId;
        if (resource instanceof Goal goal) {
            personId = person(goal.getSubject(), context);
            entry = goal(goal, personId, context);
        } else if (resource instanceof Observation observation) {
            personId = person(observation.getSubject(), context);
            entry = observation(observation, personId, context);
        } else if (resource instanceof Encounter encounter) {
            personId = person(encounter.getSubject(), context);
            entry = encounter(encounter, personId, context);
        } else {
            throw new ItemRejected("the physio adapter reads " + FhirSplitter.READ);
        }
        return new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY, entry);
    }

    /**
     * Cofnod's own records, as its FHIR face exports them, are already in the record: a Goal that is the outcome
     * it names (its id is the outcome's), an Observation that is an entry Cofnod wrote itself. (An entry that came
     * in through an adapter carries the key it came in under, so sent back it is a duplicate instead.)
     */
    private static void refuseCofnodsOwn(Resource resource) {
        List<String> outcomes = ids(resource, FhirSplitter.COFNOD_OUTCOME);
        if (resource instanceof Goal && outcomes.contains(resource.getIdElement().getIdPart())) {
            throw new ItemRejected("this Goal is Cofnod's own outcome " + resource.getIdElement().getIdPart()
                    + " as Cofnod exported it: it is in the record already");
        }
        List<String> entries = ids(resource, FhirSplitter.COFNOD_ENTRY);
        if (!entries.isEmpty() && ids(resource, FhirSplitter.COFNOD_SOURCE_KEY).isEmpty()) {
            throw new ItemRejected("this " + resource.fhirType() + " is Cofnod's own entry " + entries.get(0)
                    + " as Cofnod exported it: it is in the record already");
        }
    }

    private static List<String> ids(Resource resource, String system) {
        List<Identifier> identifiers = resource instanceof Goal goal ? goal.getIdentifier()
                : resource instanceof Observation observation ? observation.getIdentifier() : List.of();
        return identifiers.stream().filter(i -> system.equals(i.getSystem())).map(Identifier::getValue).toList();
    }

    private static Entry goal(Goal goal, String personId, AdapterContext context) {
        String outcome = goal.getIdentifier().stream().filter(i -> FhirSplitter.COFNOD_OUTCOME.equals(i.getSystem()))
                .map(i -> i.getValue()).findFirst().orElseThrow(() -> new ItemRejected("a Goal must name the Cofnod "
                        + "outcome it works towards (identifier system " + FhirSplitter.COFNOD_OUTCOME + "): the "
                        + "physio contributes to the person's outcome, not to a separate goal"));
        String plan = text(goal.getDescription());
        if (plan == null) {
            throw new ItemRejected("Goal.description.text is required: what the physio will do towards the outcome");
        }
        List<Entry.Part> parts = new ArrayList<>();
        parts.add(new Entry.Part("opinion", plan, whose(goal.getExpressedBy()), null));
        goal.getNote().forEach(n -> addNote(parts, n));
        Instant at = goal.hasStartDateType() ? goal.getStartDateType().getValue().toInstant() : null;
        return entry("observation", at, List.of(context.outcome(personId, outcome)), parts);
    }

    private static Entry observation(Observation observation, String personId, AdapterContext context) {
        List<Entry.Part> parts = new ArrayList<>();
        String what = text(observation.getCode());
        String value = observation.hasValueStringType() ? observation.getValueStringType().getValue()
                : observation.hasValueCodeableConcept() ? text(observation.getValueCodeableConcept()) : null;
        if (what != null || value != null) {
            parts.add(new Entry.Part("observation", what == null ? value : value == null ? what : what + ": " + value,
                    null, null));
        }
        String whose = observation.getPerformer().isEmpty() ? null : whose(observation.getPerformerFirstRep());
        observation.getNote().forEach(n -> addNote(parts, n, whose));
        Date effective = observation.hasEffectiveDateTimeType() ? observation.getEffectiveDateTimeType().getValue()
                : observation.getIssued();
        return entry("observation", effective == null ? null : effective.toInstant(),
                outcomes(observation.getFocus(), personId, context), parts);
    }

    private static Entry encounter(Encounter encounter, String personId, AdapterContext context) {
        List<Entry.Part> parts = new ArrayList<>();
        encounter.getType().forEach(t -> addText(parts, text(t)));
        encounter.getReasonCode().forEach(r -> addText(parts, text(r)));
        Date start = encounter.getPeriod().getStart();
        return entry("visit", start == null ? null : start.toInstant(),
                outcomes(encounter.getReasonReference(), personId, context), parts);
    }

    private static Entry entry(String kind, Instant at, List<String> outcomeIds, List<Entry.Part> parts) {
        if (at == null) {
            throw new ItemRejected("the resource says no time (effectiveDateTime, period.start or startDate)");
        }
        return new Entry(null, null, null, at, null, kind, outcomeIds, parts, null, null, null);
    }

    private static String person(Reference subject, AdapterContext context) {
        if (!subject.hasIdentifier() || !FhirSplitter.NHS_NUMBER.equals(subject.getIdentifier().getSystem())) {
            throw new ItemRejected("the subject must be a Patient in the Bundle with an NHS number ("
                    + FhirSplitter.NHS_NUMBER + "), or a reference by that identifier");
        }
        return context.person(Map.of(IdentifierSystem.NHS, subject.getIdentifier().getValue()));
    }

    private static List<String> outcomes(List<Reference> references, String personId, AdapterContext context) {
        List<String> ids = new ArrayList<>();
        for (Reference r : references) {
            if (r.hasIdentifier() && FhirSplitter.COFNOD_OUTCOME.equals(r.getIdentifier().getSystem())) {
                ids.add(context.outcome(personId, r.getIdentifier().getValue()));
            }
        }
        return ids;
    }

    private static void addNote(List<Entry.Part> parts, Annotation note) {
        addNote(parts, note, note.hasAuthorReference() ? whose(note.getAuthorReference()) : null);
    }

    /** A note in quotation marks is the person's own words; any other note is the clinician's view. */
    private static void addNote(List<Entry.Part> parts, Annotation note, String whose) {
        String text = note.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        boolean quoted = text.startsWith("\"") && text.endsWith("\"") && text.length() > 2;
        parts.add(quoted ? new Entry.Part("own-words", text.substring(1, text.length() - 1), "person", null)
                : new Entry.Part("opinion", text, whose == null ? "physiotherapist" : whose, null));
    }

    private static void addText(List<Entry.Part> parts, String text) {
        if (text != null) {
            parts.add(new Entry.Part("observation", text, null, null));
        }
    }

    private static String whose(Reference reference) {
        return reference.hasDisplay() ? reference.getDisplay() : "physiotherapist";
    }

    private static String text(CodeableConcept concept) {
        if (concept == null || concept.isEmpty()) {
            return null;
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream().map(c -> c.hasDisplay() ? c.getDisplay() : c.getCode())
                .filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
    }
}
