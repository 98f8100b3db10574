package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.RecordService.ToIngest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Tamper evidence on real Derby: the record's item versions are checked against the digests their writes'
 * events carry, the chain is keyed and checkpointed outside the database. Each edit made here behind the
 * services' back, by SQL, must be named by verification.
 */
public class RecordTamperTest {

    private static final Requester SW = ConsentMatrixTest.practitioner("cardiff-council", Purpose.DIRECT_CARE);
    private static final Requester ADMIN = new Requester("admin", null, Role.ADMINISTRATOR, null);

    private RecordFixture fixture;
    private String person;
    private Entry entry;

    @Before
    public void open() {
        fixture = new RecordFixture();
        person = person("Mair");
        entry = fixture.record.add(SW, person, ItemKind.ENTRY, words("I do not want to move into a care home"));
    }

    @After
    public void close() {
        fixture.close();
    }

    private String person(String name) {
        return fixture.people.create(SW, new Person(null, null, name, null, null, null, "cy", null, null, null, null,
                null)).id();
    }

    private static Entry words(String text) {
        return new Entry(null, null, null, null, null, "visit", null,
                List.of(new Entry.Part("own-words", text, null, "en")), null, null, null);
    }

    private AuditTrail.Verification verify() {
        return fixture.audit.verify();
    }

