package cymru.cofnod.adapter.api;

import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What an adapter may ask Cofnod while it translates an item.
 * Cofnod implements it: adapters only call it.
 */
@ProviderType
public interface AdapterContext {

    /** The agency the item came from. */
    String agency();

    /** One of the agency's adapter settings ({@code setting.<name>} in its configuration), or the default. */
    String setting(String name, String defaultValue);

    /**
     * The one person these identifiers name.
     *
     * @throws ItemRejected when none of them is known (never a silent new person), or they do not all belong to one
     *                      person: one names someone else, or differs from the person's own of that system
     */
    String person(Map<IdentifierSystem, String> identifiers);

    /**
     * Attaches the agency's own identifier for a person (of the {@code identifierSystem} its configuration names, e.g.
     * a home care provider's client number) to a person {@link #person} matched in this payload. It is attached when
     * the item is carried out (never in a dry run), audited as the agency's change to the person's details; the same
     * identifier again changes nothing.
     *
     * @throws ItemRejected when the agency names no identifier system, the person was not matched in this payload, or
     *                      the identifier conflicts: the person has another of that system (never overwritten) or it
     *                      names someone else
     */
    void attachOwnIdentifier(String personId, String value);

    /**
     * The id of the outcome a reference names: a Cofnod outcome id, or the agency's own id of an outcome it sent
     * earlier.
     *
     * @throws ItemRejected when the reference names no outcome of that person
     */
    String outcome(String personId, String reference);
}
