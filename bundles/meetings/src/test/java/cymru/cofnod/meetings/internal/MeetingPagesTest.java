package cymru.cofnod.meetings.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.testing.DerbyUnit;
import cymru.cofnod.testing.QueryPlans;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Meetings are listed newest first a page at a time from an index that keeps them newest first, a person's and
 * everyone's: one page visited whatever the number of meetings, hidden ones skipped before the page is cut.
 */
public class MeetingPagesTest {

    private static final int MEETINGS = 1_000;
    private static final int PEOPLE = 50;
    /** How many rows Derby's scans fetch at a time: the fewest a page can visit. */
    private static final int DERBY_FETCH = 16;
    /** Ids as the list reads them: the raw JSON body is never parsed for the test's own check. */
    private static final Keyset<MeetingRow, String> IDS = new Keyset<>(MeetingRow.class, null, MeetingRow::id,
            id -> List.of(), (id, hidden) -> id);

    /** The withheld flag worked out afresh at every list, as when nothing is kept. */
    private static final Keyset.Withheld EVERY_ROW = (personId, everyRow) -> everyRow.getAsBoolean();

    private static DerbyUnit unit;
    private static final List<String> OF_PERSON_3 = new ArrayList<>();

    @BeforeClass
    public static void open() {
        unit = new DerbyUnit("cofnod-meetings");
        LocalDateTime first = LocalDateTime.parse("2026-01-05T09:00:00");
        unit.jpa().tx(em -> {
            for (int i = 0; i < MEETINGS; i++) {
                // every fifth at the same time as the one before: ties are cut by id
                String id = String.format("m-%05d", i);
                em.persist(new MeetingRow(id, "person-" + i % PEOPLE, "cardiff-council", "plan-" + i,
                        first.plusMinutes(i - (i % 5 == 4 ? 1 : 0)), "{}"));
                if (i % PEOPLE == 3) {
                    OF_PERSON_3.add(id);
                }
            }
        });
        unit.updateStatistics("MEETINGS_MEETING");
        Collections.reverse(OF_PERSON_3);
    }

    @AfterClass
    public static void close() {
        unit.close();
    }

    @Test
    public void aPersonsMeetingsArePagedNewestFirstOnceEachAndHiddenOnesNeverCutAPageShort() {
        assertEquals(OF_PERSON_3, walk("person-3", 3, (row, outcomes) -> true));
        // every other one hidden: pages still full, the visible ones each once
        List<String> visible = new ArrayList<>();
        for (int i = 0; i < OF_PERSON_3.size(); i += 2) {
            visible.add(OF_PERSON_3.get(i));
        }
        assertEquals(visible, walk("person-3", 3, (row, outcomes) -> visible.contains(row.id())));
        assertEquals(MEETINGS, walk(null, 70, (row, outcomes) -> true).size());
    }

    private static List<String> walk(String personId, int limit, Keyset.Visible visible) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            PageRequest request = new PageRequest(cursor, limit);
            Keyset.Found<String> found = unit.jpa().txExpr(em -> IDS.page(em, personId, request, visible, EVERY_ROW));
            seen.addAll(found.page().items());
            cursor = found.page().nextCursor();
            assertTrue(cursor == null || found.page().items().size() == limit);
            assertTrue(cursor == null || cursor.equals(found.page().items().get(limit - 1)));
        } while (cursor != null);
        return seen;
    }

    @Test
    public void aPageVisitsOnePageOfTheIndexWhateverTheNumberOfMeetings() {
        for (String personId : new String[] {"person-7", null}) {
            for (String cursor : new String[] {null, "m-00507"}) {
                List<QueryPlans.Scan> scans = unit.jpa().txExpr(em -> QueryPlans.of(em,
                        e -> IDS.page(e, personId, new PageRequest(cursor, 10), (row, outcomes) -> true, EVERY_ROW)));
                String expected = personId == null ? "MEETINGS_MEETING_NEWEST" : "MEETINGS_MEETING_PERSON_NEWEST";
                QueryPlans.Scan page = scans.stream().filter(s -> s.statement().contains("ORDER BY")
                        && expected.equals(s.object())).findFirst()
                        .orElseThrow(() -> new AssertionError("no page read from " + expected + " among " + scans));
                assertFalse(page.toString(), page.sorted());
                assertTrue(page.toString(), page.visitedRows() <= DERBY_FETCH);
            }
        }
    }
}
