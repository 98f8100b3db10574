package cymru.cofnod.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;

/** The categories of a record that consent is given for, item by item. */
public enum RecordCategory {
    OUTCOMES_AND_PLANS("outcomes-and-plans"),
    ENTRIES("entries"),
    STRENGTHS_AND_RISKS("strengths-and-risks"),
    HEALTH("health"),
    DAILY_AND_LEARNING_LOGS("daily-and-learning-logs"),
    SAFEGUARDING("safeguarding"),
    /** How best to communicate with the person: part of their record, since it can carry health information. */
    COMMUNICATION_NEEDS("communication-needs");

    private final String wireName;

    RecordCategory(String wireName) {
        this.wireName = wireName;
    }

    /** The categories record items are filed under: communication needs are part of the person's details. */
    public static Set<RecordCategory> ofItems() {
        return EnumSet.complementOf(EnumSet.of(COMMUNICATION_NEEDS));
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static RecordCategory fromWireName(String name) {
        for (RecordCategory c : values()) {
            if (c.wireName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown record category '" + name + "'");
    }
}
