package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.RecordCategory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What consent needs to know of people, provided by the bundle that keeps them (outcomes), so that
 * consent depends on no record bundle.
 */
public interface PersonDirectory {

    /** The person a login belongs to, when that user is a person who uses Cofnod. */
    Optional<String> personOf(String account);

    boolean exists(String personId);

    /** The login bound to this person's record, if one is. */
    Optional<String> accountOf(String personId);

    /**
     * Every word of the names this person is known by (given, family, preferred), so that words written about
     * them can be stripped of their names before anything leaves the record de-identified; none for no one.
     */
    Set<String> namesOf(String personId);

    /**
     * Which of these ids are the person's own live outcomes, with the agency that wrote each and its category, so
     * that a directive's scope can be checked against what its recorder may see. Other ids are left out.
     */
    List<OutcomeOf> outcomes(String personId, Collection<String> outcomeIds);

    /** One of the person's outcomes, as consent needs to know it. */
    record OutcomeOf(String id, String agency, RecordCategory category) {
    }
}
