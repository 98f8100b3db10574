package cymru.cofnod.meetings.api;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.outcomes.api.Versioned;
import java.util.List;

/**
 * Plans, made by meetings ({@link MeetingService#record}). Every read passes the same check as the
 * person's record. Nothing is overwritten: each change is a new version.
 */
public interface PlanService {

    /** The current version. */
    Plan get(Requester requester, String id);

    /** Every version, oldest first. */
    List<Versioned<Plan>> history(Requester requester, String id);

    /** Plans newest first, of one person or (personId null) of everyone the requester may see. */
    Page<Plan> list(Requester requester, String personId, PageRequest page);

    /**
     * A new version between meetings: outcomes, who does what, contingencies, next review and a note of
     * what changed. Views and disagreements are carried over untouched.
     *
     * @throws cymru.cofnod.core.api.StaleVersionException when {@code expectedVersion} is not the current one
     */
    Plan revise(Requester requester, String id, long expectedVersion, Plan revision);

    /** Adds a view to the plan as its next version; the person adds their own. */
    Plan addView(Requester requester, String id, Plan.PlanView view);
}
