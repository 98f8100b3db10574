package cymru.cofnod.meetings.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.outcomes.api.Provenance;
import cymru.cofnod.outcomes.api.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A tripartite planning meeting or a review (the Exchange Model): the person, their practitioner and
 * their provider each bring their own view, kept side by side; what they agree is recorded in the
 * person's words, what they do not agree on is recorded as a disagreement, and the plan is made from it.
 *
 * @param kind           {@code planning} (makes a plan) or {@code review} (makes the plan's next version)
 * @param language       the language the meeting was held in, {@code cy} or {@code en}
 * @param parties        who was there, each with their own view
 * @param outcomesAgreed the outcomes agreed: new ones in the person's words, or existing ones by id
 * @param nextReview     when the plan will next be reviewed
 * @param reviewOf       for a review, the plan and the version of it being reviewed
 * @param results        for a review, each outcome's result and what was learnt (the outcomes API's words)
 * @param reviewId       for a review, the review it added to the person's record
 * @param planId         the plan this meeting made (set by Cofnod)
 * @param planVersion    the version of that plan this meeting made (set by Cofnod)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Meeting(String id, String personId, String kind, LocalDate heldOn, String language,
                      List<Party> parties, List<AgreedOutcome> outcomesAgreed, List<Disagreement> disagreements,
                      List<Action> actions, List<Contingency> contingencies, LocalDate nextReview,
                      PlanVersion reviewOf, List<Review.OutcomeResult> results, String reviewId, String planId,
                      Long planVersion, Provenance provenance) {

    public static final String PLANNING = "planning";
    public static final String REVIEW = "review";
    public static final Set<String> KINDS = Set.of(PLANNING, REVIEW);

    public Meeting {
        parties = listOf(parties);
        outcomesAgreed = listOf(outcomesAgreed);
        disagreements = listOf(disagreements);
        actions = listOf(actions);
        contingencies = listOf(contingencies);
        results = listOf(results);
        kind = kind == null ? PLANNING : kind;
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** This meeting as stored: Cofnod's id, the outcomes as recorded, the review and plan it made. */
    public Meeting recorded(String newId, List<AgreedOutcome> agreed, String newReviewId, String newPlanId,
                            long newPlanVersion, Provenance newProvenance) {
        return new Meeting(newId, personId, kind, heldOn, language, parties, agreed, disagreements, actions,
                contingencies, nextReview, reviewOf, results, newReviewId, newPlanId, newPlanVersion, newProvenance);
    }

    /**
     * This meeting as shown to a reader who may not see the outcomes {@code hidden} today: their words, support
     * and results left out. What the parties said stays: it is the meeting's own.
     */
    public Meeting shownWithout(Set<String> hidden) {
        return new Meeting(id, personId, kind, heldOn, language, parties,
                outcomesAgreed.stream().filter(a -> !hidden.contains(a.outcomeId())).toList(), disagreements,
                actions, contingencies, nextReview, reviewOf,
                results.stream().filter(r -> !hidden.contains(r.outcomeId())).toList(), reviewId, planId,
                planVersion, provenance);
    }

    /** The outcomes this meeting is about: those agreed and those reviewed. */
    @JsonIgnore
    public Set<String> outcomeIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        outcomesAgreed.forEach(a -> ids.add(a.outcomeId()));
        results.forEach(r -> ids.add(r.outcomeId()));
        ids.remove(null);
        return ids;
    }

    @JsonIgnore
    public boolean isReview() {
        return REVIEW.equals(kind);
    }

    /**
     * Someone who was at the meeting and their view.
     *
     * @param role   {@code person}, {@code family}, {@code carer}, {@code advocate} or {@code practitioner}
     * @param agency the agency a practitioner came for
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String name, String role, String agency, View view) {
    }

    /**
     * One party's view under the Exchange Model's headings, in their own words.
     *
     * @param language the view's language when it is not the meeting's
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(String whatMatters, String whatIsWorking, String worries, String whatShouldHappen,
                       String language) {
    }

    /**
     * An outcome agreed at the meeting: an existing outcome of the record ({@code outcomeId}) or a new
     * one in the person's words ({@code ownWords}, {@code language}, {@code type}), which becomes an
     * outcome of the record; with the support agreed towards it.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AgreedOutcome(String outcomeId, String ownWords, String language, String type,
                                List<Support> support) {

        public AgreedOutcome {
            support = listOf(support);
        }

        public AgreedOutcome as(String id, String words, String lang) {
            return new AgreedOutcome(id, words, lang, type, support);
        }
    }

    /**
     * Support agreed towards one outcome, and why (what it does for the outcome it serves).
     *
     * @param by     who gives it
     * @param agency the agency that gives it, if any
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Support(String what, String why, String by, String agency) {
    }

    /** Something the parties did not agree on, with each party's position: recorded, never smoothed over. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Disagreement(String about, List<Position> positions) {

        public Disagreement {
            positions = listOf(positions);
        }
    }

    /** One party's position in a disagreement; {@code party} is the name of a party present. */
    public record Position(String party, String view) {
    }

    /** Who does what, for which agency, by when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String what, String owner, String agency, LocalDate due) {
    }

    /** A "what if": if this happens, this is what the person wants done. */
    public record Contingency(String whatIf, String then) {
    }

    /** A plan at one version. */
    public record PlanVersion(String planId, long version) {
    }
}
