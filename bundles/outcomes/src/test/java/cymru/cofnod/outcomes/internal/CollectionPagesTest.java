package cymru.cofnod.outcomes.internal;

import static cymru.cofnod.outcomes.internal.JpaRecordServiceTest.PHYSIO;
import static cymru.cofnod.outcomes.internal.JpaRecordServiceTest.RHODRI;
import static cymru.cofnod.outcomes.internal.JpaRecordServiceTest.SW;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.TimelineQuery;
import cymru.cofnod.testing.QueryPlans;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A collection of a person's record (their outcomes, say) is read a page at a time from its own index, filtered by
 * consent before the page is cut: a full page whatever is hidden, every visible item once, nothing hidden, not even
 * in a cursor, and the person's many entries never passed over.
 */
public class CollectionPagesTest {

    private static final Requester CARER =
            new Requester("home-carer", "gofal-da-homecare", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    private static final int ENTRIES = 120;
    private static final int OTHERS = 100;
    /** How many rows Derby's scans fetch at a time: the fewest a page can visit. */
    private static final int DERBY_FETCH = 16;

    private RecordFixture fixture;
    private JpaRecordService record;
    private String rhodri;
    private final List<String> bySocialWorker = new ArrayList<>();
    private final List<String> byPhysio = new ArrayList<>();
    private final List<String> byCarer = new ArrayList<>();

    @Before
    public void open() {
        fixture = new RecordFixture();
        record = fixture.record;
        rhodri = fixture.people.create(SW, new Person(null, null, "Rhodri", "Evans", null, null, "en", null, null,
                null, null, null)).id();
        fixture.bindLogin(rhodri, "rhodri");
        // the physio sees others' entries but not their outcomes: a grant over the whole record (read unfiltered
        // first, then sifted); the carer sees only the outcomes of one scope (read filtered at once)
        fixture.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(), RecordCategory.ENTRIES);
        for (int i = 0; i < 13; i++) {
            bySocialWorker.add(add(SW, "sw " + i));
            byPhysio.add(add(PHYSIO, "physio " + i));
            if (i == 0) {
                fixture.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(bySocialWorker.get(0)),
                        RecordCategory.OUTCOMES_AND_PLANS);
            }
            if (i % 3 == 0) {
                byCarer.add(add(CARER, "carer " + i));
            }
        }
        // Rhodri's many entries, and a few items of many other people, as a shared record has them: stored as the
        // service stores them, in one transaction, and counted for Derby's optimizer as its statistics would be
        Instant first = Instant.parse("2026-01-05T09:00:00Z");
        fixture.outcomesUnit.jpa().tx(em -> {
            for (int i = 0; i < ENTRIES; i++) {
                stored(em, rhodri, ItemKind.ENTRY, first.plusSeconds(3600L * i));
            }
            for (int i = 0; i < OTHERS; i++) {
                String someone = ItemStore.newId();
                stored(em, someone, ItemKind.OUTCOME, first);
                stored(em, someone, ItemKind.ENTRY, first);
            }
        });
        fixture.outcomesUnit.updateStatistics("OUTCOMES_ITEM");
    }

    private static void stored(javax.persistence.EntityManager em, String personId, ItemKind<?> kind, Instant at) {
        ItemStore.insert(em, SW, ItemStore.newId(), kind.name(), personId, null, new ItemStore.Content(
                JpaRecordServiceTest.entry(at, "visit", List.of(), "visit", null), List.of(), "visit",
                RecordCategory.ENTRIES.wireName(), at));
    }

    @After
    public void close() {
        fixture.close();
    }

    private String add(Requester by, String words) {
        return record.add(by, rhodri, ItemKind.OUTCOME, Outcome.of(words, "en", "change")).id();
    }

    @Test
    public void everyPageIsFullWhateverConsentHidesAndThePagesHoldEveryVisibleItemOnce() {
        Set<String> physioSees = new HashSet<>(byPhysio);
        Set<String> carerSees = new HashSet<>(byCarer);
        carerSees.add(bySocialWorker.get(0));
        Set<String> everything = new HashSet<>(bySocialWorker);
        everything.addAll(byPhysio);
        everything.addAll(byCarer);
        for (int limit : new int[] {1, 4, 5}) {
            assertEquals(physioSees, walk(PHYSIO, limit, physioSees));
            assertEquals(carerSees, walk(CARER, limit, carerSees));
            assertEquals(everything, walk(RHODRI, limit, everything));
        }
    }

    /**
     * The ids a reader's pages hold, checking on the way that none repeats, every page but the last is full, the
     * last page says so, and each cursor points at an item the reader was shown.
     */
    private Set<String> walk(Requester reader, int limit, Set<String> visible) {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Outcome> page = record.list(reader, rhodri, ItemKind.OUTCOME, new PageRequest(cursor, limit));
            for (Outcome o : page.items()) {
                assertTrue(reader.user() + " was shown " + o.id(), visible.contains(o.id()));
                assertTrue(o.id() + " shown twice", seen.add(o.id()));
            }
            cursor = page.nextCursor();
            if (cursor != null) {
                assertEquals("a full page for " + reader.user(), limit, page.items().size());
                String at = Cursor.decode(cursor).itemId();
                assertEquals(page.items().get(limit - 1).id(), at);
            }
            pages++;
        } while (cursor != null);
        assertEquals((visible.size() + limit - 1) / limit, pages);
        return seen;
    }

    @Test
    public void aCollectionPageIsReadFromItsOwnIndexWithoutPassingOverTheRest() {
        int limit = 5;
        List<QueryPlans.Scan> scans = fixture.outcomesUnit.jpa().txExpr(em -> QueryPlans.of(em,
                e -> Journey.slice(e, rhodri, TimelineQuery.all(), ItemKind.OUTCOME.name(), Visibility.all(), null,
                        limit)));
        QueryPlans.Scan page = pageScan(scans);
        assertEquals("OUTCOMES_ITEM_COLLECTION", page.object());
        assertFalse("sorted: " + page, page.sorted());
        // the page and the one row that tells a next page follows (Derby fetches 16 rows at a time), never the
        // person's 120 entries
        assertTrue("visited " + page.visitedRows(), page.visitedRows() <= DERBY_FETCH);

        // a page further back: the keyset bound starts the scan at the cursor
        Page<Outcome> first = record.list(RHODRI, rhodri, ItemKind.OUTCOME, PageRequest.first(limit));
        Cursor after = Cursor.decode(first.nextCursor());
        scans = fixture.outcomesUnit.jpa().txExpr(em -> QueryPlans.of(em,
                e -> Journey.slice(e, rhodri, TimelineQuery.all(), ItemKind.OUTCOME.name(), Visibility.all(), after,
                        limit)));
        page = pageScan(scans);
        assertEquals("OUTCOMES_ITEM_COLLECTION", page.object());
        assertTrue("visited " + page.visitedRows(), page.visitedRows() <= DERBY_FETCH);
    }

    /** The scan of the page's own statement: the one that orders the person's items newest first. */
    private static QueryPlans.Scan pageScan(List<QueryPlans.Scan> scans) {
        return scans.stream().filter(s -> s.statement().contains("ORDER BY")
                        && s.statement().contains("OUTCOMES_ITEM"))
                .findFirst().orElseThrow(() -> new AssertionError("no page read among " + scans));
    }
}
