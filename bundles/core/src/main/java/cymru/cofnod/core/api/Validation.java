package cymru.cofnod.core.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every broken rule of one input, so the answer names each bad field at once. */
public final class Validation {

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

    public Validation maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "is longer than " + max + " characters");
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
