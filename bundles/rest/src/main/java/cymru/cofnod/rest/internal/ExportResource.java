package cymru.cofnod.rest.internal;

import cymru.cofnod.core.api.Requester;
import cymru.cofnod.rest.api.RecordCopies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * {@code /people/{id}/export}: the person's own copy of their record, as a ZIP, from whichever bundle provides
 * {@link RecordCopies} (the FHIR face); without one installed there is no such copy here (404).
 */
@Path("/people")
@Tag(name = "record")
public class ExportResource {

    private final List<RecordCopies> copies;

    public ExportResource(List<RecordCopies> copies) {
        this.copies = copies;
    }

    @GET
    @Path("/{id}/export")
    @Produces(RecordCopies.MEDIA_TYPE)
    @Operation(operationId = "exportRecord",
            summary = "The person's own copy of their record (ZIP: FHIR Bundle, readable Welsh and English HTML, "
                    + "manifest); for the person and administrators on their behalf",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Response export(@Context HttpServletRequest request, @PathParam("id") String id) throws IOException {
        Requester requester = Identity.requester(request);
        RecordCopies provider = copies.stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No copy of a record can be made here: the FHIR feature is "
                        + "not installed"));
        // written whole before answering, so every read it makes is noted in this request's one audit event
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        provider.write(requester, id, zip);
        return Response.ok(zip.toByteArray(), RecordCopies.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"record-" + id + ".zip\"").build();
    }
}
