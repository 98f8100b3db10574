package cymru.cofnod.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every broken rule of one input, so the answer names each bad field at once. Besides each
 * record's own rules it holds the shapes every bundle shares: ids, well-formed text, the years an event or a
 * birth can fall in, and what a stored body can hold.
 */
public final class Validation {

    /** The longest id Cofnod gives out or keeps (a UUID), and the characters one may have. */
    public static final int MAX_ID = 36;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_ID + "}");
    /** Events (visits, meetings, reviews, consents) fall in these years; anything else is a typing slip. */
    public static final int FIRST_EVENT_YEAR = 1900;
    public static final int LAST_EVENT_YEAR = 2200;
    /** The oldest date of birth taken. */
    public static final int FIRST_BIRTH_YEAR = 1880;
    /** Where "today" is: not the JVM's zone, which is UTC (bin/setenv). */
    public static final ZoneId WALES = ZoneId.of("Europe/London");

    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation requireText(String value, String field) {
        return require(value != null && !value.isBlank(), field, "is required");
    }

    /** At most {@code max} characters of well-formed text (see {@link #wellFormed}). */
    public Validation maxLength(String value, int max, String field) {
        require(value == null || value.length() <= max, field, "is longer than " + max + " characters");
        return wellFormed(value, field);
    }

    /**
     * Text that can be stored and sent back: no lone UTF-16 surrogate (a JSON {@code "\ud800"} with no pair,
     * which no UTF-8 answer can carry) and no control character other than tab, line feed and carriage return.
     */
    public Validation wellFormed(String value, String field) {
        return require(value == null || isWellFormed(value), field,
                "is not well-formed text (a lone surrogate or a control character)");
    }

    /** An id of Cofnod's or an agency's: at most 36 letters, digits, '.', '_', ':' or '-'. */
    public Validation id(String value, String field) {
        return require(value == null || ID.matcher(value).matches(), field,
                "is not an id (at most " + MAX_ID + " letters, digits, '.', '_', ':' or '-')");
    }

    /** Each of several ids, named by their place in the list. */
    public Validation ids(Collection<String> values, String field) {
        int i = 0;
        for (String value : values) {
            id(value, field + "[" + i++ + "]");
        }
        return this;
    }

    /** A time something happened or is due: within the years {@value #FIRST_EVENT_YEAR} to {@value #LAST_EVENT_YEAR}. */
    public Validation eventTime(Instant value, String field) {
        return eventDate(value == null ? null : LocalDate.ofInstant(value, ZoneOffset.UTC), field);
    }

    public Validation eventDate(LocalDate value, String field) {
        return require(value == null || value.getYear() >= FIRST_EVENT_YEAR && value.getYear() <= LAST_EVENT_YEAR,
                field, "must fall in the years " + FIRST_EVENT_YEAR + " to " + LAST_EVENT_YEAR);
    }

    /** Today's date in Wales, which a date typed in (a birth, a meeting) may not be after. */
    public static LocalDate today() {
        return LocalDate.now(WALES);
    }

    /** A date of birth: from {@value #FIRST_BIRTH_YEAR} to today. */
    public Validation dateOfBirth(LocalDate value, String field) {
        return require(value == null || value.getYear() >= FIRST_BIRTH_YEAR && !value.isAfter(today()),
                field, "must fall between " + FIRST_BIRTH_YEAR + " and today");
    }

    /**
     * A whole value as it will be stored ({@link StoredJson}): it must fit a column of {@code maxChars}, so
     * fields each within their limits cannot overflow the storage together.
     */
    public Validation fitsStorage(Object value, int maxChars, String field) {
        int length = StoredJson.write(value).length();
        return require(length <= maxChars, field,
                "is too large as a whole (" + length + " characters stored; at most " + maxChars + " fit)");
    }

    static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    public Validation oneOf(String value, Collection<String> allowed, String field) {
        return require(value == null || allowed.contains(value), field, "must be one of " + new java.util.TreeSet<>(allowed));
    }

    public Validation requireOneOf(String value, Collection<String> allowed, String field) {
        if (value == null || value.isBlank()) {
            return require(false, field, "is required, one of " + new java.util.TreeSet<>(allowed));
        }
        return oneOf(value, allowed, field);
    }

    public Validation add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
