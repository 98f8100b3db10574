package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.api.ConsentDirective.GivenBy;
import cymru.cofnod.consent.api.ConsentDirective.Grantee;
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
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.PersonService.Trace;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** One test per door of docs/access.md that black-box testing found open: identity, finding people, consent. */
public class AccessTest {

    static final Requester SW = new Requester("social-worker", "cardiff-council", Role.PRACTITIONER,
            Purpose.DIRECT_CARE);
    static final Requester PHYSIO = new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester CARER = new Requester("home-carer", "gofal-da-homecare", Role.PRACTITIONER,
            Purpose.DIRECT_CARE);
    static final Requester ADMIN = new Requester("admin", null, Role.ADMINISTRATOR, null);
    static final Requester COMMISSIONER = new Requester("commissioner", "cardiff-council", Role.COMMISSIONER,
            Purpose.COMMISSIONING);
    static final Requester RHODRI = new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE);
    static final LocalDate BORN = LocalDate.of(2009, 3, 14);

    private RecordFixture fixture;
    private String rhodri;

    @Before
    public void open() {
        fixture = new RecordFixture();
        rhodri = fixture.people.create(SW, new Person(null, null, "Rhodri", "Evans", null, BORN, "en", null,
                "Aphasia after a stroke: short sentences", new Person.Identifiers("CC-1", "9434765919", "GD-1"), null,
                null)).id();
        fixture.bindLogin(rhodri, "rhodri");
    }

    @After
    public void close() {
        fixture.close();
    }

    // ---- identity and logins

    @Test
    public void loginTakeoverIsRefusedAndOnlyAnAdministratorBindsALogin() {
        String mallory = fixture.people.create(PHYSIO, person("Mallory", "Jones")).id();
        // not through the details, on create or update, and not by a practitioner through the binding either
        assertField("account", () -> fixture.people.create(PHYSIO, new Person(null, null, "Eve", null, null, null,
                "en", null, null, null, "rhodri", null)));
        assertField("account", () -> fixture.people.update(PHYSIO, mallory, 1, new Person(null, null, "Mallory",
                null, null, null, "en", null, null, null, "rhodri", null)));
        assertDenied(() -> fixture.people.bindAccount(PHYSIO, mallory, "rhodri"));
        assertDenied(() -> fixture.people.bindAccount(RHODRI, rhodri, "someone-else"));
        // the login still opens Rhodri's record, and his only
        assertEquals(rhodri, fixture.people.findByAccount("rhodri").orElseThrow());
        assertEquals("rhodri", fixture.people.get(RHODRI, rhodri).account());
        assertNotFound(() -> fixture.people.get(RHODRI, mallory));
        // an administrator binds: versioned, audited, in the person's access log; a login opens one record only
        assertField("account", () -> fixture.people.bindAccount(ADMIN, mallory, "rhodri"));
        Person bound = fixture.people.bindAccount(ADMIN, mallory, "mallory");
        assertEquals(Long.valueOf(2), bound.version());
        assertNull("administrators do not read records", bound.givenName());
        Requester malloryHerself = new Requester("mallory", null, Role.PERSON, Purpose.DIRECT_CARE);
        assertEquals("Mallory", fixture.people.get(malloryHerself, mallory).givenName());
        assertTrue(fixture.audit.list(ADMIN, PageRequest.first(50)).items().stream().anyMatch(e ->
                mallory.equals(e.personId()) && "admin".equals(e.user()) && e.detail().contains("bound the login")));
        assertTrue(fixture.audit.accessLog(malloryHerself, mallory, PageRequest.first(50)).items().stream()
                .anyMatch(l -> "admin".equals(l.who())));
        // the login is never part of what a practitioner reads
        assertNull(fixture.people.get(PHYSIO, mallory).account());
    }

    @Test
    public void anAgencyNotInvolvedNeitherChangesNorReadsIdentity() {
        // the physio's agency has nothing to do with Rhodri: a trace's fields, no history, no change
        Person seen = fixture.people.get(PHYSIO, rhodri);
        assertEquals("Evans", seen.familyName());
        assertNull(seen.identifiers().nhsNumber());
        assertNull(seen.communicationNeeds());
        assertNotFound(() -> fixture.people.history(PHYSIO, rhodri));
        assertNotFound(() -> fixture.people.update(PHYSIO, rhodri, 2, person("Rhodri", "Jones")));
        assertEquals("Evans", fixture.people.get(SW, rhodri).familyName());

        // once it writes in his record it is involved: the change is a new version, and the person sees it
        fixture.record.add(PHYSIO, rhodri, ItemKind.ENTRY, entry("first physio visit"));
        Person changed = fixture.people.update(PHYSIO, rhodri, 2, new Person(null, null, "Rhodri", "Evans-Jones",
                null, BORN, "en", null, null, new Person.Identifiers("CC-1", "9434765919", "GD-1"), null, null));
        assertEquals(Long.valueOf(3), changed.version());
        assertEquals("the login stays bound", rhodri, fixture.people.findByAccount("rhodri").orElseThrow());
        assertEquals("the needs the physio cannot see stay as they were", "Aphasia after a stroke: short sentences",
                fixture.people.get(RHODRI, rhodri).communicationNeeds());
        assertEquals(3, fixture.people.history(RHODRI, rhodri).size());
        assertTrue(fixture.audit.list(ADMIN, PageRequest.first(100)).items().stream().anyMatch(e ->
                "physio".equals(e.user()) && rhodri.equals(e.personId())
                        && e.detail().contains("changed the person's details to version 3")));
        assertField("communicationNeeds", () -> fixture.people.update(PHYSIO, rhodri, 3, new Person(null, null,
                "Rhodri", "Evans", null, BORN, "en", null, "none", null, null, null)));
    }

    @Test
    public void communicationNeedsAreSharedByConsentNotWithIdentity() {
        fixture.record.add(PHYSIO, rhodri, ItemKind.ENTRY, entry("first physio visit"));
        assertEquals("Aphasia after a stroke: short sentences", fixture.people.get(SW, rhodri).communicationNeeds());
        assertNull("involved, but not granted them", fixture.people.get(PHYSIO, rhodri).communicationNeeds());
        assertTrue(fixture.people.list(SW, PageRequest.first(50)).items().stream()
                .allMatch(p -> p.communicationNeeds() == null && p.account() == null));
        fixture.consent.give(RHODRI, rhodri, directive(agency("cardiff-vale-uhb"), Set.of("direct-care"),
                Set.of(RecordCategory.COMMUNICATION_NEEDS), List.of()));
        assertEquals("Aphasia after a stroke: short sentences",
                fixture.people.get(PHYSIO, rhodri).communicationNeeds());
        assertNull(fixture.people.trace(PHYSIO, byNhs("9434765919")).get(0).communicationNeeds());
    }

    // ---- finding people

    @Test
    public void practitionersListTheirCaseloadAndTraceEveryoneElse() {
        String other = fixture.people.create(CARER, new Person(null, null, "Doreen", "Price", null,
                LocalDate.of(1938, 4, 21), "en", null, null, new Person.Identifiers(null, null, "GD-42"), null,
                null)).id();
        assertEquals(List.of(rhodri), ids(fixture.people.list(SW, PageRequest.first(50)).items()));
        assertEquals(List.of(other), ids(fixture.people.list(CARER, PageRequest.first(50)).items()));
        assertTrue("no list of the population", fixture.people.list(PHYSIO, PageRequest.first(500)).items().isEmpty());

        // a trace by an identifier or by name and date of birth answers the trace fields only
        Person traced = fixture.people.trace(PHYSIO, byNhs("943 476 5919")).get(0);
        assertEquals(rhodri, traced.id());
        assertEquals("9434765919", traced.identifiers().nhsNumber());
        assertNull(traced.identifiers().localAuthorityId());
        assertNull(traced.identifiers().providerId());
        assertNull(traced.account());
        assertNull(traced.communicationNeeds());
        assertEquals(List.of(rhodri), ids(fixture.people.trace(PHYSIO, new Trace(null, null, "  EVANS ", BORN, null))));
        assertEquals(List.of(rhodri), ids(fixture.people.trace(PHYSIO, new Trace(null, null, "evans", BORN, "rhodri"))));
        assertTrue(fixture.people.trace(PHYSIO, new Trace(null, null, "Evans", BORN, "Aled")).isEmpty());
        assertTrue(fixture.people.trace(PHYSIO, new Trace(null, null, "Evans", BORN.plusDays(1), null)).isEmpty());
        assertTrue(fixture.people.trace(PHYSIO, new Trace(IdentifierSystem.PROVIDER, "GD-nope", null, null, null))
                .isEmpty());
        assertField("familyName", () -> fixture.people.trace(PHYSIO, new Trace(null, null, "Evans", null, null)));
        assertField("nhsNumber", () -> fixture.people.trace(PHYSIO, byNhs("9434765918")));

        // after a trace, the caseload opens by writing: the physio's agency is then involved
        fixture.record.add(PHYSIO, rhodri, ItemKind.ENTRY, entry("referral"));
        assertEquals(List.of(rhodri), ids(fixture.people.list(PHYSIO, PageRequest.first(50)).items()));

        // every search is audited, with what was searched, and a trace that found someone is in their log
        List<AuditEvent> events = fixture.audit.list(ADMIN, PageRequest.first(200)).items();
        assertTrue(events.stream().anyMatch(e -> "physio".equals(e.user()) && rhodri.equals(e.personId())
                && e.detail().contains("traced by nhs identifier 943 476 5919: 1 found")));
        assertTrue(events.stream().anyMatch(e -> "physio".equals(e.user())
                && e.detail().contains("traced by family name 'Evans', given name 'Aled'")));
        assertTrue(events.stream().anyMatch(e -> "physio".equals(e.user())
                && e.detail().contains("listed 0 people of cardiff-vale-uhb's caseload")));
    }

    @Test
    public void aCaseloadIsPagedAndIncludesWhoADirectiveGrants() {
        for (int i = 0; i < 5; i++) {
            fixture.people.create(SW, person("Page" + i, "Test"));
        }
        fixture.consent.give(RHODRI, rhodri, directive(agency("gofal-da-homecare"), Set.of("care-planning"),
                Set.of(RecordCategory.ENTRIES), List.of()));
        assertEquals(List.of(rhodri), ids(fixture.people.list(CARER, PageRequest.first(50)).items()));
        var first = fixture.people.list(SW, PageRequest.first(4));
        var second = fixture.people.list(SW, new PageRequest(first.nextCursor(), 4));
        assertEquals(4, first.items().size());
        assertEquals(2, second.items().size());
        assertNull(second.nextCursor());
    }

    // ---- authority over consent

    @Test
    public void aSelfGrantedDirectiveIsForDirectCareTimeLimitedFlaggedAndRaised() {
        fixture.record.add(PHYSIO, rhodri, ItemKind.ENTRY, entry("physio's own note"));
        assertField("purposes", () -> fixture.consent.give(PHYSIO, rhodri, directive(agency("cardiff-vale-uhb"),
                Set.of("direct-care", "care-planning"), Set.of(RecordCategory.ENTRIES), List.of())));
        ConsentDirective tooLong = directive(agency("cardiff-vale-uhb"), Set.of("direct-care"),
                Set.of(RecordCategory.ENTRIES), List.of());
        Instant now = fixture.clock.instant();
        assertField("validUntil", () -> fixture.consent.give(PHYSIO, rhodri, new ConsentDirective(null, null,
                tooLong.givenBy(), tooLong.grantee(), tooLong.purposes(), tooLong.categories(), List.of(), now,
                now.plus(Duration.ofDays(31)), "verbal", null, null, null, null, null)));
        // granting a colleague by name is granting one's own agency
        fixture.staff.hire("physio-2", Role.PRACTITIONER, "cardiff-vale-uhb");
        assertField("purposes", () -> fixture.consent.give(PHYSIO, rhodri, directive(
                new Grantee("named-person", null, null, null, "physio-2"), Set.of("care-planning"),
                Set.of(RecordCategory.ENTRIES), List.of())));

        ConsentDirective given = fixture.consent.give(PHYSIO, rhodri, tooLong);
        assertTrue(given.selfGranted());
        assertEquals(Duration.ofDays(30), Duration.between(given.validFrom(), given.validUntil()));
        assertEquals("verbal", given.how());
        assertEquals("physio", given.givenBy().heardBy());
        assertNotNull(given.givenBy().givenAt());
        // flagged in the person's access log
        List<AccessLogLine> log = fixture.audit.accessLog(RHODRI, rhodri, PageRequest.first(50)).items();
        assertTrue(log.stream().anyMatch(l -> "physio".equals(l.who()) && l.summary().contains("Flagged")));
        // raised to the agency's leads: cardiff-council's lead sees none of cardiff-vale-uhb's, the physio is no lead
        assertTrue(fixture.consent.selfGranted(SW).isEmpty());
        assertDenied(() -> fixture.consent.selfGranted(PHYSIO));
        fixture.consent.give(SW, rhodri, directive(agency("cardiff-council"), Set.of("direct-care"),
                Set.of(RecordCategory.ENTRIES), List.of()));
        assertEquals(1, fixture.consent.selfGranted(SW).size());
        // commissioning only lets words into reports: a council practitioner may record that for their commissioners
        assertFalse(fixture.consent.give(SW, rhodri, directive(agency("cardiff-council"), Set.of("commissioning"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS), List.of())).selfGranted());
    }

    @Test
    public void aBestInterestsDecisionNamesWhoWhyAndWhenToReview() {
        GivenBy noReview = new GivenBy("best-interests", "Dr Ffion Hughes", null, "cannot weigh up sharing");
        assertField("givenBy.reviewBy", () -> fixture.consent.give(SW, rhodri, new ConsentDirective(null, null,
                noReview, agency("cardiff-vale-uhb"), Set.of("direct-care"), Set.of(RecordCategory.ENTRIES), null,
                null, null, "written", null, null, null, null, null)));
        GivenBy decided = new GivenBy("best-interests", "Dr Ffion Hughes", null, "cannot weigh up sharing", null,
                null, LocalDate.now().plusMonths(3));
        ConsentDirective d = fixture.consent.give(SW, rhodri, new ConsentDirective(null, null, decided,
                agency("cardiff-vale-uhb"), Set.of("direct-care"), Set.of(RecordCategory.ENTRIES), null, null, null,
                "written", null, null, null, null, null));
        assertEquals(decided.reviewBy(), d.givenBy().reviewBy());
        assertEquals("the physio sees the directive that grants it, but not the reason", null,
                fixture.consent.get(PHYSIO, d.id()).givenBy().reason());
        assertEquals("cannot weigh up sharing", fixture.consent.get(SW, d.id()).givenBy().reason());
    }

    @Test
    public void onlyThePersonOrTheRecordingAgencyWithdrawsWithoutAReasonAtOnce() {
        fixture.record.add(SW, rhodri, ItemKind.ENTRY, entry("social worker's visit"));
        ConsentDirective forPhysio = fixture.consent.give(SW, rhodri, directive(agency("cardiff-vale-uhb"),
                Set.of("direct-care"), Set.of(RecordCategory.ENTRIES), List.of()));
        assertEquals(1, visibleTo(PHYSIO));
        assertDenied(() -> fixture.consent.withdraw(PHYSIO, forPhysio.id(), null));
        assertNotFound(() -> fixture.consent.withdraw(CARER, forPhysio.id(), null));
        assertDenied(() -> fixture.consent.withdraw(ADMIN, forPhysio.id(), null));
        assertDenied(() -> fixture.consent.withdraw(PHYSIO.withPurpose(Purpose.COMMISSIONING), forPhysio.id(), null));
        assertEquals(1, visibleTo(PHYSIO));
        // the person withdraws with no reason; it takes effect at once, and the recording agency sees who did it
        ConsentDirective withdrawn = fixture.consent.withdraw(RHODRI, forPhysio.id(), null);
        assertEquals("withdrawn", withdrawn.status());
        assertNull(withdrawn.withdrawal().reason());
        assertEquals(0, visibleTo(PHYSIO));
        ConsentDirective asRecorderSeesIt = fixture.consent.list(SW, rhodri).get(0);
        assertEquals("rhodri", asRecorderSeesIt.withdrawal().by());
        // the recording agency withdraws what it recorded
        ConsentDirective again = fixture.consent.give(SW, rhodri, directive(agency("cardiff-vale-uhb"),
                Set.of("direct-care"), Set.of(RecordCategory.ENTRIES), List.of()));
        assertEquals("withdrawn", fixture.consent.withdraw(SW, again.id(), "").status());
    }

    @Test
    public void granteesMustExistAndScopesMustBeThePersonsOwnVisibleOutcomes() {
        Set<String> care = Set.of("direct-care");
        Set<RecordCategory> entries = Set.of(RecordCategory.ENTRIES);
        assertField("grantee.agency", () -> fixture.consent.give(SW, rhodri, directive(agency("no-such-agency"),
                care, entries, List.of())));
        assertField("grantee.user", () -> fixture.consent.give(SW, rhodri, directive(
                new Grantee("named-person", null, null, "Someone", "nobody"), care, entries, List.of())));
        assertField("grantee.role", () -> fixture.consent.give(SW, rhodri, directive(
                new Grantee("role", "cardiff-vale-uhb", "boss", null, null), care, entries, List.of())));

        String walk = fixture.record.add(SW, rhodri, ItemKind.OUTCOME, Outcome.of("walk outdoors", "en", "change"))
                .id();
        String physiosOwn = fixture.record.add(PHYSIO, rhodri, ItemKind.OUTCOME,
                Outcome.of("stand for ten minutes", "en", "change")).id();
        String anEntry = fixture.record.add(SW, rhodri, ItemKind.ENTRY, entry("a visit")).id();
        String someoneElses = fixture.record.add(SW, fixture.people.create(SW, person("Mair", "Evans")).id(),
                ItemKind.OUTCOME, Outcome.of("sleep well", "cy", "change")).id();
        ConsentDirective scoped = fixture.consent.give(SW, rhodri, directive(agency("gofal-da-homecare"), care,
                entries, List.of(walk)));
        assertEquals(List.of(walk), scoped.outcomeIds());
        String unknown = null;
        for (String notAllowed : List.of(anEntry, someoneElses, physiosOwn, "no-such-id")) {
            try {
                fixture.consent.give(SW, rhodri, directive(agency("gofal-da-homecare"), care, entries,
                        List.of(notAllowed)));
                fail(notAllowed + " is not one of Rhodri's outcomes the social worker can see");
            } catch (ValidationException e) {
                String said = e.errors().get(0).message().replace(notAllowed, "<id>");
                assertEquals("outcomeIds", e.errors().get(0).field());
                // a hidden outcome answers as an unknown id does
                unknown = unknown == null ? said : unknown;
                assertEquals(unknown, said);
            }
        }
        // the person sees every outcome of theirs, so may scope to the physio's
        assertEquals(List.of(physiosOwn), fixture.consent.give(RHODRI, rhodri, directive(agency("gofal-da-homecare"),
                care, entries, List.of(physiosOwn))).outcomeIds());
    }

    // ---- person-level reads

    @Test
    public void everyPersonLevelReadIsRefusedToCommissioningAndToWhoeverTheModelLeavesOut() {
        fixture.consent.give(SW, rhodri, new ConsentDirective(null, null, new GivenBy("best-interests", "Dr Hughes",
                null, "advanced dementia", null, null, LocalDate.now().plusMonths(1)), agency("gofal-da-homecare"),
                Set.of("direct-care"), Set.of(RecordCategory.ENTRIES), null, null, null, "written", null, null, null,
                null, null));
        String directive = fixture.consent.list(SW, rhodri).get(0).id();
        fixture.consent.breakGlass(SW.withPurpose(Purpose.SAFEGUARDING), rhodri, "bruising seen on both arms");

        List<Consumer<Requester>> reads = List.of(r -> fixture.people.get(r, rhodri),
                r -> fixture.people.history(r, rhodri), r -> fixture.consent.list(r, rhodri),
                r -> fixture.consent.get(r, directive), r -> fixture.consent.breakGlassEvents(r, rhodri));
        for (Consumer<Requester> read : reads) {
            assertDenied(() -> read.accept(SW.withPurpose(Purpose.COMMISSIONING)));
            assertDenied(() -> read.accept(COMMISSIONER));
            assertDenied(() -> read.accept(ADMIN));
            assertDenied(() -> read.accept(RHODRI.withPurpose(Purpose.COMMISSIONING)));
            assertNotFound(() -> read.accept(new Requester("mallory", null, Role.PERSON, Purpose.DIRECT_CARE)));
        }
        assertDenied(() -> fixture.audit.accessLog(RHODRI.withPurpose(Purpose.COMMISSIONING), rhodri,
                PageRequest.first(5)));
        // a practitioner with no directive and no involvement: trace fields, nothing else of Rhodri's
        assertNull(fixture.people.get(PHYSIO, rhodri).identifiers().nhsNumber());
        assertNotFound(() -> fixture.people.history(PHYSIO, rhodri));
        assertTrue(fixture.consent.list(PHYSIO, rhodri).isEmpty());
        assertNotFound(() -> fixture.consent.get(PHYSIO, directive));
        assertTrue("the break-glass reason is the person's and the agency's", fixture.consent
                .breakGlassEvents(PHYSIO, rhodri).isEmpty());
        assertEquals("bruising seen on both arms", fixture.consent.breakGlassEvents(RHODRI, rhodri).get(0).reason());
        assertEquals("bruising seen on both arms", fixture.consent.breakGlassEvents(SW, rhodri).get(0).reason());
    }

    // ---- helpers

    private int visibleTo(Requester r) {
        return fixture.record.timeline(r, rhodri, cymru.cofnod.outcomes.api.TimelineQuery.all(),
                PageRequest.first(50)).items().size();
    }

    private static Person person(String given, String family) {
        return new Person(null, null, given, family, null, null, "en", null, null, null, null, null);
    }

    private static Entry entry(String text) {
        return new Entry(null, null, null, null, null, "visit", null,
                List.of(new Entry.Part("observation", text, null, "en")), null, null, null);
    }

    private static Trace byNhs(String nhs) {
        return new Trace(IdentifierSystem.NHS, nhs, null, null, null);
    }

    private static Grantee agency(String agency) {
        return new Grantee("agency", agency, null, null, null);
    }

    private static ConsentDirective directive(Grantee grantee, Set<String> purposes, Set<RecordCategory> categories,
                                              List<String> scope) {
        return new ConsentDirective(null, null, new GivenBy("person", null, null, null), grantee, purposes,
                categories, scope, null, null, "verbal", null, null, null, null, null);
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }

    private static void assertField(String field, Runnable call) {
        try {
            call.run();
            fail("expected a validation error on " + field);
        } catch (ValidationException e) {
            assertEquals(field, e.errors().get(0).field());
        }
    }

    private static void assertDenied(Runnable call) {
        try {
            call.run();
            fail("expected a refusal");
        } catch (AccessDeniedException expected) {
            // refused, whatever the record holds
        }
    }

    private static void assertNotFound(Runnable call) {
        try {
            call.run();
            fail("expected not found");
        } catch (RecordNotFoundException expected) {
            // answers as if there were none
        }
    }
}
