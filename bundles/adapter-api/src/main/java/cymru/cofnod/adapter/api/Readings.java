package cymru.cofnod.adapter.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reading an agency's fields, each failure an {@link ItemRejected} that names the field and what was wrong. */
public final class Readings {

    private Readings() {
    }

    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ItemRejected(field + " is required");
        }
        return value.trim();
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An ISO 8601 time with its offset, such as {@code 2026-06-10T11:00:00+01:00}. */
    public static Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(required(value, field)).toInstant();
        } catch (DateTimeParseException e) {
            throw new ItemRejected(field + " '" + value + "' is not a time with offset (2026-06-10T11:00:00+01:00)");
        }
    }

    /** A local date and time of day, such as {@code 2026-06-10} and {@code 11:00}, in the agency's time zone. */
    public static Instant local(String date, String time, ZoneId zone, String dateField, String timeField) {
        LocalDate day;
        LocalTime at;
        try {
            day = LocalDate.parse(required(date, dateField));
        } catch (DateTimeParseException e) {
            throw new ItemRejected(dateField + " '" + date + "' is not a date (2026-06-10)");
        }
        try {
            at = LocalTime.parse(required(time, timeField));
        } catch (DateTimeParseException e) {
            throw new ItemRejected(timeField + " '" + time + "' is not a time of day (11:00)");
        }
        return day.atTime(at).atZone(zone).toInstant();
    }

    /** The agency's time zone setting ({@code timeZone}), Europe/London unless it says otherwise. */
    public static ZoneId zone(AdapterContext context) {
        return ZoneId.of(context.setting("timeZone", "Europe/London"));
    }
}
