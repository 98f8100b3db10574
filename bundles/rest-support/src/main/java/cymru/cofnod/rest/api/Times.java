package cymru.cofnod.rest.api;

import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Times in query parameters: an ISO 8601 date (midnight, Welsh time) or a date-time with offset, within the
 * years an event can fall in.
 */
public final class Times {

    private static final ZoneId WALES = ZoneId.of("Europe/London");

    private Times() {
    }

    public static Instant parse(String value, String field, Validation v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant time = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(WALES).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
            v.eventTime(time, field);
            return time;
        } catch (DateTimeParseException e) {
            v.add(field, "is not an ISO 8601 date (2026-09-07) or date-time with offset (2026-09-07T10:00:00+01:00)");
            return null;
        }
    }

    /** A date alone, such as a date of birth. */
    public static LocalDate date(String value, String field, Validation v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            v.add(field, "is not an ISO 8601 date (1958-03-14)");
            return null;
        }
    }
}
