package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.rest.api.JsonProblems;
import cymru.cofnod.rest.api.Problem;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem document. The services' own exceptions carry their meaning;
 * anything unexpected is logged here in full and answered 500 without a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    @Override
    public Response toResponse(Throwable e) {
        return problemFor(e).toResponse();
    }

    static Problem problemFor(Throwable e) {
        if (e instanceof MalformedRequestException m) {
            return new Problem("about:blank", Status.BAD_REQUEST.getReasonPhrase(), 400,
                    "The request is malformed: " + m.getMessage(), m.errors());
        }
        if (e instanceof ValidationException v) {
            return new Problem("about:blank", UNPROCESSABLE.getReasonPhrase(), 422,
                    "The request breaks " + v.errors().size() + " rule(s) of the record; nothing was changed",
                    v.errors());
        }
        if (e instanceof RecordNotFoundException) {
            return Problem.of(Status.NOT_FOUND, e.getMessage());
        }
        if (e instanceof StaleVersionException) {
            return Problem.of(Status.PRECONDITION_FAILED, e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of(Status.FORBIDDEN, e.getMessage());
        }
        if (e instanceof JsonProcessingException j) {
            return JsonProblems.of(j);
        }
        if (e instanceof WebApplicationException w) {
            // CXF wraps what a body reader threw
            return w.getCause() instanceof JsonProcessingException j ? JsonProblems.of(j)
                    : HttpProblemMapper.problemFor(w);
        }
        LOG.error("Unexpected failure answering a request", e);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "Cofnod could not complete the request; it has been logged");
    }
}
