package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.BreakGlass;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

/**
 * {@code /safeguarding/alerts}: break-glass events raised to an agency's safeguarding lead, to review;
 * {@code /safeguarding/self-granted}: directives the agency's practitioners recorded for their own agency.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/safeguarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consent")
public class SafeguardingResource {

    private final ConsentService consent;

    @Activate
    public SafeguardingResource(@Reference ConsentService consent) {
        this.consent = consent;
    }

    @GET
    @Path("/alerts")
    @Operation(operationId = "listSafeguardingAlerts", summary = "Break-glass events for a safeguarding lead's review",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<BreakGlass> alerts(@Context HttpServletRequest request) {
        return consent.alerts(Identity.requester(request));
    }

    @POST
    @Path("/alerts/{id}/review")
    @Operation(operationId = "reviewBreakGlass", summary = "Records the review of a break-glass event",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public BreakGlass review(@Context HttpServletRequest request, @PathParam("id") String id, Notes notes) {
        return consent.review(Identity.requester(request), id, Bodies.required(notes).notes());
    }

    @GET
    @Path("/self-granted")
    @Operation(operationId = "listSelfGrantedDirectives",
            summary = "Directives the lead's agency recorded for itself, to review",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<ConsentDirective> selfGranted(@Context HttpServletRequest request) {
        return consent.selfGranted(Identity.requester(request));
    }

    /** The lead's review, in their words. */
    public record Notes(String notes) {
    }
}
