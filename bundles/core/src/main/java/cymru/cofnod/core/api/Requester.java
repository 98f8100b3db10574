package cymru.cofnod.core.api;

import java.util.Objects;

/**
 * Who is asking and why: every service call that reads or writes a person's record carries one.
 *
 * @param user    the login name
 * @param agency  the agency the user works for; null for the person themselves and for administrators
 * @param role    the user's one role
 * @param purpose the stated purpose of use; null where the request reads no personal data
 */
public record Requester(String user, String agency, Role role, Purpose purpose) {

    public Requester {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }

    public Requester withPurpose(Purpose newPurpose) {
        return new Requester(user, agency, role, newPurpose);
    }

    /** The identity Cofnod itself uses for work it does on its own account (schema, demo data). */
    public static Requester system(String agency) {
        return new Requester("cofnod", agency, Role.ADMINISTRATOR, Purpose.DIRECT_CARE);
    }
}
