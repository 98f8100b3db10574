package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What matters to the person, in their own words. {@code ownWords} is kept verbatim with its language;
 * a professional restatement, NOF tags and the agencies working towards it sit beside the words and
 * never replace them.
 *
 * @param type        {@code change}, {@code maintenance} or {@code process}
 * @param expressedBy {@code person} when the person said it, otherwise who spoke for them
 * @param status      {@code active}, {@code achieved}, {@code changed} or {@code no-longer-wanted}
 * @param agencies    the agencies working towards it; one outcome is shared by all of them
 * @param flags       Cofnod's warnings that the words may not be the person's own (read-only)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Outcome(String id, Long version, String personId, Instant occurredAt, Provenance provenance,
                      String ownWords, String language, String type, String expressedBy, String status,
                      String professionalRestatement, List<String> strengthIds, List<String> riskIds,
                      List<String> agencies, List<String> flags) implements RecordItem {

    public static final Set<String> TYPES = Set.of("change", "maintenance", "process");
    public static final Set<String> STATUSES = Set.of("active", "achieved", "changed", "no-longer-wanted");
    public static final Set<String> LANGUAGES = Set.of("cy", "en");

    public Outcome {
        strengthIds = strengthIds == null ? List.of() : List.copyOf(strengthIds);
        riskIds = riskIds == null ? List.of() : List.copyOf(riskIds);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        flags = flags == null ? List.of() : List.copyOf(flags);
        expressedBy = expressedBy == null ? "person" : expressedBy;
        status = status == null ? "active" : status;
    }

    /** A new outcome in the person's words. */
    public static Outcome of(String ownWords, String language, String type) {
        return new Outcome(null, null, null, null, null, ownWords, language, type, null, null, null, null, null,
                null, null);
    }

    public Outcome withStatus(String newStatus) {
        return new Outcome(id, version, personId, occurredAt, provenance, ownWords, language, type, expressedBy,
                newStatus, professionalRestatement, strengthIds, riskIds, agencies, flags);
    }

    public Outcome withFlags(List<String> newFlags) {
        return new Outcome(id, version, personId, occurredAt, provenance, ownWords, language, type, expressedBy,
                status, professionalRestatement, strengthIds, riskIds, agencies, newFlags);
    }

    @Override
    public List<String> links() {
        List<String> links = new ArrayList<>(strengthIds);
        links.addAll(riskIds);
        return links;
    }

    @Override
    public Outcome shownWithout(Set<String> hidden) {
        return new Outcome(id, version, personId, occurredAt, provenance, ownWords, language, type, expressedBy,
                status, professionalRestatement, RecordItem.shown(strengthIds, hidden),
                RecordItem.shown(riskIds, hidden), agencies, flags);
    }

    @Override
    public RecordCategory category() {
        return RecordCategory.OUTCOMES_AND_PLANS;
    }

    @Override
    public void validate(Validation v) {
        v.requireText(ownWords, "ownWords").maxLength(ownWords, 2000, "ownWords")
                .requireOneOf(language, LANGUAGES, "language")
                .requireOneOf(type, TYPES, "type")
                .oneOf(status, STATUSES, "status")
                .maxLength(expressedBy, 200, "expressedBy")
                .maxLength(professionalRestatement, 2000, "professionalRestatement");
    }

    @Override
    public Outcome stamped(String newId, long newVersion, String newPersonId, Instant newOccurredAt,
            Provenance newProvenance) {
        return new Outcome(newId, newVersion, newPersonId, newOccurredAt, newProvenance, ownWords, language, type,
                expressedBy, status, professionalRestatement, strengthIds, riskIds, agencies, flags);
    }
}
