package cymru.cofnod.outcomes.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;

/**
 * Who did the work an item records (the visit, the assessment), as the sending system names them: not always who
 * sent it to Cofnod.
 *
 * @param name       as people read it, e.g. {@code Bethan Morgan}
 * @param role       optional, e.g. {@code social worker}
 * @param identifier optional, the sending system's or a register's id for them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Practitioner(String name, String role, String identifier) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ROLE = 100;
    public static final int MAX_IDENTIFIER = 64;

    /** A practitioner known by name only. */
    public static Practitioner named(String name) {
        return new Practitioner(name, null, null);
    }

    /** Checks shape and size, naming each field under {@code field}. */
    public void validate(Validation v, String field) {
        v.requireText(name, field + ".name").maxLength(name, MAX_NAME, field + ".name")
                .maxLength(role, MAX_ROLE, field + ".role")
                .maxLength(identifier, MAX_IDENTIFIER, field + ".identifier");
        v.require(role == null || !role.isBlank(), field + ".role", "is empty");
        v.require(identifier == null || !identifier.isBlank(), field + ".identifier", "is empty");
    }
}
