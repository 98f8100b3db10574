package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * {@code /quarantine}: what agencies sent that could not be taken in, with the reason; retried after a fix
 * (one item, optionally with a corrected payload as the body, or an agency's whole quarantine) or discarded.
 * Payloads hold personal data: reading them needs a purpose of use, and each agency sees only its own. Retrying
 * and discarding read nothing back, so, like the inbox, they are direct care unless another purpose is stated.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/quarantine")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agencies")
public class QuarantineResource {

    private final IngestService ingest;

    @Activate
    public QuarantineResource(@Reference IngestService ingest) {
        this.ingest = ingest;
    }

    @GET
    @Operation(operationId = "listQuarantine",
            summary = "Items that could not be taken in, with the reason (the agency's own)",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Page<QuarantinedItem> list(@Context HttpServletRequest request, @QueryParam("agency") String agency,
                                      @QueryParam("cursor") String cursor,
                                      @QueryParam("limit") @DefaultValue("50") int limit) {
        return ingest.quarantine(Identity.requester(request), agency, new PageRequest(cursor, limit));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuarantined", summary = "A quarantined item",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public QuarantinedItem get(@Context HttpServletRequest request, @PathParam("id") String id) {
        return ingest.quarantined(Identity.requester(request), id);
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "retryQuarantined", summary = "Tries a quarantined item again",
            requestBody = @RequestBody(required = false,
                    description = "A corrected payload; without one, the item as it was sent",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))),
            parameters = @Parameter(ref = Contract.PURPOSE))
    public IngestReport retry(@Context HttpServletRequest request, @PathParam("id") String id) {
        return ingest.retry(Identity.sender(request), id, request.getHeader(HttpHeaders.CONTENT_TYPE),
                Payloads.read(request, ingest.maxPayloadBytes()));
    }

    @POST
    @Path("/retry")
    @Operation(operationId = "retryAgencyQuarantine",
            summary = "Tries every quarantined item of one agency again, oldest first",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public IngestReport retryAll(@Context HttpServletRequest request, @QueryParam("agency") String agency) {
        if (agency == null || agency.isBlank()) {
            throw new MalformedRequestException("agency", "is required: the agency whose quarantine to retry");
        }
        return ingest.retryAll(Identity.sender(request), agency);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "discardQuarantined", summary = "Discards a quarantined item",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "204", description = "Discarded"))
    public Response discard(@Context HttpServletRequest request, @PathParam("id") String id) {
        ingest.discard(Identity.sender(request), id);
        return Response.noContent().build();
    }
}
