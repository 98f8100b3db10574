package cymru.cofnod.rest.internal;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.api.ConsentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** {@code /consents/{id}}: one directive, and its withdrawal. */
@Path("/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consent", description = "Consent directives, break-glass and safeguarding alerts")
public class ConsentsResource {

    private final ConsentService consent;

    public ConsentsResource(ConsentService consent) {
        this.consent = consent;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConsent", summary = "A consent directive",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public ConsentDirective get(@Context HttpServletRequest request, @PathParam("id") String id) {
        return consent.get(Identity.requester(request), id);
    }

    /** Withdrawing needs no reason: the body, and its {@code reason}, may be left out. */
    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawConsent",
            summary = "Withdraws a consent directive (it is kept, marked withdrawn)",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public ConsentDirective withdraw(@Context HttpServletRequest request, @PathParam("id") String id,
                                     BreakGlassResource.Reason reason) {
        return consent.withdraw(Identity.requester(request), id, reason == null ? null : reason.reason());
    }
}
