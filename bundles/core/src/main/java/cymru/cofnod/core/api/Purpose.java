package cymru.cofnod.core.api;

import java.util.Optional;

/** The purpose of use a request states in {@code X-Purpose-Of-Use}. */
public enum Purpose {
    DIRECT_CARE("direct-care"),
    CARE_PLANNING("care-planning"),
    SAFEGUARDING("safeguarding"),
    /** Only ever answered with de-identified aggregates. */
    COMMISSIONING("commissioning");

    private final String wireName;

    Purpose(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Purpose> fromWireName(String name) {
        for (Purpose p : values()) {
            if (p.wireName.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
