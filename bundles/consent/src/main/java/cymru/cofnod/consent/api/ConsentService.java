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

    /**
     * The directives about the person the requester may see, active or not, newest first: all of them for the
     * person; for a practitioner, those their agency recorded or that grant their agency (docs/access.md).
     */
    List<ConsentDirective> list(Requester requester, String personId);

    ConsentDirective get(Requester requester, String directiveId);

    /**
     * Withdraws a directive, with or without a reason: the person any of theirs, a practitioner what their agency
     * recorded. It takes effect on the next request and the directive is kept.
     */
    ConsentDirective withdraw(Requester requester, String directiveId, String reason);

    /**
     * Safeguarding break-glass: a practitioner states why and sees the whole record for a limited
     * time; the event is flagged in the record, raised to the agency's safeguarding lead and reviewable.
     */
    BreakGlass breakGlass(Requester requester, String personId, String reason);

    /**
     * Ends a break-glass before it expires: the practitioner who opened it, or their agency's safeguarding lead.
     * Audited, flagged as break-glass, in the person's access log. One already over is answered as it is.
     *
     * @param breakGlassId the event to end, or null for the requester's own one active on the person's record
     * @throws cymru.cofnod.core.api.RecordNotFoundException when there is no such event the requester may end
     */
    BreakGlass endBreakGlass(Requester requester, String personId, String breakGlassId);

    /** Break-glass events on this person's record: all to the person, a practitioner's own agency's to them. */
    List<BreakGlass> breakGlassEvents(Requester requester, String personId);

    /** Break-glass events raised to the requester as their agency's safeguarding lead, newest first. */
    List<BreakGlass> alerts(Requester requester);

    /** Directives the lead's agency recorded for itself (permission to view), newest first, to review. */
    List<ConsentDirective> selfGranted(Requester requester);

    /** The safeguarding lead's review of a break-glass event afterwards. */
    BreakGlass review(Requester requester, String breakGlassId, String notes);
}
