package cymru.cofnod.meetings.internal;

import static cymru.cofnod.meetings.internal.MeetingsFixture.CARER;
import static cymru.cofnod.meetings.internal.MeetingsFixture.SW;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.DueItem;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.meetings.api.Meeting;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Plans' reviews and actions falling due, on real Derby, under consent. */
public class PlanWorkDueTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    private MeetingsFixture f;
    private PlanWorkDue due;
    private String rhodri;
    private String planId;

    @Before
    public void open() {
        f = new MeetingsFixture();
        due = new PlanWorkDue(f.unit.jpa(), f.record.record(), f.record.policy(), f.record.audit());
        rhodri = f.person("Rhodri", "rhodri");
        planId = f.meetings.record(SW, meeting(rhodri, TODAY.plusDays(10), List.of(
                new Meeting.Action("Book the physio's first visit", "Sam", "cardiff-council", TODAY.plusDays(5)),
                new Meeting.Action("Fit a grab rail", "Gofal Da", "gofal-da-homecare", TODAY.plusDays(40)),
                new Meeting.Action("Ring his sister", "Sam", "cardiff-council", TODAY.minusDays(2))))).planId();
        f.meetings.record(SW, meeting(f.person("Doreen", null), TODAY.plusDays(60), List.of()));
    }

    @After
    public void close() {
        f.close();
    }

    @Test
    public void reviewsAndActionsDueAreTheAgencysSoonestFirstOverdueIncluded() {
        List<DueItem> items = due.due(SW, days(14));
        assertEquals(List.of(DueItem.ACTION, DueItem.ACTION, DueItem.PLAN_REVIEW),
                items.stream().map(DueItem::kind).toList());
        assertEquals("Ring his sister", items.get(0).what());
        assertEquals("Sam", items.get(1).owner());
        assertEquals(TODAY.plusDays(10), items.get(2).dueOn());
        assertTrue(items.stream().allMatch(i -> rhodri.equals(i.personId()) && ("/plans/" + planId).equals(i.about())));
        assertEquals("a longer window reaches the grab rail and Doreen's review", 5, due.due(SW, days(92)).size());
    }

    @Test
    public void anotherAgencySeesThemOnlyUnderConsent() {
        assertTrue(due.due(CARER, days(92)).isEmpty());
        f.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
        assertEquals(4, due.due(CARER, days(92)).size());
        assertTrue("not under commissioning", due.due(CARER.withPurpose(Purpose.COMMISSIONING), days(92)).isEmpty());
        for (Requester nobody : List.of(new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE),
                new Requester("admin", null, Role.ADMINISTRATOR, null))) {
            try {
                due.due(nobody, days(14));
                fail(nobody.role() + " has no due work");
            } catch (AccessDeniedException expected) {
                // practitioners only
            }
        }
    }

    @Test
    public void plansWrittenBeforeTheDueColumnGetItOnce() {
        f.unit.jpa().tx(em -> em.createQuery("update PlanRow r set r.dueBy = null").executeUpdate());
        assertTrue(due.due(SW, days(14)).isEmpty());
        due = new PlanWorkDue(f.unit.jpa(), f.record.record(), f.record.policy(), f.record.audit());
        assertEquals(3, due.due(SW, days(14)).size());
    }

    private static Instant days(int n) {
        return Instant.now().plus(Duration.ofDays(n));
    }

    private static Meeting meeting(String personId, LocalDate nextReview, List<Meeting.Action> actions) {
        return new Meeting(null, personId, Meeting.PLANNING, TODAY.minusDays(1), "en",
                List.of(PlanVersionsTest.party("Rhodri", "person", null, "Getting out"),
                        PlanVersionsTest.party("Sam", "practitioner", "cardiff-council", "Walking more")),
                List.of(MeetingsFixture.newOutcome("I want to walk to the shop")), null, actions, null, nextReview,
                null, null, null, null, null, null);
    }
}
