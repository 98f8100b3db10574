package cymru.cofnod.nof.api;

import cymru.cofnod.core.api.Requester;
import java.util.List;

/**
 * Personalised statements. Commissioners (and administrators) write them, for their own agency; anyone
 * signed in may read them, since they hold no personal data.
 */
public interface CommissioningStatements {

    /** @throws cymru.cofnod.core.api.ValidationException for missing English text or unknown codes */
    PersonalisedStatement create(Requester requester, PersonalisedStatement statement);

    /** @throws cymru.cofnod.core.api.StaleVersionException when {@code expectedVersion} is not the current one */
    PersonalisedStatement revise(Requester requester, String id, long expectedVersion,
                                 PersonalisedStatement statement);

    PersonalisedStatement get(String id, String language);

    List<PersonalisedStatement> list(String language);

    List<PersonalisedStatement> history(String id, String language);
}
