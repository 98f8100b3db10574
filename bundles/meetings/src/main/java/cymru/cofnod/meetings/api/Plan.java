package cymru.cofnod.meetings.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.outcomes.api.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A person's plan, made from a meeting and versioned: a review meeting or a revision makes the next
 * version, and every earlier one stays in the history. Each outcome carries the support agreed and why;
 * disagreements and the person's own views on the plan are carried into every version.
 *
 * @param meetingId   the meeting that made or last reviewed this plan
 * @param language    the language the plan was agreed in
 * @param whoDoesWhat the actions agreed: who, for which agency, by when
 * @param views       views added to the plan, the person's first among them
 * @param note        what changed in this version, for a revision between meetings
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Plan(String id, Long version, String personId, String meetingId, String language,
                   List<PlanOutcome> outcomes, List<Meeting.Action> whoDoesWhat,
                   List<Meeting.Contingency> contingencies, List<Meeting.Disagreement> disagreements,
                   LocalDate nextReview, List<PlanView> views, String note, Provenance provenance) {

    public Plan {
        outcomes = Meeting.listOf(outcomes);
        whoDoesWhat = Meeting.listOf(whoDoesWhat);
        contingencies = Meeting.listOf(contingencies);
        disagreements = Meeting.listOf(disagreements);
        views = Meeting.listOf(views);
    }

    public Plan stamped(String newId, long newVersion, Provenance newProvenance) {
        return new Plan(newId, newVersion, personId, meetingId, language, outcomes, whoDoesWhat, contingencies,
                disagreements, nextReview, views, note, newProvenance);
    }

    /** This plan with what a revision may change replaced, and what it may not (views, disagreements) kept. */
    public Plan revisedBy(Plan revision, List<PlanOutcome> newOutcomes) {
        return new Plan(id, version, personId, meetingId, language, newOutcomes, revision.whoDoesWhat(),
                revision.contingencies(), disagreements, revision.nextReview(), views, revision.note(), provenance);
    }

    /** This plan as shown to a reader who may not see the outcomes {@code hidden} today: those left out whole. */
    public Plan shownWithout(Set<String> hidden) {
        return new Plan(id, version, personId, meetingId, language,
                outcomes.stream().filter(o -> !hidden.contains(o.outcomeId())).toList(), whoDoesWhat, contingencies,
                disagreements, nextReview, views, note, provenance);
    }

    /** The outcomes this plan is about. */
    @JsonIgnore
    public List<String> outcomeIds() {
        return outcomes.stream().map(PlanOutcome::outcomeId).toList();
    }

    public Plan withView(PlanView view) {
        List<PlanView> more = new java.util.ArrayList<>(views);
        more.add(view);
        return new Plan(id, version, personId, meetingId, language, outcomes, whoDoesWhat, contingencies,
                disagreements, nextReview, more, null, provenance);
    }

    /**
     * One outcome of the plan, in the person's words, with the support agreed towards it, and its result
     * and what was learnt at the last review, if it has been reviewed.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PlanOutcome(String outcomeId, String ownWords, String language, List<Meeting.Support> support,
                              String lastResult, String learnt) {

        public PlanOutcome {
            support = Meeting.listOf(support);
        }
    }

    /**
     * A view added to the plan.
     *
     * @param whose {@code person} for the person's own view, or who else holds it ({@code family},
     *              {@code carer}, {@code advocate}, {@code practitioner})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanView(String whose, String name, String view, String language, String recordedBy,
                           Instant recordedAt) {
    }
}
