package cymru.cofnod.rest.internal;

import cymru.cofnod.consent.api.BreakGlass;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.api.ConsentService;
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

/**
 * {@code /safeguarding/alerts}: break-glass events raised to an agency's safeguarding lead, to review;
 * {@code /safeguarding/self-granted}: directives the agency's practitioners recorded for their own agency.
 */
@Path("/safeguarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SafeguardingResource {

    private final ConsentService consent;

    public SafeguardingResource(ConsentService consent) {
        this.consent = consent;
    }

    @GET
    @Path("/alerts")
    public List<BreakGlass> alerts(@Context HttpServletRequest request) {
        return consent.alerts(Identity.requester(request));
    }

    @POST
    @Path("/alerts/{id}/review")
    public BreakGlass review(@Context HttpServletRequest request, @PathParam("id") String id, Notes notes) {
        return consent.review(Identity.requester(request), id, Bodies.required(notes).notes());
    }

    @GET
    @Path("/self-granted")
    public List<ConsentDirective> selfGranted(@Context HttpServletRequest request) {
        return consent.selfGranted(Identity.requester(request));
    }

    /** The lead's review, in their words. */
    public record Notes(String notes) {
    }
}
