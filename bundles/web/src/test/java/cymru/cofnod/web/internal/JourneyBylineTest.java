package cymru.cofnod.web.internal;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

/** A journey step says who did the work: the practitioner a sending system named, beside who sent it. */
public class JourneyBylineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String byline(String language, String item) throws Exception {
        JsonNode step = JSON.readTree("{\"agency\": \"cardiff-council\", \"recordedBy\": \"sw-system\"}");
        return JourneyPages.byline(Messages.of(language), step, JSON.readTree(item));
    }

    @Test
    public void aNamedPractitionerIsWhoDidTheWork() throws Exception {
        String sent = "{\"provenance\": {\"recordedBy\": \"sw-system\", \"sentBy\": \"sw-system\","
                + " \"performedBy\": {\"name\": \"Bethan Morgan\", \"role\": \"social worker\"}}}";
        String council = Vocabulary.label(Messages.of("en"), "agency", "cardiff-council");
        assertEquals("Done by Bethan Morgan (social worker), " + council + "; sent by sw-system", byline("en", sent));
        assertEquals("Gwnaed gan Bethan Morgan (social worker), "
                + Vocabulary.label(Messages.of("cy"), "agency", "cardiff-council") + "; anfonwyd gan sw-system",
                byline("cy", sent));
        String written = "{\"provenance\": {\"recordedBy\": \"sw-system\","
                + " \"performedBy\": {\"name\": \"sw-system\"}}}";
        assertEquals("Recorded by sw-system, " + council, byline("en", written));
    }
}
