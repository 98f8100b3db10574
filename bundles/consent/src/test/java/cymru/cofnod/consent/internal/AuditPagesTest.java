package cymru.cofnod.consent.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.testing.DerbyUnit;
import cymru.cofnod.testing.QueryPlans;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The audit trail and a person's access log are read newest first a page at a time from an index that keeps them
 * newest first: one page visited whatever the length of the trail, and every event of the walk once.
 */
public class AuditPagesTest {

    private static final int EVENTS = 1_200;
    /** How many rows Derby's scans fetch at a time: the fewest a page can visit. */
    private static final int DERBY_FETCH = 16;
    /** As a shared trail has them: many people, each a small part of it. */
    private static final int PEOPLE = 60;

    private static DerbyUnit unit;

    @BeforeClass
    public static void open() {
        unit = new DerbyUnit("cofnod-consent");
        unit.jpa().tx(em -> {
            for (int seq = 1; seq <= EVENTS; seq++) {
                em.persist(new AuditEventRow(new AuditEvent(seq, Instant.now(), "physio", "cardiff-vale-uhb",
                        "practitioner", "direct-care", person(seq), "read", "record", null, "ok",
                        false, null, "0".repeat(64), null, "0".repeat(64))));
            }
        });
        unit.updateStatistics("CONSENT_AUDIT");
    }

    private static String person(long seq) {
        return "person-" + seq % PEOPLE;
    }

    @AfterClass
    public static void close() {
        unit.close();
    }

    @Test
    public void theTrailAndAnAccessLogArePagedNewestFirstOnceEach() {
        assertEquals(descending(EVENTS, null), walk(null, 70));
        assertEquals(descending(EVENTS, "person-7"), walk("person-7", 3));
        assertEquals(descending(EVENTS, "person-7"), walk("person-7", 1));
    }

    private static List<Long> descending(int last, String personId) {
        List<Long> seqs = new ArrayList<>();
        for (long seq = last; seq >= 1; seq--) {
            if (personId == null || person(seq).equals(personId)) {
                seqs.add(seq);
            }
        }
        return seqs;
    }

    private static List<Long> walk(String personId, int limit) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            PageRequest request = new PageRequest(cursor, limit);
            Page<AuditEvent> page = unit.jpa().txExpr(em -> JpaAuditTrail.pageOf(JpaAuditTrail.newestFirst(em,
                    personId, request).stream().map(AuditEventRow::toEvent).toList(), limit));
            page.items().forEach(e -> seen.add(e.sequence()));
            cursor = page.nextCursor();
            assertTrue(cursor == null || page.items().size() == limit);
        } while (cursor != null);
        return seen;
    }

    @Test
    public void aPageVisitsOnePageOfTheIndexWhateverTheLengthOfTheTrail() {
        for (String personId : new String[] {null, "person-11"}) {
            for (String cursor : new String[] {null, "611"}) {
                List<QueryPlans.Scan> scans = unit.jpa().txExpr(em -> QueryPlans.of(em,
                        e -> JpaAuditTrail.newestFirst(e, personId, new PageRequest(cursor, 10))));
                QueryPlans.Scan page = scans.stream().filter(s -> s.statement().contains("CONSENT_AUDIT"))
                        .findFirst().orElseThrow(() -> new AssertionError("no page read among " + scans));
                String what = (personId == null ? "the trail" : "an access log") + " from " + cursor + ": " + page;
                assertFalse(what, page.sorted());
                assertTrue(what, page.visitedRows() <= DERBY_FETCH);
                assertEquals(what, personId == null ? "CONSENT_AUDIT_NEWEST" : "CONSENT_AUDIT_PERSON_NEWEST",
                        page.object());
            }
        }
    }
}
