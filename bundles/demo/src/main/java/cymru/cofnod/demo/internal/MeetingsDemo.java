package cymru.cofnod.demo.internal;

import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.MeetingService;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.RecordService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 2 beyond Doreen's outcome, once {@link DemoData} has recorded her: the tripartite meeting
 * (Doreen, her social worker and the home care provider, each view side by side), the plan it made, and
 * the decision behind the home carer's later visit, linked to her lunchtime outcome with the why (time
 * pooled for a shared outing); the visit itself arrives through the home-care adapter. The consent that lets her social worker and provider see each other's part of
 * it is Doreen's, given in {@link DemoData}. Skipped when Doreen already has a meeting, so a restart
 * duplicates nothing, and run by one node at a time, on a node that loaded the demo people.
 * Wording beyond the guidance's is illustrative.
 */
@Component(immediate = true)
public class MeetingsDemo {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingsDemo.class);
    private static final String GOFAL_DA = "gofal-da-homecare";

    private final PersonService people;
    private final RecordService record;
    private final MeetingService meetings;

    /** Referencing {@link DemoData} makes this run after it: Doreen and her outcome are there by then. */
    @Activate
    public MeetingsDemo(@Reference DemoData scenarios, @Reference PersonService people,
                        @Reference RecordService record, @Reference MeetingService meetings) {
        this.people = people;
        this.record = record;
        this.meetings = meetings;
        scenarios.thenOnce("demo-meeting",
                () -> people.findByIdentifier(IdentifierSystem.LOCAL_AUTHORITY, DemoData.DOREEN).ifPresent(this::doreen));
    }

    private void doreen(String doreen) {
        if (!meetings.list(DemoData.SOCIAL_WORKER, doreen, PageRequest.first(1)).items().isEmpty()) {
            return;
        }
        try {
            String lunch = record.list(DemoData.SOCIAL_WORKER, doreen, ItemKind.OUTCOME, PageRequest.first(50))
                    .items().stream().filter(o -> o.ownWords().contains("lunch")).map(Outcome::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Doreen's lunchtime outcome is not there"));
            Meeting made = meetings.record(DemoData.SOCIAL_WORKER, meeting(doreen, lunch));
            carerAfterwards(doreen, lunch);
            LOG.info("Demo: Doreen's tripartite meeting {} made plan {}", made.id(), made.planId());
        } catch (RuntimeException e) {
            LOG.error("Demo meeting for Doreen could not be loaded", e);
        }
    }

    static Meeting meeting(String doreen, String lunch) {
        return new Meeting(null, doreen, Meeting.PLANNING, LocalDate.of(2026, 9, 21), "en",
                List.of(new Meeting.Party("Doreen", "person", null, new Meeting.View(
                                "Having my lunch with people, not on my own, and food I enjoy",
                                "My carers are kind and I like a chat with them",
                                "I don't want to be a bother, or to cost anybody more",
                                "I'd like to go out for my lunch sometimes, like I used to", null)),
                        new Meeting.Party("Social worker", "practitioner", "cardiff-council", new Meeting.View(
                                "Doreen eats well and enjoys her lunchtimes",
                                "The daily lunch visit is reliable",
                                "She eats little when she is on her own",
                                "Lunch in company at least once a week", null)),
                        new Meeting.Party("Home care provider", "practitioner", GOFAL_DA, new Meeting.View(
                                "Doreen has the same carers, who know her",
                                "She chats more with familiar faces",
                                "A half-hour visit is too short to sit and eat with her",
                                "Room to use the time differently, agreed with Doreen", null))),
                List.of(new Meeting.AgreedOutcome(lunch, null, null, null, List.of(
                        new Meeting.Support("Lunch visit with time to sit and eat together, not heat and leave",
                                "Company is what makes lunch enjoyable for Doreen, and she eats more with someone",
                                "home carer", GOFAL_DA),
                        new Meeting.Support("Time pooled with other people the carer supports, for a shared "
                                + "lunchtime outing, at no extra cost",
                                "Lunch out with others, as she used to, serves her lunchtime outcome",
                                "home care provider", GOFAL_DA)))),
                List.of(new Meeting.Disagreement("How often to go out for lunch", List.of(
                        new Meeting.Position("Doreen", "Once a week would be lovely"),
                        new Meeting.Position("Home care provider",
                                "Once a fortnight to start, while we see how the rota works")))),
                List.of(new Meeting.Action("Find lunch events nearby Doreen might enjoy", "Social worker",
                                "cardiff-council", LocalDate.of(2026, 10, 5)),
                        new Meeting.Action("Plan the rota for a shared lunchtime outing", "Home care provider",
                                GOFAL_DA, LocalDate.of(2026, 10, 5))),
                List.of(new Meeting.Contingency("Doreen is unwell on an outing day",
                        "Her carer stays and has lunch with her at home; the outing moves to the next week")),
                LocalDate.of(2026, 12, 14), null, null, null, null, null, null);
    }

    /**
     * The decision behind the home carer's church lunch visit, keyed as the provider's system would key it. The
     * visit itself comes once, from the provider's system through the home-care adapter ({@link AgencyFeeds},
     * {@code GD-V-2026-1007}): recording it here as well had stored the church lunch twice, under two keys.
     */
    private void carerAfterwards(String doreen, String lunch) {
        Instant at = Instant.parse("2026-10-07T10:45:00Z");
        record.ingest(DemoData.HOME_CARER, doreen, ItemKind.DECISION, new Decision(null, null, null, at, null,
                "Combined the allocated time of Doreen and two other people into one trip to the church lunch",
                "Time pooled for a shared outing: lunch in company is what Doreen's outcome asks for, at no extra "
                        + "cost", List.of(lunch),
                List.of(new Decision.Alternative("Three separate half-hour lunch visits",
                        "Each of them would have eaten alone")), "home carer"), "GD-D-2026-1007");
    }
}
