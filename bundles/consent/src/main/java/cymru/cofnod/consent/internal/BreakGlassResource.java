package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.BreakGlass;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /people/{id}/break-glass}: safeguarding access with a reason, and its trail on the record. */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/people/{id}/break-glass")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consent")
@Tag(name = "people")
public class BreakGlassResource {

    private static final String CURRENT = "current";

    private final ConsentService consent;

    @Activate
    public BreakGlassResource(@Reference ConsentService consent) {
        this.consent = consent;
    }

    @POST
    @Operation(operationId = "breakGlass",
            summary = "Opens a person's record for safeguarding, for a limited time, with a reason",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "201", description = "The break-glass granted",
                    content = @Content(schema = @Schema(implementation = BreakGlass.class))))
    public Response breakGlass(@Context HttpServletRequest request, @PathParam("id") String personId, Reason reason) {
        BreakGlass granted = consent.breakGlass(Identity.requester(request), personId, Bodies.required(reason).reason());
        return Response.status(Response.Status.CREATED).entity(granted).build();
    }

    @GET
    @Operation(operationId = "listBreakGlass", summary = "Break-glass events on a person's record",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<BreakGlass> events(@Context HttpServletRequest request, @PathParam("id") String personId) {
        return consent.breakGlassEvents(Identity.requester(request), personId);
    }

    /** Ends emergency access before it expires; {@code current} names the requester's own active one. */
    @POST
    @Path("/{breakGlassId}/end")
    @Operation(operationId = "endBreakGlass",
            summary = "Ends a break-glass before it expires (current: your own active one); its opener or their lead",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public BreakGlass end(@Context HttpServletRequest request, @PathParam("id") String personId,
                          @PathParam("breakGlassId") String breakGlassId) {
        return consent.endBreakGlass(Identity.requester(request), personId,
                CURRENT.equals(breakGlassId) ? null : breakGlassId);
    }

    /** Why: required for break-glass, for a withdrawal, for a review. */
    public record Reason(String reason) {
    }
}
