package cymru.cofnod.rest.internal;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.Versioned;
import java.net.URI;
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
import javax.ws.rs.core.UriInfo;

/** {@code /people}: people who use care and support, and carers. */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final PersonService people;

    public PeopleResource(PersonService people) {
        this.people = people;
    }

    @POST
    public Response create(@Context HttpServletRequest request, @Context UriInfo uri, Person person) {
        Person created = people.create(Identity.requester(request), Bodies.required(person));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .tag(Versions.tag(created.version())).entity(created).build();
    }

    @GET
    public Page<Person> list(@Context HttpServletRequest request, @QueryParam("cursor") String cursor,
                             @QueryParam("limit") @DefaultValue("50") int limit) {
        return people.list(Identity.requester(request), new PageRequest(cursor, limit));
    }

    @GET
    @Path("/{id}")
    public Response get(@Context HttpServletRequest request, @PathParam("id") String id) {
        Person person = people.get(Identity.requester(request), id);
        return Response.ok(person).tag(Versions.tag(person.version())).build();
    }

    @PUT
    @Path("/{id}")
    public Response update(@Context HttpServletRequest request, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Person person) {
        long expected = Versions.expected(ifMatch);
        Person updated = people.update(Identity.requester(request), id, expected, Bodies.required(person));
        return Response.ok(updated).tag(Versions.tag(updated.version())).build();
    }

    @GET
    @Path("/{id}/history")
    public List<Versioned<Person>> history(@Context HttpServletRequest request, @PathParam("id") String id) {
        return people.history(Identity.requester(request), id);
    }
}
