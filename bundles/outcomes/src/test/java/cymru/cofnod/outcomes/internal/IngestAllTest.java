package cymru.cofnod.outcomes.internal;

import static cymru.cofnod.outcomes.internal.JpaRecordServiceTest.PHYSIO;
import static cymru.cofnod.outcomes.internal.JpaRecordServiceTest.RHODRI;
import static cymru.cofnod.outcomes.internal.JpaRecordServiceTest.SW;
import static cymru.cofnod.outcomes.internal.JpaRecordServiceTest.WEEK0;
import static cymru.cofnod.outcomes.internal.JpaRecordServiceTest.entry;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.RecordListener.RecordChange;
import cymru.cofnod.outcomes.api.RecordService.IngestAnswer;
import cymru.cofnod.outcomes.api.RecordService.ToIngest;
import cymru.cofnod.outcomes.api.Risk;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Many items from agencies' systems in one transaction: each whole or not at all, each with its own answer. */
public class IngestAllTest {

    private static final Requester ADMIN = new Requester("admin", null, Role.ADMINISTRATOR, Purpose.DIRECT_CARE);

    private RecordFixture fixture;
    private JpaRecordService record;
    private String rhodri;
    private String mair;
    private final List<RecordChange> heard = new ArrayList<>();

    @Before
    public void open() {
        fixture = new RecordFixture();
        record = fixture.record;
        rhodri = person("Rhodri", "9434765919", "rhodri");
        mair = person("Mair", "4010232137", null);
        fixture.listen(heard::add);
    }

    @After
    public void close() {
        fixture.close();
    }

    private String person(String given, String nhs, String user) {
        String id = fixture.people.create(SW, new Person(null, null, given, "Evans", null, null, "en", null, null,
                new Person.Identifiers(null, nhs, null), null, null)).id();
        if (user != null) {
            fixture.bindLogin(id, user);
        }
        fixture.share(SW, id, "cardiff-council", Set.of("direct-care"), List.of(), RecordCategory.values());
        return id;
    }

    private static Entry visit(String text) {
        return entry(WEEK0, "visit", List.of(), text, null);
    }

    private static ToIngest<Entry> item(String personId, Entry entry, String key) {
        return new ToIngest<>(personId, ItemKind.ENTRY, entry, key);
    }

    @Test
    public void goodItemsLandAndEachBadOneGetsItsReasonAndWritesNothing() {
        Entry before = record.ingest(SW, rhodri, ItemKind.ENTRY, visit("sent last week"), "v-0").item();
        heard.clear();
        int eventsBefore = events().size();

        List<IngestAnswer> answers;
        try (AuditTrail.Scope scope = fixture.audit.begin(SW, "write", "POST /agencies/cardiff-council/inbox", null)) {
            answers = record.ingestAll(SW, List.of(
                    item(rhodri, visit("walked to the shop"), "v-1"),
                    item(rhodri, visit(""), "v-2"),
                    item(rhodri, visit("sent last week"), "v-0"),
                    item(rhodri, visit("walked to the shop, sent twice"), "v-1"),
                    item("no-such-person", visit("nobody"), "v-4"),
                    item(mair, visit("made tea"), "v-5")));
            scope.result("200");
        }

        assertEquals(6, answers.size());
        IngestAnswer stored = answers.get(0);
        assertFalse(stored.refused());
        assertFalse(stored.duplicate());
        assertEquals("v-1", stored.item().provenance().sourceKey());
        assertTrue(answers.get(1).refusal() instanceof ValidationException);
        assertTrue(answers.get(1).refusal().getMessage().contains("parts[0].text"));
        assertTrue(answers.get(2).duplicate());
        assertEquals(before.id(), answers.get(2).item().id());
        assertTrue("a key repeated in the batch is stored once", answers.get(3).duplicate());
        assertEquals(stored.item().id(), answers.get(3).item().id());
        assertTrue(answers.get(4).refusal() instanceof RecordNotFoundException);
        assertFalse(answers.get(5).refused());
        assertFalse(answers.get(5).duplicate());

        List<AuditEvent> events = events();
        assertEquals("one audit event for each person the payload touched", eventsBefore + 2, events.size());
        AuditEvent forRhodri = events.stream().filter(e -> rhodri.equals(e.personId())).findFirst().orElseThrow();
        AuditEvent forMair = events.get(0);
        assertEquals(mair, forMair.personId());
        assertEquals("POST /agencies/cardiff-council/inbox", forRhodri.resource());
        assertEquals("POST /agencies/cardiff-council/inbox", forMair.resource());
        assertTrue(forRhodri.detail(), forRhodri.detail().contains("added 1 entry, already had 2 entries"));
        assertEquals("the version stored, with its digest", List.of(stored.item().id()),
                forRhodri.versions().stream().map(v -> v.itemId()).toList());
        assertTrue(forMair.detail(), forMair.detail().contains("added entry " + answers.get(5).item().id()));

        assertEquals(Set.of("v-0", "v-1"), keys(rhodri));
        assertEquals(Set.of("v-5"), keys(mair));
        assertEquals(0, rowsWithKey("v-2") + rowsWithKey("v-4"));
        assertEquals("listeners hear each stored item once", List.of(stored.item().id(), answers.get(5).item().id()),
                heard.stream().map(RecordChange::itemId).toList());
    }

