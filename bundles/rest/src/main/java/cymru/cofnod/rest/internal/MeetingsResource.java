package cymru.cofnod.rest.internal;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.MeetingService;
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

/** {@code /meetings}: tripartite meetings and reviews; recording one makes its plan. */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    private final MeetingService meetings;

    public MeetingsResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @POST
    public Response record(@Context HttpServletRequest request, @Context UriInfo uri, Meeting meeting) {
        Meeting recorded = meetings.record(Identity.requester(request), Bodies.required(meeting));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + recorded.id())).entity(recorded).build();
    }

    @GET
    public Page<Meeting> list(@Context HttpServletRequest request, @QueryParam("person") String personId,
                              @QueryParam("cursor") String cursor,
                              @QueryParam("limit") @DefaultValue("50") int limit) {
        return meetings.list(Identity.requester(request), personId, new PageRequest(cursor, limit));
    }

    @GET
    @Path("/{id}")
    public Meeting get(@Context HttpServletRequest request, @PathParam("id") String id) {
        return meetings.get(Identity.requester(request), id);
    }
}