    private void sql(String statement, Object... values) {
        fixture.outcomesUnit.jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(statement)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                assertTrue(statement, s.executeUpdate() > 0);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    public void anUntouchedRecordVerifiesAndSaysWhatWasChecked() {
        AuditTrail.Verification ok = verify();
        assertEquals(ok.toString(), "OK", ok.status());
        assertEquals("the person and the entry", 2, ok.itemVersionsChecked());
        assertTrue(ok.eventsChecked() >= 2);
        assertTrue("a checkpoint after every batch here", ok.checkpointsChecked() >= 1);
    }

    @Test
    public void anEntrysWordsEditedInTheDatabaseAreNamed() {
        String[] body = new String[1];
        fixture.outcomesUnit.jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT BODY FROM OUTCOMES_ITEM WHERE ITEM_ID = ?")) {
                s.setString(1, entry.id());
                ResultSet r = s.executeQuery();
                r.next();
                body[0] = r.getString(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(body[0], body[0].contains("I do not want"));
        sql("UPDATE OUTCOMES_ITEM SET BODY = ? WHERE ITEM_ID = ?", body[0].replace("I do not want", "I want"),
                entry.id());
        AuditTrail.Verification v = verify();
        assertEquals("BROKEN", v.status());
        AuditTrail.Break edited = v.first("item-version").orElseThrow();
        assertEquals("entry " + entry.id() + "/1", edited.where());
        assertTrue(edited.what(), edited.what().contains("changed after it was written"));
        assertTrue("the chain itself is whole", v.first("event").isEmpty());
    }

    @Test
    public void aDeletedItemVersionIsNamed() {
        Entry changed = fixture.record.revise(SW, person, ItemKind.ENTRY, entry.id(), 1,
                words("I do not want to move into a care home, ever"));
        assertEquals("OK", verify().status());
        sql("DELETE FROM OUTCOMES_ITEM WHERE ITEM_ID = ? AND VERSION = ?", changed.id(), 2);
        AuditTrail.Break removed = verify().first("item-version").orElseThrow();
        assertTrue(removed.toString(), removed.where().equals("entry " + entry.id() + "/2")
                || removed.where().equals("entry " + entry.id() + "/1"));
        assertEquals("the missing newest version, and the one before now claiming to be the newest", 2,
                removed.count());
    }

    @Test
    public void aVersionAddedBehindTheAuditIsNamed() {
        sql("INSERT INTO OUTCOMES_ITEM (ITEM_ID, VERSION, KIND, PERSON_ID, SUBKIND, STATE, AGENCY, AUTHOR, CATEGORY,"
                + " OCCURRED_AT, CREATED_AT, RECORDED_AT, SOURCE_AGENCY, SOURCE_KEY, REASON, BODY) SELECT ITEM_ID, 7,"
                + " KIND, PERSON_ID, SUBKIND, STATE, AGENCY, AUTHOR, CATEGORY, OCCURRED_AT, CREATED_AT, RECORDED_AT,"
                + " SOURCE_AGENCY, SOURCE_KEY, REASON, BODY FROM OUTCOMES_ITEM WHERE ITEM_ID = ?", entry.id());
        AuditTrail.Break added = verify().first("item-version").orElseThrow();
        assertEquals("entry " + entry.id() + "/7", added.where());
        assertTrue(added.what(), added.what().contains("no audit event carries it"));
    }

    @Test
    public void theNewestEventsDeletedAndTheHeadMovedBackAreFoundByTheCheckpoints() throws Exception {
        for (int i = 0; i < 3; i++) {
            fixture.record.add(SW, person, ItemKind.ENTRY, words("visit " + i));
        }
        long last = verify().eventsChecked();
        try (Connection c = fixture.consentUnit.connection()) {
            long keep = last - 3;
            String hash;
            try (PreparedStatement s = c.prepareStatement("SELECT HASH FROM CONSENT_AUDIT WHERE SEQ = ?")) {
                s.setLong(1, keep);
                ResultSet r = s.executeQuery();
                r.next();
                hash = r.getString(1);
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM CONSENT_AUDIT WHERE SEQ > ?");
                 PreparedStatement head = c.prepareStatement("UPDATE CONSENT_AUDIT_HEAD SET SEQ = ?, HASH = ?")) {
                delete.setLong(1, keep);
                assertTrue(delete.executeUpdate() >= 3);
                head.setLong(1, keep);
                head.setString(2, hash);
                head.executeUpdate();
            }
        }
        AuditTrail.Verification v = verify();
        assertEquals("BROKEN", v.status());
        assertTrue("the chain that is left is whole", v.first("event").isEmpty());
        AuditTrail.Break cut = v.first("checkpoint").orElseThrow();
        assertTrue(cut.what(), cut.what().contains("newer events were removed and the head moved back"));
        assertTrue("the removed writes' versions are no longer carried",
                v.first("item-version").isPresent());
    }

    @Test
    public void hashesRecomputedAfterAnEditWithoutTheKeyAreFound() throws Exception {
        assertEquals("OK", verify().status());
        long edited;
        try (Connection c = fixture.consentUnit.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(SEQ) FROM CONSENT_AUDIT WHERE DETAIL LIKE ?")) {
                s.setString(1, "added entry%");
                ResultSet r = s.executeQuery();
                r.next();
                edited = r.getLong(1);
            }
            assertTrue(edited > 0);
            try (PreparedStatement s = c.prepareStatement("UPDATE CONSENT_AUDIT SET DETAIL = ? WHERE SEQ = ?")) {
                s.setString(1, "nothing happened");
                s.setLong(2, edited);
                s.executeUpdate();
            }
            // recompute every hash from there, as a plain SHA-256 chain: all an attacker without the key can do
            String previous;
            try (PreparedStatement s = c.prepareStatement("SELECT PREV_HASH FROM CONSENT_AUDIT WHERE SEQ = ?")) {
                s.setLong(1, edited);
                ResultSet r = s.executeQuery();
                r.next();
                previous = r.getString(1);
            }
            long seq = edited;
            try (PreparedStatement read = c.prepareStatement("SELECT SEQ, DETAIL FROM CONSENT_AUDIT WHERE SEQ >= ? ORDER BY SEQ");
                 PreparedStatement write = c.prepareStatement("UPDATE CONSENT_AUDIT SET PREV_HASH = ?, HASH = ? WHERE SEQ = ?")) {
                read.setLong(1, edited);
                ResultSet r = read.executeQuery();
                while (r.next()) {
                    seq = r.getLong(1);
                    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((previous + seq + r.getString(2)).getBytes(StandardCharsets.UTF_8)));
                    write.setString(1, previous);
                    write.setString(2, hash);
                    write.setLong(3, seq);
                    write.executeUpdate();
                    previous = hash;
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE CONSENT_AUDIT_HEAD SET SEQ = ?, HASH = ?")) {
                head.setLong(1, seq);
                head.setString(2, previous);
                head.executeUpdate();
            }
            c.commit();
        }
        AuditTrail.Verification v = verify();
        AuditTrail.Break recomputed = v.first("event").orElseThrow();
        assertEquals(Long.toString(edited), recomputed.where());
        assertTrue(recomputed.what(), recomputed.what().contains("recomputed without the key"));
        assertTrue("the checkpoint names another hash", v.first("checkpoint").isPresent());
    }

    @Test
    public void aPayloadForSeveralPeopleWritesOneEventForEach() {
        String other = person("Dafydd");
        fixture.record.ingestAll(SW, List.of(
                new ToIngest<>(person, ItemKind.ENTRY, words("one"), "k1"),
                new ToIngest<>(other, ItemKind.ENTRY, words("two"), "k2"),
                new ToIngest<>(other, ItemKind.ENTRY, words("three"), "k3")));
        List<AuditEvent> newest = fixture.audit.list(ADMIN, PageRequest.first(2)).items();
        assertEquals(List.of(other, person), newest.stream().map(AuditEvent::personId).toList());
        assertEquals(2, newest.get(0).versions().size());
        assertEquals(1, newest.get(1).versions().size());
        assertEquals("OK", verify().status());
    }

    @Test
    public void aChangeAndItsEventCommitTogetherOrNotAtAll() {
        AuditTrail.Change change = new AuditTrail.Change(person, "a change that is rolled back", false, List.of());
        try {
            fixture.outcomesUnit.jpa().tx(em -> {
                fixture.audit.recorded(em, SW, List.of(change));
                throw new IllegalStateException("the change fails after its event was written");
            });
            fail();
        } catch (IllegalStateException expected) {
            // rolled back, event and all
        }
        fixture.outcomesUnit.jpa().tx(em -> fixture.audit.recorded(em, SW,
                List.of(new AuditTrail.Change(person, "a change that commits", false, List.of()))));
        List<String> details = fixture.audit.list(ADMIN, PageRequest.first(50)).items().stream()
                .map(AuditEvent::detail).toList();
        assertTrue(details.toString(), details.contains("a change that commits"));
        assertTrue(details.toString(), details.stream().noneMatch("a change that is rolled back"::equals));
    }

    @Test
    public void anEventThatCannotBeStoredAsGivenIsFittedAndTakesNoOtherWithIt() {
        String tooLong = "x".repeat(200);
        for (int i = 0; i < 5; i++) {
            try (AuditTrail.Scope scope = fixture.audit.begin(SW, "write", "PUT /people/" + tooLong, tooLong)) {
                scope.result("404");
            }
            fixture.record.timeline(SW, person, cymru.cofnod.outcomes.api.TimelineQuery.all(), PageRequest.first(5));
        }
        List<AuditEvent> events = fixture.audit.list(ADMIN, PageRequest.first(10)).items();
        assertEquals(10, events.size());
        AuditEvent odd = events.stream().filter(e -> e.detail() != null && e.detail().startsWith("about 'xxx"))
                .findFirst().orElseThrow();
        assertNull("not a person's id", odd.personId());
        assertEquals("OK", verify().status());
    }

    @Test
    public void eventsNameTheKeyTheyWereMadeWithAndOldKeysStillVerify() {
        String before = fixture.audit.list(ADMIN, PageRequest.first(1)).items().get(0).keyId();
        String rotated = fixture.audit.rotateKey(ADMIN);
        fixture.record.add(SW, person, ItemKind.ENTRY, words("after the rotation"));
        List<AuditEvent> events = fixture.audit.list(ADMIN, PageRequest.first(50)).items();
        assertEquals(rotated, events.get(0).keyId());
        assertTrue(events.stream().anyMatch(e -> before.equals(e.keyId())));
        assertEquals("OK", verify().status());
    }
}
