package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What was decided and why: the outcomes it serves, and the alternatives considered with why not.
 * "Referral to dementia café made" alone is an output; the why turns it into a decision.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Decision(String id, Long version, String personId, Instant occurredAt, Provenance provenance,
                       String what, String why, List<String> outcomeIds, List<Alternative> alternatives,
                       String decidedBy) implements RecordItem {

    public Decision {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** An option considered and why it was not chosen. */
    public record Alternative(String option, String whyNot) {
    }

    @Override
    public List<String> links() {
        return outcomeIds;
    }

    @Override
    public Decision shownWithout(Set<String> hidden) {
        return new Decision(id, version, personId, occurredAt, provenance, what, why,
                RecordItem.shown(outcomeIds, hidden), alternatives, decidedBy);
    }

    @Override
    public RecordCategory category() {
        return RecordCategory.OUTCOMES_AND_PLANS;
    }

    @Override
    public void validate(Validation v) {
        v.requireText(what, "what").maxLength(what, 2000, "what")
                .requireText(why, "why").maxLength(why, 4000, "why")
                .require(!outcomeIds.isEmpty(), "outcomeIds", "a decision says which outcome(s) it serves");
        for (int i = 0; i < alternatives.size(); i++) {
            v.requireText(alternatives.get(i).option(), "alternatives[" + i + "].option")
                    .requireText(alternatives.get(i).whyNot(), "alternatives[" + i + "].whyNot");
        }
    }

    @Override
    public Decision stamped(String newId, long newVersion, String newPersonId, Instant newOccurredAt,
            Provenance newProvenance) {
        return new Decision(newId, newVersion, newPersonId, newOccurredAt, newProvenance, what, why, outcomeIds,
                alternatives, decidedBy);
    }
}
