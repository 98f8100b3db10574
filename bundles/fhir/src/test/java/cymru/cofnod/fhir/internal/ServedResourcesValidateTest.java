package cymru.cofnod.fhir.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.NofMapping;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.Provenance;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.outcomes.api.TimelineQuery;
import cymru.cofnod.outcomes.internal.RecordFixture;
import cymru.cofnod.pdf.internal.OpenHtmlPdfPages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every resource type the FHIR face serves, built from Rhodri's scenario as the record services store it on
 * in-memory Derby and as Rhodri himself reads it, passes HAPI's R4 instance validator (offline: the core
 * structure definitions and value sets) with no errors, Welsh words included; a search Bundle of them too. His
 * plan and NOF tag are built as the meetings and nof services answer them.
 */
public class ServedResourcesValidateTest {

    private static final Requester SOCIAL_WORKER =
            new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    private static final Requester RHODRI = new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE);
    private static final Instant WEEK_0 = Instant.parse("2026-09-09T10:00:00Z");

    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;
    private static RecordFixture fixture;
    private static final List<Resource> served = new ArrayList<>();
    /** The entry the social worker withdrew, every version of it, as the person's copy holds it. */
    private static final List<Resource> withdrawn = new ArrayList<>();
    private static FhirRecord practitioners;

    @BeforeClass
    public static void rhodrisRecord() {
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR))));
        fixture = new RecordFixture();
        String rhodri = fixture.people().create(SOCIAL_WORKER, new Person(null, null, "Rhodri", "Evans", "Rhod",
                LocalDate.of(2009, 3, 14), "en", null, null, new Person.Identifiers("CC-100231", "9434765919", null),
                null, null)).id();
        fixture.bindLogin(rhodri, "rhodri");
        Outcome walk = fixture.record().add(SOCIAL_WORKER, rhodri, ItemKind.OUTCOME, new Outcome(null, null, null,
                WEEK_0, null, "I want the confidence to walk outdoors again and spend time with my pals", "en",
                "change", "person", null, "Regain confidence walking outdoors; reconnect with friends", null, null,
                List.of("cardiff-council", "cardiff-vale-uhb")));
        fixture.record().add(SOCIAL_WORKER, rhodri, ItemKind.ENTRY, new Entry(null, null, null, WEEK_0, null,
                "what-matters", List.of(walk.id()), List.of(
                new Entry.Part("own-words", "mae'r waliau'n cau amdana i, ac mae'r tŷ yn dawel", null, "cy"),
                new Entry.Part("observation", "Rhodri is afraid of being hurt again.", null, "en"),
                new Entry.Part("opinion", "He is open to options for getting out and about.", "social worker", "en")),
                null, new Entry.Progress(3, "Afraid, but open to options"), null));
        Entry mistaken = fixture.record().add(SOCIAL_WORKER, rhodri, ItemKind.ENTRY, new Entry(null, null, null,
                WEEK_0, null, "visit", List.of(walk.id()), List.of(new Entry.Part("observation",
                "Visited Rhodri's neighbour by mistake.", null, "en")), null, null, null));
        fixture.record().withdraw(SOCIAL_WORKER, rhodri, ItemKind.ENTRY, mistaken.id(), "Written in the wrong record");
        fixture.record().add(SOCIAL_WORKER, rhodri, ItemKind.REVIEW, new Review(null, null, null,
                WEEK_0.plusSeconds(86400L * 56), null, List.of(new Review.OutcomeResult(walk.id(), "partly",
                "Walks in the shared garden; not yet to the park")), null, null, null));
        fixture.consent().give(RHODRI, rhodri, new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null),
                new ConsentDirective.Grantee("agency", "cardiff-vale-uhb", null, null, null), Set.of("direct-care"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS, RecordCategory.ENTRIES), null, null,
                Instant.now().plusSeconds(86400L * 365), "own-login", null, null, null, null, null));

        FhirRecord asRhodri = new FhirRecord(fixture.people(), fixture.record(), fixture.consent(), fixture.audit(),
                null, null, null);
        served.add(asRhodri.patient(RHODRI, rhodri));
        Outcome seen = fixture.record().list(RHODRI, rhodri, ItemKind.OUTCOME, PageRequest.first(50)).items().get(0);
        served.add(Goals.of(seen, "partly", List.of(new NofMapping(seen.id(), "NOF-2.1", 1,
                new NofEntry("NOF-2.1", "NOF-2", "2", NofEntry.STATEMENT, "adults",
                        "I get out and about and take part in my community", "I get out and about",
                        "Rwy'n mynd allan", false, false, "NOF 2024", 1), "social-worker", "cardiff-council",
                WEEK_0))));
        served.addAll(asRhodri.observations(RHODRI, rhodri, PageRequest.first(50)).resources());
        withdrawn.addAll(asRhodri.withdrawn(RHODRI, rhodri));
        practitioners = new FhirRecord(fixture.people(), fixture.record(), fixture.consent(), fixture.audit(), null,
                null, null);
        served.addAll(asRhodri.consents(RHODRI, rhodri).resources());
        served.addAll(asRhodri.auditEvents(RHODRI, rhodri, PageRequest.first(50)).resources());
        List<Meeting.Party> parties = List.of(
                new Meeting.Party("Rhodri", "person", null, new Meeting.View("Seeing my pals again", null,
                        "Getting hurt again", "Walk a bit further each week", null)),
                new Meeting.Party("Physio", "practitioner", "cardiff-vale-uhb", new Meeting.View(null,
                        "Short walks in the shared garden", null, null, null)));
        served.add(CarePlans.of(plan(rhodri, seen.id(), 2), true, parties));
        served.add(CarePlans.of(plan(rhodri, seen.id(), 1), false, parties));
    }

    /** His plan as the meetings service answers it: support, who does what, a contingency, views, a disagreement. */
    private static Plan plan(String rhodri, String outcomeId, long version) {
        return new Plan("8f0d2c7e-4b1a-4d8e-9d7c-0a1b2c3d4e5f", version, rhodri, "meeting-1", "en",
                List.of(new Plan.PlanOutcome(outcomeId, "I want the confidence to walk outdoors again", "en",
                        List.of(new Meeting.Support("Weekly walks, a little further each time",
                                "Confidence comes back a step at a time", "physio", "cardiff-vale-uhb")),
                        "partly", "Walks in the shared garden")),
                List.of(new Meeting.Action("Find a walking group", "Social worker", "cardiff-council",
                        LocalDate.of(2026, 11, 1))),
                List.of(new Meeting.Contingency("He feels unwell", "A phone call instead of a walk")),
                List.of(new Meeting.Disagreement("How far to walk", List.of(
                        new Meeting.Position("Rhodri", "To the park and back"),
                        new Meeting.Position("Physio", "Around the garden first")))),
                LocalDate.of(2026, 12, 1),
                List.of(new Plan.PlanView("person", "Rhodri", "It's my mates I miss most", "en", "rhodri",
                        WEEK_0)), null, new Provenance("social-worker", "cardiff-council", WEEK_0, null));
    }

    @AfterClass
    public static void close() {
        fixture.close();
    }

    private static List<String> errors(Resource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(SingleValidationMessage::toString).toList();
    }

    @Test
    public void everyServedTypeIsThere() {
        assertEquals(Set.of("Patient", "Goal", "Observation", "Consent", "AuditEvent", "CarePlan"),
                Set.copyOf(served.stream().map(Resource::fhirType).toList()));
    }

    @Test
    public void everyResourceValidatesWithNoErrors() {
        for (Resource resource : served) {
            List<String> errors = errors(resource);
            assertTrue(resource.fhirType() + ": " + errors, errors.isEmpty());
        }
    }

    @Test
    public void theirSearchBundleValidatesWithNoErrors() {
        List<String> errors = errors(FhirRequests.searchset("http://localhost/cofnod/fhir/r4", "/Patient/x/$everything",
                null, new FhirRecord.Found(served, "next-page")));
        assertTrue(errors.toString(), errors.isEmpty());
    }

    @Test
    public void theCapabilityStatementValidatesWithNoErrors() {
        List<String> errors = errors(Capabilities.statement(new Date()));
        assertTrue(errors.toString(), errors.isEmpty());
    }

    @Test
    public void theCopyHoldsTheWithdrawnEntryMarkedAndAPractitionerSeesItNowhere() {
        assertEquals("the entry as written, then its withdrawal", 2, withdrawn.size());
        Observation withdrawal = (Observation) withdrawn.get(1);
        assertEquals(Observation.ObservationStatus.ENTEREDINERROR, withdrawal.getStatus());
        assertTrue(Withdrawals.isWithdrawn(withdrawal));
        assertEquals(Observation.ObservationStatus.FINAL, ((Observation) withdrawn.get(0)).getStatus());
        for (Resource resource : withdrawn) {
            List<String> errors = errors(resource);
            assertTrue(errors.toString(), errors.isEmpty());
        }
        String id = withdrawal.getIdElement().getIdPart();
        assertTrue("not in the practitioner's list", practitioners.observations(SOCIAL_WORKER, rhodriId(),
                PageRequest.first(50)).resources().stream().noneMatch(r -> r.getIdElement().getIdPart().equals(id)));
        assertTrue("nor in their chronology", fixture.record().timeline(SOCIAL_WORKER, rhodriId(),
                TimelineQuery.all(), PageRequest.first(500)).items().stream().noneMatch(t -> t.item().id().equals(id)));
        try {
            practitioners.withdrawn(SOCIAL_WORKER, rhodriId());
            fail("withdrawn items are the person's alone");
        } catch (AccessDeniedException expected) {
            // refused
        }
    }

    private static String rhodriId() {
        return fixture.directory().personOf("rhodri").orElseThrow();
    }

    @Test
    public void aValidatorThatFindsNothingWrongWouldProveNothing() {
        Goal broken = new Goal();
        assertTrue("a Goal without its required lifecycle, description and subject is refused",
                errors(broken).size() >= 3);
    }

    @Test
    public void thePersonsCopyHoldsTheBundleAReadablePageAndAManifestOfBoth() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        List<Resource> copied = new ArrayList<>(served);
        copied.addAll(withdrawn);
        CopyZip.write(copied, new CopyZip.Made("p1", "rhodri", "rhodri", null, WEEK_0), new OpenHtmlPdfPages(), zipped);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(
                new ByteArrayInputStream(zipped.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals(List.of("record.fhir.json", "record.html", "record.pdf", "manifest.json"),
                List.copyOf(files.keySet()));
        try (PDDocument pdf = Loader.loadPDF(files.get("record.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("Canlyniadau / Outcomes"));
            assertTrue("his own words in Welsh: " + text,
                    text.contains("mae'r waliau'n cau amdana i, ac mae'r tŷ yn dawel"));
            assertTrue("and in English: " + text, text.replace("\n", " ")
                    .contains("I want the confidence to walk outdoors again and spend time with my pals"));
        }
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class,
                new String(files.get("record.fhir.json"), StandardCharsets.UTF_8));
        assertEquals(copied.size(), bundle.getEntry().size());
        List<String> errors = errors(bundle);
        assertTrue(errors.toString(), errors.isEmpty());
        String page = new String(files.get("record.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Canlyniadau <span class=\"en\" lang=\"en\">/ Outcomes</span>"));
        assertTrue(page.contains("I want the confidence to walk outdoors again and spend time with my pals"));
        assertTrue(page, page.contains("Visited Rhodri's neighbour by mistake."));
        assertTrue(page, page.contains("Tynnwyd yn ôl / Withdrawn – social-worker (cardiff-council): Withdrawn: "
                + "Written in the wrong record"));
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertTrue(manifest, manifest.contains("\"sha256\": \"" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(files.get("record.html"))) + "\""));
        assertTrue(manifest, manifest.contains("\"CarePlan\": 2"));
    }
}
