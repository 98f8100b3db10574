package cymru.cofnod.adapter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.ItemKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** One inbound item that adds an assessment and the decision it recommends: both land, or neither. */
public class AddTogetherTest {

    private static final String NHS = "9434765919";
    private IngestFixture f;
    private String rhodri;
    private String outcome;

    @Before
    public void open() {
        f = new IngestFixture().agency("uhb", "lines").install(new LinesAdapter("lines"));
        rhodri = f.person("Rhodri", NHS, "CC-1", null);
        outcome = f.outcome(rhodri, "I want to get back to the allotment");
    }

    @After
    public void close() {
        f.close();
    }

    private List<Decision> decisions() {
        return f.records.list(IngestFixture.practitioner("cardiff-council"), rhodri, ItemKind.DECISION,
                PageRequest.first(50)).items();
    }

    private String assessment(String key, String why) {
        return key + ";" + NHS + ";walks to the gate with a frame;" + outcome + ";a raised bed by the path;" + why;
    }

    @Test
    public void theAssessmentAndItsDecisionLandTogetherAndOnceHoweverOftenSent() {
        IngestReport first = f.send("uhb", "text/plain", assessment("assess-1", "he can reach it without the steps"));
        assertEquals(1, first.accepted().size());
        String decision = decisions().get(0).id();
        assertEquals(List.of(decision), first.accepted().get(0).alsoAdded());
        assertEquals("assessment", f.entries(rhodri).get(0).kind());
        assertEquals(first.accepted().get(0).itemId(), f.entries(rhodri).get(0).id());
        assertEquals("assess-1#2", decisions().get(0).provenance().sourceKey());

        IngestReport again = f.send("uhb", "text/plain", assessment("assess-1", "he can reach it without the steps"));
        assertEquals(1, again.duplicate().size());
        assertEquals(1, f.entries(rhodri).size());
        assertEquals(1, decisions().size());
    }

    @Test
    public void aRefusedDecisionLeavesNoAssessmentAndTheItemWaitsWithItsReason() {
        IngestReport report = f.send("uhb", "text/plain", String.join("\n",
                "o-1;" + NHS + ";before it",
                assessment("assess-2", ""),
                "o-2;" + NHS + ";after it"));
        assertEquals(List.of("o-1", "o-2"), report.accepted().stream().map(IngestReport.ItemResult::sourceKey).toList());
        assertEquals(1, report.quarantined().size());
        String reason = report.quarantined().get(0).reason();
        assertTrue(reason, reason.startsWith("breaks the record's rules") && reason.contains("why"));
        assertEquals(List.of("observation", "observation"), f.entries(rhodri).stream().map(e -> e.kind()).toList());
        assertEquals(0, decisions().size());
        assertEquals(reason, f.ingest().quarantined(IngestFixture.practitioner("uhb"),
                report.quarantined().get(0).quarantineId()).reason());

        IngestReport retried = f.ingest().retry(IngestFixture.practitioner("uhb"),
                report.quarantined().get(0).quarantineId(), "text/plain",
                assessment("assess-2", "the path is level").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, retried.accepted().size());
        assertEquals(3, f.entries(rhodri).size());
        assertEquals(1, decisions().size());
    }

    @Test
    public void anOutcomeAddedTogetherIsNamedByLaterItemsOfThePayloadByTheItemsOwnId() {
        IngestReport report = f.send("uhb", "text/plain", String.join("\n",
                "pair-1;" + NHS + ";I want to sing in the choir again",
                "o-1;" + NHS + ";went to choir practice;pair-1"));
        assertEquals(report.quarantined().toString(), 2, report.accepted().size());
        String outcomeId = report.accepted().get(0).itemId();
        assertEquals(List.of(outcomeId), f.entries(rhodri).stream().filter(e -> e.kind().equals("observation"))
                .findFirst().orElseThrow().outcomeIds());
    }

    @Test
    public void aDryRunOfTogetherWritesNothing() {
        IngestReport report = f.ingest().dryRun(IngestFixture.practitioner("uhb"), "uhb", "text/plain",
                assessment("assess-3", "why").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, report.accepted().size());
        assertEquals(0, f.entries(rhodri).size());
        assertEquals(0, decisions().size());
    }
}
