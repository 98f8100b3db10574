package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.PersonService;
import java.util.Optional;

/**
 * The one place every read of a person's record passes: who may read it at all, and what of it they
 * may see. A record the requester may not read is not found, exactly like one that does not exist.
 */
final class RecordAccess {

    private final PersonService people;

    RecordAccess(PersonService people) {
        this.people = people;
    }

    /** What of this person's record the requester may see; throws when they may see none of it. */
    Visibility visibility(Requester requester, String personId) {
        switch (requester.role()) {
            case COMMISSIONER:
                throw new AccessDeniedException("Commissioners see de-identified reports, never a person's record");
            case ADMINISTRATOR:
                throw new AccessDeniedException("Administrators run Cofnod; they do not read people's records");
            case PERSON:
                if (!ownRecord(requester, personId)) {
                    throw new RecordNotFoundException("person", personId);
                }
                return Visibility.all();
            default:
                return Visibility.all();
        }
    }

    /** Writers: practitioners, and the person in their own record. */
    void checkMayWrite(Requester requester, String personId) {
        if (requester.role() == Role.COMMISSIONER || requester.role() == Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only practitioners and the person themselves write in a record");
        }
        visibility(requester, personId);
    }

    boolean ownRecord(Requester requester, String personId) {
        Optional<String> own = people.findByAccount(requester.user());
        return own.isPresent() && own.get().equals(personId);
    }
}
