package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Something recorded in a person's record: an outcome, a strength, a risk, an entry, a perspective, a
 * decision, a review, the one-page profile. Every item is versioned (nothing is overwritten), says who
 * wrote it for which agency and when, and may link to other items of the same record.
 */
public interface RecordItem {

    String id();

    Long version();

    String personId();

    /** What the item is about in time: when the visit happened, when the outcome was first said. */
    Instant occurredAt();

    /** Who recorded this version, for which agency, and when; set by Cofnod, ignored on input. */
    Provenance provenance();

    /** The other items of the record this one is about (outcomes, strengths, risks, entries). */
    List<String> links();

    /**
     * This item as shown to a reader who may not see the items {@code hidden}: every mention of them left out, so
     * that a visible item never names a hidden one.
     */
    RecordItem shownWithout(Set<String> hidden);

    /** The ids of a list that are not hidden. */
    static List<String> shown(List<String> ids, Set<String> hidden) {
        return ids.stream().filter(id -> !hidden.contains(id)).toList();
    }

    /** The consent category this item falls under. */
    RecordCategory category();

    /** Checks the item's own rules, naming each bad field. */
    void validate(Validation v);

    /** This item as stored: the same content with Cofnod's id, version, person, time and provenance. */
    RecordItem stamped(String id, long version, String personId, Instant occurredAt, Provenance provenance);
}
