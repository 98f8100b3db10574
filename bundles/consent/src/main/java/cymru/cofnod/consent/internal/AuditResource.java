package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /audit}: the trail, newest first, and its integrity check; administrators only. */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The audit trail and its integrity check")
public class AuditResource {

    private final AuditTrail audit;

    @Activate
    public AuditResource(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Audit events, newest first (administrators and auditors)")
    public Page<AuditEvent> list(@Context HttpServletRequest request, @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.list(Identity.requesterAnyPurpose(request), new PageRequest(cursor, limit));
    }

    @GET
    @Path("/verify")
    @Operation(operationId = "verifyAudit", summary = "Checks the keyed chain of audit events and its checkpoints")
    public AuditTrail.Verification verify(@Context HttpServletRequest request) {
        if (Identity.of(request).role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators check the audit trail");
        }
        return audit.verify();
    }
}
