package cymru.cofnod.client;

import java.time.Instant;

/**
 * Which steps of a person's journey to show: an outcome's, an agency's, one kind of item, a stretch of time.
 * Null leaves a filter out.
 */
public record Journey(String outcome, String agency, String kind, Instant from, Instant to) {

    public static Journey all() {
        return new Journey(null, null, null, null, null);
    }

    public Journey agency(String newAgency) {
        return new Journey(outcome, newAgency, kind, from, to);
    }

    public Journey kind(String newKind) {
        return new Journey(outcome, agency, newKind, from, to);
    }

    public Journey outcome(String newOutcome) {
        return new Journey(newOutcome, agency, kind, from, to);
    }

    Query appliedTo(Query q) {
        return q.and("outcome", outcome).and("agency", agency).and("kind", kind).and("from", from).and("to", to);
    }
}
