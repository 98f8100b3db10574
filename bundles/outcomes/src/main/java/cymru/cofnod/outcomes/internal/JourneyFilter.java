package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.Validation;
import cymru.cofnod.outcomes.api.TimelineQuery;
import cymru.cofnod.rest.api.Times;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The journey's filters as its query parameters give them (the journey and the chronology take the same). */
final class JourneyFilter {

    private JourneyFilter() {
    }

    /** {@code kind} may repeat and hold several, comma-separated; {@code from} and {@code to} are ISO 8601. */
    static TimelineQuery of(String outcome, String agency, List<String> kinds, String from, String to) {
        Set<String> kindSet = new HashSet<>();
        kinds.forEach(k -> kindSet.addAll(Arrays.asList(k.split(","))));
        kindSet.removeIf(String::isBlank);
        Validation v = new Validation();
        Instant fromTime = Times.parse(from, "from", v);
        Instant toTime = Times.parse(to, "to", v);
        v.orThrow();
        return new TimelineQuery(outcome, agency, kindSet, fromTime, toTime);
    }
}
