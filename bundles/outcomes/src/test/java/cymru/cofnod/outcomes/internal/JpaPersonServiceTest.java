package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.core.api.FieldError;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.Versioned;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JpaPersonServiceTest {

    private static final Requester SOCIAL_WORKER =
            new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);

    private RecordFixture fixture;
    private JpaPersonService people;

    @Before
    public void open() {
        fixture = new RecordFixture();
        people = fixture.people;
    }

    @After
    public void close() {
        fixture.close();
    }

    static Person person(String given, String family, String lang, String nhs) {
        return new Person(null, null, given, family, null, LocalDate.of(2008, 5, 1), lang, null, null,
                new Person.Identifiers(null, nhs, null), null, null);
    }

    @Test
    public void createdPersonReadsBackWithWelshIntact() {
        Person created = people.create(SOCIAL_WORKER, person("Rhodri", "Llŷr ap Siôn", "cy", "943 476 5919"));
        assertNotNull(created.id());
        assertEquals(Long.valueOf(1), created.version());
        Person read = people.get(SOCIAL_WORKER, created.id());
        assertEquals("Llŷr ap Siôn", read.familyName());
        assertEquals("cy", read.preferredLanguage());
        assertEquals(created.id(), people.findByIdentifier(IdentifierSystem.NHS, "9434765919").orElseThrow());
    }

    @Test
    public void validationNamesEveryBadField() {
        try {
            people.create(SOCIAL_WORKER, new Person(null, null, null, null, null, LocalDate.now().plusDays(2),
                    "fr", null, null, new Person.Identifiers(null, "9434765918", null), null, null));
            fail("expected a validation error");
        } catch (ValidationException e) {
            Set<String> fields = new HashSet<>();
            for (FieldError f : e.errors()) {
                fields.add(f.field());
            }
            assertEquals(Set.of("givenName", "preferredLanguage", "dateOfBirth", "identifiers.nhsNumber"), fields);
        }
    }

    @Test
    public void missingLanguageIsRefused() {
        try {
            people.create(SOCIAL_WORKER, person("Mary", "Jones", null, null));
            fail("expected a validation error");
        } catch (ValidationException e) {
            assertEquals("preferredLanguage", e.errors().get(0).field());
        }
    }

    @Test
    public void updateKeepsHistoryAndRefusesAStaleVersion() {
        Person created = people.create(SOCIAL_WORKER, person("Rhodri", "Jones", "en", null));
        Person v2 = people.update(SOCIAL_WORKER, created.id(), 1, person("Rhodri", "Jones", "cy", null));
        assertEquals(Long.valueOf(2), v2.version());
        assertEquals("cy", people.get(SOCIAL_WORKER, created.id()).preferredLanguage());
        try {
            people.update(SOCIAL_WORKER, created.id(), 1, person("Rhodri", "Evans", "cy", null));
            fail("a stale version must be refused");
        } catch (StaleVersionException e) {
            assertEquals(2, e.currentVersion());
        }
        List<Versioned<Person>> history = people.history(SOCIAL_WORKER, created.id());
        assertEquals(2, history.size());
        assertEquals("superseded", history.get(0).state());
        assertEquals("en", history.get(0).item().preferredLanguage());
        assertEquals("live", history.get(1).state());
        assertEquals("Jones", people.get(SOCIAL_WORKER, created.id()).familyName());
    }

    @Test
    public void oneIdentifierNamesOnePersonOnly() {
        people.create(SOCIAL_WORKER, person("Rhodri", "Jones", "cy", "9434765919"));
        try {
            people.create(SOCIAL_WORKER, person("Other", "Person", "en", "9434765919"));
            fail("a second person with the same NHS number must be refused");
        } catch (ValidationException e) {
            assertEquals("identifiers.nhsNumber", e.errors().get(0).field());
        }
    }

    @Test(expected = RecordNotFoundException.class)
    public void unknownIdIsNotFound() {
        people.get(SOCIAL_WORKER, "no-such-person");
    }

    @Test
    public void listPagesByKeyWithoutGapsOrRepeats() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            created.add(people.create(SOCIAL_WORKER, person("P" + i, "Test", "en", null)).id());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Person> page = people.list(SOCIAL_WORKER, new PageRequest(cursor, 10));
            for (Person p : page.items()) {
                assertTrue("no repeats across pages", seen.add(p.id()));
            }
            cursor = page.nextCursor();
            pages++;
            assertFalse(page.withheld());
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(created, seen);
        assertNull(people.list(SOCIAL_WORKER, new PageRequest(null, 50)).nextCursor());
    }
}
