package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.MeetingService;
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
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /meetings}: tripartite meetings and reviews; recording one makes its plan. */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meetings", description = "Tripartite meetings and reviews, every party's view side by side")
public class MeetingsResource {

    private final MeetingService meetings;

    @Activate
    public MeetingsResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @POST
    @Operation(operationId = "recordMeeting", summary = "Records a meeting or review and the plan it makes",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "201", description = "The meeting",
                    content = @Content(schema = @Schema(implementation = Meeting.class))))
    public Response record(@Context HttpServletRequest request, @Context UriInfo uri, Meeting meeting) {
        Meeting recorded = meetings.record(Identity.requester(request), Bodies.required(meeting));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + recorded.id())).entity(recorded).build();
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "A person's meetings",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Page<Meeting> list(@Context HttpServletRequest request, @QueryParam("person") String personId,
                              @QueryParam("cursor") String cursor,
                              @QueryParam("limit") @DefaultValue("50") int limit) {
        return meetings.list(Identity.requester(request), personId, new PageRequest(cursor, limit));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "A meeting", parameters = @Parameter(ref = Contract.PURPOSE))
    public Meeting get(@Context HttpServletRequest request, @PathParam("id") String id) {
        return meetings.get(Identity.requester(request), id);
    }
}
