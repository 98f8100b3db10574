package cymru.cofnod.fhir.internal;

import cymru.cofnod.core.api.Requester;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import cymru.cofnod.rest.api.RecordCopies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /people/{id}/export}: the person's own copy of their record, as a ZIP ({@link RecordCopies}), for the
 * person or an administrator on their behalf (the provider decides); it comes
 * and goes with this bundle, so without the FHIR feature there is no such endpoint (404).
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/people")
@Tag(name = "record")
public class ExportResource {

    private final RecordCopies copies;

    @Activate
    public ExportResource(@Reference RecordCopies copies) {
        this.copies = copies;
    }

    @GET
    @Path("/{id}/export")
    @Produces(RecordCopies.MEDIA_TYPE)
    @Operation(operationId = "exportRecord",
            summary = "The person's own copy of their record (ZIP: FHIR Bundle, readable Welsh and English HTML, "
                    + "manifest); for the person, and for administrators on their behalf naming the subject access "
                    + "request in reason",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Response export(@Context HttpServletRequest request, @PathParam("id") String id,
                           @Parameter(description = "the subject access request an administrator answers "
                                   + "(its reference, e.g. SAR-2026-0042); the person needs none")
                           @QueryParam("reason") String reason) throws IOException {
        Requester requester = Identity.requester(request);
        // written whole before answering, so every read it makes is noted in this request's one audit event
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        copies.write(requester, id, reason, zip);
        return Response.ok(zip.toByteArray(), RecordCopies.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"record-" + id + ".zip\"").build();
    }
}
