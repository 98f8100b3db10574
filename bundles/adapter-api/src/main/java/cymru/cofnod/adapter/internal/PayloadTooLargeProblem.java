package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Problem;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;

/** An agency's payload over the limit: a 413 problem document (the API's own mapper knows nothing of ingest). */
@Component(service = Object.class, property = Contract.EXTENSION)
public class PayloadTooLargeProblem implements ExceptionMapper<IngestService.PayloadTooLarge> {

    @Override
    public Response toResponse(IngestService.PayloadTooLarge e) {
        return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage()).toResponse();
    }
}
