package cymru.cofnod.core.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where JSON went wrong and how, in the API's own words: Jackson's messages are never passed on, since they
 * name Java classes, generic types and library settings.
 *
 * @param field   as the sender wrote it ({@code parts[2].text}), or {@code body} for the document as a whole
 * @param message what is wrong with it, to follow the field's name
 */
public record JsonFault(String field, String message) {

    static final String NOT_WELL_FORMED = "is not well-formed text (a lone surrogate or a control character)";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{0,100})'");
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class);

    public static JsonFault of(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new JsonFault("body", "is nested too deeply or holds a value too long to read");
        }
        if (e instanceof JsonParseException p) {
            return parsing(p, "body");
        }
        if (e instanceof PropertyBindingException unknown) {
            return new JsonFault(path(unknown), "is not a field here");
        }
        if (e instanceof InvalidFormatException f && String.valueOf(f.getOriginalMessage()).endsWith(NOT_WELL_FORMED)) {
            return new JsonFault(path(f), NOT_WELL_FORMED);
        }
        if (e instanceof MismatchedInputException m) {
            return new JsonFault(path(m), "must be " + expected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m) {
            return m.getCause() instanceof JsonParseException p ? parsing(p, path(m))
                    : new JsonFault(path(m), "could not be read");
        }
        return new JsonFault("body", "could not be read as JSON");
    }

    /** JSON that could not be parsed, where the reading had got to: a repeated field, or bytes that are not JSON. */
    private static JsonFault parsing(JsonParseException e, String where) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return new JsonFault(within(e, duplicate.group(1)), "appears more than once");
        }
        return new JsonFault(where, "is not valid JSON in UTF-8" + at(e.getLocation()));
    }

    public FieldError asFieldError() {
        return new FieldError(field, message);
    }

    @Override
    public String toString() {
        return field + " " + message;
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "body" : path;
    }

    /** A repeated field, within the object it sits in. */
    private static String within(JsonParseException e, String name) {
        JsonParser parser = e.getProcessor();
        StringBuilder path = new StringBuilder(name);
        for (JsonStreamContext c = parser == null ? null : parser.getParsingContext().getParent();
             c != null && !c.inRoot(); c = c.getParent()) {
            path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]." : c.getCurrentName() + ".");
        }
        return path.toString().replace(".[", "[");
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** What a field takes, in words a client developer reads; never a Java type. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "text";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an ISO 8601 date-time with offset (2026-09-07T10:00:00+01:00)";
        }
        if (type == LocalDate.class) {
            return "an ISO 8601 date (2026-09-07)";
        }
        if (type.isEnum()) {
            return "one of the values this field takes";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object with the fields this takes";
    }
}
