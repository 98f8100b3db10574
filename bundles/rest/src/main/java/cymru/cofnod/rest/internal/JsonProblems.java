package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import cymru.cofnod.core.api.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response.Status;

/**
 * A body Jackson could not read, as a problem naming the field in the API's own words. Jackson's messages are
 * never passed on: they name Java classes, generic types and library settings.
 */
final class JsonProblems {

    static final String NOT_WELL_FORMED = "is not well-formed text (a lone surrogate or a control character)";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{0,100})'");
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class);

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return problem(Status.BAD_REQUEST, "body", "is nested too deeply or holds a value too long to read");
        }
        if (e instanceof JsonParseException p) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(p.getOriginalMessage()));
            if (duplicate.find()) {
                return problem(Status.BAD_REQUEST, where(p, duplicate.group(1)), "appears more than once");
            }
            return problem(Status.BAD_REQUEST, "body", "is not valid JSON in UTF-8" + at(p.getLocation()));
        }
        if (e instanceof PropertyBindingException unknown) {
            return problem(Status.BAD_REQUEST, path(unknown), "is not a field of this resource");
        }
        if (e instanceof InvalidFormatException f && NOT_WELL_FORMED.equals(f.getOriginalMessage())) {
            return problem(Status.BAD_REQUEST, path(f), NOT_WELL_FORMED);
        }
        if (e instanceof MismatchedInputException m) {
            return problem(Status.BAD_REQUEST, path(m), "must be " + expected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m) {
            return problem(Status.BAD_REQUEST, path(m), "could not be read");
        }
        return problem(Status.BAD_REQUEST, "body", "could not be read as JSON");
    }

    private static Problem problem(Status status, String field, String message) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                "The body is not JSON this resource takes: " + field + " " + message,
                java.util.List.of(new FieldError(field, message)));
    }

    /** The field as the client wrote it: {@code parts[2].text}; the body itself when there is no field. */
    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "body" : path;
    }

    /** A repeated field, within the object it sits in. */
    private static String where(JsonParseException e, String name) {
        Object processor = e.getProcessor();
        if (processor instanceof com.fasterxml.jackson.core.JsonParser parser) {
            String outer = parser.getParsingContext().getParent() == null ? ""
                    : parser.getParsingContext().getParent().pathAsPointer().toString();
            String inner = outer.replace('/', '.').replaceAll("^\\.", "");
            return inner.isEmpty() ? name : inner + "." + name;
        }
        return name;
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
        return "an object with this resource's fields";
    }
}
