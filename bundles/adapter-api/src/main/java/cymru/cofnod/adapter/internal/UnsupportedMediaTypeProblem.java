package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Problem;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;

/** A payload of a media type its adapter does not read: a 415 problem document. */
@Component(service = Object.class, property = Contract.EXTENSION)
public class UnsupportedMediaTypeProblem implements ExceptionMapper<IngestService.UnsupportedMediaType> {

    @Override
    public Response toResponse(IngestService.UnsupportedMediaType e) {
        return Problem.of(Status.UNSUPPORTED_MEDIA_TYPE, e.getMessage()).toResponse();
    }
}
