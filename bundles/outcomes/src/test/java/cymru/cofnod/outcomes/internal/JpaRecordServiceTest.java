package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Profile;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.RecordListener.RecordChange;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import cymru.cofnod.outcomes.api.Versioned;
import cymru.cofnod.core.api.RecordCategory;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JpaRecordServiceTest {

    static final Requester SW = new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester PHYSIO = new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester RHODRI = new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE);
    static final Requester COMMISSIONER = new Requester("commissioner", "cardiff-council", Role.COMMISSIONER,
            Purpose.COMMISSIONING);
    static final Instant WEEK0 = Instant.parse("2026-09-07T10:00:00Z");

    private RecordFixture fixture;
    private JpaPersonService people;
    private JpaRecordService record;
    private String rhodri;

    @Before
    public void open() {
        fixture = new RecordFixture();
        people = fixture.people;
        record = fixture.record;
        rhodri = people.create(SW, new Person(null, null, "Rhodri", "Evans", null, null, "en", null, null,
                new Person.Identifiers(null, "9434765919", null), null, null)).id();
        fixture.bindLogin(rhodri, "rhodri");
        // Rhodri lets each agency see what the other writes, for his direct care
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb")) {
            fixture.share(SW, rhodri, agency, Set.of("direct-care"), List.of(), RecordCategory.values());
        }
    }

    @After
    public void close() {
        fixture.close();
    }

    private Outcome outcome(String words) {
        return record.add(SW, rhodri, ItemKind.OUTCOME, Outcome.of(words, "en", "change"));
    }

    static Entry entry(Instant at, String kind, List<String> outcomes, String text, Entry.Progress progress) {
        return new Entry(null, null, null, at, null, kind, outcomes,
                List.of(new Entry.Part("observation", text, null, "en")), null, progress, null);
    }

    @Test
    public void ownWordsAreRequiredAndKeptByteForByte() {
        try {
            record.add(SW, rhodri, ItemKind.OUTCOME, Outcome.of(" ", "en", "change"));
            fail("an outcome without the person's words must be refused");
        } catch (ValidationException e) {
            assertEquals("ownWords", e.errors().get(0).field());
        }
        String words = "Rwy eisiau cerdded i'r siop a sgwrsio â'r cymdogion — ŵ ŷ";
        Outcome o = record.add(SW, rhodri, ItemKind.OUTCOME, Outcome.of(words, "cy", "change"));
        assertEquals(words, record.get(SW, rhodri, ItemKind.OUTCOME, o.id()).ownWords());
        assertEquals("social-worker", o.provenance().recordedBy());
        assertEquals("cardiff-council", o.provenance().agency());
        assertTrue(o.flags().isEmpty());
    }

    @Test
    public void professionalAndOrganisationalGoalsAreFlaggedNotRefused() {
        assertEquals(List.of(OwnWordsCheck.PROFESSIONAL), outcome("I want to develop symmetrical gait").flags());
        assertEquals(List.of(OwnWordsCheck.ORGANISATIONAL), outcome("needs to comply with his care plan").flags());
        assertTrue(outcome("I want my walking legs back so I can go down the shop and chat with neighbours")
                .flags().isEmpty());
    }

    @Test
    public void aRatingIsNeverStoredWithoutNarrative() {
        Outcome o = outcome("walk outdoors again");
        try {
            record.add(SW, rhodri, ItemKind.ENTRY, entry(WEEK0, "visit", List.of(o.id()), "walked", new Entry.Progress(6, " ")));
            fail("a rating without narrative must be refused");
        } catch (ValidationException e) {
            assertEquals("progress.narrative", e.errors().get(0).field());
        }
        try {
            record.add(SW, rhodri, ItemKind.ENTRY, entry(WEEK0, "visit", List.of(o.id()), "walked",
                    new Entry.Progress(11, "great")));
            fail("ratings run from 0 to 10");
        } catch (ValidationException e) {
            assertEquals("progress.rating", e.errors().get(0).field());
        }
        Entry ok = record.add(SW, rhodri, ItemKind.ENTRY, entry(WEEK0, "visit", List.of(o.id()), "walked",
                new Entry.Progress(6, "he has a bit of hope")));
        assertEquals(Integer.valueOf(6), ok.progress().rating());
    }

    @Test
    public void opinionsSayWhoseAndLinksMustBeThisPersonsItems() {
        Entry opinion = new Entry(null, null, null, WEEK0, null, "visit", List.of(),
                List.of(new Entry.Part("opinion", "seems low", null, "en")), null, null, null);
        try {
            record.add(SW, rhodri, ItemKind.ENTRY, opinion);
            fail();
        } catch (ValidationException e) {
            assertEquals("parts[0].whose", e.errors().get(0).field());
        }
        try {
            record.add(SW, rhodri, ItemKind.ENTRY, entry(WEEK0, "visit", List.of("no-such-outcome"), "x", null));
            fail();
        } catch (ValidationException e) {
            assertEquals("outcomeIds", e.errors().get(0).field());
        }
    }

    @Test
    public void versionsAreKeptAndAConcurrentEditIsRefused() {
        Outcome o = outcome("walk outdoors again");
        Outcome v2 = record.revise(SW, rhodri, ItemKind.OUTCOME, o.id(), 1,
                Outcome.of("walk outdoors again and see my pals", "en", "change"));
        assertEquals(Long.valueOf(2), v2.version());
        try {
            record.revise(SW, rhodri, ItemKind.OUTCOME, o.id(), 1, Outcome.of("lost edit", "en", "change"));
            fail("a stale version must be refused");
        } catch (StaleVersionException e) {
            assertEquals(2, e.currentVersion());
        }
        try {
            record.revise(PHYSIO, rhodri, ItemKind.OUTCOME, o.id(), 2, Outcome.of("physio's words", "en", "change"));
            fail("another agency may not rewrite the social worker's outcome");
        } catch (AccessDeniedException expected) {
            // a perspective is how another agency records a different view
        }
        List<Versioned<Outcome>> history = record.history(SW, rhodri, ItemKind.OUTCOME, o.id());
        assertEquals(2, history.size());
        assertEquals("walk outdoors again", history.get(0).item().ownWords());
        assertEquals("superseded", history.get(0).state());
    }

    @Test
    public void withdrawnEntryLeavesTheTimelineButNotTheHistory() {
        Outcome o = outcome("walk outdoors again");
        Entry e = record.add(SW, rhodri, ItemKind.ENTRY, entry(WEEK0, "visit", List.of(o.id()), "wrong person", null));
        try {
            record.withdraw(SW, rhodri, ItemKind.ENTRY, e.id(), " ");
            fail("a withdrawal needs its reason");
        } catch (ValidationException expected) {
            // nothing withdrawn
        }
        record.withdraw(SW, rhodri, ItemKind.ENTRY, e.id(), "recorded against the wrong person");
        Page<TimelineItem> page = record.timeline(SW, rhodri, TimelineQuery.all(), PageRequest.first(50));
        assertFalse(page.items().stream().anyMatch(t -> t.id().equals(e.id())));
        List<Versioned<Entry>> history = record.history(SW, rhodri, ItemKind.ENTRY, e.id());
        assertEquals("withdrawn", history.get(1).state());
        assertEquals("recorded against the wrong person", history.get(1).reason());
        try {
            record.get(SW, rhodri, ItemKind.ENTRY, e.id());
            fail("a withdrawn entry is not found");
        } catch (RecordNotFoundException expected) {
            // gone from reads
        }
    }

    @Test
    public void timelineIsNewestFirstAcrossAgenciesPagedAndFiltered() {
        Outcome o = outcome("walk outdoors again");
        List<String> expected = new ArrayList<>();
        for (int week = 0; week < 8; week++) {
            Requester by = week % 2 == 0 ? SW : PHYSIO;
            Entry e = record.add(by, rhodri, ItemKind.ENTRY,
                    entry(WEEK0.plus(7L * week, ChronoUnit.DAYS), week == 3 ? "phone-call" : "visit",
                            List.of(o.id()), "week " + week, null));
            expected.add(0, e.id());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<TimelineItem> page = record.timeline(SW, rhodri,
                    new TimelineQuery(null, null, Set.of("entry"), null, null), new PageRequest(cursor, 3));
            page.items().forEach(t -> seen.add(t.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(expected, seen);

        assertEquals(4, record.timeline(SW, rhodri, new TimelineQuery(null, "cardiff-vale-uhb", null, null, null),
                PageRequest.first(50)).items().size());
        assertEquals(1, record.timeline(SW, rhodri, new TimelineQuery(null, null, Set.of("phone-call"), null, null),
                PageRequest.first(50)).items().size());
        assertEquals(9, record.timeline(SW, rhodri, new TimelineQuery(o.id(), null, null, null, null),
                PageRequest.first(50)).items().size());
        assertEquals(2, record.timeline(SW, rhodri, new TimelineQuery(null, null, null,
                WEEK0.plus(14, ChronoUnit.DAYS), WEEK0.plus(28, ChronoUnit.DAYS)), PageRequest.first(50)).items().size());
    }

    @Test
    public void aJourneyReadsItemsNotKeptAsAfterARestartAndTheSameFromWhatItKept() {
        // stored beneath the service, so no body is parsed and kept: the page must read them itself
        List<String> words = List.of("Rwy'n cerdded i'r siop", "Mae fy nghoesau'n gryfach — ŵ ŷ", "week 3");
        List<String> ids = new ArrayList<>();
        fixture.outcomesUnit.jpa().tx(org.apache.aries.jpa.template.TransactionType.Required, em -> {
            for (int i = 0; i < words.size(); i++) {
                Entry e = entry(WEEK0.plus(i, ChronoUnit.DAYS), "visit", List.of(), words.get(i), null);
                String id = ItemStore.newId();
                ItemStore.insert(em, PHYSIO, id, ItemKind.ENTRY.name(), rhodri, null, new ItemStore.Content(e,
                        e.links(), e.kind(), e.category().wireName(), e.occurredAt()));
                ids.add(0, id);
            }
        });
        List<TimelineItem> page = record.timeline(SW, rhodri, new TimelineQuery(null, null, null, null, null),
                PageRequest.first(2)).items();
        assertEquals(ids.subList(0, 2), page.stream().map(TimelineItem::id).toList());
        assertEquals("week 3", ((Entry) page.get(0).item()).parts().get(0).text());
        assertEquals("Mae fy nghoesau'n gryfach — ŵ ŷ", ((Entry) page.get(1).item()).parts().get(0).text());
        assertEquals(ids.get(1), page.get(1).item().id());
        assertEquals(PHYSIO.user(), page.get(0).recordedBy());
        assertEquals(PHYSIO.user(), page.get(0).item().provenance().recordedBy());
        // read again: listed from the index alone, each item the one the first read kept; the same page
        assertEquals(page, record.timeline(SW, rhodri, new TimelineQuery(null, null, null, null, null),
                PageRequest.first(2)).items());
    }

    @Test
    public void aPersonHasOneOnePageProfile() {
        Entry log = record.add(SW, rhodri, ItemKind.ENTRY, entry(WEEK0, "visit", List.of(), "likes mornings", null));
        Profile profile = new Profile(null, null, null, null, null,
                List.of(new Profile.Line("Mornings are my best time", "en", List.of(log.id()))), List.of());
        Profile first = record.add(SW, rhodri, ItemKind.PROFILE, profile);
        try {
            record.add(SW, rhodri, ItemKind.PROFILE, profile);
            fail("a second profile must be refused");
        } catch (ValidationException e) {
            assertEquals("profile", e.errors().get(0).field());
        }
        assertEquals(first.id(), record.profile(SW, rhodri).orElseThrow().id());
    }

    @Test
    public void reviewRecordsWhatWasLearntAndEmergingOutcomesBecomeOutcomes() {
        Outcome o = outcome("walk outdoors again");
        Review review = record.add(SW, rhodri, ItemKind.REVIEW, new Review(null, null, null, null, null,
                List.of(new Review.OutcomeResult(o.id(), "achieved", "the physio's visits gave him the confidence")),
                List.of(Outcome.of("I want to go back to college", "en", "change")), null, "good progress"));
        assertEquals(1, review.emergedOutcomeIds().size());
        assertEquals("achieved", record.get(SW, rhodri, ItemKind.OUTCOME, o.id()).status());
        Outcome emerged = record.get(SW, rhodri, ItemKind.OUTCOME, review.emergedOutcomeIds().get(0));
        assertEquals("I want to go back to college", emerged.ownWords());
    }

    @Test
    public void thePersonAddsTheirViewAndOnlyReadsTheirOwnRecord() {
        Outcome o = outcome("walk outdoors again");
        Perspective mine = record.add(RHODRI, rhodri, ItemKind.PERSPECTIVE, new Perspective(null, null, null, null,
                null, o.id(), new Perspective.Whose("person", "Rhodri", null), "It's my mates I miss most", "en",
                "partly"));
        assertNull(mine.provenance().agency());
        assertEquals(2, record.timeline(RHODRI, rhodri, TimelineQuery.all(), PageRequest.first(50)).items().size());
        String other = people.create(SW, new Person(null, null, "Mary", null, null, null, "en", null, null, null,
                null, null)).id();
        try {
            record.timeline(RHODRI, other, TimelineQuery.all(), PageRequest.first(50));
            fail("the person reads only their own record");
        } catch (RecordNotFoundException expected) {
            // answers like a record that does not exist
        }
        try {
            record.timeline(COMMISSIONER, rhodri, TimelineQuery.all(), PageRequest.first(50));
            fail("a commissioner never reads a person's record");
        } catch (AccessDeniedException expected) {
            // reports only
        }
    }

    @Test
    public void aCarerHasARecordOfTheirOwnLinkedToThePersonTheyCareFor() {
        String partner = people.create(SW, new Person(null, null, "Alys", "Hughes", null, null, "cy", null, null,
                null, null, null)).id();
        Person kevin = people.create(SW, new Person(null, null, "Kevin", "Hughes", null, null, "en", null, null,
                null, null, List.of(partner)));
        assertEquals(List.of(partner), people.get(SW, kevin.id()).caresFor());
        Outcome carers = record.add(SW, kevin.id(), ItemKind.OUTCOME,
                Outcome.of("I want to know I am doing right by my daughter", "en", "maintenance"));
        assertEquals(kevin.id(), carers.personId());
        assertTrue(record.timeline(SW, partner, TimelineQuery.all(), PageRequest.first(50)).items().isEmpty());
    }

    @Test
    public void sameSourceKeyIsStoredOnce() {
        Outcome o = outcome("walk outdoors again");
        Entry e = entry(WEEK0, "observation", List.of(o.id()), "walked in the garden", null);
        var first = record.ingest(PHYSIO, rhodri, ItemKind.ENTRY, e, "Observation/obs-1");
        for (int i = 0; i < 4; i++) {
            var again = record.ingest(PHYSIO, rhodri, ItemKind.ENTRY, e, "Observation/obs-1");
            assertTrue(again.duplicate());
            assertEquals(first.item().id(), again.item().id());
        }
        assertFalse(first.duplicate());
        assertEquals(1, record.timeline(SW, rhodri, new TimelineQuery(null, null, Set.of("observation"), null, null),
                PageRequest.first(50)).items().size());
    }

    @Test
    public void listenersHearEveryCommittedChange() throws Exception {
        List<RecordChange> heard = new ArrayList<>();
        Field f = JpaRecordService.class.getDeclaredField("listeners");
        f.setAccessible(true);
        f.set(record, List.<cymru.cofnod.outcomes.api.RecordListener>of(heard::add));
        Outcome o = outcome("walk outdoors again");
        record.withdraw(SW, rhodri, ItemKind.OUTCOME, o.id(), "duplicate");
        assertEquals(2, heard.size());
        assertEquals("live", heard.get(0).state());
        assertEquals("withdrawn", heard.get(1).state());
        assertNotNull(heard.get(0).item());
        Set<String> ids = new HashSet<>();
        heard.forEach(c -> ids.add(c.itemId()));
        assertEquals(Set.of(o.id()), ids);
    }
}
