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
}
