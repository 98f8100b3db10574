package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.core.api.Page;
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
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.Profile;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * One test per way an answer could give away what consent hides, or what an item or its writer is: the withheld
 * flag, ids inside visible items, writes, scoped directives over items about several outcomes, other agencies'
 * reviews, signatures, the person's own words, and categories.
 */
public class WhatAnswersRevealTest {

    private static final Requester SW = ConsentMatrixTest.practitioner("cardiff-council", Purpose.DIRECT_CARE);
    private static final Requester PHYSIO = ConsentMatrixTest.practitioner("cardiff-vale-uhb", Purpose.DIRECT_CARE);
    private static final Requester CARER = ConsentMatrixTest.practitioner("gofal-da-homecare", Purpose.DIRECT_CARE);
    private static final Requester RHODRI = new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE);
    private static final Instant T0 = Instant.parse("2026-09-07T10:00:00Z");

    private RecordFixture fixture;
    private String rhodri;

    @Before
    public void open() {
        fixture = new RecordFixture();
        rhodri = fixture.people.create(SW, new Person(null, null, "Rhodri", "Evans", null, null, "en", null, null,
                null, null, null)).id();
        fixture.bindLogin(rhodri, "rhodri");
    }

    @After
    public void close() {
        fixture.close();
    }

    private Outcome outcome(Requester by, String words) {
        return fixture.record.add(by, rhodri, ItemKind.OUTCOME, Outcome.of(words, "en", "change"));
    }

    private Entry entry(Requester by, String kind, List<String> about, RecordCategory category, int minutes) {
        return fixture.record.add(by, rhodri, ItemKind.ENTRY, new Entry(null, null, null, T0.plusSeconds(60L * minutes),
                null, kind, about, List.of(new Entry.Part("observation", "note " + minutes, null, "en")), null, null,
                category));
    }

    private Page<TimelineItem> journey(Requester r, TimelineQuery q, int limit) {
        return fixture.record.timeline(r, rhodri, q, PageRequest.first(limit));
    }

    @Test
    public void withheldSaysOneThingForTheWholeRecordWhateverThePageOrFilter() {
        Outcome walk = outcome(SW, "I want to walk to the shop");
        fixture.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
        entry(PHYSIO, "visit", List.of(walk.id()), null, 1);
        Entry hidden = entry(SW, "phone-call", List.of(), null, 30);
        List<TimelineQuery> filters = List.of(TimelineQuery.all(),
                new TimelineQuery(null, null, Set.of("phone-call"), null, null),
                new TimelineQuery(null, null, Set.of("visit"), null, null),
                new TimelineQuery(null, "cardiff-council", null, null, null),
                new TimelineQuery(null, "gofal-da-homecare", null, null, null),
                new TimelineQuery(walk.id(), null, null, null, null),
                new TimelineQuery(hidden.id(), null, null, null, null),
                new TimelineQuery("no-such-outcome", null, null, null, null),
                new TimelineQuery(null, null, null, T0.plusSeconds(60 * 29), T0.plusSeconds(60 * 31)),
                new TimelineQuery(null, null, null, T0.plusSeconds(60 * 40), null));
        for (TimelineQuery q : filters) {
            for (int limit : new int[] {1, 2, 50}) {
                assertTrue(q + " limit " + limit, journey(PHYSIO, q, limit).withheld());
            }
        }
        assertTrue(fixture.record.list(PHYSIO, rhodri, ItemKind.STRENGTH, PageRequest.first(5)).withheld());
        // once nothing is hidden, every filter says so
        fixture.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(), RecordCategory.ENTRIES);
        for (TimelineQuery q : filters) {
            assertFalse(q.toString(), journey(PHYSIO, q, 1).withheld());
        }
    }

    @Test
    public void visibleItemsNeverNameHiddenOnes() {
        Outcome walk = outcome(PHYSIO, "I want to walk to the shop");
        Outcome secret = outcome(SW, "I want to stop drinking");
        // the physio wrote about the council's items while Rhodri shared them, and he has since withdrawn that
        var directive = fixture.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS, RecordCategory.DAILY_AND_LEARNING_LOGS);
        Entry both = entry(PHYSIO, "visit", List.of(walk.id(), secret.id()), null, 1);
        Entry shared = entry(SW, "daily-note", List.of(), null, 2);
        Review review = fixture.record.add(PHYSIO, rhodri, ItemKind.REVIEW, new Review(null, null, null, null, null,
                List.of(new Review.OutcomeResult(walk.id(), "partly", "walks further"),
                        new Review.OutcomeResult(secret.id(), "partly", "drinks less")), null, null, null));
        Perspective view = fixture.record.add(PHYSIO, rhodri, ItemKind.PERSPECTIVE, new Perspective(null, null, null,
                null, null, secret.id(), new Perspective.Whose("practitioner", "Ffion", null), "agreed", "en", "agree"));
        Profile profile = fixture.record.add(PHYSIO, rhodri, ItemKind.PROFILE, new Profile(null, null, null, null, null,
                List.of(new Profile.Line("his garden", "en", List.of(both.id(), shared.id()))), null));
        fixture.consent.withdraw(SW, directive.id(), "changed his mind");
        // the physio's own items name the council's outcome, which consent hides from them
        Set<String> hidden = Set.of(secret.id(), shared.id());
        for (TimelineItem t : journey(PHYSIO, TimelineQuery.all(), 50).items()) {
            assertTrue(t.id() + " names a hidden id", t.item().links().stream().noneMatch(hidden::contains));
            assertTrue(t.outcomeIds().stream().noneMatch(hidden::contains));
        }
        assertEquals(List.of(walk.id()), fixture.record.get(PHYSIO, rhodri, ItemKind.ENTRY, both.id()).outcomeIds());
        Review shownReview = fixture.record.get(PHYSIO, rhodri, ItemKind.REVIEW, review.id());
        assertEquals("the hidden outcome's result and what was learnt go whole", List.of(walk.id()),
                shownReview.results().stream().map(Review.OutcomeResult::outcomeId).toList());
        assertNull(fixture.record.get(PHYSIO, rhodri, ItemKind.PERSPECTIVE, view.id()).aboutId());
        assertEquals(List.of(both.id()), fixture.record.profile(PHYSIO, rhodri).orElseThrow().importantToMe().get(0)
                .fromEntries());
        fixture.record.history(PHYSIO, rhodri, ItemKind.ENTRY, both.id())
                .forEach(v -> assertEquals(List.of(walk.id()), v.item().outcomeIds()));
        // the person sees everything, ids and all
        assertEquals(2, fixture.record.get(RHODRI, rhodri, ItemKind.ENTRY, both.id()).outcomeIds().size());
        assertEquals(2, fixture.record.get(RHODRI, rhodri, ItemKind.PROFILE, profile.id()).links().size());
    }

    @Test
    public void aProfileTheWriterCannotSeeIsNeverHintedAt() {
        fixture.record.add(SW, rhodri, ItemKind.PROFILE, new Profile(null, null, null, null, null,
                List.of(new Profile.Line("chapel on Sundays", "en", null)), null));
        // the carer cannot see the council's profile: their write answers as if there were none
        Profile carers = fixture.record.add(CARER, rhodri, ItemKind.PROFILE, new Profile(null, null, null, null, null,
                List.of(new Profile.Line("tea with two sugars", "en", null)), null));
        assertEquals(carers.id(), fixture.record.profile(CARER, rhodri).orElseThrow().id());
        // the one they can see is still one profile to them
        ValidationException again = assertThrows(ValidationException.class, () -> fixture.record.add(CARER, rhodri,
                ItemKind.PROFILE, new Profile(null, null, null, null, null,
                        List.of(new Profile.Line("another", "en", null)), null)));
        assertTrue(again.getMessage().contains("already has a one-page profile"));
    }

    @Test
    public void aKeyAnAgencySentForOneItemNamesNoOtherPersonsItem() {
        String other = fixture.people.create(SW, new Person(null, null, "Other", null, null, null, "en", null, null,
                null, null, null)).id();
        fixture.record.ingest(PHYSIO, rhodri, ItemKind.ENTRY, entryDraft(), "visit-1");
        assertThrows(ValidationException.class,
                () -> fixture.record.ingest(PHYSIO, other, ItemKind.ENTRY, entryDraft(), "visit-1"));
        assertTrue(fixture.record.ingest(PHYSIO, rhodri, ItemKind.ENTRY, entryDraft(), "visit-1").duplicate());
    }

    private static Entry entryDraft() {
        return new Entry(null, null, null, T0, null, "visit", null,
                List.of(new Entry.Part("observation", "visit", null, "en")), null, null, null);
    }

    @Test
    public void aScopedDirectiveShowsOnlyItemsWhollyAboutItsOutcomes() {
        Outcome walk = outcome(SW, "I want to walk to the shop");
        Outcome drink = outcome(SW, "I want to stop drinking");
        Entry aboutWalk = entry(SW, "visit", List.of(walk.id()), null, 1);
        Entry aboutBoth = entry(SW, "visit", List.of(walk.id(), drink.id()), null, 2);
        Entry aboutNothing = entry(SW, "visit", List.of(), null, 3);
        fixture.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(walk.id()),
                RecordCategory.OUTCOMES_AND_PLANS, RecordCategory.ENTRIES);
        Set<String> seen = Set.copyOf(journey(CARER, TimelineQuery.all(), 50).items().stream()
                .map(TimelineItem::id).toList());
        assertEquals(Set.of(walk.id(), aboutWalk.id()), seen);
        assertThrows(RecordNotFoundException.class, () -> fixture.record.get(CARER, rhodri, ItemKind.ENTRY,
                aboutBoth.id()));
        assertThrows(RecordNotFoundException.class, () -> fixture.record.get(CARER, rhodri, ItemKind.ENTRY,
                aboutNothing.id()));
    }

    @Test
    public void anotherAgencysReviewStandsBesideTheOutcomeAndNeverRewritesIt() {
        Outcome walk = outcome(SW, "I want to walk to the shop");
        fixture.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
        fixture.record.add(PHYSIO, rhodri, ItemKind.REVIEW, new Review(null, null, null, null, null,
                List.of(new Review.OutcomeResult(walk.id(), "achieved", "walks to the shop")), null, null, null));
        List<?> versions = fixture.record.history(SW, rhodri, ItemKind.OUTCOME, walk.id());
        assertEquals("no new version under the council's name", 1, versions.size());
        assertEquals("active", fixture.record.get(SW, rhodri, ItemKind.OUTCOME, walk.id()).status());
        // the council's own review does change its outcome
        fixture.record.add(SW, rhodri, ItemKind.REVIEW, new Review(null, null, null, null, null,
                List.of(new Review.OutcomeResult(walk.id(), "achieved", "walks to the shop")), null, null, null));
        assertEquals("achieved", fixture.record.get(SW, rhodri, ItemKind.OUTCOME, walk.id()).status());
        assertEquals("social worker's user", "user-of-cardiff-council",
                fixture.record.history(SW, rhodri, ItemKind.OUTCOME, walk.id()).get(1).recordedBy());
    }

    @Test
    public void aViewIsSignedByWhoeverWroteIt() {
        Outcome walk = outcome(SW, "I want to walk to the shop");
        assertThrows(ValidationException.class, () -> fixture.record.add(RHODRI, rhodri, ItemKind.PERSPECTIVE,
                new Perspective(null, null, null, null, null, walk.id(),
                        new Perspective.Whose("practitioner", "Dr Made-Up", "cardiff-vale-uhb"), "fine", "en", "agree")));
        assertThrows(ValidationException.class, () -> fixture.record.add(SW, rhodri, ItemKind.PERSPECTIVE,
                new Perspective(null, null, null, null, null, walk.id(),
                        new Perspective.Whose("practitioner", "Ffion", "cardiff-vale-uhb"), "fine", "en", "agree")));
        Perspective own = fixture.record.add(RHODRI, rhodri, ItemKind.PERSPECTIVE, new Perspective(null, null, null,
                null, null, walk.id(), new Perspective.Whose("person", "Rhodri", null), "yes", "en", "agree"));
        assertEquals("rhodri", own.provenance().recordedBy());
    }

    @Test
    public void whatThePersonWritesIsReadByTheAgenciesInvolvedInTheirCare() {
        Entry note = fixture.record.add(RHODRI, rhodri, ItemKind.ENTRY, new Entry(null, null, null, T0, null,
                "daily-note", null, List.of(new Entry.Part("own-words", "I walked to the corner", null, "en")), null,
                null, null));
        // the council has written in his record (it registered him); the physio holds a directive; the carer neither
        fixture.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
        for (Requester involved : List.of(SW, PHYSIO)) {
            assertTrue(journey(involved, TimelineQuery.all(), 50).items().stream()
                    .anyMatch(t -> t.id().equals(note.id())));
            assertEquals(note.id(), fixture.record.get(involved, rhodri, ItemKind.ENTRY, note.id()).id());
        }
        assertThrows(RecordNotFoundException.class, () -> fixture.record.get(CARER, rhodri, ItemKind.ENTRY,
                note.id()));
        // once the carer writes, they are involved too
        entry(CARER, "visit", List.of(), null, 5);
        assertEquals(note.id(), fixture.record.get(CARER, rhodri, ItemKind.ENTRY, note.id()).id());
    }

    @Test
    public void aProfileSeenUnderADirectiveDoesNotNameAnotherAgencysHiddenNote() {
        fixture.fileEntries(agency -> "cardiff-vale-uhb".equals(agency) ? Optional.of(RecordCategory.HEALTH)
                : Optional.empty());
        var setup = fixture.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(),
                RecordCategory.ofItems().toArray(RecordCategory[]::new));
        Entry physioNote = entry(PHYSIO, "observation", List.of(), null, 1);
        Profile profile = fixture.record.add(CARER, rhodri, ItemKind.PROFILE, new Profile(null, null, null, null, null,
                List.of(new Profile.Line("walking", "en", List.of(physioNote.id()))), null));
        fixture.consent.withdraw(SW, setup.id(), null);
        fixture.share(SW, rhodri, "cardiff-council", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS, RecordCategory.SAFEGUARDING);
        for (int limit : List.of(1, 2, 50)) {
            TimelineItem first = journey(SW, TimelineQuery.all(), limit).items().get(0);
            assertEquals(profile.id(), first.id());
            assertEquals("limit " + limit, List.of(), first.outcomeIds());
        }
        assertEquals(List.of(), fixture.record.get(SW, rhodri, ItemKind.PROFILE, profile.id()).links());
    }

    @Test
    public void anAgencyNotInvolvedLearnsNothingOfTheRecordBeyondATrace() {
        // Rhodri's record holds nothing yet: the carer, not involved, is told what it is told when it holds much
        Page<TimelineItem> empty = journey(CARER, TimelineQuery.all(), 50);
        Page<Profile> noProfile = fixture.record.list(CARER, rhodri, ItemKind.PROFILE, PageRequest.first(1));
        Outcome walk = outcome(SW, "I want to walk to the shop");
        entry(RHODRI, "daily-note", List.of(), null, 1);
        fixture.record.add(SW, rhodri, ItemKind.PROFILE, new Profile(null, null, null, null, null,
                List.of(new Profile.Line("walking", "en", null)), null));
        for (TimelineQuery q : List.of(TimelineQuery.all(), new TimelineQuery(walk.id(), null, null, null, null),
                new TimelineQuery(null, "cardiff-council", null, null, null))) {
            Page<TimelineItem> full = journey(CARER, q, 50);
            assertEquals(q.toString(), List.of(), full.items());
            assertEquals(q.toString(), empty.withheld(), full.withheld());
        }
        assertTrue(empty.withheld());
        assertEquals(noProfile.withheld(), fixture.record.list(CARER, rhodri, ItemKind.PROFILE, PageRequest.first(1))
                .withheld());
        assertThrows(RecordNotFoundException.class, () -> fixture.record.get(CARER, rhodri, ItemKind.OUTCOME,
                walk.id()));
        assertThrows(RecordNotFoundException.class, () -> fixture.people.history(CARER, rhodri));
    }

    @Test
    public void anAgencyInvolvedThroughADirectiveForAnotherPurposeReadsThePersonsWordsAsItsCaseloadSays() {
        Entry note = ownNote("I walked to the corner", null);
        fixture.share(SW, rhodri, "gofal-da-homecare", Set.of("care-planning"), List.of(), RecordCategory.HEALTH);
        // one rule of involvement: the carer's caseload, the person's details and the person's words agree
        assertEquals(List.of(rhodri), fixture.people.list(CARER, PageRequest.first(10)).items().stream()
                .map(Person::id).toList());
        assertEquals("involved: more than the trace", "en", fixture.people.get(CARER, rhodri).preferredLanguage());
        assertFalse(fixture.people.history(CARER, rhodri).isEmpty());
        assertEquals(note.id(), fixture.record.get(CARER, rhodri, ItemKind.ENTRY, note.id()).id());
        assertThrows("an agency not involved", RecordNotFoundException.class,
                () -> fixture.people.history(PHYSIO, rhodri));
        assertThrows(RecordNotFoundException.class, () -> fixture.record.get(PHYSIO, rhodri, ItemKind.ENTRY,
                note.id()));
    }

    @Test
    public void aNoteThePersonKeepsToThemselvesIsTheirsAloneAndLeavesNoTrace() {
        fixture.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(),
                RecordCategory.ofItems().toArray(RecordCategory[]::new));
        Entry shared = ownNote("I walked to the corner", null);
        Entry kept = ownNote("I was scared on the stairs", Entry.SHARED_WITH_ONLY_ME);
        Profile profile = fixture.record.add(SW, rhodri, ItemKind.PROFILE, new Profile(null, null, null, null, null,
                List.of(new Profile.Line("walking", "en", List.of(shared.id()))), null));
        assertEquals(Set.of(shared.id(), kept.id(), profile.id()), ids(journey(RHODRI, TimelineQuery.all(), 50)));
        for (Requester other : List.of(SW, PHYSIO)) {
            Page<TimelineItem> seen = journey(other, TimelineQuery.all(), 50);
            assertEquals(Set.of(shared.id(), profile.id()), ids(seen));
            assertFalse("a private note is not consent's to withhold: withheld says nothing of it", seen.withheld());
            assertFalse(journey(other, new TimelineQuery(null, null, Set.of("daily-note"), null, null), 1).withheld());
            assertThrows(RecordNotFoundException.class, () -> fixture.record.get(other, rhodri, ItemKind.ENTRY,
                    kept.id()));
            assertThrows(RecordNotFoundException.class, () -> fixture.record.history(other, rhodri, ItemKind.ENTRY,
                    kept.id()));
        }
        assertThrows("no view of a note one cannot see", ValidationException.class, () -> fixture.record.add(PHYSIO,
                rhodri, ItemKind.PERSPECTIVE, new Perspective(null, null, null, null, null, kept.id(),
                        new Perspective.Whose("practitioner", null, "cardiff-vale-uhb"), "fine", "en", "agree")));
        // a safeguarding break-glass reads the whole record, this note too
        Requester safeguarding = PHYSIO.withPurpose(Purpose.SAFEGUARDING);
        fixture.consent.breakGlass(safeguarding, rhodri, "bruising seen on both arms");
        assertEquals(kept.id(), fixture.record.get(safeguarding, rhodri, ItemKind.ENTRY, kept.id()).id());

        // only the person chooses; a practitioner's entry has no such choice
        ValidationException refused = assertThrows(ValidationException.class, () -> fixture.record.add(SW, rhodri,
                ItemKind.ENTRY, note(SW, "visit", Entry.SHARED_WITH_ONLY_ME)));
        assertTrue(refused.getMessage(), refused.getMessage().contains("sharedWith"));
        assertThrows(ValidationException.class, () -> ownNote("x", "everyone"));

        // changed later by the person: a new version, kept in the history; left out, the choice stands
        Entry reworded = fixture.record.revise(RHODRI, rhodri, ItemKind.ENTRY, kept.id(), 1,
                note(RHODRI, "I was a bit scared on the stairs", null));
        assertEquals(Entry.SHARED_WITH_ONLY_ME, reworded.sharedWith());
        assertThrows(RecordNotFoundException.class, () -> fixture.record.get(SW, rhodri, ItemKind.ENTRY, kept.id()));
        fixture.record.revise(RHODRI, rhodri, ItemKind.ENTRY, kept.id(), 2,
                note(RHODRI, "I was a bit scared on the stairs", Entry.SHARED_WITH_INVOLVED));
        assertEquals(3, fixture.record.history(SW, rhodri, ItemKind.ENTRY, kept.id()).size());
        // and back: a profile naming it no longer names it to others
        fixture.record.revise(RHODRI, rhodri, ItemKind.ENTRY, shared.id(), 1,
                note(RHODRI, "I walked to the corner", Entry.SHARED_WITH_ONLY_ME));
        assertEquals(List.of(), fixture.record.get(SW, rhodri, ItemKind.PROFILE, profile.id()).importantToMe().get(0)
                .fromEntries());
        assertEquals(List.of(shared.id()), fixture.record.get(RHODRI, rhodri, ItemKind.PROFILE, profile.id())
                .importantToMe().get(0).fromEntries());
    }

    private Entry ownNote(String words, String sharedWith) {
        return fixture.record.add(RHODRI, rhodri, ItemKind.ENTRY, note(RHODRI, words, sharedWith));
    }

    private static Entry note(Requester by, String words, String sharedWith) {
        return new Entry(null, null, null, T0, null, "daily-note", null,
                List.of(new Entry.Part(by == RHODRI ? "own-words" : "observation", words, null, "en")), null, null,
                null, sharedWith);
    }

    private static Set<String> ids(Page<TimelineItem> page) {
        return Set.copyOf(page.items().stream().map(TimelineItem::id).toList());
    }

    @Test
    public void categoriesComeFromKindAndSource() {
        fixture.fileEntries(agency -> "cardiff-vale-uhb".equals(agency) ? Optional.of(RecordCategory.HEALTH)
                : Optional.empty());
        Entry physioNote = entry(PHYSIO, "visit", List.of(), null, 1);
        Entry loweredByHand = entry(PHYSIO, "observation", List.of(), RecordCategory.ENTRIES, 2);
        Entry concern = entry(SW, "safeguarding-concern", List.of(), null, 3);
        assertEquals(RecordCategory.HEALTH, physioNote.category());
        assertEquals("a health board's note stays health", RecordCategory.HEALTH, loweredByHand.category());
        assertEquals(RecordCategory.SAFEGUARDING, concern.category());
        assertEquals(RecordCategory.ENTRIES, entry(SW, "visit", List.of(), null, 4).category());
        assertThrows("a safeguarding concern is never filed lower", ValidationException.class,
                () -> entry(SW, "safeguarding-concern", List.of(), RecordCategory.ENTRIES, 5));
        assertThrows(ValidationException.class, () -> entry(SW, "visit", List.of(), RecordCategory.OUTCOMES_AND_PLANS,
                6));
        // "entries but not health" no longer shares NHS notes
        fixture.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(), RecordCategory.ENTRIES);
        Set<String> carerSees = Set.copyOf(journey(CARER, TimelineQuery.all(), 50).items().stream()
                .map(TimelineItem::id).toList());
        assertFalse(carerSees.contains(physioNote.id()));
        assertFalse(carerSees.contains(concern.id()));
    }
}
