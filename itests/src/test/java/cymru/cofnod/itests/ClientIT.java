package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.client.CofnodClient;
import cymru.cofnod.client.Cursor;
import cymru.cofnod.client.Journey;
import cymru.cofnod.client.ProblemException;
import cymru.cofnod.client.RecordItems;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.FieldError;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.nof.api.NofMapping;
import cymru.cofnod.nof.api.ReportQuery;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;

/** The typed client against the real Cofnod: each part of the API, on a person of the test's own. */
public class ClientIT extends SharedCofnod {

    private static CofnodClient socialWorker() {
        return Wait.forLogin("social-worker").client();
    }

    private static Person newPerson(CofnodClient client, String given) {
        String caseNumber = "CL-" + UUID.randomUUID().toString().substring(0, 8);
        return client.people().create(new Person(null, null, given, "Bevan", null, null, "cy", null, null,
                new Person.Identifiers(caseNumber, null, null), null, null));
    }

    @Test
    public void aPersonIsCreatedTracedAndUpdatedFromTheVersionRead() {
        CofnodClient sw = socialWorker();
        Person created = newPerson(sw, "Nia");
        assertEquals(Long.valueOf(1), created.version());
        Page<Person> traced = sw.people().trace(created.identifiers());
        assertEquals(List.of(created.id()), traced.items().stream().map(Person::id).toList());

        Person read = sw.people().read(created.id());
        Person moved = new Person(read.id(), read.version(), read.givenName(), "Bevan-Jones", read.preferredName(),
                read.dateOfBirth(), read.preferredLanguage(), read.activeOffer(), read.communicationNeeds(),
                read.identifiers(), read.account(), read.caresFor());
        assertEquals(Long.valueOf(2), sw.people().update(moved).version());
        try {
            sw.people().update(moved);
            fail("made from a version that is no longer the newest");
        } catch (ProblemException e) {
            assertEquals(412, e.status());
        }
        List<Versioned<Person>> history = sw.people().history(created.id());
        assertEquals(2, history.size());
        assertEquals(Set.of("Bevan", "Bevan-Jones"),
                Set.of(history.get(0).item().familyName(), history.get(1).item().familyName()));
        assertEquals("cardiff-council", sw.me().agency());
    }

    @Test
    public void recordItemsAreAddedRevisedWithdrawnAndPagedThroughTheJourney() {
        CofnodClient sw = socialWorker();
        Person nia = newPerson(sw, "Nia");
        RecordItems<Outcome> outcomes = sw.record(nia.id()).items(ItemKind.OUTCOME);
        Outcome walk = outcomes.add(Outcome.of("Dw i eisiau cerdded i'r capel eto", "cy", "change"));
        Outcome achieved = outcomes.revise(walk.withStatus("achieved"));
        assertEquals(Long.valueOf(2), achieved.version());
        assertEquals("achieved", outcomes.read(walk.id()).status());
        assertEquals(2, outcomes.history(walk.id()).size());
        try {
            outcomes.add(Outcome.of("", "cy", "change"));
            fail("no words");
        } catch (ProblemException e) {
            assertEquals(422, e.status());
            assertTrue(e.errors().toString(), e.errors().stream().map(FieldError::field).toList().contains("ownWords"));
        }

        RecordItems<Entry> entries = sw.record(nia.id()).items(ItemKind.ENTRY);
        Entry visit = entries.add(new Entry(null, null, null, Instant.now(), null, "visit", List.of(walk.id()),
                List.of(new Entry.Part("observation", "Nia walked to the end of the street", null, "en")), null, null,
                null));
        Page<TimelineItem> first = sw.record(nia.id()).journey(Journey.all(), Cursor.first(1));
        assertEquals(1, first.items().size());
        assertNotNull("more than one step", first.nextCursor());
        Page<TimelineItem> second = sw.record(nia.id()).journey(Journey.all(), Cursor.first(1).after(first));
        assertEquals(1, second.items().size());
        assertFalse(first.items().get(0).id().equals(second.items().get(0).id()));
        Page<TimelineItem> visits = sw.record(nia.id()).journey(Journey.all().kind("entry"), Cursor.first());
        assertEquals(visit.id(), ((Entry) visits.items().get(0).item()).id());
        assertNull(visits.nextCursor());

        assertEquals("withdrawn", entries.withdraw(visit.id(), "written on the wrong record").state());
        try {
            entries.read(visit.id());
            fail("withdrawn items are hidden");
        } catch (ProblemException e) {
            assertEquals(404, e.status());
        }
        assertFalse("the access log is the person's and the administrators'",
                Wait.forLogin("admin").client().record(nia.id()).accessLog(Cursor.first()).items().isEmpty());
        assertTrue(sw.record(nia.id()).breakGlassEvents().isEmpty());
    }

    @Test
    public void consentIsGivenListedAndWithdrawn() {
        CofnodClient sw = socialWorker();
        Person nia = newPerson(sw, "Nia");
        ConsentDirective given = sw.record(nia.id()).giveConsent(new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null, null, null, null),
                new ConsentDirective.Grantee("agency", "cardiff-vale-uhb", null, null, null), Set.of("direct-care"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS), null, null, null, "verbal", null, null, null, null, null));
        assertEquals("active", given.status());
        assertTrue(sw.record(nia.id()).consents().stream().anyMatch(d -> d.id().equals(given.id())));
        assertEquals("withdrawn", sw.consents().withdraw(given.id(), "Nia changed her mind").status());
        assertEquals("withdrawn", sw.consents().read(given.id()).status());
    }

    @Test
    public void nofTagsSitBesideTheOutcomeAndReportsAreForCommissioners() {
        CofnodClient sw = socialWorker();
        Person nia = newPerson(sw, "Nia");
        Outcome walk = sw.record(nia.id()).items(ItemKind.OUTCOME).add(Outcome.of("To walk to chapel", "en", "change"));
        assertFalse(sw.nof().domains().isEmpty());
        String code = sw.nof().statements(null).get(0).code();
        List<NofMapping> tagged = sw.nof().tag(nia.id(), walk.id(), List.of(code));
        assertEquals(List.of(code), tagged.stream().map(NofMapping::code).toList());
        assertEquals(1, sw.nof().tags(nia.id(), walk.id()).size());
        sw.nof().untag(nia.id(), walk.id(), code);
        assertTrue(sw.nof().tags(nia.id(), walk.id()).isEmpty());
        CofnodClient commissioner = Wait.forLogin("commissioner").client().purpose("commissioning");
        assertNotNull(commissioner.nof().report(ReportQuery.byDomain()).rows());
    }

    @Test
    public void agenciesQuarantineAuditCoachAndHealthAnswerTyped() {
        CofnodClient sw = socialWorker();
        assertTrue(sw.agencies().list().stream().map(AgencyStatus::id).toList().contains("cardiff-council"));
        assertNotNull(Wait.forLogin("home-carer").client().agencies().quarantine("gofal-da-homecare", Cursor.first(5))
                .items());
        assertEquals("OK", Wait.forLogin("admin").client().purpose(null).audit().verify().status());
        assertNotNull(sw.coach().advice("He was aggressive", "entry", "en"));
        assertFalse(sw.coach().kinds().isEmpty());
        assertEquals("UP", CofnodClient.at(CofnodContainer.API).health().path("status").asText());
    }
}
