package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordService;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one place every read and write of a person's meetings and plans asks whether the requester may
 * see that person's record. It asks the record itself (its outcomes, the category plans belong to), so
 * the answer is the record's own and consent applies to meetings and plans as to everything else.
 */
final class RecordAccess {

    private final PersonService people;
    private final RecordService records;

    RecordAccess(PersonService people, RecordService records) {
        this.people = people;
        this.records = records;
    }

    /**
     * @throws RecordNotFoundException when the person is unknown or hidden from the requester
     * @throws AccessDeniedException   when the requester's role may never read a person's record
     */
    void check(Requester requester, String personId) {
        records.list(requester, personId, ItemKind.OUTCOME, PageRequest.first(1));
        people.get(requester, personId);
    }

    /** The check for an item of the person's: refused or hidden answers as if the item did not exist. */
    void checkItem(Requester requester, String personId, String what, String id) {
        try {
            check(requester, personId);
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(what, id);
        }
    }

    /** The check as a filter for lists, asked once per person. */
    Predicate<String> filter(Requester requester) {
        Map<String, Boolean> answers = new HashMap<>();
        return personId -> answers.computeIfAbsent(personId, p -> {
            try {
                check(requester, p);
                return true;
            } catch (RecordNotFoundException | AccessDeniedException e) {
                return false;
            }
        });
    }

    /** Commissioners and administrators never read a person's meetings or plans, whoever the person. */
    static void checkRole(Requester requester) {
        if (requester.role() == Role.COMMISSIONER || requester.role() == Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Meetings and plans are part of a person's record: commissioners see "
                    + "de-identified reports and administrators run Cofnod, neither reads a person's plans");
        }
    }

    /** Meetings are recorded and plans revised by practitioners, for their agency. */
    static void requirePractitioner(Requester requester, String what) {
        if (requester.role() != Role.PRACTITIONER || requester.agency() == null) {
            throw new AccessDeniedException("only a practitioner of an agency may " + what);
        }
    }
}
