package cymru.cofnod.meetings.internal;

import static cymru.cofnod.meetings.internal.MeetingsFixture.CARER;
import static cymru.cofnod.meetings.internal.MeetingsFixture.PHYSIO;
import static cymru.cofnod.meetings.internal.MeetingsFixture.SW;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Meetings and plans quote several outcomes: each reader sees only the outcomes they may see in the record today,
 * whoever recorded the meeting or revised the plan, and the lists' withheld flag says one thing for all of a
 * person's meetings.
 */
public class MeetingsUnderConsentTest {

    private MeetingsFixture f;
    private String rhodri;

    @Before
    public void open() {
        f = new MeetingsFixture();
        rhodri = f.person("Rhodri", "rhodri");
    }

    @After
    public void close() {
        f.close();
    }

    private static Set<String> words(Meeting m) {
        return Set.copyOf(m.outcomesAgreed().stream().map(Meeting.AgreedOutcome::ownWords).toList());
    }

    private static Set<String> words(Plan p) {
        return Set.copyOf(p.outcomes().stream().map(Plan.PlanOutcome::ownWords).toList());
    }

    @Test
    public void anAgencyWithNoDirectiveThatSeesNoneIsToldTheSameWhetherTheyExistOrNot() {
        String aled = f.person("Aled", "aled");
        Page<Meeting> none = f.meetings.list(CARER, aled, PageRequest.first(10));
        assertTrue(none.items().isEmpty());
        assertTrue("no meeting exists, and withheld says what it says when one does", none.withheld());
        assertTrue(f.plans.list(CARER, aled, PageRequest.first(10)).withheld());
        f.meetings.record(SW, MeetingsFixture.planning(aled, List.of(MeetingsFixture.newOutcome("I want to cook"))));
        Page<Meeting> one = f.meetings.list(CARER, aled, PageRequest.first(10));
        assertEquals(none.items(), one.items());
        assertEquals(none.withheld(), one.withheld());
        // the council, who recorded it, is told honestly: nothing of Aled's meetings is hidden from it
        assertFalse(f.meetings.list(SW, aled, PageRequest.first(10)).withheld());
    }

    @Test
    public void underAScopedDirectiveAMeetingShowsOnlyTheScopesOutcomes() {
        Meeting m = f.meetings.record(SW, MeetingsFixture.planning(rhodri, List.of(
                MeetingsFixture.newOutcome("I want to walk to the shop"),
                MeetingsFixture.newOutcome("I want to stop drinking"))));
        String walk = m.outcomesAgreed().get(0).outcomeId();
        f.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(walk),
                RecordCategory.OUTCOMES_AND_PLANS);
        Meeting seen = f.meetings.get(CARER, m.id());
        assertEquals(Set.of("I want to walk to the shop"), words(seen));
        assertEquals(Set.of("I want to walk to the shop"), words(f.plans.get(CARER, m.planId())));
        Page<Meeting> listed = f.meetings.list(CARER, rhodri, PageRequest.first(10));
        assertEquals(Set.of("I want to walk to the shop"), words(listed.items().get(0)));
        assertEquals(Set.of("I want to walk to the shop"), words(f.plans.list(CARER, rhodri, PageRequest.first(10))
                .items().get(0)));
        f.plans.history(CARER, m.planId()).forEach(v -> assertEquals(1, v.item().outcomes().size()));
        // the council recorded it: all of it
        assertEquals(2, f.meetings.get(SW, m.id()).outcomesAgreed().size());
    }

    @Test
    public void outcomeWordsKeptInAMeetingFollowTodaysConsent() {
        Outcome drink = f.record.record().add(SW, rhodri, ItemKind.OUTCOME, Outcome.of("I want to stop drinking",
                "en", "change"));
        ConsentDirective d = f.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
        Meeting m = f.meetings.record(CARER, MeetingsFixture.planning(rhodri, List.of(
                MeetingsFixture.existing(drink.id()), MeetingsFixture.newOutcome("Lunch with people"))));
        assertEquals(2, f.meetings.get(CARER, m.id()).outcomesAgreed().size());
        f.record.consent().withdraw(SW, d.id(), "changed his mind");
        assertEquals("the carer's own meeting, without the council's outcome now", Set.of("Lunch with people"),
                words(f.meetings.get(CARER, m.id())));
        assertEquals(Set.of("Lunch with people"), words(f.plans.get(CARER, m.planId())));
    }

    @Test
    public void aPlanRevisedByAnotherAgencyDoesNotCarryItsHiddenOutcomesToTheOwner() {
        Meeting m = f.meetings.record(SW, MeetingsFixture.planning(rhodri, List.of(
                MeetingsFixture.newOutcome("I want to walk to the shop"))));
        f.record.share(SW, rhodri, "cardiff-vale-uhb", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
        Outcome knee = f.record.record().add(PHYSIO, rhodri, ItemKind.OUTCOME, Outcome.of("Knee strong enough for stairs",
                "en", "change"));
        Plan current = f.plans.get(PHYSIO, m.planId());
        f.plans.revise(PHYSIO, m.planId(), current.version(), new Plan(null, null, null, null, null, List.of(
                new Plan.PlanOutcome(m.outcomesAgreed().get(0).outcomeId(), null, null, null, null, null),
                new Plan.PlanOutcome(knee.id(), null, null, null, null, null)), null, null, null,
                current.nextReview(), null, "the physio's goal joins", null));
        assertEquals(2, f.plans.get(PHYSIO, m.planId()).outcomes().size());
        assertEquals("the physio's outcome is not the council's to read", Set.of("I want to walk to the shop"),
                words(f.plans.get(SW, m.planId())));
    }

    @Test
    public void aMeetingListsWithheldFlagSpeaksForAllOfThePersonsMeetings() {
        Meeting first = f.meetings.record(SW, MeetingsFixture.planning(rhodri, List.of(
                MeetingsFixture.newOutcome("I want to walk to the shop"))));
        f.meetings.record(SW, MeetingsFixture.planning(rhodri, List.of(
                MeetingsFixture.newOutcome("I want to stop drinking"))));
        f.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"),
                List.of(first.outcomesAgreed().get(0).outcomeId()), RecordCategory.OUTCOMES_AND_PLANS);
        Page<Meeting> page = f.meetings.list(CARER, rhodri, PageRequest.first(1));
        assertEquals(List.of(first.id()), page.items().stream().map(Meeting::id).toList());
        assertTrue(page.withheld());
        assertTrue(f.plans.list(CARER, rhodri, PageRequest.first(1)).withheld());
        assertFalse(f.meetings.list(SW, rhodri, PageRequest.first(1)).withheld());
    }

    @Test
    public void thePersonSignsTheirViewOfAPlanAsThemselves() {
        Meeting m = f.meetings.record(SW, MeetingsFixture.planning(rhodri, List.of(
                MeetingsFixture.newOutcome("I want to walk to the shop"))));
        Requester person = new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE);
        assertThrows(ValidationException.class, () -> f.plans.addView(person, m.planId(), new Plan.PlanView(
                "practitioner", "Dr Made-Up, cardiff-vale-uhb", "all fine", "en", null, null)));
        Plan viewed = f.plans.addView(person, m.planId(), new Plan.PlanView("practitioner", null, "I agree", "en",
                null, null));
        Plan.PlanView view = viewed.views().get(viewed.views().size() - 1);
        assertEquals("person", view.whose());
        assertEquals("rhodri", view.recordedBy());
    }
}
