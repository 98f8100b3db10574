package org.example.cofnod.notes;

import static org.junit.Assert.assertEquals;

import cymru.cofnod.adapter.testkit.AdapterTestKit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The adapter through Cofnod's real ingest and record services, with the sample payload its system sends. */
public class NotesAdapterTest {

    private static final String AGENCY = "our-agency";

    @Test
    public void notesLandOnceAndABadLineWaitsInQuarantine() throws IOException {
        try (AdapterTestKit cofnod = AdapterTestKit.of(new NotesAdapter()).agency(AGENCY)) {
            String rhodri = cofnod.person("Rhodri").nhsNumber("9991000232").register();
            String sample = sample("/sample-notes.txt");

            cofnod.send(AGENCY, "text/plain", sample).accepted(2).quarantined(1)
                    .quarantinedBecause("N-3", "time 'yesterday' is not a time with offset");
            cofnod.send(AGENCY, "text/plain", sample).duplicates(2).quarantined(1);
            assertEquals(2, cofnod.entries(rhodri).size());
            assertEquals(1, cofnod.quarantine(AGENCY).size());
        }
    }

    @Test
    public void anUnknownPersonWaitsUntilTheyAreRegistered() {
        try (AdapterTestKit cofnod = AdapterTestKit.of(new NotesAdapter()).agency(AGENCY)) {
            String waiting = cofnod.send(AGENCY, "text/plain", "N-9|4010232137|2026-10-01T10:00:00+01:00|First visit")
                    .quarantinedBecause("N-9", "no person in Cofnod has nhs 4010232137").quarantineId("N-9");
            String sian = cofnod.person("Siân").nhsNumber("4010232137").register();
            cofnod.retry(AGENCY, waiting).accepted(1);
            assertEquals("First visit", cofnod.entries(sian).get(0).parts().get(0).text());
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = NotesAdapterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
