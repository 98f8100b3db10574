package cymru.cofnod.nof.internal;

import cymru.cofnod.nof.api.CommissioningStatements;
import cymru.cofnod.nof.api.PersonalisedStatement;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import cymru.cofnod.rest.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /commissioning/statements}: commissioners' personalised statements, versioned, Welsh and English. */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/commissioning/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "nof")
public class CommissioningResource {

    private final CommissioningStatements statements;

    @Activate
    public CommissioningResource(@Reference CommissioningStatements statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "listPersonalisedStatements", summary = "Commissioners' personalised statements")
    public List<PersonalisedStatement> list(@Context HttpServletRequest request, @QueryParam("lang") String lang) {
        Identity.of(request);
        return statements.list(lang);
    }

    @POST
    @Operation(operationId = "createPersonalisedStatement", summary = "Adds a personalised statement",
            responses = @ApiResponse(responseCode = "201", description = "The statement, with its ETag",
                    content = @Content(schema = @Schema(implementation = PersonalisedStatement.class))))
    public Response create(@Context HttpServletRequest request, @Context UriInfo uri, PersonalisedStatement body) {
        PersonalisedStatement created = statements.create(Identity.of(request).asRequester(null), Bodies.required(body));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .tag(Versions.tag(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPersonalisedStatement", summary = "A personalised statement, with its ETag",
            responses = @ApiResponse(responseCode = "200", description = "The statement",
                    content = @Content(schema = @Schema(implementation = PersonalisedStatement.class))))
    public Response get(@Context HttpServletRequest request, @PathParam("id") String id, @QueryParam("lang") String lang) {
        Identity.of(request);
        PersonalisedStatement s = statements.get(id, lang);
        return Response.ok(s).tag(Versions.tag(s.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "revisePersonalisedStatement", summary = "Revises a personalised statement (If-Match)",
            responses = @ApiResponse(responseCode = "200", description = "The new version",
                    content = @Content(schema = @Schema(implementation = PersonalisedStatement.class))))
    public Response revise(@Context HttpServletRequest request, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PersonalisedStatement body) {
        long expected = Versions.expected(ifMatch);
        PersonalisedStatement s = statements.revise(Identity.of(request).asRequester(null), id, expected,
                Bodies.required(body));
        return Response.ok(s).tag(Versions.tag(s.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "personalisedStatementHistory", summary = "A personalised statement's versions")
    public List<PersonalisedStatement> history(@Context HttpServletRequest request, @PathParam("id") String id,
                                               @QueryParam("lang") String lang) {
        Identity.of(request);
        return statements.history(id, lang);
    }
}
