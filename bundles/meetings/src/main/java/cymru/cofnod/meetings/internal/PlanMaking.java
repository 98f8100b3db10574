package cymru.cofnod.meetings.internal;

import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.Review;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How a meeting makes a plan: a planning meeting its first version, a review the next one. */
final class PlanMaking {

    /** Results that end an outcome's place in the plan; the review in the record keeps what was learnt. */
    static final Set<String> ENDED = Set.of("achieved", "changed", "no-longer-wanted");

    private PlanMaking() {
    }

    /** The plan a planning meeting agreed; {@code agreed} has every outcome's id and words filled in. */
    static Plan fromMeeting(Meeting m, String meetingId, List<Meeting.AgreedOutcome> agreed) {
        List<Plan.PlanOutcome> outcomes = agreed.stream().map(PlanMaking::outcome).toList();
        return new Plan(null, null, m.personId(), meetingId, m.language(), outcomes, m.actions(), m.contingencies(),
                m.disagreements(), m.nextReview(), null, null, null);
    }

    /**
     * The next version after a review: outcomes still worked towards carry their result and what was learnt,
     * with new support where the meeting agreed it; ended ones leave the plan; new outcomes join it. Actions
     * and contingencies are the meeting's where it agreed any; disagreements and views are all kept.
     */
    static Plan afterReview(Plan previous, Meeting m, String meetingId, List<Meeting.AgreedOutcome> agreed) {
        Map<String, Review.OutcomeResult> results = m.results().stream()
                .collect(Collectors.toMap(Review.OutcomeResult::outcomeId, Function.identity(), (a, b) -> b));
        Map<String, Meeting.AgreedOutcome> fresh = new LinkedHashMap<>();
        agreed.forEach(a -> fresh.put(a.outcomeId(), a));
        List<Plan.PlanOutcome> outcomes = new ArrayList<>();
        for (Plan.PlanOutcome o : previous.outcomes()) {
            Review.OutcomeResult r = results.get(o.outcomeId());
            Meeting.AgreedOutcome again = fresh.remove(o.outcomeId());
            if (r == null || !ENDED.contains(r.result())) {
                outcomes.add(new Plan.PlanOutcome(o.outcomeId(), o.ownWords(), o.language(),
                        again == null || again.support().isEmpty() ? o.support() : again.support(),
                        r == null ? o.lastResult() : r.result(), r == null ? o.learnt() : r.learnt()));
            }
        }
        fresh.values().forEach(a -> outcomes.add(outcome(a)));
        List<Meeting.Disagreement> disagreements = new ArrayList<>(previous.disagreements());
        disagreements.addAll(m.disagreements());
        return new Plan(null, null, previous.personId(), meetingId, m.language(), outcomes,
                m.actions().isEmpty() ? previous.whoDoesWhat() : m.actions(),
                m.contingencies().isEmpty() ? previous.contingencies() : m.contingencies(),
                disagreements, m.nextReview(), previous.views(), null, null);
    }

    private static Plan.PlanOutcome outcome(Meeting.AgreedOutcome a) {
        return new Plan.PlanOutcome(a.outcomeId(), a.ownWords(), a.language(), a.support(), null, null);
    }
}
