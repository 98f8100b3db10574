package cymru.cofnod.core.api;

import java.util.Locale;

/** What a user is to Cofnod. A user has exactly one role. */
public enum Role {
    /** Works for an agency and records about the people it supports. */
    PRACTITIONER,
    /** Sees de-identified aggregates only, never a person's record. */
    COMMISSIONER,
    /** The person the record is about, reading and adding to their own record. */
    PERSON,
    /** Runs Cofnod: agencies, users, catalogue, audit checks. */
    ADMINISTRATOR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWireName(String name) {
        for (Role r : values()) {
            if (r.wireName().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role: " + name);
    }
}
