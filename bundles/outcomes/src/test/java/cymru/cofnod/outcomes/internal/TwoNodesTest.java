package cymru.cofnod.outcomes.internal;

import cymru.cofnod.testing.Together;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.JobLeases;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Two Cofnod nodes on one database: each its own services, with their own caches and audit writer, as two Karaf
 * JVMs would have them. What one node changes, the other must act on at its very next request. The tests use no
 * SQL of their own, so they hold on any database the units run on.
 */
public class TwoNodesTest {

    static final Requester SW = new Requester("social-worker", "cardiff-council", Role.PRACTITIONER,
            Purpose.DIRECT_CARE);
    static final Requester PHYSIO = new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER, Purpose.DIRECT_CARE);

    private RecordFixture a;
    private RecordFixture b;
    private String person;

    @Before
    public void open() {
        a = new RecordFixture();
        b = a.anotherNode();
        person = a.people.create(SW, new Person(null, null, "Rhodri", "Evans", null, null, "en", null, null, null,
                null, null)).id();
    }

    @After
    public void close() {
        b.close();
        a.close();
    }

    @Test
    public void aDirectiveWithdrawnThroughOneNodeHidesTheItemAtTheNextReadThroughTheOther() {
        a.record.add(SW, person, ItemKind.ENTRY, entry("walked to the shop with his stick"));
        ConsentDirective shared = a.share(SW, person, "cardiff-vale-uhb", Set.of("direct-care"), List.of(),
                RecordCategory.values());
        // node B reads, and keeps the person's standing directives
        assertEquals(1, visibleThrough(b, PHYSIO));
        assertEquals(1, visibleThrough(b, PHYSIO));

        a.consent.withdraw(SW, shared.id(), "Rhodri asked to stop sharing");
        assertEquals("withdrawn through A: hidden at B's very next read", 0, visibleThrough(b, PHYSIO));

        a.share(SW, person, "cardiff-vale-uhb", Set.of("direct-care"), List.of(), RecordCategory.values());
        assertEquals("given again through A: shown at B's next read", 1, visibleThrough(b, PHYSIO));
    }

    @Test
    public void anItemWrittenThroughOneNodeIsWithheldAtTheNextReadThroughTheOther() {
        a.record.add(SW, person, ItemKind.ENTRY, entry("walked to the shop", RecordCategory.ENTRIES));
        a.share(SW, person, "cardiff-vale-uhb", Set.of("direct-care"), List.of(), RecordCategory.ENTRIES);
        assertFalse("nothing hidden from the physio yet", timelineThrough(b).withheld());
        assertFalse(timelineThrough(b).withheld());

        a.record.add(SW, person, ItemKind.ENTRY, entry("a worry about his sister", RecordCategory.SAFEGUARDING));
        Page<TimelineItem> next = timelineThrough(b);
        assertTrue("written through A: withheld at B's very next read", next.withheld());
        assertEquals(1, next.items().size());
    }

    @Test
    public void fourWritersOnBothNodesLoseNoUpdateAndTheChainVerifiesOnEach() throws Exception {
        String walk = a.record.add(SW, person, ItemKind.OUTCOME, Outcome.of("walk outdoors", "en", "change")).id();
        int rounds = 5;
        List<RecordService> writers = List.of(a.record, b.record, a.record, b.record);
        CyclicBarrier together = new CyclicBarrier(writers.size());
        List<Callable<Integer>> work = new ArrayList<>();
        for (int w = 0; w < writers.size(); w++) {
            RecordService through = writers.get(w);
            String words = "walk outdoors, writer " + w;
            work.add(() -> {
                together.await();
                int revised = 0;
                while (revised < rounds) {
                    long seen = through.get(SW, person, ItemKind.OUTCOME, walk).version();
                    try {
                        through.revise(SW, person, ItemKind.OUTCOME, walk, seen, Outcome.of(words, "en", "change"));
                        revised++;
                    } catch (StaleVersionException another) {
                        // another writer revised it first: read it again, as a client given 412 does
                    }
                    through.add(SW, person, ItemKind.ENTRY, entry(words));
                }
                return revised;
            });
        }
        int revisions = 0;
        for (Integer revised : Together.all(work)) {
            revisions += revised;
        }
        assertEquals(writers.size() * rounds, revisions);
        assertEquals("every revision a version of its own", 1L + revisions,
                (long) b.record.get(SW, person, ItemKind.OUTCOME, walk).version());
        assertEquals(1 + revisions, a.record.history(SW, person, ItemKind.OUTCOME, walk).size());

        for (RecordFixture node : List.of(a, b)) {
            AuditTrail.Verification check = node.audit.verify();
            assertEquals(check.detail(), "OK", check.status());
            assertTrue(check.breaks().isEmpty());
        }
    }

    @Test
    public void theSameItemSentToBothNodesAtOnceIsStoredOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            String key = "Observation/obs-" + i;
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<Boolean>> sends = new ArrayList<>();
            for (RecordService through : List.of(a.record, b.record)) {
                sends.add(() -> {
                    together.await();
                    return through.ingest(PHYSIO, person, ItemKind.ENTRY, entry("hip exercises"), key).duplicate();
                });
            }
            List<Boolean> duplicates = Together.all(sends);
            assertEquals("one stored, one answered as its duplicate: " + duplicates, 1,
                    duplicates.stream().filter(d -> d).count());
        }
        assertEquals(5, visibleThrough(b, PHYSIO));
    }

    @Test
    public void aJobLeasedByOneNodeIsNotRunByTheOther() {
        JobLeases onA = a.leases();
        JobLeases onB = b.leases();
        boolean[] ranOnB = {false};
        assertTrue(onA.runOnce("rebuild", Duration.ofHours(1), () ->
                assertFalse("A holds the lease", onB.runOnce("rebuild", Duration.ofHours(1), () -> ranOnB[0] = true))));
        assertFalse(ranOnB[0]);
        String byA = onB.runs().get(0).node();

        assertTrue("given up when A's run ended", onB.runOnce("rebuild", Duration.ofHours(1), () -> ranOnB[0] = true));
        assertTrue(ranOnB[0]);
        JobLeases.JobRun last = onA.runs().get(0);
        assertEquals("rebuild", last.job());
        assertEquals("done", last.outcome());
        assertNotEquals("each node names itself in the lease", byA, last.node());

        // a lease whose time has passed is another node's to take, as if its holder had died
        assertTrue(onA.runOnce("sweep", Duration.ZERO, () ->
                assertTrue(onB.runOnce("sweep", Duration.ofHours(1), () -> { }))));
    }

    @Test
    public void aFailedRunSaysSoAndGivesItsLeaseUp() {
        JobLeases onA = a.leases();
        try {
            onA.runOnce("retry", Duration.ofHours(1), () -> {
                throw new IllegalStateException("the adapter is failing");
            });
            fail("the run's failure is the caller's");
        } catch (IllegalStateException expected) {
            // and the lease is free again
        }
        JobLeases.JobRun run = onA.runs().get(0);
        assertTrue(run.outcome(), run.outcome().startsWith("failed: "));
        assertTrue(b.leases().runOnce("retry", Duration.ofHours(1), () -> { }));
        assertEquals("done", b.leases().runs().get(0).outcome());
    }

    private Page<TimelineItem> timelineThrough(RecordFixture node) {
        return node.record.timeline(PHYSIO, person, TimelineQuery.all(), PageRequest.first(50));
    }

    private int visibleThrough(RecordFixture node, Requester r) {
        return node.record.timeline(r, person, TimelineQuery.all(), PageRequest.first(50)).items().size();
    }

    private static Entry entry(String text) {
        return entry(text, null);
    }

    private static Entry entry(String text, RecordCategory category) {
        return new Entry(null, null, null, null, null, "visit", null,
                List.of(new Entry.Part("observation", text, null, "en")), null, null, category);
    }
}
