package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /consents/{id}}: one directive, and its withdrawal. */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consent", description = "Consent directives, break-glass and safeguarding alerts")
public class ConsentsResource {

    private final ConsentService consent;

    @Activate
    public ConsentsResource(@Reference ConsentService consent) {
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
