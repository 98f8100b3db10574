package cymru.cofnod.nof.api;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A count as a report may show it: the text {@code <5} for anything under five (zero included), otherwise
 * the count rounded to the nearest five. Every shown value stands for at least three true values, so no
 * difference of two cuts can give back a hidden count exactly.
 */
public record ShownCount(long shown, boolean suppressed) {

    public static final int THRESHOLD = 5;
    public static final int BASE = 5;
    public static final String SUPPRESSED = "<5";

    public static ShownCount of(long trueCount) {
        if (trueCount < THRESHOLD) {
            return new ShownCount(0, true);
        }
        return new ShownCount(Math.round(trueCount / (double) BASE) * BASE, false);
    }

    /** A number in JSON, or the text {@code <5}. */
    @JsonValue
    public Object json() {
        return suppressed ? SUPPRESSED : (Object) shown;
    }

    @Override
    public String toString() {
        return suppressed ? SUPPRESSED : Long.toString(shown);
    }
}
