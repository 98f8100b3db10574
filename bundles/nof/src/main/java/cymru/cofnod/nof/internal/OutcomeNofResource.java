package cymru.cofnod.nof.internal;

import cymru.cofnod.nof.api.NofMapping;
import cymru.cofnod.nof.api.NofMappings;
import cymru.cofnod.nof.api.Suggestion;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /people/{id}/outcomes/{outcomeId}/nof}: the NOF tags beside a person's outcome, and suggestions
 * that are only ever applied by a POST naming the codes a practitioner confirmed.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/people/{id}/outcomes/{outcomeId}/nof")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "nof")
public class OutcomeNofResource {

    /** The codes a practitioner confirms. */
    public record Tags(List<String> codes) {
    }

    private final NofMappings mappings;

    @Activate
    public OutcomeNofResource(@Reference NofMappings mappings) {
        this.mappings = mappings;
    }

    @GET
    @Operation(operationId = "listOutcomeNofTags",
            summary = "The NOF statements an outcome is tagged with, beside the person's words",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<NofMapping> tags(@Context HttpServletRequest request, @PathParam("id") String personId,
                                 @PathParam("outcomeId") String outcomeId, @QueryParam("lang") String lang) {
        return mappings.mappings(Identity.requester(request), personId, outcomeId, lang);
    }

    @GET
    @Path("/suggestions")
    @Operation(operationId = "suggestOutcomeNofTags",
            summary = "NOF statements suggested for an outcome (never applied by themselves)",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<Suggestion> suggestions(@Context HttpServletRequest request, @PathParam("id") String personId,
                                        @PathParam("outcomeId") String outcomeId) {
        return mappings.suggest(Identity.requester(request), personId, outcomeId);
    }

    @POST
    @Operation(operationId = "tagOutcome", summary = "Tags an outcome with NOF statements",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<NofMapping> tag(@Context HttpServletRequest request, @PathParam("id") String personId,
                                @PathParam("outcomeId") String outcomeId, Tags tags) {
        return mappings.map(Identity.requester(request), personId, outcomeId, Bodies.required(tags).codes());
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "untagOutcome", summary = "Removes a NOF tag from an outcome",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "204", description = "Removed"))
    public Response untag(@Context HttpServletRequest request, @PathParam("id") String personId,
                          @PathParam("outcomeId") String outcomeId, @PathParam("code") String code) {
        mappings.unmap(Identity.requester(request), personId, outcomeId, code);
        return Response.noContent().build();
    }
}
