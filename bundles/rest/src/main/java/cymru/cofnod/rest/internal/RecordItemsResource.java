package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.Versioned;
import java.io.IOException;
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

/**
 * One collection of a person's record ({@code /people/{id}/outcomes}, {@code /entries}, ...): the same
 * operations for every kind of item.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordItemsResource<T extends RecordItem> {

    private final RecordService record;
    private final ObjectMapper json;
    private final ItemKind<T> kind;
    private final String personId;

    RecordItemsResource(RecordService record, ObjectMapper json, ItemKind<T> kind, String personId) {
        this.record = record;
        this.json = json;
        this.kind = kind;
        this.personId = personId;
    }

    @GET
    public Page<T> list(@Context HttpServletRequest request, @QueryParam("cursor") String cursor,
                        @QueryParam("limit") @DefaultValue("50") int limit) {
        return record.list(Identity.requester(request), personId, kind, new PageRequest(cursor, limit));
    }

    @POST
    public Response add(@Context HttpServletRequest request, @Context UriInfo uri, byte[] body)
            throws IOException {
        T added = record.add(Identity.requester(request), personId, kind, parse(body));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + added.id()))
                .tag(Versions.tag(added.version())).entity(added).build();
    }

    @GET
    @Path("/{itemId}")
    public Response get(@Context HttpServletRequest request, @PathParam("itemId") String itemId) {
        T item = record.get(Identity.requester(request), personId, kind, itemId);
        return Response.ok(item).tag(Versions.tag(item.version())).build();
    }

    @PUT
    @Path("/{itemId}")
    public Response revise(@Context HttpServletRequest request, @PathParam("itemId") String itemId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body)
            throws IOException {
        long expected = Versions.expected(ifMatch);
        T revised = record.revise(Identity.requester(request), personId, kind, itemId, expected, parse(body));
        return Response.ok(revised).tag(Versions.tag(revised.version())).build();
    }

    @POST
    @Path("/{itemId}/withdraw")
    public Versioned<T> withdraw(@Context HttpServletRequest request, @PathParam("itemId") String itemId,
                                 Withdrawal withdrawal) {
        return record.withdraw(Identity.requester(request), personId, kind, itemId,
                Bodies.required(withdrawal).reason());
    }

    @GET
    @Path("/{itemId}/history")
    public List<Versioned<T>> history(@Context HttpServletRequest request, @PathParam("itemId") String itemId) {
        return record.history(Identity.requester(request), personId, kind, itemId);
    }

    /** The item as sent, read from its bytes so that malformed UTF-8 is refused, never replaced. */
    private T parse(byte[] body) throws IOException {
        return Bodies.required(body == null || body.length == 0 ? null : json.readValue(body, kind.type()));
    }

    /** Why an item is withdrawn: required, kept in the history. */
    public record Withdrawal(String reason) {
    }
}
