package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one-page profile: what is important to the person and how best to support them, curated from
 * learning logs; each line names the entries it came from.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Profile(String id, Long version, String personId, Instant occurredAt, Provenance provenance,
                      List<Line> importantToMe, List<Line> howBestToSupportMe) implements RecordItem {

    public Profile {
        importantToMe = importantToMe == null ? List.of() : List.copyOf(importantToMe);
        howBestToSupportMe = howBestToSupportMe == null ? List.of() : List.copyOf(howBestToSupportMe);
    }

    /** One line of the profile and the entries it was learnt from. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Line(String text, String language, List<String> fromEntries) {
        public Line {
            fromEntries = fromEntries == null ? List.of() : List.copyOf(fromEntries);
        }
    }

    @Override
    public List<String> links() {
        List<String> links = new ArrayList<>();
        importantToMe.forEach(l -> links.addAll(l.fromEntries()));
        howBestToSupportMe.forEach(l -> links.addAll(l.fromEntries()));
        return links;
    }

    @Override
    public Profile shownWithout(Set<String> hidden) {
        return new Profile(id, version, personId, occurredAt, provenance, shown(importantToMe, hidden),
                shown(howBestToSupportMe, hidden));
    }

    private static List<Line> shown(List<Line> lines, Set<String> hidden) {
        return lines.stream().map(l -> new Line(l.text(), l.language(), RecordItem.shown(l.fromEntries(), hidden)))
                .toList();
    }

    @Override
    public RecordCategory category() {
        return RecordCategory.OUTCOMES_AND_PLANS;
    }

    @Override
    public void validate(Validation v) {
        v.require(!importantToMe.isEmpty() || !howBestToSupportMe.isEmpty(), "importantToMe",
                "a profile needs at least one line");
        check(v, importantToMe, "importantToMe");
        check(v, howBestToSupportMe, "howBestToSupportMe");
    }

    private static void check(Validation v, List<Line> lines, String field) {
        for (int i = 0; i < lines.size(); i++) {
            v.requireText(lines.get(i).text(), field + "[" + i + "].text")
                    .maxLength(lines.get(i).text(), 1000, field + "[" + i + "].text")
                    .oneOf(lines.get(i).language(), Outcome.LANGUAGES, field + "[" + i + "].language");
        }
    }

    @Override
    public Profile stamped(String newId, long newVersion, String newPersonId, Instant newOccurredAt,
            Provenance newProvenance) {
        return new Profile(newId, newVersion, newPersonId, newOccurredAt, newProvenance, importantToMe,
                howBestToSupportMe);
    }
}
