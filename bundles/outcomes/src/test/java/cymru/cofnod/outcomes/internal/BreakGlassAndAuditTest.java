package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.BreakGlass;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.TimelineQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class BreakGlassAndAuditTest {

    static final Requester SW = ConsentMatrixTest.practitioner("cardiff-council", Purpose.DIRECT_CARE);
    static final Requester PHYSIO_SAFEGUARDING =
            new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER, Purpose.SAFEGUARDING);
    static final Requester LEAD = new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester ADMIN = new Requester("admin", null, Role.ADMINISTRATOR, null);

    private RecordFixture fixture;
    private String person;

    @Before
    public void open() {
        fixture = new RecordFixture();
        person = fixture.people.create(SW, new Person(null, null, "Siôn", null, null, null, "cy", null, null, null,
                null, null)).id();
        fixture.bindLogin(person, "sion");
        fixture.record.add(SW, person, ItemKind.ENTRY, new Entry(null, null, null, null, null, "visit", null,
                List.of(new Entry.Part("observation", "bruising seen on his arm", null, "en")), null, null, null));
    }

    @After
    public void close() {
        fixture.close();
    }

    private int visibleTo(Requester r) {
        return fixture.record.timeline(r, person, TimelineQuery.all(), PageRequest.first(50)).items().size();
    }

    @Test
    public void breakGlassIsGrantedFlaggedRaisedReviewedAndExpires() {
        assertEquals(0, visibleTo(PHYSIO_SAFEGUARDING));
        try {
            fixture.consent.breakGlass(PHYSIO_SAFEGUARDING.withPurpose(Purpose.DIRECT_CARE), person,
                    "worried about bruising reported by his sister");
            fail("break-glass is for safeguarding only");
        } catch (AccessDeniedException expected) {
            // stated purpose must be safeguarding
        }
        BreakGlass granted = fixture.consent.breakGlass(PHYSIO_SAFEGUARDING, person,
                "worried about bruising reported by his sister");
        assertTrue(granted.active());
        assertEquals(Duration.ofHours(4), Duration.between(granted.grantedAt(), granted.expiresAt()));
        assertEquals(1, visibleTo(PHYSIO_SAFEGUARDING));
        assertEquals("only for safeguarding", 0, visibleTo(PHYSIO_SAFEGUARDING.withPurpose(Purpose.DIRECT_CARE)));

        // flagged in the record and in the audit; its reason is the person's and the physio's agency's only
        assertEquals(1, fixture.consent.breakGlassEvents(PHYSIO_SAFEGUARDING, person).size());
        assertEquals(1, fixture.consent.breakGlassEvents(
                new Requester("sion", null, Role.PERSON, Purpose.DIRECT_CARE), person).size());
        assertEquals(0, fixture.consent.breakGlassEvents(SW, person).size());
        List<AuditEvent> events = fixture.audit.list(ADMIN, PageRequest.first(100)).items();
        assertTrue(events.stream().anyMatch(e -> e.breakGlass() && "physio".equals(e.user())));

        // raised to cardiff-vale-uhb's lead only: the demo lead here is cardiff-council's
        try {
            fixture.consent.alerts(PHYSIO_SAFEGUARDING);
            fail("the physio is not a safeguarding lead");
        } catch (AccessDeniedException expected) {
            // leads only
        }
        assertTrue(fixture.consent.alerts(LEAD).isEmpty());

        // the person sees it in their access log, the physio named as the realm names them
        Requester sion = new Requester("sion", null, Role.PERSON, Purpose.DIRECT_CARE);
        List<AccessLogLine> log = fixture.audit.accessLog(sion, person, PageRequest.first(100)).items();
        assertTrue(log.stream().anyMatch(l -> l.breakGlass() && "Owain Price".equals(l.whoName())
                && l.summary().contains("Owain Price from cardiff-vale-uhb")));

        fixture.clock.advance(Duration.ofHours(4).plusMinutes(1));
        assertEquals("expired", 0, visibleTo(PHYSIO_SAFEGUARDING));
        assertFalse(fixture.consent.breakGlassEvents(PHYSIO_SAFEGUARDING, person).get(0).active());
    }

    @Test
    public void breakGlassIsEndedEarlyByItsOpenerOrTheirLeadOnly() {
        fixture.consent.breakGlass(PHYSIO_SAFEGUARDING, person, "worried about bruising reported by his sister");
        assertEquals(1, visibleTo(PHYSIO_SAFEGUARDING));
        assertNotFound(() -> fixture.consent.endBreakGlass(LEAD, person, null));
        String id = fixture.consent.breakGlassEvents(PHYSIO_SAFEGUARDING, person).get(0).id();
        assertNotFound(() -> fixture.consent.endBreakGlass(LEAD, person, id));
        assertNotFound(() -> fixture.consent.endBreakGlass(
                new Requester("another-physio", "cardiff-vale-uhb", Role.PRACTITIONER, Purpose.DIRECT_CARE), person, id));

        BreakGlass ended = fixture.consent.endBreakGlass(PHYSIO_SAFEGUARDING.withPurpose(Purpose.DIRECT_CARE), person,
                null);
        assertFalse(ended.active());
        assertEquals("physio", ended.endedBy());
        assertEquals(0, visibleTo(PHYSIO_SAFEGUARDING));
        assertEquals("ending one already over changes nothing", ended.endedAt(),
                fixture.consent.endBreakGlass(PHYSIO_SAFEGUARDING, person, id).endedAt());
        assertTrue(fixture.audit.list(ADMIN, PageRequest.first(100)).items().stream().filter(e -> e.breakGlass()
                && "physio".equals(e.user()) && e.detail().contains("break-glass ended early")).count() == 1);

        // a lead ends one of their own agency's
        Requester colleague = new Requester("colleague", "cardiff-council", Role.PRACTITIONER, Purpose.SAFEGUARDING);
        String theirs = fixture.consent.breakGlass(colleague, person, "a neighbour reported shouting and a fall").id();
        BreakGlass byLead = fixture.consent.endBreakGlass(LEAD, person, theirs);
        assertEquals("social-worker", byLead.endedBy());
        assertFalse(byLead.active());
    }

    private static void assertNotFound(Runnable call) {
        try {
            call.run();
            fail("expected not found");
        } catch (cymru.cofnod.core.api.RecordNotFoundException expected) {
            // nobody else's to end
        }
    }

    @Test
    public void theLeadReviewsTheirAgencysBreakGlass() {
        Requester swSafeguarding = SW.withPurpose(Purpose.SAFEGUARDING);
        Requester colleague = new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.SAFEGUARDING);
        fixture.consent.breakGlass(colleague, person, "a neighbour reported shouting and a fall");
        List<BreakGlass> alerts = fixture.consent.alerts(LEAD);
        assertEquals(1, alerts.size());
        BreakGlass reviewed = fixture.consent.review(LEAD, alerts.get(0).id(), "Justified; welfare visit arranged");
        assertEquals("social-worker", reviewed.reviewedBy());
        assertEquals(1, visibleTo(swSafeguarding));
    }

    @Test
    public void theChainNamesTheFirstEventChangedBehindItsBack() throws SQLException {
        for (int i = 0; i < 5; i++) {
            visibleTo(SW);
        }
        AuditTrail.Verification ok = fixture.audit.verify();
        assertEquals("OK", ok.status());
        assertTrue(ok.breaks().isEmpty());
        long total = ok.eventsChecked();
        assertTrue(total >= 7);

        try (var c = fixture.consentUnit.connection();
             PreparedStatement update = c.prepareStatement("UPDATE CONSENT_AUDIT SET USER_NAME = ? WHERE SEQ = ?")) {
            update.setString(1, "someone-else");
            update.setLong(2, 4);
            assertEquals(1, update.executeUpdate());
        }
        AuditTrail.Verification broken = fixture.audit.verify();
        assertEquals("BROKEN", broken.status());
        assertEquals("4", broken.first("event").orElseThrow().where());

        try (var c = fixture.consentUnit.connection();
             PreparedStatement restore = c.prepareStatement("UPDATE CONSENT_AUDIT SET USER_NAME = ? WHERE SEQ = ?");
             PreparedStatement delete = c.prepareStatement("DELETE FROM CONSENT_AUDIT WHERE SEQ = ?")) {
            restore.setString(1, "user-of-cardiff-council");
            restore.setLong(2, 4);
            restore.executeUpdate();
            delete.setLong(1, 6);
            assertEquals(1, delete.executeUpdate());
        }
        AuditTrail.Verification gap = fixture.audit.verify();
        assertEquals("a removed event breaks the link of the one after it", "7", gap.first("event").orElseThrow().where());
    }

    @Test
    public void thePersonReadsTheirAccessLogInPlainWords() {
        visibleTo(SW);
        Requester sion = new Requester("sion", null, Role.PERSON, Purpose.DIRECT_CARE);
        List<AccessLogLine> log = fixture.audit.accessLog(sion, person, PageRequest.first(50)).items();
        // a reader the realm gives no name to is named by their login
        assertTrue(log.get(0).summary(), log.get(0).summary().startsWith("user-of-cardiff-council from cardiff-council looked at"));
        assertTrue(log.get(0).summary().contains("for direct care"));
        assertNull(log.get(0).whoName());
        assertEquals("read", log.get(0).action());
        assertEquals("the part of the record is named from a request's path; a service call has none", "record",
                log.get(0).part());
        try {
            fixture.audit.accessLog(SW, person, PageRequest.first(50));
            fail("the access log is the person's");
        } catch (AccessDeniedException expected) {
            // and the administrators'
        }
    }

    @Test
    public void aCursorTheLogNeverGaveOutIsMalformedNotARuleBroken() {
        Requester sion = new Requester("sion", null, Role.PERSON, Purpose.DIRECT_CARE);
        for (Function<PageRequest, ?> read : List.<Function<PageRequest, ?>>of(
                page -> fixture.audit.accessLog(sion, person, page), page -> fixture.audit.list(ADMIN, page))) {
            try {
                read.apply(new PageRequest("abc", 50));
                fail("a cursor that is not one is refused");
            } catch (MalformedRequestException expected) {
                assertEquals("cursor", expected.errors().get(0).field());
            }
        }
    }
}
