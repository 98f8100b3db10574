package cymru.cofnod.adapter.physio.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.internal.IngestFixture;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.outcomes.api.Entry;
import java.time.Instant;
import java.util.List;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class PhysioAdapterTest {

    private static final PhysioAdapter PHYSIO = new PhysioAdapter();
    private IngestFixture f;
    private String rhodri;
    private String outcome;

    @BeforeClass
    public static void warm() {
        PHYSIO.activate();
    }

    @Before
    public void open() {
        // as the distribution configures it: an NHS health board, whose clinical notes are health
        f = new IngestFixture().agencyFiling("cardiff-vale-uhb", "physio", "health").install(PHYSIO);
        rhodri = f.person("Rhodri", "9434765919", "CC-100231", null);
        outcome = f.outcome(rhodri, "I want the confidence to walk outdoors again");
    }

    @org.junit.After
    public void close() {
        f.close();
    }

    private String bundle(String... resources) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":\"urn:uuid:p1\","
                + "\"resource\":{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":"
                + "\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9434765919\"}]}}"
                + String.join("", java.util.Arrays.stream(resources).map(r -> ",{\"resource\":" + r + "}").toList())
                + "]}";
    }

    private String goal() {
        return "{\"resourceType\":\"Goal\",\"id\":\"g1\",\"identifier\":[{\"system\":\"https://cofnod.cymru/Id/outcome\","
                + "\"value\":\"" + outcome + "\"}],\"lifecycleStatus\":\"active\",\"description\":{\"text\":"
                + "\"Strengthening exercises planned around getting out and about\"},\"subject\":{\"reference\":"
                + "\"urn:uuid:p1\"},\"startDate\":\"2026-09-16\",\"expressedBy\":{\"display\":\"Ffion (physio)\"}}";
    }

    @Test
    public void aGoalContributesToTheOutcomeAndObservationsAndEncountersJoinTheJourney() {
        IngestReport report = f.send("cardiff-vale-uhb", "application/fhir+json", bundle(goal(),
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"text\":\"walking\"},"
                        + "\"valueString\":\"walks in the shared garden\",\"subject\":{\"reference\":\"urn:uuid:p1\"},"
                        + "\"focus\":[{\"reference\":\"Goal/g1\"}],\"effectiveDateTime\":\"2026-09-30T10:30:00+01:00\","
                        + "\"note\":[{\"text\":\"\\\"has a bit of hope\\\"\"},{\"text\":\"confidence improving\"}]}",
                "{\"resourceType\":\"Encounter\",\"identifier\":[{\"system\":\"https://cvuhb.example/visit\",\"value\":"
                        + "\"V-9\"}],\"status\":\"finished\",\"class\":{\"code\":\"HH\"},\"type\":[{\"text\":\"home "
                        + "physiotherapy\"}],\"subject\":{\"reference\":\"urn:uuid:p1\"},\"reasonReference\":[{"
                        + "\"reference\":\"Goal/g1\"}],\"period\":{\"start\":\"2026-10-26T10:30:00Z\"}}"));
        assertEquals(report.quarantined().toString(), 3, report.accepted().size());
        assertEquals(List.of("Goal/g1", "Observation/o1", "https://cvuhb.example/visit|V-9"),
                report.accepted().stream().map(IngestReport.ItemResult::sourceKey).toList());
        List<Entry> journey = f.entries(rhodri);
        journey.forEach(e -> assertEquals(List.of(outcome), e.outcomeIds()));
        journey.forEach(e -> assertEquals("an NHS board's notes are health", RecordCategory.HEALTH, e.category()));
        Entry observation = journey.get(1);
        assertEquals(Instant.parse("2026-09-30T09:30:00Z"), observation.occurredAt());
        assertEquals("walking: walks in the shared garden", observation.parts().get(0).text());
        assertEquals("own-words", observation.parts().get(1).type());
        assertEquals("has a bit of hope", observation.parts().get(1).text());
        assertEquals("opinion", observation.parts().get(2).type());
        assertEquals("visit", journey.get(0).kind());
        assertEquals("Ffion (physio)", journey.get(2).parts().get(0).whose());
    }

    @Test
    public void anInvalidResourceAGoalOfItsOwnAndAnUnknownPatientWaitInQuarantineAlone() {
        IngestReport report = f.send("cardiff-vale-uhb", "application/fhir+json", bundle(
                "{\"resourceType\":\"Observation\",\"id\":\"bad\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
                        + "\"subject\":{\"reference\":\"urn:uuid:p1\"},\"effectiveDateTime\":\"not a date\"}",
                "{\"resourceType\":\"Goal\",\"id\":\"own\",\"lifecycleStatus\":\"active\",\"description\":{\"text\":\"x\"},"
                        + "\"subject\":{\"reference\":\"urn:uuid:p1\"}}",
                "{\"resourceType\":\"Observation\",\"id\":\"stranger\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
                        + "\"subject\":{\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":"
                        + "\"4010232137\"}},\"effectiveDateTime\":\"2026-09-30\"}",
                "{\"resourceType\":\"MedicationRequest\",\"id\":\"m1\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"fine\",\"status\":\"final\",\"code\":{\"text\":\"gait\"},"
                        + "\"subject\":{\"reference\":\"urn:uuid:p1\"},\"effectiveDateTime\":\"2026-10-01\"}"));
        assertEquals(1, report.accepted().size());
        List<String> reasons = report.quarantined().stream().map(IngestReport.ItemResult::reason).toList();
        assertTrue(reasons.get(0), reasons.get(0).startsWith("not a valid FHIR R4 Observation"));
        assertTrue(reasons.get(1), reasons.get(1).contains("must name the Cofnod outcome"));
        assertTrue(reasons.get(2), reasons.get(2).contains("no person in Cofnod has nhs 4010232137"));
        assertTrue(reasons.get(3), reasons.get(3).contains("not MedicationRequest"));
        assertEquals(1, f.entries(rhodri).size());
        // each waits alone: its patient is named by NHS number, so a retry needs nothing else from the bundle
        String alone = f.ingest().quarantined(IngestFixture.practitioner("cardiff-vale-uhb"),
                report.quarantined().get(1).quarantineId()).payload();
        assertTrue(alone, alone.contains("\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\","
                + "\"value\":\"9434765919\"}") && !alone.contains("urn:uuid:p1"));
        assertTrue(f.send("cardiff-vale-uhb", "application/fhir+json", "{\"resourceType\":\"Bundle\",\"entry\":[{")
                .quarantined().get(0).reason().startsWith("not valid JSON"));
    }

    /** An Observation as Cofnod's FHIR face exports an entry: its id, Cofnod's identifiers, the subject by NHS number. */
    private static String exported(String entryId, String cameInAs) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + entryId + "\",\"identifier\":[{\"system\":"
                + "\"https://cofnod.cymru/Id/entry\",\"value\":\"" + entryId + "\"}"
                + (cameInAs == null ? "" : ",{\"system\":\"https://cofnod.cymru/Id/source-key\",\"value\":\""
                        + cameInAs + "\"}")
                + "],\"status\":\"final\",\"code\":{\"text\":\"visit\"},\"subject\":{\"reference\":"
                + "\"urn:uuid:p1\"},\"effectiveDateTime\":\"2026-09-30T10:30:00+01:00\",\"component\":[{\"code\":"
                + "{\"text\":\"observation\"},\"valueString\":\"walks in the shared garden\"}]}";
    }

    @Test
    public void whatCofnodExportedComesBackAsItselfNeverTwice() {
        IngestReport first = f.send("cardiff-vale-uhb", "application/fhir+json", bundle(
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"text\":"
                        + "\"walking\"},\"subject\":{\"reference\":\"urn:uuid:p1\"},"
                        + "\"effectiveDateTime\":\"2026-09-30T10:30:00+01:00\",\"valueString\":\"garden\"}"));
        String stored = first.accepted().get(0).itemId();
        String goalAsExported = "{\"resourceType\":\"Goal\",\"id\":\"" + outcome + "\",\"identifier\":[{\"system\":"
                + "\"https://cofnod.cymru/Id/outcome\",\"value\":\"" + outcome + "\"}],\"lifecycleStatus\":\"active\","
                + "\"description\":{\"text\":\"I want the confidence to walk outdoors again\"},\"subject\":{"
                + "\"reference\":\"urn:uuid:p1\"},\"startDate\":\"2026-09-09\"}";

        IngestReport back = f.send("cardiff-vale-uhb", "application/fhir+json", bundle(
                exported(stored, "Observation/o1"), exported("6c0e5a8e-1d1f-4a43-9d55-1f3b7a1c2e90", null),
                goalAsExported));

        assertEquals(back.toString(), 0, back.accepted().size());
        assertEquals("the board's own observation, exported and sent back, is the item it was",
                List.of(stored), back.duplicate().stream().map(IngestReport.ItemResult::itemId).toList());
        assertEquals(List.of("this Observation is Cofnod's own entry 6c0e5a8e-1d1f-4a43-9d55-1f3b7a1c2e90 as Cofnod "
                        + "exported it: it is in the record already",
                "this Goal is Cofnod's own outcome " + outcome + " as Cofnod exported it: it is in the record already"),
                back.quarantined().stream().map(IngestReport.ItemResult::reason).toList());
        assertEquals("nothing stored twice", 1, f.entries(rhodri).size());
    }
}
