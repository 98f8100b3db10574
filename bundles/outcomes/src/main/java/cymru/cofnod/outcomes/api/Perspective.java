package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Someone's view of an item of the record (an outcome, a risk, a decision, an entry...). Differing views
 * are all kept, side by side; the person can add theirs to anything about them.
 *
 * @param aboutId the item this is a view of
 * @param whose   who holds this view
 * @param stance  {@code agree}, {@code disagree}, {@code partly} or {@code own-view}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Perspective(String id, Long version, String personId, Instant occurredAt, Provenance provenance,
                          String aboutId, Whose whose, String view, String language, String stance)
        implements RecordItem {

    public static final Set<String> STANCES = Set.of("agree", "disagree", "partly", "own-view");
    public static final Set<String> ROLES = Set.of("person", "family", "carer", "advocate", "practitioner");

    /** Whose view: their role in the person's life, their name, their agency if a practitioner. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Whose(String role, String name, String agency) {
    }

    @Override
    public List<String> links() {
        return aboutId == null ? List.of() : List.of(aboutId);
    }

    /** A view of a hidden item keeps its words but not what it is a view of. */
    @Override
    public Perspective shownWithout(Set<String> hidden) {
        return hidden.contains(aboutId) ? new Perspective(id, version, personId, occurredAt, provenance, null, whose,
                view, language, stance) : this;
    }

    @Override
    public RecordCategory category() {
        return RecordCategory.OUTCOMES_AND_PLANS;
    }

    @Override
    public void validate(Validation v) {
        v.requireText(aboutId, "aboutId").requireText(view, "view").maxLength(view, 4000, "view")
                .oneOf(language, Outcome.LANGUAGES, "language").oneOf(stance, STANCES, "stance");
        v.require(whose != null, "whose", "is required: whose view is this?");
        if (whose != null) {
            v.requireOneOf(whose.role(), ROLES, "whose.role");
        }
    }

    @Override
    public Perspective stamped(String newId, long newVersion, String newPersonId, Instant newOccurredAt,
            Provenance newProvenance) {
        return new Perspective(newId, newVersion, newPersonId, newOccurredAt, newProvenance, aboutId, whose, view,
                language, stance);
    }
}
