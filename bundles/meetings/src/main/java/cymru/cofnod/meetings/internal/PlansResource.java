package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.meetings.api.PlanService;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.Versioned;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import cymru.cofnod.rest.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /plans}: the plans meetings made, versioned. A plan reads as JSON, or as a printable page in the
 * person's language when the client asks for {@code text/html} first.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
public class PlansResource {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final PlanService plans;
    private final PersonService people;

    @Activate
    public PlansResource(@Reference PlanService plans, @Reference PersonService people) {
        this.plans = plans;
        this.people = people;
    }

    @GET
    @Operation(operationId = "listPlans", summary = "A person's plans", parameters = @Parameter(ref = Contract.PURPOSE))
    public Page<Plan> list(@Context HttpServletRequest request, @QueryParam("person") String personId,
                           @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        return plans.list(Identity.requester(request), personId, new PageRequest(cursor, limit));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "getPlan", summary = "A plan, with its ETag; in HTML when asked for text/html",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "200", description = "The plan",
                    content = @Content(schema = @Schema(implementation = Plan.class))))
    public Response get(@Context HttpServletRequest request, @Context HttpHeaders headers, @PathParam("id") String id) {
        Requester requester = Identity.requester(request);
        Plan plan = plans.get(requester, id);
        Response.ResponseBuilder answer = Response.ok().tag(Versions.tag(plan.version()));
        if (wantsHtml(headers)) {
            String language = people.get(requester, plan.personId()).preferredLanguage();
            return answer.type(HTML).entity(PlanPage.render(plan, language)).build();
        }
        return answer.type(MediaType.APPLICATION_JSON_TYPE).entity(plan).build();
    }

    /** HTML only when asked for before JSON; a client that accepts anything gets JSON. */
    private static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (MediaType.TEXT_HTML_TYPE.isCompatible(type)) {
                return true;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return false;
            }
        }
        return false;
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "planHistory", summary = "A plan's versions",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<Versioned<Plan>> history(@Context HttpServletRequest request, @PathParam("id") String id) {
        return plans.history(Identity.requester(request), id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "revisePlan", summary = "Revises a plan (If-Match)",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "200", description = "The new version",
                    content = @Content(schema = @Schema(implementation = Plan.class))))
    public Response revise(@Context HttpServletRequest request, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Plan revision) {
        long expected = Versions.expected(ifMatch);
        Plan revised = plans.revise(Identity.requester(request), id, expected, Bodies.required(revision));
        return Response.ok(revised).tag(Versions.tag(revised.version())).build();
    }

    @POST
    @Path("/{id}/views")
    @Operation(operationId = "addPlanView", summary = "Adds a party's view to a plan",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "200", description = "The plan with the view",
                    content = @Content(schema = @Schema(implementation = Plan.class))))
    public Response addView(@Context HttpServletRequest request, @PathParam("id") String id, Plan.PlanView view) {
        Plan plan = plans.addView(Identity.requester(request), id, Bodies.required(view));
        return Response.ok(plan).tag(Versions.tag(plan.version())).build();
    }
}
