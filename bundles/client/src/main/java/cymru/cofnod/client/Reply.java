package cymru.cofnod.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import cymru.cofnod.core.api.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An answer as it came: status, headers and body, read as JSON or as a type on demand. */
public record Reply(int status, HttpHeaders headers, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON; missing when it is empty or not JSON. */
    public JsonNode json() {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** The version the ETag names, or null when the answer carries none. */
    public Long version() {
        return Versions.of(header("ETag"));
    }

    /** This answer when it succeeded; otherwise the API's problem as a {@link ProblemException}. */
    public Reply orThrow() {
        if (ok()) {
            return this;
        }
        JsonNode problem = json();
        if (!problem.isObject()) {
            throw new ProblemException(status, "about:blank", "", text(), List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(new FieldError(e.path("field").asText(null),
                e.path("message").asText(null))));
        throw new ProblemException(status, problem.path("type").asText("about:blank"),
                problem.path("title").asText(""), problem.path("detail").asText(""), errors);
    }

    /** The body of a successful answer as {@code type}. */
    public <T> T as(Class<T> type) {
        return as(Json.MAPPER.constructType(type));
    }

    public <T> T as(TypeReference<T> type) {
        return as(Json.MAPPER.getTypeFactory().constructType(type));
    }

    <T> T as(JavaType type) {
        orThrow();
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the answer is not a " + type, e);
        }
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
