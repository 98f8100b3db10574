package cymru.cofnod.rest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import cymru.cofnod.core.api.JsonFault;
import java.util.List;
import javax.ws.rs.core.Response.Status;

/** A body Jackson could not read, as a 400 problem naming the field in the API's own words. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static Problem of(JsonProcessingException e) {
        JsonFault fault = JsonFault.of(e);
        return new Problem("about:blank", Status.BAD_REQUEST.getReasonPhrase(), 400,
                "The body is not JSON this resource takes: " + fault, List.of(fault.asFieldError()));
    }
}
