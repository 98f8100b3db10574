package cymru.cofnod.rest.internal;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Role;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** {@code /audit}: the trail, newest first, and its integrity check; administrators only. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditEvent> list(@Context HttpServletRequest request, @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.list(Identity.requesterAnyPurpose(request), new PageRequest(cursor, limit));
    }

    @GET
    @Path("/verify")
    public AuditTrail.Verification verify(@Context HttpServletRequest request) {
        if (Identity.of(request).role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators check the audit trail");
        }
        return audit.verify();
    }
}
