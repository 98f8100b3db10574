package cymru.cofnod.adapter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Practitioner;
import cymru.cofnod.outcomes.api.Provenance;
import cymru.cofnod.outcomes.api.TimelineQuery;
import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Who did the work an item records, beside who sent it. */
public class PerformedByTest {

    private static final String NHS = "9434765919";
    private IngestFixture f;
    private String rhodri;

    @Before
    public void open() {
        f = new IngestFixture().agency("uhb", "lines").install(new LinesAdapter("lines"));
        rhodri = f.person("Rhodri", NHS, "CC-1", null);
    }

    @After
    public void close() {
        f.close();
    }

    private Provenance provenanceOf(String itemId) {
        return f.records.get(IngestFixture.practitioner("cardiff-council"), rhodri, ItemKind.ENTRY, itemId).provenance();
    }

    @Test
    public void thePractitionerASystemNamesDidTheWorkAndTheSystemsUserSentIt() {
        IngestReport report = f.send("uhb", "text/plain", String.join("\n",
                "by-1;" + NHS + ";visited at home;Bethan Morgan;physiotherapist",
                "o-1;" + NHS + ";nobody named"));
        Provenance named = provenanceOf(report.accepted().get(0).itemId());
        assertEquals(new Practitioner("Bethan Morgan", "physiotherapist", null), named.performedBy());
        assertEquals("worker@uhb", named.sentBy());
        assertEquals("worker@uhb", named.recordedBy());
        Provenance unnamed = provenanceOf(report.accepted().get(1).itemId());
        assertNull(unnamed.performedBy());
        assertEquals("worker@uhb", unnamed.sentBy());

        // the journey says the same as a read by id
        Entry inJourney = (Entry) f.records.timeline(IngestFixture.practitioner("cardiff-council"), rhodri,
                new TimelineQuery(null, null, null, null, null), PageRequest.first(10)).items().stream()
                .filter(t -> t.id().equals(report.accepted().get(0).itemId())).findFirst().orElseThrow().item();
        assertEquals("Bethan Morgan", inJourney.provenance().performedBy().name());
    }

    @Test
    public void aPractitionerOfTheWrongShapeOrSizeSendsTheItemToQuarantine() {
        IngestReport report = f.send("uhb", "text/plain", String.join("\n",
                "by-2;" + NHS + ";visited;" + "B".repeat(Practitioner.MAX_NAME + 1) + ";physiotherapist",
                "by-3;" + NHS + ";visited; ;physiotherapist",
                "by-4;" + NHS + ";visited;Bethan;physio\u0007therapist"));
        assertEquals(3, report.quarantined().size());
        assertTrue(report.quarantined().get(0).reason(), report.quarantined().get(0).reason().contains("performedBy.name"));
        assertTrue(report.quarantined().get(1).reason(), report.quarantined().get(1).reason().contains("performedBy.name"));
        assertTrue(report.quarantined().get(2).reason(), report.quarantined().get(2).reason().contains("performedBy.role"));
        assertEquals(0, f.entries(rhodri).size());
    }

    @Test
    public void anItemWrittenThroughTheApiWasDoneByItsWriterWhateverProvenanceItCarries() {
        Requester sw = IngestFixture.practitioner("cardiff-council");
        Provenance claimed = new Provenance("someone", "uhb", null, null, Practitioner.named("Someone Else"), "x");
        Entry written = f.records.add(sw, rhodri, ItemKind.ENTRY, new Entry(null, null, null,
                Instant.parse("2026-10-01T10:00:00Z"), claimed, "visit", List.of(),
                List.of(new Entry.Part("observation", "visited", null, null)), null, null, null));
        for (Provenance p : List.of(written.provenance(), provenanceOf(written.id()))) {
            assertEquals(Practitioner.named("worker@cardiff-council"), p.performedBy());
            assertNull(p.sentBy());
            assertEquals("worker@cardiff-council", p.recordedBy());
        }
    }
}
