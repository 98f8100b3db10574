package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What is working well: something the person, their family or network bring, built on rather than
 * worked around. Shown beside the priority risks.
 *
 * @param viewOf whose view this is ({@code person}, a family member, a practitioner)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Strength(String id, Long version, String personId, Instant occurredAt, Provenance provenance,
                       String description, String language, String viewOf, List<String> outcomeIds)
        implements RecordItem {

    public Strength {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
    }

    @Override
    public List<String> links() {
        return outcomeIds;
    }

    @Override
    public Strength shownWithout(Set<String> hidden) {
        return new Strength(id, version, personId, occurredAt, provenance, description, language, viewOf,
                RecordItem.shown(outcomeIds, hidden));
    }

    @Override
    public RecordCategory category() {
        return RecordCategory.STRENGTHS_AND_RISKS;
    }

    @Override
    public void validate(Validation v) {
        v.requireText(description, "description").maxLength(description, 2000, "description")
                .oneOf(language, Outcome.LANGUAGES, "language").maxLength(viewOf, 200, "viewOf");
    }

    @Override
    public Strength stamped(String newId, long newVersion, String newPersonId, Instant newOccurredAt,
            Provenance newProvenance) {
        return new Strength(newId, newVersion, newPersonId, newOccurredAt, newProvenance, description, language, viewOf,
                outcomeIds);
    }
}
