package cymru.cofnod.rest.internal;

import cymru.cofnod.rest.api.Problem;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** HTTP-level refusals (unknown path, wrong method or media type) as problem documents too. */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.ResponseBuilder answer = Response.fromResponse(ProblemMapper.problemFor(e).toResponse());
        // keep what the refusal says beyond its status, such as Allow on a 405
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }

    static Problem problemFor(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = e.getCause() == null && e.getMessage() != null && !e.getMessage().startsWith("HTTP ")
                ? e.getMessage() : status.getReasonPhrase();
        return Problem.of(status, detail);
    }
}
