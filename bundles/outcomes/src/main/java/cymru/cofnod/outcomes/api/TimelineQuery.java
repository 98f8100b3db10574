package cymru.cofnod.outcomes.api;

import java.time.Instant;
import java.util.Set;

/**
 * What part of the journey to show; every filter is optional.
 *
 * @param outcomeId only items linked to this outcome (and the outcome itself)
 * @param agency    only items this agency wrote
 * @param kinds     only these item kinds, or entry kinds such as {@code visit} and {@code learning-log}
 * @param from      from this time (inclusive)
 * @param to        up to this time (exclusive)
 */
public record TimelineQuery(String outcomeId, String agency, Set<String> kinds, Instant from, Instant to) {

    public TimelineQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static TimelineQuery all() {
        return new TimelineQuery(null, null, null, null, null);
    }
}
