package cymru.cofnod.meetings.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.testing.DerbyUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Plans on real Derby: versions never overwrite, a stale writer is refused, disagreements are kept as such. */
public class PlanVersionsTest {

    private static final Requester SOCIAL_WORKER =
            new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.CARE_PLANNING);
    private static final Requester HOME_CARER =
            new Requester("home-carer", "gofal-da-homecare", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    private static final String DOREEN = "doreen-id";
    private static final String LUNCH = "lunch-outcome-id";
    private static final String GARDEN = "garden-outcome-id";

    private DerbyUnit unit;

    @Before
    public void open() {
        unit = new DerbyUnit("cofnod-meetings");
    }

    @After
    public void close() {
        unit.close();
    }

    static Meeting.Party party(String name, String role, String agency, String whatMatters) {
        return new Meeting.Party(name, role, agency, new Meeting.View(whatMatters, null, null, null, null));
    }

    static final Meeting.Disagreement TUESDAYS = new Meeting.Disagreement("lunch out on Tuesdays", List.of(
            new Meeting.Position("Doreen", "I want to go out for lunch every Tuesday, whatever the weather"),
            new Meeting.Position("Sam Hughes", "Icy days are a falls risk; stay in when it is below freezing")));

    static Meeting planning() {
        return new Meeting(null, DOREEN, Meeting.PLANNING, LocalDate.now().minusDays(1), "en",
                List.of(party("Doreen", "person", null, "Having my lunch with people, not on my own"),
                        party("Sam Hughes", "practitioner", "cardiff-council", "Doreen eats well and enjoys it"),
                        party("Gofal Da", "practitioner", "gofal-da-homecare", "Lunch visits that are not rushed")),
                List.of(new Meeting.AgreedOutcome(LUNCH, null, null, null, List.of(new Meeting.Support(
                                "lunch visit, 45 minutes", "time to eat together", "home carer", "gofal-da-homecare"))),
                        new Meeting.AgreedOutcome(GARDEN, null, null, null, null)),
                List.of(TUESDAYS),
                List.of(new Meeting.Action("find lunch clubs nearby", "Sam Hughes", "cardiff-council",
                        LocalDate.now().plusWeeks(2))),
                List.of(new Meeting.Contingency("if the carer cannot come", "a neighbour, Mair, brings lunch")),
                LocalDate.now().plusMonths(3), null, null, null, null, null, null);
    }

    private List<Meeting.AgreedOutcome> withWords(Meeting m) {
        return m.outcomesAgreed().stream().map(a -> a.as(a.outcomeId(), "words of " + a.outcomeId(), "en")).toList();
    }

    private Plan firstPlan() {
        Meeting m = planning();
        return unit.jpa().txExpr(em -> PlanStore.first(em, SOCIAL_WORKER,
                PlanMaking.fromMeeting(m, "meeting-1", withWords(m)), new ArrayList<>()));
    }

    @Test
    public void aPlanMadeFromAMeetingKeepsItsOutcomesSupportAndWhy() {
        Plan plan = firstPlan();
        Plan read = unit.jpa().txExpr(em -> PlanStore.plan(PlanStore.current(em, plan.id())));
        assertEquals(Long.valueOf(1), read.version());
        assertEquals(DOREEN, read.personId());
        assertEquals("meeting-1", read.meetingId());
        assertEquals("words of " + LUNCH, read.outcomes().get(0).ownWords());
        assertEquals("time to eat together", read.outcomes().get(0).support().get(0).why());
        assertEquals("Sam Hughes", read.whoDoesWhat().get(0).owner());
        assertEquals("social-worker", read.provenance().recordedBy());
    }

    @Test
    public void eachChangeIsANewVersionAndAStaleWriterIsRefused() {
        Plan v1 = firstPlan();
        Plan v2 = unit.jpa().txExpr(em -> PlanStore.next(em, HOME_CARER, v1.id(), 1L,
                p -> p.withView(new Plan.PlanView("person", "Doreen", "I like the new lunch visits", "en",
                        "home-carer", PlanStore.now())), new ArrayList<>()));
        assertEquals(Long.valueOf(2), v2.version());
        try {
            unit.jpa().txExpr(em -> PlanStore.next(em, SOCIAL_WORKER, v1.id(), 1L, p -> p, new ArrayList<>()));
            fail("a writer who read version 1 must be refused once version 2 exists");
        } catch (StaleVersionException e) {
            assertEquals(2, e.currentVersion());
        }
        List<PlanRow> history = unit.jpa().txExpr(em -> PlanStore.history(em, v1.id()));
        assertEquals(2, history.size());
        assertEquals(PlanRow.SUPERSEDED, history.get(0).state());
        assertTrue("version 1 is kept as it was", PlanStore.plan(history.get(0)).views().isEmpty());
        assertEquals(PlanRow.LIVE, history.get(1).state());
        assertEquals("home-carer", PlanStore.plan(history.get(1)).provenance().recordedBy());
        assertEquals("I like the new lunch visits", PlanStore.plan(history.get(1)).views().get(0).view());
    }

    @Test
    public void aReviewMakesTheNextVersionWithResultsAndWhatWasLearnt() {
        Plan v1 = firstPlan();
        Meeting review = new Meeting(null, DOREEN, Meeting.REVIEW, LocalDate.now(), "en", planning().parties(),
                List.of(new Meeting.AgreedOutcome(LUNCH, "words of " + LUNCH, "en", null, List.of(new Meeting.Support(
                        "time pooled with two others the carer supports, for a shared lunch out",
                        "lunch in company, at no extra cost", "home carer", "gofal-da-homecare")))),
                null, null, null, LocalDate.now().plusMonths(6), new Meeting.PlanVersion(v1.id(), 1),
                List.of(new Review.OutcomeResult(LUNCH, "partly", "company matters more than the food"),
                        new Review.OutcomeResult(GARDEN, "achieved", "the raised beds did it")),
                null, null, null, null);
        Plan v2 = unit.jpa().txExpr(em -> PlanStore.next(em, SOCIAL_WORKER, v1.id(), 1L,
                p -> PlanMaking.afterReview(p, review, "meeting-2", review.outcomesAgreed()), new ArrayList<>()));
        assertEquals(Long.valueOf(2), v2.version());
        assertEquals("meeting-2", v2.meetingId());
        assertEquals("the achieved outcome leaves the plan", 1, v2.outcomes().size());
        Plan.PlanOutcome lunch = v2.outcomes().get(0);
        assertEquals("partly", lunch.lastResult());
        assertEquals("company matters more than the food", lunch.learnt());
        assertEquals("lunch in company, at no extra cost", lunch.support().get(0).why());
        assertEquals("actions carry over when the review agrees none", "find lunch clubs nearby",
                v2.whoDoesWhat().get(0).what());
        assertEquals(LocalDate.now().plusMonths(6), v2.nextReview());
        assertEquals("the disagreement is still there, as it was", List.of(TUESDAYS), v2.disagreements());
    }

    @Test(expected = RecordNotFoundException.class)
    public void anUnknownPlanIsNotFound() {
        unit.jpa().txExpr(em -> PlanStore.current(em, "no-such-plan"));
    }

    @Test
    public void aDisagreementIsKeptAsOneThroughEveryVersion() {
        Plan v1 = firstPlan();
        assertEquals(List.of(TUESDAYS), v1.disagreements());
        Plan revision = new Plan(null, null, null, null, null, v1.outcomes(), List.of(), List.of(),
                List.of(), LocalDate.now().plusMonths(2), List.of(), "carer rota changed", null);
        Plan v2 = unit.jpa().txExpr(em -> PlanStore.next(em, SOCIAL_WORKER, v1.id(), 1L,
                p -> p.revisedBy(revision, v1.outcomes()), new ArrayList<>()));
        Plan read = unit.jpa().txExpr(em -> PlanStore.plan(PlanStore.current(em, v2.id())));
        assertEquals("a revision cannot smooth a disagreement away", List.of(TUESDAYS), read.disagreements());
        Meeting.Disagreement kept = read.disagreements().get(0);
        assertEquals(2, kept.positions().size());
        assertEquals("I want to go out for lunch every Tuesday, whatever the weather", kept.positions().get(0).view());
        assertEquals("carer rota changed", read.note());
    }

    @Test
    public void aDisagreementNeedsTwoPartiesPresentEachWithTheirOwnPosition() {
        Meeting m = planning();
        Meeting oneSided = new Meeting(null, DOREEN, Meeting.PLANNING, m.heldOn(), "en", m.parties(),
                m.outcomesAgreed(), List.of(new Meeting.Disagreement("weekends", List.of(
                        new Meeting.Position("Doreen", "I want visits at the weekend"),
                        new Meeting.Position("Doreen", "and on bank holidays"),
                        new Meeting.Position("Somebody absent", "no")))),
                null, null, m.nextReview(), null, null, null, null, null, null);
        try {
            MeetingRules.check(oneSided).orThrow();
            fail("expected a validation error");
        } catch (ValidationException e) {
            Set<String> fields = e.errors().stream().map(f -> f.field()).collect(Collectors.toSet());
            assertEquals(Set.of("disagreements[0].positions[1].party", "disagreements[0].positions[2].party"), fields);
        }
        assertTrue(MeetingRules.check(m).ok());
    }

    @Test
    public void aMeetingNamesEveryBrokenRuleAtOnce() {
        Meeting bad = new Meeting(null, null, "party", LocalDate.now().plusDays(3), "fr",
                List.of(new Meeting.Party("Sam", "practitioner", null, null)),
                List.of(new Meeting.AgreedOutcome(null, " ", null, "sideways",
                        List.of(new Meeting.Support("a visit", null, null, null)))),
                null, List.of(new Meeting.Action("call", null, null, null)), null, null, null, null, null, null,
                null, null);
        try {
            MeetingRules.check(bad).orThrow();
            fail("expected a validation error");
        } catch (ValidationException e) {
            Set<String> fields = e.errors().stream().map(f -> f.field()).collect(Collectors.toSet());
            assertTrue(fields.toString(), fields.containsAll(Set.of("personId", "kind", "language", "heldOn",
                    "nextReview", "parties", "parties[0].agency", "parties[0].view", "outcomesAgreed[0].ownWords",
                    "outcomesAgreed[0].type", "outcomesAgreed[0].support[0].why", "actions[0].owner",
                    "actions[0].due")));
        }
    }
}
