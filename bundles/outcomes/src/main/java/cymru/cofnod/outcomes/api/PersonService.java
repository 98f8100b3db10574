package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import java.util.List;
import java.util.Optional;

/** People who use care and support, and carers: the root of every record. */
public interface PersonService {

    Person create(Requester requester, Person person);

    /** @throws cymru.cofnod.core.api.RecordNotFoundException when there is no such person */
    Person get(Requester requester, String id);

    /** People in the order they were first recorded, keyset-paged. */
    Page<Person> list(Requester requester, PageRequest page);

    /**
     * Records a new version; the one before stays in the history.
     *
     * @throws cymru.cofnod.core.api.StaleVersionException when {@code expectedVersion} is not the current one
     */
    Person update(Requester requester, String id, long expectedVersion, Person person);

    List<Versioned<Person>> history(Requester requester, String id);

    /** The person an agency's identifier names, if any: how adapters match people. */
    Optional<String> findByIdentifier(IdentifierSystem system, String value);

    /** The person a login belongs to, if that user is a person who uses Cofnod. */
    Optional<String> findByAccount(String account);

    /** The identifier systems agencies match people by. */
    enum IdentifierSystem { LOCAL_AUTHORITY, NHS, PROVIDER }
}