    @Test
    public void consentIsDecidedForEachPersonOfTheBatch() {
        fixture.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(), RecordCategory.values());
        String rhodrisOutcome = record.add(SW, rhodri, ItemKind.OUTCOME, Outcome.of("walk to the shop", "en", "change"))
                .id();
        String mairsOutcome = record.add(SW, mair, ItemKind.OUTCOME, Outcome.of("make my own tea", "en", "change")).id();

        List<IngestAnswer> answers = record.ingestAll(PHYSIO, List.of(
                item(rhodri, entry(WEEK0, "visit", List.of(rhodrisOutcome), "stairs with a rail", null), "p-1"),
                item(mair, entry(WEEK0, "visit", List.of(mairsOutcome), "kettle practice", null), "p-2")));

        assertFalse("Rhodri lets the health board see his outcomes", answers.get(0).refused());
        assertTrue("Mair does not: her outcome is not found for them", answers.get(1).refusal()
                instanceof ValidationException);
        assertEquals(0, rowsWithKey("p-2"));
    }

    @Test
    public void aPersonSendingWritesOnlyInTheirOwnRecordAndOnlyWhatAPersonAdds() {
        List<IngestAnswer> answers = record.ingestAll(RHODRI, List.of(
                item(rhodri, visit("my own words"), "r-1"),
                item(mair, visit("in someone else's record"), "r-2"),
                new ToIngest<>(rhodri, ItemKind.RISK, new Risk(null, null, null, null, null, "falls on the stairs", "en",
                        false, null, null, List.of()), "r-3")));

        assertFalse(answers.get(0).refused());
        assertTrue(answers.get(1).refusal() instanceof RecordNotFoundException);
        assertTrue(answers.get(2).refusal() instanceof AccessDeniedException);
        assertEquals(Set.of("r-1"), keys(rhodri));
        assertEquals(0, rowsWithKey("r-2") + rowsWithKey("r-3"));
    }

    @Test
    public void aSingleIngestIsABatchOfOneAndThrowsItsRefusal() {
        assertThrows(ValidationException.class, () -> record.ingest(SW, rhodri, ItemKind.ENTRY, visit(" "), "s-1"));
        assertEquals(0, rowsWithKey("s-1"));
    }

    /**
     * Two senders of the same payload at once: both look up its keys before either has stored them, so one
     * batch fails as a whole at its commit and is taken again item by item. Every key is stored once, and
     * each item is new to one sender and a duplicate of the same item to the other.
     */
    @Test
    public void theSamePayloadSentTwiceAtOnceIsStoredOnce() throws Exception {
        List<ToIngest<?>> payload = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            payload.add(item(i % 2 == 0 ? rhodri : mair, visit("visit " + i), "c-" + i));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<List<IngestAnswer>>> sent = new ArrayList<>();
        for (int sender = 0; sender < 2; sender++) {
            sent.add(senders.submit(() -> {
                together.await();
                return record.ingestAll(SW, payload);
            }));
        }
        List<IngestAnswer> first = sent.get(0).get();
        List<IngestAnswer> second = sent.get(1).get();
        senders.shutdown();
        for (int i = 0; i < payload.size(); i++) {
            IngestAnswer a = first.get(i);
            IngestAnswer b = second.get(i);
            assertFalse(a.refused() || b.refused());
            assertTrue("item " + i + " is new to exactly one sender", a.duplicate() != b.duplicate());
            assertEquals(a.item().id(), b.item().id());
            assertEquals(1, rowsWithKey("c-" + i));
        }
    }

    private List<AuditEvent> events() {
        return fixture.audit.list(ADMIN, PageRequest.first(500)).items();
    }

    private Set<String> keys(String personId) {
        return Set.copyOf(record.list(SW, personId, ItemKind.ENTRY, PageRequest.first(50)).items().stream()
                .map(e -> e.provenance().sourceKey()).toList());
    }

    private int rowsWithKey(String key) {
        int[] n = new int[1];
        fixture.outcomesUnit.jdbc(c -> {
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM OUTCOMES_ITEM WHERE SOURCE_KEY = '" + key + "'")) {
                r.next();
                n[0] = r.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return n[0];
    }
}
