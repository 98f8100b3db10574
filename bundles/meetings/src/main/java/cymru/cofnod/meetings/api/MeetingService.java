package cymru.cofnod.meetings.api;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;

/**
 * Tripartite meetings and reviews. Every read passes the same check as the person's record: a meeting
 * of someone the requester may not see is not found, exactly like one that does not exist.
 */
public interface MeetingService {

    /**
     * Records a meeting and makes its plan: a planning meeting makes a new plan, a review makes the
     * reviewed plan's next version and adds the review to the person's record. New outcomes agreed
     * become outcomes of the record.
     *
     * @throws cymru.cofnod.core.api.ValidationException naming each bad field; nothing is stored
     * @throws cymru.cofnod.core.api.StaleVersionException when a review names a plan version that is not
     *         the current one
     */
    Meeting record(Requester requester, Meeting meeting);

    Meeting get(Requester requester, String id);

    /** Meetings newest first, of one person or (personId null) of everyone the requester may see. */
    Page<Meeting> list(Requester requester, String personId, PageRequest page);
}
