package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.ConsentDirective;
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
import java.net.URI;
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
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /people/{id}/consents}: the person's consent directives, given and listed. */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/people/{id}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consent")
@Tag(name = "people")
public class PersonConsentsResource {

    private final ConsentService consent;

    @Activate
    public PersonConsentsResource(@Reference ConsentService consent) {
        this.consent = consent;
    }

    @GET
    @Operation(operationId = "listConsents", summary = "A person's consent directives",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<ConsentDirective> list(@Context HttpServletRequest request, @PathParam("id") String personId) {
        return consent.list(Identity.requester(request), personId);
    }

    @POST
    @Operation(operationId = "giveConsent", summary = "Records a consent directive",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "201", description = "The directive",
                    content = @Content(schema = @Schema(implementation = ConsentDirective.class))))
    public Response give(@Context HttpServletRequest request, @PathParam("id") String personId, @Context UriInfo uri, ConsentDirective directive) {
        ConsentDirective given = consent.give(Identity.requester(request), personId, Bodies.required(directive));
        return Response.created(URI.create(uri.getBaseUri() + "consents/" + given.id())).entity(given).build();
    }
}
