package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.consent.api.VersionDigest;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.MeetingService;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.schema.api.MigratedSchema;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Meetings on the bundle's own tables; the outcomes agreed and the reviews held go into the person's
 * record through {@link RecordService}, so they join the person's journey like everything else.
 */
@Component(service = MeetingService.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-meetings)"))
public class JpaMeetingService extends RecordPart implements MeetingService {

    private final Keyset<MeetingRow, Meeting> list = new Keyset<>(MeetingRow.class, null,
            row -> StoredJson.read(row.body(), Meeting.class), Meeting::outcomeIds, Meeting::shownWithout);

    @Activate
    public JpaMeetingService(@Reference(target = "(osgi.unit.name=cofnod-meetings)") JpaTemplate jpa,
                             @Reference RecordService records, @Reference SharingPolicy policy,
                             @Reference AuditTrail audit) {
        super(jpa, records, policy, audit);
    }

    @Override
    public Meeting record(Requester requester, Meeting meeting) {
        access.requirePractitioner(requester, meeting.personId(), "record a meeting");
        Validation v = MeetingRules.check(meeting);
        v.orThrow();
        access.disclosure(requester, meeting.personId());
        Plan reviewed = meeting.isReview() ? reviewed(requester, meeting, v) : null;
        List<Meeting.AgreedOutcome> agreed = agreed(requester, meeting, v);
        Instant heldOn = meeting.heldOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        String reviewId = meeting.isReview() ? records.add(requester, meeting.personId(), ItemKind.REVIEW,
                new Review(null, null, null, heldOn, null, meeting.results(), null, null, null)).id() : null;
        Meeting recorded = write(meeting.personId(), em -> {
            String id = PlanStore.newId();
            List<VersionDigest> written = new ArrayList<>();
            Plan plan = reviewed == null
                    ? PlanStore.first(em, requester, PlanMaking.fromMeeting(meeting, id, agreed), written)
                    : PlanStore.next(em, requester, reviewed.id(), reviewed.version(),
                            previous -> PlanMaking.afterReview(previous, meeting, id, agreed), written);
            Instant now = PlanStore.now();
            Meeting stored = meeting.recorded(id, agreed, reviewId, plan.id(), plan.version(),
                    PlanStore.by(requester, now));
            MeetingRow row = new MeetingRow(id, meeting.personId(), requester.agency(), plan.id(),
                    PlanStore.utc(now), StoredJson.write(stored));
            em.persist(row);
            written.add(RowDigest.of(row));
            access.recorded(em, requester, meeting.personId(), "recorded meeting " + id + ", making plan "
                    + plan.id() + " version " + plan.version(), written);
            return stored;
        });
        return recorded;
    }

    /**
     * The plan a review is of, at the version it names; it must be a plan of this person the requester may
     * see, and the results must be about its outcomes.
     */
    private Plan reviewed(Requester requester, Meeting meeting, Validation v) {
        Meeting.PlanVersion of = meeting.reviewOf();
        Plan current = null;
        try {
            PlanRow row = jpa.txExpr(TransactionType.Required, em -> PlanStore.current(em, of.planId()));
            Plan plan = PlanStore.plan(row);
            access.read(requester, row, "plan", plan.outcomeIds());
            current = row.personId().equals(meeting.personId()) ? plan : null;
        } catch (RecordNotFoundException e) {
            current = null;
        }
        if (current == null) {
            v.add("reviewOf.planId", "is not a plan of this person").orThrow();
        }
        if (current.version() != of.version()) {
            throw new StaleVersionException(of.planId(), of.version(), current.version());
        }
        Set<String> inPlan = Set.copyOf(current.outcomeIds());
        for (int i = 0; i < meeting.results().size(); i++) {
            v.require(inPlan.contains(meeting.results().get(i).outcomeId()), "results[" + i + "].outcomeId",
                    "is not an outcome of the plan under review");
        }
        v.orThrow();
        return current;
    }

    /**
     * The outcomes agreed, each with its id and the person's words: existing ones read from the record
     * (they must be this person's, and visible to the requester), new ones added to it once everything
     * else has been checked.
     */
    private List<Meeting.AgreedOutcome> agreed(Requester requester, Meeting meeting, Validation v) {
        List<Meeting.AgreedOutcome> agreed = new ArrayList<>(meeting.outcomesAgreed());
        for (int i = 0; i < agreed.size(); i++) {
            Meeting.AgreedOutcome a = agreed.get(i);
            if (a.outcomeId() != null) {
                try {
                    Outcome o = records.get(requester, meeting.personId(), ItemKind.OUTCOME, a.outcomeId());
                    agreed.set(i, a.as(o.id(), o.ownWords(), o.language()));
                } catch (RecordNotFoundException e) {
                    v.add("outcomesAgreed[" + i + "].outcomeId", "is not an outcome of this person's record");
                }
            }
        }
        v.orThrow();
        Instant heldOn = meeting.heldOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int i = 0; i < agreed.size(); i++) {
            Meeting.AgreedOutcome a = agreed.get(i);
            if (a.outcomeId() == null) {
                Outcome words = MeetingRules.newOutcome(a, meeting.language());
                Outcome added = records.add(requester, meeting.personId(), ItemKind.OUTCOME, new Outcome(null, null,
                        null, heldOn, null, words.ownWords(), words.language(), words.type(), "person", null, null,
                        null, null, agencies(a)));
                agreed.set(i, a.as(added.id(), added.ownWords(), added.language()));
            }
        }
        return agreed;
    }

    /** The agencies whose support the meeting agreed: one outcome, shared by every agency working towards it. */
    private static List<String> agencies(Meeting.AgreedOutcome a) {
        return a.support().stream().map(Meeting.Support::agency).filter(Objects::nonNull).distinct().toList();
    }

    @Override
    public Meeting get(Requester requester, String id) {
        MeetingRow row = jpa.txExpr(TransactionType.Required, em -> {
            MeetingRow found = em.find(MeetingRow.class, id);
            if (found == null) {
                throw new RecordNotFoundException("meeting", id);
            }
            return found;
        });
        Meeting meeting = meeting(row);
        access.read(requester, row, "meeting", meeting.outcomeIds());
        return meeting.shownWithout(hidden(requester, meeting.personId(), meeting.outcomeIds()));
    }

    @Override
    public Page<Meeting> list(Requester requester, String personId, PageRequest page) {
        return list(list, requester, personId, page, "meeting(s)");
    }

    /** A meeting is written once: parsed once. */
    private Meeting meeting(MeetingRow row) {
        return list.item(row);
    }
}
