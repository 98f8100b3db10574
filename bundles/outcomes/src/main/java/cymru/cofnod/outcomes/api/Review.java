package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A review: for each outcome the result and what was learnt, and the outcomes that emerged. Emerging
 * outcomes become outcomes of the record when the review is added ({@code emergedOutcomeIds} names them);
 * an outcome reviewed as achieved, changed or no longer wanted takes that status.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Review(String id, Long version, String personId, Instant occurredAt, Provenance provenance,
                     List<OutcomeResult> results, List<Outcome> emergingOutcomes, List<String> emergedOutcomeIds,
                     String summary) implements RecordItem {

    public static final Set<String> RESULTS = Set.of("achieved", "partly", "not-yet", "changed", "no-longer-wanted");

    public Review {
        results = results == null ? List.of() : List.copyOf(results);
        emergingOutcomes = emergingOutcomes == null ? List.of() : List.copyOf(emergingOutcomes);
        emergedOutcomeIds = emergedOutcomeIds == null ? List.of() : List.copyOf(emergedOutcomeIds);
    }

    /** One outcome's result at this review, and what was learnt. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutcomeResult(String outcomeId, String result, String learnt) {
    }

    public Review withEmerged(List<String> ids) {
        return new Review(id, version, personId, occurredAt, provenance, results, List.of(), ids, summary);
    }

    @Override
    public List<String> links() {
        List<String> links = new ArrayList<>();
        results.forEach(r -> links.add(r.outcomeId()));
        links.addAll(emergedOutcomeIds);
        return links;
    }

    /** The results of hidden outcomes are left out whole: what was learnt about them is theirs. */
    @Override
    public Review shownWithout(Set<String> hidden) {
        return new Review(id, version, personId, occurredAt, provenance,
                results.stream().filter(r -> !hidden.contains(r.outcomeId())).toList(), emergingOutcomes,
                RecordItem.shown(emergedOutcomeIds, hidden), summary);
    }

    @Override
    public RecordCategory category() {
        return RecordCategory.OUTCOMES_AND_PLANS;
    }

    @Override
    public void validate(Validation v) {
        v.require(!results.isEmpty() || !emergingOutcomes.isEmpty(), "results",
                "a review records at least one outcome's result or an emerging outcome");
        for (int i = 0; i < results.size(); i++) {
            OutcomeResult r = results.get(i);
            v.requireText(r.outcomeId(), "results[" + i + "].outcomeId")
                    .requireOneOf(r.result(), RESULTS, "results[" + i + "].result")
                    .requireText(r.learnt(), "results[" + i + "].learnt");
        }
        for (int i = 0; i < emergingOutcomes.size(); i++) {
            Validation inner = new Validation();
            emergingOutcomes.get(i).validate(inner);
            String at = "emergingOutcomes[" + i + "].";
            inner.errors().forEach(e -> v.add(at + e.field(), e.message()));
        }
        v.maxLength(summary, 4000, "summary");
    }

    @Override
    public Review stamped(String newId, long newVersion, String newPersonId, Instant newOccurredAt,
            Provenance newProvenance) {
        return new Review(newId, newVersion, newPersonId, newOccurredAt, newProvenance, results, emergingOutcomes,
                emergedOutcomeIds, summary);
    }
}
