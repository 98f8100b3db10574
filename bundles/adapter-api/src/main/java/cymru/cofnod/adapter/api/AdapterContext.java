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
     * @throws ItemRejected when none of them is known (never a silent new person), or they name different people
     */
    String person(Map<IdentifierSystem, String> identifiers);

    /**
     * The id of the outcome a reference names: a Cofnod outcome id, or the agency's own id of an outcome it sent
     * earlier.
     *
     * @throws ItemRejected when the reference names no outcome of that person
     */
    String outcome(String personId, String reference);
}
