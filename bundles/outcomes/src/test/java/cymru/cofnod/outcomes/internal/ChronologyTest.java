package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Provenance;
import cymru.cofnod.outcomes.api.TimelineItem;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class ChronologyTest {

    private static final Instant WEEK_0 = Instant.parse("2026-09-09T10:00:00Z");
    private static final Provenance BY = new Provenance("social-worker", "cardiff-council", WEEK_0, null);

    private static TimelineItem conversation() {
        Entry e = new Entry("e1", 1L, "p1", WEEK_0.plusSeconds(3600), BY, "what-matters", List.of("o1"), List.of(
                new Entry.Part("own-words", "mae'r waliau'n cau amdana i", null, "cy"),
                new Entry.Part("observation", "Rhodri is afraid of being hurt again.", null, "en"),
                new Entry.Part("opinion", "=open to options, \"getting out\"", "social worker", "en")),
                null, null, null);
        return new TimelineItem("e1", "entry", e.occurredAt(), "cardiff-council", "social-worker", List.of("o1"), e);
    }

    private static TimelineItem outcome() {
        Outcome o = new Outcome("o1", 1L, "p1", WEEK_0, BY, "I want to walk outdoors again", "en", "change", null,
                null, "Regain confidence walking outdoors", null, null, null);
        return new TimelineItem("o1", "outcome", WEEK_0, "cardiff-council", "social-worker", List.of(), o);
    }

    @Test
    public void oldestFirstWithFactOpinionAndOwnWordsApartInUtf8WithABom() {
        String csv = Chronology.csv(List.of(conversation(), outcome()), false);
        String[] lines = csv.split("\r\n");
        assertTrue("a BOM for spreadsheets", csv.startsWith("\uFEFFwhen,agency,recorded by,kind,outcomes,facts,"));
        assertEquals(3, lines.length);
        assertEquals("2026-09-09T10:00:00Z,cardiff-council,social-worker,outcome,,,,I want to walk outdoors again,"
                + "Regain confidence walking outdoors", lines[1]);
        assertEquals("2026-09-09T11:00:00Z,cardiff-council,social-worker,what-matters,o1,"
                + "Rhodri is afraid of being hurt again.,\"social worker: =open to options, \"\"getting out\"\"\","
                + "mae'r waliau'n cau amdana i,", lines[2]);
    }

    @Test
    public void aCutChronologySaysSo() {
        String csv = Chronology.csv(List.of(outcome()), true);
        assertTrue(csv.endsWith("#,the journey goes on beyond these steps: narrow the period or filter\r\n"));
    }
}
