package cymru.cofnod.adapter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.DueItem;
import cymru.cofnod.core.api.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** An agency's quarantined items are its own work due, on real Derby through the real ingest service. */
public class QuarantineWorkDueTest {

    private static final String NHS = "9434765919";

    private IngestFixture f;
    private QuarantineWorkDue due;

    @Before
    public void open() {
        f = new IngestFixture().agency("uhb", "lines").agency("council", "other").install(new LinesAdapter("lines"));
        f.person("Rhodri", NHS, "CC-1", null);
        due = new QuarantineWorkDue(f.ingest());
    }

    @After
    public void close() {
        f.close();
    }

    @Test
    public void theAgencysOwnQuarantinedItemsAreDueNow() {
        f.send("uhb", "text/plain", "o-1;" + NHS + ";fine\nnot a line");
        List<DueItem> items = due.due(IngestFixture.practitioner("uhb"), Instant.now());
        assertEquals(1, items.size());
        DueItem item = items.get(0);
        assertEquals(DueItem.QUARANTINED, item.kind());
        assertEquals("uhb", item.agency());
        assertTrue(item.about().startsWith("/quarantine/"));
        assertTrue(item.what(), item.what().contains("key;nhs;text"));
        assertTrue("another agency's are not theirs",
                due.due(IngestFixture.practitioner("council"), Instant.now().plus(Duration.ofDays(14))).isEmpty());
        for (var nobody : List.of(IngestFixture.SYSTEM_ADMIN, IngestFixture.practitioner("uhb")
                .withPurpose(Purpose.COMMISSIONING))) {
            try {
                due.due(nobody, Instant.now());
                fail(nobody + " has no quarantine work");
            } catch (AccessDeniedException expected) {
                // practitioners of the agency only
            }
        }
    }
}
