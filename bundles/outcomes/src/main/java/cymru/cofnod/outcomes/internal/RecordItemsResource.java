package cymru.cofnod.outcomes.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.Profile;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.outcomes.api.Risk;
import cymru.cofnod.outcomes.api.Strength;
import cymru.cofnod.outcomes.api.Versioned;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import cymru.cofnod.rest.api.Versions;
import java.io.IOException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * operations for every kind of item. A write answers the item with the coach's advice on what was written.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class RecordItemsResource<T extends RecordItem> {

    private final RecordService record;
    private final ObjectMapper json;
    private final WrittenAdvice advice;
    private final ItemKind<T> kind;
    private final String personId;

    RecordItemsResource(RecordService record, ObjectMapper json, WrittenAdvice advice, ItemKind<T> kind,
                        String personId) {
        this.record = record;
        this.json = json;
        this.advice = advice;
        this.kind = kind;
        this.personId = personId;
    }

    @GET
    @Operation(operationId = "listRecordItems", summary = "A collection of a person's record, newest first, paged",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Page<T> list(@Context HttpServletRequest request, @QueryParam("cursor") String cursor,
                        @QueryParam("limit") @DefaultValue("50") int limit) {
        return record.list(Identity.requester(request), personId, kind, new PageRequest(cursor, limit));
    }

    @POST
    @Operation(operationId = "addRecordItem", summary = "Adds an item to a collection of a person's record",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "201", description = "The item, with its ETag",
                    content = @Content(schema = @Schema(implementation = AnyRecordItem.class))))
    public Response add(@Context HttpServletRequest request, @Context UriInfo uri,
                        @RequestBody(content = @Content(schema = @Schema(implementation = AnyRecordItem.class))) byte[] body)
            throws IOException {
        T written = parse(body);
        T added = record.add(Identity.requester(request), personId, kind, written);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + added.id()))
                .tag(Versions.tag(added.version())).entity(advice.answer(written, added)).build();
    }

    @GET
    @Path("/{itemId}")
    @Operation(operationId = "getRecordItem", summary = "An item, with its ETag",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "200", description = "The item",
                    content = @Content(schema = @Schema(implementation = AnyRecordItem.class))))
    public Response get(@Context HttpServletRequest request, @PathParam("itemId") String itemId) {
        T item = record.get(Identity.requester(request), personId, kind, itemId);
        return Response.ok(item).tag(Versions.tag(item.version())).build();
    }

    @PUT
    @Path("/{itemId}")
    @Operation(operationId = "reviseRecordItem", summary = "Revises an item (If-Match); the old version is kept",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "200", description = "The new version",
                    content = @Content(schema = @Schema(implementation = AnyRecordItem.class))))
    public Response revise(@Context HttpServletRequest request, @PathParam("itemId") String itemId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(schema = @Schema(implementation = AnyRecordItem.class))) byte[] body)
            throws IOException {
        long expected = Versions.expected(ifMatch);
        T written = parse(body);
        T revised = record.revise(Identity.requester(request), personId, kind, itemId, expected, written);
        return Response.ok(advice.answer(written, revised)).tag(Versions.tag(revised.version())).build();
    }

    @POST
    @Path("/{itemId}/withdraw")
    @Operation(operationId = "withdrawRecordItem", summary = "Withdraws an item with a reason: hidden, never destroyed",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Versioned<T> withdraw(@Context HttpServletRequest request, @PathParam("itemId") String itemId,
                                 Withdrawal withdrawal) {
        return record.withdraw(Identity.requester(request), personId, kind, itemId,
                Bodies.required(withdrawal).reason());
    }

    @GET
    @Path("/{itemId}/history")
    @Operation(operationId = "recordItemHistory", summary = "An item's versions",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<Versioned<T>> history(@Context HttpServletRequest request, @PathParam("itemId") String itemId) {
        return record.history(Identity.requester(request), personId, kind, itemId);
    }

    /** The item as sent, read from its bytes so that malformed UTF-8 is refused, never replaced. */
    private T parse(byte[] body) throws IOException {
        return Bodies.required(body == null || body.length == 0 ? null : json.readValue(body, kind.type()));
    }

    /** For the contract: an item of whichever kind the collection in the path holds. */
    @Schema(name = "AnyRecordItem", oneOf = {Outcome.class, Strength.class, Risk.class, Entry.class, Perspective.class,
            Decision.class, Review.class, Profile.class})
    interface AnyRecordItem {
    }

    /** Why an item is withdrawn: required, kept in the history (named apart from a directive's withdrawal). */
    @Schema(name = "ItemWithdrawal")
    public record Withdrawal(String reason) {
    }
}
