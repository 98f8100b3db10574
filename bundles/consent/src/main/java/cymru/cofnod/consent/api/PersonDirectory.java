package cymru.cofnod.consent.api;

import java.util.Optional;

/**
 * What consent needs to know of people, provided by the bundle that keeps them (outcomes), so that
 * consent depends on no record bundle.
 */
public interface PersonDirectory {

    /** The person a login belongs to, when that user is a person who uses Cofnod. */
    Optional<String> personOf(String account);

    boolean exists(String personId);
}
