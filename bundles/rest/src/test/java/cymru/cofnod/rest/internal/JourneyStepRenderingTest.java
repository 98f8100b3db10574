package cymru.cofnod.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.Provenance;
import cymru.cofnod.outcomes.api.TimelineItem;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class JourneyStepRenderingTest {

    private static TimelineItem step(long version, String words) {
        return step(version, words, List.of("o1"));
    }

    private static TimelineItem step(long version, String words, List<String> about) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Entry entry = new Entry("e1", version, "p1", at, new Provenance("physio", "cardiff-vale-uhb", at, null),
                "visit", about, List.of(new Entry.Part("own-words", words, null, "cy")), null, null, null);
        return new TimelineItem("e1", "entry", at, "cardiff-vale-uhb", "physio", about, entry);
    }

    @Test
    public void aStepCutForOneReaderIsNeverTheRenderingOfAnotherWhoMaySeeMore() throws Exception {
        ObjectMapper api = JsonMapping.objectMapper();
        String whole = api.writeValueAsString(new Page<>(List.of(step(1, "cerdded", List.of("o1", "o2"))), null, false));
        assertTrue(whole.contains("o2"));
        // the same version, shown to a reader who may not see outcome o2
        String cut = api.writeValueAsString(new Page<>(List.of(step(1, "cerdded", List.of("o1"))), null, false));
        assertTrue(cut, !cut.contains("o2"));
    }

    @Test
    public void aStepRendersAsTheOrdinaryMappingWouldAndEachVersionAsItself() throws Exception {
        ObjectMapper api = JsonMapping.objectMapper();
        ObjectMapper ordinary = new ObjectMapper().findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Page<TimelineItem> first = new Page<>(List.of(step(1, "Rwy'n cerdded ŵ")), null, false);
        String once = api.writeValueAsString(first);
        assertEquals(ordinary.readTree(ordinary.writeValueAsString(first)), api.readTree(once));
        assertEquals("rendered again from what was kept", once, api.writeValueAsString(first));
        // HTTP answers are written as UTF-8 bytes: the kept step goes out as bytes, Welsh letters intact
        assertEquals(once, new String(api.writeValueAsBytes(first), java.nio.charset.StandardCharsets.UTF_8));

        String revised = api.writeValueAsString(new Page<>(List.of(step(2, "Rwy'n rhedeg")), null, false));
        assertTrue("a new version renders its own words", revised.contains("Rwy'n rhedeg"));
        assertTrue(revised.contains("\"version\":2"));
    }
}
