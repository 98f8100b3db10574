package cymru.cofnod.meetings.internal;

import static cymru.cofnod.meetings.internal.MeetingsFixture.CARER;
import static cymru.cofnod.meetings.internal.MeetingsFixture.SW;
import static cymru.cofnod.meetings.internal.MeetingsFixture.existing;
import static cymru.cofnod.meetings.internal.MeetingsFixture.newOutcome;
import static cymru.cofnod.meetings.internal.MeetingsFixture.planning;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Two Cofnod nodes on one database, each with its own meetings and plans services and what they keep: a list's
 * page and its withheld flag through B are right at the very next list after each kind of change through A (a
 * meeting recorded, a plan revised, a directive given or withdrawn) and after a directive runs out by the clock.
 * Each list through B is read twice before the change, so that B has kept its answer.
 */
public class MeetingsOnTwoNodesTest {

    private MeetingsFixture a;
    private MeetingsFixture b;
    private String rhodri;

    @Before
    public void open() {
        a = new MeetingsFixture();
        b = a.anotherNode();
        rhodri = a.person("Rhodri", null);
    }

    @After
    public void close() {
        b.close();
        a.close();
    }

    @Test
    public void aMeetingRecordedThroughOneNodeIsWithheldAtTheNextListThroughTheOther() {
        Meeting walk = a.meetings.record(SW, planning(rhodri, List.of(newOutcome("I want to walk to the shop"))));
        a.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"),
                List.of(walk.outcomesAgreed().get(0).outcomeId()), RecordCategory.OUTCOMES_AND_PLANS);
        assertMeetings(b, List.of(walk.id()), false);
        assertPlans(b, List.of(walk.planId()), false);

        a.meetings.record(SW, planning(rhodri, List.of(newOutcome("I want to stop drinking"))));
        assertMeetings(b, List.of(walk.id()), true);
        assertPlans(b, List.of(walk.planId()), true);
        // the council, who recorded both, is told nothing is hidden, through either node
        assertFalse(b.meetings.list(SW, rhodri, PageRequest.first(10)).withheld());
        assertFalse(a.plans.list(SW, rhodri, PageRequest.first(10)).withheld());
    }

    @Test
    public void aPlanRevisedThroughOneNodeOutOfTheDirectivesScopeIsWithheldAtTheNextListThroughTheOther() {
        Meeting m = a.meetings.record(SW, planning(rhodri, List.of(newOutcome("I want to walk to the shop"),
                newOutcome("I want to stop drinking"))));
        String walk = m.outcomesAgreed().get(0).outcomeId();
        String drink = m.outcomesAgreed().get(1).outcomeId();
        a.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(walk),
                RecordCategory.OUTCOMES_AND_PLANS);
        assertPlans(b, List.of(m.planId()), false);

        Plan current = a.plans.get(SW, m.planId());
        a.plans.revise(SW, m.planId(), current.version(), new Plan(null, null, null, null, null,
                List.of(new Plan.PlanOutcome(drink, null, null, null, null, null)), null, null, null,
                current.nextReview(), null, "walking is done with", null));
        assertPlans(b, List.of(), true);
        // the meeting still quotes the walk
        assertMeetings(b, List.of(m.id()), false);
    }

    @Test
    public void aDirectiveGivenOrWithdrawnThroughOneNodeChangesTheNextListThroughTheOther() {
        ConsentDirective whole = a.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
        Meeting councils = a.meetings.record(SW, planning(rhodri, List.of(newOutcome("I want to walk to the shop"))));
        Meeting carers = b.meetings.record(CARER, planning(rhodri, List.of(newOutcome("Lunch with people"))));
        assertMeetings(b, List.of(carers.id(), councils.id()), false);

        a.record.consent().withdraw(SW, whole.id(), "Rhodri asked to stop sharing");
        assertMeetings(b, List.of(carers.id()), true);
        assertPlans(b, List.of(carers.planId()), true);

        a.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
        assertMeetings(b, List.of(carers.id(), councils.id()), false);
        assertPlans(b, List.of(carers.planId(), councils.planId()), false);
    }

    @Test
    public void aDirectiveThatRunsOutWithholdsAtTheNextListOnEveryNode() {
        Instant now = Instant.now();
        a.record.consent().give(SW, rhodri, new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null),
                new ConsentDirective.Grantee("agency", "gofal-da-homecare", null, null, null), Set.of("direct-care"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS), List.of(), null, now.plus(Duration.ofDays(1)), "verbal",
                null, null, null, null, null));
        Meeting councils = a.meetings.record(SW, planning(rhodri, List.of(newOutcome("I want to walk to the shop"))));
        Meeting carers = b.meetings.record(CARER, planning(rhodri, List.of(
                existing(councils.outcomesAgreed().get(0).outcomeId()), newOutcome("Lunch with people"))));
        for (MeetingsFixture node : List.of(a, b)) {
            assertMeetings(node, List.of(carers.id(), councils.id()), false);
        }

        a.record.passTime(Duration.ofDays(2));
        b.record.passTime(Duration.ofDays(2));
        for (MeetingsFixture node : List.of(a, b)) {
            assertMeetings(node, List.of(carers.id()), true);
            assertPlans(node, List.of(carers.planId()), true);
        }
        assertEquals("the carer's own meeting, without the council's outcome now", Set.of("Lunch with people"),
                Set.copyOf(b.meetings.list(CARER, rhodri, PageRequest.first(10)).items().get(0).outcomesAgreed()
                        .stream().map(Meeting.AgreedOutcome::ownWords).toList()));
    }

    /** The carer's list of Rhodri's meetings through this node, read twice: the ids newest first, and its flag. */
    private void assertMeetings(MeetingsFixture node, List<String> ids, boolean withheld) {
        for (int read = 0; read < 2; read++) {
            Page<Meeting> page = node.meetings.list(CARER, rhodri, PageRequest.first(10));
            assertEquals(ids, page.items().stream().map(Meeting::id).toList());
            assertEquals("withheld", withheld, page.withheld());
        }
    }

    private void assertPlans(MeetingsFixture node, List<String> ids, boolean withheld) {
        for (int read = 0; read < 2; read++) {
            Page<Plan> page = node.plans.list(CARER, rhodri, PageRequest.first(10));
            assertEquals(ids, page.items().stream().map(Plan::id).toList());
            assertEquals("withheld", withheld, page.withheld());
        }
    }
}
