package org.example.cofnod.notes;

import static org.junit.Assert.assertEquals;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.internal.IngestFixture;
import org.junit.Test;

public class NotesAdapterTest {

    @Test
    public void notesLandOnceAndBadLinesWaitInQuarantine() {
        try (IngestFixture cofnod = new IngestFixture().agency("our-agency", "notes").install(new NotesAdapter())) {
            String rhodri = cofnod.person("Rhodri", "9434765919", null, null);
            String notes = "N-1|9434765919|2026-10-01T10:00:00+01:00|Walked to the shop\nN-2|9434765919|yesterday|x\n";
            IngestReport first = cofnod.send("our-agency", "text/plain", notes);
            assertEquals(1, first.accepted().size());
            assertEquals("time 'yesterday' is not a time with offset (2026-06-10T11:00:00+01:00)",
                    first.quarantined().get(0).reason());
            assertEquals(1, cofnod.send("our-agency", "text/plain", notes).duplicate().size());
            assertEquals(1, cofnod.entries(rhodri).size());
        }
    }
}
