package cymru.cofnod.core.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class StrictJsonTest {

    public record Progress(Integer rating, String narrative) {
    }

    public record Visit(String kind, Instant at, List<Progress> progress) {
    }

    private static final ObjectMapper JSON = StrictJson.mapper();

    private static JsonFault fault(String json) {
        try {
            JSON.readValue(json, Visit.class);
        } catch (JsonProcessingException e) {
            JsonFault fault = JsonFault.of(e);
            assertFalse(fault.toString(), fault.toString().matches("(?s).*(cymru|java\\.|class |Exception|`).*"));
            return fault;
        }
        fail("read: " + json);
        return null;
    }

    @Test
    public void unknownAndRepeatedFieldsAreNamedWithoutClasses() {
        assertEquals(new JsonFault("surprise", "is not a field here"), fault("{\"kind\":\"v\",\"surprise\":1}"));
        assertEquals(new JsonFault("kind", "appears more than once"), fault("{\"kind\":\"v\",\"kind\":\"w\"}"));
        assertEquals(new JsonFault("progress[0].rating", "appears more than once"),
                fault("{\"progress\":[{\"rating\":1,\"rating\":2}]}"));
    }

    @Test
    public void numbersAreNumbersAndTextIsText() {
        assertEquals("progress[0].rating", fault("{\"progress\":[{\"rating\":1.5}]}").field());
        assertEquals("must be a whole number", fault("{\"progress\":[{\"rating\":\"5\"}]}").message());
        assertEquals("must be text", fault("{\"kind\":5}").message());
        assertEquals("must be text", fault("{\"kind\":true}").message());
    }

    @Test
    public void datesLoneSurrogatesAndBrokenJsonAreNamed() {
        assertEquals(new JsonFault("at", "must be an ISO 8601 date-time with offset (2026-09-07T10:00:00+01:00)"),
                fault("{\"at\":\"2026-02-30T10:00:00Z\"}"));
        assertEquals(new JsonFault("kind", JsonFault.NOT_WELL_FORMED), fault("{\"kind\":\"a\\ud800\"}"));
        assertEquals("body", fault("{\"kind\":").field());
        assertEquals("body", fault("{\"kind\":\"v\"} {}").field());
        assertEquals("body", fault("[".repeat(2000)).field());
    }
}
