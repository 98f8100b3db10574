package cymru.cofnod.coach.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a text is written: each field has its own advice. */
public enum Field {
    /** An outcome in the person's own words. */
    OUTCOME("outcome"),
    /** A part of an entry: an observation, an opinion, a progress narrative. */
    ENTRY("entry"),
    /** A decision's what and why, or the why alone. */
    DECISION("decision"),
    /** What was learnt at a review. */
    REVIEW("review"),
    /** Someone's view of an item of the record. */
    PERSPECTIVE("perspective");

    private final String wireName;

    Field(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<Field> byWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }
}
