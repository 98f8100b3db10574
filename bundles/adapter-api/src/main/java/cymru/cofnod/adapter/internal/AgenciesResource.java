package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /agencies}: the agencies and their adapters, and each agency's inbox, which takes a payload in the
 * agency's own format and answers item by item.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agencies", description = "Registered agencies, their adapters, and their inboxes")
public class AgenciesResource {

    private final IngestService ingest;

    @Activate
    public AgenciesResource(@Reference IngestService ingest) {
        this.ingest = ingest;
    }

    @GET
    @Operation(operationId = "listAgencies", summary = "The agencies registered and the health of their adapters")
    public List<AgencyStatus> list(@Context HttpServletRequest request) {
        Identity.of(request);
        return ingest.agencies();
    }

    /** An agency's system need not state a purpose: sending its own records is direct care. */
    @POST
    @Path("/{agency}/inbox")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "sendToInbox",
            summary = "Sends a payload in the agency's own format; items that cannot be taken in wait in quarantine "
                    + "(with dryRun=true: what would happen to each item, writing nothing)",
            requestBody = @RequestBody(required = true,
                    description = "The payload, in a format the agency's adapter reads (its Content-Type)",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))),
            parameters = @Parameter(ref = Contract.PURPOSE))
    public IngestReport inbox(@Context HttpServletRequest request, @PathParam("agency") String agency,
                              @QueryParam("dryRun") boolean dryRun) {
        if (dryRun) {
            return ingest.dryRun(Identity.sender(request), agency, request.getHeader(HttpHeaders.CONTENT_TYPE),
                    Payloads.read(request, ingest.maxPayloadBytes()));
        }
        return ingest.ingest(Identity.sender(request), agency, request.getHeader(HttpHeaders.CONTENT_TYPE),
                Payloads.read(request, ingest.maxPayloadBytes()));
    }
}
