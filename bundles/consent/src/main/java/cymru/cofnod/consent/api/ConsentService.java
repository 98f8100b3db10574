package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.Requester;
import java.util.List;

/** Consent directives, given and withdrawn by the person or recorded on their behalf, and break-glass. */
public interface ConsentService {

    /**
     * Records a directive. The person gives it with their own login; a practitioner records one given
     * verbally or in writing, by the person, a representative or a best-interests decision.
     */
    ConsentDirective give(Requester requester, String personId, ConsentDirective directive);

    /** Every directive about the person, active or not, newest first. */
    List<ConsentDirective> list(Requester requester, String personId);

    ConsentDirective get(Requester requester, String directiveId);

    /** Withdraws a directive; it takes effect on the next request and the directive is kept. */
    ConsentDirective withdraw(Requester requester, String directiveId, String reason);

    /**
     * Safeguarding break-glass: a practitioner states why and sees the whole record for a limited
     * time; the event is flagged in the record, raised to the agency's safeguarding lead and reviewable.
     */
    BreakGlass breakGlass(Requester requester, String personId, String reason);

    /** Break-glass events on this person's record. */
    List<BreakGlass> breakGlassEvents(Requester requester, String personId);

    /** Break-glass events raised to the requester as their agency's safeguarding lead, newest first. */
    List<BreakGlass> alerts(Requester requester);

    /** The safeguarding lead's review of a break-glass event afterwards. */
    BreakGlass review(Requester requester, String breakGlassId, String notes);
}
