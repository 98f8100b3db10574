package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.outcomes.api.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** One search box, answered by the server on real Derby: the caseload by name, the population only by a trace. */
public class PeopleSearchTest {

    private static final Requester SW = new Requester("social-worker", "cardiff-council", Role.PRACTITIONER,
            Purpose.DIRECT_CARE);
    private static final Requester PHYSIO = new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER,
            Purpose.DIRECT_CARE);
    private static final Requester ADMIN = new Requester("admin", null, Role.ADMINISTRATOR, null);
    private static final LocalDate BORN = LocalDate.of(1950, 3, 2);

    private RecordFixture fixture;
    private String rhodri;
    private String sian;

    @Before
    public void open() {
        fixture = new RecordFixture();
        rhodri = fixture.people.create(SW, person("Rhodri", "Evans", null, BORN,
                new Person.Identifiers("CC-100231", "9434765919", "GD-7"))).id();
        sian = fixture.people.create(SW, person("Siân", "Lloyd-Jones", "Sian Fach", LocalDate.of(1961, 11, 30),
                new Person.Identifiers(null, null, null))).id();
        fixture.people.create(SW, person("Rhodri", "Price", null, LocalDate.of(1990, 1, 1),
                new Person.Identifiers(null, null, null)));
    }

    @After
    public void close() {
        fixture.close();
    }

    @Test
    public void namesAreFoundInAnyOrderWithAccentsCaseAndSpacesIgnored() {
        assertEquals(List.of(sian), search(SW, "Sian"));
        assertEquals(List.of(sian), search(SW, "SIÂN"));
        assertEquals(List.of(rhodri), search(SW, "evans rhodri"));
        assertEquals(List.of(rhodri), search(SW, "  Rhodri    Evans "));
        assertEquals("the start of a name is enough in the caseload", List.of(rhodri), search(SW, "rhod ev"));
        assertEquals("a double-barrelled name is two words", List.of(sian), search(SW, "jones"));
        assertEquals(2, search(SW, "rhodri").size());
        assertTrue(search(SW, "rhodri jones").isEmpty());
        assertEquals("a date of birth alone searches the caseload", List.of(sian), search(SW, "30/11/1961"));
        assertEquals(List.of(sian), search(SW, "1961-11-30"));
    }

    @Test
    public void aNameAloneNeverReachesBeyondTheCaseload() {
        assertTrue(search(PHYSIO, "Rhodri Evans").isEmpty());
        assertTrue(search(PHYSIO, "02/03/1950").isEmpty());
    }

    @Test
    public void identifiersAndNameWithBirthAreTracesWithMinimalDemographics() {
        for (String nhs : List.of("943-476-5919", "943 476 5919", "9434765919")) {
            List<Person> found = fixture.people.search(PHYSIO, nhs, PageRequest.first(50)).items();
            assertEquals(nhs, List.of(rhodri), ids(found));
            assertEquals("9434765919", found.get(0).identifiers().nhsNumber());
            assertNull(found.get(0).identifiers().localAuthorityId());
        }
        Person byCouncilId = fixture.people.search(PHYSIO, "CC-100231", PageRequest.first(50)).items().get(0);
        assertEquals(rhodri, byCouncilId.id());
        assertEquals("CC-100231", byCouncilId.identifiers().localAuthorityId());
        assertNull(byCouncilId.identifiers().nhsNumber());
        assertEquals(List.of(rhodri), search(PHYSIO, "GD-7"));
        assertTrue(search(PHYSIO, "CC-999").isEmpty());

        assertEquals(List.of(rhodri), search(PHYSIO, "evans 02/03/1950"));
        assertEquals(List.of(rhodri), search(PHYSIO, "1950-03-02 Rhodri EVANS"));
        assertTrue("beyond the caseload a name is whole, not its start", search(PHYSIO, "ev 02/03/1950").isEmpty());
        assertTrue(search(PHYSIO, "evans 03/03/1950").isEmpty());
        Person traced = fixture.people.search(PHYSIO, "Sian 30/11/1961", PageRequest.first(50)).items().get(0);
        assertEquals(sian, traced.id());
        assertNull("a trace answers no identifier it did not match", traced.identifiers().nhsNumber());
    }

    @Test
    public void aCaseloadSearchIsPagedByTheServer() {
        for (int i = 0; i < 5; i++) {
            fixture.people.create(SW, person("Aled", "Morgan" + (char) ('a' + i), null, null,
                    new Person.Identifiers(null, null, null)));
        }
        List<String> seen = new ArrayList<>();
        Page<Person> page = fixture.people.search(SW, "aled", PageRequest.first(2));
        seen.addAll(ids(page.items()));
        while (page.nextCursor() != null) {
            page = fixture.people.search(SW, "aled", new PageRequest(page.nextCursor(), 2));
            assertTrue(page.items().size() <= 2);
            seen.addAll(ids(page.items()));
        }
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count());
    }

    @Test
    public void badQueriesAreRefusedNamingTheBox() {
        for (String q : List.of("9434765918", "31/02/1950", "CC-1 GD-7", "Rhodri CC-1", "x".repeat(201),
                "a b c d e f g", "02/03/1950 03/03/1950")) {
            try {
                fixture.people.search(SW, q, PageRequest.first(50));
                fail("expected a refusal of " + q);
            } catch (ValidationException e) {
                assertEquals("q", e.errors().get(0).field());
            }
        }
        try {
            fixture.people.search(ADMIN, "Rhodri", PageRequest.first(50));
            fail("administrators do not search people");
        } catch (AccessDeniedException expected) {
            // as a list or a trace
        }
    }

    @Test
    public void aTraceByNameAndBirthRefusesMoreThanTen() {
        for (int i = 0; i < 11; i++) {
            fixture.people.create(PHYSIO, person("Twm" + (char) ('a' + i), "Jones", null, BORN,
                    new Person.Identifiers(null, null, null)));
        }
        try {
            fixture.people.search(SW, "jones 1950-03-02", PageRequest.first(50));
            fail("more than ten match");
        } catch (ValidationException e) {
            assertEquals("q", e.errors().get(0).field());
        }
        assertEquals(1, search(SW, "jones twmc 1950-03-02").size());
    }

    @Test
    public void everySearchIsAuditedAndATraceFindingOneIsInTheirLog() {
        search(SW, "evans");
        search(PHYSIO, "943 476 5919");
        List<AuditEvent> events = fixture.audit.list(ADMIN, PageRequest.first(200)).items();
        assertTrue(events.stream().anyMatch(e -> "social-worker".equals(e.user())
                && e.detail().contains("searched 'evans' and found 1 people of cardiff-council's caseload")));
        assertTrue(events.stream().anyMatch(e -> "physio".equals(e.user()) && rhodri.equals(e.personId())
                && e.detail().contains("traced by search '943 476 5919': 1 found")));
    }

    @Test
    public void peopleRecordedBeforeNameWordsWereKeptGetThemOnce() {
        fixture.outcomesUnit.jpa().tx(em ->
                em.createQuery("update PersonTraceKey k set k.nameWords = null").executeUpdate());
        assertTrue(search(SW, "evans").isEmpty());
        fixture.people.activate();
        assertEquals(List.of(rhodri), search(SW, "evans"));
    }

    private List<String> search(Requester requester, String q) {
        return ids(fixture.people.search(requester, q, PageRequest.first(50)).items());
    }

    private static Person person(String given, String family, String preferred, LocalDate born,
                                 Person.Identifiers ids) {
        return new Person(null, null, given, family, preferred, born, "cy", null, null, ids, null, null);
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }
}
