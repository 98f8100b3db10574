package cymru.cofnod.core.api;

/** One field that failed validation, named as it appears in the JSON. */
public record FieldError(String field, String message) {
}
