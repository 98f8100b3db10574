package cymru.cofnod.adapter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.testing.DerbyUnit;
import cymru.cofnod.testing.QueryPlans;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * An agency's quarantine is read oldest first a page at a time from an index its agency leads: one page visited
 * whatever the other agencies keep waiting, and every item of the walk once.
 */
public class QuarantinePagesTest {

    private static final int ITEMS = 1_000;
    private static final int AGENCIES = 40;
    /** How many rows Derby's scans fetch at a time: the fewest a page can visit. */
    private static final int DERBY_FETCH = 16;

    private static DerbyUnit unit;
    private static Quarantine quarantine;
    private static final List<List<String>> KEYS = new ArrayList<>();

    @BeforeClass
    public static void open() {
        unit = new DerbyUnit("cofnod-adapter");
        quarantine = new Quarantine(unit.jpa());
        for (int a = 0; a < AGENCIES; a++) {
            KEYS.add(new ArrayList<>());
        }
        unit.jpa().tx(em -> {
            for (int i = 0; i < ITEMS; i++) {
                String key = "row-" + i;
                em.persist(new QuarantineRow(agency(i % AGENCIES), key, "visit", "text/csv", "no such person",
                        key.getBytes(StandardCharsets.UTF_8), Instant.now()));
                em.flush(); // ids in the order kept
                KEYS.get(i % AGENCIES).add(key);
            }
        });
        unit.updateStatistics("ADAPTER_QUARANTINE");
    }

    private static String agency(int n) {
        return "agency-" + n;
    }

    @AfterClass
    public static void close() {
        unit.close();
    }

    @Test
    public void anAgencysQuarantineIsPagedOldestFirstOnceEach() {
        for (int limit : new int[] {1, 4, 50}) {
            assertEquals(KEYS.get(3), walk(agency(3), limit));
        }
        assertEquals(ITEMS, walk(null, 70).size());
    }

    private static List<String> walk(String agency, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<QuarantinedItem> page = quarantine.page(agency, new PageRequest(cursor, limit));
            page.items().forEach(q -> seen.add(q.sourceKey()));
            cursor = page.nextCursor();
            assertTrue(cursor == null || page.items().size() == limit);
        } while (cursor != null);
        return seen;
    }

    @Test
    public void aPageVisitsOnePageOfTheIndexWhateverOtherAgenciesKeepWaiting() {
        long middle = Long.parseLong(quarantine.page(agency(5), new PageRequest(null, 12)).nextCursor());
        for (long after : new long[] {0, middle}) {
            List<QueryPlans.Scan> scans = unit.jpa().txExpr(em -> QueryPlans.of(em,
                    e -> Quarantine.oldestFirst(e, agency(5), after, 11)));
            QueryPlans.Scan page = scans.stream().filter(s -> s.statement().contains("ADAPTER_QUARANTINE"))
                    .findFirst().orElseThrow(() -> new AssertionError("no page read among " + scans));
            assertFalse(page.toString(), page.sorted());
            assertTrue(page.toString(), page.visitedRows() <= DERBY_FETCH);
            assertEquals(page.toString(), "ADAPTER_QUARANTINE_AGENCY", page.object());
        }
    }
}
