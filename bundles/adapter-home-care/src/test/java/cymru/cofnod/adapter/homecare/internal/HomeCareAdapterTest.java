package cymru.cofnod.adapter.homecare.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.internal.IngestFixture;
import cymru.cofnod.outcomes.api.Entry;
import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class HomeCareAdapterTest {

    private static final String HEADER = "id,person,date,from,to,activity,who,what_worked,what_did_not_work\n";
    private IngestFixture f;
    private String mary;
    private String doreen;

    @Before
    public void open() {
        f = new IngestFixture().agency("gofal-da", "home-care").install(new HomeCareAdapter());
        mary = f.person("Mary", null, "CC-100318", "GD-0017");
        doreen = f.person("Doreen", null, "CC-100377", "GD-0042");
    }

    @After
    public void close() {
        f.close();
    }

    @Test
    public void learningLogRowsBecomeLearningLogEntriesInLocalTime() {
        IngestReport report = f.send("gofal-da", "text/csv", HEADER
                + "LL-1,GD-0017,2026-06-10,11:00,11:30,Park,Karen and Mary,\"Dry, bright day: she hummed\",\"Came back "
                + "before ice cream; ask the OT for cushioning\"\n"
                + "LL-2,GD-0017,2026-06-29,10:30,11:15,Park and an ice cream tub,Karen and Mary,Cushioning worked,\n");
        assertEquals(2, report.accepted().size());
        Entry june10 = f.entries(mary).get(1);
        assertEquals("learning-log", june10.kind());
        assertEquals(Instant.parse("2026-06-10T10:00:00Z"), june10.occurredAt());
        assertEquals(Instant.parse("2026-06-10T10:30:00Z"), june10.learningLog().until());
        assertEquals("Dry, bright day: she hummed", june10.learningLog().whatWorked());
        assertEquals("Karen and Mary", june10.learningLog().who());
        assertEquals("LL-1", june10.provenance().sourceKey());
    }

    @Test
    public void aVisitInJsonKeepsTheNoteTheWhyAndThePersonsWordsApartOnHerOutcome() {
        String outcome = f.outcome(doreen, "I want my lunch to be something to look forward to");
        IngestReport report = f.send("gofal-da", "application/json", "{\"visits\":[{\"id\":\"V-1\",\"person\":"
                + "\"GD-0042\",\"from\":\"2026-10-07T11:45:00+01:00\",\"carer\":\"Sioned\",\"note\":\"Lunch at the "
                + "church\",\"why\":\"pooled three people's time\",\"ownWords\":\"it made my day\",\"outcome\":\""
                + outcome + "\"}]}");
        assertEquals(report.toString(), 1, report.accepted().size());
        Entry visit = f.entries(doreen).get(0);
        assertEquals("visit", visit.kind());
        assertEquals(List.of(outcome), visit.outcomeIds());
        assertEquals(List.of("observation", "opinion", "own-words"),
                visit.parts().stream().map(Entry.Part::type).toList());
        assertEquals("Sioned", visit.parts().get(1).whose());
        assertEquals("Sioned", visit.provenance().performedBy().name());
    }

    @Test
    public void eachBadRowSaysWhatIsWrongAndTheGoodRowsLand() {
        IngestReport report = f.send("gofal-da", "text/csv", HEADER
                + "LL-1,GD-0017,2026-06-10,11:00,11:30,Park,Karen,sun,\n"
                + "LL-2,GD-0017,2026-06-10,11:00\n"
                + "LL-3,GD-0017,10/06/2026,11:00,11:30,Park,Karen,sun,\n"
                + "LL-4,GD-9999,2026-06-10,11:00,11:30,Park,Karen,sun,\n"
                + "LL-5,GD-0017,2026-06-10,11:00,11:30,Park,,sun,\n");
        assertEquals(1, report.accepted().size());
        List<String> reasons = report.quarantined().stream().map(IngestReport.ItemResult::reason).toList();
        assertTrue(reasons.get(0), reasons.get(0).contains("has 4 values where the header has 9"));
        assertTrue(reasons.get(1), reasons.get(1).contains("date '10/06/2026' is not a date"));
        assertTrue(reasons.get(2), reasons.get(2).contains("no person in Cofnod has provider GD-9999"));
        assertEquals("who is required", reasons.get(3));
    }

    @Test
    public void aMissingColumnOrAnUnreadableFileIsNamed() {
        IngestReport missing = f.send("gofal-da", "text/csv",
                "id,person,date,from,to,activity,what_worked,what_did_not_work\nLL-1,GD-0017,2026-06-10,11:00,11:30,"
                        + "Park,sun,\n");
        assertTrue(missing.quarantined().get(0).reason().contains("no [who] column"));
        assertEquals("LL-1", missing.quarantined().get(0).sourceKey());
        IngestReport noId = f.send("gofal-da", "text/csv", "person,date,note\nGD-0017,2026-06-10,tea\n");
        assertTrue(noId.quarantined().get(0).reason().contains("no 'id' column"));
        IngestReport quoting = f.send("gofal-da", "text/csv", "id,person,date,from,note\nV-1,GD-0017,\"2026");
        assertTrue(quoting.quarantined().get(0).reason(), quoting.quarantined().get(0).reason()
                .startsWith("not readable as CSV"));
        IngestReport wrongType = f.send("gofal-da", "application/json",
                "{\"visits\":[{\"id\":\"V-1\",\"person\":\"GD-0042\",\"from\":42,\"note\":\"tea\"}]}");
        assertEquals("from must be text, not number", wrongType.quarantined().get(0).reason());
        assertEquals(0, f.entries(mary).size() + f.entries(doreen).size());
    }
}
