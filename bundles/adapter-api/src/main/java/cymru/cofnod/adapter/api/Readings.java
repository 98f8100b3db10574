package cymru.cofnod.adapter.api;

import cymru.cofnod.outcomes.api.NhsNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

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

    /**
     * An NHS number as people write it (spaces and hyphens allowed), checked by its modulus 11 check digit: ten
     * digits, or the item is rejected naming the field. Null when the field is empty.
     */
    public static String nhsNumber(String value, String field) {
        String present = optional(value);
        if (present == null) {
            return null;
        }
        if (!NhsNumber.isValid(present)) {
            throw new ItemRejected(field + " '" + present + "' is not an NHS number (ten digits, the last a check digit)");
        }
        return NhsNumber.normalise(present);
    }

    /**
     * A code of the sending system as Cofnod's word for it ({@code codes}: the system's code to Cofnod's, e.g. a
     * visit type to an entry kind); a code it does not know rejects the item, naming the codes it does.
     */
    public static String code(String value, String field, Map<String, String> codes) {
        String code = required(value, field);
        String ours = codes.get(code);
        if (ours == null) {
            throw new ItemRejected(field + " '" + code + "' is not one of " + codes.keySet().stream().sorted().toList());
        }
        return ours;
    }

    /** The agency's time zone setting ({@code timeZone}), Europe/London unless it says otherwise. */
    public static ZoneId zone(AdapterContext context) {
        return ZoneId.of(context.setting("timeZone", "Europe/London"));
    }
}
