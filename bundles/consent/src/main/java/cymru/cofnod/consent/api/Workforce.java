package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.Role;
import java.util.Optional;

/**
 * Who works where: the users Cofnod authenticates, with their one role and agency, so that a directive can only
 * name a grantee that exists. Provided by the bundle that authenticates users (rest, over the JAAS realm).
 */
public interface Workforce {

    /** The user with this login, if the realm knows one. */
    Optional<Member> member(String user);

    /** Whether at least one user belongs to this agency: the agencies Cofnod knows. */
    boolean hasAgency(String agency);

    /**
     * One user: their login, role and agency (none for the person and for administrators), and the name they are
     * known by to the people whose records they read (null when the realm gives none).
     */
    record Member(String user, Role role, String agency, String name) {
    }
}
