package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What we are worried about, and what needs to happen (the Signs of Safety headings). A priority
 * risk is one the plan must address.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Risk(String id, Long version, String personId, Instant occurredAt, Provenance provenance,
                   String description, String language, boolean priority, String viewOf,
                   String whatNeedsToHappen, List<String> outcomeIds) implements RecordItem {

    public Risk {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
    }

    @Override
    public List<String> links() {
        return outcomeIds;
    }

    @Override
    public Risk shownWithout(Set<String> hidden) {
        return new Risk(id, version, personId, occurredAt, provenance, description, language, priority, viewOf,
                whatNeedsToHappen, RecordItem.shown(outcomeIds, hidden));
    }

    @Override
    public RecordCategory category() {
        return RecordCategory.STRENGTHS_AND_RISKS;
    }

    @Override
    public void validate(Validation v) {
        v.requireText(description, "description").maxLength(description, 2000, "description")
                .oneOf(language, Outcome.LANGUAGES, "language").maxLength(viewOf, 200, "viewOf")
                .maxLength(whatNeedsToHappen, 2000, "whatNeedsToHappen");
    }

    @Override
    public Risk stamped(String newId, long newVersion, String newPersonId, Instant newOccurredAt,
            Provenance newProvenance) {
        return new Risk(newId, newVersion, newPersonId, newOccurredAt, newProvenance, description, language, priority,
                viewOf, whatNeedsToHappen, outcomeIds);
    }
}
